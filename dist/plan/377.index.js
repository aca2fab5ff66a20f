export const id = 377;
export const ids = [377,201];
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

/***/ 8377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openStores: () => (/* binding */ openStores)
});

// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(4305);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-dynamodb/dist-cjs/index.js
var lib_dynamodb_dist_cjs = __webpack_require__(8907);
// EXTERNAL MODULE: ./src/results/record.ts + 1 modules
var results_record = __webpack_require__(1496);
;// CONCATENATED MODULE: ./src/results/record-check.ts
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
                const problem = recordProblem(item);
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
            const problem = historyProblem(item);
            if (problem)
                this.warnings.push(`table ${this.options.historyTable}, configId ${configId}, runTimestamp ${JSON.stringify(item.runTimestamp)}: ${problem} — skipped`);
            return !problem;
        });
        return valid.reverse();
    }
    async register(entry, registration, at) {
        const { configId, schemaVersion, ...identity } = (0,results_record/* identityFields */.AA)(entry);
        const extra = {
            ...(registration.benchmarkEnabled !== undefined
                ? { benchmarkEnabled: registration.benchmarkEnabled }
                : {}),
            ...(registration.benchmarkWorkload ? { benchmarkWorkload: registration.benchmarkWorkload } : {}),
        };
        const { Attributes } = await this.options.client.send(new lib_dynamodb_dist_cjs/* UpdateCommand */.fR({
            TableName: this.options.table,
            Key: { configId },
            ...setExpression({ ...identity, ...extra }, (0,results_record/* registrationDefaults */.CF)(entry, at, schemaVersion)),
            ReturnValues: 'ALL_OLD',
        }));
        return Attributes ? 'updated' : 'created';
    }
    async startRun(start) {
        const { configId: _key, ...identity } = (0,results_record/* identityFields */.AA)(start.entry);
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
                createdAt: (0,results_record/* isoSeconds */.nE)(start.startedAt),
                lastTestTimestamp: results_record/* NEVER_TESTED */.RL,
                benchmarkEnabled: start.entry.benchmark ? true : undefined,
            }),
            ReturnValues: 'ALL_OLD',
        }));
        const old = Attributes;
        const optIn = { benchmarkEnabled: old?.benchmarkEnabled, benchmarkWorkload: old?.benchmarkWorkload };
        if (old?.testStatus !== 'running')
            return { previousStatus: (0,results_record/* completedStatusOf */.RY)(old), ...optIn };
        // the last run crashed while running: its predecessor's result is in the history
        const recent = await this.listHistory(start.entry.configId, 20);
        return { previousStatus: recent.filter((h) => (0,results_record/* isCompletedStatus */.EH)(h.status)).at(-1)?.status, ...optIn };
    }
    async finishRun(result) {
        const update = setExpression({ ...(0,results_record/* resultFields */.pM)(result) });
        // a pass leaves no trace of the last failure's class
        if (result.status === 'pass') {
            update.UpdateExpression += ` REMOVE ${results_record/* CLEARED_ON_PASS */.x9.map((_, i) => `#x${i}`).join(', ')}`;
            results_record/* CLEARED_ON_PASS */.x9.forEach((field, i) => (update.ExpressionAttributeNames[`#x${i}`] = field));
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
            await this.options.client.send(new lib_dynamodb_dist_cjs/* PutCommand */.Z$({ TableName: this.options.historyTable, Item: (0,results_record/* historyItem */.qm)(result) }));
        }
        return { written, note };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/results/local-store.ts




const DEFAULT_LOCAL_DIR = '.mcc-e2e';
/** Write-then-rename, so a reader (the dashboard) never sees half a file. */
function writeJsonAtomic(file, data) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, `${JSON.stringify(data, null, 2)}\n`);
    (0,external_node_fs_.renameSync)(tmp, file);
}
/**
 * The local store: records/<configId>.json (the table's fields), history/<configId>.jsonl
 * (one line per run) and runs/<tier>/<runId>/<catalogId>/ (the run's artifacts).
 */
