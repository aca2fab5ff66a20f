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

const STYLE = `
:root { --pass: #1a7f37; --fail: #cf222e; --run: #0969da; --none: #8c959f; --bg: #f6f8fa; --fg: #1f2328; --line: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: #fff; }
header { padding: 16px 24px; background: var(--bg); border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 4px; font-size: 20px; }
h2 { font-size: 16px; margin: 24px 0 8px; }
main { padding: 0 24px 24px; }
.muted { color: #59636e; font-size: 12px; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; background: #fff; min-width: 90px; }
.card b { display: block; font-size: 20px; }
.bar { display: flex; height: 10px; border-radius: 5px; overflow: hidden; background: var(--none); margin-top: 10px; max-width: 640px; }
.bar span { display: block; height: 100%; }
.passing { background: var(--pass); } .failing { background: var(--fail); } .running { background: var(--run); } .untested { background: var(--none); } .cancelled { background: var(--none); outline: 1px dashed var(--run); }
.banner { margin: 16px 0 0; padding: 8px 12px; border-left: 4px solid var(--fail); background: #ffebe9; }
table { border-collapse: collapse; width: 100%; }
table.configs { table-layout: fixed; }
.configs th:nth-child(1) { width: 20%; } .configs th:nth-child(2) { width: 17%; } .configs th:nth-child(3) { width: 8%; }
.configs th:nth-child(4) { width: 13%; } .configs th:nth-child(5) { width: 7%; } .configs th:nth-child(6) { width: 13%; }
.configs th:nth-child(7) { width: 5%; } .configs th:nth-child(8) { width: 12%; } .configs th:nth-child(9) { width: 5%; }
td { overflow-wrap: anywhere; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; color: #59636e; font-weight: 600; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; }
.mark { display: inline-block; margin-left: 6px; font-size: 12px; font-weight: 600; }
.mark.regression { color: var(--fail); } .mark.flaky { color: #9a6700; }
.strip { display: flex; gap: 2px; }
.strip span { width: 10px; height: 16px; border-radius: 2px; }
.stages { display: flex; width: 100%; max-width: 160px; height: 10px; border-radius: 3px; overflow: hidden; background: #eaeef2; }
.stages span { height: 100%; border-right: 1px solid #fff; }
details summary { cursor: pointer; font-size: 12px; color: #59636e; }
.sub { display: block; color: #59636e; font-size: 12px; }
.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
#refresh-status.error { color: var(--fail); }
`;

