import type { RunResult } from '../lifecycle/engine.js';
import type { CiRecord } from './record.js';
import type { LocalStore } from './local-store.js';
import type { HistoryItem, Registration, ResultStore, RunStart, RunStartInfo } from './store.js';
import type { CatalogEntry } from '../catalog/types.js';

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * The table in front, the local store behind it: every result is also kept locally, so a
 * table that stays unreachable (after the SDK's retries) loses nothing. What went wrong is
 * collected in `problems` for the summary and the step's exit code.
 */
export class ResilientStore implements ResultStore {
  readonly problems: string[] = [];

  constructor(
    private readonly primary: ResultStore,
    private readonly local: LocalStore,
    private readonly tableName: string,
  ) {}

  get description(): string {
    return `${this.primary.description} (mirrored in ${this.local.dir})`;
  }

  async startRun(start: RunStart): Promise<RunStartInfo> {
    const local = await this.local.startRun(start);
    try {
      return await this.primary.startRun(start);
    } catch (error) {
      this.problems.push(
        `could not mark ${start.entry.id} running in DynamoDB table ${this.tableName} (${describe(error)})`,
      );
      return local;
    }
  }

  async finishRun(result: RunResult): Promise<{ written: boolean; note?: string }> {
    // the local copy and the table are independent: one failing never keeps the other from the result
    try {
      await this.local.finishRun(result);
    } catch (error) {
      this.problems.push(
        `the local store ${this.local.dir} could not keep the result of ${result.catalogId} (${describe(error)})`,
      );
    }
    try {
      return await this.primary.finishRun(result);
    } catch (error) {
      const problem = `the result of ${result.catalogId} could not be written to DynamoDB table ${this.tableName} (${describe(error)}); it is kept in ${this.local.dir} and in the run's artifacts`;
      this.problems.push(problem);
      return { written: false, note: problem };
    }
  }

  register(entry: CatalogEntry, registration: Registration, at: Date): Promise<'created' | 'updated'> {
    return this.primary.register(entry, registration, at);
  }

  getRecord(configId: string): Promise<CiRecord | undefined> {
    return this.primary.getRecord(configId);
  }

  get warnings(): readonly string[] {
    return this.primary.warnings ?? [];
  }

  listRecords(): Promise<CiRecord[]> {
    return this.primary.listRecords();
  }

  listHistory(configId: string): Promise<HistoryItem[]> {
    return this.primary.listHistory(configId);
  }
}
