export const id = 254;
export const ids = [254,470,517];
export const modules = {

/***/ 4517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROJECT_TAG: () => (/* binding */ PROJECT_TAG),
/* harmony export */   parseDuration: () => (/* binding */ parseDuration),
/* harmony export */   parseProjectName: () => (/* binding */ parseProjectName),
/* harmony export */   sweep: () => (/* binding */ sweep)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4459);
/* harmony import */ var _sagemaker_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5549);


/**
 * The orphan sweep: SageMaker endpoints, endpoint configs and models that these runs created
 * (a project name `<catalog id>-<run token>`, or the `mcc-e2e:project` tag) and that are older
 * than a threshold, when their run is over. A running run's resources are never touched.
 */
const PROJECT_TAG = 'mcc-e2e:project';
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `<catalogId>-<token>`: GitHub's `<run id>-<attempt>` or the CLI's base36 token. */
function parseProjectName(name, catalogIds) {
    const ids = [...catalogIds].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const match = name.match(new RegExp(`^(${ids.join('|')})-(\\d+-\\d+|[a-z0-9]{10,})$`));
    return match ? { catalogId: match[1], runToken: match[2] } : undefined;
}
async function projectTag(client, arn) {
    const { Tags } = await client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .ListTagsCommand */ .bvr({ ResourceArn: arn }));
    return Tags?.find((t) => t.Key === PROJECT_TAG)?.Value;
}
async function sweep(options) {
    const now = options.now ?? new Date();
    const before = new Date(now.getTime() - options.olderThanMs);
    const decisions = [];
    for (const type of _sagemaker_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCE_TYPES */ .R) {
        for await (const candidate of type.list(options.client)) {
            // the name tells whose it is; a tag can claim a resource whose name does not
            const owner = parseProjectName(candidate.name, options.catalogIds) ??
                parseProjectName((await projectTag(options.client, candidate.arn)) ?? '', options.catalogIds);
            if (!owner)
                continue;
            if (candidate.createdAt > before) {
                decisions.push({ ...candidate, action: 'keep', reason: 'younger than the threshold' });
            }
            else if (await options.isRunActive(owner.catalogId, owner.runToken)) {
                decisions.push({
                    ...candidate,
                    action: 'keep',
                    reason: `run ${owner.runToken} of ${owner.catalogId} is still running`,
                });
            }
            else {
                decisions.push({
                    ...candidate,
                    action: 'delete',
                    reason: `left by finished run ${owner.runToken} of ${owner.catalogId}`,
                });
            }
        }
    }
    if (options.dryRun)
        return decisions;
    for (const type of _sagemaker_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCE_TYPES */ .R) {
        for (const decision of decisions.filter((d) => d.kind === type.kind && d.action === 'delete')) {
            try {
                await type.remove(options.client, decision.name);
                decision.done = true;
            }
            catch (error) {
                decision.error = error.message;
            }
        }
    }
    return decisions;
}
const UNITS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90s`, `30m`, `6h`, `2d`. */
function parseDuration(text) {
    const match = text.trim().match(/^(\d+(?:\.\d+)?)([smhd])$/);
    return match ? Number(match[1]) * UNITS[match[2]] : undefined;
}


/***/ }),

/***/ 5254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_DASHBOARD_PORT: () => (/* binding */ DEFAULT_DASHBOARD_PORT),
  registerReportCommands: () => (/* binding */ registerReportCommands)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/cli/allowed-hosts.ts
/**
 * The dashboard answers only to the names it is served under: the loopback names and the host
 * it was told to listen on. Any other Host header is a DNS-rebinding page reading it from a
 * browser, and gets 403.
 */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD_ADDRESSES = ['0.0.0.0', '::', '[::]'];
/** the name of a Host header, without its port */
function hostName(header) {
    const value = header.trim().toLowerCase();
    if (value.startsWith('['))
        return value.slice(0, value.indexOf(']') + 1);
    return value.split(':')[0] ?? '';
}
function allowedHosts(listenHost) {
    const host = listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost;
    const configured = WILDCARD_ADDRESSES.includes(host.toLowerCase()) ? [] : [host.toLowerCase()];
    return new Set([...LOOPBACK_NAMES, ...configured]);
}
function hostAllowed(header, allowed) {
    return header !== undefined && allowed.has(hostName(header));
}

// EXTERNAL MODULE: ./src/catalog/select.ts
var catalog_select = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/catalog/types.ts
var types = __webpack_require__(1234);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/results/record.ts
var results_record = __webpack_require__(6269);
// EXTERNAL MODULE: ./src/results/join.ts
var join = __webpack_require__(643);
// EXTERNAL MODULE: ./src/lifecycle/stages.ts
var stages = __webpack_require__(1533);
;// CONCATENATED MODULE: ./src/report/coverage.ts





/**
 * The coverage model (03-results.md "Reports"): the catalog joined with the records by configId
 * and with the run history. Pure; every renderer (text, JSON, Markdown, HTML) reads this one model.
 */
/** How many recent statuses a report shows per config unless asked otherwise (`--history N`). */
const DEFAULT_HISTORY_LENGTH = 10;
/**
 * Flaky: among the last FLAKY_WINDOW completed runs, the outcome (pass vs any fail-*) changed at
 * least FLAKY_MIN_FLIPS times. pass → fail is one flip (a regression, not flakiness);
 * pass → fail → pass is two (flaky).
 */
const FLAKY_WINDOW = 5;
const FLAKY_MIN_FLIPS = 2;
/** testStatus → summary bucket: `pass`, `fail-<stage>`, `running`, `cancelled`; anything else counts as untested. */
const BUCKET_RULES = [
    { matches: (s) => s === 'pass', bucket: 'passing' },
    { matches: (s) => s.startsWith('fail-'), bucket: 'failing' },
    { matches: (s) => s === 'running', bucket: 'running' },
    { matches: (s) => s === 'cancelled', bucket: 'cancelled' },
];
const bucketOf = (status) => BUCKET_RULES.find((rule) => rule.matches(status))?.bucket ?? 'untested';
const isCompleted = (status) => ['passing', 'failing'].includes(bucketOf(status));
/** Outcome changes (pass vs fail) between consecutive completed statuses. */
function countFlips(statuses) {
    const outcomes = statuses.filter(isCompleted).map(bucketOf);
    return outcomes.slice(1).filter((outcome, i) => outcome !== outcomes[i]).length;
}
const isFlaky = (statuses) => countFlips(statuses.filter(isCompleted).slice(-FLAKY_WINDOW)) >= FLAKY_MIN_FLIPS;
const stageOrder = (name) => {
    const row = (0,stages/* findStage */.U9)(name);
    return row ? stages/* STAGE_TABLE */.Kp.indexOf(row) : stages/* STAGE_TABLE */.Kp.length;
};
function stageTimings(record) {
    return Object.entries(record?.stageResults ?? {})
        .map(([name, r]) => ({
        name,
        status: r.status,
        duration: r.duration ?? r.durationSeconds ?? 0,
        error: r.error ?? '',
    }))
        .sort((a, b) => stageOrder(a.name) - stageOrder(b.name));
}
/** The metrics a trend shows (column names of benchmark_results); throughput up is better, latency down. */
const TREND_METRICS = ['output_token_throughput_tps', 'ttft_p90_ms', 'e2e_latency_p90_ms'];
function numericMetrics(level) {
    if (!level)
        return {};
    return Object.fromEntries(TREND_METRICS.flatMap((m) => {
        const value = level[m];
        return typeof value === 'number' && Number.isFinite(value) ? [[m, value]] : [];
    }));
}
/**
 * The benchmark numbers of a run, from its history item's summary (04-benchmark.md: one level
 * per concurrency): those of the highest concurrency; failed benchmark runs are left out.
 */
function benchmarkPoint(item) {
    const summary = item.benchmark;
    if (!summary || summary.status === 'failed')
        return undefined;
    const top = [...summary.levels].sort((a, b) => b.concurrency - a.concurrency)[0];
    const metrics = numericMetrics(top);
    if (!top || Object.keys(metrics).length === 0)
        return undefined;
    return { at: item.runTimestamp, workload: summary.workload, concurrency: top.concurrency, metrics };
}
function benchmarkOf(record, history) {
    const trend = history.map(benchmarkPoint).filter((p) => p !== undefined);
    if (!record?.benchmarkEnabled && !record?.lastBenchmarkStatus && trend.length === 0)
        return undefined;
    return {
        enabled: record?.benchmarkEnabled ?? false,
        lastStatus: record?.lastBenchmarkStatus,
        lastRunId: record?.lastBenchmarkRunId,
        lastTimestamp: record?.lastBenchmarkTimestamp,
        trend,
    };
}
function lastStatusesOf(record, history, length) {
    if (history.length > 0)
        return history.slice(-length).map((h) => h.status);
    // no history table: the record's own completed status is the one point known
    const completed = record?.testStatus === 'running' ? record.previousTestStatus : record?.testStatus;
    return completed && isCompleted(completed) ? [completed] : [];
}
/** The end of the last test, none for MCC's never-tested epoch. */
const lastTestOf = (record) => record?.lastTestTimestamp && record.lastTestTimestamp !== results_record/* NEVER_TESTED */.RL
    ? record.lastTestTimestamp
    : undefined;
const otherIds = (record) => record?.otherConfigIds?.length ? { otherConfigIds: record.otherConfigIds } : {};
function configCoverage(entry, record, history, historyLength) {
    const status = record?.testStatus || 'untested';
    const lastStatuses = lastStatusesOf(record, history, historyLength);
    const keepsPrevious = ['running', 'cancelled'].includes(bucketOf(status));
    return {
        tier: entry.tier,
        id: entry.id,
        configId: entry.configId,
        model: entry.params.modelName,
        instance: entry.params.instanceType,
        status,
        ...(keepsPrevious && record?.previousTestStatus ? { previousStatus: record.previousTestStatus } : {}),
        ...(record?.failureClass && bucketOf(status) !== 'passing' ? { failureClass: record.failureClass } : {}),
        lastTest: lastTestOf(record),
        duration: record?.lastTestDuration,
        // a regression is a current product failure that passed before; a new run in progress clears the mark
        regression: Boolean(record?.regression) &&
            bucketOf(status) === 'failing' &&
            record?.failureClass !== 'infrastructure',
        flaky: isFlaky(history.map((h) => h.status)),
        lastStatuses,
        lastRuns: history.slice(-historyLength).map((h) => ({
            status: h.status,
            at: h.runTimestamp,
            durationSeconds: h.durationSeconds,
            runId: h.runId,
            ...(h.runUrl ? { runUrl: h.runUrl } : {}),
        })),
        stageResults: stageTimings(record),
        errorMessage: record?.errorMessage || undefined,
        cleanFailed: Boolean(record?.cleanFailed),
        estimatedCostUsd: record?.estimatedCostUsd,
        benchmark: benchmarkOf(record, history),
        runUrl: record?.runUrl,
        ...otherIds(record),
    };
}
function summarize(configs) {
    const count = (bucket) => configs.filter((c) => bucketOf(c.status) === bucket).length;
    const total = configs.length;
    const passing = count('passing');
    return {
        total,
        passing,
        failing: count('failing'),
        untested: count('untested'),
        running: count('running'),
        cancelled: count('cancelled'),
        infrastructureFailures: configs.filter((c) => bucketOf(c.status) === 'failing' && c.failureClass === 'infrastructure').length,
        regressions: configs.filter((c) => c.regression).length,
        coveragePercent: total === 0 ? 0 : Math.round((passing / total) * 100),
    };
}
/**
 * What the gate judges a config by: its status, or after a cancelled run the last completed one
 * — a cancellation never counts for or against a gate.
 */
const gateStatusOf = (c) => bucketOf(c.status) === 'cancelled' ? (c.previousStatus ?? 'untested') : c.status;
function buildCoverage(input) {
    const historyLength = input.historyLength ?? DEFAULT_HISTORY_LENGTH;
    const records = new Map(input.records.map((r) => [r.configId, r]));
    const coverageOf = (entries) => entries.map((entry) => configCoverage(entry, records.get(entry.configId), input.history.get(entry.configId) ?? [], historyLength));
    const configs = coverageOf(input.entries);
    const registeredConfigs = coverageOf(input.registered?.entries ?? []);
    const unusable = input.registered?.unusable ?? [];
    const known = new Set([
        ...(input.allCatalogConfigIds ?? input.entries.map((e) => e.configId)),
        ...registeredConfigs.map((c) => c.configId),
        ...unusable.map((u) => u.configId),
    ]);
    const notInCatalog = input.records
        .filter((r) => !known.has(r.configId) && (!input.tier || r.tier === input.tier))
        .map((r) => ({
        configId: r.configId,
        id: r.e2eCatalogId ?? '',
        tier: r.tier ?? '',
        model: r.modelName ?? (0,join/* configurationOf */.QV)(r)?.modelName ?? '',
        status: r.testStatus || 'untested',
        ...(lastTestOf(r) ? { lastTest: lastTestOf(r) } : {}),
        ...otherIds(r),
    }))
        .sort((a, b) => a.id.localeCompare(b.id) || a.configId.localeCompare(b.configId));
    return {
        generatedAt: (input.now ?? new Date()).toISOString(),
        ...(input.tier ? { tier: input.tier } : {}),
        source: input.source,
        summary: summarize(configs),
        configs,
        regressions: configs.filter((c) => c.regression).map((c) => c.id),
        registered: {
            summary: summarize(registeredConfigs),
            configs: registeredConfigs,
            regressions: registeredConfigs.filter((c) => c.regression).map((c) => c.id),
            unusable,
        },
        notInCatalog,
    };
}
const GATE_PATTERN = /^\s*([a-z][\w-]*)\s*>=\s*(?:(\d+)\s*\/\s*(\d+)|(\d+(?:\.\d+)?)\s*%)\s*$/i;
const GATE_HELP = 'write <tier>>=<passing>/<of> (e.g. ci>=5/6) or <tier>>=<percent>% (e.g. ci>=80%)';
function parseGate(text) {
    const match = GATE_PATTERN.exec(text);
    if (!match)
        throw new errors/* UserError */.yo(`gate "${text}" is not valid — ${GATE_HELP}`);
    const [, tierText, num, den, percent] = match;
    let tier;
    try {
        tier = (0,catalog_select/* parseTier */.aW)(tierText);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`gate "${text}": ${error.message}`);
    }
    const [numerator, denominator] = percent !== undefined ? [Number(percent), 100] : [Number(num), Number(den)];
    if (denominator === 0 || numerator > denominator) {
        throw new errors/* UserError */.yo(`gate "${text}" asks for more than every config — the fraction must be at most 1 (5/6, 100%)`);
    }
    return { text: text.trim(), tier: tier, numerator, denominator };
}
/** The gate holds when passing / total ≥ numerator / denominator (compared exactly, no rounding). */
function evaluateGate(model, gate) {
    const configs = model.configs.filter((c) => c.tier === gate.tier);
    if (configs.length === 0) {
        throw new errors/* UserError */.yo(`gate ${gate.text}: the report has no ${gate.tier} configs${model.tier ? ` (it covers tier ${model.tier} only)` : ''} — report that tier or fix the gate`);
    }
    const { cancelled, infrastructureFailures, regressions } = summarize(configs);
    const { passing, total, coveragePercent } = summarize(configs.map((c) => ({ ...c, status: gateStatusOf(c) })));
    const required = Math.ceil((total * gate.numerator) / gate.denominator - 1e-9);
    const passed = passing * gate.denominator >= gate.numerator * total;
    const apart = [
        `${infrastructureFailures} infrastructure failure${infrastructureFailures === 1 ? '' : 's'}`,
        `${regressions} regression${regressions === 1 ? '' : 's'}`,
        ...(cancelled > 0 ? [`${cancelled} cancelled (judged by their last completed run)`] : []),
    ].join(', ');
    const counts = `${passing} of ${total} ${gate.tier} configs pass (${coveragePercent}%)`;
    return {
        passed,
        passing,
        total,
        required,
        sentence: passed
            ? `Gate ${gate.text} passed: ${counts}. ${apart}.`
            : `Gate ${gate.text} failed: ${counts}; at least ${required} must pass. ${apart}.`,
    };
}

;// CONCATENATED MODULE: ./src/report/json.ts
const configJson = (c) => ({
    tier: c.tier,
    id: c.id,
    configId: c.configId,
    status: c.status,
    failureClass: c.failureClass ?? null,
    lastTest: c.lastTest ?? null,
    duration: c.duration ?? null,
    regression: c.regression,
    flaky: c.flaky,
    lastStatuses: c.lastStatuses,
    ...(c.otherConfigIds ? { otherConfigIds: c.otherConfigIds } : {}),
});
function coverageJson(model) {
    return {
        summary: model.summary,
        configs: model.configs.map(configJson),
        regressions: model.regressions,
        registered: { ...model.registered, configs: model.registered.configs.map(configJson) },
        notInCatalog: model.notInCatalog.map((r) => ({ ...r, lastTest: r.lastTest ?? null })),
    };
}
const renderCoverageJson = (model) => JSON.stringify(coverageJson(model), null, 2);

// EXTERNAL MODULE: ./src/report/duration.ts
var duration = __webpack_require__(6132);
// EXTERNAL MODULE: ./src/report/run-summary.ts
var run_summary = __webpack_require__(3642);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
;// CONCATENATED MODULE: ./src/report/text.ts



const FLAKY_MARK = '~ FLAKY';
/** an infrastructure failure (quota, capacity, throttling, credentials): not the product's fault */
const INFRASTRUCTURE_MARK = '(infrastructure)';
/** The status with its marks, as every renderer shows it. */
function statusLabel(c) {
    return [
        c.previousStatus ? `${c.status} (last: ${c.previousStatus})` : c.status,
        ...(c.failureClass === 'infrastructure' ? [INFRASTRUCTURE_MARK] : []),
        ...(c.regression ? [run_summary/* REGRESSION_MARK */.eo] : []),
        ...(c.flaky ? [FLAKY_MARK] : []),
    ].join('  ');
}
/**
 * `Summary: 28 total | 20 passing | 1 failing | 7 untested | 71% coverage` — the line of
 * 03-results.md; configs being run right now add `| N running` before the coverage.
 */
function summaryLine(s) {
    const running = s.running > 0 ? ` | ${s.running} running` : '';
    const cancelled = s.cancelled > 0 ? ` | ${s.cancelled} cancelled` : '';
    return `Summary: ${s.total} total | ${s.passing} passing | ${s.failing} failing | ${s.untested} untested${running}${cancelled} | ${s.coveragePercent}% coverage`;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * Failures that are not the product's, apart from those that are: `2 infrastructure failures,
 * 0 regressions` (+ cancellations). Undefined when nothing failed or was cancelled.
 */
function failureClassLine(s) {
    if (s.failing === 0 && s.cancelled === 0)
        return undefined;
    return [
        plural(s.infrastructureFailures, 'infrastructure failure'),
        plural(s.regressions, 'regression'),
        ...(s.cancelled > 0
            ? [`${s.cancelled} cancelled (never a regression; gates use their last completed run)`]
            : []),
    ].join(', ');
}
/** The sentence above the rows of configurations recorded under more than one key. */
const OTHER_KEYS_NOTE = "Also recorded under another configId (MCC's do/register --ci 7-field id); the newest result is shown:";
/** `[id, other keys]` of every row that joined more than one table item. */
const otherKeyRows = (model) => [...model.configs, ...model.notInCatalog]
    .filter((c) => c.otherConfigIds?.length)
    .map((c) => [c.id || c.configId, (c.otherConfigIds ?? []).join(', ')]);
const notInCatalogRow = (r) => [
    r.id || '—',
    r.configId,
    r.tier || '—',
    r.status,
    r.lastTest ?? '—',
];
/** The registered configurations (outside the catalog, re-tested on schedule) and those that cannot run. */
function registeredText(model) {
    const { configs, unusable, summary } = model.registered;
    if (configs.length === 0 && unusable.length === 0)
        return [];
    const lines = [
        '',
        `Registered (${configs.length} configuration${configs.length === 1 ? '' : 's'} teams registered outside the catalog):`,
    ];
    if (configs.length > 0)
        lines.push((0,table/* renderTextTable */.K$)(['Tier', 'Config', 'configId', 'Model', 'Status', 'Last runs', 'Last Test', 'Duration'], configs.map((c) => [
            c.tier,
            c.id,
            c.configId,
            c.model,
            statusLabel(c),
            c.lastStatuses.join(' ') || '—',
            c.lastTest ?? '—',
            (0,duration/* formatDuration */.a)(c.duration),
        ])).replace(/^/gm, '  '), `  Registered: ${summaryLine(summary).replace(/^Summary: /, '')}`);
    if (unusable.length > 0)
        lines.push(`  Not run (${unusable.length} registered record${unusable.length === 1 ? '' : 's'} that cannot become an entry):`, ...unusable.map((u) => `    ${u.configId}  ${u.reason}`));
    return lines;
}
function renderCoverageText(model) {
    const rows = model.configs.map((c) => [
        c.tier,
        c.id,
        statusLabel(c),
        c.lastTest ?? '—',
        (0,duration/* formatDuration */.a)(c.duration),
    ]);
    const lines = [
        `📊 E2E coverage report${model.tier ? ` — tier ${model.tier}` : ''} (${model.source})`,
        '',
        model.configs.length > 0
            ? (0,table/* renderTextTable */.K$)(['Tier', 'Config', 'Status', 'Last Test', 'Duration'], rows)
            : 'No catalog entries in this report.',
    ];
    if (model.notInCatalog.length > 0) {
        lines.push('', `Not in catalog (${model.notInCatalog.length} record${model.notInCatalog.length === 1 ? '' : 's'} whose configId no catalog entry has):`, (0,table/* renderTextTable */.K$)(['Id', 'configId', 'Tier', 'Status', 'Last Test'], model.notInCatalog.map(notInCatalogRow)).replace(/^/gm, '  '));
    }
    lines.push(...registeredText(model));
    const others = otherKeyRows(model);
    if (others.length > 0) {
        lines.push('', OTHER_KEYS_NOTE, (0,table/* renderTextTable */.K$)(['Config', 'Also as'], others).replace(/^/gm, '  '));
    }
    const classes = failureClassLine(model.summary);
    lines.push('', ...(classes ? [classes] : []), summaryLine(model.summary));
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/html.ts





/**
 * The dashboard: one self-contained page (inline CSS and JS, no CDN, renders offline). The data
 * travels as JSON in a `<script type="application/json">` block with `<`, `>` and `&` escaped, so
 * no value can close the block; the page builds its DOM with textContent only. A Content
 * Security Policy allows just this page's own script and style (by hash) and, when served, its
 * own /api/report.
 */
const DEFAULT_REFRESH_SECONDS = 60;
const REPORT_API_PATH = '/api/report';
/** JSON that is safe inside a script element: nothing in it can end the element. */
function scriptSafeJson(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
const sha256 = (text) => `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(text).digest('base64')}'`;
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
  var seconds = ${duration/* formatDuration */.a.toString()};
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
function renderDashboardHtml(model, options) {
    const payload = {
        model,
        live: options.live,
        refreshSeconds: options.refreshSeconds ?? DEFAULT_REFRESH_SECONDS,
        marks: { regression: run_summary/* REGRESSION_MARK */.eo, flaky: FLAKY_MARK, infrastructure: INFRASTRUCTURE_MARK },
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
<meta http-equiv="Content-Security-Policy" content="${(0,table/* escapeHtml */.ZD)(csp)}">
<title>MCC E2E — ${(0,table/* escapeHtml */.ZD)(summaryLine(model.summary))}</title>
<style>${STYLE}</style>
</head>
<body>
<div id="app"><noscript><p>${(0,table/* escapeHtml */.ZD)(summaryLine(model.summary))} — enable JavaScript for the per-config view.</p></noscript></div>
<script type="application/json" id="report-data">${scriptSafeJson(payload)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/results/local-store.ts
var local_store = __webpack_require__(6569);
// EXTERNAL MODULE: ./src/results/open.ts + 3 modules
var results_open = __webpack_require__(5775);
// EXTERNAL MODULE: ./src/catalog/registered.ts
var catalog_registered = __webpack_require__(2107);
;// CONCATENATED MODULE: ./src/report/source.ts







const isStoreDir = (dir) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'records')) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'history'));
/** Newest run wins per configId (the table's rule); records never run count as oldest. */
const newer = (a, b) => (b.runStartedAt ?? '') > (a.runStartedAt ?? '') ? b : a;
/**
 * Local stores read as one: the tier workflow downloads every leg's `.mcc-e2e/` artifact into one
 * directory, either merged (the directory is a store) or one subdirectory per leg.
 */
