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
      // the GitHub API stand-in: workflow run 700 is in progress, 600 completed
      const server = createServer((req, res) => {
        const id = req.url?.match(/\/actions\/runs\/(\d+)$/)?.[1];
        const authorised = req.headers.authorization === 'Bearer gh-test-token';
        res.writeHead(authorised && id ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: Number(id), status: id === '700' ? 'in_progress' : 'completed' }));
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
        expect(await endpoints()).toHaveLength(5);

        const run = await runCli(
          [
            '--catalog',
            'catalog.json',
            'sweep',
            '--older-than',
            '1s',
            '--local-only',
            '--github-token',
            'gh-test-token',
            '--repo',
            'mcc/e2e-action',
          ],
          { cwd, env },
        );
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('--local-only: running runs were looked up in the local store');
        expect(run.stdout).toMatch(/endpoint +t-two-e2e700-1 .* kept +run 700-1 of t-two is still running/);
        expect(run.stdout).toMatch(
          /endpoint +t-one-e2e600-1 .* deleted +left by finished run 600-1 of t-one/,
        );
        expect(await endpoints()).toEqual([
          't-one-2024-06',
          't-one-production',
          't-two-e2e700-1',
          't-two-manualtesting',
        ]);
      } finally {
        server.close();
      }
    });
  },
);
