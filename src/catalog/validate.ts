import { Ajv, type ErrorObject } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { catalogSchema } from './schema.js';
import { flagValue, parseArgs } from './args.js';
import { computeConfigId } from './config-id.js';
import { TRACK_TARGETS, type Catalog, type CatalogEntry, type RawCatalogEntry } from './types.js';
import {
  isLifecycleStage,
  LIFECYCLE_STAGE_NAMES,
  MCC_DO_SCRIPTS,
  tuneTechniqueOf,
} from '../lifecycle/stages.js';
import { checkStageCommands } from '../lifecycle/overrides.js';
import { isSchedule } from '../lifecycle/schedule.js';

/** One problem in a catalog: where (JSON path, line, column) and a sentence a person can act on. */
export interface CatalogProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export class CatalogError extends Error {
  constructor(
    readonly file: string,
    readonly problems: CatalogProblem[],
  ) {
    super(
      `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((p) => formatProblem(file, p)).join('\n')}`,
    );
    this.name = 'CatalogError';
  }
}

export function formatProblem(file: string, p: CatalogProblem): string {
  const where = p.line !== undefined ? `${file}:${p.line}:${p.column}` : file;
  return `  ${where}  ${p.path}: ${p.message}`;
}

export type Segment = string | number;

export function jsonPath(segments: readonly Segment[]): string {
  return segments.reduce<string>((path, s) => {
    if (typeof s === 'number') return `${path}[${s}]`;
    return /^[A-Za-z_$][\w$]*$/.test(s) ? `${path}.${s}` : `${path}[${JSON.stringify(s)}]`;
  }, '$');
}

// Cold start: the schema is ours and tested, so it is not checked against the JSON Schema
// meta-schema on every start, and the validator is compiled without the optimising pass.
const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, code: { optimize: false } });
const validateSchema = ajv.compile(catalogSchema);

const REGION =
  /^(us|eu|ap|sa|ca|me|af|il|mx|cn)(-gov|-iso|-isob)?-(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d$/;
const INSTANCE_TYPE = /^ml\.[a-z0-9]+\.[a-z0-9]+$/;
const MODEL_NAME = /^([A-Za-z0-9][\w.-]*\/[\w.-]+|s3:\/\/\S+)$/;
const FORBIDDEN_ENV = [/^AWS_/, /^HF_TOKEN$/, /^GITHUB_/, /^PATH$/, /^NODE_OPTIONS$/, /^LD_/, /^MCC_E2E_/];
const REQUIRED_FLAGS = ['deployment-config', 'model-name', 'instance-type'] as const;
/** MCC's E2E runner and recorder use us-west-2 when an entry's args have no --region. */
export const MCC_DEFAULT_REGION = 'us-west-2';

/** Readable sentences for schema patterns, keyed by the last segment of the path. */
const PATTERN_HINTS: Record<string, string> = {
  id: 'must be lowercase letters, digits and dashes, start with a letter or digit, and be at most 63 characters (stricter than MCC for safety: the id becomes the project name, a command-line argument and SageMaker resource names, which are limited to 63 characters and must not look like a flag)',
  dataset: 'must be an s3://bucket/key URI or hf://org/name',
  env: 'env keys must be UPPER_SNAKE_CASE (A-Z, 0-9, _; not starting with a digit)',
  quotas: 'quota keys are SageMaker instance types such as ml.g5.xlarge',
};

function schemaMessage(error: ErrorObject, data: unknown): { segments: Segment[]; message: string } {
  const segments: Segment[] = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const last = segments[segments.length - 1];
  const got = JSON.stringify(data);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        segments: [...segments, String(params.missingProperty)],
        message: `is required but missing — add "${String(params.missingProperty)}" (see catalog/e2e-catalog.schema.json)`,
      };
    case 'additionalProperties':
      return {
        segments: [...segments, String(params.additionalProperty)],
        message: `unknown field "${String(params.additionalProperty)}" — remove it or fix its spelling`,
      };
    case 'enum':
      return {
        segments,
        message: `is ${got}; use one of ${(params.allowedValues as unknown[]).map((v) => String(v)).join(', ')}`,
      };
    case 'type':
      return {
        segments,
        message: `must be ${String(params.type).replace(',', ' or ')}, not ${describeType(data)}`,
      };
    case 'pattern':
      return {
        segments,
        message: `is ${got}; it ${PATTERN_HINTS[String(last)] ?? `must match ${String(params.pattern)}`}`,
      };
    case 'propertyNames':
      return {
        segments: [...segments, String(params.propertyName)],
        message: `"${String(params.propertyName)}" is not a valid key: ${PATTERN_HINTS[String(last)] ?? 'rename it'}`,
      };
    case 'minimum':
      return {
        segments,
        message: `is ${got}; it must be at least ${String(params.limit)}${segments[0] === 'quotas' ? ' endpoints' : ' seconds'}`,
      };
    case 'maximum':
      return {
        segments,
        message: `is ${typeof data === 'number' && !Number.isFinite(data) ? 'a number too large to hold' : got}; it must be at most ${String(params.limit)}${segments[0] === 'quotas' ? ' endpoints' : ' seconds (7 days)'}`,
      };
    case 'minItems':
      return {
        segments,
        message: `must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`,
      };
    case 'minLength':
      return { segments, message: 'must not be empty' };
    case 'oneOf':
      return {
        segments,
        message: `must be a non-empty string or a non-empty array of strings, not ${describeType(data)}`,
      };
    default:
      return { segments, message: error.message ?? 'is invalid' };
  }
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to hold';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Schema errors, minus the per-branch noise of a failed oneOf and the pattern duplicates of propertyNames. */
function relevantSchemaErrors(errors: ErrorObject[]): ErrorObject[] {
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.schemaPath);
  return errors.filter((e) => {
    if (oneOfPaths.some((p) => e.schemaPath.startsWith(`${p}/`))) return false;
    if (e.keyword === 'pattern' && e.propertyName !== undefined) return false;
    return true;
  });
}

