export const id = 894;
export const ids = [894,470,517];
export const modules = {

/***/ 6963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ awsCredentialsLikely)
/* harmony export */ });
// No SDK import here: callers decide from this whether to load the AWS SDK at all.
/** Credentials the SDK could find: the environment, a web identity, a profile, or an emulator. */
function awsCredentialsLikely(env = process.env) {
    return Boolean(env.AWS_ACCESS_KEY_ID ||
        env.AWS_WEB_IDENTITY_TOKEN_FILE ||
        env.AWS_PROFILE ||
        env.AWS_CONTAINER_CREDENTIALS_FULL_URI ||
        env.AWS_ENDPOINT_URL);
}


/***/ }),

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

/***/ 3894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerCatalogCommands: () => (/* binding */ registerCatalogCommands)
});

// EXTERNAL MODULE: ./src/catalog/load.ts
var load = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/catalog/select.ts
var catalog_select = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/results/join.ts
var join = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/catalog/select-by-status.ts

/**
 * The plan selections that read results (MCC's scanner Lambda, as a plan filter). Pure: the
 * caller brings the records (table or local store) and, for `changed`, the base catalog.
 */
const STATUS_SELECTIONS = ['stale', 'untested', 'failing'];
const SELECTIONS = ['all', ...STATUS_SELECTIONS, 'changed'];
/** Hours after which a result is stale, per tier (daily, daily, weekly). */
const STALE_AFTER_HOURS = { ci: 24, nightly: 24, weekly: 168 };
const isUntested = (r) => !r || r.testStatus === 'untested' || (!r.lastTestTimestamp && r.testStatus !== 'running');
function isStale(entry, record, now, staleAfterHours) {
    if (isUntested(record))
        return true;
    const windowMs = (staleAfterHours ?? STALE_AFTER_HOURS[entry.tier]) * 3_600_000;
    // a run in progress inside the window is not stale: the scan must not start a second one
    if (record?.testStatus === 'running' &&
        record.runStartedAt &&
        now.getTime() - Date.parse(record.runStartedAt) < windowMs)
        return false;
    const last = record?.lastTestTimestamp ? Date.parse(record.lastTestTimestamp) : 0;
    return now.getTime() - last >= windowMs;
}
const PREDICATES = {
    untested: (_e, r) => isUntested(r),
    failing: (_e, r) => Boolean(r?.testStatus.startsWith('fail-')),
    stale: isStale,
};
function selectByStatus(entries, records, selection, options = {}) {
    // MCC's own items of an entry (its 7-field id) count as the entry's: newest result wins
    const byConfigId = new Map((0,join/* joinRecords */.t4)(records, entries).map((r) => [r.configId, r]));
    const now = options.now ?? new Date();
    return entries.filter((e) => PREDICATES[selection](e, byConfigId.get(e.configId), now, options.staleAfterHours));
}
/** Entries added or modified against the base catalog's raw entries (by id, compared as JSON). */
function selectChanged(entries, baseRawEntries) {
    if (!baseRawEntries)
        return entries;
    const base = new Map(baseRawEntries
        .filter((e) => e !== null && typeof e === 'object')
        .map((e) => [String(e.id), JSON.stringify(e)]));
    return entries.filter((e) => {
        const { argv: _a, params: _p, configId: _c, ...raw } = e;
        return base.get(e.id) !== JSON.stringify(raw);
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/catalog/git-base.ts



/**
 * The catalog as it is at a git ref (for `select: changed`), read with `git show` (argv, no
 * shell). A catalog absent at the base means every entry is new.
 */
function baseCatalogEntries(catalogFile, baseRef, repoDir) {
    const document = baseCatalogDocument(catalogFile, baseRef, repoDir);
    if (document === undefined)
        return undefined;
    return Array.isArray(document.configs) ? document.configs : [];
}
/** The whole base catalog (root keys such as stageCommands included); {} when absent, undefined when unreadable. */
function baseCatalogDocument(catalogFile, baseRef, repoDir) {
    if (!/^[\w./@^~-]+$/.test(baseRef))
        throw new errors/* UserError */.yo(`base-ref "${baseRef}" is not a git ref`);
    const path = (0,external_node_path_.relative)(repoDir, catalogFile);
    const shown = (0,external_node_child_process_.spawnSync)('git', ['show', `${baseRef}:${path}`], { cwd: repoDir, encoding: 'utf8' });
    if (shown.error)
        throw new errors/* UserError */.yo(`git is needed for select: changed (${shown.error.message})`);
    if (shown.status !== 0) {
        if (/does not exist|exists on disk, but not in/.test(shown.stderr))
            return {};
        throw new errors/* UserError */.yo(`cannot read ${path} at ${baseRef}: ${shown.stderr.trim()} — fetch the base (actions/checkout with fetch-depth: 0)`);
    }
    try {
        const parsed = JSON.parse(shown.stdout);
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
            ? parsed
            : undefined;
    }
    catch {
        // an unreadable base catalog: treat every entry as changed
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/catalog/registered.ts
var catalog_registered = __webpack_require__(2107);
;// CONCATENATED MODULE: ./src/catalog/plan-selection.ts





function parseSelection(select) {
    const value = (select ?? '').trim() || 'all';
    if (!SELECTIONS.includes(value))
        throw new errors/* UserError */.yo(`select "${value}" is not one of ${SELECTIONS.join(', ')}`);
    return value;
}
function parseHours(text) {
    if (!text?.trim())
        return undefined;
    const hours = Number(text);
    if (!Number.isFinite(hours) || hours <= 0)
        throw new errors/* UserError */.yo(`stale-after-hours must be a positive number, not "${text}"`);
    return hours;
}
/**
 * Tier and ids first, then the status or git filter. With includeRegistered (and no ids), the
 * registered records of the tier join the catalog's entries before the status filter.
 */
async function selectForPlan(catalog, s) {
    const selection = parseSelection(s.select);
    const entries = (0,catalog_select/* selectEntries */.XO)(catalog, { tier: s.tier, ids: s.ids });
    const withRegistered = Boolean(s.includeRegistered) && selection !== 'changed' && !s.ids?.trim();
    // with no results to read there is nothing registered to add
    if (selection === 'all' && (!withRegistered || !s.store))
        return { entries, unusableRegistered: [] };
    if (selection === 'changed') {
        if (!s.baseRef)
            throw new errors/* UserError */.yo('select: changed needs base-ref (e.g. github.event.pull_request.base.sha)');
        return {
            entries: selectChanged(entries, baseCatalogEntries(s.catalogFile, s.baseRef, s.repoDir)),
            unusableRegistered: [],
        };
    }
    const reads = withRegistered ? 'include-registered' : `select: ${selection}`;
    if (!s.store)
        throw new errors/* UserError */.yo(`${reads} reads the results: set table (or use the CLI's local store)`);
    const records = await s.store.listRecords().catch((error) => {
        throw new errors/* UserError */.yo(`${reads} could not read ${s.store?.description} (${error.name}: ${error.message})`);
    });
    const registered = withRegistered
        ? (0,catalog_registered/* registeredConfigs */.qO)(records, catalog.entries)
        : { entries: [], unusable: [] };
    const tier = (0,catalog_select/* parseTier */.aW)(s.tier);
    const candidates = [...entries, ...registered.entries.filter((e) => !tier || e.tier === tier)];
    const unusableRegistered = registered.unusable;
    if (selection === 'all')
        return { entries: candidates, unusableRegistered };
    const statusSelection = selection;
    return {
        entries: selectByStatus(candidates, records, statusSelection, {
            staleAfterHours: parseHours(s.staleAfterHours),
        }),
        unusableRegistered,
    };
}

// EXTERNAL MODULE: ./src/cli/store-commands.ts + 1 modules
var store_commands = __webpack_require__(2470);
// EXTERNAL MODULE: ./src/lifecycle/resolve.ts
var resolve = __webpack_require__(2140);
;// CONCATENATED MODULE: ./src/catalog/plan.ts


/** Minutes added to every leg for checkout, setup and the post step. */
const LEG_OVERHEAD_MINUTES = 10;
/**
 * Of those, the steps before the run step (checkout, Node, the generator install): the run
 * action's budget counts from its own start, so it gets the job's timeout less these.
 */
const STEPS_BEFORE_RUN_MINUTES = 5;
/** Below this a leg has no time for a stage: the steps before, clean (15 min), the post step. */
const MIN_JOB_MINUTES = 30;
/**
 * Typical wall-clock minutes of the stages while an endpoint is up (deploy → clean), for the
 * cost estimate. Worst case (every stage at its timeout) is reported beside it.
 */
const TYPICAL_ENDPOINT_MINUTES = {
    deploy: 10,
    test: 2,
    'tune-<technique>': 30,
    'adapter-add': 5,
    'test-adapter': 2,
    benchmark: 15,
    clean: 5,
};
const roundCents = (n) => Math.round(n * 100) / 100;
/** deploy → clean: the stages during which an endpoint is up. */
function endpointStages(stages) {
    const deployAt = stages.findIndex((s) => s.name === 'deploy');
    return deployAt < 0 ? [] : stages.slice(deployAt);
}
/** `max-job-minutes` / `--max-job-minutes`: empty = no limit, else a whole number of minutes. */
function parseMaxJobMinutes(text, name) {
    const value = (text ?? '').trim();
    if (!value)
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < MIN_JOB_MINUTES)
        throw new errors/* UserError */.yo(`${name} must be a whole number of minutes, at least ${MIN_JOB_MINUTES} (setup, clean and the post step need about 25; GitHub-hosted jobs stop at 360, so 350 leaves room), not "${value}"`);
    return Number(value);
}
function planEntry(entry, pricing, maxJobMinutes) {
    const benchmark = entry.benchmark?.workload;
    const stages = (0,resolve/* resolveStages */.iM)(entry, {
        generator: ['generator'],
        projectName: entry.id,
        benchmarkWorkload: benchmark,
    });
    const totalSeconds = stages.reduce((sum, s) => sum + s.timeoutSeconds, 0);
    const price = pricing.instances[entry.params.instanceType];
    const onEndpoint = endpointStages(stages);
    const typicalHours = onEndpoint.reduce((h, s) => h + (TYPICAL_ENDPOINT_MINUTES[s.definition.name] ?? 5) / 60, 0);
    const worstHours = onEndpoint.reduce((h, s) => h + s.timeoutSeconds / 3600, 0);
    const worstCaseMinutes = Math.ceil(totalSeconds / 60) + LEG_OVERHEAD_MINUTES;
    return {
        id: entry.id,
        tier: entry.tier,
        model: entry.params.modelName,
        instance: entry.params.instanceType,
        configId: entry.configId,
        ...(entry.registered ? { registered: true } : {}),
        timeoutMinutes: Math.min(worstCaseMinutes, maxJobMinutes ?? Infinity),
        worstCaseMinutes,
        estimatedCostUsd: price === undefined ? 'unknown' : roundCents(price * typicalHours),
        worstCaseCostUsd: price === undefined ? 'unknown' : roundCents(price * worstHours),
    };
}
function sumCosts(costs) {
    return costs.some((c) => c === 'unknown')
        ? 'unknown'
        : roundCents(costs.reduce((a, c) => a + c, 0));
}
function buildPlan(entries, pricing, maxJobMinutes) {
    const planned = entries.map((e) => planEntry(e, pricing, maxJobMinutes));
    return {
        entries: planned,
        maxJobMinutes,
        overMaxJobMinutes: planned
            .filter((p) => p.worstCaseMinutes > p.timeoutMinutes)
            .map((p) => ({ id: p.id, worstCaseMinutes: p.worstCaseMinutes })),
        matrix: {
            include: planned.map((p) => ({
                id: p.id,
                tier: p.tier,
                model: p.model,
                instance: p.instance,
                'timeout-minutes': p.timeoutMinutes,
                'job-budget-minutes': p.timeoutMinutes - STEPS_BEFORE_RUN_MINUTES,
                ...(p.registered ? { 'config-id': p.configId } : {}),
            })),
        },
        count: planned.length,
        ids: planned.map((p) => p.id),
        estimatedCostUsd: sumCosts(planned.map((p) => p.estimatedCostUsd)),
        worstCaseCostUsd: sumCosts(planned.map((p) => p.worstCaseCostUsd)),
        unknownPriceInstances: [
            ...new Set(planned.filter((p) => p.estimatedCostUsd === 'unknown').map((p) => p.instance)),
        ],
    };
}
const formatCost = (cost) => (cost === 'unknown' ? 'unknown' : `$${cost.toFixed(2)}`);

// EXTERNAL MODULE: ./src/report/table.ts
var table = __webpack_require__(790);
;// CONCATENATED MODULE: ./src/catalog/plan-render.ts


const HEADERS = ['Config', 'Tier', 'Model', 'Instance', 'configId', 'Timeout', 'Est. cost'];
function rows(plan) {
    return plan.entries.map((e) => [
        e.id,
        e.tier,
        e.model,
        e.instance,
        e.configId,
        e.worstCaseMinutes > e.timeoutMinutes
            ? `${e.timeoutMinutes} min (needs ${e.worstCaseMinutes}: self-hosted)`
            : `${e.timeoutMinutes} min`,
        formatCost(e.estimatedCostUsd),
    ]);
}
function costLine(plan) {
    const unknown = plan.unknownPriceInstances.length > 0
        ? ` (no price for ${plan.unknownPriceInstances.join(', ')} — add it to catalog/pricing.json)`
        : '';
    return `Estimated cost: ${formatCost(plan.estimatedCostUsd)} at typical stage durations, ${formatCost(plan.worstCaseCostUsd)} if every stage runs to its timeout${unknown}`;
}
/** The legs that a job limit cuts short, or nothing. */
function jobLimitLine(plan) {
    if (plan.overMaxJobMinutes.length === 0)
        return '';
    const legs = plan.overMaxJobMinutes.map((l) => `${l.id} (${l.worstCaseMinutes} min)`).join(', ');
    return (`\n\n${plan.overMaxJobMinutes.length} of ${plan.count} legs can need more than max-job-minutes ` +
        `(${plan.maxJobMinutes} min) if every stage runs to its timeout: ${legs}. Their timeout-minutes is ` +
        `clamped to ${plan.maxJobMinutes}; a leg that reaches it stops early and ends cancelled. For a full ` +
        'run they need self-hosted runners (runs-on) and a higher max-job-minutes: GitHub-hosted jobs stop at 360 min.');
}
const SLOT_HEADERS = ['Instance', 'Region', 'Legs', 'Endpoints at once', 'Expected waves', 'Quota'];
function slotRows(slots) {
    return slots.map((s) => [
        s.instance,
        s.region,
        String(s.legs),
        s.quota === undefined ? 'quota unknown' : String(s.quota),
        s.waves === undefined ? (s.quota === 0 ? 'none: no slot' : '1 (not held back)') : String(s.waves),
        s.quotaDetail,
    ]);
}
function renderPlanText(plan, slots = []) {
    if (plan.count === 0)
        return 'No catalog entries selected.';
    const perType = slots.length > 0 ? `\n\n${(0,table/* renderTextTable */.K$)(SLOT_HEADERS, slotRows(slots))}` : '';
    return `${(0,table/* renderTextTable */.K$)(HEADERS, rows(plan))}\n\n${plan.count} entr${plan.count === 1 ? 'y' : 'ies'}. ${costLine(plan)}${jobLimitLine(plan)}${perType}`;
}
function renderPlanMarkdown(plan, title, slots = []) {
    if (plan.count === 0)
        return `### ${title}\n\nNo catalog entries selected — nothing to run.\n`;
    const perType = slots.length > 0
        ? `\n#### Endpoint slots per instance type\n\nLegs wait for a slot before deploy, so no leg fails on the endpoint quota.\n\n${renderMarkdownTable(SLOT_HEADERS, slotRows(slots))}\n`
        : '';
    return `### ${title}\n\n${renderMarkdownTable(HEADERS, rows(plan))}\n\n**${plan.count}** entr${plan.count === 1 ? 'y' : 'ies'}. ${costLine(plan)}${jobLimitLine(plan)}\n${perType}`;
}
const UNUSABLE_HEADERS = ['configId', 'Model', 'Why it is not run'];
const unusableRows = (list) => list.map((u) => [u.configId, u.model || '—', u.reason]);
/** Registered records the plan cannot run, each with its reason ('' when there are none). */
function renderUnusableText(list) {
    if (list.length === 0)
        return '';
    return `\n\nRegistered records not run (${list.length}) — fix them and register again:\n${(0,table/* renderTextTable */.K$)(UNUSABLE_HEADERS, unusableRows(list))}`;
}
function renderUnusableMarkdown(list) {
    if (list.length === 0)
        return '';
    return `\n#### Registered records not run (${list.length})\n\nFix them and register again.\n\n${renderMarkdownTable(UNUSABLE_HEADERS, unusableRows(list))}\n`;
}

// EXTERNAL MODULE: ./src/cli/common.ts
var common = __webpack_require__(577);
// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
// EXTERNAL MODULE: ./src/catalog/types.ts
var types = __webpack_require__(1234);
;// CONCATENATED MODULE: ./src/catalog/plan-slots.ts
async function planSlots(entries, limitOf) {
    const groups = new Map();
    for (const e of entries) {
        const id = `${e.params.region} ${e.params.instanceType}`;
        const group = groups.get(id) ?? {
            key: { region: e.params.region, instanceType: e.params.instanceType },
            legs: 0,
        };
        group.legs++;
        groups.set(id, group);
    }
    const rows = [];
    for (const { key, legs } of groups.values()) {
        const { limit, detail } = await limitOf(key);
        rows.push({
            instance: key.instanceType,
            region: key.region,
            legs,
            ...(limit !== undefined ? { quota: limit } : {}),
            quotaDetail: detail,
            ...(limit !== undefined && limit > 0 ? { waves: Math.ceil(legs / limit) } : {}),
        });
    }
    return rows;
}

// EXTERNAL MODULE: ./src/lifecycle/admission/open.ts
var admission_open = __webpack_require__(2632);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/path-checks.ts
var path_checks = __webpack_require__(756);
;// CONCATENATED MODULE: ./src/catalog/mcc-compat.ts





const ENTRY_FIELDS = ['id', 'tier', 'track', 'args', 'lifecycle', 'timeout', 'tuneTimeout', 'tuneConfig'];
const TUNE_CONFIG_FIELDS = ['tuneId', 'technique', 'trainingType', 'dataset'];
const MCC_ID = /^[a-z0-9-]+$/;
const MCC_STEP = /^[a-z][a-z0-9-]*$/;
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const steps = (entry) => Array.isArray(entry.lifecycle) ? entry.lifecycle.filter((s) => typeof s === 'string') : [];
const isTuneGroup = (step) => step.startsWith('tune-') || step === 'adapter-add' || step === 'test-adapter';
const MCC_RULES = [
    (entry) => Object.keys(entry)
        .filter((key) => !ENTRY_FIELDS.includes(key))
        .map((key) => ({
        at: [key],
        message: `MCC's validator rejects the field "${key}" (its entries allow only ${ENTRY_FIELDS.join(', ')})${key === 'env' ? ' — MCC sets engine values in the project (do/ic/default.conf)' : ''}`,
    })),
    (entry) => typeof entry.id === 'string' && !MCC_ID.test(entry.id)
        ? [{ at: ['id'], message: `MCC's validator rejects the id (it allows ${MCC_ID.source})` }]
        : [],
    (entry) => entry.args !== undefined && typeof entry.args !== 'string'
        ? [
            {
                at: ['args'],
                message: "MCC's validator takes args only as one string — join the array with spaces",
            },
        ]
        : [],
    (entry) => steps(entry).flatMap((step, i) => MCC_STEP.test(step)
        ? []
        : [
            {
                at: ['lifecycle', i],
                message: `MCC's validator rejects the step name (it allows ${MCC_STEP.source})`,
            },
        ]),
    (entry) => {
        if (!isObject(entry.tuneConfig))
            return [];
        const tuneConfig = entry.tuneConfig;
        const missing = TUNE_CONFIG_FIELDS.filter((key) => !(key in tuneConfig)).map((key) => ({
            at: ['tuneConfig', key],
            message: `MCC's validator requires tuneConfig.${key}${key === 'tuneId' ? ' (the JumpStart model id of the model in its tune catalog)' : ''}`,
        }));
        const extra = Object.keys(tuneConfig)
            .filter((key) => !TUNE_CONFIG_FIELDS.includes(key))
            .map((key) => ({ at: ['tuneConfig', key], message: `MCC's validator rejects tuneConfig.${key}` }));
        return [...missing, ...extra];
    },
    (entry) => {
        if (!steps(entry).some((s) => s.startsWith('tune-')))
            return [];
        if (!entry.tuneConfig)
            return [{ at: ['tuneConfig'], message: "MCC's validator requires tuneConfig for a tune-* step" }];
        const lora = typeof entry.args === 'string' || Array.isArray(entry.args)
            ? entry.args.includes('--enable-lora')
            : false;
        return lora
            ? []
            : [{ at: ['args'], message: "MCC's validator requires --enable-lora for a tune-* step" }];
    },
    (entry) => {
        const lifecycle = steps(entry);
        const test = lifecycle.indexOf('test');
        const clean = lifecycle.indexOf('clean');
        return lifecycle.filter(isTuneGroup).flatMap((step) => {
            const index = lifecycle.indexOf(step);
            const found = [];
            if (test >= 0 && index <= test)
                found.push({ at: ['lifecycle'], message: `MCC requires "${step}" after "test"` });
            if (clean >= 0 && index >= clean)
                found.push({ at: ['lifecycle'], message: `MCC requires "${step}" before "clean"` });
            return found;
        });
    },
    (entry, tuneCatalog) => {
        if (!tuneCatalog || !isObject(entry.tuneConfig))
            return [];
        const { tuneId, technique, trainingType } = entry.tuneConfig;
        if (tuneId === undefined)
            return [{ at: ['tuneConfig'], message: "without a tuneId, MCC's tune-catalog check fails too" }];
        const model = tuneCatalog.models[String(tuneId)];
        if (!model)
            return [{ at: ['tuneConfig', 'tuneId'], message: `tuneId "${tuneId}" is not in MCC's tune catalog` }];
        const techniques = model.techniques?.[String(technique)];
        if (!techniques)
            return [
                {
                    at: ['tuneConfig', 'technique'],
                    message: `MCC's tune catalog has no ${technique} for "${tuneId}"`,
                },
            ];
        return techniques.trainingTypes?.includes(String(trainingType))
            ? []
            : [
                {
                    at: ['tuneConfig', 'trainingType'],
                    message: `MCC's tune catalog has no ${trainingType} ${technique} for "${tuneId}"`,
                },
            ];
    },
];
/** Every problem MCC's validator would report for a catalog's configs (its ids: duplicates too). */
function mccRejections(data, tuneCatalog) {
    const configs = isObject(data) && Array.isArray(data.configs) ? data.configs : [];
    const firstById = new Map();
    return configs.flatMap((entry, index) => {
        if (!isObject(entry))
            return [];
        const found = MCC_RULES.flatMap((rule) => rule(entry, tuneCatalog));
        if (typeof entry.id === 'string' && firstById.has(entry.id))
            found.push({ at: ['id'], message: "MCC's validator rejects the duplicate id" });
        else
            firstById.set(entry.id, index);
        return found.map((f) => ({ at: ['configs', index, ...f.at], message: f.message }));
    });
}
const INSTALLED_TUNE_CATALOG = (0,external_node_path_.join)('node_modules', '@aws', 'ml-container-creator', 'config', 'tune-catalog.json');
/** Where Node would find an installed MCC from `dir`: node_modules of it and of every parent. */
function installedTuneCatalogs(dir) {
    const parent = (0,external_node_path_.dirname)(dir);
    return [(0,external_node_path_.join)(dir, INSTALLED_TUNE_CATALOG), ...(parent === dir ? [] : installedTuneCatalogs(parent))];
}
/**
 * MCC's tune catalog: the given file, else the one of the MCC generator installed where the
 * command runs (or beside this toolkit); undefined when there is none (MCC then skips the check).
 */
function findTuneCatalog(given, cwd) {
    const candidates = given
        ? [given]
        : [cwd, (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))].flatMap(installedTuneCatalogs);
    const file = candidates.find((f) => (0,external_node_fs_.existsSync)(f));
    const remedy = `pass --tune-catalog MCC's config/tune-catalog.json or a generated project's do/.tune_catalog.json`;
    if (!file) {
        if (given)
            throw new errors/* UserError */.yo(`--tune-catalog ${given} does not exist — ${remedy}`);
        return undefined;
    }
    // the given file is the user's to fix; an installed MCC's broken file is named just the same
    const where = given ? `--tune-catalog ${file}` : `${file} (MCC's tune catalog found beside the generator)`;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${where} cannot be read: ${(0,path_checks/* fsReason */.EG)(error, file)} — ${remedy}`);
    }
    let catalog;
    try {
        catalog = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${where} is not valid JSON (${error.message}) — ${remedy}`);
    }
    if (!isObject(catalog) || !isObject(catalog.models))
        throw new errors/* UserError */.yo(`${where} is not an MCC tune catalog (it has no "models" object) — ${remedy}`);
    return { file, catalog: catalog };
}

// EXTERNAL MODULE: ./src/catalog/validate.ts + 1 modules
var validate = __webpack_require__(4505);
;// CONCATENATED MODULE: ./src/catalog/mcc-report.ts




/** `validate --mcc`: what MCC's own validator would reject in a catalog we accept, as text. */
function mccReport(file, tuneCatalogFile) {
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const tune = findTuneCatalog(tuneCatalogFile, process.cwd());
    const problems = (0,validate/* locateProblems */.DO)(text, mccRejections(JSON.parse(text), tune?.catalog));
    const shown = (0,load/* displayPath */.Gt)(file);
    const against = tune
        ? `tuneIds checked against ${(0,load/* displayPath */.Gt)(tune.file)}`
        : 'tuneIds not checked: no MCC tune catalog found (pass --tune-catalog do/.tune_catalog.json of a generated project)';
    if (problems.length === 0)
        return { rejected: false, text: `MCC's validator accepts it too (${against})` };
    const entries = new Set(problems.map((p) => /^\$\.configs\[(\d+)\]/.exec(p.path)?.[1]));
    return {
        rejected: true,
        text: [
            `MCC's validator would reject ${entries.size} entr${entries.size === 1 ? 'y' : 'ies'} (${problems.length} problem${problems.length === 1 ? '' : 's'}; ${against}):`,
            ...problems.map((p) => (0,validate/* formatProblem */.Vw)(shown, p)),
        ].join('\n'),
    };
}

;// CONCATENATED MODULE: ./src/cli/catalog-commands.ts












function registerCatalogCommands(program) {
    program
        .command('validate')
        .description(commands/* COMMAND_DESCRIPTIONS */.cH.validate)
        .option('--mcc', 'also list what MCC’s own E2E runner (its catalog validator) would reject; exit 1 if anything')
        .option('--tune-catalog <file>', 'for --mcc: MCC’s tune catalog (default: config/tune-catalog.json of the installed @aws/ml-container-creator)')
        .action((0,common/* action */.XI)((opts, command) => {
        const { catalog, file } = (0,common/* loadCatalogFromOptions */.Ig)((0,common/* globalOptions */.Wq)(command));
        const byTier = types/* TIERS */.iB.map((t) => `${catalog.entries.filter((e) => e.tier === t).length} ${t}`).join(', ');
        console.log(`${(0,load/* displayPath */.Gt)(file)}: ${catalog.entries.length} valid entries (${byTier})`);
        if (!opts.mcc)
            return 0;
        const report = mccReport(file, opts.tuneCatalog);
        console.log(report.text);
        return report.rejected ? 1 : 0;
    }));
    const planCommand = program
        .command('plan')
        .description(commands/* COMMAND_DESCRIPTIONS */.cH.plan)
        .option('--tier <tier>', `one of ${types/* TIERS */.iB.join(', ')}`)
        .option('--config <ids>', 'comma-separated catalog ids (any tier)')
        .option('--json', 'print the plan as JSON (matrix, count, ids, cost) and nothing else')
        .option('--select <which>', 'all | stale | untested | failing | changed', 'all')
        .option('--stale-after-hours <h>', 'for --select stale (default per tier: 24/24/168)')
        .option('--base-ref <ref>', 'for --select changed: the git ref to compare the catalog with')
        .option('--include-registered', 'also select registered records outside the catalog (do/register --ci, register --from-project)')
        .option('--quota <list>', 'endpoints at once per instance type, e.g. ml.g5.xlarge=2,ml.g5.12xlarge=4')
        .option('--max-job-minutes <n>', 'clamp every leg’s timeout-minutes to n and name the legs that need more (GitHub-hosted jobs stop at 360)');
    (0,store_commands.withStoreOptions)(planCommand).action((0,common/* action */.XI)(async (opts, command) => {
        const maxJobMinutes = parseMaxJobMinutes(opts.maxJobMinutes, '--max-job-minutes');
        const { catalog, file } = (0,common/* loadCatalogFromOptions */.Ig)((0,common/* globalOptions */.Wq)(command));
        const { entries, unusableRegistered } = await selectForPlan(catalog, {
            tier: opts.tier,
            ids: opts.config,
            select: opts.select,
            staleAfterHours: opts.staleAfterHours,
            baseRef: opts.baseRef,
            catalogFile: file,
            repoDir: process.cwd(),
            store: (0,store_commands.openCliStores)(opts).store,
            includeRegistered: opts.includeRegistered,
        });
        const plan = buildPlan(entries, (0,load/* loadPricing */.T9)(file), maxJobMinutes);
        const admission = await (0,admission_open/* openAdmission */.E)({
            localDir: process.cwd(),
            quotas: opts.quota ? { text: opts.quota, where: '--quota' } : undefined,
            catalogQuotas: catalog.quotas,
            catalogIds: catalog.entries.map((e) => e.id),
            region: process.env.AWS_REGION ?? entries[0]?.params.region ?? 'us-west-2',
        });
        const slots = await planSlots(entries, (key) => admission.limit(key));
        console.log(opts.json
            ? JSON.stringify({ ...plan, slots, unusableRegistered }, null, 2)
            : renderPlanText(plan, slots) + renderUnusableText(unusableRegistered));
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

/***/ 2195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ DEFAULT_LEASE_SECONDS),
/* harmony export */   w: () => (/* binding */ admit)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6132);
/* harmony import */ var _leases_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9983);




/** Lease time: how long a killed leg can block a slot. Renewed every third of it. */
const DEFAULT_LEASE_SECONDS = 120;
/** How often a waiting leg looks again (jittered), and how often it says it still waits. */
const POLL_MS = 2000;
const LOG_EVERY_MS = 60_000;
/** A release in this process wakes this process's waiters at once (the CLI's --concurrency). */
const releases = new node_events__WEBPACK_IMPORTED_MODULE_0__.EventEmitter().setMaxListeners(0);
const keyOf = (key) => (0,_leases_js__WEBPACK_IMPORTED_MODULE_2__/* .slotId */ .Q)(key, 0).replace(/#0$/, '');
const unlimited = (waitedSeconds = 0) => ({ waitedSeconds, release: async () => { } });
function holding(store, lease, ttlMs, waitedSeconds, log) {
    const timer = setInterval(() => {
        store
            .renew(lease, ttlMs, Date.now())
            .then((ok) => {
            if (!ok)
                log(`warning: the ${lease.instanceType} slot expired before it was renewed; another leg may hold it now`);
        })
            .catch((error) => log(`warning: could not renew the ${lease.instanceType} slot (${error.message})`));
    }, ttlMs / 3);
    timer.unref();
    let released = false;
    return {
        lease,
        waitedSeconds,
        async release() {
            if (released)
                return;
            released = true;
            clearInterval(timer);
            await store.release(lease);
            releases.emit(keyOf(lease));
        },
    };
}
/**
 * Waits for a slot of the leg's instance type. Quota unknown: no wait. No slot within the wait
 * budget: not admitted (the leg ends `deferred`). A cancel while waiting: not admitted, cancelled.
 */
async function admit(request) {
    const { store, key, holder, log } = request;
    const limit = request.limit.limit;
    log(`endpoint slots: ${request.limit.detail}${limit === undefined ? ' — not held back' : ''}`);
    if (limit === undefined)
        return { admitted: true, slot: unlimited() };
    const ttlMs = (request.leaseSeconds ?? DEFAULT_LEASE_SECONDS) * 1000;
    const started = Date.now();
    const waited = () => Math.round((Date.now() - started) / 100) / 10;
    const deadline = started + request.waitBudgetSeconds * 1000;
    if (limit <= 0)
        return {
            admitted: false,
            waitedSeconds: 0,
            cancelled: false,
            reason: `no ${key.instanceType} slot: ${request.limit.detail}`,
        };
    let lastLog = 0;
    let lastHolders = '';
    for (;;) {
        const lease = await store.tryAcquire(key, limit, holder, ttlMs, Date.now());
        if (lease) {
            // taken at the first try: no wait
            const waitedSeconds = lastLog > 0 ? waited() : 0;
            if (waitedSeconds > 0)
                log(`admitted to ${key.instanceType} after waiting ${(0,_report_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(waitedSeconds)}`);
            return { admitted: true, slot: holding(store, lease, ttlMs, waitedSeconds, log) };
        }
        const held = await store.held(key, limit, Date.now());
        const holders = held.map((l) => l.holder.label).join(', ') || 'legs whose leases are expiring';
        const line = `waiting for ${key.instanceType}: ${held.length} of ${limit} in use by ${holders}, waited ${(0,_report_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(waited())}`;
        if (Date.now() >= deadline)
            return {
                admitted: false,
                waitedSeconds: waited(),
                cancelled: false,
                reason: `no ${key.instanceType} slot within the job budget: ${held.length} of ${limit} in use by ${holders} for ${(0,_report_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(waited())} (${request.limit.detail})`,
            };
        if (holders !== lastHolders || Date.now() - lastLog >= LOG_EVERY_MS) {
            log(line);
            lastLog = Date.now();
            lastHolders = holders;
        }
        const poll = request.pollMs ?? POLL_MS;
        const woken = new AbortController();
        const wake = () => woken.abort();
        releases.once(keyOf(key), wake);
        request.signal?.addEventListener('abort', wake, { once: true });
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(Math.min(poll * (0.75 + Math.random() / 2), Math.max(0, deadline - Date.now())), undefined, {
            signal: woken.signal,
        }).catch(() => undefined);
        releases.off(keyOf(key), wake);
        request.signal?.removeEventListener('abort', wake);
        if (request.signal?.aborted)
            return {
                admitted: false,
                waitedSeconds: waited(),
                cancelled: true,
                reason: `cancelled while waiting for a ${key.instanceType} slot`,
            };
    }
}


/***/ }),

/***/ 9983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ LocalLeaseStore),
/* harmony export */   Q: () => (/* binding */ slotId)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** `us-west-2#ml.g5.xlarge#0`: the DynamoDB key and the local file name of one slot. */
const slotId = (key, slot) => `${key.region}#${key.instanceType}#${slot}`;
/**
 * The local store's leases: one file per slot under <local store>/leases/, created with O_EXCL
 * (`wx`), so two processes of one machine (parallel CLI runs) never take the same slot.
 * An expired file is taken over by renaming it away first: only one renamer wins.
 */
