export const id = 470;
export const ids = [470,517];
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


/***/ })

};
