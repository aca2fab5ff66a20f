import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { describeWithMoto } from '../helpers/moto.js';
import { startServiceQuotasStandIn } from '../helpers/service-quotas.js';
import { accountQuotas } from '../../src/aws/service-quotas.js';
import { parseQuotaList, resolveLimit } from '../../src/lifecycle/admission/quotas.js';
import { parseProjectName } from '../../src/aws/sweep.js';

describe('the quotas input', () => {
  it('is <instance type>=<endpoints>, comma- or newline-separated', () => {
    expect(parseQuotaList('ml.g5.xlarge=2, ml.g5.12xlarge=4\nml.g5.48xlarge=0', 'input quotas')).toEqual({
      'ml.g5.xlarge': 2,
      'ml.g5.12xlarge': 4,
      'ml.g5.48xlarge': 0,
    });
  });

  it.each(['ml.g5.xlarge', 'ml.g5.xlarge=two', 'g5.xlarge=2', 'ml.g5.xlarge=-1'])(
    'refuses %p, naming where it came from and the form',
    (text) => {
      expect(() => parseQuotaList(text, '--quota')).toThrow(
        `--quota: "${text}" is not <instance type>=<endpoints>, e.g. ml.g5.xlarge=2,ml.g5.12xlarge=4`,
      );
    },
  );
});

describeWithMoto('the slot limit of an instance type', (moto) => {
  const KEY = { region: 'us-west-2', instanceType: 'ml.m5.xlarge' };
  let standIn: Awaited<ReturnType<typeof startServiceQuotasStandIn>>;
  let sagemaker: SageMakerClient;
  let quotas: ServiceQuotasClient;

  beforeAll(async () => {
    await moto().reset();
    standIn = await startServiceQuotasStandIn({
      'ml.m5.xlarge for endpoint usage': 3,
      'ml.m5.xlarge for training job usage': 20,
    });
    sagemaker = new SageMakerClient(moto().clientConfig);
    quotas = new ServiceQuotasClient({ ...moto().clientConfig, endpoint: standIn.url });
    // in service: one endpoint of another team (2 instances) and one of ours
    for (const [name, count] of [
      ['team-x-chat', 2],
      ['rt-qwen3-4b-e2e9001-1', 1],
    ] as const) {
      await sagemaker.send(
        new CreateModelCommand({
          ModelName: name,
          ExecutionRoleArn: 'arn:aws:iam::123456789012:role/sm',
          PrimaryContainer: { Image: '123456789012.dkr.ecr.us-west-2.amazonaws.com/x:latest' },
        }),
      );
      await sagemaker.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: name,
          ProductionVariants: [
            {
              VariantName: 'AllTraffic',
              ModelName: name,
              InstanceType: 'ml.m5.xlarge',
              InitialInstanceCount: count,
            },
          ],
        }),
      );
      await sagemaker.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: name }));
    }
  });
  afterAll(async () => standIn.close());

  const account = () =>
    accountQuotas(quotas, sagemaker, (name) => parseProjectName(name, ['rt-qwen3-4b']) !== undefined);

  it('from Service Quotas when no override is given: the account quota minus the instances others run', async () => {
    expect(await resolveLimit(KEY, { account: account() })).toEqual({
      limit: 1,
      source: 'service quotas',
      detail: 'ml.m5.xlarge: 1 at once (account quota 3 in us-west-2, 2 in use by others)',
    });
    expect(standIn.calls()).toBeGreaterThan(0);
  });

  it('an override wins over the catalog, which wins over Service Quotas', async () => {
    const calls = standIn.calls();
    expect(
      await resolveLimit(KEY, {
        override: { 'ml.m5.xlarge': 2 },
        catalog: { 'ml.m5.xlarge': 5 },
        account: account(),
      }),
    ).toEqual({ limit: 2, source: 'override', detail: 'ml.m5.xlarge: 2 at once (quotas input)' });
    expect(await resolveLimit(KEY, { catalog: { 'ml.m5.xlarge': 5 }, account: account() })).toEqual({
      limit: 5,
      source: 'catalog',
      detail: 'ml.m5.xlarge: 5 at once (catalog quotas)',
    });
    expect(standIn.calls()).toBe(calls);
  });

  it('quota unknown when Service Quotas has no such quota, or cannot be reached', async () => {
    expect(await resolveLimit({ ...KEY, instanceType: 'ml.g5.48xlarge' }, { account: account() })).toEqual({
      source: 'unknown',
      detail: 'ml.g5.48xlarge: quota unknown (Service Quotas has no "ml.g5.48xlarge for endpoint usage")',
    });
    const unreachable = new ServiceQuotasClient({
      ...moto().clientConfig,
      endpoint: 'http://127.0.0.1:9',
      maxAttempts: 1,
    });
    const limit = await resolveLimit(KEY, { account: accountQuotas(unreachable, sagemaker, () => false) });
    expect(limit.source).toBe('unknown');
    expect(limit.detail).toMatch(
      /^ml\.m5\.xlarge: quota unknown \(Service Quotas: .+\) — give one with the quotas input$/,
    );
    expect(await resolveLimit(KEY, {})).toEqual({
      source: 'unknown',
      detail: 'ml.m5.xlarge: quota unknown (no override, no AWS account to ask)',
    });
  });
});
