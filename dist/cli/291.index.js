export const id = 291;
export const ids = [291,470,517];
export const modules = {

/***/ 4517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROJECT_TAG: () => (/* binding */ PROJECT_TAG),
/* harmony export */   githubRunState: () => (/* binding */ githubRunState),
/* harmony export */   parseDuration: () => (/* binding */ parseDuration),
/* harmony export */   parseProjectName: () => (/* binding */ parseProjectName),
/* harmony export */   sweep: () => (/* binding */ sweep)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4459);
/* harmony import */ var _sagemaker_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5549);
/* harmony import */ var _lifecycle_project_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9581);



/**
 * The orphan sweep: SageMaker inference components, endpoints, endpoint configs, models and tune jobs still training that
 * these runs created (the toolkit's marker in the name, `<id>-e2e<run token>`, in the name of the
 * endpoint an IC lives on, or in the `mcc-e2e:project` tag) and that are older than a threshold,
 * when their run is over. A running run's resources are never touched. ICs go first, and their
 * endpoints wait for them to be gone.
 */
const PROJECT_TAG = 'mcc-e2e:project';
/** A run token: GitHub's `<run id>-<attempt>` or the CLI's base36 token; MCC may add `-endpoint-…`, `-epc-…`. */
const TOKEN = /^(\d+-\d+|[a-z0-9]{10,})(?:-[a-z].*)?$/;
/**
 * `<stem>-e2e<token>` where the stem is what makeProjectName makes of a catalog id for that
 * token: only names carrying the toolkit's own marker are ours (never `t-one-production`).
 */