class LocalLeaseStore {
    dir;
    constructor(localStoreDir) {
        this.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(localStoreDir, 'leases');
    }
    get description() {
        return `local leases in ${this.dir}`;
    }
    file(key, slot) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, `${slotId(key, slot)}.json`);
    }
    read(file) {
        try {
            return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        }
        catch {
            // absent, or being written this instant: treat as held until its writer finishes
            return undefined;
        }
    }
    create(file, lease) {
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'wx');
        }
        catch (error) {
            if (error.code === 'EEXIST')
                return false;
            throw error;
        }
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, JSON.stringify(lease));
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        return true;
    }
    async tryAcquire(key, limit, holder, ttlMs, now) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(this.dir, { recursive: true });
        for (let slot = 0; slot < limit; slot++) {
            const file = this.file(key, slot);
            const lease = { ...key, slot, holder, expiresAt: now + ttlMs };
            if (this.create(file, lease))
                return lease;
            const current = this.read(file);
            if (current && current.expiresAt < now) {
                const stale = `${file}.expired-${process.pid}-${Math.random().toString(36).slice(2)}`;
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(file, stale);
                }
                catch {
                    continue; // another process took it over first
                }
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(stale, { force: true });
                if (this.create(file, lease))
                    return lease;
            }
        }
        return undefined;
    }
    async renew(lease, ttlMs, now) {
        const file = this.file(lease, lease.slot);
        if (this.read(file)?.holder.id !== lease.holder.id)
            return false;
        const tmp = `${file}.${process.pid}.renew`;
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, 'w');
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, JSON.stringify({ ...lease, expiresAt: now + ttlMs }));
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
        lease.expiresAt = now + ttlMs;
        return true;
    }
    async release(lease) {
        const file = this.file(lease, lease.slot);
        if (this.read(file)?.holder.id === lease.holder.id)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
    }
    async held(key, limit, now) {
        let names;
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(this.dir);
        }
        catch {
            return [];
        }
        return Array.from({ length: limit }, (_, slot) => slot)
            .filter((slot) => names.includes(`${slotId(key, slot)}.json`))
            .map((slot) => this.read(this.file(key, slot)))
            .filter((l) => l !== undefined && l.expiresAt >= now);
    }
}


