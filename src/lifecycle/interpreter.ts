import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';

/** What starts a file the kernel can exec itself: a `#!` line, or an ELF binary. */
const EXECUTABLE_MAGIC = ['#!', '\x7fELF'];

/**
 * The argv to spawn for a stage. A script without a `#!` line (MCC 1.6.0's do/benchmark) cannot
 * be exec'd: the kernel refuses it and the C library falls back to /bin/sh, which is not bash on
 * Debian (`set -o pipefail` fails, exit 2). MCC's do/ scripts are bash, so such a script runs
 * with bash — still an argv array, never a shell string. Anything else is left as it is.
 */
export function withInterpreter(argv: readonly string[], cwd: string): string[] {
  const [command] = argv;
  if (command === undefined || !command.includes('/')) return [...argv];
  const head = Buffer.alloc(4);
  let length: number;
  try {
    const fd = openSync(resolve(cwd, command), 'r');
    try {
      length = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return [...argv]; // missing or unreadable: spawn reports it as for any command
  }
  const start = head.subarray(0, length).toString('latin1');
  return EXECUTABLE_MAGIC.some((magic) => start.startsWith(magic)) ? [...argv] : ['bash', ...argv];
}
