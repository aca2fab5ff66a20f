import type { Command } from 'commander';

/**
 * Every command, its one-line description and the module that defines it. The entry point
 * loads only the module of the command being run, so `mcc-e2e --help` (and a command that
 * needs no AWS) starts without evaluating the AWS SDK the other modules bundle.
 */
type Register = (program: Command) => void;

export const COMMAND_GROUPS = [
  {
    load: async (): Promise<Register> => (await import('./catalog-commands.js')).registerCatalogCommands,
    commands: {
      validate: 'validate the catalog (schema and every cross-check); exit 1 with all problems when invalid',
      plan: 'show the entries a selection picks, with timeouts and the cost estimate',
    },
  },
  {
    load: async (): Promise<Register> => (await import('./run-command.js')).registerRunCommand,
    commands: {
      run: 'run the lifecycle of the selected entries (generate → … → clean) and print a results table',
    },
  },
  {
    load: async (): Promise<Register> => (await import('./store-commands.js')).registerStoreCommands,
    commands: {
      register:
        'create the untested record of a catalog entry or of your own generated project (or update it, keeping its test results), like MCC’s do/register --ci; registered projects are re-tested by plan --include-registered',
      sweep:
        'delete the SageMaker inference components, endpoints, endpoint configs and models, and stop the tune jobs, left by finished runs older than a threshold',
    },
  },
  {
    load: async (): Promise<Register> => (await import('./report-commands.js')).registerReportCommands,
    commands: {
      report: 'coverage of the catalog: status per config, regressions, flakiness, a release gate',
      status: 'totals of running, passing, failing and untested configs, and the last completed run',
      dashboard: 'serve the live HTML dashboard (refreshes itself from the store)',
    },
  },
] as const;

type KeysOf<T> = T extends unknown ? keyof T : never;
type CommandName = KeysOf<(typeof COMMAND_GROUPS)[number]['commands']>;

export const COMMAND_DESCRIPTIONS: Record<CommandName, string> = Object.assign(
  {},
  ...COMMAND_GROUPS.map((group) => group.commands),
);

/** Options of the program itself that take a value (their value is not a command name). */
const GLOBAL_OPTIONS_WITH_VALUE = new Set(['--catalog']);

/** The command named on the command line (`help <command>` names it too), if any. */
export function requestedCommand(argv: readonly string[]): string | undefined {
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (GLOBAL_OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) words.push(arg);
    else if (words.length > 0) break;
  }
  return words[0] === 'help' ? words[1] : words[0];
}
