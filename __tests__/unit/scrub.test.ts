import { describe, expect, it } from '@jest/globals';
import { MASK, Scrubber, StreamScrubber } from '../../src/lifecycle/scrub.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPx&<"Rfi';
const MULTI_LINE =
  '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\nAQEFAASCBKcwggSjAgEAAoIB\n-----END KEY-----';

const lowerPercent = (s: string): string =>
  [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** how secrets get printed: each must come out without any run of the secret's characters */
const PRINTED: Record<string, (s: string) => string> = {
  raw: (s) => `token=${s}.`,
  'base64 at offset 0': (s) => Buffer.from(`${s}:x`).toString('base64'),
  'base64 at offset 1': (s) => Buffer.from(`u${s}:x`).toString('base64'),
  'base64 at offset 2': (s) => Buffer.from(`us${s}:x`).toString('base64'),
  base64url: (s) => Buffer.from(s).toString('base64url'),
  hex: (s) => Buffer.from(s).toString('hex'),
  'upper hex': (s) => Buffer.from(s).toString('hex').toUpperCase(),
  url: (s) => `?t=${encodeURIComponent(s)}`,
  'lowercase %xx': (s) => lowerPercent(s),
  json: (s) => JSON.stringify({ s }),
  html: (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`),
  xml: (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'),
  'split over two lines': (s) => `${s.slice(0, 12)}\n${s.slice(12)}`,
  'split over CRLF lines': (s) => `${s.slice(0, 5)}\r\n${s.slice(5)}`,
};

describe('the secret registry', () => {
  const scrubber = new Scrubber([SECRET]);
  it.each(Object.entries(PRINTED))('masks a secret printed as %s', (_form, print) => {
    const printed = print(SECRET);
    const out = scrubber.scrub(`before ${printed} after`);
    expect(out).toContain(MASK);
    expect(out).not.toContain(printed);
    expect(out.startsWith('before ')).toBe(true);
    expect(out.endsWith(' after')).toBe(true);
  });

  it('keeps the line breaks of a secret split over lines', () => {
    expect(scrubber.scrub(`a ${SECRET.slice(0, 10)}\n${SECRET.slice(10)} b`)).toBe(`a ${MASK}\n${MASK} b`);
  });

  it('masks each line of a multi-line secret on its own, and the whole', () => {
    const multi = new Scrubber([MULTI_LINE]);
    for (const line of MULTI_LINE.split('\n').slice(1, 3))
      expect(multi.scrub(`x ${line} y`)).toBe(`x ${MASK} y`);
    expect(multi.scrub(MULTI_LINE)).not.toMatch(/MIIE|AQEF/);
    expect(multi.scrub(Buffer.from(MULTI_LINE).toString('base64'))).not.toContain(
      Buffer.from(MULTI_LINE).toString('base64').slice(4, -4),
    );
  });

  it('scrubs every string inside records', () => {
    expect(scrubber.scrubDeep({ a: [`x${SECRET}`], n: 1, b: { c: SECRET } })).toEqual({
      a: [`x${MASK}`],
      n: 1,
      b: { c: MASK },
    });
  });

  it('learns a secret later (a refreshed token) and ignores values too short to be secrets', () => {
    const later = new Scrubber();
    later.add('abc');
    expect(later.scrub('abc')).toBe('abc');
    later.add('fresh-token-value');
    expect(later.scrub('fresh-token-value')).toBe(MASK);
  });
});

describe('the stream scrubber', () => {
  const stream = (chunks: string[], secrets = [SECRET]): { out: string; emitted: string[] } => {
    const emitted: string[] = [];
    const s = new StreamScrubber(new Scrubber(secrets), (t) => emitted.push(t));
    for (const c of chunks) s.write(c);
    s.end();
    return { out: emitted.join(''), emitted };
  };

  it('catches a secret cut at every possible chunk boundary', () => {
    const text = `line one\n${'x'.repeat(100)}${SECRET} tail\n`;
    for (let cut = 1; cut < text.length; cut++) {
      const { out } = stream([text.slice(0, cut), text.slice(cut)]);
      expect(out).toBe(`line one\n${'x'.repeat(100)}${MASK} tail\n`);
    }
  });

  it('catches a secret that straddles a 1 MiB line with no newline, at three offsets', () => {
    for (const offset of [1, 2, 3]) {
      const big = 'y'.repeat((1 << 20) - offset);
      const { out } = stream([big, SECRET.slice(0, offset + 3), SECRET.slice(offset + 3)]);
      expect(out).toBe(`${big}${MASK}`);
    }
  });

  it('holds back only what could still be the start of a secret', () => {
    const { emitted } = stream(['hello world\n', `tail ${SECRET.slice(0, 4)}`, 'Z\n']);
    expect(emitted[0]).toMatch(/^hello worl/);
    expect(emitted[1]).toMatch(/tail $/);
    expect(emitted.join('')).toBe(`hello world\ntail ${SECRET.slice(0, 4)}Z\n`);
  });
});