/***/ }),

/***/ 2632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ openAdmission),
/* harmony export */   N: () => (/* binding */ slotKeyOf)
/* harmony export */ });
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6963);
/* harmony import */ var _admit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2195);
/* harmony import */ var _leases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9983);
/* harmony import */ var _quotas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6849);




const slotKeyOf = (entry) => ({
    region: entry.params.region,
    instanceType: entry.params.instanceType,
});
// The AWS adapters load only when a lease table or Service Quotas is used: a plan without
// AWS never evaluates the SDK (the bundles' cold start).
async function dynamoDbLeaseStore(region, table) {
    const [{ DynamoDbLeaseStore }, { dynamoDocumentClient }] = await Promise.all([
        __webpack_require__.e(/* import() */ 130).then(__webpack_require__.bind(__webpack_require__, 7130)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 201)),
    ]);
    return new DynamoDbLeaseStore(dynamoDocumentClient({ region }), table);
}
function serviceQuotasOf(region, catalogIds) {
    let loaded;
    const account = () => (loaded ??= Promise.all([
        __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 4382)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 201)),
        __webpack_require__.e(/* import() */ 517).then(__webpack_require__.bind(__webpack_require__, 4517)),
    ]).then(([{ accountQuotas }, clients, { parseProjectName }]) => accountQuotas(clients.serviceQuotasClient({ region, maxAttempts: 3 }), clients.sageMakerClient(region), (name) => parseProjectName(name, catalogIds) !== undefined)));
    return {
        endpointQuota: async (instanceType) => (await account()).endpointQuota(instanceType),
        foreignInstances: async (instanceType) => (await account()).foreignInstances(instanceType),
    };
}
/** The lease store and quota sources of a run: DynamoDB or local leases, overrides, Service Quotas. */
async function openAdmission(inputs) {
    const override = inputs.quotas?.text.trim()
        ? (0,_quotas_js__WEBPACK_IMPORTED_MODULE_2__/* .parseQuotaList */ .WE)(inputs.quotas.text, inputs.quotas.where)
        : undefined;
    const store = inputs.leaseTable
        ? await dynamoDbLeaseStore(inputs.region, inputs.leaseTable)
        : new _leases_js__WEBPACK_IMPORTED_MODULE_1__/* .LocalLeaseStore */ .B(inputs.localDir);
    const accounts = new Map();
    const accountIn = (region) => {
        if (!(0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .awsCredentialsLikely */ .i)())
            return undefined;
        if (!accounts.has(region))
            accounts.set(region, serviceQuotasOf(region, inputs.catalogIds));
        return accounts.get(region);
    };
    const limits = new Map();
    const limit = (key) => {
        const id = `${key.region} ${key.instanceType}`;
        if (!limits.has(id))
            limits.set(id, (0,_quotas_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveLimit */ .UA)(key, { override, catalog: inputs.catalogQuotas, account: accountIn(key.region) }));
        return limits.get(id);
    };
    return {
        store,
        limit,
        async admit(request) {
            return (0,_admit_js__WEBPACK_IMPORTED_MODULE_0__/* .admit */ .w)({
                ...request,
                store,
                limit: await limit(request.key),
                leaseSeconds: inputs.leaseSeconds ?? _admit_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LEASE_SECONDS */ .$,
            });
        },
    };
}


