import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  paginateListEndpoints,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { paginateListServiceQuotas, type ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import type { AccountQuotas } from '../lifecycle/admission/quotas.js';

/** Endpoints that count against the quota: everything not on its way out or already gone. */
const USING_INSTANCES = new Set([
  'Creating',
  'Updating',
  'SystemUpdating',
  'RollingBack',
  'InService',
  'UpdateRollbackFailed',
]);

/**
 * The account's view, for the slot limit: SageMaker's quota "<type> for endpoint usage" from
 * Service Quotas (listed once per process: quota codes differ per type and are not guessable),
 * and the instances of that type in endpoints that are not ours (`isOurs` by endpoint name).
 */
export function accountQuotas(
  quotas: ServiceQuotasClient,
  sagemaker: SageMakerClient,
  isOurs: (endpointName: string) => boolean,
): AccountQuotas {
  let listed: Promise<Map<string, number>> | undefined;
  const list = async (): Promise<Map<string, number>> => {
    const byName = new Map<string, number>();
    for await (const page of paginateListServiceQuotas({ client: quotas }, { ServiceCode: 'sagemaker' }))
      for (const q of page.Quotas ?? [])
        if (q.QuotaName && q.Value !== undefined) byName.set(q.QuotaName, q.Value);
    return byName;
  };
  return {
    async endpointQuota(instanceType) {
      listed ??= list();
      return (await listed).get(`${instanceType} for endpoint usage`);
    },
    async foreignInstances(instanceType) {
      let count = 0;
      for await (const page of paginateListEndpoints({ client: sagemaker }, {}))
        for (const endpoint of page.Endpoints ?? []) {
          const name = endpoint.EndpointName ?? '';
          if (isOurs(name) || !USING_INSTANCES.has(endpoint.EndpointStatus ?? '')) continue;
          const { EndpointConfigName } = await sagemaker.send(
            new DescribeEndpointCommand({ EndpointName: name }),
          );
          const config = await sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName }));
          for (const variant of config.ProductionVariants ?? [])
            if (variant.InstanceType === instanceType) count += variant.InitialInstanceCount ?? 1;
        }
      return count;
    },
  };
}
