import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RunResult } from '../lifecycle/engine.js';
import {
  CLEARED_ON_PASS,
  completedStatusOf,
  isCompletedStatus,
  historyItem,
  identityFields,
  isoSeconds,
  NEVER_TESTED,
  registrationDefaults,
  resultFields,
  type CiRecord,
} from './record.js';
import type {
  ArtifactSink,
  HistoryItem,
  Registration,
  ResultStore,
  RunStart,
  RunStartInfo,
} from './store.js';
import type { CatalogEntry } from '../catalog/types.js';
import { historyProblem, recordProblem } from './record-check.js';

export const DEFAULT_LOCAL_DIR = '.mcc-e2e';

/** Write-then-rename, so a reader (the dashboard) never sees half a file. */
function writeJsonAtomic(file: string, data: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(tmp, file);
}

/**
 * The local store: records/<configId>.json (the table's fields), history/<configId>.jsonl
 * (one line per run) and runs/<tier>/<runId>/<catalogId>/ (the run's artifacts).
 */
export class LocalStore implements ResultStore, ArtifactSink {
  readonly dir: string;
  constructor(dir: string = DEFAULT_LOCAL_DIR) {
    this.dir = resolve(dir);
  }

  get description(): string {
    return `local store ${this.dir}`;
  }

  private recordFile(configId: string): string {
    return join(this.dir, 'records', `${configId}.json`);
  }

  async getRecord(configId: string): Promise<CiRecord | undefined> {
    const file = this.recordFile(configId);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CiRecord) : undefined;
  }

  /** records and history lines a reader skipped, each naming its file and field */
  readonly warnings: string[] = [];

  async listRecords(): Promise<CiRecord[]> {
    const dir = join(this.dir, 'records');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) =>
        this.readChecked<CiRecord>(join(dir, f), readFileSync(join(dir, f), 'utf8'), recordProblem),
      );
  }

  async listHistory(configId: string): Promise<HistoryItem[]> {
    const file = join(this.dir, 'history', `${configId}.jsonl`);
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        line.trim() ? this.readChecked<HistoryItem>(`${file}:${i + 1}`, line, historyProblem) : [],
      );
  }

  /** One record or history line, or nothing and a warning saying where and what is wrong. */
  private readChecked<T>(
    where: string,
    text: string,
    problemOf: (value: unknown) => string | undefined,
  ): T[] {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.warnings.push(`${where}: not valid JSON (${(error as Error).message}) — skipped`);
      return [];
    }
    const problem = problemOf(value);
    if (problem) {
      this.warnings.push(`${where}: ${problem} — skipped`);
      return [];
    }
    return [value as T];
  }

  async register(entry: CatalogEntry, registration: Registration, at: Date): Promise<'created' | 'updated'> {
    const old = await this.getRecord(entry.configId);
    const { schemaVersion, ...identity } = identityFields(entry);
    writeJsonAtomic(this.recordFile(entry.configId), {
      ...registrationDefaults(entry, at, schemaVersion),
      ...old,
      ...identity,
      ...(registration.benchmarkEnabled !== undefined
        ? { benchmarkEnabled: registration.benchmarkEnabled }
        : {}),
      ...(registration.benchmarkWorkload ? { benchmarkWorkload: registration.benchmarkWorkload } : {}),
    });
    return old ? 'updated' : 'created';
  }

  async startRun(start: RunStart): Promise<RunStartInfo> {
    const old = await this.getRecord(start.entry.configId);
    writeJsonAtomic(this.recordFile(start.entry.configId), {
      createdAt: isoSeconds(start.startedAt),
      lastTestTimestamp: NEVER_TESTED,
      ...old,
      ...identityFields(start.entry),
      ...(start.entry.benchmark && old?.benchmarkEnabled === undefined ? { benchmarkEnabled: true } : {}),
      testStatus: 'running',
      runId: start.runId,
      ...(start.runUrl ? { runUrl: start.runUrl } : {}),
      runStartedAt: start.startedAt.toISOString(),
    });
    const optIn = { benchmarkEnabled: old?.benchmarkEnabled, benchmarkWorkload: old?.benchmarkWorkload };
    if (old?.testStatus !== 'running') return { previousStatus: completedStatusOf(old), ...optIn };
    // the last run crashed while running: its predecessor's result is in the history
    const completed = (await this.listHistory(start.entry.configId)).filter((h) =>
      isCompletedStatus(h.status),
    );
    return { previousStatus: completed.at(-1)?.status, ...optIn };
  }

  async finishRun(result: RunResult): Promise<{ written: boolean; note?: string }> {
    const old = await this.getRecord(result.configId);
    mkdirSync(join(this.dir, 'history'), { recursive: true });
    appendFileSync(
      join(this.dir, 'history', `${result.configId}.jsonl`),
      `${JSON.stringify(historyItem(result))}\n`,
    );
    // a newer run's result is never overwritten by an older one (the rule of the table's condition)
    if (old?.runId && old.runId !== result.runId && old.runStartedAt && old.runStartedAt > result.startedAt) {
      return {
        written: false,
        note: `a newer run of ${result.catalogId} started after this one, so its result stays in the local store; this run's result is kept in the history and artifacts`,
      };
    }
    const record: Record<string, unknown> = { ...old, ...resultFields(result) };
    if (result.status === 'pass') for (const field of CLEARED_ON_PASS) delete record[field];
    writeJsonAtomic(this.recordFile(result.configId), record);
    return { written: true };
  }

  runDir(result: Pick<RunResult, 'tier' | 'runId' | 'catalogId'>): string {
    return join(this.dir, 'runs', result.tier, result.runId, result.catalogId);
  }

  async writeRunArtifacts(result: RunResult, summaryMarkdown: string): Promise<string[]> {
    const dir = this.runDir(result);
    writeJsonAtomic(join(dir, 'result.json'), result);
    writeFileSync(join(dir, 'summary.md'), summaryMarkdown);
    return [join(dir, 'result.json'), join(dir, 'summary.md')];
  }
}
