import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { terminateGroup } from './process.js';

/**
 * What a killed main leaves behind: its running stage (in its own process group) and anything
 * that stage started, even what escaped the group with setsid. Every stage carries
 * MCC_E2E_RUN_ID and MCC_E2E_CATALOG_ID, and children inherit their environment: a process
 * with both values of this run is ours to kill (Linux /proc).
 */
export interface RunMarker {
  runId: string;
  catalogId: string;
}

const markerVariables = (m: RunMarker): string[] => [
  `MCC_E2E_RUN_ID=${m.runId}`,
  `MCC_E2E_CATALOG_ID=${m.catalogId}`,
];

/** Pids whose environment carries the marker; never this process or its parent. */
export function processesWithMarker(marker: RunMarker, procDir = '/proc'): number[] {
  const wanted = markerVariables(marker);
  const spared = new Set([process.pid, process.ppid]);
  let entries: string[];
  try {
    entries = readdirSync(procDir);
  } catch {
    return [];
  }
  return entries
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => !spared.has(pid))
    .filter((pid) => {
      try {
        const variables = readFileSync(`${procDir}/${pid}/environ`, 'latin1').split('\0');
        return wanted.every((w) => variables.includes(w));
      } catch {
        return false; // gone, or not ours to read
      }
    });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // a zombie has finished; only its parent's wait is missing
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    /* already gone */
  }
}

export interface OrphanReport {
  /** the saved stage group was still alive and has been stopped */
  stoppedGroup: boolean;
  /** pids found by the marker and stopped */
  killed: number[];
  /** pids that would not die (should never happen: SIGKILL) */
  survivors: number[];
}

/** SIGTERM → grace → SIGKILL: the stage group first, then every process with the marker (twice: one may fork meanwhile). */
export async function killOrphans(options: {
  pgid: number;
  marker: RunMarker;
  graceMs: number;
  procDir?: string;
}): Promise<OrphanReport> {
  let stoppedGroup = false;
  if (options.pgid > 0) {
    try {
      process.kill(-options.pgid, 0);
      stoppedGroup = true;
    } catch {
      /* the group is gone */
    }
    if (stoppedGroup) await terminateGroup(options.pgid, options.graceMs);
  }
  const killed = new Set<number>();
  for (let round = 0; round < 2; round++) {
    const found = processesWithMarker(options.marker, options.procDir);
    if (found.length === 0) break;
    for (const pid of found) {
      killed.add(pid);
      signal(pid, 'SIGTERM');
    }
    const deadline = Date.now() + options.graceMs;
    while (Date.now() < deadline && found.some(alive)) await sleep(50);
    for (const pid of found.filter(alive)) signal(pid, 'SIGKILL');
    const killDeadline = Date.now() + 3000;
    while (Date.now() < killDeadline && found.some(alive)) await sleep(20);
  }
  return { stoppedGroup, killed: [...killed], survivors: [...killed].filter(alive) };
}
