import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';

const REASONS: Record<string, string> = {
  EEXIST: 'a file is in the way of its directory',
  ENOTDIR: 'a file is in the way of its directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  EISDIR: 'it is a directory',
};

/** Write a report file (dashboard, JUnit XML), creating its directory; a failure names the flag or input. */
export function writeReportFile(file: string, text: string, setting: string): string {
  const path = resolve(file);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new UserError(
      `${setting}: cannot write ${path} (${(code && REASONS[code]) ?? message}) — pass a writable path`,
    );
  }
  return path;
}
