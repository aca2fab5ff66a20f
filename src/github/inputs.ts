import * as core from '@actions/core';
import { UserError } from '../errors.js';

/** Boolean inputs as YAML writes them; anything else is a clear error, never a silent false. */
export function booleanInput(name: string, fallback = false): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1'].includes(raw)) return true;
  if (['false', 'no', '0'].includes(raw)) return false;
  throw new UserError(`input ${name} must be true or false, not "${core.getInput(name)}"`);
}

export function inputOr(name: string, fallback: string): string {
  return core.getInput(name).trim() || fallback;
}