function valueAt(root: unknown, segments: readonly Segment[]): unknown {
  let value: unknown = root;
  for (const s of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[s];
  }
  return value;
}

class ProblemList {
  readonly items: CatalogProblem[] = [];
  constructor(
    private readonly text: string,
    private readonly tree: Node | undefined,
  ) {}

  /** at `offset` when given (a duplicate key: the tree finds only the first), else where the path leads */
  add(segments: Segment[], message: string, offset?: number): void {
    if (offset !== undefined) {
      this.items.push({ path: jsonPath(segments), message, ...lineColumn(this.text, offset) });
      return;
    }
    let node: Node | undefined;
    for (let n = segments.length; n >= 0 && !node; n--) {
      node = this.tree ? findNodeAtLocation(this.tree, segments.slice(0, n)) : undefined;
      // a key's value node: point at its property name, where the reader looks
      if (node?.parent?.type === 'property' && n === segments.length) node = node.parent;
    }
    const position = node ? lineColumn(this.text, node.offset) : {};
    this.items.push({ path: jsonPath(segments), message, ...position });
  }
}

/** A problem at a JSON path, before its line and column are looked up. */
export interface PathProblem {
  at: Segment[];
  message: string;
}

/** Problems found outside the validator (e.g. MCC's rules), with the line and column of each. */
export function locateProblems(text: string, found: readonly PathProblem[]): CatalogProblem[] {
  const list = new ProblemList(text, parseTree(text));
  for (const problem of found) list.add(problem.at, problem.message);
  return list.items;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

export interface ValidationResult {
  catalog?: Catalog;
  problems: CatalogProblem[];
}

export interface ValidationContext {
  file: string;
  workloadNames: ReadonlySet<string>;
  workloadsFile: string;
}

/** Validate catalog text: JSON syntax, the schema, then every cross-check. Collects ALL problems. */
export function validateCatalogText(text: string, ctx: ValidationContext): ValidationResult {
  if (text.trim() === '')
    return {
      problems: [
        {
          path: '$',
          message: 'is empty — write a JSON object with a "configs" array (see catalog/e2e-catalog.json)',
          line: 1,
          column: 1,
        },
      ],
    };
  const tooDeep = nestingBeyond(text, MAX_NESTING);
  if (tooDeep !== undefined) {
    const position = lineColumn(text, tooDeep);
    return {
      problems: [
        {
          path: '$',
          message: `nests arrays and objects deeper than ${MAX_NESTING} levels at line ${position.line}, column ${position.column} — a catalog needs a handful; check the file is the catalog`,
          ...position,
        },
      ],
    };
  }
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false });
  if (syntaxErrors.length > 0 || !tree) {
    const first = syntaxErrors[0];
    const position = lineColumn(text, first?.offset ?? 0);
    return {
      problems: [
        {
          path: '$',
          message: `is not valid JSON: ${first ? describeSyntaxError(printParseErrorCode(first.error)) : 'the file is empty'} at line ${position.line}, column ${position.column} — fix the syntax (a JSON linter or your editor shows the spot)`,
          ...position,
        },
      ],
    };
  }
  const data: unknown = JSON.parse(text);
  const problems = new ProblemList(text, tree);
  if (!isObject(data)) {
    problems.add(
      [],
      `must be a JSON object with a "configs" array, not ${describeType(data)} — see catalog/e2e-catalog.schema.json`,
    );
    return { problems: problems.items };
  }
  for (const duplicate of duplicateKeys(tree)) {
    const first = lineColumn(text, duplicate.first);
    problems.add(
      duplicate.at,
      `duplicate key "${String(duplicate.at[duplicate.at.length - 1])}" (first at line ${first.line}, column ${first.column}) — JSON keeps only the last one; remove one of them`,
      duplicate.offset,
    );
  }
  if (!validateSchema(data)) {
    for (const error of relevantSchemaErrors(validateSchema.errors ?? [])) {
      const { segments, message } = schemaMessage(
        error,
        valueAt(
          data,
          error.instancePath
            .split('/')
            .slice(1)
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
        ),
      );
      problems.add(segments, message);
    }
  }
  const rawEntries = Array.isArray((data as { configs?: unknown }).configs)
    ? ((data as { configs: unknown[] }).configs as RawCatalogEntry[])
    : [];
  const rootSchedule = (data as { schedule?: unknown }).schedule;
  const entries = crossCheck(rawEntries, problems, ctx).map((entry) =>
    entry.schedule === undefined && isSchedule(rootSchedule) ? { ...entry, schedule: rootSchedule } : entry,
  );
  const stageCommands = (data as { stageCommands?: unknown }).stageCommands;
  if (isObject(stageCommands)) {
    for (const p of checkStageCommands(stageCommands)) problems.add(['stageCommands', ...p.at], p.message);
  }
  const quotas = (data as { quotas?: unknown }).quotas;
  if (problems.items.length > 0) return { problems: problems.items };
  return {
    catalog: {
      file: ctx.file,
      entries,
      ...(isObject(stageCommands) ? { stageCommands: stageCommands as Record<string, string[]> } : {}),
      ...(isObject(quotas) ? { quotas: quotas as Record<string, number> } : {}),
    },
    problems: [],
  };
}