class MergedLocalStores {
    dir;
    stores;
    constructor(dir, stores) {
        this.dir = dir;
        this.stores = stores;
    }
    get description() {
        return this.stores.length <= 1
            ? `local store ${this.dir}`
            : `${this.stores.length} local stores under ${this.dir}`;
    }
    async listRecords() {
        const merged = new Map();
        for (const store of this.stores) {
            for (const record of await store.listRecords()) {
                const seen = merged.get(record.configId);
                merged.set(record.configId, seen ? newer(seen, record) : record);
            }
        }
        return [...merged.values()];
    }
    async listHistory(configId) {
        const items = new Map();
        for (const store of this.stores) {
            for (const item of await store.listHistory(configId))
                items.set(`${item.runId}|${item.runTimestamp}`, item);
        }
        return [...items.values()].sort((a, b) => a.runTimestamp.localeCompare(b.runTimestamp));
    }
}
function openResultsDir(dir) {
    const root = (0,external_node_path_.resolve)(dir);
    const children = (0,external_node_fs_.existsSync)(root)
        ? (0,external_node_fs_.readdirSync)(root)
            .map((name) => (0,external_node_path_.join)(root, name))
            .filter((child) => (0,external_node_fs_.statSync)(child).isDirectory() && isStoreDir(child))
        : [];
    const dirs = isStoreDir(root) || children.length === 0 ? [root, ...children] : children;
    return new MergedLocalStores(root, dirs.map((d) => new local_store/* LocalStore */.V(d)));
}
/** The table when one is named, else the local store directory (and any leg stores inside it). */
function openReportSource(settings) {
    if (!settings.table)
        return openResultsDir(settings.localDir);
    // reads go to the table alone (the local mirror only matters to writers)
    const { store } = (0,results_open/* openStores */.j)(settings);
    return {
        description: `DynamoDB table ${settings.table}${settings.historyTable ? ` (history: ${settings.historyTable})` : ''}`,
        listRecords: () => store.listRecords(),
        listHistory: (configId) => store.listHistory(configId),
    };
}
/** Read records and the history of every config that has a record, then build the model. */
async function readCoverage(source, options) {
    // one row per configuration: MCC's own items of a catalog entry join it (before registrations
    // are picked, so such an item never becomes a second, registered copy of the entry)
    const records = (0,join/* joinRecords */.t4)(await source.listRecords(), options.allEntries);
    const registered = (0,catalog_registered/* registeredConfigs */.qO)(records, options.allEntries);
    const registeredEntries = registered.entries.filter((e) => !options.tier || e.tier === options.tier);
    const wanted = new Set([...options.entries, ...registeredEntries].map((e) => e.configId));
    const withRecords = records.filter((r) => wanted.has(r.configId)).map((r) => r.configId);
    const history = new Map(await Promise.all(withRecords.map(async (id) => [id, await source.listHistory(id)])));
    const model = buildCoverage({
        entries: options.entries,
        tier: options.tier,
        records,
        history,
        allCatalogConfigIds: new Set(options.allEntries.map((e) => e.configId)),
        registered: { entries: registeredEntries, unusable: registered.unusable },
        source: source.description,
        historyLength: options.historyLength,
    });
    return { model, records };
}

