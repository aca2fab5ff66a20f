import { existsSync, readFileSync, statSync } from 'node:fs';
import { XML_ENTITIES } from '../entities.js';

/**
 * Secret values never reach a summary, record, output, log or upload: every text that leaves a
 * stage passes through the run's one Scrubber, a registry fed by every secret the run knows (the
 * Hugging Face token, the OIDC token and each refresh of it, AWS keys, secret-looking inputs).
 * Like GitHub's runner it registers the encoded forms a secret shows up in (base64 at the three
 * byte offsets, URL, JSON, XML/HTML, trimmed quotes; each line of a multi-line value), plus hex
 * and lowercase percent-encoding. Matching ignores line breaks, so a secret split over lines is
 * still caught; streams keep back only what could be the start of a secret.
 */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY|ACCESS_KEY|API_KEY|SESSION)/i;
/** names that point at a secret rather than hold one (AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_SESSION_NAME) */
const POINTER_NAME = /_(FILE|URL|NAME|ARN|PATH|DIR)$/i;
/** files that hold a secret (the web identity token), read again at every stage: they are refreshed */
const SECRET_FILE_VARIABLES = ['AWS_WEB_IDENTITY_TOKEN_FILE'];
const MIN_SECRET_LENGTH = 6;
const MAX_SECRET_FILE_BYTES = 64 * 1024;
export const MASK = '***';

const LINE_BREAK = /[\r\n]/;

/** base64 of the value as it appears inside a longer base64 text: only the characters it alone determines */
function base64AtOffset(bytes: Buffer, offset: number, alphabet: 'base64' | 'base64url'): string {
  const encoded = Buffer.concat([Buffer.alloc(offset), bytes])
    .toString(alphabet)
    .replace(/=+$/, '');
  const total = offset + bytes.length;
  // characters carrying bits of the unknown bytes before (offset) or after (a partial last group)
  const lead = Math.ceil((offset * 8) / 6);
  const determined = Math.floor((total * 8) / 6);
  return encoded.slice(lead, determined);
}

