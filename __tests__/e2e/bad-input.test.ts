import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogText, validEntry } from '../helpers/catalog.js';
import { freePort } from '../helpers/moto.js';
import { runAction, runCli } from '../helpers/runner.js';

/**
 * Bad input to the built CLI, one row each: the exit code, the file / JSON path / flag named on
 * stderr with what to do, and never a stack trace or "unexpected error". No moto here: the AWS
 * rows run without any credentials or with an endpoint nobody listens on.
 */
const dir = mkdtempSync(join(tmpdir(), 'mcc-bad-input-'));
const at = (name: string) => join(dir, name);
const catalog = (name: string, text: string) => {
  writeFileSync(at(name), text);
  return at(name);
};
const entry = (overrides: Record<string, unknown> = {}) =>
  validEntry({
    id: 'rt-a',
    lifecycle: ['build', 'push', 'deploy', 'test', 'clean'],
    tuneTimeout: undefined,
    tuneConfig: undefined,
    ...overrides,
  });
const withTimeout = (literal: string) =>
  catalogText([entry()]).replace('"timeout": 1800', `"timeout": ${literal}`);

/** no credentials anywhere: no keys, no profile files (an empty HOME), no instance metadata */
const NO_AWS: Record<string, string | undefined> = {
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_SESSION_TOKEN: undefined,
  AWS_PROFILE: undefined,
  AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
  AWS_ROLE_ARN: undefined,
  AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
  AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
  AWS_ENDPOINT_URL: undefined,
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
  AWS_CONFIG_FILE: join(dir, 'no-config'),
  HOME: dir,
  AWS_REGION: 'us-west-2',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

interface Row {
  name: string;
  args: () => string[];
  env?: () => Record<string, string | undefined>;
  code: number;
  /** what stderr must say */
  says: (string | RegExp)[];
  /** what stdout must say */
  stdout?: (string | RegExp)[];
}

/** a regular file: no directory can be made at or below it, whoever the test runs as (root ignores modes) */
const aFile = (): string => {
  writeFileSync(at('a-file'), 'not a directory\n');
  return at('a-file');
};

/** a port nobody listens on */
const deadPort = await freePort();
const ok = catalog(
  'ok.json',
  catalogText([
    entry(),
    entry({ id: 'rt-b', args: String(entry().args).replace('Qwen/Qwen3-4B', 'Qwen/Qwen3-8B') }),
  ]),
);
const NO_CREDENTIALS =
  'no AWS credentials were found — set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';

const ROWS: Row[] = [
  {
    name: 'timeout 1e400 in a catalog',
    args: () => ['validate', '--catalog', catalog('huge.json', withTimeout('1e400'))],
    code: 1,
    says: [
      'huge.json:',
      '$.configs[0].timeout: is a number too large to hold; it must be at most 604800 seconds (7 days)',
    ],
  },
  {
    name: 'timeout beyond 2^53 in a catalog',
    args: () => [
      'plan',
      '--config',
      'rt-a',
      '--catalog',
      catalog('big.json', withTimeout('9007199254740993')),
    ],
    code: 1,
    says: ['$.configs[0].timeout: is 9007199254740992; it must be at most 604800 seconds (7 days)'],
  },
  {
    name: 'negative timeout in a catalog',
    args: () => ['validate', '--catalog', catalog('neg.json', withTimeout('-5'))],
    code: 1,
    says: ['$.configs[0].timeout: is -5; it must be at least 60 seconds'],
  },
  {
    name: 'non-number timeout in a catalog',
    args: () => ['validate', '--catalog', catalog('str.json', withTimeout('"soon"'))],
    code: 1,
    says: ['$.configs[0].timeout: must be integer, not string "soon"'],
  },
  {
    name: 'duplicate keys in catalog JSON',
    args: () => [
      'validate',
      '--catalog',
      catalog(
        'dup.json',
        catalogText([entry()]).replace('"tier": "ci",', '"tier": "ci",\n      "tier": "weekly",'),
      ),
    ],
    code: 1,
    says: [
      /dup\.json:6:7 {2}\$\.configs\[0\]\.tier: duplicate key "tier" \(first at line 5, column 7\)/,
      'remove one of them',
    ],
  },
  {
    name: 'a catalog path that is a directory',
    args: () => {
      mkdirSync(at('catalog-dir'), { recursive: true });
      return ['validate', '--catalog', at('catalog-dir')];
    },
    code: 1,
    says: ['catalog-dir', 'is a directory, not the catalog — pass the JSON file itself'],
  },
  {
    name: 'a null catalog',
    args: () => ['validate', '--catalog', catalog('null.json', 'null')],
    code: 1,
    says: ['null.json', '$: must be a JSON object with a "configs" array, not null'],
  },
  {
    name: 'absurdly deep nesting',
    args: () => [
      'validate',
      '--catalog',
      catalog('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    ],
    code: 1,
    says: ['deep.json', 'nests arrays and objects deeper than 64 levels at line 1, column 65'],
  },
  {
    name: 'an empty catalog file',
    args: () => ['validate', '--catalog', catalog('empty.json', '')],
    code: 1,
    says: ['empty.json', '$: is empty — write a JSON object with a "configs" array'],
  },
  {
    name: 'an empty do/config of --from-project',
    args: () => {
      mkdirSync(at('project/do'), { recursive: true });
      writeFileSync(at('project/do/config'), '');
      return ['register', '--from-project', at('project'), '--catalog', ok, '--save-local', at('store')];
    },
    code: 1,
    says: [`--from-project ${at('project')}`],
  },
  ...['sweep', 'report', 'status'].map((command): Row => ({
    name: `${command} --table without AWS credentials`,
    args: () => [command, '--table', 'mcc-e2e-ci', '--catalog', ok, '--save-local', at('store')],
    env: () => NO_AWS,
    code: 1,
    says: [NO_CREDENTIALS],
  })),
  {
    name: 'register --table without AWS credentials',
    args: () => ['register', '--config', 'rt-a', '--table', 'mcc-e2e-ci', '--catalog', ok],
    env: () => NO_AWS,
    code: 1,
    says: [NO_CREDENTIALS],
  },
  {
    name: 'status --table with an endpoint nobody listens on',
    args: () => ['status', '--table', 'mcc-e2e-ci', '--catalog', ok],
    env: () => ({
      ...NO_AWS,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_ENDPOINT_URL: `http://127.0.0.1:${deadPort}`,
    }),
    code: 1,
    says: [
      `cannot reach the AWS endpoint http://127.0.0.1:${deadPort} (ECONNREFUSED`,
      'check AWS_ENDPOINT_URL',
    ],
  },
  {
    name: 'register --config a,b',
    args: () => ['register', '--config', 'rt-a,rt-b', '--catalog', ok, '--save-local', at('store')],
    code: 1,
    says: ['register --config takes one catalog id, not "rt-a,rt-b" — run register once per id'],
  },
  {
    name: 'register --workload bogus',
    args: () => [
      'register',
      '--config',
      'rt-a',
      '--workload',
      'bogus',
      '--catalog',
      ok,
      '--save-local',
      at('store'),
    ],
    code: 1,
    says: ['--workload "bogus" is not a workload of', 'workloads.json — use one of'],
  },
  {
    name: 'run --dry-run --benchmark true with a bogus workload',
    args: () => [
      'run',
      '--config',
      'rt-a',
      '--dry-run',
      '--benchmark',
      'true',
      '--benchmark-workload',
      'bogus',
      '--catalog',
      ok,
    ],
    code: 1,
    says: ['unknown benchmark workload "bogus" for rt-a — use one defined in'],
  },
  {
    name: 'run --dry-run --benchmark true lists the benchmark stage',
    args: () => [
      'run',
      '--config',
      'rt-a',
      '--dry-run',
      '--benchmark',
      'true',
      '--benchmark-workload',
      'sample',
      '--catalog',
      ok,
    ],
    code: 0,
    says: [],
    stdout: [/\n {2}test +\d+s +project +\.\/do\/test\n {2}benchmark +\d+s +project .*\n {2}clean /],
  },
  ...[
    [
      'register --save-local',
      ['register', '--config', 'rt-a'],
      '--save-local',
      'cannot hold the local store',
    ],
    ['report --save-local', ['report'], '--save-local', 'cannot be read as a local store'],
    ['status --save-local', ['status'], '--save-local', 'cannot be read as a local store'],
    [
      'dashboard --save-local',
      ['dashboard', '--port', '0'],
      '--save-local',
      'cannot be read as a local store',
    ],
    ['report --junit', ['report', '--save-local', at('store')], '--junit', 'cannot be written'],
    [
      'run --workspace',
      ['run', '--config', 'rt-a', '--save-local', at('store')],
      '--workspace',
      'cannot hold the generated projects',
    ],
  ].map(([name, args, flag, what]): Row => ({
    name: `${name as string} below a file`,
    args: () => [...(args as string[]), flag as string, join(aFile(), 'below'), '--catalog', ok],
    code: 1,
    says: [
      `mcc-e2e: ${flag as string} ${join(aFile(), 'below')} ${what as string}: ${aFile()} is a file, not a directory — pass ${flag as string} `,
    ],
  })),
  ...[
    ['a directory', () => dir, `--tune-catalog ${dir} cannot be read: ${dir} is a directory, not a file`],
    [
      'not JSON',
      () => catalog('tune-broken.json', '{'),
      `--tune-catalog ${at('tune-broken.json')} is not valid JSON (`,
    ],
    [
      'JSON without models',
      () => catalog('tune-empty.json', '{}'),
      `--tune-catalog ${at('tune-empty.json')} is not an MCC tune catalog (it has no "models" object)`,
    ],
  ].map(([name, path, says]): Row => ({
    name: `validate --mcc --tune-catalog: ${name as string}`,
    args: () => ['validate', '--mcc', '--catalog', ok, '--tune-catalog', (path as () => string)()],
    code: 1,
    says: [says as string, "pass --tune-catalog MCC's config/tune-catalog.json"],
  })),
  {
    name: 'an unknown flag',
    args: () => ['run', '--config', 'rt-a', '--dry-run', '--bogus-flag', '--catalog', ok],
    code: 1,
    says: ["unknown option '--bogus-flag'"],
  },
];

describe('bad input to the built CLI: a clear error naming the thing, never a stack trace', () => {
  it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const run = await runCli(row.args(), { cwd: dir, env: row.env?.() });
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: row.code });
    for (const text of row.says) expect(run.stderr).toMatch(text);
    for (const text of row.stdout ?? []) expect(run.stdout).toMatch(text);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/at .+:\d+:\d+/);
    expect(run.stderr).not.toContain('unexpected error');
  });
});

