export const id = 951;
export const ids = [951];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AWS_MAX_ATTEMPTS: () => (/* binding */ AWS_MAX_ATTEMPTS),
/* harmony export */   dynamoDocumentClient: () => (/* binding */ dynamoDocumentClient),
/* harmony export */   glueClient: () => (/* binding */ glueClient),
/* harmony export */   s3Client: () => (/* binding */ s3Client),
/* harmony export */   sageMakerClient: () => (/* binding */ sageMakerClient),
/* harmony export */   secretsClient: () => (/* binding */ secretsClient),
/* harmony export */   serviceQuotasClient: () => (/* binding */ serviceQuotasClient),
/* harmony export */   stsClient: () => (/* binding */ stsClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4305);
/* harmony import */ var _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8907);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4459);
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2994);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1695);
/* harmony import */ var _aws_sdk_client_glue__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6542);
/* harmony import */ var _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2924);








/**
 * One place that builds AWS clients. The SDK itself reads AWS_ENDPOINT_URL (the moto server in
 * tests), finds credentials (environment, or the web-identity token file the OIDC module keeps
 * fresh) and retries throttling, 5xx and network errors with jittered exponential backoff
 * (standard mode); we only choose how many attempts.
 */
const AWS_MAX_ATTEMPTS = 6;
const common = (o) => ({
    region: o.region,
    maxAttempts: o.maxAttempts ?? AWS_MAX_ATTEMPTS,
    retryMode: 'standard',
});
const sageMakerClient = (region) => new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .SageMakerClient */ .kHU(common({ region }));
function dynamoDocumentClient(o) {
    return _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_0__/* .DynamoDBDocumentClient */ .TG.from(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__.DynamoDBClient(common(o)), {
        marshallOptions: { removeUndefinedValues: true },
    });
}
/** S3 stand-ins (AWS_ENDPOINT_URL) need path-style addressing; AWS itself gets virtual-hosted style */
const s3Client = (o) => new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .S3Client */ .YxF({ ...common(o), forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL) });
const secretsClient = (o) => new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__/* .SecretsManagerClient */ ._H(common(o));
const stsClient = (o) => new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__/* .STSClient */ .iM(common(o));
const glueClient = (o) => new _aws_sdk_client_glue__WEBPACK_IMPORTED_MODULE_6__/* .GlueClient */ .lPz(common(o));
const serviceQuotasClient = (o) => new _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_7__/* .ServiceQuotasClient */ .iVb(common(o));


/***/ }),

/***/ 5549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ waitUntilGone),
/* harmony export */   Rx: () => (/* binding */ RESOURCE_TYPES),
/* harmony export */   fw: () => (/* binding */ deleteResources),
/* harmony export */   sf: () => (/* binding */ unlistedText)
/* harmony export */ });
/* unused harmony export IC_SETTLE_MS */
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4459);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);


async function* inferenceComponents(client, filter) {
    for await (const page of (0,_aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .paginateListInferenceComponents */ .niP)({ client }, filter)) {
        for (const c of page.InferenceComponents ?? [])
            yield {
                kind: 'inference component',
                name: c.InferenceComponentName ?? '',
                arn: c.InferenceComponentArn ?? '',
                createdAt: c.CreationTime ?? new Date(0),
                ...(c.EndpointName ? { endpoint: c.EndpointName } : {}),
            };
    }
}
const RESOURCE_TYPES = [
    {
        kind: 'inference component',
        plural: 'inference components',
        iam: {
            actions: [
                'sagemaker:ListInferenceComponents',
                'sagemaker:DescribeInferenceComponent',
                'sagemaker:DeleteInferenceComponent',
            ],
            arnType: 'inference-component',
        },
        list: (client, nameContains) => inferenceComponents(client, { NameContains: nameContains }),
        listOnEndpoint: (client, endpointName) => inferenceComponents(client, { EndpointNameEquals: endpointName }),
        remove: (client, name) => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .DeleteInferenceComponentCommand */ .nx3({ InferenceComponentName: name })),
        gone: async (client, name) => {
            try {
                await client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .DescribeInferenceComponentCommand */ .vAd({ InferenceComponentName: name }));
                return false;
            }
            catch {
                return true; // "Could not find" — or an API that cannot tell: waiting longer would not help
            }
        },
    },
    {
        kind: 'endpoint',
        plural: 'endpoints',
        iam: { actions: ['sagemaker:ListEndpoints', 'sagemaker:DeleteEndpoint'], arnType: 'endpoint' },
        required: true,
        list: async function* (client, nameContains) {
            for await (const page of (0,_aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .paginateListEndpoints */ .gCJ)({ client }, { NameContains: nameContains })) {
                for (const e of page.Endpoints ?? [])
                    yield {
                        kind: 'endpoint',
                        name: e.EndpointName ?? '',
                        arn: e.EndpointArn ?? '',
                        createdAt: e.CreationTime ?? new Date(0),
                    };
            }
        },
        remove: (client, name) => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .DeleteEndpointCommand */ .oPO({ EndpointName: name })),
    },
    {
        kind: 'endpoint config',
        plural: 'endpoint configs',
        iam: {
            actions: ['sagemaker:ListEndpointConfigs', 'sagemaker:DeleteEndpointConfig'],
            arnType: 'endpoint-config',
        },
        list: async function* (client, nameContains) {
            for await (const page of (0,_aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .paginateListEndpointConfigs */ .gPx)({ client }, { NameContains: nameContains })) {
                for (const e of page.EndpointConfigs ?? [])
                    yield {
                        kind: 'endpoint config',
                        name: e.EndpointConfigName ?? '',
                        arn: e.EndpointConfigArn ?? '',
                        createdAt: e.CreationTime ?? new Date(0),
                    };
            }
        },
        remove: (client, name) => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .DeleteEndpointConfigCommand */ .WLA({ EndpointConfigName: name })),
    },
    {
        kind: 'model',
        plural: 'models',
        iam: { actions: ['sagemaker:ListModels', 'sagemaker:DeleteModel'], arnType: 'model' },
        list: async function* (client, nameContains) {
            for await (const page of (0,_aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .paginateListModels */ .A4G)({ client }, { NameContains: nameContains })) {
                for (const m of page.Models ?? [])
                    yield {
                        kind: 'model',
                        name: m.ModelName ?? '',
                        arn: m.ModelArn ?? '',
                        createdAt: m.CreationTime ?? new Date(0),
                    };
            }
        },
        remove: (client, name) => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .DeleteModelCommand */ .em({ ModelName: name })),
    },
    {
        // MCC's managed fine-tuning job (`<project>-tune-<technique>-<ts>`): a do/tune killed at its
        // timeout, or a --no-wait submit never awaited, leaves it training, billed. Only a running one
        // is a leftover; it is stopped (a training job cannot be deleted).
        kind: 'tune job',
        plural: 'tune jobs',
        iam: { actions: ['sagemaker:ListTrainingJobs', 'sagemaker:StopTrainingJob'], arnType: 'training-job' },
        list: async function* (client, nameContains) {
            const filter = { NameContains: nameContains, StatusEquals: 'InProgress' };
            for await (const page of (0,_aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .paginateListTrainingJobs */ .A_d)({ client }, filter)) {
                for (const j of page.TrainingJobSummaries ?? [])
                    if (j.TrainingJobStatus === 'InProgress')
                        yield {
                            kind: 'tune job',
                            name: j.TrainingJobName ?? '',
                            arn: j.TrainingJobArn ?? '',
                            createdAt: j.CreationTime ?? new Date(0),
                        };
            }
        },
        remove: (client, name) => client.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .StopTrainingJobCommand */ .JxN({ TrainingJobName: name })),
        removal: { verb: 'stop', past: 'stopped' },
        billsAlone: true,
    },
];
/** A kind that could not be listed, in words: `inference components could not be listed (…)`. */
function unlistedText(type, error) {
    const status = error.$metadata?.httpStatusCode;
    // the SDK's message for an answer it cannot parse runs over lines; its first says what happened
    const message = (error.message ?? String(error)).split('\n')[0];
    return `${type.plural} could not be listed (${status ? `HTTP ${status}: ` : ''}${message})`;
}
/** How long an endpoint's deletion waits for its ICs by default (MCC's do/clean waits per IC). */
const IC_SETTLE_MS = 120_000;
/** Wait until every one of the deleted `names` is gone, or the time is up (kinds without `gone`: at once). */
async function waitUntilGone(type, client, names, o = {}) {
    if (!type.gone || names.length === 0)
        return;
    const until = Date.now() + (o.settleMs ?? IC_SETTLE_MS);
    let waiting = names;
    while (waiting.length > 0 && Date.now() < until) {
        const still = await Promise.all(waiting.map(async (n) => ((await type.gone?.(client, n)) ? undefined : n)));
        waiting = still.filter((n) => n !== undefined);
        if (waiting.length > 0)
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(o.pollMs ?? 2000);
    }
}
/**
 * Delete in table order (ICs, endpoints, configs, models), each kind newest first (an adapter IC
 * before the base IC it was added to); a failure is reported, not thrown.
 */
async function deleteResources(client, resources, options = {}) {
    const report = { deleted: [], failed: [] };
    for (const type of RESOURCE_TYPES) {
        const deleted = [];
        const own = resources
            .filter((x) => x.kind === type.kind)
            .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
        for (const r of own) {
            try {
                await type.remove(client, r.name);
                report.deleted.push(`${r.kind} ${r.name}${type.removal ? ` (${type.removal.past})` : ''}`);
                deleted.push(r.name);
            }
            catch (error) {
                report.failed.push(`${r.kind} ${r.name}: ${error.message}`);
            }
        }
        await waitUntilGone(type, client, deleted, options);
    }
    return report;
}


/***/ }),

/***/ 4258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XU: () => (/* binding */ FORBIDDEN_CHARACTERS),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   y6: () => (/* binding */ flagValue)
/* harmony export */ });
/* unused harmony export splitArgs */
/**
 * Generator args: a string split on whitespace or an argv array. Nothing here is ever given
 * to a shell, but quotes and metacharacters are rejected anyway: they would be passed
 * literally, which is never what the author meant.
 */
const FORBIDDEN_CHARACTERS = /[;&|$`<>(){}'"\\\n\r]/;
function splitArgs(args) {
    return typeof args === 'string' ? args.trim().split(/\s+/).filter(Boolean) : args;
}
function parseArgs(args) {
    const problems = [];
    if (typeof args === 'string' && FORBIDDEN_CHARACTERS.test(args)) {
        const found = args.match(FORBIDDEN_CHARACTERS)?.[0] ?? '';
        problems.push({
            message: `contains ${JSON.stringify(found)}: quotes and shell metacharacters (; & | $ \` < > ( ) { } and newlines) are not allowed (stricter than MCC, for safety: a value must never reach a shell as code) — write plain --flag=value pairs (use an args array if a value needs spaces)`,
        });
    }
    const argv = splitArgs(args);
    const flags = new Map();
    for (let i = 0; i < argv.length; i++) {
        const token = argv[i];
        if (Array.isArray(args) && FORBIDDEN_CHARACTERS.test(token)) {
            problems.push({
                index: i,
                message: `contains a quote or shell metacharacter: ${JSON.stringify(token)} — remove it`,
            });
        }
        if (!token.startsWith('--')) {
            problems.push({
                index: i,
                message: `unexpected value ${JSON.stringify(token)} with no flag before it — write --flag=value`,
            });
            continue;
        }
        const eq = token.indexOf('=');
        let key;
        let value;
        if (eq >= 0) {
            key = token.slice(2, eq);
            value = token.slice(eq + 1);
        }
        else {
            key = token.slice(2);
            const next = argv[i + 1];
            if (next !== undefined && !next.startsWith('--')) {
                value = next;
                i++;
            }
            else {
                value = true;
            }
        }
        if (flags.has(key)) {
            problems.push({ index: i, message: `--${key} is given twice — keep one` });
        }
        flags.set(key, value);
    }
    return { parsed: { argv, flags }, problems };
}
function flagValue(parsed, name) {
    const value = parsed.flags.get(name);
    return typeof value === 'string' ? value : undefined;
}


/***/ }),

/***/ 1775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ computeConfigId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** MCC's documented 5-field configId: the first 16 hex characters of a sha256. */
function computeConfigId(params) {
    const key = [
        params.deploymentConfig,
        params.modelName,
        params.instanceType,
        params.region,
        params.deploymentTarget,
    ].join(':');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 16);
}


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Ru: () => (/* binding */ loadWorkloads),
/* harmony export */   T9: () => (/* binding */ loadPricing),
/* harmony export */   ak: () => (/* binding */ loadCatalog),
/* harmony export */   l2: () => (/* binding */ resolveCatalogPath)
/* harmony export */ });
/* unused harmony exports SHIPPED_CATALOG_DIR, DEFAULT_CATALOG */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4505);




/** The catalog/ folder shipped with the action (two levels above both src/<area>/ and dist/<entry>/). */
const SHIPPED_CATALOG_DIR = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), '..', '..', 'catalog');
const DEFAULT_CATALOG = 'catalog/e2e-catalog.json';
/** Where a catalog's companions live: beside it, or else the shipped ones. */
function companionFile(catalogFile, name) {
    const beside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(catalogFile), name);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside) ? beside : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(SHIPPED_CATALOG_DIR, name);
}
/** A catalog file's text; a directory or an unreadable file is the reader's mistake, said so. */
function readText(file, what) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const err = error;
        const message = err.code === 'EISDIR'
            ? `is a directory, not the ${what} — pass the JSON file itself (e.g. ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(displayPath(file), 'e2e-catalog.json')})`
            : `cannot read the ${what} (${err.code ?? err.message}) — check the path and its permissions`;
        throw new _validate_js__WEBPACK_IMPORTED_MODULE_3__/* .CatalogError */ .G$(displayPath(file), [{ path: '$', message }]);
    }
}
function readJson(file, what) {
    const text = readText(file, what);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _validate_js__WEBPACK_IMPORTED_MODULE_3__/* .CatalogError */ .G$(file, [
            { path: '$', message: `the ${what} is not valid JSON: ${error.message}` },
        ]);
    }
}
function loadWorkloads(catalogFile) {
    const file = companionFile(catalogFile, 'workloads.json');
    const data = readJson(file, 'workload profiles');
    if (!data?.workloads || typeof data.workloads !== 'object') {
        throw new _validate_js__WEBPACK_IMPORTED_MODULE_3__/* .CatalogError */ .G$(file, [
            { path: '$.workloads', message: 'is missing — add an object of workload profiles' },
        ]);
    }
    return { file, workloads: data.workloads };
}
function loadPricing(catalogFile) {
    const file = companionFile(catalogFile, 'pricing.json');
    const data = readJson(file, 'price list');
    return { instances: data?.instances ?? {} };
}
/** The default catalog path falls back to the shipped catalog; an explicit path never does. */
function resolveCatalogPath(requested, cwd = process.cwd()) {
    const path = requested && requested.trim() !== '' ? requested : DEFAULT_CATALOG;
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) && path === DEFAULT_CATALOG) {
        return { file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(SHIPPED_CATALOG_DIR, 'e2e-catalog.json'), usedShipped: true };
    }
    return { file, usedShipped: false };
}
function displayPath(file, cwd = process.cwd()) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, file);
    return rel.startsWith('..') ? file : rel;
}
function loadCatalog(file) {
    const shown = displayPath(file);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        throw new _validate_js__WEBPACK_IMPORTED_MODULE_3__/* .CatalogError */ .G$(shown, [
            {
                path: '$',
                message: 'the catalog file does not exist — pass --catalog FILE (or the action input `catalog`) with the right path',
            },
        ]);
    }
    const { file: workloadsFile, workloads } = loadWorkloads(file);
    const result = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateCatalogText */ .PX)(readText(file, 'catalog'), {
        file: shown,
        workloadNames: new Set(Object.keys(workloads)),
        workloadsFile: displayPath(workloadsFile),
    });
    if (!result.catalog)
        throw new _validate_js__WEBPACK_IMPORTED_MODULE_3__/* .CatalogError */ .G$(shown, result.problems);
    return result.catalog;
}