function parseProjectName(name, catalogIds) {
    for (let at = name.indexOf(_lifecycle_project_name_js__WEBPACK_IMPORTED_MODULE_1__/* .PROJECT_MARKER */ .XZ); at > 0; at = name.indexOf(_lifecycle_project_name_js__WEBPACK_IMPORTED_MODULE_1__/* .PROJECT_MARKER */ .XZ, at + 1)) {
        const runToken = name.slice(at + _lifecycle_project_name_js__WEBPACK_IMPORTED_MODULE_1__/* .PROJECT_MARKER */ .XZ.length).match(TOKEN)?.[1];
        if (!runToken)
            continue;
        const stem = name.slice(0, at);
        const catalogId = catalogIds.find((id) => (0,_lifecycle_project_name_js__WEBPACK_IMPORTED_MODULE_1__/* .projectStems */ .Q1)(id, runToken).includes(stem));
        if (catalogId)
            return { catalogId, runToken };
    }
    return undefined;
}
async function projectTag(client, arn) {
    const { Tags } = await client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_2__/* .ListTagsCommand */ .bvr({ ResourceArn: arn }));
    return Tags?.find((t) => t.Key === PROJECT_TAG)?.Value;
}
async function ownerOf(client, candidate, catalogIds) {
    return (parseProjectName(candidate.name, catalogIds) ??
        (candidate.endpoint ? parseProjectName(candidate.endpoint, catalogIds) : undefined) ??
        parseProjectName((await projectTag(client, candidate.arn)) ?? '', catalogIds));
}
async function sweep(options) {
    const now = options.now ?? new Date();
    const before = new Date(now.getTime() - options.olderThanMs);
    const decisions = [];
    const unlisted = [];
    for (const type of _sagemaker_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCE_TYPES */ .Rx) {
        const listed = [];
        try {
            for await (const candidate of type.list(options.client))
                listed.push(candidate);
        }
        catch (error) {
            // endpoints are what bills: without them the sweep knows nothing; any other kind is reported
            if (type.required)
                throw error;
            unlisted.push((0,_sagemaker_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .unlistedText */ .sf)(type, error));
            continue;
        }
        for (const candidate of listed) {
            // the name tells whose it is (an IC's endpoint name too); a tag can claim what a name does not
            const owner = await ownerOf(options.client, candidate, options.catalogIds);
            if (!owner)
                continue;
            if (candidate.createdAt > before) {
                decisions.push({ ...candidate, action: 'keep', reason: 'younger than the threshold' });
                continue;
            }
            const keep = await options.keepReason(owner.catalogId, owner.runToken);
            decisions.push(keep
                ? { ...candidate, action: 'keep', reason: keep }
                : {
                    ...candidate,
                    action: 'delete',
                    reason: `left by finished run ${owner.runToken} of ${owner.catalogId}`,
                });
        }
    }
    if (options.dryRun)
        return { decisions, unlisted };
    for (const type of _sagemaker_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .RESOURCE_TYPES */ .Rx) {
        const deleted = [];
        const own = decisions
            .filter((d) => d.kind === type.kind && d.action === 'delete')
            .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
        for (const decision of own) {
            try {
                await type.remove(options.client, decision.name);
                decision.done = true;
                deleted.push(decision.name);
            }
            catch (error) {
                decision.error = error.message;
            }
        }
        await (0,_sagemaker_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .waitUntilGone */ .Ly)(type, options.client, deleted, options.deletion);
    }
    return { decisions, unlisted };
}
const UNITS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90s`, `30m`, `6h`, `2d`. */
function parseDuration(text) {
    const match = text.trim().match(/^(\d+(?:\.\d+)?)([smhd])$/);
    return match ? Number(match[1]) * UNITS[match[2]] : undefined;
}
/** What an HTTP status from GET /repos/{repo}/actions/runs/{id} means for the sweep. */
const HTTP_MEANING = {
    401: 'the token was refused',
    403: 'the token may not read workflow runs — grant the job actions: read',
    404: 'no such run in the repository, or the token cannot see it (actions: read)',
};
/** The API's answer must come in time: an unanswered lookup keeps the resources, it never stalls the sweep. */
const LOOKUP_TIMEOUT_MS = 15_000;
/**
 * The state of the GitHub Actions run of a `<run id>-<attempt>` token; undefined for a CLI token.
 * The token goes only into the request's authorization header, never into what is returned.
 */
async function githubRunState(runToken, github) {
    const runId = runToken.match(/^(\d+)-\d+$/)?.[1];
    if (!runId)
        return undefined;
    try {
        const response = await fetch(`${github.apiUrl ?? 'https://api.github.com'}/repos/${github.repository}/actions/runs/${runId}`, {
            headers: { authorization: `Bearer ${github.token}`, accept: 'application/vnd.github+json' },
            signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
        });
        if (!response.ok) {
            const meaning = HTTP_MEANING[response.status];
            return { state: 'unknown', why: `HTTP ${response.status}${meaning ? `: ${meaning}` : ''}` };
        }
        const status = (await response.json()).status;
        if (status === 'completed')
            return { state: 'completed' };
        if (typeof status === 'string' && status)
            return { state: 'going', status };
        return { state: 'unknown', why: 'the answer had no status' };
    }
    catch (error) {
        return { state: 'unknown', why: error.message };
    }
}


/***/ }),

/***/ 1291:
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
// EXTERNAL MODULE: ./src/path-checks.ts
var path_checks = __webpack_require__(756);
// EXTERNAL MODULE: ./src/results/record.ts
var results_record = __webpack_require__(6269);
// EXTERNAL MODULE: ./src/lifecycle/failure-class.ts
var failure_class = __webpack_require__(5291);
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
        ...(r.remedy ? { remedy: r.remedy } : {}),
        ...(r.log ? { log: r.log } : {}),
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
        // a regression is a current product failure (or timeout) that passed before; infrastructure
        // failures and cancellations never are; a new run in progress clears the mark
        regression: Boolean(record?.regression) &&
            bucketOf(status) === 'failing' &&
            (record?.failureClass === undefined || (0,failure_class/* isRegressionClass */.Wm)(record.failureClass)),
        flaky: isFlaky(history.map((h) => h.status)),
        lastStatuses,
        lastRuns: history.slice(-historyLength).map(runPoint),
        stageResults: stageTimings(record),
        errorMessage: record?.errorMessage || undefined,
        cleanFailed: Boolean(record?.cleanFailed),
        estimatedCostUsd: record?.estimatedCostUsd,
        benchmark: benchmarkOf(record, history.slice(-historyLength)),
        runUrl: record?.runUrl,
        ...otherIds(record),
        runId: record?.runId,
        ...(status === 'running' && record?.runStartedAt ? { runningSince: record.runStartedAt } : {}),
    };
}
const runPoint = (h) => ({
    status: h.status,
    at: h.runTimestamp,
    durationSeconds: h.durationSeconds,
    runId: h.runId,
    ...(h.runUrl ? { runUrl: h.runUrl } : {}),
    ...(h.stageDurations ? { stageDurations: h.stageDurations } : {}),
    ...(h.estimatedCostUsd !== undefined ? { estimatedCostUsd: h.estimatedCostUsd } : {}),
});
/** Pass rate and spend per UTC day of each tier, from the runs the report shows. */
function tierTrends(configs) {
    const tiers = [...new Set(configs.map((c) => c.tier))];
    return tiers.map((tier) => {
        const days = new Map();
        for (const run of configs.filter((c) => c.tier === tier).flatMap((c) => c.lastRuns)) {
            const day = run.at.slice(0, 10);
            const d = days.get(day) ?? { runs: 0, completed: 0, passed: 0, spend: 0 };
            d.runs += 1;
            if (isCompleted(run.status))
                d.completed += 1;
            if (bucketOf(run.status) === 'passing')
                d.passed += 1;
            d.spend += run.estimatedCostUsd ?? 0;
            days.set(day, d);
        }
        return {
            tier,
            days: [...days.entries()]
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([day, d]) => ({
                day,
                runs: d.runs,
                passed: d.passed,
                passRate: d.completed === 0 ? 0 : Math.round((100 * d.passed) / d.completed),
                spendUsd: Math.round(d.spend * 100) / 100,
            })),
        };
    });
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
        tierTrends: tierTrends(configs),
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
// EXTERNAL MODULE: ./src/entities.ts
var entities = __webpack_require__(8420);
;// CONCATENATED MODULE: ./src/report/junit.ts



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
const xmlText = (value) => String(value)
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => entities/* XML_ENTITIES */.o[c]);
const attributes = (values) => Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${xmlText(v)}"`)
    .join('');
