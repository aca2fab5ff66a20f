// Release checks for a version tag: node scripts/release-check.mjs v1.2.3 [--notes]
// The tag must be vX.Y.Z, equal package.json's version and have a `## [X.Y.Z]` section in
// CHANGELOG.md; --notes prints that section (the GitHub release notes).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The problems with releasing `tag` from these files (empty = releasable), and its notes. */
export function checkRelease(tag, packageJson, changelog) {
  const problems = [];
  const match = /^v(\d+\.\d+\.\d+)$/.exec(tag ?? '');
  if (!match) return { problems: [`tag "${tag}" is not vX.Y.Z`], notes: '' };
  const version = match[1];
  if (packageJson.version !== version)
    problems.push(
      `package.json has version ${packageJson.version}, the tag says ${version}: bump it and tag again`,
    );
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`).test(l));
  if (start < 0) problems.push(`CHANGELOG.md has no "## [${version}]" section`);
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  const notes =
    start < 0
      ? ''
      : lines
          .slice(start + 1, end < 0 ? undefined : end)
          .join('\n')
          .trim();
  if (start >= 0 && !notes) problems.push(`CHANGELOG.md's "## [${version}]" section is empty`);
  return { problems, notes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [tag, flag] = process.argv.slice(2);
  const { problems, notes } = checkRelease(
    tag,
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')),
    readFileSync(join(root, 'CHANGELOG.md'), 'utf8'),
  );
  for (const p of problems) console.error(`::error::release ${tag}: ${p}`);
  if (problems.length > 0) process.exit(1);
  console.log(flag === '--notes' ? notes : `release ${tag}: package.json and CHANGELOG.md agree`);
}