/***/ }),

/***/ 2107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UE: () => (/* binding */ entryFromRecord),
/* harmony export */   qO: () => (/* binding */ registeredConfigs),
/* harmony export */   vl: () => (/* binding */ entryForConfigId)
/* harmony export */ });
/* unused harmony exports CONFIG_ID_PATTERN, DEFAULT_REGISTERED_TIER, REGISTERED_LIFECYCLE, TIER_TIMEOUT_SECONDS, isRegistration */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1234);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4258);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4505);
/* harmony import */ var _results_join_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(643);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);





/**
 * Registered configurations (the seed's CI Integration Harness): records a team wrote with MCC's
 * `do/register --ci` (or `mcc-e2e register --from-project`) for its own project, outside the
 * catalog. A usable record becomes a runnable entry, checked by the catalog's own validator;
 * an unusable one is reported by configId with the reason and never run. Pure but for
 * entryForConfigId, which reads the records it is given a source of.
 */
/** The table key of a record: 16 lowercase hex characters. */
const CONFIG_ID_PATTERN = /^[0-9a-f]{16}$/;
/** Tier of a record that names none: re-tested daily, with the nightly timeouts. */
const DEFAULT_REGISTERED_TIER = 'nightly';
/**
 * MCC's Stage 1 (generate → build → push → deploy → test) plus clean. No tune: a project outside
 * the golden path may have no managed fine-tuning, and a registration names no dataset.
 */
const REGISTERED_LIFECYCLE = ['build', 'push', 'deploy', 'test', 'clean'];
/** Per-stage timeout of each tier, as the shipped catalog's entries of that tier have it. */
const TIER_TIMEOUT_SECONDS = { ci: 1800, nightly: 2700, weekly: 3600 };
/**
 * MCC's engine prefixes (do/register's get_engine_prefix): such parameters are deploy-time
 * settings, given to the project as `IC_ENV_<name>`, which do/deploy passes to the container.
 */
const ENGINE_PREFIXES = ['VLLM_', 'SGLANG_', 'TRTLLM_', 'LMI_', 'DJL_'];
const IC_ENV_PREFIX = 'IC_ENV_';
/** do/register writes secrets as this; such values are never usable */
const REDACTED = '***REDACTED***';
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** The generator flags a registration gives, and the configJson field each one comes from. */
const FLAG_FIELDS = [
    ['deployment-config', 'deploymentConfig'],
    ['model-name', 'modelName'],
    ['instance-type', 'instanceType'],
    ['region', 'awsRegion'],
    ['deployment-target', 'deploymentTarget'],
];
/**
 * A registration, not a catalog result: our runs of catalog entries write `e2eCatalogId`; MCC's
 * do/register, `register --from-project` and runs of registered entries never do.
 */
const isRegistration = (record) => !record.e2eCatalogId;
function parseConfigJson(text) {
    if (typeof text !== 'string' || text.trim() === '')
        return 'has no configJson — register it again with do/register --ci';
    try {
        const parsed = JSON.parse(text);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
            return parsed;
        return 'configJson is not a JSON object — register it again with do/register --ci';
    }
    catch (error) {
        return `configJson is not valid JSON (${error.message}) — register it again with do/register --ci`;
    }
}
/** `region` (ours) or `awsRegion` (MCC's). */
function fieldOf(config, field) {
    return field === 'awsRegion' ? (config.awsRegion ?? config.region) : config[field];
}
/** Engine parameters → the stage env; secrets, redacted values and others are left out. */
function envOf(parameters) {
    const env = {};
    const problems = [];
    if (parameters === null || typeof parameters !== 'object')
        return { env, problems };
    for (const [key, value] of Object.entries(parameters)) {
        const name = key.startsWith(IC_ENV_PREFIX)
            ? key
            : ENGINE_PREFIXES.some((p) => key.startsWith(p))
                ? `${IC_ENV_PREFIX}${key}`
                : undefined;
        if (!name || /SECRET|TOKEN/i.test(key) || value === REDACTED)
            continue;
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
            problems.push(`configJson.parameters.${key} must be a string, not ${JSON.stringify(value)}`);
            continue;
        }
        const text = String(value);
        const bad = text.match(_args_js__WEBPACK_IMPORTED_MODULE_4__/* .FORBIDDEN_CHARACTERS */ .XU)?.[0];
        if (bad !== undefined) {
            problems.push(`configJson.parameters.${key} contains ${JSON.stringify(bad)}: quotes and shell metacharacters are not allowed`);
            continue;
        }
        env[name] = text;
    }
    return { env, problems };
}
/** A validator problem in the words of the record: `args[1]` is configJson.modelName. */
function describeProblem(p, argFields) {
    const local = p.path.replace(/^\$\.configs\[0\]\.?/, '');
    const arg = /^args\[(\d+)\]$/.exec(local);
    const where = arg ? `configJson.${argFields[Number(arg[1])]}` : local === 'args' ? 'configJson' : local;
    return `${where} ${p.message}`;
}
/** Pick the entry's id: the project name when it is a valid, free id, else `reg-<configId>`. */
function idFor(configId, projectName, taken) {
    const preferred = typeof projectName === 'string' && ID_PATTERN.test(projectName) ? projectName : undefined;
    const id = preferred && !taken.has(preferred) ? preferred : `reg-${configId}`;
    taken.add(id);
    return id;
}
/** One record → a runnable entry, or the reason it cannot be one. `taken` holds the ids in use. */
function entryFromRecord(record, taken) {
    const configId = record.configId;
    const config = parseConfigJson(record.configJson);
    const model = typeof config === 'object' && typeof config.modelName === 'string' ? config.modelName : '';
    const unusable = (reason) => ({ unusable: { configId, model, reason } });
    if (!CONFIG_ID_PATTERN.test(configId))
        return unusable(`configId "${configId}" is not 16 lowercase hex characters`);
    if (typeof config === 'string')
        return unusable(config);
    const missing = FLAG_FIELDS.filter(([, field]) => {
        const value = fieldOf(config, field);
        return typeof value !== 'string' || value.trim() === '';
    }).map(([, field]) => field);
    if (missing.length > 0)
        return unusable(`configJson has no ${missing.join(', ')} — a registration needs the model, instance, region, deployment config and target (register it again from a project generated with --model-name)`);
    const target = String(config.deploymentTarget);
    const track = Object.entries(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACK_TARGETS */ .v7).find(([, t]) => t === target)?.[0];
    if (!track)
        return unusable(`configJson.deploymentTarget "${target}" is not one of ${Object.values(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACK_TARGETS */ .v7).join(', ')}`);
    const { env, problems } = envOf(config.parameters);
    if (problems.length > 0)
        return unusable(problems.join('; '));
    const tier = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TIERS */ .iB.includes(record.tier)
        ? record.tier
        : DEFAULT_REGISTERED_TIER;
    const raw = {
        id: idFor(configId, config.projectName, taken),
        tier,
        track: track,
        args: FLAG_FIELDS.map(([flag, field]) => `--${flag}=${String(fieldOf(config, field))}`),
        lifecycle: REGISTERED_LIFECYCLE,
        timeout: TIER_TIMEOUT_SECONDS[tier],
        ...(Object.keys(env).length > 0 ? { env } : {}),
        notes: `registered ${typeof config.projectName === 'string' ? `project ${config.projectName}` : 'configuration'} (configId ${configId})`,
    };
    const result = (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateCatalogText */ .PX)(JSON.stringify({ configs: [raw] }), {
        file: `record ${configId}`,
        workloadNames: new Set(),
        workloadsFile: 'catalog/workloads.json',
    });
    const [validated] = result.catalog?.entries ?? [];
    if (!validated) {
        const fields = FLAG_FIELDS.map(([, field]) => field);
        return unusable(result.problems.map((p) => describeProblem(p, fields)).join('; '));
    }
    return {
        entry: {
            ...validated,
            // results go to the record's own key (MCC's 7-field id stays MCC's)
            configId,
            registered: {
                configId,
                configJson: record.configJson,
                ...(typeof config.projectName === 'string' ? { projectName: config.projectName } : {}),
            },
        },
    };
}
/**
 * Every registration among the records (one per configuration) that no catalog entry covers, in
 * configId order so that the plan and a run leg give a record the same id.
 */
function registeredConfigs(records, catalogEntries) {
    // MCC's own item of a catalog entry (its 7-field id) is that entry, not a registration
    records = (0,_results_join_js__WEBPACK_IMPORTED_MODULE_2__/* .joinRecords */ .t4)(records, catalogEntries);
    const inCatalog = new Set(catalogEntries.map((e) => e.configId));
    const taken = new Set(catalogEntries.map((e) => e.id));
    const entries = [];
    const unusable = [];
    const candidates = records
        .filter((r) => !inCatalog.has(r.configId) && isRegistration(r))
        .sort((a, b) => a.configId.localeCompare(b.configId));
    for (const record of candidates) {
        const conversion = entryFromRecord(record, taken);
        if ('entry' in conversion)
            entries.push(conversion.entry);
        else
            unusable.push(conversion.unusable);
    }
    return { entries, unusable };
}
/**
 * The entry a `config-id` names (the run action's input, `run --config-id`): a catalog entry with
 * that configId, else the registered record's entry. Anything else is a clear error.
 */
async function entryForConfigId(source, catalog, configId) {
    if (!CONFIG_ID_PATTERN.test(configId))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`config-id must be a configId: 16 lowercase hex characters (the plan's matrix gives it), not "${configId}"`);
    const inCatalog = catalog.entries.find((e) => e.configId === configId || (0,_results_join_js__WEBPACK_IMPORTED_MODULE_2__/* .mccConfigIdsOf */ .X)(e).includes(configId));
    if (inCatalog)
        return inCatalog;
    const records = await source.listRecords().catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`config-id ${configId}: could not read ${source.description} (${error.name}: ${error.message})`);
    });
    const { entries, unusable } = registeredConfigs(records, catalog.entries);
    const entry = entries.find((e) => e.configId === configId);
    if (entry)
        return entry;
    const reason = unusable.find((u) => u.configId === configId)?.reason;
    if (reason)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`registered record ${configId} cannot be run: ${reason}`);
    const record = records.find((r) => r.configId === configId);
    if (record?.e2eCatalogId)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`record ${configId} holds results of catalog entry "${record.e2eCatalogId}", which ${catalog.file} no longer has — it is not a registration`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`no record ${configId} in ${source.description} — register the project first (./do/register --ci, or mcc-e2e register --from-project DIR)`);
}


/***/ }),

/***/ 9563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XO: () => (/* binding */ selectEntries),
/* harmony export */   aW: () => (/* binding */ parseTier)
/* harmony export */ });
/* unused harmony exports SelectionError, parseIdList */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1234);

class SelectionError extends Error {
    name = 'SelectionError';
}
function parseIdList(ids) {
    return (ids ?? '')
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function parseTier(tier) {
    const value = tier?.trim();
    if (!value)
        return undefined;
    if (!_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TIERS */ .iB.includes(value)) {
        throw new SelectionError(`unknown tier "${value}" — use one of ${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TIERS */ .iB.join(', ')}`);
    }
    return value;
}
/**
 * Select entries by tier and/or ids. Ids keep catalog order and may span tiers; with a tier as
 * well, an id of another tier is an error (the tier is a cross-check). No filter selects all.
 */
function selectEntries(catalog, selection) {
    const tier = parseTier(selection.tier);
    const ids = parseIdList(selection.ids);
    const known = new Map(catalog.entries.map((e) => [e.id, e]));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
        throw new SelectionError(`unknown config id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')} in ${catalog.file} — run \`mcc-e2e plan\` to list the ids`);
    }
    if (tier && ids.length > 0) {
        const wrongTier = ids.filter((id) => known.get(id)?.tier !== tier);
        if (wrongTier.length > 0) {
            throw new SelectionError(`${wrongTier.map((id) => `"${id}" is in tier ${known.get(id)?.tier}`).join(', ')}, not ${tier} — drop the tier or fix the id`);
        }
    }
    const wanted = new Set(ids);
    return catalog.entries.filter((e) => (ids.length === 0 || wanted.has(e.id)) && (!tier || e.tier === tier));
}


/***/ }),

/***/ 1234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fk: () => (/* binding */ TUNE_TECHNIQUES),
/* harmony export */   iB: () => (/* binding */ TIERS),
/* harmony export */   jt: () => (/* binding */ TRAINING_TYPES),
/* harmony export */   v7: () => (/* binding */ TRACK_TARGETS)
/* harmony export */ });
const TIERS = ['ci', 'nightly', 'weekly'];
/** Each track maps to the deployment target the generator is told about. */
const TRACK_TARGETS = {
    realtime: 'realtime-inference',
    async: 'async-inference',
    batch: 'batch-transform',
    hyperpod: 'hyperpod-eks',
};
const TUNE_TECHNIQUES = ['sft', 'dpo', 'rlaif', 'rlvr'];
const TRAINING_TYPES = ['lora', 'full-rank'];


/***/ }),

/***/ 4505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G$: () => (/* binding */ CatalogError),
  Vw: () => (/* binding */ formatProblem),
  DO: () => (/* binding */ locateProblems),
  PX: () => (/* binding */ validateCatalogText)
});

// UNUSED EXPORTS: MCC_DEFAULT_REGION, jsonPath, lineColumn

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/catalog/types.ts
var types = __webpack_require__(1234);
// EXTERNAL MODULE: ./src/lifecycle/schedule.ts
var schedule = __webpack_require__(3147);
;// CONCATENATED MODULE: ./src/catalog/schema.ts


const schema_schedule = {
    enum: [...schedule/* SCHEDULES */.Hj],
    description: 'Stage order: sequential (lifecycle order) or overlap-tune (tune submitted with --no-wait before deploy and waited for after test, so the endpoint is not idle during the tune job).',
};
/** 7 days: beyond it a timer overflows (and no stage should run that long) */
const MAX_TIMEOUT_SECONDS = 7 * 24 * 3600;
/**
 * The catalog's JSON Schema. `catalog/e2e-catalog.schema.json` is written from this object
 * (`npm run schema`) and a test keeps the two identical, so editors and the validator agree.
 */
const catalogSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/mcc/e2e-action/blob/main/catalog/e2e-catalog.schema.json',
    title: 'mcc/e2e-action catalog',
    description: 'Golden-path configurations and the lifecycle each must pass (MCC e2e-catalog format).',
    type: 'object',
    required: ['configs'],
    additionalProperties: false,
    properties: {
        $schema: { type: 'string' },
        description: { type: 'string' },
        version: { type: ['string', 'number'] },
        stageCommands: {
            type: 'object',
            description: 'Per-stage argv overrides for teams whose do/ scripts differ, e.g. { "deploy": ["./do/deploy", "--wait"] }; placeholders such as {dataset} or {adapter} are filled from the entry.',
            additionalProperties: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        },
        quotas: {
            type: 'object',
            description: 'Endpoints at once per instance type for this catalog, e.g. { "ml.g5.12xlarge": 4 }; legs wait for a slot before deploy. Over the account\'s Service Quotas value; the quotas input overrides it.',
            propertyNames: { pattern: '^ml\\.[a-z0-9]+\\.[a-z0-9]+$' },
            additionalProperties: { type: 'integer', minimum: 0, maximum: 10000 },
        },
        schedule: { ...schema_schedule, description: `${schema_schedule.description} For every entry without its own.` },
        configs: {
            type: 'array',
            items: {
                type: 'object',
                required: ['id', 'tier', 'track', 'args', 'lifecycle', 'timeout'],
                additionalProperties: false,
                properties: {
                    id: {
                        type: 'string',
                        pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
                        description: 'Unique id: lowercase letters, digits and dashes, at most 63 characters.',
                    },
                    tier: { enum: [...types/* TIERS */.iB], description: 'Schedule tier: ci (daily), nightly, weekly.' },
                    track: { enum: Object.keys(types/* TRACK_TARGETS */.v7), description: 'Deployment track.' },
                    args: {
                        description: 'Generator flags, as one string (split on whitespace) or an argv array.',
                        oneOf: [
                            { type: 'string', minLength: 1 },
                            { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
                        ],
                    },
                    lifecycle: {
                        type: 'array',
                        minItems: 1,
                        items: { type: 'string' },
                        description: 'Stages after the implied generate, e.g. build, push, deploy, test, tune-sft, clean.',
                    },
                    timeout: {
                        type: 'integer',
                        minimum: 60,
                        maximum: MAX_TIMEOUT_SECONDS,
                        description: 'Seconds allowed per stage (at most 7 days).',
                    },
                    tuneTimeout: {
                        type: 'integer',
                        minimum: 60,
                        maximum: MAX_TIMEOUT_SECONDS,
                        description: 'Seconds allowed per tune stage (at most 7 days).',
                    },
                    tuneConfig: {
                        type: 'object',
                        required: ['technique', 'trainingType', 'dataset'],
                        additionalProperties: false,
                        properties: {
                            technique: { enum: [...types/* TUNE_TECHNIQUES */.fk] },
                            trainingType: { enum: [...types/* TRAINING_TYPES */.jt] },
                            dataset: { type: 'string', pattern: '^(s3://[^\\s/]+/\\S+|hf://[^\\s/]+/\\S+)$' },
                            tuneId: {
                                type: 'string',
                                minLength: 1,
                                description: 'JumpStart model id for do/tune --model.',
                            },
                        },
                    },
                    env: {
                        type: 'object',
                        propertyNames: { pattern: '^[A-Z_][A-Z0-9_]*$' },
                        additionalProperties: { type: 'string' },
                        description: 'Environment exported to every stage.',
                    },
                    benchmark: {
                        type: 'object',
                        required: ['workload'],
                        additionalProperties: false,
                        properties: { workload: { type: 'string', minLength: 1 } },
                    },
                    schedule: schema_schedule,
                    notes: { type: 'string' },
                },
            },
        },
    },
};

// EXTERNAL MODULE: ./src/catalog/args.ts
var args = __webpack_require__(4258);
// EXTERNAL MODULE: ./src/catalog/config-id.ts
var config_id = __webpack_require__(1775);
// EXTERNAL MODULE: ./src/lifecycle/stages.ts
var stages = __webpack_require__(1533);
// EXTERNAL MODULE: ./src/lifecycle/overrides.ts
var overrides = __webpack_require__(6881);
;// CONCATENATED MODULE: ./src/catalog/validate.ts









class CatalogError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((p) => formatProblem(file, p)).join('\n')}`);
        this.file = file;
        this.problems = problems;
        this.name = 'CatalogError';
    }
}
function formatProblem(file, p) {
    const where = p.line !== undefined ? `${file}:${p.line}:${p.column}` : file;
    return `  ${where}  ${p.path}: ${p.message}`;
}
function jsonPath(segments) {
    return segments.reduce((path, s) => {
        if (typeof s === 'number')
            return `${path}[${s}]`;
        return /^[A-Za-z_$][\w$]*$/.test(s) ? `${path}.${s}` : `${path}[${JSON.stringify(s)}]`;
    }, '$');
}
// Cold start: the schema is ours and tested, so it is not checked against the JSON Schema
// meta-schema on every start, and the validator is compiled without the optimising pass.
const validate_ajv = new ajv.Ajv({ allErrors: true, strict: false, validateSchema: false, code: { optimize: false } });
const validateSchema = validate_ajv.compile(catalogSchema);
const REGION = /^(us|eu|ap|sa|ca|me|af|il|mx|cn)(-gov|-iso|-isob)?-(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d$/;
const INSTANCE_TYPE = /^ml\.[a-z0-9]+\.[a-z0-9]+$/;
const MODEL_NAME = /^([A-Za-z0-9][\w.-]*\/[\w.-]+|s3:\/\/\S+)$/;
const FORBIDDEN_ENV = [/^AWS_/, /^HF_TOKEN$/, /^GITHUB_/, /^PATH$/, /^NODE_OPTIONS$/, /^LD_/, /^MCC_E2E_/];
const REQUIRED_FLAGS = ['deployment-config', 'model-name', 'instance-type'];
/** MCC's E2E runner and recorder use us-west-2 when an entry's args have no --region. */
const MCC_DEFAULT_REGION = 'us-west-2';
/** Readable sentences for schema patterns, keyed by the last segment of the path. */
const PATTERN_HINTS = {
    id: 'must be lowercase letters, digits and dashes, start with a letter or digit, and be at most 63 characters (stricter than MCC for safety: the id becomes the project name, a command-line argument and SageMaker resource names, which are limited to 63 characters and must not look like a flag)',
    dataset: 'must be an s3://bucket/key URI or hf://org/name',
    env: 'env keys must be UPPER_SNAKE_CASE (A-Z, 0-9, _; not starting with a digit)',
    quotas: 'quota keys are SageMaker instance types such as ml.g5.xlarge',
};
function schemaMessage(error, data) {
    const segments = error.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const last = segments[segments.length - 1];
    const got = JSON.stringify(data);
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return {
                segments: [...segments, String(params.missingProperty)],
                message: `is required but missing — add "${String(params.missingProperty)}" (see catalog/e2e-catalog.schema.json)`,
            };
        case 'additionalProperties':
            return {
                segments: [...segments, String(params.additionalProperty)],
                message: `unknown field "${String(params.additionalProperty)}" — remove it or fix its spelling`,
            };
        case 'enum':
            return {
                segments,
                message: `is ${got}; use one of ${params.allowedValues.map((v) => String(v)).join(', ')}`,
            };
        case 'type':
            return {
                segments,
                message: `must be ${String(params.type).replace(',', ' or ')}, not ${describeType(data)}`,
            };
        case 'pattern':
            return {
                segments,
                message: `is ${got}; it ${PATTERN_HINTS[String(last)] ?? `must match ${String(params.pattern)}`}`,
            };
        case 'propertyNames':
            return {
                segments: [...segments, String(params.propertyName)],
                message: `"${String(params.propertyName)}" is not a valid key: ${PATTERN_HINTS[String(last)] ?? 'rename it'}`,
            };
        case 'minimum':
            return {
                segments,
                message: `is ${got}; it must be at least ${String(params.limit)}${segments[0] === 'quotas' ? ' endpoints' : ' seconds'}`,
            };
        case 'maximum':
            return {
                segments,
                message: `is ${typeof data === 'number' && !Number.isFinite(data) ? 'a number too large to hold' : got}; it must be at most ${String(params.limit)}${segments[0] === 'quotas' ? ' endpoints' : ' seconds (7 days)'}`,
            };
        case 'minItems':
            return {
                segments,
                message: `must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`,
            };
        case 'minLength':
            return { segments, message: 'must not be empty' };
        case 'oneOf':
            return {
                segments,
                message: `must be a non-empty string or a non-empty array of strings, not ${describeType(data)}`,
            };
        default:
            return { segments, message: error.message ?? 'is invalid' };
    }
}
function describeType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'number' && !Number.isFinite(value))
        return 'a number too large to hold';
    if (typeof value === 'object')
        return 'an object';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/** Schema errors, minus the per-branch noise of a failed oneOf and the pattern duplicates of propertyNames. */
function relevantSchemaErrors(errors) {
    const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.schemaPath);
    return errors.filter((e) => {
        if (oneOfPaths.some((p) => e.schemaPath.startsWith(`${p}/`)))
            return false;
        if (e.keyword === 'pattern' && e.propertyName !== undefined)
            return false;
        return true;
    });
}
function valueAt(root, segments) {
    let value = root;
    for (const s of segments) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[s];
    }
    return value;
}
class ProblemList {
    text;
    tree;
    items = [];
    constructor(text, tree) {
        this.text = text;
        this.tree = tree;
    }
    /** at `offset` when given (a duplicate key: the tree finds only the first), else where the path leads */
    add(segments, message, offset) {
        if (offset !== undefined) {
            this.items.push({ path: jsonPath(segments), message, ...lineColumn(this.text, offset) });
            return;
        }
        let node;
        for (let n = segments.length; n >= 0 && !node; n--) {
            node = this.tree ? (0,main.findNodeAtLocation)(this.tree, segments.slice(0, n)) : undefined;
            // a key's value node: point at its property name, where the reader looks
            if (node?.parent?.type === 'property' && n === segments.length)
                node = node.parent;
        }
        const position = node ? lineColumn(this.text, node.offset) : {};
        this.items.push({ path: jsonPath(segments), message, ...position });
    }
}
/** Problems found outside the validator (e.g. MCC's rules), with the line and column of each. */
function locateProblems(text, found) {
    const list = new ProblemList(text, (0,main.parseTree)(text));
    for (const problem of found)
        list.add(problem.at, problem.message);
    return list.items;
}
function lineColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { line, column };
}
/** Validate catalog text: JSON syntax, the schema, then every cross-check. Collects ALL problems. */
function validateCatalogText(text, ctx) {
    if (text.trim() === '')
        return {
            problems: [
                {
                    path: '$',
                    message: 'is empty — write a JSON object with a "configs" array (see catalog/e2e-catalog.json)',
                    line: 1,
                    column: 1,
                },
            ],
        };
    const tooDeep = nestingBeyond(text, MAX_NESTING);
    if (tooDeep !== undefined) {
        const position = lineColumn(text, tooDeep);
        return {
            problems: [
                {
                    path: '$',
                    message: `nests arrays and objects deeper than ${MAX_NESTING} levels at line ${position.line}, column ${position.column} — a catalog needs a handful; check the file is the catalog`,
                    ...position,
                },
            ],
        };
    }
    const syntaxErrors = [];
    const tree = (0,main.parseTree)(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false });
    if (syntaxErrors.length > 0 || !tree) {
        const first = syntaxErrors[0];
        const position = lineColumn(text, first?.offset ?? 0);
        return {
            problems: [
                {
                    path: '$',
                    message: `is not valid JSON: ${first ? describeSyntaxError((0,main.printParseErrorCode)(first.error)) : 'the file is empty'} at line ${position.line}, column ${position.column} — fix the syntax (a JSON linter or your editor shows the spot)`,
                    ...position,
                },
            ],
        };
    }
    const data = JSON.parse(text);
    const problems = new ProblemList(text, tree);
    if (!isObject(data)) {
        problems.add([], `must be a JSON object with a "configs" array, not ${describeType(data)} — see catalog/e2e-catalog.schema.json`);
        return { problems: problems.items };
    }
    for (const duplicate of duplicateKeys(tree)) {
        const first = lineColumn(text, duplicate.first);
        problems.add(duplicate.at, `duplicate key "${String(duplicate.at[duplicate.at.length - 1])}" (first at line ${first.line}, column ${first.column}) — JSON keeps only the last one; remove one of them`, duplicate.offset);
    }
    if (!validateSchema(data)) {
        for (const error of relevantSchemaErrors(validateSchema.errors ?? [])) {
            const { segments, message } = schemaMessage(error, valueAt(data, error.instancePath
                .split('/')
                .slice(1)
                .map((s) => (/^\d+$/.test(s) ? Number(s) : s))));
            problems.add(segments, message);
        }
    }
    const rawEntries = Array.isArray(data.configs)
        ? data.configs
        : [];
    const rootSchedule = data.schedule;
    const entries = crossCheck(rawEntries, problems, ctx).map((entry) => entry.schedule === undefined && (0,schedule/* isSchedule */.GM)(rootSchedule) ? { ...entry, schedule: rootSchedule } : entry);
    const stageCommands = data.stageCommands;
    if (isObject(stageCommands)) {
        for (const p of (0,overrides/* checkStageCommands */.P)(stageCommands))
            problems.add(['stageCommands', ...p.at], p.message);
    }
    const quotas = data.quotas;
    if (problems.items.length > 0)
        return { problems: problems.items };
    return {
        catalog: {
            file: ctx.file,
            entries,
            ...(isObject(stageCommands) ? { stageCommands: stageCommands } : {}),
            ...(isObject(quotas) ? { quotas: quotas } : {}),
        },
        problems: [],
    };
}
/** far beyond any catalog, far below what the parsers' recursion survives */
const MAX_NESTING = 64;
/** The offset where brackets nest deeper than `limit` (strings skipped), else undefined. */
function nestingBeyond(text, limit) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '{' || c === '[') {
            if (++depth > limit)
                return i;
        }
        else if (c === '}' || c === ']')
            depth--;
    }
    return undefined;
}
/** Keys given twice in one object (JSON.parse silently keeps the last): where, and the first's offset. */
function duplicateKeys(node, at = []) {
    const found = [];
    const seen = new Map();
    (node.children ?? []).forEach((child, index) => {
        if (node.type === 'object') {
            const [key, value] = child.children ?? [];
            const name = String(key?.value);
            const earlier = seen.get(name);
            if (earlier !== undefined)
                found.push({ at: [...at, name], offset: key?.offset ?? 0, first: earlier });
            else
                seen.set(name, key?.offset ?? 0);
            if (value)
                found.push(...duplicateKeys(value, [...at, name]));
        }
        else if (node.type === 'array')
            found.push(...duplicateKeys(child, [...at, index]));
    });
    return found;
}
const SYNTAX_SENTENCES = {
    InvalidSymbol: 'an unexpected character',
    InvalidNumberFormat: 'a malformed number',
    PropertyNameExpected: 'a property name was expected (trailing comma?)',
    ValueExpected: 'a value was expected (trailing comma or missing value?)',
    ColonExpected: 'a ":" was expected',
    CommaExpected: 'a "," was expected',
    CloseBraceExpected: 'a "}" was expected',
    CloseBracketExpected: 'a "]" was expected',
    EndOfFileExpected: 'extra content after the end of the JSON',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'comments are not allowed in JSON',
    UnexpectedEndOfString: 'an unterminated string',
    UnexpectedEndOfNumber: 'an unterminated number',
    InvalidUnicode: 'an invalid unicode escape',
    InvalidEscapeCharacter: 'an invalid escape character',
    InvalidCharacter: 'an invalid character in a string',
};
const describeSyntaxError = (code) => SYNTAX_SENTENCES[code] ?? code;
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function crossCheck(raw, problems, ctx) {
    const entries = [];
    const firstIndexById = new Map();
    const firstIndexByConfigId = new Map();
    raw.forEach((entry, index) => {
        if (!isObject(entry))
            return;
        const at = (...rest) => ['configs', index, ...rest];
        if (typeof entry.id === 'string') {
            const earlier = firstIndexById.get(entry.id);
            if (earlier !== undefined) {
                problems.add(at('id'), `duplicate id "${entry.id}" (also at $.configs[${earlier}]) — ids must be unique`);
            }
            else
                firstIndexById.set(entry.id, index);
        }
        const lifecycle = Array.isArray(entry.lifecycle)
            ? entry.lifecycle.filter((s) => typeof s === 'string')
            : [];
        checkLifecycle(entry, lifecycle, at, problems);
        checkEnv(entry, at, problems);
        if (isObject(entry.benchmark) &&
            typeof entry.benchmark.workload === 'string' &&
            !ctx.workloadNames.has(entry.benchmark.workload)) {
            problems.add(at('benchmark', 'workload'), `unknown workload "${entry.benchmark.workload}" — use one defined in ${ctx.workloadsFile} (${[...ctx.workloadNames].join(', ')})`);
        }
        if (typeof entry.args !== 'string' && !Array.isArray(entry.args))
            return;
        if (Array.isArray(entry.args) && entry.args.some((a) => typeof a !== 'string'))
            return;
        const { parsed, problems: argProblems } = (0,args/* parseArgs */.Zy)(entry.args);
        for (const p of argProblems)
            problems.add(p.index !== undefined && Array.isArray(entry.args) ? at('args', p.index) : at('args'), p.message);
        const missing = REQUIRED_FLAGS.filter((f) => (0,args/* flagValue */.y6)(parsed, f) === undefined);
        for (const flag of missing)
            problems.add(at('args'), `is missing --${flag} — add --${flag}=<value>`);
        const instanceType = (0,args/* flagValue */.y6)(parsed, 'instance-type');
        if (instanceType !== undefined && !INSTANCE_TYPE.test(instanceType)) {
            problems.add(at('args'), `--instance-type "${instanceType}" is not a SageMaker instance type — use the form ml.<family>.<size>, e.g. ml.g5.xlarge`);
        }
        const region = (0,args/* flagValue */.y6)(parsed, 'region') ?? MCC_DEFAULT_REGION;
        if (!REGION.test(region)) {
            problems.add(at('args'), `--region "${region}" is not an AWS region name — use e.g. us-west-2`);
        }
        const modelName = (0,args/* flagValue */.y6)(parsed, 'model-name');
        if (modelName !== undefined && !MODEL_NAME.test(modelName)) {
            problems.add(at('args'), `--model-name "${modelName}" is neither a Hugging Face id (org/name) nor an s3:// URI`);
        }
        const trackTarget = typeof entry.track === 'string' ? types/* TRACK_TARGETS */.v7[entry.track] : undefined;
        const explicitTarget = (0,args/* flagValue */.y6)(parsed, 'deployment-target');
        if (explicitTarget !== undefined && trackTarget !== undefined && explicitTarget !== trackTarget) {
            problems.add(at('args'), `--deployment-target "${explicitTarget}" contradicts track "${entry.track}" (${trackTarget}) — make them agree`);
        }
        const hasTune = lifecycle.some((s) => (0,stages/* tuneTechniqueOf */.uX)(s) !== undefined);
        if (hasTune && !parsed.flags.has('enable-lora')) {
            problems.add(at('args'), 'the lifecycle has a tune step but args lack --enable-lora — add --enable-lora (adapters need it)');
        }
        if (missing.length > 0 || (explicitTarget ?? trackTarget) === undefined)
            return;
        const params = {
            deploymentConfig: (0,args/* flagValue */.y6)(parsed, 'deployment-config'),
            modelName: modelName,
            instanceType: instanceType,
            region,
            deploymentTarget: (explicitTarget ?? trackTarget),
        };
        const configId = (0,config_id/* computeConfigId */.Z)(params);
        const earlier = firstIndexByConfigId.get(configId);
        if (earlier !== undefined) {
            problems.add(at('args'), `has the same configId ${configId} as $.configs[${earlier}] (same deployment config, model, instance, region and target) — the two would overwrite each other's results (stricter than MCC, which checks only ids); remove one or change its args`);
        }
        else
            firstIndexByConfigId.set(configId, index);
        entries.push({ ...entry, argv: parsed.argv, params, configId });
    });
    return entries;
}
function checkLifecycle(entry, lifecycle, at, problems) {
    const seen = new Set();
    lifecycle.forEach((stage, i) => {
        if (stage === 'generate') {
            problems.add(at('lifecycle', i), 'generate always runs first and is implied — remove it from the lifecycle');
        }
        else if (stage === 'benchmark') {
            problems.add(at('lifecycle', i), 'benchmark is not a lifecycle step — opt in with "benchmark": { "workload": "<name>" }');
        }
        else if (!(0,stages/* isLifecycleStage */.fQ)(stage)) {
            problems.add(at('lifecycle', i), `unknown stage "${stage}" — use one of ${stages/* LIFECYCLE_STAGE_NAMES */.dq.join(', ')}, or one of MCC’s step names: test-<flag> (./do/test --<flag>), <script>-<action> (./do/<script> <action>) or <script>, where <script> is a do/ script MCC generates (${stages/* MCC_DO_SCRIPTS */.J2.join(', ')})`);
        }
        if (seen.has(stage))
            problems.add(at('lifecycle', i), `"${stage}" appears twice — list each stage once`);
        seen.add(stage);
    });
    const indexOf = (name) => lifecycle.indexOf(name);
    const tuneIndex = lifecycle.findIndex((s) => (0,stages/* tuneTechniqueOf */.uX)(s) !== undefined);
    const cleanIndex = indexOf('clean');
    if (cleanIndex >= 0 && cleanIndex !== lifecycle.length - 1) {
        problems.add(at('lifecycle', cleanIndex), 'clean must be the last step — move it to the end');
    }
    if (tuneIndex >= 0) {
        const tuneStage = lifecycle[tuneIndex];
        if (entry.tuneConfig === undefined) {
            problems.add(at('tuneConfig'), `is required because the lifecycle has "${tuneStage}" — add { "technique", "trainingType", "dataset" }`);
        }
        else if (isObject(entry.tuneConfig) && entry.tuneConfig.technique !== (0,stages/* tuneTechniqueOf */.uX)(tuneStage)) {
            problems.add(at('tuneConfig', 'technique'), `is "${String(entry.tuneConfig.technique)}" but the lifecycle runs "${tuneStage}" — make them agree`);
        }
        const testIndex = indexOf('test');
        if (testIndex < 0 || testIndex > tuneIndex) {
            problems.add(at('lifecycle', tuneIndex), `"${tuneStage}" must come after "test" — the base model is tested before tuning`);
        }
        if (cleanIndex >= 0 && cleanIndex < tuneIndex) {
            problems.add(at('lifecycle', tuneIndex), `"${tuneStage}" must come before "clean"`);
        }
    }
    const adapterAdd = indexOf('adapter-add');
    if (adapterAdd >= 0 && (tuneIndex < 0 || tuneIndex > adapterAdd)) {
        problems.add(at('lifecycle', adapterAdd), '"adapter-add" needs a tune step (e.g. "tune-sft") before it');
    }
    const testAdapter = indexOf('test-adapter');
    if (testAdapter >= 0 && (tuneIndex < 0 || tuneIndex > testAdapter)) {
        problems.add(at('lifecycle', testAdapter), '"test-adapter" needs a tune step (e.g. "tune-sft") before it');
    }
    if (testAdapter >= 0 && (adapterAdd < 0 || adapterAdd > testAdapter)) {
        problems.add(at('lifecycle', testAdapter), '"test-adapter" must come after "adapter-add"');
    }
}
function checkEnv(entry, at, problems) {
    if (!isObject(entry.env))
        return;
    for (const key of Object.keys(entry.env)) {
        if (FORBIDDEN_ENV.some((pattern) => pattern.test(key))) {
            problems.add(at('env', key), `"${key}" may not be set from the catalog: it would override credentials or the runner (AWS_*, HF_TOKEN, GITHUB_*, PATH, NODE_OPTIONS, LD_*, MCC_E2E_*) — remove it and configure credentials through the action`);
        }
    }
}


