import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogSchema } from '../../src/catalog/schema.js';
import { loadCatalog, loadPricing, SHIPPED_CATALOG_DIR } from '../../src/catalog/load.js';
import { computeConfigId } from '../../src/catalog/config-id.js';

const SCHEMA_FILE = `${SHIPPED_CATALOG_DIR}/e2e-catalog.schema.json`;
const catalog = loadCatalog(`${SHIPPED_CATALOG_DIR}/e2e-catalog.json`);

describe('configId', () => {
  it('is the first 16 hex characters of sha256 over the five documented fields', () => {
    const expected = createHash('sha256')
      .update('transformers-vllm:Qwen/Qwen3-4B:ml.g5.xlarge:us-west-2:realtime-inference')
      .digest('hex')
      .slice(0, 16);
    const id = computeConfigId({
      deploymentConfig: 'transformers-vllm',
      modelName: 'Qwen/Qwen3-4B',
      instanceType: 'ml.g5.xlarge',
      region: 'us-west-2',
      deploymentTarget: 'realtime-inference',
    });
    expect(id).toBe(expected);
    expect(id).toBe('9586bf351b64c95f');
  });

  it('is derived from the parsed args of the shipped entry', () => {
    expect(catalog.entries.find((e) => e.id === 'rt-qwen3-4b')?.configId).toBe('9586bf351b64c95f');
  });
});

describe('the shipped catalog', () => {
  it('has 28 entries: 6 ci, 17 nightly, 5 weekly, with unique ids and configIds', () => {
    const count = (tier: string) => catalog.entries.filter((e) => e.tier === tier).length;
    expect([catalog.entries.length, count('ci'), count('nightly'), count('weekly')]).toEqual([28, 6, 17, 5]);
    expect(new Set(catalog.entries.map((e) => e.id)).size).toBe(28);
    expect(new Set(catalog.entries.map((e) => e.configId)).size).toBe(28);
  });

  it('matches the spec’s tables for timeouts, datasets and env', () => {
    const byId = new Map(catalog.entries.map((e) => [e.id, e]));
    expect(byId.get('rt-qwen3-4b')?.env).toEqual({ IC_ENV_VLLM_MAX_MODEL_LEN: '4096' });
    expect(byId.get('rt-qwen3-14b')?.env).toEqual({ IC_ENV_VLLM_TENSOR_PARALLEL_SIZE: '2' });
    expect(byId.get('rt-nemotron3-nano-30b-tp4')?.env).toEqual({ IC_ENV_VLLM_TENSOR_PARALLEL_SIZE: '4' });
    expect(byId.get('rt-qwen35-9b')?.params.instanceType).toBe('ml.g5.2xlarge');
    const weekly = byId.get('rt-gpt-oss-120b');
    expect([weekly?.timeout, weekly?.tuneTimeout, weekly?.tuneConfig?.dataset]).toEqual([
      3600,
      10800,
      's3://mlcc-e2e-datasets/sft-large/train.jsonl',
    ]);
    const nightly = byId.get('rt-qwen25-7b');
    expect([nightly?.timeout, nightly?.tuneTimeout, nightly?.tuneConfig?.tuneId]).toEqual([
      2700,
      5400,
      'huggingface-llm-qwen2-5-7b-instruct',
    ]);
  });

  it('prices every instance type it uses', () => {
    const pricing = loadPricing(`${SHIPPED_CATALOG_DIR}/e2e-catalog.json`);
    for (const e of catalog.entries) expect(pricing.instances[e.params.instanceType]).toBeGreaterThan(0);
  });

  it('ships a JSON Schema identical to the one the validator uses (npm run schema rewrites it)', () => {
    if (process.env.WRITE_SCHEMA) writeFileSync(SCHEMA_FILE, `${JSON.stringify(catalogSchema, null, 2)}\n`);
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(catalogSchema);
    expect(JSON.parse(readFileSync(`${SHIPPED_CATALOG_DIR}/e2e-catalog.json`, 'utf8')).$schema).toBe(
      './e2e-catalog.schema.json',
    );
  });

  it('is a valid JSON Schema (the validator skips the meta-schema check at start-up)', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(catalogSchema)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
  });
});
