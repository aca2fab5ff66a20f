import { beforeEach, describe, expect, it } from '@jest/globals';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { ListEndpointsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { filesUnder } from '../../src/results/s3-artifacts.js';
import { describeWithMoto, type Moto } from '../helpers/moto.js';
import { createTables, documentClient, HISTORY_TABLE, TABLE } from '../helpers/tables.js';
import {
  parseCommandFile,
  ROOT,
  runAction,
  stateEnv,
  workflowCommands,
  type ActionRun,
} from '../helpers/runner.js';

/**
 * A hostile copy of the example generator (__tests__/fixtures/hostile-generator/) whose stage
 * prints every secret it can reach in every common encoding, issues workflow commands and writes
 * to the runner's files — against the built bundles, run as a GitHub runner runs them, on moto.
 */
const HOSTILE_GENERATOR = `node ${join(ROOT, '__tests__/fixtures/hostile-generator/ml-container-creator.mjs')}`;
const HF_TOKEN = 'hf_Q9x&Leak<Me>"Now"7zPq';
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const AWS_SESSION = 'FwoGZXIvYXdzEJr//////////wEaDH7+SessionToken/ExampleValue==';
const PRIVATE_KEY =
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\nAASCBKcwggSjAgEAAoIBAQC7VJTU\n-----END PRIVATE KEY-----';
const BUCKET = 'mcc-e2e-results';
const ROLE = 'arn:aws:iam::123456789012:role/mlcc-e2e-github-us-west-2';

const lowerPercent = (s: string): string =>
  [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** what a reader could recognise a secret by: the raw value (line breaks ignored) and its printed encodings */
function needles(secret: string): string[] {
  const flat = secret.replace(/\n/g, '');
  return [
    flat,
    ...secret.split('\n').filter((l) => l.length >= 6),
    Buffer.from(flat).toString('hex'),
    Buffer.from(secret).toString('base64').slice(4, -4),
    Buffer.from(`a${secret}`).toString('base64').slice(4, -4),
    Buffer.from(`ab${secret}`).toString('base64').slice(4, -4),
    encodeURIComponent(secret),
    lowerPercent(secret),
    secret.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`),
  ];
}

/** every text the run left: job log, summary, outputs, state, local store, DynamoDB items, S3 objects */
async function everyOutput(moto: Moto, run: ActionRun, dir: string): Promise<Record<string, string>> {
  const texts: Record<string, string> = {
    log: workflowCommands(run.stdout).visible,
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    state: JSON.stringify(run.state),
  };
  for (const file of filesUnder(join(dir, 'store'))) texts[file] = readFileSync(file, 'utf8');
  const dynamo = documentClient(moto);
  for (const table of [TABLE, HISTORY_TABLE]) {
    const items = (await dynamo.send(new ScanCommand({ TableName: table }))).Items ?? [];
    texts[`dynamodb:${table}`] = JSON.stringify(items);
  }
  dynamo.destroy();
  const s3 = new S3Client({ ...moto.clientConfig, forcePathStyle: true });
  const objects = (await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? [];
  for (const { Key } of objects) {
    const body = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key }));
    texts[`s3://${BUCKET}/${Key}`] = (await body.Body?.transformToString()) ?? '';
  }
  s3.destroy();
  return texts;
}

function leaks(texts: Record<string, string>, secrets: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [where, text] of Object.entries(texts)) {
    const flat = text.replace(/[\r\n]/g, '');
    for (const [name, secret] of Object.entries(secrets))
      for (const needle of needles(secret))
        if (flat.includes(needle)) found.push(`${name} in ${where}: ${needle}`);
  }
  return found;
}

/** GitHub's OIDC token endpoint, issuing short-lived tokens (so one is refreshed during the stage) */
async function tokenEndpoint(lifetimeSeconds: number) {
  const issued: string[] = [];
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const server: Server = createServer((_req, res) => {
    const iat = Math.floor(Date.now() / 1000);
    const token = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ sub: 'repo:acme/models:ref:refs/heads/main', aud: 'sts.amazonaws.com', iat, exp: iat + lifetimeSeconds, n: issued.length })}.${Buffer.from(`signature-${issued.length}-${Math.random()}`).toString('base64url')}`;
    issued.push(token);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: token }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/token?api-version=2.0`,
    issued,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('the default generator', () => {
  it('is the one on PATH: a file named ml-container-creator in the checkout is not run', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mcc-planted-'));
    const checkout = join(root, 'repo');
    const bin = join(root, 'bin');
    mkdirSync(join(checkout, 'catalog'), { recursive: true });
    mkdirSync(bin);
    copyFileSync(join(ROOT, 'catalog/e2e-catalog.json'), join(checkout, 'catalog/e2e-catalog.json'));
    copyFileSync(join(ROOT, 'catalog/pricing.json'), join(checkout, 'catalog/pricing.json'));
    copyFileSync(join(ROOT, 'catalog/workloads.json'), join(checkout, 'catalog/workloads.json'));
    const planted = join(checkout, 'ml-container-creator');
    writeFileSync(planted, `#!/bin/sh\ntouch ${join(root, 'PLANTED-RAN')}\nexit 1\n`);
    const installed = join(bin, 'ml-container-creator');
    writeFileSync(
      installed,
      `#!/bin/sh\ntouch ${join(root, 'INSTALLED-RAN')}\nexec ${process.execPath} ${join(ROOT, 'examples/generator/bin/ml-container-creator.mjs')} "$@"\n`,
    );
    for (const f of [planted, installed]) chmodSync(f, 0o755);
    const run = await runAction('dist/run/index.js', {
      cwd: checkout,
      inputs: { config: 'rt-qwen3-4b', workspace: join(root, 'ws'), 'save-local': join(root, 'store') },
      env: { PATH: `.:${bin}:${dirname(process.execPath)}:/usr/bin:/bin`, AWS_ENDPOINT_URL: '' },
    });
    expect(existsSync(join(root, 'PLANTED-RAN'))).toBe(false);
    expect(existsSync(join(root, 'INSTALLED-RAN'))).toBe(true);
    expect(run.outputs.status).toBe('pass');
    expect(run.stdout).toContain(`::group::generate: ${installed} rt-qwen3-4b-`);
  });
});