/***/ }),

/***/ 577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ loadCatalogFromOptions),
/* harmony export */   Wq: () => (/* binding */ globalOptions),
/* harmony export */   XI: () => (/* binding */ action)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _catalog_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6043);


function globalOptions(command) {
    return command.optsWithGlobals();
}
function loadCatalogFromOptions(options) {
    const { file } = (0,_catalog_load_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCatalogPath */ .l2)(options.catalog);
    return { catalog: (0,_catalog_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCatalog */ .ak)(file), file };
}
/** Run a command body: user errors print one clear message and exit 1, never a stack. */
function action(body) {
    return async (...args) => {
        try {
            const code = await body(...args);
            process.exitCode = code ?? 0;
        }
        catch (error) {
            const stack = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .debugStack */ .WO)(error);
            if (stack)
                console.error(stack);
            console.error(`mcc-e2e: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`);
            process.exitCode = 1;
        }
    };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   WO: () => (/* binding */ debugStack),
/* harmony export */   aw: () => (/* binding */ describeAwsProblem),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* harmony import */ var _catalog_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4505);

/**
 * Errors a person can act on carry their own message; anything else is a bug, reported
 * with its message (never a stack trace) and a pointer to where to report it.
 */
class UserError extends Error {
    name = 'UserError';
}
const USER_ERROR_NAMES = new Set([
    'UserError',
    'CatalogError',
    'SelectionError',
    'BenchmarkConfigError',
    'ThresholdSyntaxError',
]);
const CREDENTIALS_REMEDY = 'set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (in a workflow: the role-to-assume input or aws-actions/configure-aws-credentials); without --table/--bucket everything stays in the local store';
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ETIMEDOUT',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
]);
/**
 * The user's AWS environment, not our bug: missing or rejected credentials, an endpoint that
 * cannot be reached. Matched on the SDK's error names and Node's network codes.
 */
const AWS_PROBLEMS = [
    {
        matches: (e) => e.name === 'CredentialsProviderError' || /Could not load credentials/.test(e.message),
        say: () => `no AWS credentials were found — ${CREDENTIALS_REMEDY}`,
    },
    {
        matches: (e) => [
            'UnrecognizedClientException',
            'InvalidClientTokenId',
            'InvalidSignatureException',
            'SignatureDoesNotMatch',
            'ExpiredToken',
            'ExpiredTokenException',
            'InvalidAccessKeyId',
        ].includes(e.name),
        say: (e) => `AWS rejected the credentials (${e.name}: ${e.message}) — refresh them or ${CREDENTIALS_REMEDY}`,
    },
    {
        matches: (e) => ['AccessDeniedException', 'AccessDenied'].includes(e.name),
        say: (e) => `AWS denied the request (${e.message}) — give the role the permission it names (infra/ has the policies)`,
    },
    {
        matches: (e) => NETWORK_CODES.has(networkCode(e) ?? ''),
        say: (e) => `cannot reach the AWS endpoint ${process.env.AWS_ENDPOINT_URL ?? '(the region’s)'} (${networkCode(e)}: ${e.message}) — check AWS_ENDPOINT_URL, --region and the network`,
    },
];
function networkCode(e) {
    const codes = [e, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])].map((x) => x?.code);
    return codes.find((c) => typeof c === 'string' && NETWORK_CODES.has(c));
}
/** A sentence for an AWS environment problem, or undefined when the error is something else. */
function describeAwsProblem(error) {
    if (!(error instanceof Error))
        return undefined;
    return AWS_PROBLEMS.find((p) => p.matches(error))?.say(error);
}
function describeError(error) {
    if (error instanceof Error && USER_ERROR_NAMES.has(error.name))
        return error.message;
    const aws = describeAwsProblem(error);
    if (aws)
        return aws;
    const message = error instanceof Error ? error.message : String(error);
    return `unexpected error: ${message} (please report it at https://github.com/mcc/e2e-action/issues; rerun with MCC_E2E_DEBUG=1 for the stack)`;
}
function debugStack(error) {
    return process.env.MCC_E2E_DEBUG && error instanceof Error ? error.stack : undefined;
}



/***/ }),

/***/ 5291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wm: () => (/* binding */ isRegressionClass),
/* harmony export */   lI: () => (/* binding */ failurePattern)
/* harmony export */ });
/* unused harmony exports FAILURE_CLASSES, FAILURE_PATTERNS, classifyFailure */
/**
 * Why a run failed, as a team alerts on it (09-v1-field-lessons.md "Statuses"):
 * - `product`: the generated project or the model misbehaved — what a regression is made of;
 * - `infrastructure`: AWS or the account got in the way (quota, capacity, throttling, 5xx,
 *   credentials, a missing Hugging Face token) — retry or fix the account, not the product;
 * - `timeout`: the stage ran past its limit (counts as a regression: a hang is a product fault
 *   until shown otherwise);
 * - `cancelled`: a person, a concurrency group or the job budget stopped the run.
 * The patterns are a table: recognising a new signature is one row. Pure, so the quota
 * admission and retry logic can call it on any stage's outcome.
 */
const FAILURE_CLASSES = (/* unused pure expression or super */ null && (['product', 'infrastructure', 'timeout', 'cancelled']));
const says = (pattern) => (facts) => pattern.test(facts.text);
const FAILURE_PATTERNS = [
    { name: 'cancelled', failureClass: 'cancelled', matches: (f) => f.aborted === true },
    { name: 'stage timeout', failureClass: 'timeout', matches: (f) => f.timedOut === true },
    {
        name: 'quota',
        failureClass: 'infrastructure',
        transient: true,
        matches: says(/ResourceLimitExceeded|ServiceQuotaExceeded/),
    },
    {
        name: 'capacity',
        failureClass: 'infrastructure',
        transient: true,
        matches: says(/InsufficientInstanceCapacity|InsufficientCapacity|CapacityError/),
    },
    {
        name: 'throttling',
        failureClass: 'infrastructure',
        transient: true,
        matches: says(/Throttling(Exception)?|ThrottledException|TooManyRequestsException|RequestLimitExceeded|Rate exceeded|SlowDown/),
    },
    {
        name: 'AWS 5xx',
        failureClass: 'infrastructure',
        transient: true,
        matches: says(/InternalFailure|InternalServerError|InternalError|ServiceUnavailable(Exception)?|\bstatus code:? 5\d\d\b|\bHTTP\/\S+ 5\d\d\b|\b50[234] (Bad Gateway|Service Unavailable|Gateway Time-?out)/i),
    },
    {
        name: 'expired or denied credentials',
        failureClass: 'infrastructure',
        matches: says(/AWS credentials not configured|ExpiredToken(Exception)?|RequestExpired|InvalidClientTokenId|UnrecognizedClientException|AccessDenied(Exception)?|not authorized to perform|UnauthorizedOperation|Unable to locate credentials|Could not load credentials|CredentialsProviderError|NoCredentialProviders|security token included in the request is (expired|invalid)/),
    },
    {
        name: 'no Docker on the runner',
        failureClass: 'infrastructure',
        matches: says(/Docker is not installed|Cannot connect to the Docker daemon/),
    },
    {
        name: 'ECR credentials',
        failureClass: 'infrastructure',
        matches: (f) => f.exitCode === 4 && ['push', 'clean'].includes(f.stage),
    },
    {
        name: 'missing Hugging Face token',
        failureClass: 'infrastructure',
        matches: says(/(ResourceNotFoundException[^\n]*secret|HF_TOKEN[^\n]*(not set|missing|empty)|gated repo|401[^\n]*huggingface)/i),
    },
];
/** The signature a failure shows: the first pattern that matches. */
const failurePattern = (facts) => FAILURE_PATTERNS.find((p) => p.matches(facts));
/** The class of the matching pattern; anything unrecognised is the product's. */
const classifyFailure = (facts) => failurePattern(facts)?.failureClass ?? 'product';
/** A regression is a product (or timeout) failure of a config whose last completed run passed. */
const isRegressionClass = (failureClass) => failureClass === 'product' || failureClass === 'timeout';


