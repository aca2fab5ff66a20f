import { dynamoDocumentClient } from '../aws/clients.js';
import { DynamoDbLeaseStore } from '../lifecycle/admission/dynamodb-leases.js';
import { LocalLeaseStore, type Lease, type LeaseStore } from '../lifecycle/admission/leases.js';
import { readSignedState, saveSignedState } from './signed-state.js';

/**
 * The endpoint slot main holds, for its post step (GITHUB_STATE): when main dies before clean,
 * the post step cleans and then gives the slot back, instead of leaving it to expire.
 */
interface SavedLease {
  lease: Pick<Lease, 'region' | 'instanceType' | 'slot' | 'holder'>;
  /** where it lives: the DynamoDB table (and its region), else the local store directory */
  table?: string;
  region: string;
  localDir: string;
}

const KEY = 'lease';

export function saveLeaseState(saved: SavedLease | undefined): void {
  saveSignedState(KEY, saved ? JSON.stringify(saved) : '');
}

function storeOf(saved: SavedLease): LeaseStore {
  return saved.table
    ? new DynamoDbLeaseStore(dynamoDocumentClient({ region: saved.region }), saved.table)
    : new LocalLeaseStore(saved.localDir);
}

/** Gives back the slot main still held; a line for the teardown summary, or undefined. */
export async function releaseSavedLease(): Promise<string | undefined> {
  const { value, trust } = readSignedState(KEY);
  if (trust === 'altered')
    return '⚠️ the endpoint slot in the post-step state was not written by the main step: it is not given back here and frees itself when its lease expires';
  if (!value) return undefined;
  const saved = JSON.parse(value) as SavedLease;
  const { holder, instanceType } = saved.lease;
  try {
    // conditional on the holder: a slot another leg took over after expiry stays theirs
    await storeOf(saved).release(saved.lease);
    return `✅ ${holder.label} holds no ${instanceType} endpoint slot any more`;
  } catch (error) {
    return `⚠️ could not give back the ${instanceType} endpoint slot of ${holder.label} (${(error as Error).message}); it frees itself when its lease expires`;
  }
}
