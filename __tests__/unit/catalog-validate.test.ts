import { describe, expect, it } from '@jest/globals';
import { catalogText, problemsOf, validate, validEntry } from '../helpers/catalog.js';

const second = (overrides: Record<string, unknown> = {}) =>
  validEntry({
    id: 'rt-other',
    args: '--deployment-config=transformers-vllm --model-name=Qwen/Qwen3-8B --instance-type=ml.g5.xlarge --region=us-west-2 --enable-lora',
    ...overrides,
  });

describe('a valid catalog', () => {
  it('accepts MCC’s own entry format (string args, no optional fields of ours)', () => {
    const result = validate(catalogText([validEntry()]));
    expect(result.problems).toEqual([]);
    expect(result.catalog?.entries[0]?.params).toEqual({
      deploymentConfig: 'transformers-vllm',
      modelName: 'Qwen/Qwen3-4B',
      instanceType: 'ml.g5.xlarge',
      region: 'us-west-2',
      deploymentTarget: 'realtime-inference',
    });
  });

  it('accepts args as an array with --k v pairs, and gives the same configId as --k=v', () => {
    const arrayForm = validEntry({
      args: [
        '--deployment-config',
        'transformers-vllm',
        '--model-name',
        'Qwen/Qwen3-4B',
        '--instance-type',
        'ml.g5.xlarge',
        '--region',
        'us-west-2',
        '--enable-lora',
      ],
    });
    const a = validate(catalogText([arrayForm])).catalog?.entries[0];
    const b = validate(catalogText([validEntry()])).catalog?.entries[0];
    expect(a?.configId).toBe(b?.configId);
  });

  it('accepts the optional env, benchmark and notes fields', () => {
    const entry = validEntry({
      env: { IC_ENV_VLLM_MAX_MODEL_LEN: '4096' },
      benchmark: { workload: 'sample' },
      notes: 'n',
    });
    expect(validate(catalogText([entry])).problems).toEqual([]);
  });

  it('accepts a lifecycle without tuning and without tuneConfig', () => {
    const entry = validEntry({
      lifecycle: ['build', 'push', 'deploy', 'test', 'clean'],
      tuneConfig: undefined,
      args: '--deployment-config=x --model-name=a/b --instance-type=ml.g5.xlarge --region=us-east-1',
    });
    expect(validate(catalogText([entry])).problems).toEqual([]);
  });
});

type Case = [name: string, configs: unknown[], path: string, message: string];