class LocalStore {
    dir;
    constructor(dir = DEFAULT_LOCAL_DIR) {
        this.dir = (0,external_node_path_.resolve)(dir);
    }
    get description() {
        return `local store ${this.dir}`;
    }
    recordFile(configId) {
        return (0,external_node_path_.join)(this.dir, 'records', `${configId}.json`);
    }
    async getRecord(configId) {
        const file = this.recordFile(configId);
        return (0,external_node_fs_.existsSync)(file) ? JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')) : undefined;
    }
    /** records and history lines a reader skipped, each naming its file and field */
    warnings = [];
    async listRecords() {
        const dir = (0,external_node_path_.join)(this.dir, 'records');
        if (!(0,external_node_fs_.existsSync)(dir))
            return [];
        return (0,external_node_fs_.readdirSync)(dir)
            .filter((f) => f.endsWith('.json'))
            .flatMap((f) => this.readChecked((0,external_node_path_.join)(dir, f), (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, f), 'utf8'), recordProblem));
    }
    async listHistory(configId) {
        const file = (0,external_node_path_.join)(this.dir, 'history', `${configId}.jsonl`);
        if (!(0,external_node_fs_.existsSync)(file))
            return [];
        return (0,external_node_fs_.readFileSync)(file, 'utf8')
            .split('\n')
            .flatMap((line, i) => line.trim() ? this.readChecked(`${file}:${i + 1}`, line, historyProblem) : []);
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
        const { schemaVersion, ...identity } = (0,results_record/* identityFields */.AA)(entry);
        writeJsonAtomic(this.recordFile(entry.configId), {
            ...(0,results_record/* registrationDefaults */.CF)(entry, at, schemaVersion),
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
            createdAt: (0,results_record/* isoSeconds */.nE)(start.startedAt),
            lastTestTimestamp: results_record/* NEVER_TESTED */.RL,
            ...old,
            ...(0,results_record/* identityFields */.AA)(start.entry),
            ...(start.entry.benchmark && old?.benchmarkEnabled === undefined ? { benchmarkEnabled: true } : {}),
            testStatus: 'running',
            runId: start.runId,
            ...(start.runUrl ? { runUrl: start.runUrl } : {}),
            runStartedAt: start.startedAt.toISOString(),
        });
        const optIn = { benchmarkEnabled: old?.benchmarkEnabled, benchmarkWorkload: old?.benchmarkWorkload };
        if (old?.testStatus !== 'running')
            return { previousStatus: (0,results_record/* completedStatusOf */.RY)(old), ...optIn };
        // the last run crashed while running: its predecessor's result is in the history
        const completed = (await this.listHistory(start.entry.configId)).filter((h) => (0,results_record/* isCompletedStatus */.EH)(h.status));
        return { previousStatus: completed.at(-1)?.status, ...optIn };
    }
    async finishRun(result) {
        const old = await this.getRecord(result.configId);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(this.dir, 'history'), { recursive: true });
        (0,external_node_fs_.appendFileSync)((0,external_node_path_.join)(this.dir, 'history', `${result.configId}.jsonl`), `${JSON.stringify((0,results_record/* historyItem */.qm)(result))}\n`);
        // a newer run's result is never overwritten by an older one (the rule of the table's condition)
        if (old?.runId && old.runId !== result.runId && old.runStartedAt && old.runStartedAt > result.startedAt) {
            return {
                written: false,
                note: `a newer run of ${result.catalogId} started after this one, so its result stays in the local store; this run's result is kept in the history and artifacts`,
            };
        }
        const record = { ...old, ...(0,results_record/* resultFields */.pM)(result) };
        if (result.status === 'pass')
            for (const field of results_record/* CLEARED_ON_PASS */.x9)
                delete record[field];
        writeJsonAtomic(this.recordFile(result.configId), record);
        return { written: true };
    }
    runDir(result) {
        return (0,external_node_path_.join)(this.dir, 'runs', result.tier, result.runId, result.catalogId);
    }
    async writeRunArtifacts(result, summaryMarkdown) {
        const dir = this.runDir(result);
        writeJsonAtomic((0,external_node_path_.join)(dir, 'result.json'), result);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'summary.md'), summaryMarkdown);
        return [(0,external_node_path_.join)(dir, 'result.json'), (0,external_node_path_.join)(dir, 'summary.md')];
    }
}

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
    const local = new LocalStore(settings.localDir);
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


/***/ })

};