// EXTERNAL MODULE: ./src/cli/common.ts
var common = __webpack_require__(577);
// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
// EXTERNAL MODULE: ./src/cli/store-commands.ts + 1 modules
var store_commands = __webpack_require__(2470);
;// CONCATENATED MODULE: ./src/cli/report-commands.ts













const DEFAULT_DASHBOARD_PORT = 3939;
function wholeNumber(value, name, min) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
        throw new errors/* UserError */.yo(`${name} must be a whole number ≥ ${min}, not "${value}"`);
    return n;
}
/** The catalog (filtered by tier) and the store of the options, read into the coverage model. */
function coverageReader(opts, command) {
    const { catalog } = (0,common/* loadCatalogFromOptions */.Ig)((0,common/* globalOptions */.Wq)(command));
    const entries = (0,catalog_select/* selectEntries */.XO)(catalog, { tier: opts.tier });
    const historyLength = wholeNumber(opts.history, '--history', 1);
    const source = openReportSource({
        table: opts.table,
        historyTable: opts.historyTable,
        region: (0,store_commands.regionOf)(opts),
        localDir: opts.saveLocal,
    });
    return async () => (await readCoverage(source, { entries, allEntries: catalog.entries, tier: opts.tier, historyLength }))
        .model;
}
const reportCommand = (program, name) => (0,store_commands.withStoreOptions)(program
    .command(name)
    .description(commands/* COMMAND_DESCRIPTIONS */.cH[name])
    .option('--tier <tier>', `one of ${types/* TIERS */.iB.join(', ')} (default: every tier)`)
    .option('--history <n>', 'recent runs shown per config', String(DEFAULT_HISTORY_LENGTH)));