/***/ }),

/***/ 6881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ overriddenArgv),
/* harmony export */   P: () => (/* binding */ checkStageCommands)
/* harmony export */ });
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1533);

const PLACEHOLDERS = {
    projectName: (ctx) => ctx.projectName,
    technique: (ctx) => ctx.entry.tuneConfig?.technique ?? '',
    dataset: (ctx) => ctx.entry.tuneConfig?.dataset ?? '',
    trainingType: (ctx) => ctx.entry.tuneConfig?.trainingType ?? '',
    tuneId: (ctx) => ctx.entry.tuneConfig?.tuneId ?? '',
    adapter: (ctx) => `tuned-${ctx.entry.tuneConfig?.technique ?? 'sft'}`,
    workload: (ctx) => ctx.benchmarkWorkload ?? ctx.entry.benchmark?.workload ?? '',
};
const PLACEHOLDER = /\{(\w+)\}/g;
/** generate is the generator command (the generator input); every other stage may be overridden. */
const OVERRIDABLE = (name) => name === 'tune' || (name !== 'generate' && _stages_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGE_TABLE */ .Kp.some((row) => row.matches(name)));
function checkStageCommands(commands) {
    const problems = [];
    for (const [stage, argv] of Object.entries(commands)) {
        if (!OVERRIDABLE(stage)) {
            problems.push({
                at: [stage],
                message: `"${stage}" is not a stage that can be overridden — use build, push, deploy, test, tune (every tune-*), tune-<technique>, adapter-add, test-adapter, benchmark or clean`,
            });
            continue;
        }
        if (!Array.isArray(argv) || argv.length === 0 || argv.some((t) => typeof t !== 'string' || t === '')) {
            problems.push({
                at: [stage],
                message: 'must be a non-empty argv array of strings, e.g. ["./do/deploy", "--wait"] (never a shell string)',
            });
            continue;
        }
        argv.forEach((token, i) => {
            for (const [, name] of token.matchAll(PLACEHOLDER)) {
                if (!(name in PLACEHOLDERS)) {
                    problems.push({
                        at: [stage, i],
                        message: `unknown placeholder {${name}} — use one of ${Object.keys(PLACEHOLDERS)
                            .map((p) => `{${p}}`)
                            .join(', ')}`,
                    });
                }
            }
        });
    }
    return problems;
}
/** The override for a stage (a tune stage also matches a `tune` key), with its placeholders filled. */
function overriddenArgv(commands, stage, ctx) {
    const template = commands?.[stage] ?? ((0,_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .tuneTechniqueOf */ .uX)(stage) ? commands?.tune : undefined);
    return template?.map((token) => token.replace(PLACEHOLDER, (_m, name) => PLACEHOLDERS[name]?.(ctx) ?? `{${name}}`));
}


/***/ }),

/***/ 9581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ makeRunToken),
/* harmony export */   Q1: () => (/* binding */ projectStems),
/* harmony export */   RF: () => (/* binding */ makeProjectName),
/* harmony export */   XZ: () => (/* binding */ PROJECT_MARKER)
/* harmony export */ });
/* unused harmony exports MCC_DERIVED_NAMES, derivedName, MAX_PROJECT_NAME, projectStem */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _catalog_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1234);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1533);



/** The toolkit's own marker in every project name: what `sweep` recognises as its own. */
const PROJECT_MARKER = '-e2e';
const HASH_LENGTH = 6;
/** v1 cut names to SageMaker's own 63 only; sweep still recognises those names (projectStems). */
const V1_MAX_PROJECT_NAME = 63;
/**
 * What the placeholders of MCC_DERIVED_NAMES stand for, at their longest: `date +%s` is 10 digits
 * (until 2286), `date +%Y%m%d-%H%M%S` is 15 characters, the technique and the adapter name are
 * the longest our tune and adapter-add stages pass (stages.ts), `default` is the one IC config the
 * generator writes (do/ic/default.conf, whose basename names the IC).
 */
const LONGEST = {
    '<epoch>': '1764640000',
    '<datetime>': '20261202-031500',
    '<technique>': [..._catalog_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TUNE_TECHNIQUES */ .fk].sort((a, b) => b.length - a.length)[0],
    '<adapter>': [..._catalog_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TUNE_TECHNIQUES */ .fk].map(_stages_js__WEBPACK_IMPORTED_MODULE_2__/* .adapterNameFor */ .CJ).sort((a, b) => b.length - a.length)[0],
    '<ic>': 'default',
};
/**
 * Every resource name MCC 1.6.0's do/ scripts build from PROJECT_NAME in the stages we run, for
 * each track the catalog allows (SageMaker caps each at 63, botocore's service model; ECR tags at
 * 128). Left out: names MCC cuts itself (stage_adapter.py's processing job), those of scripts no
 * stage runs (do/train, do/optimize, do/submit), S3 keys and local paths. A test reads these lines in the
 * real generator's scripts and fails on a name-building line this table does not know.
 */
// prettier-ignore
const MCC_DERIVED_NAMES = [
    // realtime (the shipped catalog)
    { at: 'deploy.d/realtime-inference:604', resource: 'endpoint', template: '<project>-endpoint-<epoch>', limit: 63 },
    { at: 'lib/endpoint-config.sh:120', resource: 'endpoint config', template: '<project>-epc-<epoch>', limit: 63 },
    { at: 'lib/inference-component.sh:96', resource: 'inference component', template: '<project>-<ic>-<epoch>', limit: 63 },
    { at: 'lib/inference-component.sh:160', resource: 'inference component', template: '<project>-ic-<epoch>', limit: 63 },
    { at: 'adapter:1540', resource: 'adapter inference component', template: '<project>-adapter-<adapter>', limit: 63 },
    { at: 'tune:1194', resource: 'training job', template: '<project>-tune-<technique>-<datetime>', limit: 63 },
    { at: 'lib/python/tune_submit.py:138', resource: 'model package group', template: '<project>-tune-models', limit: 63 },
    { at: 'benchmark:1217', resource: 'AI workload config', template: '<project>-benchmark-config-<datetime>', limit: 63 },
    { at: 'benchmark:1219', resource: 'AI benchmark job', template: '<project>-benchmark-<datetime>', limit: 63 },
    { at: 'push:92', resource: 'ECR image tag', template: '<project>-latest', limit: 128 },
    { at: 'push:95', resource: 'ECR image tag', template: '<project>-<datetime>', limit: 128 },
    // async and batch (tracks the catalog schema allows)
    { at: 'deploy.d/async-inference:389', resource: 'model', template: '<project>-async-model-<epoch>', limit: 63 },
    { at: 'deploy.d/async-inference:390', resource: 'endpoint config', template: '<project>-async-epc-<epoch>', limit: 63 },
    { at: 'deploy.d/async-inference:391', resource: 'endpoint', template: '<project>-async-ep-<epoch>', limit: 63 },
    { at: 'deploy.d/batch-transform:358', resource: 'model', template: '<project>-batch-model-<epoch>', limit: 63 },
    { at: 'deploy.d/batch-transform:359', resource: 'transform job', template: '<project>-batch-job-<epoch>', limit: 63 },
    { at: 'test:60', resource: 'transform job', template: '<project>-batch-test-<epoch>', limit: 63 },
];
/** A derived name for a project, its placeholders at their longest. */
const derivedName = (template, projectName) => Object.entries(LONGEST)
    .reduce((name, [key, value]) => name.split(key).join(value), template)
    .replace('<project>', projectName);
