import { createHash } from 'node:crypto';
import type { CoverageModel } from './coverage.js';
import { formatDuration } from './duration.js';
import { escapeHtml } from './table.js';
import { FLAKY_MARK, INFRASTRUCTURE_MARK, summaryLine } from './text.js';
import { REGRESSION_MARK } from './run-summary.js';

/**
 * The dashboard: one self-contained page (inline CSS and JS, no CDN, renders offline). The data
 * travels as JSON in a `<script type="application/json">` block with `<`, `>` and `&` escaped, so
 * no value can close the block; the page builds its DOM with textContent only. A Content
 * Security Policy allows just this page's own script and style (by hash) and, when served, its
 * own /api/report.
 */

export const DEFAULT_REFRESH_SECONDS = 60;
export const REPORT_API_PATH = '/api/report';

export interface DashboardOptions {
  /** served by `mcc-e2e dashboard`: poll /api/report; a written file never fetches */
  live: boolean;
  refreshSeconds?: number;
}

/** JSON that is safe inside a script element: nothing in it can end the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const STYLE = String.raw`
:root { --pass: #1a7f37; --fail: #cf222e; --run: #0969da; --none: #8c959f; --bg: #f6f8fa; --fg: #1f2328; --line: #d0d7de; --muted: #59636e; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: #fff; }
header { padding: 16px 24px; background: var(--bg); border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 4px; font-size: 20px; }
h2 { font-size: 16px; margin: 24px 0 8px; }
main { padding: 0 24px 24px; }
a { color: var(--run); }
.muted { color: var(--muted); font-size: 12px; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; background: #fff; min-width: 90px; }
.card b { display: block; font-size: 20px; }
.bar { display: flex; height: 10px; border-radius: 5px; overflow: hidden; background: var(--none); margin-top: 10px; max-width: 640px; }
.bar span { display: block; height: 100%; }
.passing { background: var(--pass); } .failing { background: var(--fail); } .running { background: var(--run); } .untested { background: var(--none); } .cancelled { background: var(--none); outline: 1px dashed var(--run); }
.banner { margin: 16px 0 0; padding: 8px 12px; border-left: 4px solid var(--fail); background: #ffebe9; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; margin: 16px 0 0; }
.toolbar label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); min-width: 0; }
.toolbar select, .toolbar input { font: inherit; padding: 3px 6px; border: 1px solid var(--line); border-radius: 6px; background: #fff; max-width: 100%; }
.toolbar input { width: 16em; }
table { border-collapse: collapse; width: 100%; }
table.configs { table-layout: fixed; }
.configs col.c-config { width: 17%; } .configs col.c-status { width: 15%; } .configs col.c-runs { width: 10%; }
.configs col.c-last { width: 9%; } .configs col.c-duration { width: 7%; } .configs col.c-stages { width: 12%; }
.configs col.c-cost { width: 6%; } .configs col.c-benchmark { width: 14%; } .configs col.c-links { width: 10%; }
td { overflow-wrap: anywhere; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
th button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; }
th button[aria-sort]::after { content: " \25be"; } th button[aria-sort="ascending"]::after { content: " \25b4"; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; overflow-wrap: normal; }
.mark { display: inline-block; margin-left: 6px; font-size: 12px; font-weight: 600; }
.mark.regression { color: var(--fail); } .mark.flaky { color: #9a6700; }
.strip { display: flex; flex-wrap: wrap; gap: 2px; }
.strip span, .strip a { display: block; width: 10px; height: 16px; border-radius: 2px; }
.stages { display: flex; width: 100%; max-width: 160px; height: 10px; border-radius: 3px; overflow: hidden; background: #eaeef2; }
.stages span { height: 100%; border-right: 1px solid #fff; }
button.toggle { font: inherit; font-size: 12px; color: var(--muted); background: none; border: 0; padding: 2px 0; cursor: pointer; text-align: left; }
button.toggle::before { content: "\25b8 "; } button.toggle[aria-expanded="true"]::before { content: "\25be "; }
tr.detail > td { background: var(--bg); padding: 12px 16px; }
.detail-grid { display: flex; flex-wrap: wrap; gap: 16px 24px; align-items: flex-start; }
.stage-table { width: auto; min-width: 320px; max-width: 100%; background: #fff; border: 1px solid var(--line); }
.stage-table td, .stage-table th { white-space: nowrap; }
.stage-table td.error { white-space: normal; min-width: 12em; max-width: 40em; }
.remedy { display: block; color: #9a6700; font-size: 12px; }
.charts { display: flex; flex-wrap: wrap; gap: 12px 16px; }
figure.chart { margin: 0; width: 248px; max-width: 100%; }
figure.chart figcaption { font-size: 12px; color: var(--muted); }
svg.chart { display: block; width: 100%; height: 64px; background: #fff; border: 1px solid var(--line); border-radius: 4px; }
svg.chart rect { fill: var(--run); } svg.chart rect.pass { fill: var(--pass); } svg.chart rect.fail { fill: var(--fail); }
svg.chart rect.s0 { fill: #0969da; } svg.chart rect.s1 { fill: #8250df; } svg.chart rect.s2 { fill: #bf3989; } svg.chart rect.s3 { fill: #cf222e; }
svg.chart rect.s4 { fill: #bc4c00; } svg.chart rect.s5 { fill: #9a6700; } svg.chart rect.s6 { fill: #1a7f37; } svg.chart rect.s7 { fill: #1b7c83; }
svg.chart rect.s8 { fill: #57606a; } svg.chart rect.s9 { fill: #6639ba; }
.legend { display: flex; flex-wrap: wrap; gap: 2px 8px; font-size: 11px; color: var(--muted); }
.legend i { display: inline-block; width: 8px; height: 8px; margin-right: 3px; border-radius: 2px; }
.legend i.s0 { background: #0969da; } .legend i.s1 { background: #8250df; } .legend i.s2 { background: #bf3989; } .legend i.s3 { background: #cf222e; }
.legend i.s4 { background: #bc4c00; } .legend i.s5 { background: #9a6700; } .legend i.s6 { background: #1a7f37; } .legend i.s7 { background: #1b7c83; }
.legend i.s8 { background: #57606a; } .legend i.s9 { background: #6639ba; }
details.untested { margin-top: 8px; background: none; } details.untested > summary { cursor: pointer; color: var(--muted); }
.sub { display: block; color: var(--muted); font-size: 12px; }
.num { font-variant-numeric: tabular-nums; }
.links a { margin-right: 8px; white-space: nowrap; }
#refresh-status.error { color: var(--fail); }
@media (max-width: 760px) {
  header { padding: 12px; } main { padding: 0 12px 12px; }
  .toolbar input { width: 100%; } .toolbar label { flex: 1 1 140px; }
  table.configs, table.configs > tbody, table.configs > tbody > tr, table.configs > tbody > tr > td { display: block; width: auto; }
  table.configs > colgroup, table.configs > thead { display: none; }
  table.configs > tbody > tr.config { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; padding: 4px 0; }
  table.configs > tbody > tr > td { border: 0; padding: 3px 10px; }
  table.configs > tbody > tr.config > td[data-label]::before { content: attr(data-label); display: block; color: var(--muted); font-size: 11px; }
  table.configs > tbody > tr.detail { margin: -8px 0 8px; }
  .stage-table { min-width: 0; width: 100%; }
  .stage-table, .stage-table tbody, .stage-table tr, .stage-table td { display: block; white-space: normal; }
  .stage-table thead { display: none; }
  .stage-table tr { border-bottom: 1px solid var(--line); padding: 4px 0; }
  .stage-table td { border: 0; padding: 0 8px; }
  .stage-table td.error { max-width: none; min-width: 0; }
}
`;

/** Plain ES2017; reads only the JSON block and, when live, its own API. */
const SCRIPT = String.raw`
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('report-data').textContent);
  var refreshParam = Number(new URLSearchParams(location.search).get('refresh'));
  var refreshSeconds = refreshParam > 0 ? refreshParam : config.refreshSeconds;
  var root = document.getElementById('app');
  var SVG = 'http://www.w3.org/2000/svg';
  var DASH = '\u2014';
  var seconds = ${formatDuration.toString()};
  /** what the reader chose; kept across live refreshes */
  var state = { tier: '', status: '', instance: '', text: '', sort: 'attention', descending: false, open: {}, untestedOpen: {} };
  var model = config.model;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }
  function bucket(status) {
    if (status === 'pass') return 'passing';
    if (String(status).indexOf('fail-') === 0) return 'failing';
    if (status === 'running') return 'running';
    if (status === 'cancelled') return 'cancelled';
    return 'untested';
  }
  function money(v) { return typeof v === 'number' ? '$' + v.toFixed(2) : DASH; }
  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\/[^\s<>()"'\u0060]+$/.test(url) ? url : undefined;
  }
  function link(text, url, kind) {
    var safe = safeUrl(url);
    if (!safe) return el('span', '', text);
    var a = el('a', '', text);
    a.href = safe;
    a.rel = 'noopener noreferrer';
    if (kind) a.setAttribute('data-link', kind);
    return a;
  }
  /** "3 h ago", with the ISO time as a tooltip */
  function ago(iso) {
    if (!iso) return el('span', 'muted', DASH);
    var t = el('time', 'num', relative(iso));
    t.setAttribute('datetime', iso);
    t.title = iso;
    return t;
  }
  function relative(iso) {
    var s = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
    if (!isFinite(s)) return iso;
    if (s < 60) return 'just now';
    if (s < 3600) return Math.floor(s / 60) + ' min ago';
    if (s < 86400) return Math.floor(s / 3600) + ' h ago';
    return Math.floor(s / 86400) + ' d ago';
  }
  function badge(status) {
    var b = el('span', 'badge ' + bucket(status), status);
    b.setAttribute('data-status', status);
    return b;
  }
  function card(label, value) {
    var c = el('div', 'card');
    c.setAttribute('data-card', label);
    return add(c, el('b', '', value), el('span', 'muted', label));
  }
  function coverageBar(s) {
    var bar = el('div', 'bar');
    ['passing', 'failing', 'running', 'cancelled', 'untested'].forEach(function (k) {
      if (!s.total || !s[k]) return;
      var part = el('span', k);
      part.style.width = (100 * s[k]) / s.total + '%';
      part.title = s[k] + ' ' + k;
      bar.appendChild(part);
    });
    return bar;
  }
  function strip(runs, statuses) {
    var box = el('div', 'strip');
    var points = runs.length ? runs : statuses.map(function (s) { return { status: s }; });
    points.forEach(function (r) {
      var cell = safeUrl(r.runUrl) ? link('', r.runUrl, 'history-run') : el('span');
      cell.className = bucket(r.status);
      cell.title = r.status + (r.at ? ' \u00b7 ' + r.at : '') + (r.durationSeconds !== undefined ? ' \u00b7 ' + seconds(r.durationSeconds) : '');
      box.appendChild(cell);
    });
    if (!points.length) box.appendChild(el('span', 'muted', DASH));
    return box;
  }

  /** One bar per point (stacked when it has parts); every bar is a g[data-point] with a tooltip. */
  function chart(name, title, points, format, options) {
    options = options || {};
    var figure = el('figure', 'chart');
    figure.setAttribute('data-chart', name);
    var last = points[points.length - 1];
    add(figure, el('figcaption', '', title + (last ? ': ' + format(last.value) + ' last' : '')));
    var W = 240, H = 64;
    var box = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, preserveAspectRatio: 'none', 'class': 'chart', role: 'img', 'aria-label': title });
    var top = options.max || Math.max.apply(null, points.map(function (p) { return p.value || 0; }).concat([0])) || 1;
    var step = W / Math.max(points.length, 1);
    var width = Math.max(step - 2, 1);
    points.forEach(function (p, i) {
      var g = svg('g', { 'data-point': i, 'data-value': p.value });
      var tip = svg('title');
      tip.textContent = p.label + ': ' + format(p.value);
      g.appendChild(tip);
      var parts = p.parts && p.parts.length ? p.parts : [{ value: p.value, cls: p.cls || '' }];
      var y = H;
      parts.forEach(function (part) {
        var h = Math.max(0, (H - 4) * ((part.value || 0) / top));
        y -= h;
        g.appendChild(svg('rect', { x: (i * step + 1).toFixed(2), y: y.toFixed(2), width: width.toFixed(2), height: h.toFixed(2), 'class': part.cls || '' }));
      });
      box.appendChild(g);
    });
    figure.appendChild(box);
    if (!points.length) figure.appendChild(el('span', 'muted', 'no runs in the history yet'));
    if (options.legend) figure.appendChild(options.legend);
    return figure;
  }
  function runLabel(r) { return (r.at || '') + ' \u00b7 ' + r.status; }
  var METRICS = [
    { key: 'output_token_throughput_tps', label: 'Throughput (output tok/s)', short: 'output tok/s' },
    { key: 'ttft_p90_ms', label: 'TTFT p90 (ms)', short: 'TTFT p90 ms' },
    { key: 'e2e_latency_p90_ms', label: 'Latency p90 (ms)', short: 'latency p90 ms' },
  ];
  function configCharts(c) {
    var names = [];
    c.stageResults.forEach(function (s) { if (names.indexOf(s.name) < 0) names.push(s.name); });
    c.lastRuns.forEach(function (r) { Object.keys(r.stageDurations || {}).forEach(function (n) { if (names.indexOf(n) < 0) names.push(n); }); });
    var legend = el('div', 'legend');
    names.forEach(function (n, i) { add(legend, add(el('span'), el('i', 's' + (i % 10)), document.createTextNode(n))); });
    var charts = el('div', 'charts');
    add(charts,
      chart('duration', 'Duration per run, by stage', c.lastRuns.map(function (r) {
        return { label: runLabel(r), value: r.durationSeconds, parts: names.map(function (n, i) { return { value: (r.stageDurations || {})[n] || 0, cls: 's' + (i % 10) }; }).filter(function (p) { return p.value > 0; }) };
      }), seconds, { legend: legend }),
      chart('cost', 'Cost per run', c.lastRuns.map(function (r) { return { label: runLabel(r), value: r.estimatedCostUsd || 0, cls: bucket(r.status) === 'passing' ? 'pass' : 'fail' }; }), money));
    if (c.benchmark && c.benchmark.trend.length) {
      METRICS.slice(0, 2).forEach(function (m) {
        var points = c.benchmark.trend.filter(function (p) { return typeof p.metrics[m.key] === 'number'; });
        charts.appendChild(chart('benchmark-' + m.key, m.label, points.map(function (p) {
          return { label: p.at + (p.concurrency ? ' \u00b7 concurrency ' + p.concurrency : ''), value: p.metrics[m.key] };
        }), function (v) { return v.toFixed(1); }));
      });
    }
    return charts;
  }
  function stageTable(c) {
    var t = el('table', 'stage-table');
    var head = el('tr');
    ['Stage', 'Status', 'Duration', 'Error', 'Log'].forEach(function (h) { head.appendChild(el('th', '', h)); });
    add(t, add(el('thead'), head));
    var body = el('tbody');
    var logs = (c.links && c.links.stageLogs) || {};
    c.stageResults.forEach(function (s) {
      var tr = el('tr');
      tr.setAttribute('data-stage', s.name);
      var error = el('td', 'error', s.error || '');
      if (s.remedy) error.appendChild(el('span', 'remedy', '\u2192 ' + s.remedy));
      add(tr, el('td', '', s.name), el('td', '', s.status), el('td', 'num', s.status === 'skip' ? DASH : seconds(s.duration)), error,
        add(el('td'), logs[s.name] ? link('log', logs[s.name], 'stage-log') : el('span', 'muted', DASH)));
      body.appendChild(tr);
    });
    return add(t, body);
  }
  function benchmark(b) {
    if (!b) return el('span', 'muted', DASH);
    var box = el('div');
    box.appendChild(el('span', '', b.lastStatus || (b.enabled ? 'enabled, not run' : 'not run')));
    var last = b.trend[b.trend.length - 1];
    var prev = b.trend[b.trend.length - 2];
    if (last) {
      METRICS.forEach(function (m) {
        var v = last.metrics[m.key];
        if (typeof v !== 'number') return;
        var text = m.short + ' ' + v.toFixed(1);
        var p = prev && prev.metrics[m.key];
        if (typeof p === 'number' && p !== 0) {
          var delta = (100 * (v - p)) / p;
          text += ' (' + (delta >= 0 ? '+' : '') + delta.toFixed(1) + '%)';
        }
        box.appendChild(el('span', 'sub num', text));
      });
      box.appendChild(el('span', 'sub', (last.concurrency ? 'concurrency ' + last.concurrency + ', ' : '') + b.trend.length + ' run' + (b.trend.length === 1 ? '' : 's') + ' charted'));
    }
    return box;
  }
  function links(c) {
    var box = el('div', 'links');
    var l = c.links || {};
    if (safeUrl(l.job)) box.appendChild(link('job', l.job, 'job'));
    else if (safeUrl(c.runUrl)) box.appendChild(link('run', c.runUrl, 'run'));
    if (safeUrl(l.artifact)) box.appendChild(link('artifact', l.artifact, 'artifact'));
    if (safeUrl(l.resultJson)) box.appendChild(link('result.json', l.resultJson, 'result-json'));
    if (!box.childNodes.length) box.appendChild(el('span', 'muted', DASH));
    return box;
  }
  function cell(label, className) {
    var td = el('td', className);
    td.setAttribute('data-label', label);
    return td;
  }
  var COLUMNS = [
    { key: 'id', label: 'Config', col: 'c-config' }, { key: 'attention', label: 'Status', col: 'c-status' },
    { label: 'Last runs', col: 'c-runs' }, { key: 'lastTest', label: 'Last test', col: 'c-last' },
    { key: 'duration', label: 'Duration', col: 'c-duration' }, { label: 'Stages', col: 'c-stages' },
    { key: 'cost', label: 'Cost', col: 'c-cost' }, { label: 'Benchmark', col: 'c-benchmark' }, { label: 'Links', col: 'c-links' },
  ];
  function configRows(c) {
    var tr = el('tr', 'config');
    tr.setAttribute('data-config', c.id);
    tr.setAttribute('data-bucket', bucket(c.status));
    var status = add(cell('Status', 'status'), badge(c.status));
    if (c.previousStatus) status.appendChild(el('span', 'sub', 'last: ' + c.previousStatus));
    if (c.runningSince) {
      var age = el('span', 'sub running-age', 'running for ' + seconds((Date.now() - Date.parse(c.runningSince)) / 1000));
      age.title = 'started ' + c.runningSince;
      status.appendChild(age);
    }
    if (c.regression) status.appendChild(el('span', 'mark regression', config.marks.regression));
    if (c.failureClass === 'infrastructure') status.appendChild(el('span', 'mark infrastructure', config.marks.infrastructure));
    if (c.flaky) status.appendChild(el('span', 'mark flaky', config.marks.flaky));
    if (c.cleanFailed) status.appendChild(el('span', 'sub', 'clean failed: resources may remain'));
    if (c.errorMessage) status.appendChild(el('span', 'sub', c.errorMessage.split('\n')[0].slice(0, 200)));
    var stages = cell('Stages');
    var detail;
    if (c.stageResults.length || c.lastRuns.length) {
      var total = c.stageResults.reduce(function (t, s) { return t + (s.duration || 0); }, 0);
      var bar = el('div', 'stages');
      c.stageResults.forEach(function (s) {
        var part = el('span', s.status === 'pass' ? 'passing' : s.status === 'fail' ? 'failing' : 'untested');
        part.style.width = (100 * (s.duration || 0)) / (total || 1) + '%';
        part.title = s.name + ': ' + s.status + ', ' + seconds(s.duration);
        bar.appendChild(part);
      });
      var toggle = el('button', 'toggle', c.stageResults.length + ' stages \u00b7 ' + seconds(total));
      toggle.type = 'button';
      toggle.setAttribute('aria-expanded', state.open[c.id] ? 'true' : 'false');
      detail = el('tr', 'detail');
      detail.setAttribute('data-detail-for', c.id);
      detail.hidden = !state.open[c.id];
      var td = el('td');
      td.colSpan = COLUMNS.length;
      add(detail, add(td, add(el('div', 'detail-grid'), c.stageResults.length ? stageTable(c) : null, configCharts(c))));
      toggle.addEventListener('click', function () {
        state.open[c.id] = !state.open[c.id];
        detail.hidden = !state.open[c.id];
        toggle.setAttribute('aria-expanded', state.open[c.id] ? 'true' : 'false');
      });
      add(stages, bar, toggle);
    } else stages.appendChild(el('span', 'muted', DASH));
    add(tr,
      add(cell('Config'), el('b', '', c.id), el('span', 'sub', c.model), el('span', 'sub', c.instance + ' \u00b7 ' + c.configId),
        c.otherConfigIds ? el('span', 'sub', 'also as ' + c.otherConfigIds.join(', ')) : null),
      status, add(cell('Last runs'), strip(c.lastRuns, c.lastStatuses)), add(cell('Last test'), ago(c.lastTest)),
      add(cell('Duration', 'num'), document.createTextNode(c.duration === undefined ? DASH : seconds(c.duration))), stages,
      add(cell('Cost', 'num'), document.createTextNode(money(c.estimatedCostUsd))), add(cell('Benchmark'), benchmark(c.benchmark)),
      add(cell('Links'), links(c)));
    return detail ? [tr, detail] : [tr];
  }
  /** failing (regressions first), running, cancelled, passing, untested */
  var ATTENTION = { failing: 1, running: 2, cancelled: 3, passing: 4, untested: 5 };
  function rank(c) { return c.regression ? 0 : ATTENTION[bucket(c.status)]; }
  var SORTS = {
    attention: function (a, b) { return rank(a) - rank(b) || (b.lastTest || '').localeCompare(a.lastTest || ''); },
    id: function (a, b) { return a.id.localeCompare(b.id); },
    lastTest: function (a, b) { return (b.lastTest || '').localeCompare(a.lastTest || ''); },
    duration: function (a, b) { return (b.duration || 0) - (a.duration || 0); },
    cost: function (a, b) { return (b.estimatedCostUsd || 0) - (a.estimatedCostUsd || 0); },
  };
  function sorted(configs) {
    var order = configs.map(function (c, i) { return { c: c, i: i }; });
    var compare = SORTS[state.sort] || SORTS.attention;
    order.sort(function (x, y) { return (state.descending ? -1 : 1) * compare(x.c, y.c) || x.i - y.i; });
    return order.map(function (x) { return x.c; });
  }
  function matches(c) {
    if (state.tier && c.tier !== state.tier) return false;
    if (state.instance && c.instance !== state.instance) return false;
    if (state.status === 'regression' ? !c.regression : state.status && bucket(c.status) !== state.status) return false;
    if (!state.text) return true;
    var hay = [c.id, c.model, c.instance, c.configId, c.status, c.errorMessage || ''].join(' ').toLowerCase();
    return hay.indexOf(state.text.toLowerCase()) >= 0;
  }
  function configTable(configs) {
    var table = el('table', 'configs');
    var cols = el('colgroup');
    var head = el('tr');
    COLUMNS.forEach(function (col) {
      cols.appendChild(el('col', col.col));
      var th = el('th');
      if (col.key) {
        var b = el('button', '', col.label);
        b.type = 'button';
        b.setAttribute('data-sort', col.key);
        if (state.sort === col.key) b.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
        b.addEventListener('click', function () { sortBy(col.key); });
        th.appendChild(b);
      } else th.textContent = col.label;
      head.appendChild(th);
    });
    var body = el('tbody');
    sorted(configs).forEach(function (c) { configRows(c).forEach(function (row) { body.appendChild(row); }); });
    return add(table, cols, add(el('thead'), head), body);
  }
  function sortBy(key) {
    if (state.sort === key) state.descending = !state.descending;
    else { state.sort = key; state.descending = false; }
    document.getElementById('f-sort').value = state.sort;
    render();
  }
  function tierCharts(tier) {
    var trend = (model.tierTrends || []).filter(function (t) { return t.tier === tier; })[0];
    var days = trend ? trend.days : [];
    var box = el('div', 'charts tier-charts');
    add(box,
      chart('pass-rate', 'Pass rate per day', days.map(function (d) { return { label: d.day + ' \u00b7 ' + d.passed + ' of ' + d.runs + ' runs passed', value: d.passRate, cls: d.passRate === 100 ? 'pass' : d.passRate === 0 ? 'fail' : '' }; }), function (v) { return v + '%'; }, { max: 100 }),
      chart('spend', 'Spend per day', days.map(function (d) { return { label: d.day + ' \u00b7 ' + d.runs + ' runs', value: d.spendUsd }; }), money));
    return box;
  }
  function select(id, label, options, value, onChange) {
    var s = el('select');
    s.id = id;
    options.forEach(function (o) { var opt = el('option', '', o[1]); opt.value = o[0]; s.appendChild(opt); });
    s.value = value;
    s.addEventListener('change', function () { onChange(s.value); });
    return add(el('label', '', label), s);
  }
  function toolbar() {
    var bar = el('div', 'toolbar');
    bar.id = 'filters';
    var tiers = [];
    var instances = [];
    model.configs.forEach(function (c) {
      if (tiers.indexOf(c.tier) < 0) tiers.push(c.tier);
      if (instances.indexOf(c.instance) < 0) instances.push(c.instance);
    });
    instances.sort();
    var set = function (key) { return function (v) { state[key] = v; render(); }; };
    var text = el('input');
    text.id = 'f-text';
    text.type = 'search';
    text.placeholder = 'id, model, error\u2026';
    text.value = state.text;
    text.addEventListener('input', function () { state.text = text.value; render(); });
    add(bar,
      select('f-tier', 'Tier', [['', 'all tiers']].concat(tiers.map(function (t) { return [t, t]; })), state.tier, set('tier')),
      select('f-status', 'Status', [['', 'all'], ['failing', 'failing'], ['regression', 'regressed'], ['running', 'running'], ['cancelled', 'cancelled'], ['passing', 'passing'], ['untested', 'untested']], state.status, set('status')),
      select('f-instance', 'Instance', [['', 'all instances']].concat(instances.map(function (i) { return [i, i]; })), state.instance, set('instance')),
      add(el('label', '', 'Search'), text),
      select('f-sort', 'Sort', [['attention', 'needs attention first'], ['id', 'config id'], ['lastTest', 'last test'], ['duration', 'duration'], ['cost', 'cost']], state.sort, function (v) { state.sort = v; state.descending = false; render(); }));
    return bar;
  }
  function render() {
    var page = document.createDocumentFragment();
    var s = model.summary;
    var head = el('header');
    add(head, el('h1', '', 'MCC E2E coverage' + (model.tier ? ' \u2014 tier ' + model.tier : '')),
      add(el('div', 'muted'), document.createTextNode(model.source + ' \u00b7 generated '), ago(model.generatedAt)));
    var cards = el('div', 'cards');
    add(cards, card('total', s.total), card('passing', s.passing), card('failing', s.failing),
      card('untested', s.untested), card('running', s.running), card('cancelled', s.cancelled || 0),
      card('infrastructure failures', s.infrastructureFailures || 0), card('coverage', s.coveragePercent + '%'));
    add(head, cards, coverageBar(s));
    if (model.regressions.length) {
      add(head, el('div', 'banner', '\u26a0\ufe0f Regressions (passed before, failing now): ' + model.regressions.join(', ')));
    }
    var filters = document.getElementById('filters');
    var focused = document.activeElement && document.activeElement.id;
    var caret = focused === 'f-text' ? document.activeElement.selectionStart : null;
    head.appendChild(toolbar());
    page.appendChild(head);
    var main = el('main');
    var tiers = [];
    model.configs.forEach(function (c) { if (tiers.indexOf(c.tier) < 0) tiers.push(c.tier); });
    tiers.forEach(function (tier) {
      var all = model.configs.filter(function (c) { return c.tier === tier; });
      var shown = all.filter(matches);
      var section = el('section');
      section.setAttribute('data-tier', tier);
      section.hidden = !!state.tier && state.tier !== tier;
      var passing = all.filter(function (c) { return c.status === 'pass'; }).length;
      add(section, el('h2', '', tier + ' \u2014 ' + passing + ' of ' + all.length + ' passing'), tierCharts(tier));
      var tested = shown.filter(function (c) { return bucket(c.status) !== 'untested'; });
      var untested = shown.filter(function (c) { return bucket(c.status) === 'untested'; });
      if (tested.length) section.appendChild(configTable(tested));
      if (untested.length) {
        var more = el('details', 'untested');
        // collapsed unless the reader asked for untested configs
        more.open = state.status === 'untested' || !!state.untestedOpen[tier];
        more.addEventListener('toggle', function () { if (state.status !== 'untested') state.untestedOpen[tier] = more.open; });
        add(more, el('summary', '', untested.length + ' untested config' + (untested.length === 1 ? '' : 's')), configTable(untested));
        section.appendChild(more);
      }
      if (!shown.length) section.appendChild(el('p', 'muted', 'No config matches the filters.'));
      main.appendChild(section);
    });
    if (!model.configs.length) main.appendChild(el('p', 'muted', 'No catalog entries in this report.'));
    var registered = model.registered || { configs: [], unusable: [] };
    if (registered.configs.length || registered.unusable.length) {
      var reg = el('section');
      reg.setAttribute('data-section', 'registered');
      var regPassing = registered.configs.filter(function (c) { return c.status === 'pass'; }).length;
      add(reg, el('h2', '', 'Registered \u2014 ' + regPassing + ' of ' + registered.configs.length + ' passing'),
        el('p', 'muted', 'Configurations teams registered outside the catalog (do/register --ci), re-tested on schedule.'));
      var regShown = registered.configs.filter(matches);
      if (regShown.length) reg.appendChild(configTable(regShown));
      if (registered.unusable.length) {
        var bad = el('table');
        bad.setAttribute('data-section', 'not-run');
        var badHead = el('tr');
        ['configId', 'Model', 'Not run because'].forEach(function (h) { badHead.appendChild(el('th', '', h)); });
        bad.appendChild(add(el('thead'), badHead));
        var badBody = el('tbody');
        registered.unusable.forEach(function (u) {
          var tr = el('tr');
          add(tr, el('td', 'num', u.configId), el('td', '', u.model || DASH), el('td', '', u.reason));
          badBody.appendChild(tr);
        });
        add(reg, add(bad, badBody));
      }
      main.appendChild(reg);
    }
    if (model.notInCatalog.length) {
      var extra = el('section');
      extra.setAttribute('data-section', 'not-in-catalog');
      add(extra, el('h2', '', 'Not in catalog'), el('p', 'muted', 'Records whose configId no catalog entry has.'));
      var t = el('table');
      var hr = el('tr');
      ['Id', 'configId', 'Tier', 'Model', 'Status', 'Last test'].forEach(function (h) { hr.appendChild(el('th', '', h)); });
      t.appendChild(add(el('thead'), hr));
      var tb = el('tbody');
      model.notInCatalog.forEach(function (r) {
        var tr = el('tr');
        add(tr, el('td', '', r.id || DASH), el('td', 'num', r.configId), el('td', '', r.tier || DASH), el('td', '', r.model || DASH),
          add(el('td'), badge(r.status)), add(el('td'), ago(r.lastTest)));
        tb.appendChild(tr);
      });
      add(main, add(extra, add(t, tb)));
    }
    var foot = el('p', 'muted');
    foot.id = 'refresh-status';
    foot.textContent = config.live ? 'Live: refreshes every ' + refreshSeconds + ' s.' : 'Snapshot written ' + model.generatedAt + '.';
    main.appendChild(foot);
    page.appendChild(main);
    root.replaceChildren(page);
    if (filters && focused) {
      var again = document.getElementById(focused);
      if (again) { again.focus(); if (caret !== null) again.setSelectionRange(caret, caret); }
    }
    document.title = 'MCC E2E \u2014 ' + s.passing + '/' + s.total + ' passing';
  }
  function poll() {
    fetch('${REPORT_API_PATH}', { cache: 'no-store' })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (fresh) { model = fresh; render(); document.body.setAttribute('data-refreshed', new Date().toISOString()); })
      .catch(function (e) {
        var status = document.getElementById('refresh-status');
        if (status) { status.className = 'muted error'; status.textContent = 'Refresh failed (' + e.message + '); retrying in ' + refreshSeconds + ' s.'; }
      });
  }
  render();
  if (config.live) setInterval(poll, refreshSeconds * 1000);
})();
`;

export function renderDashboardHtml(model: CoverageModel, options: DashboardOptions): string {
  const payload = {
    model,
    live: options.live,
    refreshSeconds: options.refreshSeconds ?? DEFAULT_REFRESH_SECONDS,
    marks: { regression: REGRESSION_MARK, flaky: FLAKY_MARK, infrastructure: INFRASTRUCTURE_MARK },
  };
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(SCRIPT)}`,
    `style-src ${sha256(STYLE)}`,
    `connect-src ${options.live ? "'self'" : "'none'"}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<title>MCC E2E — ${escapeHtml(summaryLine(model.summary))}</title>
<style>${STYLE}</style>
</head>
<body>
<div id="app"><noscript><p>${escapeHtml(summaryLine(model.summary))} — enable JavaScript for the per-config view.</p></noscript></div>
<script type="application/json" id="report-data">${scriptSafeJson(payload)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
