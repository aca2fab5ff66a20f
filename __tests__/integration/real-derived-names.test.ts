import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateRealProject, realGeneratorEnv, type RealProject } from '../helpers/real-generator.js';
import { ROOT } from '../helpers/runner.js';
import { loadCatalog, SHIPPED_CATALOG_DIR } from '../../src/catalog/load.js';
import { TUNE_TECHNIQUES } from '../../src/catalog/types.js';
import {
  MAX_PROJECT_NAME,
  MCC_DERIVED_NAMES,
  makeProjectName,
  type DerivedName,
} from '../../src/lifecycle/project-name.js';
import { resolveStages } from '../../src/lifecycle/resolve.js';

/**
 * The names MCC 1.6.0 builds from PROJECT_NAME, taken from the real generator's own scripts: a
 * project generated (by our generate argv) for the longest id of the shipped catalog, under a
 * GitHub-shaped run token, and each name-building line of its do/ scripts expanded by bash (or
 * Python) exactly as written, with the script's own timestamp line. No AWS is needed: these
 * lines compute names before any call.
 */
const catalog = loadCatalog(join(SHIPPED_CATALOG_DIR, 'e2e-catalog.json'));
const LONGEST = [...catalog.entries].sort((a, b) => b.id.length - a.id.length)[0]!;
/** a GitHub run id of today's length (11 digits) and its attempt */
const GITHUB_TOKEN_SHAPE = '19876543210-1';
const TEMPLATES = join(ROOT, 'node_modules/@aws/ml-container-creator/templates/do');