const CASES: Case[] = [
  [
    'duplicate id',
    [validEntry(), second({ id: 'rt-test-model' })],
    '$.configs[1].id',
    'duplicate id "rt-test-model" (also at $.configs[0]) — ids must be unique',
  ],
  [
    'duplicate configId',
    [validEntry(), validEntry({ id: 'rt-copy' })],
    '$.configs[1].args',
    `has the same configId 9586bf351b64c95f as $.configs[0] (same deployment config, model, instance, region and target) — the two would overwrite each other's results (stricter than MCC, which checks only ids); remove one or change its args`,
  ],
  [
    'tune without tuneConfig',
    [validEntry({ tuneConfig: undefined })],
    '$.configs[0].tuneConfig',
    'is required because the lifecycle has "tune-sft" — add { "technique", "trainingType", "dataset" }',
  ],
  [
    'tune without --enable-lora',
    [
      validEntry({
        args: '--deployment-config=transformers-vllm --model-name=Qwen/Qwen3-4B --instance-type=ml.g5.xlarge --region=us-west-2',
      }),
    ],
    '$.configs[0].args',
    'the lifecycle has a tune step but args lack --enable-lora — add --enable-lora (adapters need it)',
  ],
  [
    'tune after clean',
    [validEntry({ lifecycle: ['build', 'push', 'deploy', 'test', 'clean', 'tune-sft'] })],
    '$.configs[0].lifecycle[4]',
    'clean must be the last step — move it to the end',
  ],
  [
    'tune before test',
    [validEntry({ lifecycle: ['build', 'push', 'deploy', 'tune-sft', 'test', 'clean'] })],
    '$.configs[0].lifecycle[3]',
    '"tune-sft" must come after "test" — the base model is tested before tuning',
  ],
  [
    'adapter-add without tune',
    [validEntry({ lifecycle: ['build', 'deploy', 'test', 'adapter-add', 'clean'], tuneConfig: undefined })],
    '$.configs[0].lifecycle[3]',
    '"adapter-add" needs a tune step (e.g. "tune-sft") before it',
  ],
  [
    'test-adapter before adapter-add',
    [
      validEntry({
        lifecycle: ['build', 'deploy', 'test', 'tune-sft', 'test-adapter', 'adapter-add', 'clean'],
      }),
    ],
    '$.configs[0].lifecycle[4]',
    '"test-adapter" must come after "adapter-add"',
  ],
  [
    'technique mismatch',
    [validEntry({ tuneConfig: { technique: 'dpo', trainingType: 'lora', dataset: 's3://b/k' } })],
    '$.configs[0].tuneConfig.technique',
    'is "dpo" but the lifecycle runs "tune-sft" — make them agree',
  ],
  [
    'unknown stage',
    [validEntry({ lifecycle: ['build', 'deploy', 'test', 'smoke', 'clean'], tuneConfig: undefined })],
    '$.configs[0].lifecycle[3]',
    'unknown stage "smoke" — use one of build, push, deploy, test, tune-sft, tune-dpo, tune-rlaif, tune-rlvr, adapter-add, test-adapter, clean, or one of MCC’s step names: test-<flag> (./do/test --<flag>), <script>-<action> (./do/<script> <action>) or <script>, where <script> is a do/ script MCC generates (adapter, add-ic, benchmark, build, ci, clean, deploy, evaluate, export, logs, manifest, optimize, push, register, run, stage, status, submit, test, train, tune, validate)',
  ],
  [
    'generate listed',
    [validEntry({ lifecycle: ['generate', 'build', 'clean'], tuneConfig: undefined })],
    '$.configs[0].lifecycle[0]',
    'generate always runs first and is implied — remove it from the lifecycle',
  ],
  [
    'stage twice',
    [validEntry({ lifecycle: ['build', 'build', 'clean'], tuneConfig: undefined })],
    '$.configs[0].lifecycle[1]',
    '"build" appears twice — list each stage once',
  ],
  [
    'missing --model-name',
    [
      validEntry({
        args: '--deployment-config=transformers-vllm --instance-type=ml.g5.xlarge --region=us-west-2 --enable-lora',
      }),
    ],
    '$.configs[0].args',
    'is missing --model-name — add --model-name=<value>',
  ],
  [
    'bad instance type',
    [
      validEntry({
        args: '--deployment-config=transformers-vllm --model-name=Qwen/Qwen3-4B --instance-type=g5.xlarge --region=us-west-2 --enable-lora',
      }),
    ],
    '$.configs[0].args',
    '--instance-type "g5.xlarge" is not a SageMaker instance type — use the form ml.<family>.<size>, e.g. ml.g5.xlarge',
  ],
  [
    'bad region',
    [
      validEntry({
        args: '--deployment-config=transformers-vllm --model-name=Qwen/Qwen3-4B --instance-type=ml.g5.xlarge --region=oregon --enable-lora',
      }),
    ],
    '$.configs[0].args',
    '--region "oregon" is not an AWS region name — use e.g. us-west-2',
  ],
  [
    'bad model name',
    [
      validEntry({
        args: '--deployment-config=transformers-vllm --model-name=qwen3 --instance-type=ml.g5.xlarge --region=us-west-2 --enable-lora',
      }),
    ],
    '$.configs[0].args',
    '--model-name "qwen3" is neither a Hugging Face id (org/name) nor an s3:// URI',
  ],
  [
    'shell metacharacters in args',
    [
      validEntry({
        args: '--deployment-config=transformers-vllm --model-name=Qwen/Qwen3-4B;rm --instance-type=ml.g5.xlarge --region=us-west-2 --enable-lora',
      }),
    ],
    '$.configs[0].args',
    'contains ";": quotes and shell metacharacters (; & | $ ` < > ( ) { } and newlines) are not allowed (stricter than MCC, for safety: a value must never reach a shell as code) — write plain --flag=value pairs (use an args array if a value needs spaces)',
  ],
  [
    'command substitution in an args array',
    [
      validEntry({
        args: [
          '--deployment-config=transformers-vllm',
          '--model-name=$(whoami)/x',
          '--instance-type=ml.g5.xlarge',
          '--region=us-west-2',
          '--enable-lora',
        ],
      }),
    ],
    '$.configs[0].args[1]',
    'contains a quote or shell metacharacter: "--model-name=$(whoami)/x" — remove it',
  ],
  [
    'flag given twice',
    [
      validEntry({
        args: '--deployment-config=a --model-name=Qwen/Qwen3-4B --instance-type=ml.g5.xlarge --region=us-west-2 --region=us-east-1 --enable-lora',
      }),
    ],
    '$.configs[0].args',
    '--region is given twice — keep one',
  ],
  [
    'stray positional',
    [
      validEntry({
        args: 'vllm --deployment-config=a --model-name=Qwen/Qwen3-4B --instance-type=ml.g5.xlarge --region=us-west-2 --enable-lora',
      }),
    ],
    '$.configs[0].args',
    'unexpected value "vllm" with no flag before it — write --flag=value',
  ],
  [
    'target contradicts track',
    [
      validEntry({
        args: '--deployment-config=a --model-name=Qwen/Qwen3-4B --instance-type=ml.g5.xlarge --region=us-west-2 --deployment-target=async-inference --enable-lora',
      }),
    ],
    '$.configs[0].args',
    '--deployment-target "async-inference" contradicts track "realtime" (realtime-inference) — make them agree',
  ],
  [
    'forbidden env key',
    [validEntry({ env: { AWS_SECRET_ACCESS_KEY: 'x' } })],
    '$.configs[0].env.AWS_SECRET_ACCESS_KEY',
    '"AWS_SECRET_ACCESS_KEY" may not be set from the catalog: it would override credentials or the runner (AWS_*, HF_TOKEN, GITHUB_*, PATH, NODE_OPTIONS, LD_*, MCC_E2E_*) — remove it and configure credentials through the action',
  ],
  [
    'lowercase env key',
    [validEntry({ env: { vllm_len: '1' } })],
    '$.configs[0].env.vllm_len',
    '"vllm_len" is not a valid key: env keys must be UPPER_SNAKE_CASE (A-Z, 0-9, _; not starting with a digit)',
  ],
  [
    'non-string env value',
    [validEntry({ env: { IC_ENV_X: 4096 } })],
    '$.configs[0].env.IC_ENV_X',
    'must be string, not number 4096',
  ],
  [
    'unknown workload',
    [validEntry({ benchmark: { workload: 'chatty' } })],
    '$.configs[0].benchmark.workload',
    'unknown workload "chatty" — use one defined in catalog/workloads.json (sample, multi_turn_chat)',
  ],
  [
    'timeout as a string',
    [validEntry({ timeout: '1800' })],
    '$.configs[0].timeout',
    'must be integer, not string "1800"',
  ],
  [
    'timeout too small',
    [validEntry({ timeout: 30 })],
    '$.configs[0].timeout',
    'is 30; it must be at least 60 seconds',
  ],
  [
    'unknown tier',
    [validEntry({ tier: 'daily' })],
    '$.configs[0].tier',
    'is "daily"; use one of ci, nightly, weekly',
  ],
  [
    'unknown track',
    [validEntry({ track: 'serverless' })],
    '$.configs[0].track',
    'is "serverless"; use one of realtime, async, batch, hyperpod',
  ],
  [
    'bad id',
    [validEntry({ id: 'RT_Qwen' })],
    '$.configs[0].id',
    'is "RT_Qwen"; it must be lowercase letters, digits and dashes, start with a letter or digit, and be at most 63 characters (stricter than MCC for safety: the id becomes the project name, a command-line argument and SageMaker resource names, which are limited to 63 characters and must not look like a flag)',
  ],
  [
    'missing lifecycle',
    [validEntry({ lifecycle: undefined, tuneConfig: undefined })],
    '$.configs[0].lifecycle',
    'is required but missing — add "lifecycle" (see catalog/e2e-catalog.schema.json)',
  ],
  [
    'empty lifecycle',
    [validEntry({ lifecycle: [], tuneConfig: undefined })],
    '$.configs[0].lifecycle',
    'must list at least 1 item',
  ],
  [
    'args of the wrong type',
    [validEntry({ args: 42 })],
    '$.configs[0].args',
    'must be a non-empty string or a non-empty array of strings, not number 42',
  ],
  [
    'misspelt field',
    [validEntry({ tuneTimout: 3600 })],
    '$.configs[0].tuneTimout',
    'unknown field "tuneTimout" — remove it or fix its spelling',
  ],
  [
    'bad dataset',
    [validEntry({ tuneConfig: { technique: 'sft', trainingType: 'lora', dataset: 'train.jsonl' } })],
    '$.configs[0].tuneConfig.dataset',
    'is "train.jsonl"; it must be an s3://bucket/key URI or hf://org/name',
  ],
  [
    'bad training type',
    [validEntry({ tuneConfig: { technique: 'sft', trainingType: 'qlora', dataset: 's3://b/k' } })],
    '$.configs[0].tuneConfig.trainingType',
    'is "qlora"; use one of lora, full-rank',
  ],
  [
    'benchmark as a lifecycle step',
    [validEntry({ lifecycle: ['build', 'deploy', 'test', 'benchmark', 'clean'], tuneConfig: undefined })],
    '$.configs[0].lifecycle[3]',
    'benchmark is not a lifecycle step — opt in with "benchmark": { "workload": "<name>" }',
  ],
];