function listen(server, port, host) {
    return new Promise((resolvePromise, reject) => {
        server.once('error', (error) => reject(error.code === 'EADDRINUSE'
            ? new errors/* UserError */.yo(`port ${port} is already in use — stop what runs there or pass --port <another port>`)
            : new errors/* UserError */.yo(`cannot listen on ${host}:${port}: ${error.message}`)));
        server.listen(port, host, () => resolvePromise());
    });
}
function registerReportCommands(program) {
    reportCommand(program, 'report')
        .option('--json', 'print the report as JSON and nothing else')
        .option('--gate <gate>', 'exit 1 when a tier falls short, e.g. ci>=5/6 or ci>=80%')
        .action((0,common/* action */.XI)(async (opts, command) => {
        const gate = opts.gate ? parseGate(opts.gate) : undefined;
        const model = await coverageReader(opts, command)();
        const result = gate ? evaluateGate(model, gate) : undefined;
        console.log(opts.json ? renderCoverageJson(model) : renderCoverageText(model));
        // the gate's sentence never mixes into the JSON on stdout
        if (result)
            (opts.json ? console.error : console.log)(result.sentence);
        return result?.passed === false ? 1 : 0;
    }));
    reportCommand(program, 'status')
        .option('--json', 'print the totals as JSON and nothing else')
        .action((0,common/* action */.XI)(async (opts, command) => {
        const model = await coverageReader(opts, command)();
        const last = model.configs
            .filter((c) => c.lastTest && ['passing', 'failing'].includes(bucketOf(c.previousStatus ?? c.status)))
            .sort((a, b) => (b.lastTest ?? '').localeCompare(a.lastTest ?? ''))[0];
        const lastRun = last
            ? {
                id: last.id,
                status: last.previousStatus ?? last.status,
                at: last.lastTest,
                runUrl: last.runUrl,
            }
            : undefined;
        if (opts.json) {
            const totals = ({ running, passing, failing, untested, total }) => ({
                total,
                running,
                passing,
                failing,
                untested,
            });
            console.log(JSON.stringify({
                ...totals(model.summary),
                registered: totals(model.registered.summary),
                lastRun: lastRun ?? null,
            }, null, 2));
            return;
        }
        const line = (s) => `${s.running} running | ${s.passing} passing | ${s.failing} failing | ${s.untested} untested (of ${s.total})`;
        const registered = model.registered.summary;
        console.log([
            `E2E status${model.tier ? ` — tier ${model.tier}` : ''} (${model.source})`,
            line(model.summary),
            ...(registered.total > 0 ? [`Registered: ${line(registered)}`] : []),
            lastRun
                ? `Last completed run: ${lastRun.id} ${lastRun.status} at ${lastRun.at}${lastRun.runUrl ? ` (${lastRun.runUrl})` : ''}`
                : 'Last completed run: none yet',
        ].join('\n'));
    }));
    reportCommand(program, 'dashboard')
        .option('--port <port>', 'port to listen on', String(DEFAULT_DASHBOARD_PORT))
        .option('--host <host>', 'address to listen on', '127.0.0.1')
        .option('--refresh <seconds>', 'how often the page re-reads the report', String(DEFAULT_REFRESH_SECONDS))
        .action((0,common/* action */.XI)(async (opts, command) => {
        const port = wholeNumber(opts.port, '--port', 0);
        const refreshSeconds = wholeNumber(opts.refresh, '--refresh', 1);
        const read = coverageReader(opts, command);
        const initial = await read(); // a broken store or catalog fails now, not on the first request
        const hosts = allowedHosts(opts.host);
        const server = (0,external_node_http_.createServer)((request, response) => {
            const path = new URL(request.url ?? '/', 'http://localhost').pathname;
            const send = (status, type, body) => {
                response
                    .writeHead(status, {
                    'content-type': type,
                    'content-length': Buffer.byteLength(body),
                    'cache-control': 'no-store',
                    'x-content-type-options': 'nosniff',
                })
                    .end(request.method === 'HEAD' ? undefined : body);
            };
            if (!hostAllowed(request.headers.host, hosts))
                return send(403, 'text/plain; charset=utf-8', `this dashboard answers only to ${[...hosts].join(', ')}\n`);
            if (request.method !== 'GET' && request.method !== 'HEAD') {
                response.setHeader('allow', 'GET, HEAD');
                return send(405, 'text/plain; charset=utf-8', 'read-only: GET and HEAD only\n');
            }
            if (path !== '/' && path !== REPORT_API_PATH)
                return send(404, 'text/plain; charset=utf-8', 'not found\n');
            read().then((model) => path === '/'
                ? send(200, 'text/html; charset=utf-8', renderDashboardHtml(model, { live: true, refreshSeconds }))
                : send(200, 'application/json; charset=utf-8', JSON.stringify(model)), (error) => send(500, 'text/plain; charset=utf-8', `cannot read the results: ${error.message}\n`));
        });
        await listen(server, port, opts.host);
        const { port: bound } = server.address();
        console.log(`Dashboard on http://${opts.host}:${bound}/ — reading ${initial.source}; the page refreshes every ${refreshSeconds} s (Ctrl-C to stop)`);
    }));
}


