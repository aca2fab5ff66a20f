import { readFileSync } from 'node:fs';
import { displayPath } from './load.js';
import { findTuneCatalog, mccRejections } from './mcc-compat.js';
import { formatProblem, locateProblems } from './validate.js';

/** `validate --mcc`: what MCC's own validator would reject in a catalog we accept, as text. */
export function mccReport(
  file: string,
  tuneCatalogFile: string | undefined,
): { rejected: boolean; text: string } {
  const text = readFileSync(file, 'utf8');
  const tune = findTuneCatalog(tuneCatalogFile, process.cwd());
  const problems = locateProblems(text, mccRejections(JSON.parse(text), tune?.catalog));
  const shown = displayPath(file);
  const against = tune
    ? `tuneIds checked against ${displayPath(tune.file)}`
    : 'tuneIds not checked: no MCC tune catalog found (pass --tune-catalog do/.tune_catalog.json of a generated project)';
  if (problems.length === 0) return { rejected: false, text: `MCC's validator accepts it too (${against})` };
  const entries = new Set(problems.map((p) => /^\$\.configs\[(\d+)\]/.exec(p.path)?.[1]));
  return {
    rejected: true,
    text: [
      `MCC's validator would reject ${entries.size} entr${entries.size === 1 ? 'y' : 'ies'} (${problems.length} problem${problems.length === 1 ? '' : 's'}; ${against}):`,
      ...problems.map((p) => formatProblem(shown, p)),
    ].join('\n'),
  };
}