/** The longest project name every derived name still fits: 30 for MCC 1.6.0 (its benchmark config). */
const MAX_PROJECT_NAME = Math.min(...MCC_DERIVED_NAMES.map((d) => d.limit - derivedName(d.template, '').length));
/** Unique per run attempt: the GitHub run id + attempt, or a time-and-random token locally. */
function makeRunToken(env = process.env, now = new Date()) {
    if (env.GITHUB_RUN_ID)
        return `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    return `${now.getTime().toString(36)}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(2).toString('hex')}`;
}
/** undefined when the token leaves no room for even a hash of the id */
function stemWithin(id, runToken, maxName) {
    const room = maxName - PROJECT_MARKER.length - runToken.length;
    if (id.length <= room)
        return id;
    if (room < HASH_LENGTH + 2)
        return undefined;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(id).digest('hex').slice(0, HASH_LENGTH);
    return `${id.slice(0, room - HASH_LENGTH - 1).replace(/-+$/, '')}-${hash}`;
}
/**
 * The id part of a project name: the id itself when it fits, else its start and a short hash of
 * the whole id — two ids sharing their first characters still get different names.
 */
function projectStem(id, runToken) {
    const stem = stemWithin(id, runToken, MAX_PROJECT_NAME);
    if (stem === undefined)
        throw new Error(`run token ${runToken} is too long: a project name has ${MAX_PROJECT_NAME} characters (MCC adds up to ${63 - MAX_PROJECT_NAME} to it)`);
    return stem;
}
/** The stems sweep accepts as ours: today's, and v1's (63-character names) for what older runs left. */
const projectStems = (id, runToken) => [
    ...new Set([MAX_PROJECT_NAME, V1_MAX_PROJECT_NAME]
        .map((max) => stemWithin(id, runToken, max))
        .filter((s) => s !== undefined)),
];
/** `<id>-e2e<runToken>`, short enough for every name MCC derives from it, recognisable and unique. */
const makeProjectName = (id, runToken) => `${projectStem(id, runToken)}${PROJECT_MARKER}${runToken}`;


/***/ }),

/***/ 3147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ isSchedule),
/* harmony export */   Hj: () => (/* binding */ SCHEDULES),
/* harmony export */   S7: () => (/* binding */ DEFAULT_SCHEDULE),
/* harmony export */   XE: () => (/* binding */ scheduleSteps),
/* harmony export */   bI: () => (/* binding */ holdWithin),
/* harmony export */   c7: () => (/* binding */ planDeployHold),
/* harmony export */   dg: () => (/* binding */ submittedTunes)
/* harmony export */ });
/* unused harmony export HISTORY_RUNS */
/* harmony import */ var _report_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6132);

/**
 * Schedules: the order in which a leg runs its stages, as data. `overlap-tune` submits each tune
 * job (`do/tune … --no-wait`) before deploy and waits for it (`do/tune …` again, which resumes
 * the job recorded in do/config) where the lifecycle lists the tune, so the endpoint is not up
 * and idle for the whole fine-tuning job. No two scripts ever run at once.
 */
const SCHEDULES = ['sequential', 'overlap-tune'];
const DEFAULT_SCHEDULE = 'sequential';
const SCHEDULE_TABLE = {
    sequential: {},
    'overlap-tune': { submitTunesBefore: 'deploy' },
};
const isSchedule = (value) => SCHEDULES.includes(value);
/** The run order of a lifecycle's stages under a schedule. */
function scheduleSteps(names, schedule, isTune) {
    const anchor = SCHEDULE_TABLE[schedule].submitTunesBefore;
    const anchorAt = anchor === undefined ? -1 : names.indexOf(anchor);
    const split = names.map((name, i) => anchorAt >= 0 && i > anchorAt && isTune(name));
    return names.flatMap((_, position) => [
        ...(position === anchorAt
            ? split.flatMap((s, tune) => (s ? [{ position: tune, phase: 'submit' }] : []))
            : []),
        split[position] ? { position, phase: 'wait' } : { position },
    ]);
}
/** The tune stages a schedule submits ahead of their wait. */
const submittedTunes = (names, schedule, isTune) => scheduleSteps(names, schedule, isTune).flatMap((s) => s.phase === 'submit' ? [names[s.position]] : []);
/** How many recent passing runs of a configuration the deploy hold learns from. */
const HISTORY_RUNS = 5;
const median = (values) => {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2
        ? sorted[mid]
        : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** Stages that follow the hold and precede clean, whose medians a job budget must leave room for. */
const AFTER_HOLD = ['deploy', 'test', 'adapter-add', 'test-adapter', 'benchmark'];
/**
 * What a run's tune job took: its own time, or (items written before `tuneSeconds`) the row of
 * a sequential run. An overlapped row spans the hold too, so it is no measure of the tune.
 */
const tuneSecondsOf = (h, tuneStage) => h.tuneSeconds
    ? h.tuneSeconds[tuneStage]
    : h.schedule === 'overlap-tune'
        ? undefined
        : h.stageDurations?.[tuneStage];
/**
 * How long to hold deploy so that the endpoint is InService, and tested, about when the tune job
 * finishes: median tune − median deploy − median test over the last passing runs of the
 * configuration. No history: no hold.
 */
function planDeployHold({ history, tuneStage, tuneTimeoutSeconds }) {
    const recent = history
        .filter((h) => h.status === 'pass' && tuneSecondsOf(h, tuneStage) !== undefined)
        .sort((a, b) => b.runTimestamp.localeCompare(a.runTimestamp))
        .slice(0, HISTORY_RUNS);
    const of = (stage) => median(recent.flatMap((h) => h.stageDurations?.[stage] ?? []));
    const tune = median(recent.flatMap((h) => tuneSecondsOf(h, tuneStage) ?? []));
    const deploy = of('deploy');
    if (tune === undefined || deploy === undefined)
        return { seconds: 0, reason: 'no passing run in the history: deploy at once' };
    const test = of('test') ?? 0;
    const wanted = tune - deploy - test;
    const latest = tuneTimeoutSeconds - deploy - test;
    const seconds = Math.max(0, Math.round(Math.min(wanted, latest)));
    const basis = `median of ${recent.length} run${recent.length === 1 ? '' : 's'}: ${tuneStage} ${(0,_report_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(tune)}, deploy ${(0,_report_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(deploy)}, test ${(0,_report_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(test)}`;
    const afterSeconds = Math.round(AFTER_HOLD.reduce((sum, stage) => sum + (of(stage) ?? 0), 0));
    return { seconds, reason: basis, afterSeconds };
}
/** The hold cut so that what follows it still fits in the time the job budget leaves. */
function holdWithin(hold, secondsLeft) {
    if (secondsLeft === undefined)
        return hold;
    const fits = Math.max(0, Math.floor(secondsLeft - (hold.afterSeconds ?? 0)));
    return fits >= hold.seconds
        ? hold
        : {
            ...hold,
            seconds: fits,
            reason: `${hold.reason}; cut from ${(0,_report_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(hold.seconds)} to fit the job budget`,
        };
}


/***/ }),

/***/ 1533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ adapterNameFor),
/* harmony export */   J2: () => (/* binding */ MCC_DO_SCRIPTS),
/* harmony export */   Kp: () => (/* binding */ STAGE_TABLE),
/* harmony export */   U9: () => (/* binding */ findStage),
/* harmony export */   dq: () => (/* binding */ LIFECYCLE_STAGE_NAMES),
/* harmony export */   fQ: () => (/* binding */ isLifecycleStage),
/* harmony export */   uX: () => (/* binding */ tuneTechniqueOf)
/* harmony export */ });
/* unused harmony export CLEAN_ARGV */
/* harmony import */ var _catalog_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1234);

const ADAPTER_STAGES = ['adapter-add', 'test-adapter'];
/** also run by the post step, which has no catalog entry at hand */
const CLEAN_ARGV = ['./do/clean', 'all', '--force'];
const tuneTechniqueOf = (stage) => _catalog_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TUNE_TECHNIQUES */ .fk.find((t) => stage === `tune-${t}`);
function tuneArgv(ctx) {
    const tune = ctx.entry.tuneConfig;
    if (!tune)
        return ['./do/tune'];
    const argv = ['./do/tune', '--technique', tune.technique, '--dataset', tune.dataset];
    argv.push('--training-type', tune.trainingType);
    if (tune.tuneId)
        argv.push('--model', tune.tuneId);
    return argv;
}
/** the adapter-add stage's adapter name (MCC names its IC `<project>-adapter-<name>`) */
const adapterNameFor = (technique) => `tuned-${technique}`;
const adapterName = (ctx) => adapterNameFor(ctx.entry.tuneConfig?.technique ?? 'sft');
const exact = (name) => (stage) => stage === name;
const doScript = (name) => () => [`./do/${name}`];
/**
 * The do/ scripts MCC 1.6.0 generates (do/config is sourced, not run): what one of MCC's generic
 * step names may call. A test compares this list with a real generated project.
 */
const MCC_DO_SCRIPTS = [
    'adapter',
    'add-ic',
    'benchmark',
    'build',
    'ci',
    'clean',
    'deploy',
    'evaluate',
    'export',
    'logs',
    'manifest',
    'optimize',
    'push',
    'register',
    'run',
    'stage',
    'status',
    'submit',
    'test',
    'train',
    'tune',
    'validate',
];
/** scripts whose steps have rows of their own (tune needs a technique: tune-<technique>) */
const SCRIPTS_WITH_OWN_ROWS = new Set(['build', 'push', 'deploy', 'test', 'tune', 'benchmark', 'clean']);
const isMccScript = (name) => MCC_DO_SCRIPTS.includes(name);
/** MCC's generic step name `<script>-<action>`, split at its first dash as MCC's runner does. */
function scriptAction(stage) {
    const match = /^([a-z][a-z0-9]*)-([a-z0-9][a-z0-9-]*)$/.exec(stage);
    return match ? { script: match[1], action: match[2] } : undefined;
}
/**
 * MCC's generic step names, resolved as MCC's E2E runner resolves them: `test-<x>` runs
 * `./do/test --<x>`, `<script>-<action>` runs `./do/<script> <action>` (e.g. adapter-remove),
 * a bare script name runs `./do/<script>` (e.g. submit). Rows above take the names they know.
 */
const MCC_GENERIC_ROWS = [
    {
        name: 'test-<flag>',
        matches: (stage) => scriptAction(stage)?.script === 'test',
        argv: (_ctx, stage) => ['./do/test', `--${scriptAction(stage)?.action ?? ''}`],
        cwd: 'project',
        usesEndpoint: true,
        timeout: 'stage',
        failureSkips: 'rest',
    },
    {
        name: '<script>-<action>',
        matches: (stage) => {
            const step = scriptAction(stage);
            return step !== undefined && step.script !== 'tune' && isMccScript(step.script);
        },
        argv: (_ctx, stage) => {
            const step = scriptAction(stage);
            return [`./do/${step?.script ?? ''}`, step?.action ?? ''];
        },
        cwd: 'project',
        timeout: 'stage',
        failureSkips: 'rest',
    },
    {
        name: '<script>',
        matches: (stage) => isMccScript(stage) && !SCRIPTS_WITH_OWN_ROWS.has(stage),
        argv: (_ctx, stage) => [`./do/${stage}`],
        cwd: 'project',
        timeout: 'stage',
        failureSkips: 'rest',
    },
];
const STAGE_TABLE = [
    {
        name: 'generate',
        matches: exact('generate'),
        argv: (ctx) => [...ctx.generator, ctx.projectName, ...ctx.entry.argv, '--skip-prompts'],
        cwd: 'workspace',
        timeout: 'stage',
        failureSkips: 'rest',
    },
    {
        name: 'build',
        matches: exact('build'),
        argv: doScript('build'),
        cwd: 'project',
        timeout: 'stage',
        failureSkips: 'rest',
    },
    {
        name: 'push',
        matches: exact('push'),
        argv: doScript('push'),
        cwd: 'project',
        timeout: 'stage',
        failureSkips: 'rest',
    },
    {
        name: 'deploy',
        matches: exact('deploy'),
        argv: doScript('deploy'),
        cwd: 'project',
        usesEndpoint: true,
        timeout: 'stage',
        failureSkips: 'rest',
        needsSlot: true,
    },
    {
        name: 'test',
        matches: exact('test'),
        argv: doScript('test'),
        cwd: 'project',
        usesEndpoint: true,
        timeout: 'stage',
        failureSkips: 'rest',
    },
    {
        name: 'tune-<technique>',
        matches: (stage) => tuneTechniqueOf(stage) !== undefined,
        argv: tuneArgv,
        cwd: 'project',
        timeout: 'tune',
        failureSkips: ADAPTER_STAGES,
        isTune: true,
    },
    {
        name: 'adapter-add',
        matches: exact('adapter-add'),
        argv: (ctx) => [
            './do/adapter',
            'add',
            adapterName(ctx),
            '--from-tune',
            ctx.entry.tuneConfig?.technique ?? 'sft',
        ],
        cwd: 'project',
        usesEndpoint: true,
        timeout: 'stage',
        failureSkips: ['test-adapter'],
    },
    {
        name: 'test-adapter',
        matches: exact('test-adapter'),
        argv: (ctx) => ['./do/test', '--adapter', adapterName(ctx)],
        cwd: 'project',
        usesEndpoint: true,
        timeout: 'stage',
        failureSkips: [],
    },
    {
        name: 'benchmark',
        matches: exact('benchmark'),
        argv: (ctx) => [
            './do/benchmark',
            '--workload',
            ctx.benchmarkWorkload ?? ctx.entry.benchmark?.workload ?? 'sample',
        ],
        cwd: 'project',
        usesEndpoint: true,
        timeout: 'stage',
        failureSkips: [],
        isStage2: true,
    },
    ...MCC_GENERIC_ROWS,
    {
        name: 'clean',
        matches: exact('clean'),
        argv: () => [...CLEAN_ARGV],
        cwd: 'project',
        usesEndpoint: true,
        timeout: 'clean',
        failureSkips: [],
        isTeardown: true,
    },
];
function findStage(stage) {
    return STAGE_TABLE.find((row) => row.matches(stage));
}
/** Stage names a catalog lifecycle may list (generate is implied, benchmark is opted into). */
const LIFECYCLE_STAGE_NAMES = [
    'build',
    'push',
    'deploy',
    'test',
    ..._catalog_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TUNE_TECHNIQUES */ .fk.map((t) => `tune-${t}`),
    'adapter-add',
    'test-adapter',
    'clean',
];
/** Not lifecycle steps, though they have rows: generate is implied, benchmark is opted into. */
const NOT_LIFECYCLE_STEPS = new Set(['generate', 'benchmark']);
/** A catalog lifecycle may list any stage of the table: ours, and MCC's generic step names. */
const isLifecycleStage = (stage) => !NOT_LIFECYCLE_STEPS.has(stage) && findStage(stage) !== undefined;


/***/ }),

/***/ 756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ fsReason),
/* harmony export */   am: () => (/* binding */ remedyVerb),
/* harmony export */   nn: () => (/* binding */ checkPaths)
/* harmony export */ });
/* unused harmony export pathProblem */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



/**
 * A path the user gave (a flag or an action input) checked before anything runs: a local store
 * that cannot be written would otherwise fail after generate, build and deploy have run.
 */
/** Node's file system error codes in words a user can act on; `blocker` is what stands in the way. */
const REASONS = {
    ENOTDIR: (blocker) => `${blocker} is a file, not a directory`,
    EEXIST: (blocker) => `${blocker} is a file, not a directory`,
    EISDIR: (blocker) => `${blocker} is a directory, not a file`,
    EACCES: (blocker) => `permission denied on ${blocker}`,
    EPERM: (blocker) => `permission denied on ${blocker}`,
    EROFS: (blocker) => `${blocker} is on a read-only file system`,
    ENOSPC: (blocker) => `no space is left on the device of ${blocker}`,
    EDQUOT: (blocker) => `the disk quota of ${blocker} is used up`,
    ENAMETOOLONG: () => 'the path is too long',
    ELOOP: (blocker) => `${blocker} is a loop of symbolic links`,
};
/** The nearest existing path at or above `path` that is not a directory (the file in the way). */
function fileInTheWay(path) {
    for (let p = path;; p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory() ? undefined : p;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p) === p)
            return undefined;
    }
}
/** Why a file system operation on `path` failed, in one clause. */
function fsReason(error, path) {
    const { code, message, path: failedAt } = error;
    const blocker = ['ENOTDIR', 'EEXIST'].includes(code ?? '')
        ? (fileInTheWay(failedAt ?? path) ?? failedAt ?? path)
        : (failedAt ?? path);
    const say = code ? REASONS[code] : undefined;
    return say ? say(blocker) : message;
}
/** Create the directory if missing and write (then remove) a probe file in it. */
function probeWritableDir(dir) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `.mcc-e2e-write-probe-${process.pid}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(probe, '');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(probe, { force: true });
}
/** A directory to read: missing is fine (nothing recorded yet), anything else must be a directory. */
function probeReadableDir(dir) {
    const blocker = fileInTheWay(dir);
    if (blocker)
        throw Object.assign(new Error(`${blocker} is not a directory`), { code: 'ENOTDIR', path: blocker });
}
/** A file to write later: its directory writable, the path itself not a directory. */
function probeWritableFile(file) {
    probeWritableDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file));
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isDirectory())
        throw Object.assign(new Error(`${file} is a directory`), { code: 'EISDIR', path: file });
}
/** The subdirectories a local store writes, each of which a stray file could block. */
const LOCAL_STORE_PARTS = ['records', 'history', 'runs', 'leases', 'benchmarks'];
/** What each kind of path is for, how it is probed, and what the user should do when it fails. */
const ROLES = {
    'local-store': {
        what: 'cannot hold the local store',
        probe: (dir) => {
            probeWritableDir(dir);
            for (const part of LOCAL_STORE_PARTS)
                probeReadableDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, part));
        },
        remedy: 'a directory you can write (it is created when missing), or move the file in the way',
    },
    workspace: {
        what: 'cannot hold the generated projects',
        probe: probeWritableDir,
        remedy: 'a directory you can write (it is created when missing), or move the file in the way',
    },
    'results-dir': {
        what: 'cannot be read as a local store',
        probe: probeReadableDir,
        remedy: 'the directory of a local store (or of the downloaded leg artifacts)',
    },
    'output-file': {
        what: 'cannot be written',
        probe: probeWritableFile,
        remedy: 'a file path in a directory you can write',
    },
};
/** `pass --flag …` on the command line, `set input x to …` in a workflow. */
const remedyVerb = (setting) => setting.startsWith('-') ? `pass ${setting}` : `set ${setting} to`;
/** The problem of one path, or undefined when it can be used as its role needs. */
function pathProblem(check) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(check.path);
    const role = ROLES[check.role];
    try {
        role.probe(path);
        return undefined;
    }
    catch (error) {
        return `${check.setting} ${path} ${role.what}: ${fsReason(error, path)} — ${remedyVerb(check.setting)} ${role.remedy}`;
    }
}
/** Check every path up front; one error naming each that cannot be used. */
function checkPaths(checks) {
    const problems = checks.flatMap((check) => pathProblem(check) ?? []);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(problems.join('\n'));
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

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ renderMarkdownTable),
/* harmony export */   K$: () => (/* binding */ renderTextTable),
/* harmony export */   UZ: () => (/* binding */ markdownCell),
/* harmony export */   ZD: () => (/* binding */ escapeHtml)
/* harmony export */ });
/* unused harmony export markdownTableOf */
/** Plain tables for the terminal and Markdown tables for summaries (cells escaped). */
const width = (s) => [...s].length;
function renderTextTable(headers, rows) {
    const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c))))
        .join('  ')
        .trimEnd();
    return [line(headers), ...rows.map(line)].join('\n');
}
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** GitHub's summary helpers do not escape; every value shown in Markdown/HTML passes here. */
function escapeHtml(value) {
    return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
/**
 * What in a value (a stage's error text, say) would act rather than show: a link or image
 * (`[x](url)`), a code span, an @mention that pings a team from a regression issue, a pipe that
 * ends a table cell. Emphasis only changes the look, and `***` must stay the mask it is.
 */
const MARKDOWN_ESCAPES = {
    '|': '\\|',
    '`': '&#96;',
    '[': '&#91;',
    ']': '&#93;',
    // GitHub finds mentions in the rendered text, where an entity is a plain `@` again
    '@': '@&#8203;',
};
/** A Markdown table cell: HTML and Markdown syntax escaped, newlines folded. */
function markdownCell(value) {
    return escapeHtml(value)
        .replace(/[|`[\]@]/g, (c) => MARKDOWN_ESCAPES[c])
        .replace(/\r?\n/g, '<br>');
}
/** A Markdown table of cells that are already Markdown (escaped, or links built from escaped text). */
function markdownTableOf(headerCells, rowCells) {
    const row = (cells) => `| ${cells.join(' | ')} |`;
    return [row(headerCells), row(headerCells.map(() => '---')), ...rowCells.map(row)].join('\n');
}
function renderMarkdownTable(headers, rows) {
    return markdownTableOf(headers.map(markdownCell), rows.map((r) => r.map(markdownCell)));
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ configurationOf),
/* harmony export */   X: () => (/* binding */ mccConfigIdsOf),
/* harmony export */   t4: () => (/* binding */ joinRecords)
/* harmony export */ });
/* unused harmony export mccConfigId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _catalog_config_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1775);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6269);



const FIELDS = ['deploymentConfig', 'modelName', 'instanceType', 'region', 'deploymentTarget'];
/** The generation parameters a record describes: our configJson has `region`, MCC's `awsRegion`. */
function configurationOf(record) {
    let parsed;
    try {
        parsed = JSON.parse(record.configJson ?? '');
    }
    catch {
        return undefined;
    }
    if (!parsed || typeof parsed !== 'object')
        return undefined;
    const params = {
        deploymentConfig: parsed.deploymentConfig,
        modelName: parsed.modelName,
        instanceType: parsed.instanceType,
        region: parsed.region ?? parsed.awsRegion,
        deploymentTarget: parsed.deploymentTarget,
    };
    return FIELDS.every((f) => typeof params[f] === 'string' && params[f] !== '')
        ? params
        : undefined;
}
/** MCC's 7-field configId (do/register --ci): the 5 fields plus the IC and adapter counts. */
function mccConfigId(params, icCount = 1, adapterCount = 0) {
    const key = [...FIELDS.map((f) => params[f]), `ic${icCount}`, `adapt${adapterCount}`].join(':');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 16);
}
/**
 * The 7-field ids MCC gives a catalog entry's generated project: a fresh project has one IC and
 * no adapter; after our lifecycle's adapter-add it has one adapter.
 */
const mccConfigIdsOf = (entry) => [
    mccConfigId(entry.params, 1, 0),
    mccConfigId(entry.params, 1, 1),
];
/** The configuration key of a record: the 5-field id of what it describes, or an alias's owner. */
function keyOf(record, aliasOwner) {
    const params = configurationOf(record);
    return params ? (0,_catalog_config_id_js__WEBPACK_IMPORTED_MODULE_1__/* .computeConfigId */ .Z)(params) : (aliasOwner.get(record.configId) ?? record.configId);
}
/** When a record's result happened ('' for none: registered, never tested). */
function resultTime(record) {
    if (record.testStatus === 'running')
        return record.runStartedAt ?? '';
    const at = record.lastTestTimestamp ?? '';
    return at === _record_js__WEBPACK_IMPORTED_MODULE_2__/* .NEVER_TESTED */ .RL ? '' : at;
}
/** Newest result wins; on a tie the item under the configuration's own key. */
function newest(records, key) {
    return records.reduce((best, r) => {
        const [a, b] = [resultTime(r), resultTime(best)];
        if (a !== b)
            return a > b ? r : best;
        return r.configId === key && best.configId !== key ? r : best;
    });
}
/** The benchmark fields of whichever item saw the latest benchmark (MCC writes them on its own id). */
function latestBenchmark(records) {
    const latest = records
        .filter((r) => r.lastBenchmarkTimestamp)
        .sort((a, b) => (b.lastBenchmarkTimestamp ?? '').localeCompare(a.lastBenchmarkTimestamp ?? ''))[0];
    return latest
        ? {
            lastBenchmarkRunId: latest.lastBenchmarkRunId,
            lastBenchmarkTimestamp: latest.lastBenchmarkTimestamp,
            lastBenchmarkStatus: latest.lastBenchmarkStatus,
        }
        : {};
}
/**
 * One row per catalog entry: the items that describe an entry (ours under its 5-field configId,
 * MCC's under its 7-field id; an item without a configJson, such as MCC's benchmark-status one,
 * by its 7-field id) become one record under the entry's configId with the newest result, naming
 * the other items' keys. Items of no catalog entry (registrations, entries since removed) stay as
 * they are, under their own keys.
 */
function joinRecords(records, entries = []) {
    const aliasOwner = new Map(entries.flatMap((e) => mccConfigIdsOf(e).map((id) => [id, e.configId])));
    const inCatalog = new Set(entries.map((e) => e.configId));
    const byEntry = new Map();
    const others = [];
    for (const record of records) {
        const key = keyOf(record, aliasOwner);
        if (inCatalog.has(key))
            byEntry.set(key, [...(byEntry.get(key) ?? []), record]);
        else
            others.push(record);
    }
    const joined = [...byEntry].map(([key, group]) => {
        const [only] = group;
        if (only && group.length === 1 && only.configId === key)
            return only;
        const winner = newest(group, key);
        const otherConfigIds = group.map((r) => r.configId).filter((id) => id !== key);
        return { ...winner, ...latestBenchmark(group), configId: key, otherConfigIds };
    });
    return [...joined, ...others];
}


/***/ }),

/***/ 6569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEFAULT_LOCAL_DIR),
/* harmony export */   V: () => (/* binding */ LocalStore)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6269);
/* harmony import */ var _record_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9900);




const DEFAULT_LOCAL_DIR = '.mcc-e2e';
/** Write-then-rename, so a reader (the dashboard) never sees half a file. */
function writeJsonAtomic(file, data) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, `${JSON.stringify(data, null, 2)}\n`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
}
/**
 * The local store: records/<configId>.json (the table's fields), history/<configId>.jsonl
 * (one line per run) and runs/<tier>/<runId>/<catalogId>/ (the run's artifacts).
 */
class LocalStore {
    dir;
    constructor(dir = DEFAULT_LOCAL_DIR) {
        this.dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    }
    get description() {
        return `local store ${this.dir}`;
    }
    recordFile(configId) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, 'records', `${configId}.json`);
    }
    async getRecord(configId) {
        const file = this.recordFile(configId);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')) : undefined;
    }
    /** records and history lines a reader skipped, each naming its file and field */
    warnings = [];
    async listRecords() {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, 'records');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
            return [];
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
            .filter((f) => f.endsWith('.json'))
            .flatMap((f) => this.readChecked((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f), 'utf8'), _record_check_js__WEBPACK_IMPORTED_MODULE_3__/* .recordProblem */ .h));
    }
    async listHistory(configId) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, 'history', `${configId}.jsonl`);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            return [];
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')
            .split('\n')
            .flatMap((line, i) => line.trim() ? this.readChecked(`${file}:${i + 1}`, line, _record_check_js__WEBPACK_IMPORTED_MODULE_3__/* .historyProblem */ .c) : []);
    }
    /** One record or history line, or nothing and a warning saying where and what is wrong. */
    readChecked(where, text, problemOf) {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            this.warnings.push(`${where}: not valid JSON (${error.message}) — skipped`);
            return [];
        }
        const problem = problemOf(value);
        if (problem) {
            this.warnings.push(`${where}: ${problem} — skipped`);
            return [];
        }
        return [value];
    }
    async register(entry, registration, at) {
        const old = await this.getRecord(entry.configId);
        const { schemaVersion, ...identity } = (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .identityFields */ .AA)(entry);
        writeJsonAtomic(this.recordFile(entry.configId), {
            ...(0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .registrationDefaults */ .CF)(entry, at, schemaVersion),
            ...old,
            ...identity,
            ...(registration.benchmarkEnabled !== undefined
                ? { benchmarkEnabled: registration.benchmarkEnabled }
                : {}),
            ...(registration.benchmarkWorkload ? { benchmarkWorkload: registration.benchmarkWorkload } : {}),
        });
        return old ? 'updated' : 'created';
    }
    async startRun(start) {
        const old = await this.getRecord(start.entry.configId);
        writeJsonAtomic(this.recordFile(start.entry.configId), {
            createdAt: (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(start.startedAt),
            lastTestTimestamp: _record_js__WEBPACK_IMPORTED_MODULE_2__/* .NEVER_TESTED */ .RL,
            ...old,
            ...(0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .identityFields */ .AA)(start.entry),
            ...(start.entry.benchmark && old?.benchmarkEnabled === undefined ? { benchmarkEnabled: true } : {}),
            testStatus: 'running',
            runId: start.runId,
            ...(start.runUrl ? { runUrl: start.runUrl } : {}),
            runStartedAt: start.startedAt.toISOString(),
        });
        const optIn = { benchmarkEnabled: old?.benchmarkEnabled, benchmarkWorkload: old?.benchmarkWorkload };
        if (old?.testStatus !== 'running')
            return { previousStatus: (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .completedStatusOf */ .RY)(old), ...optIn };
        // the last run crashed while running: its predecessor's result is in the history
        const completed = (await this.listHistory(start.entry.configId)).filter((h) => (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isCompletedStatus */ .EH)(h.status));
        return { previousStatus: completed.at(-1)?.status, ...optIn };
    }
    async finishRun(result) {
        const old = await this.getRecord(result.configId);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, 'history'), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, 'history', `${result.configId}.jsonl`), `${JSON.stringify((0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .historyItem */ .qm)(result))}\n`);
        // a newer run's result is never overwritten by an older one (the rule of the table's condition)
        if (old?.runId && old.runId !== result.runId && old.runStartedAt && old.runStartedAt > result.startedAt) {
            return {
                written: false,
                note: `a newer run of ${result.catalogId} started after this one, so its result stays in the local store; this run's result is kept in the history and artifacts`,
            };
        }
        const record = { ...old, ...(0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .resultFields */ .pM)(result) };
        if (result.status === 'pass')
            for (const field of _record_js__WEBPACK_IMPORTED_MODULE_2__/* .CLEARED_ON_PASS */ .x9)
                delete record[field];
        writeJsonAtomic(this.recordFile(result.configId), record);
        return { written: true };
    }
    runDir(result) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, 'runs', result.tier, result.runId, result.catalogId);
    }
    async writeRunArtifacts(result, summaryMarkdown) {
        const dir = this.runDir(result);
        writeJsonAtomic((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'result.json'), result);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'summary.md'), summaryMarkdown);
        return [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'result.json'), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'summary.md')];
    }
}


