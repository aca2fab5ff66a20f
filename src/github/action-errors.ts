import * as core from '@actions/core';
import { CatalogError } from '../catalog/validate.js';
import { debugStack, describeError } from '../errors.js';

/** Fail the step with a clear message; catalog problems also become file annotations. */
export function failStep(error: unknown): void {
  if (error instanceof CatalogError) {
    for (const p of error.problems) {
      core.error(`${p.path}: ${p.message}`, {
        title: 'Invalid catalog',
        file: error.file,
        startLine: p.line,
        startColumn: p.column,
      });
    }
  }
  const stack = debugStack(error);
  if (stack) core.debug(stack);
  core.setFailed(describeError(error));
}
