import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Moto } from './moto.js';
import { HISTORY_TABLE, TABLE } from './tables.js';

const GENERATOR = 'node examples/generator/bin/ml-container-creator.mjs';

/**
 * One leg of the run action for the post-step tests: rt-qwen3-4b with the example generator,
 * the moto tables, stage output in the step log (the tests stop main when a stage's line shows),
 * a GitHub run id of its own (the project name is `rt-qwen3-4b-e2e<runId>-1`), SageMaker at `sageMakerUrl`.
 */
export function postStepLeg(
  moto: Moto,
  runId: string,
  sageMakerUrl: string,
  extra: { inputs?: Record<string, string>; env?: Record<string, string> } = {},
): { inputs: Record<string, string>; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'mcc-post-'));
  return {
    inputs: {
      config: 'rt-qwen3-4b',
      verbose: 'true',
      generator: GENERATOR,
      workspace: join(dir, 'ws'),
      'save-local': join(dir, 'store'),
      table: TABLE,
      'history-table': HISTORY_TABLE,
      'hf-token-secret-id': '',
      ...extra.inputs,
    },
    env: {
      ...moto.env,
      AWS_ENDPOINT_URL: sageMakerUrl,
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_REPOSITORY: 'mcc/e2e-action',
      ...extra.env,
    },
  };
}