/***/ }),

/***/ 6849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ resolveLimit),
/* harmony export */   WE: () => (/* binding */ parseQuotaList),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const INSTANCE_TYPE = /^ml\.[a-z0-9]+\.[a-z0-9]+$/;
/** `ml.g5.xlarge=2,ml.g5.12xlarge=4` (the action's `quotas`, the CLI's `--quota`). */
function parseQuotaList(text, where) {
    const table = {};
    for (const part of text
        .split(/[,\n]/)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const match = part.match(/^([^=\s]+)\s*=\s*(\d+)$/);
        if (!match || !INSTANCE_TYPE.test(match[1]))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: "${part}" is not <instance type>=<endpoints>, e.g. ml.g5.xlarge=2,ml.g5.12xlarge=4`);
        table[match[1]] = Number(match[2]);
    }
    return table;
}
/** A whole number input (`infra-retries`, `--lease-ttl`): a clear error naming it, never NaN. */
function parseCount(text, where, min = 0) {
    const n = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(n) || n < min)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where} must be a whole number ≥ ${min}, not "${text}"`);
    return n;
}
/**
 * The slots of an instance type, in order: an explicit override, the catalog's `quotas`, else
 * the account's quota minus what others already run. An explicit number is the team's share
 * and is taken as given; the account's quota is shared with everyone in it.
 */