/***/ }),

/***/ 2470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openCliStores: () => (/* binding */ openCliStores),
  regionOf: () => (/* binding */ regionOf),
  registerStoreCommands: () => (/* binding */ registerStoreCommands),
  withStoreOptions: () => (/* binding */ withStoreOptions)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/catalog/select.ts
var catalog_select = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/catalog/registered.ts
var registered = __webpack_require__(2107);
// EXTERNAL MODULE: ./src/catalog/config-id.ts
var config_id = __webpack_require__(1775);
;// CONCATENATED MODULE: ./src/catalog/project-config.ts

/**
 * `mcc-e2e register --from-project DIR`: the registration MCC's `do/register --ci` would write,
 * read from a generated project's `do/config` without running it. The file is shell, but only
 * its `export NAME=value` lines matter; they are parsed, never sourced. Pure.
 */
const EXPORT_LINE = /^\s*export\s+([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
/** `${NAME:-default}`, as MCC writes overridable settings */
const WITH_DEFAULT = /^\$\{([A-Za-z_][A-Za-z0-9_]*):-(.*)\}$/;
/** what do/register puts in `parameters`: its engine prefixes, and the deploy-time IC_ENV_* settings */
const PARAMETER_NAME = /^(VLLM_|SGLANG_|TRTLLM_|LMI_|DJL_|IC_ENV_)/;
/** The value of an assignment's right-hand side: quotes removed, a trailing comment dropped. */
function shellValue(text, known) {
    const trimmed = text.trim();
    const quoted = /^"([^"]*)"|^'([^']*)'/.exec(trimmed);
    const value = quoted ? (quoted[1] ?? quoted[2] ?? '') : trimmed.replace(/\s+#.*$/, '');
    const withDefault = WITH_DEFAULT.exec(value);
    // the project's own value, not this machine's environment: the registration must be reproducible
    if (withDefault)
        return known.get(withDefault[1]) || withDefault[2];
    return value;
}
/** The exported settings of a do/config, later lines over earlier ones as the shell would. */
function parseDoConfig(text) {
    const vars = new Map();
    for (const line of text.split('\n')) {
        const match = EXPORT_LINE.exec(line);
        if (match)
            vars.set(match[1], shellValue(match[2], vars));
    }
    return vars;
}
/**
 * The record a project registers as: MCC's configJson fields (projectName, deploymentConfig,
 * modelName, instanceType, awsRegion, deploymentTarget, baseImage, parameters) under the
 * documented 5-field configId. Missing fields stay empty: the registered-entry check names them.
 */
function registrationFromDoConfig(vars) {
    const get = (name) => vars.get(name) ?? '';
    const config = {
        projectName: get('PROJECT_NAME'),
        deploymentConfig: get('DEPLOYMENT_CONFIG'),
        modelName: get('MODEL_NAME'),
        instanceType: get('INSTANCE_TYPE'),
        awsRegion: get('AWS_REGION'),
        deploymentTarget: get('DEPLOYMENT_TARGET') || 'realtime-inference',
        baseImage: get('BASE_IMAGE'),
        parameters: Object.fromEntries([...vars].filter(([name]) => PARAMETER_NAME.test(name))),
    };
    return {
        configId: (0,config_id/* computeConfigId */.Z)({ ...config, region: config.awsRegion }),
        configJson: JSON.stringify(config),
        ...(config.projectName ? { projectName: config.projectName } : {}),
    };
}

// EXTERNAL MODULE: ./src/catalog/types.ts
var types = __webpack_require__(1234);
// EXTERNAL MODULE: ./src/results/open.ts + 3 modules
var results_open = __webpack_require__(5775);
// EXTERNAL MODULE: ./src/results/local-store.ts
var local_store = __webpack_require__(6569);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/sweep.ts
var sweep = __webpack_require__(4517);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli/common.ts
var common = __webpack_require__(577);
// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
;// CONCATENATED MODULE: ./src/cli/store-commands.ts














/** The options every command that reads or writes results shares. */
function withStoreOptions(command) {
    return command
        .option('--table <name>', 'DynamoDB CI table (default: the local store)')
        .option('--history-table <name>', 'DynamoDB run-history table')
        .option('--region <region>', 'AWS region (default: AWS_REGION, else us-west-2)')
        .option('--save-local <dir>', 'local store directory', local_store/* DEFAULT_LOCAL_DIR */.C);
}
function regionOf(opts) {
    return opts.region ?? process.env.AWS_REGION ?? 'us-west-2';
}
function openCliStores(opts) {
    return (0,results_open/* openStores */.j)({
        table: opts.table,
        historyTable: opts.historyTable,
        region: regionOf(opts),
        localDir: opts.saveLocal,
    });
}
function registerStoreCommands(program) {
    withStoreOptions(program
        .command('register')
        .description(commands/* COMMAND_DESCRIPTIONS */.cH.register)
        .option('--config <id>', 'catalog id')
        .option('--from-project <dir>', 'instead: a project generated by ml-container-creator; its do/config gives model, instance, region and engine settings')
        .option('--tier <tier>', `with --from-project: how often it is re-tested (${types/* TIERS */.iB.join(', ')}; default nightly)`)
        .option('--benchmark-enabled', 'opt the config into Stage 2 (benchmark)')
        .option('--workload <name>', 'benchmark workload from catalog/workloads.json')).action((0,common/* action */.XI)(async (opts, command) => {
        if (Boolean(opts.config) === Boolean(opts.fromProject))
            throw new errors/* UserError */.yo('register needs --config <catalog id> or --from-project <dir> (one of them)');
        const { catalog } = (0,common/* loadCatalogFromOptions */.Ig)((0,common/* globalOptions */.Wq)(command));
        const entry = opts.fromProject
            ? projectEntry(opts.fromProject, opts.tier, catalog.entries)
            : catalogEntry(catalog, opts.config);
        const stores = openCliStores(opts);
        const outcome = await stores.store.register(entry, { benchmarkEnabled: opts.benchmarkEnabled, benchmarkWorkload: opts.workload }, new Date());
        console.log(`${outcome === 'created' ? 'Registered' : 'Updated'} ${entry.id} (configId ${entry.configId}) in ${stores.store.description}`);
        if (entry.registered)
            console.log(`It is re-tested (tier ${entry.tier}: ${entry.lifecycle.join(', ')}) by plan --select untested|stale --include-registered, e.g. the hourly E2E scan.`);
    }));
    withStoreOptions(program
        .command('sweep')
        .description(commands/* COMMAND_DESCRIPTIONS */.cH.sweep)
        .option('--older-than <duration>', 'age threshold: 90s, 30m, 6h, 2d', '6h')
        .option('--dry-run', 'list what would be deleted; delete nothing')).action((0,common/* action */.XI)(async (opts, command) => {
        const olderThanMs = (0,sweep.parseDuration)(opts.olderThan);
        if (olderThanMs === undefined)
            throw new errors/* UserError */.yo(`--older-than must look like 90s, 30m, 6h or 2d, not "${opts.olderThan}"`);
        const { catalog } = (0,common/* loadCatalogFromOptions */.Ig)((0,common/* globalOptions */.Wq)(command));
        const stores = openCliStores(opts);
        const configIdOf = new Map(catalog.entries.map((e) => [e.id, e.configId]));
        const client = (0,clients.sageMakerClient)(regionOf(opts));
        const decisions = await (0,sweep.sweep)({
            client,
            catalogIds: catalog.entries.map((e) => e.id),
            olderThanMs,
            dryRun: Boolean(opts.dryRun),
            isRunActive: async (catalogId, runToken) => {
                const record = await stores.store.getRecord(configIdOf.get(catalogId) ?? '');
                return record?.testStatus === 'running' && (record.runId ?? '').endsWith(runToken);
            },
        });
        client.destroy();
        if (decisions.length === 0) {
            console.log(`No SageMaker resources of these runs found in ${regionOf(opts)}.`);
            return 0;
        }
        const verb = (d) => d.action === 'keep'
            ? 'kept'
            : opts.dryRun
                ? 'would delete'
                : d.done
                    ? 'deleted'
                    : `FAILED: ${d.error}`;
        console.log((0,table/* renderTextTable */.K$)(['Kind', 'Name', 'Created', 'Action', 'Why'], decisions.map((d) => [d.kind, d.name, d.createdAt.toISOString(), verb(d), d.reason])));
        const failed = decisions.filter((d) => d.error);
        return failed.length > 0 ? 1 : 0;
    }));
}
function catalogEntry(catalog, id) {
    const [entry] = (0,catalog_select/* selectEntries */.XO)(catalog, { ids: id });
    if (!entry)
        throw new errors/* UserError */.yo(`no catalog entry "${id}"`);
    return entry;
}
/** The registered entry of a generated project, checked as the scan will check its record. */
function projectEntry(dir, tier, catalogEntries) {
    const file = (0,external_node_path_.join)(dir, 'do', 'config');
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* UserError */.yo(`--from-project ${dir}: ${file} does not exist — point it at a project generated by ml-container-creator`);
    const registration = registrationFromDoConfig(parseDoConfig((0,external_node_fs_.readFileSync)(file, 'utf8')));
    const record = {
        configId: registration.configId,
        configJson: registration.configJson,
        testStatus: 'untested',
        ...(tier ? { tier: (0,catalog_select/* parseTier */.aW)(tier) } : {}),
    };
    const conversion = (0,registered/* entryFromRecord */.UE)(record, new Set(catalogEntries.map((e) => e.id)));
    if ('unusable' in conversion)
        throw new errors/* UserError */.yo(`--from-project ${dir} (${file}): ${conversion.unusable.reason}`);
    return conversion.entry;
}


/***/ }),

