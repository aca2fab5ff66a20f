// Installs the Node 24 the real generator needs (@aws/ml-container-creator: node >=24.11.1) into
// .tools/node24, beside the project and outside node_modules, so npm scripts keep the
// machine's own Node (the code must run on both). Prints the directory of its `node` binary.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE24_VERSION = '24.21.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prefix = join(root, '.tools', 'node24');
export const node24BinDir = join(prefix, 'node_modules', 'node', 'bin');

export function ensureNode24() {
  const binary = join(node24BinDir, 'node');
  const version = existsSync(binary)
    ? spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim()
    : '';
  if (version === `v${NODE24_VERSION}`) return node24BinDir;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(
    npm,
    ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', prefix, `node@${NODE24_VERSION}`],
    // npm's own output to stderr: stdout is the binary's directory, for $(node scripts/tools.mjs)
    { stdio: ['ignore', process.stderr, 'inherit'] },
  );
  if (install.status !== 0 || !existsSync(binary)) {
    throw new Error(
      `could not install node@${NODE24_VERSION} into ${prefix} with npm (exit ${install.status})`,
    );
  }
  return node24BinDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureNode24());
  } catch (error) {
    console.error(`tools: ${error.message}`);
    process.exit(1);
  }
}
