import type { CatalogEntry } from '../catalog/types.js';
import { markdownCell, renderMarkdownTable, renderTextTable } from '../report/table.js';
import { resolveStages, type ResolvedStage, type StageOptions } from './resolve.js';

/** argv shown as a person would type it; tokens with spaces or quotes are JSON-quoted. */
export function displayArgv(argv: string[]): string {
  return argv.map((t) => (/^[\w@%+=:,./-]+$/.test(t) ? t : JSON.stringify(t))).join(' ');
}

export interface DryRunEntry {
  entry: CatalogEntry;
  projectName: string;
  stages: ResolvedStage[];
}

export function planDryRun(
  entries: CatalogEntry[],
  options: (entry: CatalogEntry) => StageOptions,
): DryRunEntry[] {
  return entries.map((entry) => {
    const opts = options(entry);
    return { entry, projectName: opts.projectName, stages: resolveStages(entry, opts) };
  });
}

function heading(d: DryRunEntry): string {
  const e = d.entry;
  return `${e.id} — ${e.params.modelName} on ${e.params.instanceType} (tier ${e.tier}, configId ${e.configId}, project ${d.projectName})`;
}

/** `tune-sft submit` for one phase of a scheduled tune, else the stage name. */
export const stepLabel = (s: Pick<ResolvedStage, 'name' | 'phase'>): string =>
  s.phase ? `${s.name} ${s.phase}` : s.name;

const stageRows = (d: DryRunEntry): string[][] =>
  d.stages.map((s) => [stepLabel(s), `${s.timeoutSeconds}s`, s.cwd, displayArgv(s.argv)]);

const envLine = (d: DryRunEntry): string => {
  const keys = [...new Set(d.stages.flatMap((s) => s.envKeys))];
  return `env keys: ${keys.join(', ')}`;
};

export function renderDryRunText(plan: DryRunEntry[]): string {
  const blocks = plan.map((d) =>
    [
      heading(d),
      renderTextTable(['stage', 'timeout', 'cwd', 'argv'], stageRows(d)).replace(/^/gm, '  '),
      `  ${envLine(d)}`,
    ].join('\n'),
  );
  return `${blocks.join('\n\n')}\n\nDry run: ${plan.length} entr${plan.length === 1 ? 'y' : 'ies'} valid; nothing was run.`;
}

export function renderDryRunMarkdown(plan: DryRunEntry[]): string {
  const blocks = plan.map(
    (d) =>
      `#### ${markdownCell(heading(d))}\n\n${renderMarkdownTable(['stage', 'timeout', 'cwd', 'argv'], stageRows(d))}\n\n${markdownCell(envLine(d))}\n`,
  );
  return `### E2E dry run\n\n${blocks.join('\n')}\n${plan.length} entr${plan.length === 1 ? 'y' : 'ies'} valid; nothing was run.\n`;
}