/** far beyond any catalog, far below what the parsers' recursion survives */
const MAX_NESTING = 64;

/** The offset where brackets nest deeper than `limit` (strings skipped), else undefined. */
function nestingBeyond(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > limit) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return undefined;
}

/** Keys given twice in one object (JSON.parse silently keeps the last): where, and the first's offset. */
function duplicateKeys(node: Node, at: Segment[] = []): { at: Segment[]; offset: number; first: number }[] {
  const found: { at: Segment[]; offset: number; first: number }[] = [];
  const seen = new Map<string, number>();
  (node.children ?? []).forEach((child, index) => {
    if (node.type === 'object') {
      const [key, value] = child.children ?? [];
      const name = String(key?.value);
      const earlier = seen.get(name);
      if (earlier !== undefined) found.push({ at: [...at, name], offset: key?.offset ?? 0, first: earlier });
      else seen.set(name, key?.offset ?? 0);
      if (value) found.push(...duplicateKeys(value, [...at, name]));
    } else if (node.type === 'array') found.push(...duplicateKeys(child, [...at, index]));
  });
  return found;
}

const SYNTAX_SENTENCES: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name was expected (trailing comma?)',
  ValueExpected: 'a value was expected (trailing comma or missing value?)',
  ColonExpected: 'a ":" was expected',
  CommaExpected: 'a "," was expected',
  CloseBraceExpected: 'a "}" was expected',
  CloseBracketExpected: 'a "]" was expected',
  EndOfFileExpected: 'extra content after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'an unterminated string',
  UnexpectedEndOfNumber: 'an unterminated number',
  InvalidUnicode: 'an invalid unicode escape',
  InvalidEscapeCharacter: 'an invalid escape character',
  InvalidCharacter: 'an invalid character in a string',
};