describeWithMoto('a hostile stage, run by the built bundles as a GitHub runner runs them', (moto) => {
  beforeEach(async () => {
    await moto().reset();
    await createTables(moto());
    const s3 = new S3Client({ ...moto().clientConfig, forcePathStyle: true });
    await s3.send(
      new CreateBucketCommand({
        Bucket: BUCKET,
        CreateBucketConfiguration: { LocationConstraint: 'us-west-2' },
      }),
    );
    s3.destroy();
  });

  const inputs = (dir: string, extra: Record<string, string> = {}) => ({
    config: 'rt-qwen3-4b',
    generator: HOSTILE_GENERATOR,
    workspace: join(dir, 'ws'),
    'save-local': join(dir, 'store'),
    table: TABLE,
    'history-table': HISTORY_TABLE,
    'results-bucket': BUCKET,
    verbose: 'true',
    ...extra,
  });

  it('prints the HF token, AWS keys and a multi-line secret in every form: 0 hits in log, summary, outputs, store, DynamoDB, S3', async () => {
    const secrets = new SecretsManagerClient(moto().clientConfig);
    await secrets.send(
      new CreateSecretCommand({ Name: 'mlcc/hf-token', SecretString: JSON.stringify({ HF_TOKEN }) }),
    );
    secrets.destroy();
    const dir = mkdtempSync(join(tmpdir(), 'mcc-hostile-'));
    const run = await runAction('dist/run/index.js', {
      inputs: inputs(dir),
      env: {
        ...moto().env,
        AWS_SECRET_ACCESS_KEY: AWS_SECRET,
        AWS_SESSION_TOKEN: AWS_SESSION,
        MCC_E2E_TEST_PRIVATE_KEY: PRIVATE_KEY,
        GITHUB_RUN_ID: '4242',
        MCC_HOSTILE_AT: 'test',
        MCC_HOSTILE_FAIL: '1',
        MCC_HOSTILE_SECRETS: 'HF_TOKEN,AWS_SECRET_ACCESS_KEY,AWS_SESSION_TOKEN,MCC_E2E_TEST_PRIVATE_KEY',
      },
    });
    expect(run.outputs.status).toBe('fail-test');
    // the stage really printed them (masked), and the error text carries its stderr
    expect(run.stdout).toContain('leak HF_TOKEN hex: ***');
    expect(run.stdout).toContain('leak MCC_E2E_TEST_PRIVATE_KEY line: ***');
    expect(run.summary).toContain('leak ');
    const texts = await everyOutput(moto(), run, dir);
    expect(Object.keys(texts).filter((k) => k.startsWith('s3://')).length).toBeGreaterThan(0);
    expect(texts[`dynamodb:${HISTORY_TABLE}`]).toContain('leak ');
    expect(leaks(texts, { HF_TOKEN, AWS_SECRET, AWS_SESSION, PRIVATE_KEY })).toEqual([]);
  });

  it('prints the OIDC web-identity token and its refresh in every form: 0 hits', async () => {
    const tokens = await tokenEndpoint(3);
    const dir = mkdtempSync(join(tmpdir(), 'mcc-hostile-oidc-'));
    try {
      const run = await runAction('dist/run/index.js', {
        inputs: inputs(dir, { 'role-to-assume': ROLE, 'hf-token-secret-id': '' }),
        env: {
          AWS_ENDPOINT_URL: moto().url,
          AWS_REGION: 'us-west-2',
          ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token',
          GITHUB_RUN_ID: '4343',
          MCC_HOSTILE_AT: 'test',
          MCC_HOSTILE_WAIT_MS: '4500',
          MCC_HOSTILE_FAIL: '1',
        },
      });
      expect(run.outputs.status).toBe('fail-test');
      expect(run.stdout).toContain('leak OIDC raw: ***');
      expect(run.stdout).toContain('leak OIDC-refreshed base64url: ***');
      expect(tokens.issued.length).toBeGreaterThanOrEqual(2);
      const texts = await everyOutput(moto(), run, dir);
      expect(leaks(texts, Object.fromEntries(tokens.issued.map((t, i) => [`OIDC token ${i}`, t])))).toEqual(
        [],
      );
    } finally {
      await tokens.close();
    }
  });

  it('cannot issue workflow commands, reach the runner files or stop the post step tearing down after a cancel', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-hostile-cmd-'));
    const report = join(dir, 'hostile-report.json');
    const project = 'rt-qwen3-4b-e2e4444-1';
    const sagemaker = new SageMakerClient(moto().clientConfig);
    const endpoints = async () =>
      ((await sagemaker.send(new ListEndpointsCommand({ NameContains: project }))).Endpoints ?? []).map(
        (e) => e.EndpointName,
      );
    const env = {
      ...moto().env,
      GITHUB_RUN_ID: '4444',
      ACTIONS_RUNTIME_TOKEN: 'runner-runtime-token',
      ACTIONS_RESULTS_URL: 'https://results.example/',
    };
    const main = await runAction('dist/run/index.js', {
      inputs: inputs(dir),
      env: {
        ...env,
        MCC_HOSTILE_AT: 'test',
        MCC_HOSTILE_REPORT: report,
        MCC_HOSTILE_FORGE_STATE: '1',
        MCC_EXAMPLE_HANG_AT: 'test',
      },
      onStart: (child) => {
        void (async () => {
          for (let i = 0; i < 600 && !existsSync(report); i++) await sleep(50);
          await sleep(300);
          child.kill('SIGINT');
        })();
      },
    });
    // what the stage saw: none of the runner's files, no ACTIONS_* variable
    const seen = JSON.parse(readFileSync(report, 'utf8')) as {
      runnerFiles: string[];
      actionsVariables: string[];
      wrote: string[];
    };
    expect(seen).toMatchObject({ runnerFiles: [], actionsVariables: [] });
    // what the runner would make of main's stdout and files
    const commands = workflowCommands(main.stdout);
    expect(main.stdout).toContain('::save-state name=clean-done::true');
    expect(commands.state).toEqual({});
    expect(commands.outputs).toEqual({});
    expect(commands.masks).not.toContain('hostile-mask-value');
    expect(commands.annotations.filter((a) => a.includes('a stage wrote this'))).toEqual([]);
    expect(commands.unsecure).toEqual([]);
    expect(main.state['clean-done']).toBe('false');
    expect(main.outputs.status).not.toBe('pass');
    expect(readFileSync(join(main.dir, 'output'), 'utf8')).not.toContain('status=pass');
    expect(await endpoints()).toEqual([project]);
    // the stage found the state file anyway (MCC_HOSTILE_FORGE_STATE) and a process it left
    // behind appends again after main: an unsigned and a mis-signed clean-done
    expect(seen.wrote).toContain(join(main.dir, 'state'));
    appendFileSync(join(main.dir, 'state'), `clean-done=true\nclean-done-mac=${'0'.repeat(64)}\n`);
    const state = parseCommandFile(readFileSync(join(main.dir, 'state'), 'utf8'));
    expect(state['clean-done']).toBe('true');
    // the post step, given the state the runner would give it, still tears down
    const post = await runAction('dist/cleanup/index.js', {
      inputs: inputs(dir),
      dir: main.dir,
      env: { ...env, ...stateEnv({ ...commands.state, ...state }) },
    });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain(
      '::warning::the post-step state clean-done was not written by the main step (a stage wrote GITHUB_STATE?): ignored',
    );
    expect(post.summary).toContain('- ✅ ran `do/clean all --force`: it passed');
    expect(await endpoints()).toEqual([]);
    sagemaker.destroy();
  });

  it('a post-step state naming another project is refused: no clean runs, the step fails saying what to check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-hostile-forge-'));
    const main = await runAction('dist/run/index.js', {
      inputs: inputs(dir),
      env: { ...moto().env, GITHUB_RUN_ID: '4545', MCC_HOSTILE_AT: 'none' },
    });
    expect(main.outputs.status).toBe('pass');
    expect(main.state['clean-done']).toBe('true');
    const victim = mkdtempSync(join(tmpdir(), 'mcc-victim-'));
    mkdirSync(join(victim, 'do'));
    writeFileSync(join(victim, 'do/clean'), `#!/bin/sh\ntouch ${join(victim, 'ran')}\n`);
    chmodSync(join(victim, 'do/clean'), 0o755);
    const forged = {
      ...main.state,
      'project-name': 'someone-elses-endpoint',
      'project-dir': victim,
      'clean-done': 'false',
    };
    const post = await runAction('dist/cleanup/index.js', {
      inputs: inputs(dir),
      dir: main.dir,
      env: { ...moto().env, ...stateEnv(forged) },
    });
    expect(post.code).toBe(1);
    expect(post.stdout).toContain(
      "::error::the main step's teardown state was altered, so the post step cannot tell which project to tear down — check SageMaker for endpoints of this run and delete them",
    );
    expect(post.stdout).toContain('project-name, project-dir, clean-done was not written by the main step');
    expect(existsSync(join(victim, 'ran'))).toBe(false);
  });
});
