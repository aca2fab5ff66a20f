import * as core from '@actions/core';
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The state main hands its post step lives in a file any process of the job can write
 * (GITHUB_STATE is withheld from stages, but the file can still be found), so the post step
 * trusts only values main signed: each value carries an HMAC (`<name>-mac`) keyed by a secret
 * of the runner that main and post both get and stages never do (ACTIONS_* is withheld from
 * them). Without that secret (not on a runner) nothing can be verified and values are taken as
 * they are.
 */
const KEY_SOURCES = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];

function stateKey(env: NodeJS.ProcessEnv): Buffer | undefined {
  const secret = KEY_SOURCES.map((name) => env[name]).find(Boolean);
  return secret ? createHmac('sha256', 'mcc-e2e post-step state').update(secret).digest() : undefined;
}

const macName = (name: string): string => `${name}-mac`;

function sign(name: string, value: string, env: NodeJS.ProcessEnv): string | undefined {
  const key = stateKey(env);
  return key ? createHmac('sha256', key).update(`${name}\n${value}`).digest('hex') : undefined;
}

/** what main saved so far, written again once the stages are over (a stage may have truncated the file) */
const saved = new Map<string, string>();

export function saveSignedState(name: string, value: string, env = process.env): void {
  saved.set(name, value);
  core.saveState(name, value);
  const mac = sign(name, value, env);
  if (mac) core.saveState(macName(name), mac);
}

/** Writes every value again, after the last stage: the runner keeps the last line of each name. */
export function resaveSignedState(env = process.env): void {
  for (const [name, value] of saved) saveSignedState(name, value, env);
}

/**
 * 'absent': never saved (an empty value without a signature — a writer could blank a value that
 * way too, which the resave after the last stage undoes while main lives).
 */
export type StateTrust = 'signed' | 'altered' | 'absent' | 'unverifiable';

export interface StateValue {
  value: string;
  trust: StateTrust;
}

export function readSignedState(name: string, env = process.env): StateValue {
  const value = core.getState(name);
  const expected = sign(name, value, env);
  if (!expected) return { value, trust: 'unverifiable' };
  const mac = core.getState(macName(name));
  if (value === '' && mac === '') return { value, trust: 'absent' };
  const same = mac.length === expected.length && timingSafeEqual(Buffer.from(mac), Buffer.from(expected));
  return { value, trust: same ? 'signed' : 'altered' };
}
