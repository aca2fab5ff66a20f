/**
 * Adoption from outside: a repository `my-org/my-models` holding only a catalog and the caller
 * workflows of the README calls `mcc/e2e-action/.github/workflows/…@v1`. Every `uses:` reached
 * from its workflows is resolved by GitHub's documented rules (below), against real git
 * repositories built here: this repository's files committed and tagged `v1`, then a later
 * commit on main that moves things, so a resolution that read the wrong commit would fail.
 *
 * GitHub's rules, as implemented by `resolve` (docs: "Reusing workflows", "Workflow syntax:
 * jobs.<job_id>.steps[*].uses", changelog 2026-07-30 "self-repository syntax"):
 * - job `uses: owner/repo/.github/workflows/x.yml@ref` — that repository at ref;
 *   `./.github/workflows/x.yml` — the caller's repository at the caller's commit.
 * - step `uses: owner/repo[/path]@ref` — that repository at ref; `./path` — the job's workspace,
 *   i.e. what actions/checkout put there: the repository that triggered the run (the caller);
 *   `$/path` — the repository of the file it appears in, at the commit that is running, never
 *   with an @ref. The action is `action.yml` (or `action.yaml`) in that directory; a composite
 *   action's steps resolve the same way, from the action's own repository and commit.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { ROOT } from '../helpers/runner.js';

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Obj) : {});
const list = (x: unknown): Obj[] => (Array.isArray(x) ? x.map(obj) : []);

const THIS_REPO = 'mcc/e2e-action';
const CALLER = 'my-org/my-models';

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Repositories by owner/name, each a real git repository on disk. */
class Repos {
  constructor(private readonly dirs: Record<string, string>) {}
  has(repo: string): boolean {
    return repo in this.dirs;
  }
  commit(repo: string, ref: string): string {
    return git(this.dirs[repo] as string, 'rev-parse', '--verify', `${ref}^{commit}`);
  }
  /** The file at a commit, or undefined. */
  read(repo: string, commit: string, path: string): string | undefined {
    const r = spawnSync('git', ['show', `${commit}:${path}`], { cwd: this.dirs[repo], encoding: 'utf8' });
    return r.status === 0 ? r.stdout : undefined;
  }
  exists(repo: string, commit: string, path: string): boolean {
    return spawnSync('git', ['cat-file', '-e', `${commit}:${path}`], { cwd: this.dirs[repo] }).status === 0;
  }
}

/** Where one `uses:` led: an action.yml or workflow of a repository at a commit, or a problem. */
interface Resolution {
  from: string;
  uses: string;
  repo?: string;
  commit?: string;
  path?: string;
  external?: boolean;
  problem?: string;
}

/** A file being evaluated: its repository and commit, and (for workflows) the run's workspace. */
interface Origin {
  repo: string;
  commit: string;
  file: string;
  /** the repository actions/checkout puts in the workspace: the one whose event started the run */
  workspaceRepo: string;
  workspaceCommit: string;
}

const SHA = /^[0-9a-f]{40}$/;

function splitRemote(uses: string): { repo: string; path: string; ref: string } | undefined {
  const m = /^([^/@]+)\/([^/@]+)(?:\/([^@]*))?@(.+)$/.exec(uses);
  return m ? { repo: `${m[1]}/${m[2]}`, path: m[3] ?? '', ref: m[4] as string } : undefined;
}