const seconds = (s) => (s ?? 0).toFixed(3);
/** failureClass (09-v1-field-lessons.md) → outcome; a product or timeout failure is a test failure. */
const FAILURE_OUTCOMES = { infrastructure: 'error', cancelled: 'skipped' };
function outcomeOf(c) {
    const bucket = bucketOf(c.status);
    if (bucket === 'passing')
        return 'passed';
    if (bucket !== 'failing')
        return 'skipped';
    return (c.failureClass && FAILURE_OUTCOMES[c.failureClass]) || 'failure';
}
const SKIP_MESSAGES = {
    untested: 'untested: no run has recorded a result yet',
    running: 'running: no result yet',
    deferred: 'deferred: not started (no quota slot within the budget)',
    cancelled: 'cancelled: stopped by a cancel or the job budget',
};
function skipMessage(c) {
    const known = SKIP_MESSAGES[c.status];
    const base = known ?? `${c.status}: no completed result`;
    return c.previousStatus ? `${base} (last: ${c.previousStatus})` : base;
}
function failureElement(c, tag) {
    const stage = c.stageResults.find((s) => s.status === 'fail');
    const error = stage?.error || c.errorMessage || c.status;
    const firstLine = error.split('\n').find((l) => l.trim() !== '') ?? error;
    const body = [
        `${c.status}${c.regression ? ' (REGRESSION: passed before)' : ''}`,
        stage ? `first failing stage: ${stage.name}` : undefined,
        `error: ${error}`,
        stage?.remedy ? `remedy: ${stage.remedy}` : undefined,
        c.runUrl ? `run: ${c.runUrl}` : undefined,
    ].filter((line) => line !== undefined);
    return `<${tag}${attributes({ message: `${stage?.name ?? c.status}: ${firstLine}`, type: c.status })}>${xmlText(body.join('\n'))}</${tag}>`;
}
function systemOut(c) {
    const lines = [
        `${c.model} on ${c.instance} · configId ${c.configId}${c.lastTest ? ` · last test ${c.lastTest}` : ''}`,
        ...c.stageResults.map((s) => `${s.name.padEnd(13)} ${s.status.padEnd(4)} ${s.status === 'skip' ? '—' : (0,duration/* formatDuration */.a)(s.duration)}`),
    ];
    return `<system-out>${xmlText(lines.join('\n'))}</system-out>`;
}
function testcase(c) {
    const outcome = outcomeOf(c);
    const inner = outcome === 'passed'
        ? ''
        : outcome === 'skipped'
            ? `<skipped${attributes({ message: skipMessage(c) })}/>`
            : failureElement(c, outcome);
    const time = outcome === 'skipped' ? 0 : c.duration;
    return `    <testcase${attributes({ classname: c.tier, name: c.id, time: seconds(time), timestamp: c.lastTest })}>${inner}${systemOut(c)}</testcase>`;
}
function countsOf(configs) {
    const outcomes = configs.map(outcomeOf);
    const count = (o) => outcomes.filter((x) => x === o).length;
    return {
        tests: configs.length,
        failures: count('failure'),
        errors: count('error'),
        skipped: count('skipped'),
        time: configs.filter((c) => outcomeOf(c) !== 'skipped').reduce((sum, c) => sum + (c.duration ?? 0), 0),
    };
}
const countAttributes = (c) => ({
    tests: c.tests,
    failures: c.failures,
    errors: c.errors,
    skipped: c.skipped,
    time: seconds(c.time),
});
function renderJUnit(model) {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/write-file.ts




/** Write a report file (dashboard, JUnit XML), creating its directory; a failure names the flag or input. */
function writeReportFile(file, text, setting) {
    const path = (0,external_node_path_.resolve)(file);
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${setting} ${path} cannot be written: ${(0,path_checks/* fsReason */.EG)(error, path)} — ${(0,path_checks/* remedyVerb */.am)(setting)} a file path in a directory you can write`);
    }
    return path;
}

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
const STYLE = String.raw `
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
const SCRIPT = String.raw `
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('report-data').textContent);
  var refreshParam = Number(new URLSearchParams(location.search).get('refresh'));
  var refreshSeconds = refreshParam > 0 ? refreshParam : config.refreshSeconds;
  var root = document.getElementById('app');
  var SVG = 'http://www.w3.org/2000/svg';
  var DASH = '\u2014';
  var seconds = ${duration/* formatDuration */.a.toString()};
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
    get warnings() {
        return this.stores.flatMap((s) => s.warnings);
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
        get warnings() {
            return store.warnings;
        },
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
    return { model, records, warnings: [...new Set(source.warnings ?? [])] };
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
/**
 * The catalog (filtered by tier) and the store of the options, read into the coverage model. The
 * store directory and the files the command will write are checked first, naming their flag.
 */
function coverageReader(opts, command, outputs = []) {
    const { catalog } = (0,common/* loadCatalogFromOptions */.Ig)((0,common/* globalOptions */.Wq)(command));
    const entries = (0,catalog_select/* selectEntries */.XO)(catalog, { tier: opts.tier });
    const historyLength = wholeNumber(opts.history, '--history', 1);
    (0,path_checks/* checkPaths */.nn)([
        ...(opts.table ? [] : [{ setting: '--save-local', path: opts.saveLocal, role: 'results-dir' }]),
        ...outputs,
    ]);
    const source = openReportSource({
        table: opts.table,
        historyTable: opts.historyTable,
        region: (0,store_commands.regionOf)(opts),
        localDir: opts.saveLocal,
    });
    const warned = new Set();
    return async () => {
        const read = await readCoverage(source, {
            entries,
            allEntries: catalog.entries,
            tier: opts.tier,
            historyLength,
        });
        // a bad record is skipped, never the report: say which, once
        for (const warning of read.warnings.filter((w) => !warned.has(w))) {
            warned.add(warning);
            console.error(`warning: ${warning}`);
        }
        return read.model;
    };
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
        .option('--junit <file>', 'also write the report as JUnit XML (one testsuite per tier)')
        .action((0,common/* action */.XI)(async (opts, command) => {
        const gate = opts.gate ? parseGate(opts.gate) : undefined;
        const junit = opts.junit
            ? [{ setting: '--junit', path: opts.junit, role: 'output-file' }]
            : [];
        const model = await coverageReader(opts, command, junit)();
        const result = gate ? evaluateGate(model, gate) : undefined;
        if (opts.junit)
            writeReportFile(opts.junit, renderJUnit(model), '--junit');
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
// EXTERNAL MODULE: ./src/catalog/load.ts
var load = __webpack_require__(6043);
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
// EXTERNAL MODULE: ./src/aws/sagemaker-resources.ts
var sagemaker_resources = __webpack_require__(5549);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/path-checks.ts
var path_checks = __webpack_require__(756);
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
        const { catalog, file } = (0,common/* loadCatalogFromOptions */.Ig)((0,common/* globalOptions */.Wq)(command));
        if (opts.workload)
            knownWorkload(file, opts.workload);
        const entry = opts.fromProject
            ? projectEntry(opts.fromProject, opts.tier, catalog.entries)
            : catalogEntry(catalog, opts.config);
        // with a table the record goes there alone; without one the local store must take it
        if (!opts.table)
            (0,path_checks/* checkPaths */.nn)([{ setting: '--save-local', path: opts.saveLocal, role: 'local-store' }]);
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
        .option('--dry-run', 'list what would be deleted; delete nothing')
        .option('--local-only', 'without --table: check only the local store for running runs (CI legs are not seen)')
        .option('--github-token <token>', 'also keep what in-progress workflow runs own (default: GITHUB_TOKEN)')
        .option('--repo <owner/name>', 'the repository of those workflow runs (default: GITHUB_REPOSITORY)')).action((0,common/* action */.XI)(async (opts, command) => {
        const olderThanMs = (0,sweep.parseDuration)(opts.olderThan);
        if (olderThanMs === undefined)
            throw new errors/* UserError */.yo(`--older-than must look like 90s, 30m, 6h or 2d, not "${opts.olderThan}"`);
        if (!opts.table && !opts.localOnly)
            throw new errors/* UserError */.yo(`sweep needs --table <name> to know which CI runs are still going (a running leg's endpoint would look abandoned) — or --local-only to check only the local store ${opts.saveLocal}`);
        const { catalog } = (0,common/* loadCatalogFromOptions */.Ig)((0,common/* globalOptions */.Wq)(command));
        const stores = openCliStores(opts);
        const token = opts.githubToken ?? process.env.GITHUB_TOKEN;
        const repository = opts.repo ?? process.env.GITHUB_REPOSITORY;
        const github = token && repository ? { token, repository, apiUrl: process.env.GITHUB_API_URL } : undefined;
        if (!opts.table)
            console.log(`⚠️  --local-only: running runs were looked up in the local store ${stores.local.dir} only; CI runs recorded in a table were not checked`);
        if (!github)
            console.log('⚠️  no --github-token/--repo: in-progress workflow runs were not checked through the GitHub API');
        const configIdOf = new Map(catalog.entries.map((e) => [e.id, e.configId]));
        // one lookup per run, not one per resource it left
        const lookUps = new Map();
        const githubState = async (runToken) => {
            if (!github)
                return undefined;
            if (!lookUps.has(runToken))
                lookUps.set(runToken, (0,sweep.githubRunState)(runToken, github));
            return lookUps.get(runToken);
        };
        const client = (0,clients.sageMakerClient)(regionOf(opts));
        const { decisions, unlisted } = await (0,sweep.sweep)({
            client,
            catalogIds: catalog.entries.map((e) => e.id),
            olderThanMs,
            dryRun: Boolean(opts.dryRun),
            keepReason: async (catalogId, runToken) => {
                const run = `run ${runToken} of ${catalogId}`;
                const record = await stores.store.getRecord(configIdOf.get(catalogId) ?? '');
                if (record?.testStatus === 'running' && (record.runId ?? '').endsWith(runToken))
                    return `${run} is still running`;
                // the API's word, never a guess: a lookup that fails keeps the resources
                const state = await githubState(runToken);
                if (state?.state === 'going')
                    return `${run} is still running (GitHub: ${state.status})`;
                if (state?.state === 'unknown')
                    return `${run}: GitHub could not say whether it is over (${state.why}) — kept`;
                return undefined;
            },
        });
        client.destroy();
        for (const text of unlisted)
            console.log(`⚠️  ${text}; the other kinds were swept`);
        if (decisions.length === 0) {
            console.log(`No SageMaker resources of these runs found in ${regionOf(opts)}.`);
            return 0;
        }
        const verb = (d) => {
            const removal = sagemaker_resources/* RESOURCE_TYPES */.Rx.find((t) => t.kind === d.kind)?.removal ?? DELETION;
            if (d.action === 'keep')
                return 'kept';
            if (opts.dryRun)
                return `would ${removal.verb}`;
            return d.done ? removal.past : `FAILED: ${d.error}`;
        };
        console.log((0,table/* renderTextTable */.K$)(['Kind', 'Name', 'Created', 'Action', 'Why'], decisions.map((d) => [d.kind, d.name, d.createdAt.toISOString(), verb(d), d.reason])));
        const failed = decisions.filter((d) => d.error);
        return failed.length > 0 ? 1 : 0;
    }));
}
const DELETION = { verb: 'delete', past: 'deleted' };
/** --workload names a profile of workloads.json: a typo must not be stored and fail at benchmark time */
function knownWorkload(catalogFile, name) {
    const { file, workloads } = (0,load/* loadWorkloads */.Ru)(catalogFile);
    if (!Object.hasOwn(workloads, name))
        throw new errors/* UserError */.yo(`--workload "${name}" is not a workload of ${(0,load/* displayPath */.Gt)(file)} — use one of ${Object.keys(workloads).join(', ')}`);
}
function catalogEntry(catalog, id) {
    if (id.includes(','))
        throw new errors/* UserError */.yo(`register --config takes one catalog id, not "${id}" — run register once per id`);
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

/***/ 8420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ XML_ENTITIES)
/* harmony export */ });
/** The five predefined XML entities (JUnit XML; and a form a secret can take in a log). */
const XML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
};


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
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6132);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(790);


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
const endpointText = (r) => `endpoint up ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(r.endpointSeconds)}, idle ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(r.idleEndpointSeconds)}`;
/** What the schedule did: "schedule overlap-tune: deploy held 31m 0s to meet the tune (…)". */
function scheduleText(r) {
    if (!r.deployHold)
        return `schedule ${r.schedule}`;
    const { seconds, reason } = r.deployHold;
    return seconds > 0
        ? `schedule ${r.schedule}: deploy held ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(seconds)} to meet the tune (${reason})`
        : `schedule ${r.schedule}: deploy not held (${reason})`;
}
/** a tune run as submit and wait shows both */
const durationText = (s) => s.phases?.submit && s.phases.wait
    ? `${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(s.durationSeconds)} (submit ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(s.phases.submit.durationSeconds)}, wait ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(s.phases.wait.durationSeconds)})`
    : (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(s.durationSeconds);
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
function artifactLine({ dir, s3, runUrl }) {
    if (s3) {
        const logs = Object.entries(s3.stageLogs).map(([stage, url]) => `[${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(stage)}](${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(url)})`);
        return `Logs and result.json in S3: [result.json](${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(s3.resultJson)})${logs.length ? ` · stage logs: ${logs.join(' · ')}` : ''}`;
    }
    if (runUrl)
        return `Logs and result.json: ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(dir)} in [this run's artifacts](${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(runUrl)}#artifacts)`;
    return `Logs and result.json: ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(dir)}`;
}
function renderRunMarkdown(r, artifacts) {
    const regression = r.regression ? ` ${REGRESSION_MARK} (was ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.previousStatus)})` : '';
    const lines = [
        `### ${statusIcon(r.status)} ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.catalogId)} — ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(statusText(r))}${regression}`,
        '',
        `${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.modelName)} on ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.instanceType)} (${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.region)}) · tier ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.tier)} · configId \`${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.configId)}\` · run ${r.runUrl ? `[${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.runId)}](${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.runUrl)})` : (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.runId)} · ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(r.durationSeconds)}`,
        '',
        (0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdownTable */ .Ij)(['', 'Stage', 'Duration', 'Error'], r.stages.map(stageRow)),
        '',
        `Estimated cost: ${costText(r)} (${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(endpointText(r))}) · ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(scheduleText(r))}`,
    ];
    if (r.waitedSeconds !== undefined && r.waitedSeconds > 0)
        lines.push('', `Waited ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(r.waitedSeconds)} for a ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.instanceType)} endpoint slot.`);
    if (r.status === 'deferred')
        lines.push('', `> [!NOTE]\n> Deferred: ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.errorMessage)} — not a failure and never a regression; the record keeps its previous status${r.previousStatus ? ` (${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.previousStatus)})` : ''}, so the stale scan picks this config up again.`);
    if (r.cleanFailed)
        lines.push('', `> [!WARNING]\n> clean failed after an earlier failure: SageMaker resources of project \`${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.projectName)}\` may remain — check the post step or run \`mcc-e2e sweep\`.`);
    if (r.cancelled)
        lines.push('', `> [!NOTE]\n> ${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCell */ .UZ)(r.errorMessage.split('\n')[0] ?? 'Cancelled')} — a cancelled run is never a regression and gates judge this config by its last completed run${r.previousStatus ? ` (${(0,_table_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.previousStatus)})` : ''}.`);
    if (r.benchmark)
        lines.push('', r.benchmark.markdown.trimEnd());
    if (artifacts)
        lines.push('', artifactLine(artifacts));
    return `${lines.join('\n')}\n`;
}
function renderResultsText(results) {
    const rows = results.map((r) => [
        r.tier,
        r.catalogId,
        `${statusIcon(r.status)} ${statusText(r)}${r.regression ? `  ${REGRESSION_MARK}` : ''}${r.cleanFailed ? '  (clean failed!)' : ''}`,
        (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(r.durationSeconds),
        `${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(r.endpointSeconds)} (idle ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(r.idleEndpointSeconds)})`,
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