const describeSyntaxError = (code: string): string => SYNTAX_SENTENCES[code] ?? code;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function crossCheck(raw: RawCatalogEntry[], problems: ProblemList, ctx: ValidationContext): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  const firstIndexById = new Map<string, number>();
  const firstIndexByConfigId = new Map<string, number>();
  raw.forEach((entry, index) => {
    if (!isObject(entry)) return;
    const at = (...rest: Segment[]): Segment[] => ['configs', index, ...rest];
    if (typeof entry.id === 'string') {
      const earlier = firstIndexById.get(entry.id);
      if (earlier !== undefined) {
        problems.add(
          at('id'),
          `duplicate id "${entry.id}" (also at $.configs[${earlier}]) — ids must be unique`,
        );
      } else firstIndexById.set(entry.id, index);
    }
    const lifecycle = Array.isArray(entry.lifecycle)
      ? entry.lifecycle.filter((s) => typeof s === 'string')
      : [];
    checkLifecycle(entry, lifecycle, at, problems);
    checkEnv(entry, at, problems);
    if (
      isObject(entry.benchmark) &&
      typeof entry.benchmark.workload === 'string' &&
      !ctx.workloadNames.has(entry.benchmark.workload)
    ) {
      problems.add(
        at('benchmark', 'workload'),
        `unknown workload "${entry.benchmark.workload}" — use one defined in ${ctx.workloadsFile} (${[...ctx.workloadNames].join(', ')})`,
      );
    }
    if (typeof entry.args !== 'string' && !Array.isArray(entry.args)) return;
    if (Array.isArray(entry.args) && entry.args.some((a) => typeof a !== 'string')) return;
    const { parsed, problems: argProblems } = parseArgs(entry.args);
    for (const p of argProblems)
      problems.add(
        p.index !== undefined && Array.isArray(entry.args) ? at('args', p.index) : at('args'),
        p.message,
      );
    const missing = REQUIRED_FLAGS.filter((f) => flagValue(parsed, f) === undefined);
    for (const flag of missing) problems.add(at('args'), `is missing --${flag} — add --${flag}=<value>`);
    const instanceType = flagValue(parsed, 'instance-type');
    if (instanceType !== undefined && !INSTANCE_TYPE.test(instanceType)) {
      problems.add(
        at('args'),
        `--instance-type "${instanceType}" is not a SageMaker instance type — use the form ml.<family>.<size>, e.g. ml.g5.xlarge`,
      );
    }
    const region = flagValue(parsed, 'region') ?? MCC_DEFAULT_REGION;
    if (!REGION.test(region)) {
      problems.add(at('args'), `--region "${region}" is not an AWS region name — use e.g. us-west-2`);
    }
    const modelName = flagValue(parsed, 'model-name');
    if (modelName !== undefined && !MODEL_NAME.test(modelName)) {
      problems.add(
        at('args'),
        `--model-name "${modelName}" is neither a Hugging Face id (org/name) nor an s3:// URI`,
      );
    }
    const trackTarget =
      typeof entry.track === 'string' ? (TRACK_TARGETS as Record<string, string>)[entry.track] : undefined;
    const explicitTarget = flagValue(parsed, 'deployment-target');
    if (explicitTarget !== undefined && trackTarget !== undefined && explicitTarget !== trackTarget) {
      problems.add(
        at('args'),
        `--deployment-target "${explicitTarget}" contradicts track "${entry.track}" (${trackTarget}) — make them agree`,
      );
    }
    const hasTune = lifecycle.some((s) => tuneTechniqueOf(s) !== undefined);
    if (hasTune && !parsed.flags.has('enable-lora')) {
      problems.add(
        at('args'),
        'the lifecycle has a tune step but args lack --enable-lora — add --enable-lora (adapters need it)',
      );
    }
    if (missing.length > 0 || (explicitTarget ?? trackTarget) === undefined) return;
    const params = {
      deploymentConfig: flagValue(parsed, 'deployment-config') as string,
      modelName: modelName as string,
      instanceType: instanceType as string,
      region,
      deploymentTarget: (explicitTarget ?? trackTarget) as string,
    };
    const configId = computeConfigId(params);
    const earlier = firstIndexByConfigId.get(configId);
    if (earlier !== undefined) {
      problems.add(
        at('args'),
        `has the same configId ${configId} as $.configs[${earlier}] (same deployment config, model, instance, region and target) — the two would overwrite each other's results (stricter than MCC, which checks only ids); remove one or change its args`,
      );
    } else firstIndexByConfigId.set(configId, index);
    entries.push({ ...entry, argv: parsed.argv, params, configId });
  });
  return entries;
}