/** Follow every `uses:` from a workflow file, through called workflows and composite actions. */
function resolve(repos: Repos, origin: Origin, out: Resolution[] = []): Resolution[] {
  const text = repos.read(origin.repo, origin.commit, origin.file);
  if (text === undefined) {
    out.push({ from: origin.file, uses: origin.file, problem: `${origin.file} not found` });
    return out;
  }
  const doc = obj(parse(text));
  const from = `${origin.repo}@${origin.commit.slice(0, 7)}:${origin.file}`;
  const isAction = 'runs' in doc;
  const steps: Obj[] = isAction ? list(obj(doc.runs).steps) : [];
  for (const job of Object.values(obj(doc.jobs)).map(obj)) {
    steps.push(...list(job.steps));
    const uses = typeof job.uses === 'string' ? job.uses : '';
    if (!uses) continue;
    // A reusable workflow call.
    let target: { repo: string; commit: string; path: string } | undefined;
    if (uses.startsWith('./')) target = { repo: origin.repo, commit: origin.commit, path: uses.slice(2) };
    else if (uses.startsWith('$/'))
      target = { repo: origin.repo, commit: origin.commit, path: uses.slice(2) };
    else {
      const r = splitRemote(uses);
      if (!r || !repos.has(r.repo)) {
        out.push({ from, uses, problem: `reusable workflow ${uses} cannot be resolved` });
        continue;
      }
      target = { repo: r.repo, commit: repos.commit(r.repo, r.ref), path: r.path };
    }
    if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(target.path)) {
      out.push({ from, uses, problem: 'a reusable workflow must be .github/workflows/<file>.yml' });
      continue;
    }
    out.push({ from, uses, ...target });
    // The called workflow runs with the caller's github context: same workspace repository.
    resolve(repos, { ...origin, repo: target.repo, commit: target.commit, file: target.path }, out);
  }
  for (const step of steps) {
    const uses = typeof step.uses === 'string' ? step.uses : '';
    if (!uses || uses.startsWith('docker://')) continue;
    let target: { repo: string; commit: string; path: string };
    if (uses.startsWith('$/')) {
      if (uses.includes('@')) {
        out.push({ from, uses, problem: 'a $/ reference takes no @ref' });
        continue;
      }
      target = { repo: origin.repo, commit: origin.commit, path: uses.slice(2).replace(/\/$/, '') };
    } else if (uses.startsWith('./')) {
      // The workspace: what actions/checkout checked out, the repository that started the run.
      target = {
        repo: origin.workspaceRepo,
        commit: origin.workspaceCommit,
        path: uses.slice(2).replace(/\/$/, ''),
      };
    } else {
      const r = splitRemote(uses);
      if (!r) {
        out.push({ from, uses, problem: 'not owner/repo[/path]@ref' });
        continue;
      }
      if (!repos.has(r.repo)) {
        out.push({
          from,
          uses,
          repo: r.repo,
          external: true,
          ...(SHA.test(r.ref) ? {} : { problem: 'not pinned to a SHA' }),
        });
        continue;
      }
      target = { repo: r.repo, commit: repos.commit(r.repo, r.ref), path: r.path };
    }
    const file = ['action.yml', 'action.yaml']
      .map((f) => (target.path ? `${target.path}/${f}` : f))
      .find((f) => repos.exists(target.repo, target.commit, f));
    if (!file) {
      out.push({
        from,
        uses,
        ...target,
        problem: `Can't find 'action.yml' in ${target.repo}@${target.commit.slice(0, 7)}:${target.path || '.'}`,
      });
      continue;
    }
    out.push({ from, uses, ...target, path: file });
    const action = obj(obj(parse(repos.read(target.repo, target.commit, file) as string)).runs);
    // A JavaScript action's entry points must be in the same commit (dist/ is committed).
    for (const key of ['main', 'post'] as const) {
      const entry = action[key];
      if (typeof entry !== 'string') continue;
      const entryPath = join(dirname(file), entry).replace(/^\.\//, '');
      if (!repos.exists(target.repo, target.commit, entryPath))
        out.push({ from: file, uses: `${key}: ${entry}`, ...target, problem: `${entryPath} missing` });
    }
    if (action.using === 'composite') resolve(repos, { ...origin, ...target, file }, out);
  }
  return out;
}

/** The README's caller workflows: the yaml blocks whose first line names a workflow file. */
function readmeCallers(): Record<string, string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  // A block inside a list item is indented like its fence.
  const blocks = [...readme.matchAll(/^( *)```yaml\n([\s\S]*?)^ *```/gm)].map((m) =>
    (m[2] as string).replace(new RegExp(`^${m[1]}`, 'gm'), ''),
  );
  return Object.fromEntries(
    blocks
      .map((b) => [/^# (\.github\/workflows\/[\w.-]+\.yml)/.exec(b)?.[1], b] as const)
      .filter((e): e is readonly [string, string] => Boolean(e[0]) && e[1].includes(`${THIS_REPO}/`)),
  );
}

let base: string;
let repos: Repos;
let v1: string;
let callerHead: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'mcc-adoption-'));
  // This repository as published: its tracked files (as they are in this work tree) and dist/.
  const ours = join(base, 'e2e-action');
  mkdirSync(ours);
  const files = git(ROOT, 'ls-files', '--cached', '--others', '--exclude-standard').split('\n');
  for (const f of [...files, 'dist'].filter(Boolean)) {
    try {
      cpSync(join(ROOT, f), join(ours, f), { recursive: true });
    } catch {
      // deleted in the work tree
    }
  }
  git(ours, 'init', '-q', '-b', 'main');
  git(ours, 'add', '-A', '-f');
  git(ours, 'commit', '-qm', 'v1.0.0');
  git(ours, 'tag', 'v1.0.0');
  git(ours, 'tag', 'v1');
  v1 = git(ours, 'rev-parse', 'HEAD');
  // Later work on main that a caller of @v1 must not see: the actions move away.
  for (const d of ['plan', 'report', 'cli']) rmSync(join(ours, d), { recursive: true });
  rmSync(join(ours, 'action.yml'));
  git(ours, 'add', '-A');
  git(ours, 'commit', '-qm', 'main moves on');

  // The adopting repository: a catalog and the README's caller workflows, nothing else.
  const caller = join(base, 'my-models');
  mkdirSync(join(caller, 'catalog'), { recursive: true });
  cpSync(join(ROOT, 'catalog/e2e-catalog.json'), join(caller, 'catalog/e2e-catalog.json'));
  for (const [file, text] of Object.entries(readmeCallers())) {
    mkdirSync(join(caller, dirname(file)), { recursive: true });
    writeFileSync(join(caller, file), text);
  }
  git(caller, 'init', '-q', '-b', 'main');
  git(caller, 'add', '-A');
  git(caller, 'commit', '-qm', 'catalog and callers');
  callerHead = git(caller, 'rev-parse', 'HEAD');
  repos = new Repos({ [THIS_REPO]: ours, [CALLER]: caller });
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const callerOrigin = (file: string): Origin => ({
  repo: CALLER,
  commit: callerHead,
  file,
  workspaceRepo: CALLER,
  workspaceCommit: callerHead,
});

