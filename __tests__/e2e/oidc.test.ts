import { beforeEach, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithMoto } from '../helpers/moto.js';
import { runAction, signalWhenOutput, stateEnv } from '../helpers/runner.js';
import { ListEndpointsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';

const ROLE = 'arn:aws:iam::123456789012:role/mlcc-e2e-github-us-west-2';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A stand-in for GitHub's token endpoint: short-lived tokens, so a refresh happens within seconds. */
async function startTokenEndpoint(lifetimeSeconds: number) {
  const requests: { at: number; audience: string | null; auth?: string }[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({
      at: Date.now(),
      audience: url.searchParams.get('audience'),
      auth: req.headers.authorization,
    });
    const iat = Math.floor(Date.now() / 1000);
    const token = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ sub: 'repo:acme/models:ref:refs/heads/main', aud: 'sts.amazonaws.com', ref: 'refs/heads/main', repository: 'acme/models', iat, exp: iat + lifetimeSeconds, n: requests.length })}.c2ln`;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: token }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/token?api-version=2.0`,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** STS that refuses every web identity, as AWS does when the trust policy does not match. */
async function startDenyingSts() {
  const server: Server = createServer((_req, res) => {
    res.writeHead(403, { 'content-type': 'text/xml' });
    res.end(
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message></Error><RequestId>x</RequestId></ErrorResponse>',
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describeWithMoto('OIDC inside the run action', (moto) => {
  beforeEach(async () => moto().reset());

  const inputs = (dir: string) => ({
    config: 'rt-qwen3-4b',
    generator: 'node examples/generator/bin/ml-container-creator.mjs',
    workspace: join(dir, 'ws'),
    'save-local': join(dir, 'store'),
    'role-to-assume': ROLE,
    'hf-token-secret-id': '',
    verbose: 'true',
  });

  it('gives every stage the role through a token file that is refreshed during a long stage', async () => {
    const tokens = await startTokenEndpoint(3);
    const dir = mkdtempSync(join(tmpdir(), 'mcc-oidc-'));
    try {
      const run = await runAction('dist/run/index.js', {
        inputs: inputs(dir),
        env: {
          AWS_ENDPOINT_URL: moto().url,
          AWS_REGION: 'us-west-2',
          ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token',
          GITHUB_RUN_ID: '9001',
          MCC_EXAMPLE_WHOAMI_AT: 'test',
          MCC_EXAMPLE_WHOAMI_SLEEP_MS: '5000',
        },
      });
      expect(run.outputs.status).toBe('pass');
      expect(run.stdout).toContain(
        'Assumed arn:aws:iam::123456789012:role/mlcc-e2e-github-us-west-2 through GitHub OIDC (sub repo:acme/models:ref:refs/heads/main)',
      );
      expect(tokens.requests[0]).toMatchObject({
        audience: 'sts.amazonaws.com',
        auth: 'Bearer runner-request-token',
      });
      expect(tokens.requests.length).toBeGreaterThanOrEqual(3);
      const log = run.stdout;
      const before = log.match(/example: test token file (\w+) at start/)?.[1];
      const after = log.match(/example: test token file (\w+) after waiting/)?.[1];
      expect(before).toMatch(/^[0-9a-f]{12}$/);
      expect(after).toMatch(/^[0-9a-f]{12}$/);
      expect(after).not.toBe(before);
      expect(log).toMatch(
        /example: caller arn:aws:sts::123456789012:assumed-role\/mlcc-e2e-github-us-west-2\/mcc-e2e-rt-qwen3-4b-9001-1/,
      );
    } finally {
      await tokens.close();
    }
  }, 120_000);

  it('the post step assumes the role again to tear down after a cancelled main', async () => {
    const tokens = await startTokenEndpoint(300);
    const dir = mkdtempSync(join(tmpdir(), 'mcc-oidc-'));
    const project = 'rt-qwen3-4b-e2e9100-1';
    const env = {
      AWS_ENDPOINT_URL: moto().url,
      AWS_REGION: 'us-west-2',
      ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token',
      GITHUB_RUN_ID: '9100',
    };
    const sagemaker = new SageMakerClient({
      region: 'us-west-2',
      endpoint: moto().url,
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const endpoints = async () =>
      ((await sagemaker.send(new ListEndpointsCommand({ NameContains: project }))).Endpoints ?? []).map(
        (e) => e.EndpointName,
      );
    try {
      const main = await runAction('dist/run/index.js', {
        inputs: inputs(dir),
        env: { ...env, MCC_EXAMPLE_HANG_AT: 'test' },
        onStart: signalWhenOutput(/example: hanging at /),
      });
      expect(main.state['clean-done']).toBe('false');
      expect(await endpoints()).toEqual([project]);
      const post = await runAction('dist/cleanup/index.js', {
        inputs: inputs(dir),
        dir: main.dir,
        env: { ...env, ...stateEnv(main.state) },
      });
      expect(post.code).toBe(0);
      expect(post.stdout).toContain(`Assumed ${ROLE} through GitHub OIDC`);
      expect(post.summary).toContain('- ✅ ran `do/clean all --force`: it passed');
      expect(await endpoints()).toEqual([]);
    } finally {
      await tokens.close();
    }
  }, 120_000);

  it('fails fast on AccessDenied, with the token’s non-secret claims and the usual causes', async () => {
    const tokens = await startTokenEndpoint(300);
    const sts = await startDenyingSts();
    const dir = mkdtempSync(join(tmpdir(), 'mcc-oidc-'));
    try {
      const run = await runAction('dist/run/index.js', {
        inputs: inputs(dir),
        env: {
          AWS_ENDPOINT_URL_STS: sts.url,
          AWS_REGION: 'us-west-2',
          ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
        },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        `::error::AWS refused to let this job assume ${ROLE} (AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity).`,
      );
      expect(run.stdout).toContain(
        'sub="repo:acme/models:ref:refs/heads/main", aud="sts.amazonaws.com", ref="refs/heads/main"',
      );
      expect(run.stdout).toContain('permissions: id-token: write');
      expect(run.stdout).toContain('repo:OWNER@ID/REPO@ID:');
      expect(run.state['project-name']).toBeUndefined();
    } finally {
      await tokens.close();
      await sts.close();
    }
  });

  it('says what to add when the job cannot request a token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-oidc-'));
    const run = await runAction('dist/run/index.js', { inputs: inputs(dir), env: {} });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::role-to-assume needs a GitHub OIDC token, but this job cannot request one: add `permissions: id-token: write` to the job',
    );
  });
});