/***/ }),

/***/ 5775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ openStores)
});

// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(4305);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-dynamodb/dist-cjs/index.js
var lib_dynamodb_dist_cjs = __webpack_require__(8907);
// EXTERNAL MODULE: ./src/results/record.ts
var record = __webpack_require__(6269);
// EXTERNAL MODULE: ./src/results/record-check.ts
var record_check = __webpack_require__(9900);
;// CONCATENATED MODULE: ./src/results/dynamodb-store.ts




/**
 * `SET #a = :a, …` for the defined fields of an object, and `#b = if_not_exists(#b, :b)` for
 * fields that keep the value already there (createdAt, an opt-in others may have set).
 */
function setExpression(fields, keepIfPresent = {}) {
    const names = {};
    const values = {};
    const clause = (prefix, keep) => ([key, value], i) => {
        names[`#${prefix}${i}`] = key;
        values[`:${prefix}${i}`] = value;
        return keep
            ? `#${prefix}${i} = if_not_exists(#${prefix}${i}, :${prefix}${i})`
            : `#${prefix}${i} = :${prefix}${i}`;
    };
    const defined = (o) => Object.entries(o).filter(([, v]) => v !== undefined);
    const clauses = [
        ...defined(fields).map(clause('f', false)),
        ...defined(keepIfPresent).map(clause('k', true)),
    ];
    return {
        UpdateExpression: `SET ${clauses.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
    };
}
/**
 * The CI table (MCC's schemaVersion 2), written only with UpdateItem so that fields others
 * write (benchmarkEnabled, createdAt, registration data) survive; plus the optional history table.
 */
class DynamoDbStore {
    options;
    constructor(options) {
        this.options = options;
    }
    get description() {
        return `DynamoDB table ${this.options.table}${this.options.historyTable ? ` (history: ${this.options.historyTable})` : ''}`;
    }
    async getRecord(configId) {
        const { Item } = await this.options.client.send(new lib_dynamodb_dist_cjs/* GetCommand */.s$({ TableName: this.options.table, Key: { configId } }));
        return Item;
    }
    /** items a reader skipped, each naming its table key and field */
    warnings = [];
    async listRecords() {
        const records = [];
        for await (const page of (0,lib_dynamodb_dist_cjs/* paginateScan */.TB)({ client: this.options.client }, { TableName: this.options.table })) {
            for (const item of page.Items ?? []) {
                const problem = (0,record_check/* recordProblem */.h)(item);
                if (problem)
                    this.warnings.push(`table ${this.options.table}, configId ${JSON.stringify(item.configId)}: ${problem} — skipped`);
                else
                    records.push(item);
            }
        }
        return records;
    }
    async listHistory(configId, limit = 50) {
        if (!this.options.historyTable)
            return [];
        const { Items } = await this.options.client.send(new lib_dynamodb_dist_cjs/* QueryCommand */.sf({
            TableName: this.options.historyTable,
            KeyConditionExpression: 'configId = :c',
            ExpressionAttributeValues: { ':c': configId },
            ScanIndexForward: false,
            Limit: limit,
        }));
        const valid = (Items ?? []).filter((item) => {
            const problem = (0,record_check/* historyProblem */.c)(item);
            if (problem)
                this.warnings.push(`table ${this.options.historyTable}, configId ${configId}, runTimestamp ${JSON.stringify(item.runTimestamp)}: ${problem} — skipped`);
            return !problem;
        });
        return valid.reverse();
    }
    async register(entry, registration, at) {
        const { configId, schemaVersion, ...identity } = (0,record/* identityFields */.AA)(entry);
        const extra = {
            ...(registration.benchmarkEnabled !== undefined
                ? { benchmarkEnabled: registration.benchmarkEnabled }
                : {}),
            ...(registration.benchmarkWorkload ? { benchmarkWorkload: registration.benchmarkWorkload } : {}),
        };
        const { Attributes } = await this.options.client.send(new lib_dynamodb_dist_cjs/* UpdateCommand */.fR({
            TableName: this.options.table,
            Key: { configId },
            ...setExpression({ ...identity, ...extra }, (0,record/* registrationDefaults */.CF)(entry, at, schemaVersion)),
            ReturnValues: 'ALL_OLD',
        }));
        return Attributes ? 'updated' : 'created';
    }
    async startRun(start) {
        const { configId: _key, ...identity } = (0,record/* identityFields */.AA)(start.entry);
        const { Attributes } = await this.options.client.send(new lib_dynamodb_dist_cjs/* UpdateCommand */.fR({
            TableName: this.options.table,
            Key: { configId: start.entry.configId },
            ...setExpression({
                ...identity,
                testStatus: 'running',
                runId: start.runId,
                runUrl: start.runUrl,
                runStartedAt: start.startedAt.toISOString(),
            }, {
                createdAt: (0,record/* isoSeconds */.nE)(start.startedAt),
                lastTestTimestamp: record/* NEVER_TESTED */.RL,
                benchmarkEnabled: start.entry.benchmark ? true : undefined,
            }),
            ReturnValues: 'ALL_OLD',
        }));
        const old = Attributes;
        const optIn = { benchmarkEnabled: old?.benchmarkEnabled, benchmarkWorkload: old?.benchmarkWorkload };
        if (old?.testStatus !== 'running')
            return { previousStatus: (0,record/* completedStatusOf */.RY)(old), ...optIn };
        // the last run crashed while running: its predecessor's result is in the history
        const recent = await this.listHistory(start.entry.configId, 20);
        return { previousStatus: recent.filter((h) => (0,record/* isCompletedStatus */.EH)(h.status)).at(-1)?.status, ...optIn };
    }
    async finishRun(result) {
        const update = setExpression({ ...(0,record/* resultFields */.pM)(result) });
        // a pass leaves no trace of the last failure's class
        if (result.status === 'pass') {
            update.UpdateExpression += ` REMOVE ${record/* CLEARED_ON_PASS */.x9.map((_, i) => `#x${i}`).join(', ')}`;
            record/* CLEARED_ON_PASS */.x9.forEach((field, i) => (update.ExpressionAttributeNames[`#x${i}`] = field));
        }
        let written = true;
        let note;
        try {
            await this.options.client.send(new lib_dynamodb_dist_cjs/* UpdateCommand */.fR({
                TableName: this.options.table,
                Key: { configId: result.configId },
                ...update,
                // a newer run's result is never overwritten by an older one
                ConditionExpression: 'attribute_not_exists(#rid) OR #rid = :mine OR #started <= :myStart',
                ExpressionAttributeNames: {
                    ...update.ExpressionAttributeNames,
                    '#rid': 'runId',
                    '#started': 'runStartedAt',
                },
                ExpressionAttributeValues: {
                    ...update.ExpressionAttributeValues,
                    ':mine': result.runId,
                    ':myStart': result.startedAt,
                },
            }));
        }
        catch (error) {
            if (!(error instanceof dist_cjs.ConditionalCheckFailedException))
                throw error;
            written = false;
            note = `a newer run of ${result.catalogId} started after this one, so its result stays in ${this.options.table}; this run's result is kept in the history and artifacts`;
        }
        if (this.options.historyTable) {
            await this.options.client.send(new lib_dynamodb_dist_cjs/* PutCommand */.Z$({ TableName: this.options.historyTable, Item: (0,record/* historyItem */.qm)(result) }));
        }
        return { written, note };
    }
}