/** Plain ES2017; reads only the JSON block and, when live, its own API. */
const SCRIPT = `
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('report-data').textContent);
  var refreshParam = Number(new URLSearchParams(location.search).get('refresh'));
  var refreshSeconds = refreshParam > 0 ? refreshParam : config.refreshSeconds;
  var root = document.getElementById('app');

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
  function bucket(status) {
    if (status === 'pass') return 'passing';
    if (String(status).indexOf('fail-') === 0) return 'failing';
    if (status === 'running') return 'running';
    if (status === 'cancelled') return 'cancelled';
    return 'untested';
  }
  var seconds = ${formatDuration.toString()};
  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\\/\\/[^\\s<>()"'\`]+$/.test(url) ? url : undefined;
  }
  function link(text, url) {
    var safe = safeUrl(url);
    if (!safe) return el('span', '', text);
    var a = el('a', '', text);
    a.href = safe;
    a.rel = 'noopener noreferrer';
    return a;
  }
  function badge(status) {
    var b = el('span', 'badge ' + bucket(status), status);
    b.setAttribute('data-status', status);
    return b;
  }
  function card(label, value, className) {
    var c = el('div', 'card ' + (className || ''));
    c.setAttribute('data-card', label);
    return add(c, el('b', '', value), el('span', 'muted', label));
  }
  function coverageBar(s) {
    var bar = el('div', 'bar');
    ['passing', 'failing', 'running', 'untested'].forEach(function (k) {
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
      var cell = el('span', bucket(r.status));
      cell.title = r.status + (r.at ? ' \\u00b7 ' + r.at : '') + (r.durationSeconds !== undefined ? ' \\u00b7 ' + seconds(r.durationSeconds) : '');
      box.appendChild(cell);
    });
    if (!points.length) box.appendChild(el('span', 'muted', '\\u2014'));
    return box;
  }
  function stages(list) {
    if (!list.length) return el('span', 'muted', '\\u2014');
    var total = list.reduce(function (t, s) { return t + (s.duration || 0); }, 0) || 1;
    var bar = el('div', 'stages');
    var details = el('details');
    add(details, el('summary', '', list.length + ' stages \\u00b7 ' + seconds(total)));
    var rows = el('table');
    list.forEach(function (s) {
      var part = el('span', s.status === 'pass' ? 'passing' : s.status === 'fail' ? 'failing' : 'untested');
      part.style.width = (100 * (s.duration || 0)) / total + '%';
      part.title = s.name + ': ' + s.status + ', ' + seconds(s.duration);
      bar.appendChild(part);
      var tr = el('tr');
      add(tr, el('td', '', s.name), el('td', '', s.status), el('td', 'num', seconds(s.duration)), el('td', '', s.error || ''));
      rows.appendChild(tr);
    });
    details.appendChild(rows);
    return add(el('div'), bar, details);
  }
  var METRIC_LABELS = { output_token_throughput_tps: 'output tok/s', ttft_p90_ms: 'TTFT p90 ms', e2e_latency_p90_ms: 'latency p90 ms' };
  function benchmark(b) {
    if (!b) return el('span', 'muted', '\\u2014');
    var box = el('div');
    box.appendChild(el('span', '', b.lastStatus || (b.enabled ? 'enabled, not run' : 'not run')));
    var last = b.trend[b.trend.length - 1];
    var prev = b.trend[b.trend.length - 2];
    if (last) {
      Object.keys(METRIC_LABELS).forEach(function (m) {
        if (typeof last.metrics[m] !== 'number') return;
        var text = METRIC_LABELS[m] + ' ' + last.metrics[m].toFixed(1);
        if (prev && typeof prev.metrics[m] === 'number' && prev.metrics[m] !== 0) {
          var delta = (100 * (last.metrics[m] - prev.metrics[m])) / prev.metrics[m];
          text += ' (' + (delta >= 0 ? '+' : '') + delta.toFixed(1) + '%)';
        }
        box.appendChild(el('span', 'sub num', text));
      });
      box.appendChild(el('span', 'sub', (last.concurrency ? 'concurrency ' + last.concurrency + ', ' : '') + b.trend.length + ' run' + (b.trend.length === 1 ? '' : 's') + ' in the trend'));
    }
    return box;
  }
  function configRow(c) {
    var tr = el('tr');
    tr.setAttribute('data-config', c.id);
    var name = add(el('td'), el('b', '', c.id), el('span', 'sub', c.model), el('span', 'sub', c.instance + ' \\u00b7 ' + c.configId));
    var status = add(el('td', 'status'), badge(c.status));
    if (c.otherConfigIds) name.appendChild(el('span', 'sub', 'also as ' + c.otherConfigIds.join(', ')));
    if (c.previousStatus) status.appendChild(el('span', 'sub', 'last: ' + c.previousStatus));
    if (c.regression) status.appendChild(el('span', 'mark regression', config.marks.regression));
    if (c.failureClass === 'infrastructure') status.appendChild(el('span', 'mark infrastructure', config.marks.infrastructure));
    if (c.flaky) status.appendChild(el('span', 'mark flaky', config.marks.flaky));
    if (c.cleanFailed) status.appendChild(el('span', 'sub', 'clean failed: resources may remain'));
    if (c.errorMessage) status.appendChild(el('span', 'sub', c.errorMessage.split('\\n')[0].slice(0, 200)));
    add(tr, name, status, add(el('td'), strip(c.lastRuns, c.lastStatuses)), el('td', 'num', c.lastTest || '\\u2014'),
      el('td', 'num', seconds(c.duration)), add(el('td'), stages(c.stageResults)),
      el('td', 'num', typeof c.estimatedCostUsd === 'number' ? '$' + c.estimatedCostUsd.toFixed(2) : '\\u2014'),
      add(el('td'), benchmark(c.benchmark)), add(el('td'), c.runUrl ? link('run', c.runUrl) : el('span', 'muted', '\\u2014')));
    return tr;
  }
  function header(cells) {
    var tr = el('tr');
    cells.forEach(function (h) { tr.appendChild(el('th', '', h)); });
    return add(el('thead'), tr);
  }
  function render(model) {
    var page = document.createDocumentFragment();
    var head = el('header');
    add(head, el('h1', '', 'MCC E2E coverage' + (model.tier ? ' \\u2014 tier ' + model.tier : '')),
      el('div', 'muted', model.source + ' \\u00b7 generated ' + model.generatedAt));
    var s = model.summary;
    var cards = el('div', 'cards');
    add(cards, card('total', s.total), card('passing', s.passing), card('failing', s.failing),
      card('untested', s.untested), card('running', s.running), card('cancelled', s.cancelled || 0),
      card('infrastructure failures', s.infrastructureFailures || 0), card('coverage', s.coveragePercent + '%'));
    add(head, cards, coverageBar(s));
    if (model.regressions.length) {
      add(head, el('div', 'banner', '\\u26a0\\ufe0f Regressions (passed before, failing now): ' + model.regressions.join(', ')));
    }
    page.appendChild(head);
    var main = el('main');
    var tiers = [];
    model.configs.forEach(function (c) { if (tiers.indexOf(c.tier) < 0) tiers.push(c.tier); });
    tiers.forEach(function (tier) {
      var configs = model.configs.filter(function (c) { return c.tier === tier; });
      var passing = configs.filter(function (c) { return c.status === 'pass'; }).length;
      var section = el('section');
      section.setAttribute('data-tier', tier);
      add(section, el('h2', '', tier + ' \\u2014 ' + passing + ' of ' + configs.length + ' passing'));
      var table = el('table', 'configs');
      table.appendChild(header(['Config', 'Status', 'Last runs', 'Last test', 'Duration', 'Stages', 'Cost', 'Benchmark', 'Run']));
      var body = el('tbody');
      configs.forEach(function (c) { body.appendChild(configRow(c)); });
      add(main, add(section, add(table, body)));
    });
    if (!model.configs.length) main.appendChild(el('p', 'muted', 'No catalog entries in this report.'));
    var registered = model.registered || { configs: [], unusable: [] };
    if (registered.configs.length || registered.unusable.length) {
      var reg = el('section');
      reg.setAttribute('data-section', 'registered');
      var regPassing = registered.configs.filter(function (c) { return c.status === 'pass'; }).length;
      add(reg, el('h2', '', 'Registered \u2014 ' + regPassing + ' of ' + registered.configs.length + ' passing'),
        el('p', 'muted', 'Configurations teams registered outside the catalog (do/register --ci), re-tested on schedule.'));
      if (registered.configs.length) {
        var regTable = el('table', 'configs');
        regTable.appendChild(header(['Config', 'Status', 'Last runs', 'Last test', 'Duration', 'Stages', 'Cost', 'Benchmark', 'Run']));
        var regBody = el('tbody');
        registered.configs.forEach(function (c) { regBody.appendChild(configRow(c)); });
        add(reg, add(regTable, regBody));
      }
      if (registered.unusable.length) {
        var bad = el('table');
        bad.setAttribute('data-section', 'not-run');
        bad.appendChild(header(['configId', 'Model', 'Not run because']));
        var badBody = el('tbody');
        registered.unusable.forEach(function (u) {
          var tr = el('tr');
          add(tr, el('td', 'num', u.configId), el('td', '', u.model || '\u2014'), el('td', '', u.reason));
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
      t.appendChild(header(['Id', 'configId', 'Tier', 'Model', 'Status', 'Last test']));
      var tb = el('tbody');
      model.notInCatalog.forEach(function (r) {
        var tr = el('tr');
        add(tr, el('td', '', r.id || '\\u2014'), el('td', 'num', r.configId), el('td', '', r.tier || '\\u2014'), el('td', '', r.model || '\\u2014'),
          add(el('td'), badge(r.status)), el('td', 'num', r.lastTest || '\\u2014'));
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
    document.title = 'MCC E2E \\u2014 ' + s.passing + '/' + s.total + ' passing';
  }
  function poll() {
    fetch('${REPORT_API_PATH}', { cache: 'no-store' })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (model) { render(model); document.body.setAttribute('data-refreshed', new Date().toISOString()); })
      .catch(function (e) {
        var status = document.getElementById('refresh-status');
        if (status) { status.className = 'muted error'; status.textContent = 'Refresh failed (' + e.message + '); retrying in ' + refreshSeconds + ' s.'; }
      });
  }
  render(config.model);
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
