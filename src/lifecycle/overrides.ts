import { STAGE_TABLE, tuneTechniqueOf, type StageContext } from './stages.js';

/**
 * Per-catalog or per-input stage commands, for teams whose do/ scripts differ: an argv array
 * per stage name, with placeholders filled from the entry. Never a shell string.
 */
export type StageCommands = Record<string, string[]>;

const PLACEHOLDERS: Record<string, (ctx: StageContext) => string> = {
  projectName: (ctx) => ctx.projectName,
  technique: (ctx) => ctx.entry.tuneConfig?.technique ?? '',
  dataset: (ctx) => ctx.entry.tuneConfig?.dataset ?? '',
  trainingType: (ctx) => ctx.entry.tuneConfig?.trainingType ?? '',
  tuneId: (ctx) => ctx.entry.tuneConfig?.tuneId ?? '',
  adapter: (ctx) => `tuned-${ctx.entry.tuneConfig?.technique ?? 'sft'}`,
  workload: (ctx) => ctx.benchmarkWorkload ?? ctx.entry.benchmark?.workload ?? '',
};
const PLACEHOLDER = /\{(\w+)\}/g;

/** generate is the generator command (the generator input); every other stage may be overridden. */
const OVERRIDABLE = (name: string): boolean =>
  name === 'tune' || (name !== 'generate' && STAGE_TABLE.some((row) => row.matches(name)));

export interface OverrideProblem {
  /** the stage name, or the stage name and the argv index */
  at: (string | number)[];
  message: string;
}

export function checkStageCommands(commands: Record<string, unknown>): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  for (const [stage, argv] of Object.entries(commands)) {
    if (!OVERRIDABLE(stage)) {
      problems.push({
        at: [stage],
        message: `"${stage}" is not a stage that can be overridden — use build, push, deploy, test, tune (every tune-*), tune-<technique>, adapter-add, test-adapter, benchmark or clean`,
      });
      continue;
    }
    if (!Array.isArray(argv) || argv.length === 0 || argv.some((t) => typeof t !== 'string' || t === '')) {
      problems.push({
        at: [stage],
        message:
          'must be a non-empty argv array of strings, e.g. ["./do/deploy", "--wait"] (never a shell string)',
      });
      continue;
    }
    argv.forEach((token: string, i) => {
      for (const [, name] of token.matchAll(PLACEHOLDER)) {
        if (!((name as string) in PLACEHOLDERS)) {
          problems.push({
            at: [stage, i],
            message: `unknown placeholder {${name}} — use one of ${Object.keys(PLACEHOLDERS)
              .map((p) => `{${p}}`)
              .join(', ')}`,
          });
        }
      }
    });
  }
  return problems;
}

/** The override for a stage (a tune stage also matches a `tune` key), with its placeholders filled. */
export function overriddenArgv(
  commands: StageCommands | undefined,
  stage: string,
  ctx: StageContext,
): string[] | undefined {
  const template = commands?.[stage] ?? (tuneTechniqueOf(stage) ? commands?.tune : undefined);
  return template?.map((token) =>
    token.replace(PLACEHOLDER, (_m, name: string) => PLACEHOLDERS[name]?.(ctx) ?? `{${name}}`),
  );
}
