import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { fsReason, remedyVerb } from '../path-checks.js';

/** Write a report file (dashboard, JUnit XML), creating its directory; a failure names the flag or input. */
export function writeReportFile(file: string, text: string, setting: string): string {
  const path = resolve(file);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new UserError(
      `${setting} ${path} cannot be written: ${fsReason(error, path)} — ${remedyVerb(setting)} a file path in a directory you can write`,
    );
  }
  return path;
}
