import { bucketOf, type ConfigCoverage, type CoverageModel } from './coverage.js';
import { formatDuration } from './duration.js';
import { XML_ENTITIES } from '../entities.js';

/**
 * The report as JUnit XML, the format JUnit-based reporters read (publish-unit-test-result-action,
 * dorny/test-reporter, GitLab, Jenkins, Buildkite): one `testsuite` per tier, one `testcase` per
 * config (classname = tier, name = catalog id). A failing config is a `failure` naming the first
 * failing stage with its error and remedy; an infrastructure failure is an `error` (not the
 * product's fault); a config without a completed result (untested, running, deferred,
 * cancelled) is `skipped`. The stage durations go to `system-out` and the stage times add up
 * to the testcase `time`.
 */

// XML 1.0 allows neither control characters nor lone surrogates; ANSI colour codes are noise.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-9;]*[A-Za-z]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlText = (value: unknown): string =>
  String(value)
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => XML_ENTITIES[c] as string);

const attributes = (values: Record<string, string | number | undefined>): string =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${xmlText(v)}"`)
    .join('');

const seconds = (s: number | undefined): string => (s ?? 0).toFixed(3);

/** What a config becomes in JUnit, by the outcome of its last result. */
type Outcome = 'passed' | 'failure' | 'error' | 'skipped';

/** failureClass (09-v1-field-lessons.md) → outcome; a product or timeout failure is a test failure. */
const FAILURE_OUTCOMES: Record<string, Outcome> = { infrastructure: 'error', cancelled: 'skipped' };

function outcomeOf(c: ConfigCoverage): Outcome {
  const bucket = bucketOf(c.status);
  if (bucket === 'passing') return 'passed';
  if (bucket !== 'failing') return 'skipped';
  return (c.failureClass && FAILURE_OUTCOMES[c.failureClass]) || 'failure';
}

const SKIP_MESSAGES: Record<string, string> = {
  untested: 'untested: no run has recorded a result yet',
  running: 'running: no result yet',
  deferred: 'deferred: not started (no quota slot within the budget)',
  cancelled: 'cancelled: stopped by a cancel or the job budget',
};

function skipMessage(c: ConfigCoverage): string {
  const known = SKIP_MESSAGES[c.status];
  const base = known ?? `${c.status}: no completed result`;
  return c.previousStatus ? `${base} (last: ${c.previousStatus})` : base;
}

function failureElement(c: ConfigCoverage, tag: 'failure' | 'error'): string {
  const stage = c.stageResults.find((s) => s.status === 'fail');
  const error = stage?.error || c.errorMessage || c.status;
  const firstLine = error.split('\n').find((l) => l.trim() !== '') ?? error;
  const body = [
    `${c.status}${c.regression ? ' (REGRESSION: passed before)' : ''}`,
    stage ? `first failing stage: ${stage.name}` : undefined,
    `error: ${error}`,
    stage?.remedy ? `remedy: ${stage.remedy}` : undefined,
    c.runUrl ? `run: ${c.runUrl}` : undefined,
  ].filter((line): line is string => line !== undefined);
  return `<${tag}${attributes({ message: `${stage?.name ?? c.status}: ${firstLine}`, type: c.status })}>${xmlText(body.join('\n'))}</${tag}>`;
}

function systemOut(c: ConfigCoverage): string {
  const lines = [
    `${c.model} on ${c.instance} · configId ${c.configId}${c.lastTest ? ` · last test ${c.lastTest}` : ''}`,
    ...c.stageResults.map(
      (s) =>
        `${s.name.padEnd(13)} ${s.status.padEnd(4)} ${s.status === 'skip' ? '—' : formatDuration(s.duration)}`,
    ),
  ];
  return `<system-out>${xmlText(lines.join('\n'))}</system-out>`;
}

function testcase(c: ConfigCoverage): string {
  const outcome = outcomeOf(c);
  const inner =
    outcome === 'passed'
      ? ''
      : outcome === 'skipped'
        ? `<skipped${attributes({ message: skipMessage(c) })}/>`
        : failureElement(c, outcome);
  const time = outcome === 'skipped' ? 0 : c.duration;
  return `    <testcase${attributes({ classname: c.tier, name: c.id, time: seconds(time), timestamp: c.lastTest })}>${inner}${systemOut(c)}</testcase>`;
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  time: number;
}

function countsOf(configs: ConfigCoverage[]): Counts {
  const outcomes = configs.map(outcomeOf);
  const count = (o: Outcome): number => outcomes.filter((x) => x === o).length;
  return {
    tests: configs.length,
    failures: count('failure'),
    errors: count('error'),
    skipped: count('skipped'),
    time: configs.filter((c) => outcomeOf(c) !== 'skipped').reduce((sum, c) => sum + (c.duration ?? 0), 0),
  };
}

const countAttributes = (c: Counts): Record<string, string | number> => ({
  tests: c.tests,
  failures: c.failures,
  errors: c.errors,
  skipped: c.skipped,
  time: seconds(c.time),
});

export function renderJUnit(model: CoverageModel): string {
  const tiers = [...new Set(model.configs.map((c) => c.tier))];
  const suites = tiers.map((tier) => {
    const configs = model.configs.filter((c) => c.tier === tier);
    const open = `  <testsuite${attributes({ name: tier, ...countAttributes(countsOf(configs)), timestamp: model.generatedAt.replace(/\.\d{3}Z$/, 'Z') })}>`;
    return [open, ...configs.map(testcase), '  </testsuite>'].join('\n');
  });
  const name = `MCC E2E${model.tier ? ` — tier ${model.tier}` : ''}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name, ...countAttributes(countsOf(model.configs)) })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
