import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Endpoint slots as leases. One slot per endpoint a (region, instance type) may run at once;
 * a leg holds one from deploy to clean. A lease expires unless its holder renews it, so a leg
 * killed by GitHub (no post step, no release) blocks the others for one lease time at most.
 */
export interface SlotKey {
  region: string;
  instanceType: string;
}

export interface LeaseHolder {
  /** unique per leg attempt: two legs never share it */
  id: string;
  /** what the waiting log shows: the catalog id */
  label: string;
}

export interface Lease extends SlotKey {
  slot: number;
  holder: LeaseHolder;
  /** epoch milliseconds */
  expiresAt: number;
}

export interface LeaseStore {
  readonly description: string;
  /** a free (never taken, released or expired) slot below `limit`, or undefined when all are held */
  tryAcquire(
    key: SlotKey,
    limit: number,
    holder: LeaseHolder,
    ttlMs: number,
    now: number,
  ): Promise<Lease | undefined>;
  /** false when the lease is no longer this holder's (it expired and another leg took it) */
  renew(lease: Lease, ttlMs: number, now: number): Promise<boolean>;
  /** frees the slot if it is still this holder's */
  release(lease: Pick<Lease, 'region' | 'instanceType' | 'slot' | 'holder'>): Promise<void>;
  /** the live leases below `limit`, for "4 of 4 in use by …" */
  held(key: SlotKey, limit: number, now: number): Promise<Lease[]>;
}

/** `us-west-2#ml.g5.xlarge#0`: the DynamoDB key and the local file name of one slot. */
export const slotId = (key: SlotKey, slot: number): string => `${key.region}#${key.instanceType}#${slot}`;

/**
 * The local store's leases: one file per slot under <local store>/leases/, created with O_EXCL
 * (`wx`), so two processes of one machine (parallel CLI runs) never take the same slot.
 * An expired file is taken over by renaming it away first: only one renamer wins.
 */
export class LocalLeaseStore implements LeaseStore {
  readonly dir: string;
  constructor(localStoreDir: string) {
    this.dir = resolve(localStoreDir, 'leases');
  }

  get description(): string {
    return `local leases in ${this.dir}`;
  }

  private file(key: SlotKey, slot: number): string {
    return join(this.dir, `${slotId(key, slot)}.json`);
  }

  private read(file: string): Lease | undefined {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Lease;
    } catch {
      // absent, or being written this instant: treat as held until its writer finishes
      return undefined;
    }
  }

  private create(file: string, lease: Lease): boolean {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    try {
      writeSync(fd, JSON.stringify(lease));
    } finally {
      closeSync(fd);
    }
    return true;
  }

  async tryAcquire(
    key: SlotKey,
    limit: number,
    holder: LeaseHolder,
    ttlMs: number,
    now: number,
  ): Promise<Lease | undefined> {
    mkdirSync(this.dir, { recursive: true });
    for (let slot = 0; slot < limit; slot++) {
      const file = this.file(key, slot);
      const lease: Lease = { ...key, slot, holder, expiresAt: now + ttlMs };
      if (this.create(file, lease)) return lease;
      const current = this.read(file);
      if (current && current.expiresAt < now) {
        const stale = `${file}.expired-${process.pid}-${Math.random().toString(36).slice(2)}`;
        try {
          renameSync(file, stale);
        } catch {
          continue; // another process took it over first
        }
        rmSync(stale, { force: true });
        if (this.create(file, lease)) return lease;
      }
    }
    return undefined;
  }

  async renew(lease: Lease, ttlMs: number, now: number): Promise<boolean> {
    const file = this.file(lease, lease.slot);
    if (this.read(file)?.holder.id !== lease.holder.id) return false;
    const tmp = `${file}.${process.pid}.renew`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, JSON.stringify({ ...lease, expiresAt: now + ttlMs }));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    lease.expiresAt = now + ttlMs;
    return true;
  }

  async release(lease: Pick<Lease, 'region' | 'instanceType' | 'slot' | 'holder'>): Promise<void> {
    const file = this.file(lease, lease.slot);
    if (this.read(file)?.holder.id === lease.holder.id) rmSync(file, { force: true });
  }

  async held(key: SlotKey, limit: number, now: number): Promise<Lease[]> {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return Array.from({ length: limit }, (_, slot) => slot)
      .filter((slot) => names.includes(`${slotId(key, slot)}.json`))
      .map((slot) => this.read(this.file(key, slot)))
      .filter((l): l is Lease => l !== undefined && l.expiresAt >= now);
  }
}