describe('an outside repository adopting the reusable workflows (GitHub resolution rules)', () => {
  it('the README gives the callers for the tiers, the PR check and the sweep', () => {
    expect(Object.keys(readmeCallers()).sort()).toEqual([
      '.github/workflows/e2e-ci.yml',
      '.github/workflows/pr-check.yml',
      '.github/workflows/sweep.yml',
    ]);
  });

  it.each(['.github/workflows/e2e-ci.yml', '.github/workflows/pr-check.yml', '.github/workflows/sweep.yml'])(
    '%s: every uses: reached is an action.yml of mcc/e2e-action at v1 or a SHA-pinned third party, none in the caller',
    (file) => {
      const reached = resolve(repos, callerOrigin(file));
      expect(reached.filter((r) => r.problem)).toEqual([]);
      expect(reached.filter((r) => r.repo === CALLER)).toEqual([]);
      const ours = reached.filter((r) => r.repo === THIS_REPO);
      expect(ours.length).toBeGreaterThan(1);
      for (const r of ours) expect({ uses: r.uses, commit: r.commit }).toEqual({ uses: r.uses, commit: v1 });
      expect(reached.filter((x) => !x.external && x.repo !== THIS_REPO)).toEqual([]);
    },
  );

  it('the tier workflow reaches the run, plan and report actions of v1 with their bundles', () => {
    const reached = resolve(repos, callerOrigin('.github/workflows/e2e-ci.yml'));
    expect(
      [...new Set(reached.filter((r) => r.repo === THIS_REPO).map((r) => `${r.uses} → ${r.path}`))].sort(),
    ).toEqual([
      '$/ → action.yml',
      '$/plan → plan/action.yml',
      '$/report → report/action.yml',
      'mcc/e2e-action/.github/workflows/e2e-issues.yml@v1 → .github/workflows/e2e-issues.yml',
      'mcc/e2e-action/.github/workflows/e2e-tier.yml@v1 → .github/workflows/e2e-tier.yml',
    ]);
    // checkout, setup-node, configure-aws-credentials, upload/download-artifact, Pages: pinned.
    expect(reached.filter((r) => r.external).every((r) => /@[0-9a-f]{40}$/.test(r.uses))).toBe(true);
  });

  it('the PR check and the sweep reach the cli composite action of v1, and through it a pinned setup-node', () => {
    const reached = [
      ...resolve(repos, callerOrigin('.github/workflows/pr-check.yml')),
      ...resolve(repos, callerOrigin('.github/workflows/sweep.yml')),
    ];
    const cli = reached.filter((r) => r.uses === '$/cli');
    expect(cli.length).toBeGreaterThan(0);
    for (const r of cli) expect(r).toMatchObject({ repo: THIS_REPO, commit: v1, path: 'cli/action.yml' });
    expect(
      reached.some((r) => r.from.endsWith(':cli/action.yml') && r.uses.startsWith('actions/setup-node@')),
    ).toBe(true);
  });

  it('a caller pinned to the full SHA of v1 gets the actions of that commit', () => {
    const text = (repos.read(CALLER, callerHead, '.github/workflows/e2e-ci.yml') as string).replace(
      '@v1',
      `@${v1}`,
    );
    const dir = join(base, 'pinned');
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/e2e-ci.yml'), text);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'pinned');
    const head = git(dir, 'rev-parse', 'HEAD');
    const pinnedRepos = new Repos({ [THIS_REPO]: join(base, 'e2e-action'), 'my-org/pinned': dir });
    const reached = resolve(pinnedRepos, {
      repo: 'my-org/pinned',
      commit: head,
      file: '.github/workflows/e2e-ci.yml',
      workspaceRepo: 'my-org/pinned',
      workspaceCommit: head,
    });
    expect(reached.filter((r) => r.problem)).toEqual([]);
    expect(new Set(reached.filter((r) => r.repo === THIS_REPO).map((r) => r.commit))).toEqual(new Set([v1]));
  });

  it('control: the same tier workflow with ./plan would look in the caller checkout and fail', () => {
    const ours = join(base, 'e2e-action');
    git(ours, 'checkout', '-q', '-b', 'control', 'v1');
    const tier = join(ours, '.github/workflows/e2e-tier.yml');
    writeFileSync(tier, readFileSync(tier, 'utf8').replace('uses: $/plan', 'uses: ./plan'));
    git(ours, 'commit', '-qam', 'control: ./plan');
    git(ours, 'tag', 'control-tag');
    const text = (repos.read(CALLER, callerHead, '.github/workflows/e2e-ci.yml') as string).replace(
      '@v1',
      '@control-tag',
    );
    const caller = join(base, 'my-models');
    writeFileSync(join(caller, '.github/workflows/control.yml'), text);
    git(caller, 'add', '-A');
    git(caller, 'commit', '-qm', 'control caller');
    const head = git(caller, 'rev-parse', 'HEAD');
    const reached = resolve(repos, {
      ...callerOrigin('.github/workflows/control.yml'),
      commit: head,
      workspaceCommit: head,
    });
    expect(reached.filter((r) => r.problem)).toEqual([
      expect.objectContaining({
        uses: './plan',
        repo: CALLER,
        problem: `Can't find 'action.yml' in ${CALLER}@${head.slice(0, 7)}:plan`,
      }),
    ]);
  });

  it('@main (after the actions moved) fails: resolution reads the called ref, not the newest commit', () => {
    const text = (repos.read(CALLER, callerHead, '.github/workflows/e2e-ci.yml') as string).replace(
      '@v1',
      '@main',
    );
    const caller = join(base, 'my-models');
    writeFileSync(join(caller, '.github/workflows/at-main.yml'), text);
    git(caller, 'add', '-A');
    git(caller, 'commit', '-qm', 'at main');
    const head = git(caller, 'rev-parse', 'HEAD');
    const reached = resolve(repos, {
      ...callerOrigin('.github/workflows/at-main.yml'),
      commit: head,
      workspaceCommit: head,
    });
    expect(reached.filter((r) => r.problem).map((r) => r.uses)).toEqual(
      expect.arrayContaining(['$/plan', '$/', '$/report']),
    );
  });

  it("GitHub's parser accepts each caller against the called workflow's inputs at v1", async () => {
    for (const [file, text] of Object.entries(readmeCallers())) {
      const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
      expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
      const template = await convertWorkflowTemplate(
        parsed.context,
        parsed.value!,
        {
          getFileContent: async (ref) => {
            if (!('repository' in ref)) throw new Error(`local ${ref.path} is not in the caller`);
            const content = repos.read(
              `${ref.owner}/${ref.repository}`,
              repos.commit(`${ref.owner}/${ref.repository}`, ref.version),
              ref.path,
            );
            if (content === undefined) throw new Error(`${ref.path} not found`);
            return { name: ref.path, content };
          },
        },
        { fetchReusableWorkflowDepth: 2 },
      );
      expect({ file, errors: (template.errors ?? []).map((e) => e.Message) }).toEqual({ file, errors: [] });
    }
    // And it would refuse an input the tier workflow does not have.
    const wrong = (readmeCallers()['.github/workflows/e2e-ci.yml'] as string).replace(
      'tier: ci',
      'tier: ci\n      bogus: 1',
    );
    const parsed = parseWorkflow({ name: 'x.yml', content: wrong }, new NoOperationTraceWriter());
    const template = await convertWorkflowTemplate(
      parsed.context,
      parsed.value!,
      {
        getFileContent: async (ref) => ({
          name: ref.path,
          content: repos.read(THIS_REPO, v1, ref.path) as string,
        }),
      },
      { fetchReusableWorkflowDepth: 1 },
    );
    expect((template.errors ?? []).map((e) => e.Message).join('\n')).toMatch(/bogus/);
  });
});
