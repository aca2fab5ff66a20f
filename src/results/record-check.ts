/**
 * What a record or history item must look like for a report to read it. A store may hold
 * anything (another tool's write, a hand edit, a half-written line): one bad item is skipped
 * with a warning naming where it is and which field, never a report that fails.
 */
type FieldType = 'string' | 'number' | 'boolean' | 'object';

const RECORD_FIELDS: Readonly<Record<string, FieldType>> = {
  configId: 'string',
  testStatus: 'string',
  previousTestStatus: 'string',
  regression: 'boolean',
  failureClass: 'string',
  lastTestTimestamp: 'string',
  lastTestDuration: 'number',
  e2eCatalogId: 'string',
  tier: 'string',
  modelName: 'string',
  instanceType: 'string',
  stageResults: 'object',
  errorMessage: 'string',
  cleanFailed: 'boolean',
  runId: 'string',
  runUrl: 'string',
  runStartedAt: 'string',
  estimatedCostUsd: 'number',
  benchmarkEnabled: 'boolean',
};

const HISTORY_FIELDS: Readonly<Record<string, FieldType>> = {
  configId: 'string',
  runTimestamp: 'string',
  runId: 'string',
  status: 'string',
  failureClass: 'string',
  durationSeconds: 'number',
  estimatedCostUsd: 'number',
};

const REQUIRED_RECORD = ['configId'];
const REQUIRED_HISTORY = ['configId', 'runTimestamp', 'status'];

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

function problemOf(
  value: unknown,
  fields: Readonly<Record<string, FieldType>>,
  required: string[],
): string | undefined {
  if (typeOf(value) !== 'object') return `is ${typeOf(value)}, not a JSON object`;
  const item = value as Record<string, unknown>;
  const missing = required.find((f) => item[f] === undefined);
  if (missing) return `has no field "${missing}"`;
  for (const [field, type] of Object.entries(fields)) {
    const actual = typeOf(item[field]);
    if (item[field] !== undefined && actual !== type)
      return `field "${field}" is ${actual} ${JSON.stringify(item[field])?.slice(0, 40)}, not a ${type}`;
  }
  return undefined;
}

/** Undefined when a report can read it; else what is wrong, naming the field. */
export const recordProblem = (value: unknown): string | undefined =>
  problemOf(value, RECORD_FIELDS, REQUIRED_RECORD);

export const historyProblem = (value: unknown): string | undefined =>
  problemOf(value, HISTORY_FIELDS, REQUIRED_HISTORY);