async function resolveLimit(key, inputs) {
    const type = key.instanceType;
    const given = [
        ['override', inputs.override?.[type]],
        ['catalog', inputs.catalog?.[type]],
    ];
    for (const [source, limit] of given) {
        if (limit !== undefined)
            return {
                limit,
                source,
                detail: `${type}: ${limit} at once (${source === 'override' ? 'quotas input' : 'catalog quotas'})`,
            };
    }
    if (!inputs.account)
        return { source: 'unknown', detail: `${type}: quota unknown (no override, no AWS account to ask)` };
    let quota;
    try {
        quota = await inputs.account.endpointQuota(type);
    }
    catch (error) {
        return {
            source: 'unknown',
            detail: `${type}: quota unknown (Service Quotas: ${error.message}) — give one with the quotas input`,
        };
    }
    if (quota === undefined)
        return {
            source: 'unknown',
            detail: `${type}: quota unknown (Service Quotas has no "${type} for endpoint usage")`,
        };
    const foreign = await inputs.account.foreignInstances(type).catch(() => 0);
    const limit = Math.max(0, Math.floor(quota) - foreign);
    return {
        limit,
        source: 'service quotas',
        detail: `${type}: ${limit} at once (account quota ${quota} in ${key.region}${foreign > 0 ? `, ${foreign} in use by others` : ''})`,
    };
}