describe('the AWS preflight: a missing credential or dead endpoint stops the run before any stage', () => {
  const generatorMarker = at('generator-ran');
  const generator = () =>
    JSON.stringify([
      process.execPath,
      '-e',
      `require('fs').writeFileSync(${JSON.stringify(generatorMarker)}, '')`,
    ]);

  it.each([
    ['no credentials', () => NO_AWS, NO_CREDENTIALS],
    [
      'a dead endpoint',
      () => ({
        ...NO_AWS,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        AWS_ENDPOINT_URL: `http://127.0.0.1:${deadPort}`,
      }),
      'cannot reach the AWS endpoint',
    ],
  ])('CLI run --table with %s: one error naming --table, no stage run', async (_name, env, says) => {
    const workspace = mkdtempSync(join(tmpdir(), 'mcc-preflight-ws-'));
    const run = await runCli(
      [
        'run',
        '--config',
        'rt-a',
        '--table',
        'mcc-e2e-ci',
        '--generator',
        generator(),
        '--workspace',
        workspace,
        '--catalog',
        ok,
        '--save-local',
        at('store-run'),
      ],
      { cwd: dir, env: env() },
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`mcc-e2e: --table mcc-e2e-ci (us-west-2): ${says}`);
    expect(run.stdout).not.toMatch(/generate/);
    expect(existsSync(generatorMarker)).toBe(false);
    expect(readdirSync(workspace)).toEqual([]);
  });

  it('the run action with input table and no credentials fails the step naming the input, no stage run', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mcc-preflight-action-'));
    const run = await runAction('dist/run/index.js', {
      cwd: dir,
      inputs: {
        catalog: ok,
        config: 'rt-a',
        table: 'mcc-e2e-ci',
        generator: generator(),
        workspace,
        'save-local': at('store-action'),
        'hf-token-secret-id': '',
      },
      env: NO_AWS,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::input table mcc-e2e-ci (us-west-2): ${NO_CREDENTIALS}`);
    expect(run.stdout).not.toContain('unexpected error');
    expect(existsSync(generatorMarker)).toBe(false);
    expect(readdirSync(workspace)).toEqual([]);
    expect(run.state['project-name']).toBeUndefined();
  });
});

describe('a local store that cannot be written stops the run before any stage, naming the flag or input', () => {
  const generatorMarker = at('generator-ran-store');
  const generator = JSON.stringify([
    process.execPath,
    '-e',
    `require('fs').writeFileSync(${JSON.stringify(generatorMarker)}, '')`,
  ]);
  /** each shape: the store path given, and the file that stands in the way */
  const SHAPES: [string, () => { store: string; blocker: string }][] = [
    [
      'the store path is a file',
      () => {
        const store = join(mkdtempSync(join(dir, 'shape-')), '.mcc-e2e');
        writeFileSync(store, '');
        return { store, blocker: store };
      },
    ],
    [
      'the store path is below a file',
      () => {
        const file = join(mkdtempSync(join(dir, 'shape-')), 'file');
        writeFileSync(file, '');
        return { store: join(file, 'store'), blocker: file };
      },
    ],
    [
      'a file is where the store keeps its records',
      () => {
        const store = mkdtempSync(join(dir, 'shape-'));
        writeFileSync(join(store, 'records'), '');
        return { store, blocker: join(store, 'records') };
      },
    ],
  ];
  const nothingRan = (workspace: string) => {
    expect(existsSync(generatorMarker)).toBe(false);
    expect(readdirSync(workspace)).toEqual([]);
  };

  const runArgs = (store: string, workspace: string) => [
    'run',
    '--config',
    'rt-a',
    '--generator',
    generator,
    '--workspace',
    workspace,
    '--catalog',
    ok,
    '--save-local',
    store,
  ];

  it.each(SHAPES)('CLI run: %s', async (_name, shape) => {
    const { store, blocker } = shape();
    const workspace = mkdtempSync(join(tmpdir(), 'mcc-store-ws-'));
    const run = await runCli(runArgs(store, workspace), { cwd: dir, env: NO_AWS });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `mcc-e2e: --save-local ${store} cannot hold the local store: ${blocker} is a file, not a directory — pass --save-local a directory you can write (it is created when missing), or move the file in the way\n`,
    );
    expect(run.stdout).not.toMatch(/generate/);
    nothingRan(workspace);
  });

  it.each(SHAPES)('run action: %s', async (_name, shape) => {
    const { store, blocker } = shape();
    const workspace = mkdtempSync(join(tmpdir(), 'mcc-store-action-'));
    const step = {
      cwd: dir,
      inputs: {
        catalog: ok,
        config: 'rt-a',
        generator,
        workspace,
        'save-local': store,
        'hf-token-secret-id': '',
      },
      // on a runner: the post step derives the leg from these inputs and the run id
      env: { ...NO_AWS, GITHUB_RUN_ID: '4801', GITHUB_RUN_ATTEMPT: '1', GITHUB_REPOSITORY: 'mcc/e2e-action' },
    };
    const run = await runAction('dist/run/index.js', step);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error::input save-local ${store} cannot hold the local store: ${blocker} is a file, not a directory — set input save-local to a directory you can write (it is created when missing), or move the file in the way\n`,
    );
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/unexpected error|at .+:\d+:\d+/);
    expect(run.state['project-name']).toBeUndefined();
    nothingRan(workspace);
    // the post step finds nothing started and stays quiet (no second error)
    const post = await runAction('dist/cleanup/index.js', { ...step, dir: run.dir });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('Nothing to tear down: the main step started no project');
    expect(post.stdout).not.toMatch(/::error::|::warning::/);
  });

  it.each([
    ['results-dir', 'cannot be read as a local store', 'the directory of a local store'],
    ['dashboard', 'cannot be written', 'a file path in a directory you can write'],
    ['junit', 'cannot be written', 'a file path in a directory you can write'],
  ])(
    'report action: input %s below a file fails the step before anything is written',
    async (input, what, remedy) => {
      const workspace = mkdtempSync(join(tmpdir(), 'mcc-report-paths-'));
      writeFileSync(join(workspace, 'file'), '');
      const run = await runAction('dist/report/index.js', {
        cwd: workspace,
        inputs: { catalog: ok, [input]: 'file/below' },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        `::error::input ${input} ${join(workspace, 'file/below')} ${what}: ${join(workspace, 'file')} is a file, not a directory — set input ${input} to ${remedy}`,
      );
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/unexpected error|at .+:\d+:\d+/);
      expect(run.summary).toBe('');
    },
  );
});
