import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate, validEntry } from '../helpers/catalog.js';
import { runAction, runCli } from '../helpers/runner.js';

const withCommands = (stageCommands: unknown) =>
  JSON.stringify({ stageCommands, configs: [validEntry()] }, null, 2);

describe('stage command overrides', () => {
  it('accepts argv arrays with known placeholders', () => {
    const result = validate(
      withCommands({
        deploy: ['./do/deploy', '--wait'],
        tune: ['./scripts/tune.sh', '{technique}', '{dataset}'],
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.catalog?.stageCommands?.deploy).toEqual(['./do/deploy', '--wait']);
  });

  it.each([
    [
      { generate: ['x'] },
      '$.stageCommands.generate',
      '"generate" is not a stage that can be overridden — use build, push, deploy, test, tune (every tune-*), tune-<technique>, adapter-add, test-adapter, benchmark or clean',
    ],
    [
      { smoke: ['x'] },
      '$.stageCommands.smoke',
      '"smoke" is not a stage that can be overridden — use build, push, deploy, test, tune (every tune-*), tune-<technique>, adapter-add, test-adapter, benchmark or clean',
    ],
    [
      { deploy: ['./do/deploy', '{endpoint}'] },
      '$.stageCommands.deploy[1]',
      'unknown placeholder {endpoint} — use one of {projectName}, {technique}, {dataset}, {trainingType}, {tuneId}, {adapter}, {workload}',
    ],
    [
      { deploy: './do/deploy --wait' },
      '$.stageCommands.deploy',
      'must be array, not string "./do/deploy --wait"',
    ],
  ])('rejects %j', (commands, path, message) => {
    expect(
      validate(withCommands(commands)).problems.map(({ path: p, message: m }) => ({ path: p, message: m })),
    ).toContainEqual({ path, message });
  });

  it('the dry run shows the overridden argv with its placeholders filled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-override-'));
    const file = join(dir, 'catalog.json');
    writeFileSync(
      file,
      withCommands({
        deploy: ['./do/deploy', '--wait', '--name', '{projectName}'],
        tune: ['./bin/tune', '{technique}', '{dataset}', '{adapter}'],
      }),
    );
    const run = await runCli(['run', '--dry-run', '--config', 'rt-test-model', '--catalog', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /deploy {8}1800s {4}project {4}\.\/do\/deploy --wait --name rt-test-model-\w+/,
    );
    expect(run.stdout).toContain('./bin/tune sft s3://bucket/train.jsonl tuned-sft');
    expect(run.stdout).toContain('./do/test --adapter tuned-sft');
  });

  it('the action input stage-commands overrides the catalog, and bad JSON is a clear error', async () => {
    const ok = await runAction('dist/run/index.js', {
      inputs: {
        config: 'rt-qwen3-4b',
        'dry-run': 'true',
        'stage-commands': '{"test": ["./do/test", "--smoke"]}',
      },
    });
    expect(ok.code).toBe(0);
    expect(ok.summary).toContain('| test | 1800s | project | ./do/test --smoke |');
    const bad = await runAction('dist/run/index.js', {
      inputs: { config: 'rt-qwen3-4b', 'dry-run': 'true', 'stage-commands': '{deploy: x}' },
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /::error::input stage-commands is not valid JSON \(.+\) — write e\.g\. \{"deploy": \["\.\/do\/deploy", "--wait"\]\}/,
    );
  });
});