/** Lines that build a name from the project name, in scripts no stage runs or that only look names up. */
const NOT_OURS: { file: RegExp; line?: RegExp; why: string }[] = [
  { file: /^train$/, why: 'no stage runs do/train' },
  { file: /^optimize$/, why: 'no stage runs do/optimize' },
  { file: /^clean\.d\//, line: /-benchmark-config"$/, why: 'a prefix do/clean looks configs up by' },
  { file: /deploy_prompts\.py$/, why: 'an interactive prompt’s default' },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** the row's name as its script writes it: `${PROJECT_NAME}-endpoint-${TIMESTAMP}` */
function rowPattern(row: DerivedName): RegExp {
  const python = row.at.includes('.py:');
  const project = python ? '\\{(?:args\\.)?project_name\\}' : '\\$\\{PROJECT_NAME\\}';
  const value = python ? '\\{[^}]+\\}' : '(?:\\$\\{[A-Za-z_]+\\}|\\$\\(date [^)]*\\))';
  const body = row.template
    .split(/(<[a-z]+>)/)
    .map((part) => (part === '<project>' ? project : /^<[a-z]+>$/.test(part) ? value : escape(part)))
    .join('');
  return new RegExp(`"[^"]*?(${body})"`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('every name MCC 1.6.0 derives from our longest project name fits its SageMaker limit', () => {
  let project: RealProject;
  let projectName: string;
  /** the adapter-add stage's adapter names, from our own stage argv */
  let adapterNames: string[];

  beforeAll(async () => {
    projectName = makeProjectName(LONGEST.id, GITHUB_TOKEN_SHAPE);
    const home = mkdtempSync(join(tmpdir(), 'mcc-home-'));
    project = await generateRealProject(LONGEST, mkdtempSync(join(tmpdir(), 'mcc-names-')), {
      projectName,
      env: realGeneratorEnv({ HOME: home, AWS_REGION: LONGEST.params.region }),
    });
    adapterNames = TUNE_TECHNIQUES.map((technique) => {
      const entry = { ...LONGEST, tuneConfig: { ...LONGEST.tuneConfig!, technique } };
      const stage = resolveStages(entry, { generator: ['mcc'], projectName }).find(
        (s) => s.name === 'adapter-add',
      );
      return stage?.argv[2] as string;
    });
  }, 240_000);

  const scriptText = (file: string) => readFileSync(join(project.dir, 'do', file), 'utf8');
  const fileOf = (row: DerivedName) => row.at.replace(/:\d+$/, '');

  /** Expand the row's line as its script would: the script's own timestamp line first. */
  function expand(row: DerivedName, technique: string, adapterName: string): string {
    const lines = scriptText(fileOf(row)).split('\n');
    const at = lines.findIndex((l) => rowPattern(row).test(l));
    expect([row.at, at >= 0]).toEqual([row.at, true]);
    const expression = (lines[at] as string).match(rowPattern(row))?.[1] as string;
    if (row.at.includes('.py:')) {
      const py = spawnSync(
        'python3',
        [
          '-c',
          `import sys, types\nargs = types.SimpleNamespace(project_name=sys.argv[1])\nprint(f"${expression}")`,
          projectName,
        ],
        { encoding: 'utf8' },
      );
      return py.stdout.trim();
    }
    const variable = expression.match(/\$\{((?:TIMESTAMP|timestamp|ic_timestamp))\}/)?.[1];
    const stampLine = variable
      ? lines
          .slice(0, at)
          .reverse()
          .find((l) => new RegExp(`^\\s*(?:local\\s+)?${variable}=\\$\\(date [^)]*\\)\\s*$`).test(l))
      : undefined;
    if (variable) expect([row.at, stampLine !== undefined]).toEqual([row.at, true]);
    const icConfs = readdirSync(join(project.dir, 'do', 'ic')).filter((f) => f.endsWith('.conf'));
    const script = [
      'set -eu',
      `PROJECT_NAME='${projectName}'`,
      `ARG_TECHNIQUE='${technique}'`,
      `adapter_name='${adapterName}'`,
      `ic_basename=$(basename '${icConfs[0]}' .conf)`,
      (stampLine ?? '').replace(/^\s*local\s+/, '').trim(),
      `printf %s "${expression}"`,
    ].join('\n');
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect([row.at, run.stderr]).toEqual([row.at, '']);
    return run.stdout;
  }

  it('the project name keeps the marker and the run token and is cut with a hash', () => {
    expect(LONGEST.id).toBe('rt-nemotron3-nano-30b-tp4');
    expect(projectName).toMatch(new RegExp(`^rt-[a-z0-9-]*-[0-9a-f]{6}-e2e${GITHUB_TOKEN_SHAPE}$`));
    expect(projectName.length).toBeLessThanOrEqual(MAX_PROJECT_NAME);
    expect(readFileSync(join(project.dir, 'do', 'config'), 'utf8')).toContain(
      `export PROJECT_NAME="${projectName}"`,
    );
  });

  it('the table’s lines are the package’s template lines', () => {
    for (const row of MCC_DERIVED_NAMES) {
      const [file, line] = [fileOf(row), Number(row.at.split(':').pop())];
      const text = readFileSync(join(TEMPLATES, file), 'utf8').split('\n')[line - 1] ?? '';
      expect([row.at, rowPattern(row).test(text)]).toEqual([row.at, true]);
    }
  });

  it('each derived name, expanded by the real script line, is within its limit — with every technique and adapter', () => {
    const measured: string[] = [];
    for (const row of MCC_DERIVED_NAMES) {
      for (const [i, technique] of TUNE_TECHNIQUES.entries()) {
        const name = expand(row, technique, adapterNames[i] as string);
        expect(name.startsWith(`${projectName}-`)).toBe(true);
        expect(name).not.toMatch(/\$|<|\{/);
        if (name.length > row.limit)
          measured.push(`${row.at} ${row.resource} ${name} (${name.length} > ${row.limit})`);
      }
    }
    expect([...new Set(measured)]).toEqual([]);
  });

  it('the tightest of them is exactly at its limit for an id that was cut (the cap is not looser than needed)', () => {
    const room = MCC_DERIVED_NAMES.map(
      (row) =>
        row.limit -
        Math.max(...TUNE_TECHNIQUES.map((t, i) => expand(row, t, adapterNames[i] as string).length)),
    );
    expect(Math.min(...room)).toBe(0);
  });

  it('every name-building line of the generated do/ scripts is a row of the table or named as not ours', () => {
    const doDir = join(project.dir, 'do');
    const shellName = /^\s*(?:local\s+)?\w*(?:NAME|name)="\$\{PROJECT_NAME\}-[^"]*"\s*$/;
    const pythonName = /\w*name\s*=.*f"\{(?:args\.)?project_name\}-/;
    const unknown: string[] = [];
    for (const path of filesUnder(doDir)) {
      const file = relative(doDir, path);
      if (file.endsWith('.md')) continue;
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!shellName.test(line) && !pythonName.test(line)) return;
          if (MCC_DERIVED_NAMES.some((row) => rowPattern(row).test(line))) return;
          if (NOT_OURS.some((n) => n.file.test(file) && (n.line?.test(line.trim()) ?? true))) return;
          unknown.push(`do/${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(unknown).toEqual([]);
  });
});
