import { describe, expect, it } from '@jest/globals';
import { runInNewContext } from 'node:vm';
import { formatDuration } from '../../src/report/duration.js';
import { renderDashboardHtml } from '../../src/report/html.js';
import { buildCoverage } from '../../src/report/coverage.js';

/** seconds → what every summary, the text report and the page show */
const BOUNDARIES: [number | undefined, string][] = [
  [undefined, '—'],
  [Number.NaN, '—'],
  [-1, '—'],
  [0, '0.0 s'],
  [0.04, '0.0 s'],
  [0.05, '0.1 s'],
  [9.95, '10.0 s'],
  [59.94, '59.9 s'],
  [59.95, '1m 0s'],
  [59.96, '1m 0s'],
  [60, '1m 0s'],
  [60.4, '1m 0s'],
  [60.5, '1m 1s'],
  [89.5, '1m 30s'],
  [119.4, '1m 59s'],
  [119.5, '2m 0s'],
  [119.7, '2m 0s'],
  [3599, '59m 59s'],
  [3599.4, '59m 59s'],
  [3599.5, '1h 0m'],
  [3599.6, '1h 0m'],
  [3600, '1h 0m'],
  [3629, '1h 0m'],
  [3630, '1h 1m'],
  [7169, '1h 59m'],
  [7170, '2h 0m'],
  [7199, '2h 0m'],
  [7200, '2h 0m'],
  [86_399, '24h 0m'],
  [90_000, '25h 0m'],
];

describe('formatDuration', () => {
  it.each(BOUNDARIES)('%p s → %p', (seconds, shown) => {
    expect(formatDuration(seconds)).toBe(shown);
  });

  it('never shows 60 in a unit below the largest one', () => {
    const shown = [];
    for (let tenths = 0; tenths < 8 * 36_000; tenths += 7) shown.push(formatDuration(tenths / 10));
    expect(shown.filter((text) => /\b60[sm]\b|^60\.0 s/.test(text))).toEqual([]);
  });

  it('is the very function the dashboard page runs', () => {
    const html = renderDashboardHtml(
      buildCoverage({ entries: [], records: [], history: new Map(), source: 'test' }),
      { live: false },
    );
    const inline = /var seconds = (function formatDuration[\s\S]*?\n\});/.exec(html)?.[1];
    expect(inline).toBeDefined();
    const pageFormat = runInNewContext(`(${inline})`) as (s: number | undefined) => string;
    for (const [seconds, shown] of BOUNDARIES) expect(pageFormat(seconds)).toBe(shown);
  });
});