/** the characters escaped differ between escapers: &<> only, plus ", plus ' */
const XML_SETS = [/[&<>]/g, /[&<>"]/g, /[&<>"']/g];
const uriEscape = (v: string): string =>
  encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const everyBytePercent = (v: string): string =>
  [...Buffer.from(v)].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
const lowerHexEscapes = (v: string): string => v.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());

/** The encoded forms of one secret value (one line of it). */
const ENCODERS: readonly ((value: string) => string[])[] = [
  (v) => [v],
  (v) =>
    [0, 1, 2].flatMap((o) => [
      base64AtOffset(Buffer.from(v), o, 'base64'),
      base64AtOffset(Buffer.from(v), o, 'base64url'),
    ]),
  (v) => [encodeURIComponent(v), uriEscape(v), everyBytePercent(v)].flatMap((e) => [e, lowerHexEscapes(e)]),
  (v) => [JSON.stringify(v).slice(1, -1)],
  (v) =>
    XML_SETS.flatMap((set) => [
      v.replace(set, (c) => XML_ENTITIES[c] as string),
      v.replace(set, (c) => `&#${c.charCodeAt(0)};`),
      v.replace(set, (c) => `&#x${c.charCodeAt(0).toString(16)};`),
    ]),
  (v) => [v.replace(/^"+|"+$/g, ''), v.replace(/"/g, '\\"'), v.replace(/'/g, "''")],
  (v) => [Buffer.from(v).toString('hex'), Buffer.from(v).toString('hex').toUpperCase()],
];

/** Masked ranges [start, end) of text, matching every secret with line breaks ignored. */
function maskedRanges(text: string, secrets: readonly string[]): [number, number][] {
  // the text without line breaks; breaks[k] - k is where the k-th break sat in that joined text
  const joined = text.replace(/[\r\n]/g, '');
  const breaks: number[] = [];
  if (joined.length !== text.length) for (const m of text.matchAll(/[\r\n]/g)) breaks.push(m.index);
  const original = (j: number): number => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] as number) - mid <= j) lo = mid + 1;
      else hi = mid;
    }
    return j + lo;
  };
  const ranges: [number, number][] = [];
  for (const secret of secrets) {
    for (let at = joined.indexOf(secret); at >= 0; at = joined.indexOf(secret, at + 1)) {
      ranges.push([original(at), original(at + secret.length - 1) + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Each masked range becomes MASK; the line breaks inside it stay, so lines stay lines. */
function applyMask(text: string, ranges: readonly [number, number][]): string {
  let out = '';
  let from = 0;
  for (const [start, end] of ranges) {
    out += text.slice(from, start);
    out += text
      .slice(start, end)
      .split(/(\r?\n|\r)/)
      .map((part, i) => (i % 2 === 1 ? part : part ? MASK : ''))
      .join('');
    from = end;
  }
  return out + text.slice(from);
}

/** The values of an environment's secret-looking variables (not those that only point at one). */
export function secretEnvironmentValues(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name, value]) => value && SECRET_NAME.test(name) && !POINTER_NAME.test(name))
    .map(([, value]) => value as string);
}

export class Scrubber {
  private readonly secrets = new Set<string>();
  /** longest first, so a secret containing another is masked whole */
  private sorted: string[] = [];
  private byFirstCharacter = new Map<string, string[]>();

  constructor(values: Iterable<string> = []) {
    for (const v of values) this.add(v);
  }

  /** The secret-looking variables of an environment, and the files some of them point at. */
  static fromEnvironment(env: NodeJS.ProcessEnv, extra: Iterable<string> = []): Scrubber {
    const scrubber = new Scrubber(extra);
    scrubber.addEnvironment(env);
    return scrubber;
  }

  addEnvironment(env: NodeJS.ProcessEnv): void {
    for (const value of secretEnvironmentValues(env)) this.add(value);
    for (const name of SECRET_FILE_VARIABLES) this.addFileContents(env[name]);
  }

  /** A secret kept in a file (the web identity token): its current contents. */
  addFileContents(file: string | undefined): void {
    if (!file || !existsSync(file)) return;
    try {
      if (statSync(file).size <= MAX_SECRET_FILE_BYTES) this.add(readFileSync(file, 'utf8'));
    } catch {
      /* unreadable now; read again at the next stage */
    }
  }

  /** A secret and its encoded forms; a multi-line secret also line by line. */
  add(value: string | undefined): void {
    if (!value) return;
    const forms = new Set<string>();
    const whole = value.trim();
    const parts = [whole, whole.replace(/[\r\n]+/g, ''), ...whole.split(/\r?\n|\r/).map((l) => l.trim())];
    for (const part of parts) {
      if (part.length < MIN_SECRET_LENGTH) continue;
      for (const encode of ENCODERS) for (const form of encode(part)) forms.add(form);
    }
    let added = false;
    for (const form of forms) {
      // forms with line breaks (e.g. the raw multi-line value) match through their joined form
      if (form.length < MIN_SECRET_LENGTH || LINE_BREAK.test(form) || this.secrets.has(form)) continue;
      this.secrets.add(form);
      added = true;
    }
    if (!added) return;
    this.sorted = [...this.secrets].sort((a, b) => b.length - a.length);
    this.byFirstCharacter = new Map();
    for (const s of this.sorted)
      this.byFirstCharacter.set(s[0] as string, [...(this.byFirstCharacter.get(s[0] as string) ?? []), s]);
  }

  get values(): string[] {
    return [...this.secrets];
  }

  /** the longest registered form: how far back a stream must look */
  get window(): number {
    return this.sorted[0]?.length ?? 0;
  }

  scrub(text: string): string {
    return text ? applyMask(text, this.ranges(text)) : text;
  }

  /** Every string inside a JSON-like value (records, results), scrubbed. */
  scrubDeep<T>(value: T): T {
    if (typeof value === 'string') return this.scrub(value) as T;
    if (Array.isArray(value)) return value.map((v: unknown) => this.scrubDeep(v)) as T;
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, this.scrubDeep(v)]),
      ) as T;
    }
    return value;
  }

  /**
   * Where the tail of a text could still become a secret once more text arrives: the earliest
   * position from which the rest (line breaks ignored) is the start of some registered form.
   */
  pendingFrom(text: string): number {
    const positions: number[] = [];
    for (let i = text.length - 1; i >= 0 && positions.length < this.window; i--) {
      if (text[i] !== '\n' && text[i] !== '\r') positions.push(i);
    }
    positions.reverse();
    const tail = positions.map((i) => text[i]).join('');
    for (let j = 0; j < tail.length; j++) {
      const rest = tail.slice(j);
      const candidates = this.byFirstCharacter.get(rest[0] as string) ?? [];
      if (candidates.some((s) => s.length > rest.length && s.startsWith(rest))) return positions[j] as number;
    }
    return text.length;
  }

  /** Masked ranges of a text (see maskedRanges). */
  ranges(text: string): [number, number][] {
    return this.sorted.length === 0 ? [] : maskedRanges(text, this.sorted);
  }
}

/**
 * Scrubs a stream: a secret split across chunks or lines is still caught. Only what could be
 * the start of a secret is held back (at most the longest secret's length); the rest goes on.
 */
export class StreamScrubber {
  private pending = '';
  constructor(
    private readonly scrubber: Scrubber,
    private readonly emit: (text: string) => void,
  ) {}

  write(chunk: string): void {
    this.pending += chunk;
    const ranges = this.scrubber.ranges(this.pending);
    let cut = this.scrubber.pendingFrom(this.pending);
    // a secret found whole goes out masked whole, never cut in two
    for (const [start, end] of ranges) if (start < cut && cut < end) cut = end;
    const ready = ranges.filter(([, end]) => end <= cut);
    if (cut === 0) return;
    this.emit(applyMask(this.pending.slice(0, cut), ready));
    this.pending = this.pending.slice(cut);
  }

  end(): void {
    if (this.pending) this.emit(this.scrubber.scrub(this.pending));
    this.pending = '';
  }
}
