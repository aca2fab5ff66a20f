import { afterEach, beforeEach, expect, it } from '@jest/globals';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateInferenceComponentCommand,
  CreateModelCommand,
  ListEndpointsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { describeWithMoto } from '../helpers/moto.js';
import {
  startInferenceComponentStandIn,
  type InferenceComponentStandIn,
} from '../helpers/inference-components-stand-in.js';
import { sageMakerLeftoverCheck } from '../../src/aws/leftovers.js';
import { deleteResources } from '../../src/aws/sagemaker-resources.js';
import { sweep } from '../../src/aws/sweep.js';
import { makeProjectName } from '../../src/lifecycle/project-name.js';

/**
 * A leaked MCC realtime deployment — endpoint, its config, a base IC, an adapter IC on it and an
 * IC with a foreign name on the same endpoint — torn down IC first by the leftover check and by
 * sweep. moto has no IC API: the ICs live in a stand-in in front of moto (said so in its file),
 * which refuses DeleteEndpoint while an IC is on the endpoint. A bare moto shows that an IC
 * listing that fails does not stop the endpoint's deletion.
 */
const PROJECT = makeProjectName('rt-qwen3-4b', '19876543210-1');
const STAMP = '1764640000';
const FAST = { pollMs: 20 };

describeWithMoto(
  'inference components are torn down first, tune jobs still training stopped (leftover check, sweep)',
  (moto) => {
    let standIn: InferenceComponentStandIn;
    const saved = { ...process.env };

    beforeEach(async () => {
      await moto().reset();
      standIn = await startInferenceComponentStandIn(moto().url);
    });
    afterEach(async () => {
      process.env = { ...saved };
      await standIn.close();
    });

    /** the SDK's own endpoint resolution (AWS_ENDPOINT_URL), as the product's clients use it */
    const pointAt = (url: string) => Object.assign(process.env, { ...moto().env, AWS_ENDPOINT_URL: url });
    const clientAt = (url: string) => new SageMakerClient({ ...moto().clientConfig, endpoint: url });

    async function deployEndpoint(client: SageMakerClient, endpoint: string, config: string) {
      await client.send(
        new CreateModelCommand({
          ModelName: config,
          ExecutionRoleArn: 'arn:aws:iam::123456789012:role/x',
          PrimaryContainer: { Image: '123456789012.dkr.ecr.us-west-2.amazonaws.com/x:latest' },
        }),
      );
      await client.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: config,
          ProductionVariants: [
            {
              VariantName: 'AllTraffic',
              ModelName: config,
              InstanceType: 'ml.g4dn.xlarge',
              InitialInstanceCount: 1,
            },
          ],
        }),
      );
      await client.send(new CreateEndpointCommand({ EndpointName: endpoint, EndpointConfigName: config }));
    }
    const ic = (client: SageMakerClient, name: string, endpoint: string) =>
      client.send(
        new CreateInferenceComponentCommand({
          InferenceComponentName: name,
          EndpointName: endpoint,
          VariantName: 'AllTraffic',
          Specification: {
            Container: { Image: 'x' },
            ComputeResourceRequirements: { MinMemoryRequiredInMb: 1024 },
          },
          RuntimeConfig: { CopyCount: 1 },
        }),
      );

    /** what MCC's realtime deploy and adapter add leave, plus someone else's endpoint with its IC */
    async function leak(client: SageMakerClient) {
      await deployEndpoint(client, `${PROJECT}-endpoint-${STAMP}`, `${PROJECT}-epc-${STAMP}`);
      await ic(client, `${PROJECT}-default-${STAMP}`, `${PROJECT}-endpoint-${STAMP}`);
      await ic(client, `${PROJECT}-adapter-tuned-sft`, `${PROJECT}-endpoint-${STAMP}`);
      await ic(client, 'hand-added-ic', `${PROJECT}-endpoint-${STAMP}`);
      await deployEndpoint(client, 't-one-production', 't-one-production');
      await ic(client, 'production-ic', 't-one-production');
    }
    const endpoints = async (client: SageMakerClient) =>
      ((await client.send(new ListEndpointsCommand({}))).Endpoints ?? []).map((e) => e.EndpointName).sort();
    /** the calls after the leak was made: deletions only */
    const deletions = () => standIn.calls().filter((c) => c.startsWith('Delete'));

    it('the stand-in refuses an endpoint whose ICs are still on it (what an endpoint-first teardown meets)', async () => {
      const client = clientAt(standIn.url);
      await leak(client);
      const report = await deleteResources(client, [
        { kind: 'endpoint', name: `${PROJECT}-endpoint-${STAMP}`, arn: '', createdAt: new Date() },
      ]);
      expect(report.deleted).toEqual([]);
      expect(report.failed[0]).toMatch(/inference components .* are still on it/);
      client.destroy();
    });

    it('leftover check: the ICs on the project’s endpoint (adapter first, a foreign-named one too), then the endpoint, config and model', async () => {
      const client = clientAt(standIn.url);
      await leak(client);
      pointAt(standIn.url);
      const result = await sageMakerLeftoverCheck('us-west-2', process.env, FAST)(PROJECT);
      expect(result).toEqual({
        status: 'found',
        found: expect.stringContaining(`inference component ${PROJECT}-default-${STAMP}`),
        deleted: [
          'inference component hand-added-ic',
          `inference component ${PROJECT}-adapter-tuned-sft`,
          `inference component ${PROJECT}-default-${STAMP}`,
          `endpoint ${PROJECT}-endpoint-${STAMP}`,
          `endpoint config ${PROJECT}-epc-${STAMP}`,
          `model ${PROJECT}-epc-${STAMP}`,
        ],
        failed: [],
      });
      expect(deletions()).toEqual([
        'DeleteInferenceComponent hand-added-ic',
        `DeleteInferenceComponent ${PROJECT}-adapter-tuned-sft`,
        `DeleteInferenceComponent ${PROJECT}-default-${STAMP}`,
        `DeleteEndpoint ${PROJECT}-endpoint-${STAMP}`,
      ]);
      expect(standIn.names()).toEqual(['production-ic']);
      expect(await endpoints(client)).toEqual(['t-one-production']);
      // and a second check finds nothing
      expect(await sageMakerLeftoverCheck('us-west-2', process.env, FAST)(PROJECT)).toEqual({
        status: 'clear',
      });
      client.destroy();
    });

    it('leftover check on bare moto (no IC API): the IC listing failure is reported and the endpoint still goes', async () => {
      const client = clientAt(moto().url);
      await deployEndpoint(client, `${PROJECT}-endpoint-${STAMP}`, `${PROJECT}-epc-${STAMP}`);
      pointAt(moto().url);
      const result = await sageMakerLeftoverCheck('us-west-2', process.env, FAST)(PROJECT);
      expect(result).toMatchObject({
        status: 'found',
        deleted: [
          `endpoint ${PROJECT}-endpoint-${STAMP}`,
          `endpoint config ${PROJECT}-epc-${STAMP}`,
          `model ${PROJECT}-epc-${STAMP}`,
        ],
        failed: [expect.stringMatching(/^inference components could not be listed \(.+\)$/)],
      });
      expect(await endpoints(client)).toEqual([]);
      // nothing of the project left: clear, whatever the IC API says (an IC lives only on an endpoint)
      expect(await sageMakerLeftoverCheck('us-west-2', process.env, FAST)(PROJECT)).toEqual({
        status: 'clear',
      });
      client.destroy();
    });

    it('sweep: a finished run’s ICs (claimed by name or by their endpoint) go before its endpoint; someone else’s stay', async () => {
      const client = clientAt(standIn.url);
      await leak(client);
      const { decisions, unlisted } = await sweep({
        client,
        catalogIds: ['rt-qwen3-4b'],
        olderThanMs: 1000,
        now: new Date(Date.now() + 60_000),
        dryRun: false,
        keepReason: async () => undefined,
        deletion: FAST,
      });
      expect(unlisted).toEqual([]);
      expect(decisions.map((d) => `${d.kind} ${d.name} ${d.action} ${d.done ? 'done' : d.error}`)).toEqual([
        'inference component hand-added-ic delete done',
        `inference component ${PROJECT}-adapter-tuned-sft delete done`,
        `inference component ${PROJECT}-default-${STAMP} delete done`,
        `endpoint ${PROJECT}-endpoint-${STAMP} delete done`,
        `endpoint config ${PROJECT}-epc-${STAMP} delete done`,
        `model ${PROJECT}-epc-${STAMP} delete done`,
      ]);
      expect(deletions().at(-1)).toBe(`DeleteEndpoint ${PROJECT}-endpoint-${STAMP}`);
      expect(deletions().filter((c) => c.startsWith('DeleteEndpoint'))).toHaveLength(1);
      expect(standIn.names()).toEqual(['production-ic']);
      expect(await endpoints(client)).toEqual(['t-one-production']);
      client.destroy();
    });

    // MCC's tune job name: `<project>-tune-<technique>-<YYYYmmdd-HHMMSS>`
    const TUNE_JOB = `${PROJECT}-tune-sft-20261202-031500`;
    const OTHER_RUN_JOB = `${makeProjectName('rt-qwen3-4b', '19876543299-1')}-tune-sft-20261202-031500`;

    it('leftover check: a tune job of the project still training (do/tune killed at its timeout) is stopped; another run’s is not', async () => {
      // attempt 10 of the same run: its project name starts with this one's (`…-1` / `…-10`)
      const TENTH_ATTEMPT_JOB = `${makeProjectName('rt-qwen3-4b', '19876543210-10')}-tune-sft-20261202-031500`;
      standIn.trainingJob(TUNE_JOB);
      standIn.trainingJob(OTHER_RUN_JOB);
      standIn.trainingJob(TENTH_ATTEMPT_JOB);
      pointAt(standIn.url);
      expect(await sageMakerLeftoverCheck('us-west-2', process.env, FAST)(PROJECT)).toEqual({
        status: 'found',
        found: `tune job ${TUNE_JOB}`,
        deleted: [`tune job ${TUNE_JOB} (stopped)`],
        failed: [],
      });
      expect(standIn.trainingJobStatus(TUNE_JOB)).toBe('Stopping');
      expect(standIn.trainingJobStatus(OTHER_RUN_JOB)).toBe('InProgress');
      expect(standIn.trainingJobStatus(TENTH_ATTEMPT_JOB)).toBe('InProgress');
      // a stopping job is no leftover: the second check is clear
      expect(await sageMakerLeftoverCheck('us-west-2', process.env, FAST)(PROJECT)).toEqual({
        status: 'clear',
      });
    });

    it('leftover check: tune jobs that cannot be listed leave the check unanswered, not clear — a tune job bills without an endpoint', async () => {
      // a role of the stack before tune jobs were teardown rows: no sagemaker:ListTrainingJobs
      const refusing = await startInferenceComponentStandIn(moto().url, { refuse: ['ListTrainingJobs'] });
      try {
        refusing.trainingJob(TUNE_JOB);
        pointAt(refusing.url);
        expect(await sageMakerLeftoverCheck('us-west-2', process.env, FAST)(PROJECT)).toEqual({
          status: 'unchecked',
          why: `tune jobs could not be listed (HTTP 400: User is not authorized to perform: sagemaker:ListTrainingJobs) — check for a tune job still training with: aws sagemaker list-training-jobs --name-contains ${PROJECT} --status-equals InProgress --region us-west-2`,
        });
      } finally {
        await refusing.close();
      }
    });

    it('sweep: a finished run’s tune job still training is stopped, a running run’s is kept', async () => {
      standIn.trainingJob(TUNE_JOB, new Date(Date.now() - 3_600_000));
      standIn.trainingJob(OTHER_RUN_JOB, new Date(Date.now() - 3_600_000));
      const client = clientAt(standIn.url);
      const { decisions } = await sweep({
        client,
        catalogIds: ['rt-qwen3-4b'],
        olderThanMs: 1000,
        dryRun: false,
        keepReason: async (id, token) =>
          token === '19876543299-1' ? `run ${token} of ${id} is still running` : undefined,
        deletion: FAST,
      });
      expect(decisions.map((d) => `${d.kind} ${d.name} ${d.action} ${d.reason}`)).toEqual([
        `tune job ${TUNE_JOB} delete left by finished run 19876543210-1 of rt-qwen3-4b`,
        `tune job ${OTHER_RUN_JOB} keep run 19876543299-1 of rt-qwen3-4b is still running`,
      ]);
      expect(standIn.calls().filter((c) => c.startsWith('StopTrainingJob'))).toEqual([
        `StopTrainingJob ${TUNE_JOB}`,
      ]);
      expect(standIn.trainingJobStatus(OTHER_RUN_JOB)).toBe('InProgress');
      client.destroy();
    });

    it('sweep on bare moto (no IC API): says the ICs could not be listed and sweeps the rest', async () => {
      const client = clientAt(moto().url);
      await deployEndpoint(client, `${PROJECT}-endpoint-${STAMP}`, `${PROJECT}-epc-${STAMP}`);
      const { decisions, unlisted } = await sweep({
        client,
        catalogIds: ['rt-qwen3-4b'],
        olderThanMs: 1000,
        now: new Date(Date.now() + 60_000),
        dryRun: false,
        keepReason: async () => undefined,
        deletion: FAST,
      });
      expect(unlisted).toEqual([expect.stringMatching(/^inference components could not be listed \(.+\)$/)]);
      expect(decisions.map((d) => `${d.kind} ${d.done ? 'done' : d.error}`)).toEqual([
        'endpoint done',
        'endpoint config done',
        'model done',
      ]);
      expect(await endpoints(client)).toEqual([]);
      client.destroy();
    });
  },
);