/***/ }),

/***/ 2140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OH: () => (/* binding */ DEFAULT_CLEAN_TIMEOUT_SECONDS),
/* harmony export */   aN: () => (/* binding */ DEFAULT_KILL_GRACE_SECONDS),
/* harmony export */   iM: () => (/* binding */ resolveStages),
/* harmony export */   rH: () => (/* binding */ scheduleOf),
/* harmony export */   s5: () => (/* binding */ DEFAULT_GENERATOR)
/* harmony export */ });
/* unused harmony exports ENGINE_ENV_KEYS, BENCHMARK_ENV_KEYS, timeoutSeconds */
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1533);
/* harmony import */ var _overrides_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6881);
/* harmony import */ var _schedule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3147);



const DEFAULT_CLEAN_TIMEOUT_SECONDS = 900;
const DEFAULT_KILL_GRACE_SECONDS = 30;
const DEFAULT_GENERATOR = 'ml-container-creator';
/** Env keys the engine adds to every stage (values come at run time). */
const ENGINE_ENV_KEYS = [
    'CI',
    'AWS_REGION',
    'MCC_E2E_RUN_ID',
    'MCC_E2E_CONFIG_ID',
    'MCC_E2E_CATALOG_ID',
];
const BENCHMARK_ENV_KEYS = [
    'BENCHMARK_CONCURRENCY_LEVELS',
    'BENCHMARK_INPUT_TOKENS_MEAN',
    'BENCHMARK_OUTPUT_TOKENS_MEAN',
    'BENCHMARK_STREAMING',
    'BENCHMARK_REQUEST_COUNT',
];
function timeoutSeconds(entry, kind, cleanTimeout) {
    const byKind = {
        stage: entry.timeout,
        tune: entry.tuneTimeout ?? entry.timeout,
        clean: cleanTimeout,
    };
    return byKind[kind];
}
/** generate, the lifecycle, and (when opted in) benchmark after the last test stage and before clean. */
function stageNames(entry, benchmark) {
    const names = ['generate', ...entry.lifecycle];
    if (!benchmark)
        return names;
    const cleanIndex = names.indexOf('clean');
    names.splice(cleanIndex >= 0 ? cleanIndex : names.length, 0, 'benchmark');
    return names;
}
/** The submit of an overlapped tune returns once the job is submitted (MCC's do/tune --no-wait). */
const PHASE_ARGS = { submit: ['--no-wait'], wait: [] };
/** the submit is a short stage; the wait is the tune */
const PHASE_TIMEOUT = { submit: 'stage', wait: 'tune' };
const scheduleOf = (entry, options) => options.schedule ?? entry.schedule ?? _schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SCHEDULE */ .S7;
/** Every step of the leg in the order the schedule runs them. */
function resolveStages(entry, options) {
    const cleanTimeout = options.cleanTimeoutSeconds ?? DEFAULT_CLEAN_TIMEOUT_SECONDS;
    const ctx = {
        entry,
        generator: options.generator,
        projectName: options.projectName,
        benchmarkWorkload: options.benchmarkWorkload,
    };
    const baseEnvKeys = [...ENGINE_ENV_KEYS, ...(options.extraEnvKeys ?? []), ...Object.keys(entry.env ?? {})];
    const names = stageNames(entry, options.benchmarkWorkload !== undefined);
    const definitions = names.map((name) => {
        const definition = (0,_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .findStage */ .U9)(name);
        if (!definition)
            throw new Error(`stage "${name}" of ${entry.id} is not in the stage table`);
        return definition;
    });
    const steps = (0,_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .scheduleSteps */ .XE)(names, scheduleOf(entry, options), (name) => (0,_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .findStage */ .U9)(name)?.isTune === true);
    return steps.map(({ position, phase }) => {
        const name = names[position];
        const definition = definitions[position];
        const argv = (0,_overrides_js__WEBPACK_IMPORTED_MODULE_1__/* .overriddenArgv */ .D)(options.stageCommands, name, ctx) ?? definition.argv(ctx, name);
        return {
            name,
            position,
            ...(phase ? { phase } : {}),
            definition,
            argv: phase ? [...argv, ...PHASE_ARGS[phase]] : argv,
            cwd: definition.cwd,
            timeoutSeconds: timeoutSeconds(entry, phase ? PHASE_TIMEOUT[phase] : definition.timeout, cleanTimeout),
            envKeys: definition.isStage2 ? [...baseEnvKeys, ...BENCHMARK_ENV_KEYS] : baseEnvKeys,
        };
    });
}


/***/ })

};