function checkLifecycle(
  entry: RawCatalogEntry,
  lifecycle: string[],
  at: (...rest: Segment[]) => Segment[],
  problems: ProblemList,
): void {
  const seen = new Set<string>();
  lifecycle.forEach((stage, i) => {
    if (stage === 'generate') {
      problems.add(
        at('lifecycle', i),
        'generate always runs first and is implied — remove it from the lifecycle',
      );
    } else if (stage === 'benchmark') {
      problems.add(
        at('lifecycle', i),
        'benchmark is not a lifecycle step — opt in with "benchmark": { "workload": "<name>" }',
      );
    } else if (!isLifecycleStage(stage)) {
      problems.add(
        at('lifecycle', i),
        `unknown stage "${stage}" — use one of ${LIFECYCLE_STAGE_NAMES.join(', ')}, or one of MCC’s step names: test-<flag> (./do/test --<flag>), <script>-<action> (./do/<script> <action>) or <script>, where <script> is a do/ script MCC generates (${MCC_DO_SCRIPTS.join(', ')})`,
      );
    }
    if (seen.has(stage)) problems.add(at('lifecycle', i), `"${stage}" appears twice — list each stage once`);
    seen.add(stage);
  });
  const indexOf = (name: string): number => lifecycle.indexOf(name);
  const tuneIndex = lifecycle.findIndex((s) => tuneTechniqueOf(s) !== undefined);
  const cleanIndex = indexOf('clean');
  if (cleanIndex >= 0 && cleanIndex !== lifecycle.length - 1) {
    problems.add(at('lifecycle', cleanIndex), 'clean must be the last step — move it to the end');
  }
  if (tuneIndex >= 0) {
    const tuneStage = lifecycle[tuneIndex] as string;
    if (entry.tuneConfig === undefined) {
      problems.add(
        at('tuneConfig'),
        `is required because the lifecycle has "${tuneStage}" — add { "technique", "trainingType", "dataset" }`,
      );
    } else if (isObject(entry.tuneConfig) && entry.tuneConfig.technique !== tuneTechniqueOf(tuneStage)) {
      problems.add(
        at('tuneConfig', 'technique'),
        `is "${String(entry.tuneConfig.technique)}" but the lifecycle runs "${tuneStage}" — make them agree`,
      );
    }
    const testIndex = indexOf('test');
    if (testIndex < 0 || testIndex > tuneIndex) {
      problems.add(
        at('lifecycle', tuneIndex),
        `"${tuneStage}" must come after "test" — the base model is tested before tuning`,
      );
    }
    if (cleanIndex >= 0 && cleanIndex < tuneIndex) {
      problems.add(at('lifecycle', tuneIndex), `"${tuneStage}" must come before "clean"`);
    }
  }
  const adapterAdd = indexOf('adapter-add');
  if (adapterAdd >= 0 && (tuneIndex < 0 || tuneIndex > adapterAdd)) {
    problems.add(at('lifecycle', adapterAdd), '"adapter-add" needs a tune step (e.g. "tune-sft") before it');
  }
  const testAdapter = indexOf('test-adapter');
  if (testAdapter >= 0 && (tuneIndex < 0 || tuneIndex > testAdapter)) {
    problems.add(
      at('lifecycle', testAdapter),
      '"test-adapter" needs a tune step (e.g. "tune-sft") before it',
    );
  }
  if (testAdapter >= 0 && (adapterAdd < 0 || adapterAdd > testAdapter)) {
    problems.add(at('lifecycle', testAdapter), '"test-adapter" must come after "adapter-add"');
  }
}

function checkEnv(
  entry: RawCatalogEntry,
  at: (...rest: Segment[]) => Segment[],
  problems: ProblemList,
): void {
  if (!isObject(entry.env)) return;
  for (const key of Object.keys(entry.env)) {
    if (FORBIDDEN_ENV.some((pattern) => pattern.test(key))) {
      problems.add(
        at('env', key),
        `"${key}" may not be set from the catalog: it would override credentials or the runner (AWS_*, HF_TOKEN, GITHUB_*, PATH, NODE_OPTIONS, LD_*, MCC_E2E_*) — remove it and configure credentials through the action`,
      );
    }
  }
}
