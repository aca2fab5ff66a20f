import { beforeEach, expect, it } from '@jest/globals';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  ListEndpointsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeWithMoto } from '../helpers/moto.js';
import { runCli } from '../helpers/runner.js';
import { catalogText, validEntry } from '../helpers/catalog.js';

/** Two catalog ids whose hand-made neighbours (t-one-production…) a loose name shape would take. */
const CATALOG = catalogText([
  validEntry({ id: 't-one' }),
  validEntry({ id: 't-two', args: String(validEntry().args).replace('Qwen/Qwen3-4B', 'Qwen/Qwen3-8B') }),
]);

describeWithMoto(
  'sweep deletes only what carries the toolkit’s marker, never a running run’s (built CLI, moto)',
  (moto) => {
    let sagemaker: SageMakerClient;
    beforeEach(async () => {
      await moto().reset();
      sagemaker = new SageMakerClient(moto().clientConfig);
    });

    async function deploy(name: string) {
      await sagemaker.send(
        new CreateModelCommand({
          ModelName: name,
          ExecutionRoleArn: 'arn:aws:iam::123456789012:role/x',
          PrimaryContainer: { Image: '123456789012.dkr.ecr.us-west-2.amazonaws.com/x:latest' },
        }),
      );
      await sagemaker.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: name,
          ProductionVariants: [
            { VariantName: 'v', ModelName: name, InstanceType: 'ml.m5.xlarge', InitialInstanceCount: 1 },
          ],
        }),
      );
      await sagemaker.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: name }));
    }
    const endpoints = async () =>
      ((await sagemaker.send(new ListEndpointsCommand({}))).Endpoints ?? [])
        .map((e) => e.EndpointName)
        .sort();

    it('hand-made t-one-production, t-one-2024-06, t-two-manualtesting and a running run’s endpoint survive; a finished run’s leftovers go', async () => {
      const cwd = mkdtempSync(join(tmpdir(), 'mcc-sweep-own-'));
      writeFileSync(join(cwd, 'catalog.json'), CATALOG);
      // A stand-in for GitHub's REST API (no local GitHub exists), answering
      // GET /repos/mcc/e2e-action/actions/runs/<id> as GitHub does: run 700 is in progress, 600
      // completed, 800 fails with a server error and 900 is unknown (404); a wrong token gets 401.
      const ANSWERS: Record<string, [number, object]> = {
        '600': [200, { id: 600, status: 'completed', conclusion: 'success' }],
        '700': [200, { id: 700, status: 'in_progress', conclusion: null }],
        '800': [500, { message: 'Server Error' }],
      };
      const asked: string[] = [];
      const server = createServer((req, res) => {
        const id = req.url?.match(/^\/repos\/mcc\/e2e-action\/actions\/runs\/(\d+)$/)?.[1] ?? '';
        asked.push(id);
        const [status, body] =
          req.headers.authorization !== 'Bearer gh-test-token'
            ? [401, { message: 'Bad credentials' }]
            : (ANSWERS[id] ?? [404, { message: 'Not Found' }]);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const apiUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      try {
        for (const name of [
          't-one-production',
          't-one-2024-06',
          't-two-manualtesting',
          't-one-e2e600-1',
          't-two-e2e700-1',
          't-one-e2e800-1',
          't-two-e2e900-2',
        ])
          await deploy(name);
        await sleep(1100);
        const env = { ...moto().env, GITHUB_API_URL: apiUrl, GITHUB_TOKEN: '', GITHUB_REPOSITORY: '' };

        const refused = await runCli(['--catalog', 'catalog.json', 'sweep', '--older-than', '1s'], {
          cwd,
          env,
        });
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('sweep needs --table <name> to know which CI runs are still going');
        expect(await endpoints()).toHaveLength(7);

        const run = await runCli(
          [
            '--catalog',
            'catalog.json',
            'sweep',
            '--older-than',
            '1s',
            '--local-only',
            // as .github/workflows/sweep.yml passes them: the token in the environment
            '--repo=mcc/e2e-action',
          ],
          { cwd, env: { ...env, GITHUB_TOKEN: 'gh-test-token' } },
        );
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('--local-only: running runs were looked up in the local store');
        expect(run.stdout).not.toContain('in-progress workflow runs were not checked');
        expect(run.stdout).toMatch(
          /endpoint +t-two-e2e700-1 .* kept +run 700-1 of t-two is still running \(GitHub: in_progress\)/,
        );
        expect(run.stdout).toMatch(
          /endpoint +t-one-e2e600-1 .* deleted +left by finished run 600-1 of t-one/,
        );
        expect(run.stdout).toMatch(
          /endpoint +t-one-e2e800-1 .* kept +run 800-1 of t-one: GitHub could not say whether it is over \(HTTP 500\) — kept/,
        );
        expect(run.stdout).toMatch(
          /endpoint +t-two-e2e900-2 .* kept +run 900-2 of t-two: GitHub could not say whether it is over \(HTTP 404: no such run in the repository, or the token cannot see it \(actions: read\)\) — kept/,
        );
        expect(await endpoints()).toEqual([
          't-one-2024-06',
          't-one-e2e800-1',
          't-one-production',
          't-two-e2e700-1',
          't-two-e2e900-2',
          't-two-manualtesting',
        ]);
        // one lookup per run (not per endpoint, endpoint config and model), and the token is never shown
        expect(asked.sort()).toEqual(['600', '700', '800', '900']);
        expect(`${run.stdout}${run.stderr}`).not.toContain('gh-test-token');

        // a token the API refuses: nothing of a GitHub run goes, and the token is not shown either
        await deploy('t-one-e2e600-2');
        await sleep(1100);
        const refusedToken = await runCli(
          [
            '--catalog',
            'catalog.json',
            'sweep',
            '--older-than',
            '1s',
            '--local-only',
            '--github-token',
            'gh-wrong-token',
            '--repo',
            'mcc/e2e-action',
          ],
          { cwd, env },
        );
        expect(refusedToken.code).toBe(0);
        expect(refusedToken.stdout).toMatch(
          /endpoint +t-one-e2e600-2 .* kept +run 600-2 of t-one: GitHub could not say whether it is over \(HTTP 401: the token was refused\) — kept/,
        );
        expect(await endpoints()).toContain('t-one-e2e600-2');
        expect(`${refusedToken.stdout}${refusedToken.stderr}`).not.toContain('gh-wrong-token');
      } finally {
        server.close();
      }
    });
  },
);
