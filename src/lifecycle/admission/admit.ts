import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { formatDuration } from '../../report/duration.js';
import { slotId, type Lease, type LeaseHolder, type LeaseStore, type SlotKey } from './leases.js';
import type { SlotLimit } from './quotas.js';

/** Lease time: how long a killed leg can block a slot. Renewed every third of it. */
export const DEFAULT_LEASE_SECONDS = 120;
/** How often a waiting leg looks again (jittered), and how often it says it still waits. */
const POLL_MS = 2000;
const LOG_EVERY_MS = 60_000;

/** A release in this process wakes this process's waiters at once (the CLI's --concurrency). */
const releases = new EventEmitter().setMaxListeners(0);
const keyOf = (key: SlotKey): string => slotId(key, 0).replace(/#0$/, '');

export interface AdmissionRequest {
  store: LeaseStore;
  key: SlotKey;
  limit: SlotLimit;
  holder: LeaseHolder;
  leaseSeconds?: number;
  /** how long the leg may wait: what is left of its job budget */
  waitBudgetSeconds: number;
  signal?: AbortSignal;
  log: (line: string) => void;
  pollMs?: number;
}

/** A held slot: renewed in the background until released. */
export interface Slot {
  lease?: Lease;
  waitedSeconds: number;
  release(): Promise<void>;
}

export type Admission =
  | { admitted: true; slot: Slot }
  | { admitted: false; waitedSeconds: number; reason: string; cancelled: boolean };

const unlimited = (waitedSeconds = 0): Slot => ({ waitedSeconds, release: async () => {} });

function holding(
  store: LeaseStore,
  lease: Lease,
  ttlMs: number,
  waitedSeconds: number,
  log: (l: string) => void,
): Slot {
  const timer = setInterval(() => {
    store
      .renew(lease, ttlMs, Date.now())
      .then((ok) => {
        if (!ok)
          log(
            `warning: the ${lease.instanceType} slot expired before it was renewed; another leg may hold it now`,
          );
      })
      .catch((error: Error) =>
        log(`warning: could not renew the ${lease.instanceType} slot (${error.message})`),
      );
  }, ttlMs / 3);
  timer.unref();
  let released = false;
  return {
    lease,
    waitedSeconds,
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      await store.release(lease);
      releases.emit(keyOf(lease));
    },
  };
}

/**
 * Waits for a slot of the leg's instance type. Quota unknown: no wait. No slot within the wait
 * budget: not admitted (the leg ends `deferred`). A cancel while waiting: not admitted, cancelled.
 */
export async function admit(request: AdmissionRequest): Promise<Admission> {
  const { store, key, holder, log } = request;
  const limit = request.limit.limit;
  log(`endpoint slots: ${request.limit.detail}${limit === undefined ? ' — not held back' : ''}`);
  if (limit === undefined) return { admitted: true, slot: unlimited() };
  const ttlMs = (request.leaseSeconds ?? DEFAULT_LEASE_SECONDS) * 1000;
  const started = Date.now();
  const waited = () => Math.round((Date.now() - started) / 100) / 10;
  const deadline = started + request.waitBudgetSeconds * 1000;
  if (limit <= 0)
    return {
      admitted: false,
      waitedSeconds: 0,
      cancelled: false,
      reason: `no ${key.instanceType} slot: ${request.limit.detail}`,
    };
  let lastLog = 0;
  let lastHolders = '';
  for (;;) {
    const lease = await store.tryAcquire(key, limit, holder, ttlMs, Date.now());
    if (lease) {
      // taken at the first try: no wait
      const waitedSeconds = lastLog > 0 ? waited() : 0;
      if (waitedSeconds > 0)
        log(`admitted to ${key.instanceType} after waiting ${formatDuration(waitedSeconds)}`);
      return { admitted: true, slot: holding(store, lease, ttlMs, waitedSeconds, log) };
    }
    const held = await store.held(key, limit, Date.now());
    const holders = held.map((l) => l.holder.label).join(', ') || 'legs whose leases are expiring';
    const line = `waiting for ${key.instanceType}: ${held.length} of ${limit} in use by ${holders}, waited ${formatDuration(waited())}`;
    if (Date.now() >= deadline)
      return {
        admitted: false,
        waitedSeconds: waited(),
        cancelled: false,
        reason: `no ${key.instanceType} slot within the job budget: ${held.length} of ${limit} in use by ${holders} for ${formatDuration(waited())} (${request.limit.detail})`,
      };
    if (holders !== lastHolders || Date.now() - lastLog >= LOG_EVERY_MS) {
      log(line);
      lastLog = Date.now();
      lastHolders = holders;
    }
    const poll = request.pollMs ?? POLL_MS;
    const woken = new AbortController();
    const wake = () => woken.abort();
    releases.once(keyOf(key), wake);
    request.signal?.addEventListener('abort', wake, { once: true });
    await sleep(Math.min(poll * (0.75 + Math.random() / 2), Math.max(0, deadline - Date.now())), undefined, {
      signal: woken.signal,
    }).catch(() => undefined);
    releases.off(keyOf(key), wake);
    request.signal?.removeEventListener('abort', wake);
    if (request.signal?.aborted)
      return {
        admitted: false,
        waitedSeconds: waited(),
        cancelled: true,
        reason: `cancelled while waiting for a ${key.instanceType} slot`,
      };
  }
}
