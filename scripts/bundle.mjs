// Builds one ncc bundle per entry into dist/<entry>/ (committed; check-dist compares a fresh build).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const ENTRIES = {
  run: 'src/actions/run.ts',
  cleanup: 'src/actions/cleanup.ts',
  plan: 'src/actions/plan.ts',
  report: 'src/actions/report.ts',
  cli: 'src/cli/index.ts',
};

const only = process.argv.slice(2);
for (const [name, source] of Object.entries(ENTRIES)) {
  if (only.length > 0 && !only.includes(name)) continue;
  if (!existsSync(source)) {
    console.error(`bundle: ${source} does not exist`);
    process.exit(1);
  }
  rmSync(`dist/${name}`, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      source,
      '-o',
      `dist/${name}`,
      '--license',
      'licenses.txt',
      '-q',
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
