import { CatalogError } from './catalog/validate.js';

/**
 * Errors a person can act on carry their own message; anything else is a bug, reported
 * with its message (never a stack trace) and a pointer to where to report it.
 */
export class UserError extends Error {
  override name = 'UserError';
}

const USER_ERROR_NAMES = new Set([
  'UserError',
  'CatalogError',
  'SelectionError',
  'BenchmarkConfigError',
  'ThresholdSyntaxError',
]);

export function describeError(error: unknown): string {
  if (error instanceof Error && USER_ERROR_NAMES.has(error.name)) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${message} (please report it at https://github.com/mcc/e2e-action/issues; rerun with MCC_E2E_DEBUG=1 for the stack)`;
}

export function debugStack(error: unknown): string | undefined {
  return process.env.MCC_E2E_DEBUG && error instanceof Error ? error.stack : undefined;
}

export { CatalogError };