// EXTERNAL MODULE: ./src/results/local-store.ts
var local_store = __webpack_require__(6569);
;// CONCATENATED MODULE: ./src/results/resilient-store.ts
const describe = (error) => error instanceof Error ? `${error.name}: ${error.message}` : String(error);
/**
 * The table in front, the local store behind it: every result is also kept locally, so a
 * table that stays unreachable (after the SDK's retries) loses nothing. What went wrong is
 * collected in `problems` for the summary and the step's exit code.
 */
class ResilientStore {
    primary;
    local;
    tableName;
    problems = [];
    constructor(primary, local, tableName) {
        this.primary = primary;
        this.local = local;
        this.tableName = tableName;
    }
    get description() {
        return `${this.primary.description} (mirrored in ${this.local.dir})`;
    }
    async startRun(start) {
        const local = await this.local.startRun(start);
        try {
            return await this.primary.startRun(start);
        }
        catch (error) {
            this.problems.push(`could not mark ${start.entry.id} running in DynamoDB table ${this.tableName} (${describe(error)})`);
            return local;
        }
    }
    async finishRun(result) {
        // the local copy and the table are independent: one failing never keeps the other from the result
        try {
            await this.local.finishRun(result);
        }
        catch (error) {
            this.problems.push(`the local store ${this.local.dir} could not keep the result of ${result.catalogId} (${describe(error)})`);
        }
        try {
            return await this.primary.finishRun(result);
        }
        catch (error) {
            const problem = `the result of ${result.catalogId} could not be written to DynamoDB table ${this.tableName} (${describe(error)}); it is kept in ${this.local.dir} and in the run's artifacts`;
            this.problems.push(problem);
            return { written: false, note: problem };
        }
    }
    register(entry, registration, at) {
        return this.primary.register(entry, registration, at);
    }
    getRecord(configId) {
        return this.primary.getRecord(configId);
    }
    get warnings() {
        return this.primary.warnings ?? [];
    }
    listRecords() {
        return this.primary.listRecords();
    }
    listHistory(configId) {
        return this.primary.listHistory(configId);
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/results/s3-artifacts.ts



const CONTENT_TYPES = {
    '.json': 'application/json',
    '.md': 'text/markdown; charset=utf-8',
    '.log': 'text/plain; charset=utf-8',
};
/** Every file below a directory (the run's artifacts). */
function filesUnder(dir) {
    return (0,external_node_fs_.readdirSync)(dir).flatMap((name) => {
        const path = (0,external_node_path_.join)(dir, name);
        return (0,external_node_fs_.statSync)(path).isDirectory() ? filesUnder(path) : [path];
    });
}
/** s3://<bucket>/runs/<tier>/<runId>/<catalogId>/… — the local run directory, mirrored. */
const s3RunPrefix = (r) => `runs/${r.tier}/${r.runId}/${r.catalogId}/`;
/** Writes locally first (always), then uploads the run directory; an upload failure is a note, not a loss. */
class S3ArtifactSink {
    local;
    client;
    bucket;
    problems = [];
    constructor(local, client, bucket) {
        this.local = local;
        this.client = client;
        this.bucket = bucket;
    }
    runDir(result) {
        return this.local.runDir(result);
    }
    async writeRunArtifacts(result, summaryMarkdown) {
        const dir = this.local.runDir(result);
        let written = [];
        try {
            written = await this.local.writeRunArtifacts(result, summaryMarkdown);
        }
        catch (error) {
            this.problems.push(`result.json and summary.md of ${result.catalogId} could not be written in ${dir} (${error.message}); they go to S3 from memory`);
        }
        // result.json and summary.md from memory: the upload never depends on the local copy
        const fromMemory = new Map([
            ['result.json', `${JSON.stringify(result, null, 2)}\n`],
            ['summary.md', summaryMarkdown],
        ]);
        const logs = (0,external_node_fs_.existsSync)(dir) ? filesUnder(dir).filter((f) => !fromMemory.has((0,external_node_path_.relative)(dir, f))) : [];
        const uploaded = [];
        try {
            for (const [name, body] of [
                ...fromMemory.entries(),
                ...logs.map((f) => [(0,external_node_path_.relative)(dir, f), (0,external_node_fs_.readFileSync)(f)]),
            ]) {
                const key = `${s3RunPrefix(result)}${name}`;
                const extension = name.slice(name.lastIndexOf('.'));
                await this.client.send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ({
                    Bucket: this.bucket,
                    Key: key,
                    Body: body,
                    ContentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
                }));
                uploaded.push(`s3://${this.bucket}/${key}`);
            }
        }
        catch (error) {
            this.problems.push(`could not upload the artifacts of ${result.catalogId} to s3://${this.bucket}/${s3RunPrefix(result)} (${error.message}); they are kept in ${dir}`);
        }
        return [...written, ...uploaded];
    }
}

;// CONCATENATED MODULE: ./src/results/open.ts





/** The table when one is configured (mirrored locally), else the local store alone. */
function openStores(settings) {
    const local = new local_store/* LocalStore */.V(settings.localDir);
    const artifacts = settings.bucket
        ? new S3ArtifactSink(local, (0,clients.s3Client)({ region: settings.region }), settings.bucket)
        : local;
    if (!settings.table) {
        return {
            store: local,
            artifacts,
            local,
            message: `CI table not configured — results saved locally in ${local.dir}`,
            problems: () => (artifacts instanceof S3ArtifactSink ? artifacts.problems : []),
        };
    }
    const table = new DynamoDbStore({
        client: (0,clients.dynamoDocumentClient)({ region: settings.region }),
        table: settings.table,
        historyTable: settings.historyTable || undefined,
    });
    const store = new ResilientStore(table, local, settings.table);
    return {
        store,
        artifacts,
        local,
        message: `Results go to DynamoDB table ${settings.table}${settings.historyTable ? ` and history table ${settings.historyTable}` : ''} (${settings.region}), with a local copy in ${local.dir}`,
        problems: () => [...store.problems, ...(artifacts instanceof S3ArtifactSink ? artifacts.problems : [])],
    };
}


/***/ }),

/***/ 9900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ historyProblem),
/* harmony export */   h: () => (/* binding */ recordProblem)
/* harmony export */ });
const RECORD_FIELDS = {
    configId: 'string',
    testStatus: 'string',
    previousTestStatus: 'string',
    regression: 'boolean',
    failureClass: 'string',
    lastTestTimestamp: 'string',
    lastTestDuration: 'number',
    e2eCatalogId: 'string',
    tier: 'string',
    modelName: 'string',
    instanceType: 'string',
    stageResults: 'object',
    errorMessage: 'string',
    cleanFailed: 'boolean',
    runId: 'string',
    runUrl: 'string',
    runStartedAt: 'string',
    estimatedCostUsd: 'number',
    benchmarkEnabled: 'boolean',
};
const HISTORY_FIELDS = {
    configId: 'string',
    runTimestamp: 'string',
    runId: 'string',
    status: 'string',
    failureClass: 'string',
    durationSeconds: 'number',
    estimatedCostUsd: 'number',
};
const REQUIRED_RECORD = ['configId'];
const REQUIRED_HISTORY = ['configId', 'runTimestamp', 'status'];
const typeOf = (value) => value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
function problemOf(value, fields, required) {
    if (typeOf(value) !== 'object')
        return `is ${typeOf(value)}, not a JSON object`;
    const item = value;
    const missing = required.find((f) => item[f] === undefined);
    if (missing)
        return `has no field "${missing}"`;
    for (const [field, type] of Object.entries(fields)) {
        const actual = typeOf(item[field]);
        if (item[field] !== undefined && actual !== type)
            return `field "${field}" is ${actual} ${JSON.stringify(item[field])?.slice(0, 40)}, not a ${type}`;
    }
    return undefined;
}
/** Undefined when a report can read it; else what is wrong, naming the field. */
const recordProblem = (value) => problemOf(value, RECORD_FIELDS, REQUIRED_RECORD);
const historyProblem = (value) => problemOf(value, HISTORY_FIELDS, REQUIRED_HISTORY);


/***/ }),

/***/ 6269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ identityFields),
/* harmony export */   CF: () => (/* binding */ registrationDefaults),
/* harmony export */   EH: () => (/* binding */ isCompletedStatus),
/* harmony export */   RL: () => (/* binding */ NEVER_TESTED),
/* harmony export */   RY: () => (/* binding */ completedStatusOf),
/* harmony export */   kj: () => (/* binding */ isRegression),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   pM: () => (/* binding */ resultFields),
/* harmony export */   qm: () => (/* binding */ historyItem),
/* harmony export */   x9: () => (/* binding */ CLEARED_ON_PASS)
/* harmony export */ });
/* unused harmony exports configJson, HISTORY_TTL_DAYS */
/* harmony import */ var _lifecycle_failure_class_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5291);

/** ISO 8601 UTC to the second, as MCC writes it: 2026-05-22T06:15:00Z. */
const isoSeconds = (iso) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** MCC's lastTestTimestamp of a configuration never tested (its scanner's index needs one). */
const NEVER_TESTED = '1970-01-01T00:00:00Z';
function configJson(entry) {
    return JSON.stringify({ ...entry.params, args: entry.argv.join(' ') });
}
/** The identity fields every write sets (denormalised for queries). */
function identityFields(entry) {
    return {
        configId: entry.configId,
        schemaVersion: 2,
        // a registered entry keeps its author's configJson and, like MCC's do/register, no catalog id
        configJson: entry.registered?.configJson ?? configJson(entry),
        ...(entry.registered ? {} : { e2eCatalogId: entry.id }),
        tier: entry.tier,
        deploymentConfig: entry.params.deploymentConfig,
        modelName: entry.params.modelName,
        instanceType: entry.params.instanceType,
        region: entry.params.region,
    };
}
/**
 * What a registration sets only where nothing is there yet, as MCC's `do/register --ci` creates a
 * record: untested, never tested (its scanner index sorts on lastTestTimestamp), a project name.
 */
function registrationDefaults(entry, at, schemaVersion) {
    return {
        testStatus: 'untested',
        lastTestTimestamp: NEVER_TESTED,
        projectName: entry.id,
        createdAt: isoSeconds(at),
        schemaVersion,
    };
}
/** A status that judges the configuration: `pass` or `fail-<stage>` (not running, cancelled, untested…). */
const isCompletedStatus = (status) => status === 'pass' || (status ?? '').startsWith('fail-');
/**
 * The status a new result is compared with: the last completed one. A run in progress (or one
 * that crashed while running) and a cancelled run keep the one before them in previousTestStatus.
 */
function completedStatusOf(record) {
    if (!record)
        return undefined;
    return isCompletedStatus(record.testStatus) || record.testStatus === 'untested'
        ? record.testStatus
        : record.previousTestStatus;
}
/** Previous `pass`, now a product or timeout failure; infrastructure and cancellations never are. */
const isRegression = (previous, result) => previous === 'pass' && result.status.startsWith('fail-') && (0,_lifecycle_failure_class_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegressionClass */ .Wm)(result.failureClass);
/** Fields a pass removes (UpdateItem REMOVE), so that they describe only the latest failure. */
const CLEARED_ON_PASS = ['failureClass'];
/** The schedule and the endpoint's time up, on the record and in the history. */
const endpointFields = (result) => ({
    schedule: result.schedule,
    endpointSeconds: result.endpointSeconds,
    idleEndpointSeconds: result.idleEndpointSeconds,
    ...(result.deployHold ? { deployHeldSeconds: result.deployHold.seconds } : {}),
});
/**
 * A deferred run (no endpoint slot within its budget) ran nothing worth recording: the record
 * keeps its previous status and timestamp, so the stale scan picks the config up again.
 */
function deferredFields(result) {
    return {
        testStatus: result.previousStatus ?? 'untested',
        deferredAt: isoSeconds(result.endedAt),
        deferredReason: result.errorMessage,
        runId: result.runId,
        ...(result.runUrl ? { runUrl: result.runUrl } : {}),
        runStartedAt: result.startedAt,
    };
}
/** The result fields of the final write. */
function resultFields(result) {
    if (result.status === 'deferred')
        return deferredFields(result);
    return {
        testStatus: result.status,
        previousTestStatus: result.previousStatus ?? 'untested',
        regression: result.regression ?? false,
        ...(result.failureClass ? { failureClass: result.failureClass } : {}),
        lastTestTimestamp: isoSeconds(result.endedAt),
        lastTestDuration: Math.round(result.durationSeconds),
        stageResults: Object.fromEntries(result.stages.map((s) => [
            s.name,
            {
                status: s.status,
                duration: s.durationSeconds,
                durationSeconds: Math.round(s.durationSeconds),
                error: s.error,
                ...(s.attempt && s.attempt > 1 ? { attempt: s.attempt } : {}),
                ...(s.remedy ? { remedy: s.remedy } : {}),
                ...(s.log ? { log: s.log } : {}),
            },
        ])),
        projectName: result.projectName,
        errorMessage: result.errorMessage,
        cleanFailed: result.cleanFailed,
        runId: result.runId,
        ...(result.runUrl ? { runUrl: result.runUrl } : {}),
        // full precision: the newest-run-wins condition compares start times
        runStartedAt: result.startedAt,
        ...(result.estimatedCostUsd !== undefined ? { estimatedCostUsd: result.estimatedCostUsd } : {}),
        ...endpointFields(result),
        ...(result.benchmark ? result.benchmark.recordFields : {}),
    };
}
/**
 * What each passed tune job took, which the deploy hold learns from: SageMaker's own time when
 * it could be asked, else the row's duration — but not for a submitted-and-awaited tune, whose
 * row also spans the deploy hold, deploy and test (learning from it would grow the hold by the
 * submit's time every run).
 */
function tuneSecondsField(stages) {
    const seconds = stages.flatMap((s) => {
        if (s.status !== 'pass' || !s.name.startsWith('tune-'))
            return [];
        const own = s.jobSeconds ?? (s.phases ? undefined : s.durationSeconds);
        return own === undefined ? [] : [[s.name, own]];
    });
    return seconds.length > 0 ? { tuneSeconds: Object.fromEntries(seconds) } : {};
}
/** History items expire after this long (the history table's TTL attribute `expiresAt`). */
const HISTORY_TTL_DAYS = 180;
function historyItem(result) {
    return {
        configId: result.configId,
        runTimestamp: result.endedAt,
        runId: result.runId,
        ...(result.runUrl ? { runUrl: result.runUrl } : {}),
        status: result.status,
        ...(result.failureClass ? { failureClass: result.failureClass } : {}),
        durationSeconds: result.durationSeconds,
        e2eCatalogId: result.catalogId,
        tier: result.tier,
        errorMessage: result.errorMessage,
        stageDurations: Object.fromEntries(result.stages.map((s) => [s.name, s.durationSeconds])),
        ...tuneSecondsField(result.stages),
        ...(result.estimatedCostUsd !== undefined ? { estimatedCostUsd: result.estimatedCostUsd } : {}),
        ...endpointFields(result),
        expiresAt: Math.floor(new Date(result.endedAt).getTime() / 1000) + HISTORY_TTL_DAYS * 86400,
        ...(result.benchmark ? { benchmark: result.benchmark.history } : {}),
    };
}


/***/ })

};