describe('an invalid catalog', () => {
  it.each(CASES)('%s → the exact path and message', (_name, configs, path, message) => {
    expect(problemsOf(configs)).toContainEqual({ path, message });
  });

  it('has at least 25 distinct cases', () => {
    expect(new Set(CASES.map((c) => c[0])).size).toBeGreaterThanOrEqual(25);
  });

  it('collects every problem of every entry, not just the first', () => {
    const problems = problemsOf([
      validEntry({ tier: 'daily', timeout: 5 }),
      second({ env: { PATH: '/tmp' } }),
    ]);
    expect(problems.map((p) => p.path)).toEqual([
      '$.configs[0].tier',
      '$.configs[0].timeout',
      '$.configs[1].env.PATH',
    ]);
  });

  it('reports a JSON syntax error with its line and column', () => {
    const text = '{\n  "configs": [\n    { "id": "a", }\n  ]\n}\n';
    const [problem] = validate(text).problems;
    expect(problem).toEqual({
      path: '$',
      line: 3,
      column: 18,
      message:
        'is not valid JSON: a property name was expected (trailing comma?) at line 3, column 18 — fix the syntax (a JSON linter or your editor shows the spot)',
    });
  });

  it('points schema problems at their line in the file', () => {
    const text = catalogText([validEntry({ tier: 'daily' })]);
    const [problem] = validate(text).problems;
    const line = text.split('\n').findIndex((l) => l.includes('"tier"')) + 1;
    expect(problem?.line).toBe(line);
  });

  it('rejects a root without configs', () => {
    expect(validate('{"entries": []}').problems.map((p) => p.path)).toEqual(['$.configs', '$.entries']);
  });
});

describe('the catalog root quotas', () => {
  const withQuotas = (quotas: unknown) => validate(JSON.stringify({ quotas, configs: [validEntry()] }));

  it('are endpoints at once per instance type', () => {
    expect(withQuotas({ 'ml.g5.xlarge': 2, 'ml.g5.12xlarge': 0 }).catalog?.quotas).toEqual({
      'ml.g5.xlarge': 2,
      'ml.g5.12xlarge': 0,
    });
  });

  it('name a bad key or a bad count by its JSON path', () => {
    const problems = (q: unknown) => withQuotas(q).problems.map(({ path, message }) => ({ path, message }));
    expect(problems({ 'g5.xlarge': 2 })).toEqual([
      {
        path: '$.quotas["g5.xlarge"]',
        message:
          '"g5.xlarge" is not a valid key: quota keys are SageMaker instance types such as ml.g5.xlarge',
      },
    ]);
    expect(problems({ 'ml.g5.xlarge': -1 })).toEqual([
      { path: '$.quotas["ml.g5.xlarge"]', message: 'is -1; it must be at least 0 endpoints' },
    ]);
  });
});
