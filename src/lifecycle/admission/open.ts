import type { CatalogEntry } from '../../catalog/types.js';
import { awsCredentialsLikely } from '../../aws/credentials.js';
import { admit, DEFAULT_LEASE_SECONDS, type Admission } from './admit.js';
import { LocalLeaseStore, type LeaseHolder, type LeaseStore, type SlotKey } from './leases.js';
import { parseQuotaList, resolveLimit, type AccountQuotas, type SlotLimit } from './quotas.js';

export interface AdmissionInputs {
  /** DynamoDB lease table; empty = leases under the local store */
  leaseTable?: string;
  localDir: string;
  /** `ml.g5.xlarge=2,…` and where it came from, for errors ("input quotas", "--quota") */
  quotas?: { text: string; where: string };
  catalogQuotas?: Record<string, number>;
  /** ids whose endpoints are ours (the rest count against the account's quota) */
  catalogIds: string[];
  /** the region of the lease table and of the action's own calls */
  region: string;
  leaseSeconds?: number;
}

/** What a leg needs to wait for its slot: the store, the limit per type (resolved once), the lease time. */
export interface AdmissionService {
  readonly store: LeaseStore;
  limit(key: SlotKey): Promise<SlotLimit>;
  admit(request: {
    key: SlotKey;
    holder: LeaseHolder;
    waitBudgetSeconds: number;
    signal?: AbortSignal;
    log: (line: string) => void;
  }): Promise<Admission>;
}

export const slotKeyOf = (entry: CatalogEntry): SlotKey => ({
  region: entry.params.region,
  instanceType: entry.params.instanceType,
});

// The AWS adapters load only when a lease table or Service Quotas is used: a plan without
// AWS never evaluates the SDK (the bundles' cold start).
async function dynamoDbLeaseStore(region: string, table: string): Promise<LeaseStore> {
  const [{ DynamoDbLeaseStore }, { dynamoDocumentClient }] = await Promise.all([
    import('./dynamodb-leases.js'),
    import('../../aws/clients.js'),
  ]);
  return new DynamoDbLeaseStore(dynamoDocumentClient({ region }), table);
}

function serviceQuotasOf(region: string, catalogIds: string[]): AccountQuotas {
  let loaded: Promise<AccountQuotas> | undefined;
  const account = () =>
    (loaded ??= Promise.all([
      import('../../aws/service-quotas.js'),
      import('../../aws/clients.js'),
      import('../../aws/sweep.js'),
    ]).then(([{ accountQuotas }, clients, { parseProjectName }]) =>
      accountQuotas(
        clients.serviceQuotasClient({ region, maxAttempts: 3 }),
        clients.sageMakerClient(region),
        (name) => parseProjectName(name, catalogIds) !== undefined,
      ),
    ));
  return {
    endpointQuota: async (instanceType) => (await account()).endpointQuota(instanceType),
    foreignInstances: async (instanceType) => (await account()).foreignInstances(instanceType),
  };
}

/** The lease store and quota sources of a run: DynamoDB or local leases, overrides, Service Quotas. */
export async function openAdmission(inputs: AdmissionInputs): Promise<AdmissionService> {
  const override = inputs.quotas?.text.trim()
    ? parseQuotaList(inputs.quotas.text, inputs.quotas.where)
    : undefined;
  const store: LeaseStore = inputs.leaseTable
    ? await dynamoDbLeaseStore(inputs.region, inputs.leaseTable)
    : new LocalLeaseStore(inputs.localDir);
  const accounts = new Map<string, AccountQuotas>();
  const accountIn = (region: string): AccountQuotas | undefined => {
    if (!awsCredentialsLikely()) return undefined;
    if (!accounts.has(region)) accounts.set(region, serviceQuotasOf(region, inputs.catalogIds));
    return accounts.get(region);
  };
  const limits = new Map<string, Promise<SlotLimit>>();
  const limit = (key: SlotKey): Promise<SlotLimit> => {
    const id = `${key.region} ${key.instanceType}`;
    if (!limits.has(id))
      limits.set(
        id,
        resolveLimit(key, { override, catalog: inputs.catalogQuotas, account: accountIn(key.region) }),
      );
    return limits.get(id) as Promise<SlotLimit>;
  };
  return {
    store,
    limit,
    async admit(request) {
      return admit({
        ...request,
        store,
        limit: await limit(request.key),
        leaseSeconds: inputs.leaseSeconds ?? DEFAULT_LEASE_SECONDS,
      });
    },
  };
}
