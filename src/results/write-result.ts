import type { RunResult } from '../lifecycle/engine.js';
import type { ArtifactSink, ResultStore } from './store.js';

export interface ResultSinks {
  store: ResultStore;
  artifacts: ArtifactSink;
}

export interface WriteOutcome {
  /** false when a newer run's result stays in the table */
  written: boolean;
  note?: string;
  /** every sink that failed, by name; empty when all were written */
  problems: string[];
}

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * The end of a run: the record and history (the store), then result.json, summary.md and the
 * logs (the artifacts). Each is written whatever happened to the other; a failure is named, so
 * the step can fail loudly without losing what could be written.
 */
export async function writeRunResult(
  result: RunResult,
  summaryMarkdown: string,
  sinks: ResultSinks,
): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { written: false, problems: [] };
  try {
    Object.assign(outcome, await sinks.store.finishRun(result));
  } catch (error) {
    outcome.problems.push(
      `the record and history of ${result.catalogId} could not be written to ${sinks.store.description} (${describe(error)})`,
    );
  }
  try {
    await sinks.artifacts.writeRunArtifacts(result, summaryMarkdown);
  } catch (error) {
    outcome.problems.push(
      `result.json and summary.md of ${result.catalogId} could not be written (${describe(error)})`,
    );
  }
  return outcome;
}