/***/ 6132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * The one duration formatter of summaries, the text report and the dashboard page. It rounds
 * once, to the precision shown, before splitting into units, so no unit ever reads 60
 * (119.7 s → "2m 0s", not "1m 60s"). Self-contained on purpose: the page embeds its source
 * (`formatDuration.toString()`), so the browser shows exactly what the terminal shows.
 */
function formatDuration(seconds) {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0)
        return '—';
    const tenths = Math.round(seconds * 10);
    if (tenths < 600)
        return `${(tenths / 10).toFixed(1)} s`;
    const whole = Math.round(seconds);
    if (whole < 3600)
        return `${Math.floor(whole / 60)}m ${whole % 60}s`;
    const minutes = Math.round(seconds / 60);
    return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}


/***/ }),

/***/ 3642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ renderRunMarkdown),
/* harmony export */   HO: () => (/* binding */ endpointText),
/* harmony export */   I: () => (/* binding */ STATUS_ICONS),
/* harmony export */   Qe: () => (/* binding */ renderResultsText),
/* harmony export */   eo: () => (/* binding */ REGRESSION_MARK),
/* harmony export */   lH: () => (/* binding */ scheduleText)
/* harmony export */ });
/* unused harmony export capMarkdown */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6132);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(790);
/* harmony import */ var _lifecycle_schedule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3147);



const STATUS_ICONS = { pass: '✅', fail: '❌', skip: '⏭️' };
const REGRESSION_MARK = '⚠️ REGRESSION';
const RUN_ICONS = { pass: '✅', cancelled: '🚫', deferred: '⏸️' };
const statusIcon = (status) => status.startsWith('fail-') ? '❌' : (RUN_ICONS[status] ?? '⏳');
/** `fail-deploy (infrastructure)`: the class is shown wherever it is not the product's. */
const statusText = (r) => r.failureClass && r.failureClass !== 'product' && r.status !== 'cancelled'
    ? `${r.status} (${r.failureClass})`
    : r.status;
const costText = (r) => r.estimatedCostUsd === undefined
    ? 'unknown (no price for this instance type)'
    : `$${r.estimatedCostUsd.toFixed(2)}`;
/** "endpoint up 18.2 s, idle 0.4 s" */
const endpointText = (r) => `endpoint up ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(r.endpointSeconds)}, idle ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(r.idleEndpointSeconds)}`;
/** What the schedule did: "schedule overlap-tune: deploy held 31 min to meet the tune (…)". */
function scheduleText(r) {
    if (!r.deployHold)
        return `schedule ${r.schedule}`;
    const { seconds, reason } = r.deployHold;
    return seconds > 0
        ? `schedule ${r.schedule}: deploy held ${(0,_lifecycle_schedule_js__WEBPACK_IMPORTED_MODULE_1__/* .holdText */ .pL)(seconds)} to meet the tune (${reason})`
        : `schedule ${r.schedule}: deploy not held (${reason})`;
}
/** a tune run as submit and wait shows both */
const durationText = (s) => s.phases?.submit && s.phases.wait
    ? `${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(s.durationSeconds)} (submit ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(s.phases.submit.durationSeconds)}, wait ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(s.phases.wait.durationSeconds)})`
    : (0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(s.durationSeconds);
/** Retried stages show their earlier attempts' errors first: what went wrong and was retried. */
const earlierErrors = (s) => (s.earlierAttempts ?? []).map((a) => `attempt ${a.attempt ?? 1}: ${a.error.split('\n')[0] ?? ''}`);
function stageRow(s) {
    const own = s.status === 'fail'
        ? `${s.error}${s.remedy ? `\n→ ${s.remedy}` : ''}`
        : s.status === 'skip'
            ? s.error
            : (s.note ?? '');
    const error = [...earlierErrors(s), ...(own ? [own] : [])].join('\n');
    return [
        STATUS_ICONS[s.status] ?? s.status,
        s.attempt && s.attempt > 1 ? `${s.name} (${s.attempt} attempts)` : s.name,
        s.status === 'skip' && !s.phases ? '—' : durationText(s),
        error,
    ];
}
/** A step summary stays well under GitHub's 1 MiB: trim with a note pointing at the artifact. */
function capMarkdown(markdown, maxBytes, fullAt) {
    if (Buffer.byteLength(markdown) <= maxBytes)
        return markdown;
    const note = `\n\n_… trimmed to fit the summary limit; the full text is in ${escapeHtml(fullAt)}._\n`;
    let cut = markdown.slice(0, maxBytes - Buffer.byteLength(note));
    while (Buffer.byteLength(cut) > maxBytes - Buffer.byteLength(note))
        cut = cut.slice(0, -1024);
    return cut.slice(0, cut.lastIndexOf('\n')) + note;
}
function renderRunMarkdown(r, artifactsAt) {
    const regression = r.regression ? ` ${REGRESSION_MARK} (was ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.previousStatus)})` : '';
    const lines = [
        `### ${statusIcon(r.status)} ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.catalogId)} — ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(statusText(r))}${regression}`,
        '',
        `${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.modelName)} on ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.instanceType)} (${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.region)}) · tier ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.tier)} · configId \`${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.configId)}\` · run ${r.runUrl ? `[${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.runId)}](${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.runUrl)})` : (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.runId)} · ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(r.durationSeconds)}`,
        '',
        (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdownTable */ .Ij)(['', 'Stage', 'Duration', 'Error'], r.stages.map(stageRow)),
        '',
        `Estimated cost: ${costText(r)} (${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(endpointText(r))}) · ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(scheduleText(r))}`,
    ];
    if (r.waitedSeconds !== undefined && r.waitedSeconds > 0)
        lines.push('', `Waited ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(r.waitedSeconds)} for a ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.instanceType)} endpoint slot.`);
    if (r.status === 'deferred')
        lines.push('', `> [!NOTE]\n> Deferred: ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.errorMessage)} — not a failure and never a regression; the record keeps its previous status${r.previousStatus ? ` (${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.previousStatus)})` : ''}, so the stale scan picks this config up again.`);
    if (r.cleanFailed)
        lines.push('', `> [!WARNING]\n> clean failed after an earlier failure: SageMaker resources of project \`${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.projectName)}\` may remain — check the post step or run \`mcc-e2e sweep\`.`);
    if (r.cancelled)
        lines.push('', `> [!NOTE]\n> ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.errorMessage.split('\n')[0] ?? 'Cancelled')} — a cancelled run is never a regression and gates judge this config by its last completed run${r.previousStatus ? ` (${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.previousStatus)})` : ''}.`);
    if (r.benchmark)
        lines.push('', r.benchmark.markdown.trimEnd());
    if (artifactsAt)
        lines.push('', `Logs and result.json: ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(artifactsAt)}`);
    return `${lines.join('\n')}\n`;
}
function renderResultsText(results) {
    const rows = results.map((r) => [
        r.tier,
        r.catalogId,
        `${statusIcon(r.status)} ${statusText(r)}${r.regression ? `  ${REGRESSION_MARK}` : ''}${r.cleanFailed ? '  (clean failed!)' : ''}`,
        (0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(r.durationSeconds),
        `${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(r.endpointSeconds)} (idle ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(r.idleEndpointSeconds)})`,
        r.estimatedCostUsd === undefined ? 'unknown' : `$${r.estimatedCostUsd.toFixed(2)}`,
        r.errorMessage ? (r.errorMessage.split('\n')[0]?.slice(0, 80) ?? '') : '',
    ]);
    const passing = results.filter((r) => r.status === 'pass').length;
    const cancelled = results.filter((r) => r.status === 'cancelled').length;
    const deferred = results.filter((r) => r.status === 'deferred').length;
    const infrastructure = results.filter((r) => r.status.startsWith('fail-') && r.failureClass === 'infrastructure').length;
    const regressions = results.filter((r) => r.regression).length;
    return `${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTextTable */ .K$)(['Tier', 'Config', 'Status', 'Duration', 'Endpoint', 'Cost', 'Error'], rows)}\n\n${results.length} run | ${passing} passing | ${results.length - passing - cancelled - deferred} failing${cancelled > 0 ? ` | ${cancelled} cancelled` : ''}${deferred > 0 ? ` | ${deferred} deferred` : ''} (${infrastructure} infrastructure failure${infrastructure === 1 ? '' : 's'}, ${regressions} regression${regressions === 1 ? '' : 's'})`;
}


/***/ })

};
