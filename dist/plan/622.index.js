export const id = 622;
export const ids = [622];
export const modules = {

/***/ 4622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROJECT_TAG: () => (/* binding */ PROJECT_TAG),
  githubRunState: () => (/* binding */ githubRunState),
  parseDuration: () => (/* binding */ parseDuration),
  parseProjectName: () => (/* binding */ parseProjectName),
  sweep: () => (/* binding */ sweep)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/aws/sagemaker-resources.ts


async function* inferenceComponents(client, filter) {
    for await (const page of (0,dist_cjs/* paginateListInferenceComponents */.niP)({ client }, filter)) {
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
        remove: (client, name) => client.send(new dist_cjs/* DeleteInferenceComponentCommand */.nx3({ InferenceComponentName: name })),
        gone: async (client, name) => {
            try {
                await client.send(new dist_cjs/* DescribeInferenceComponentCommand */.vAd({ InferenceComponentName: name }));
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
            for await (const page of (0,dist_cjs/* paginateListEndpoints */.gCJ)({ client }, { NameContains: nameContains })) {
                for (const e of page.Endpoints ?? [])
                    yield {
                        kind: 'endpoint',
                        name: e.EndpointName ?? '',
                        arn: e.EndpointArn ?? '',
                        createdAt: e.CreationTime ?? new Date(0),
                    };
            }
        },
        remove: (client, name) => client.send(new dist_cjs/* DeleteEndpointCommand */.oPO({ EndpointName: name })),
    },
    {
        kind: 'endpoint config',
        plural: 'endpoint configs',
        iam: {
            actions: ['sagemaker:ListEndpointConfigs', 'sagemaker:DeleteEndpointConfig'],
            arnType: 'endpoint-config',
        },
        list: async function* (client, nameContains) {
            for await (const page of (0,dist_cjs/* paginateListEndpointConfigs */.gPx)({ client }, { NameContains: nameContains })) {
                for (const e of page.EndpointConfigs ?? [])
                    yield {
                        kind: 'endpoint config',
                        name: e.EndpointConfigName ?? '',
                        arn: e.EndpointConfigArn ?? '',
                        createdAt: e.CreationTime ?? new Date(0),
                    };
            }
        },
        remove: (client, name) => client.send(new dist_cjs/* DeleteEndpointConfigCommand */.WLA({ EndpointConfigName: name })),
    },
    {
        kind: 'model',
        plural: 'models',
        iam: { actions: ['sagemaker:ListModels', 'sagemaker:DeleteModel'], arnType: 'model' },
        list: async function* (client, nameContains) {
            for await (const page of (0,dist_cjs/* paginateListModels */.A4G)({ client }, { NameContains: nameContains })) {
                for (const m of page.Models ?? [])
                    yield {
                        kind: 'model',
                        name: m.ModelName ?? '',
                        arn: m.ModelArn ?? '',
                        createdAt: m.CreationTime ?? new Date(0),
                    };
            }
        },
        remove: (client, name) => client.send(new dist_cjs/* DeleteModelCommand */.em({ ModelName: name })),
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
            for await (const page of (0,dist_cjs/* paginateListTrainingJobs */.A_d)({ client }, filter)) {
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
        remove: (client, name) => client.send(new dist_cjs/* StopTrainingJobCommand */.JxN({ TrainingJobName: name })),
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
            await (0,promises_.setTimeout)(o.pollMs ?? 2000);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/catalog/types.ts
var types = __webpack_require__(1234);
// EXTERNAL MODULE: ./src/lifecycle/stages.ts
var stages = __webpack_require__(1533);
;// CONCATENATED MODULE: ./src/lifecycle/project-name.ts



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
    '<technique>': [...types/* TUNE_TECHNIQUES */.fk].sort((a, b) => b.length - a.length)[0],
    '<adapter>': [...types/* TUNE_TECHNIQUES */.fk].map(stages/* adapterNameFor */.CJ).sort((a, b) => b.length - a.length)[0],
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
    return `${now.getTime().toString(36)}${randomBytes(2).toString('hex')}`;
}
/** undefined when the token leaves no room for even a hash of the id */
function stemWithin(id, runToken, maxName) {
    const room = maxName - PROJECT_MARKER.length - runToken.length;
    if (id.length <= room)
        return id;
    if (room < HASH_LENGTH + 2)
        return undefined;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(id).digest('hex').slice(0, HASH_LENGTH);
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

;// CONCATENATED MODULE: ./src/aws/sweep.ts



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
    for (let at = name.indexOf(PROJECT_MARKER); at > 0; at = name.indexOf(PROJECT_MARKER, at + 1)) {
        const runToken = name.slice(at + PROJECT_MARKER.length).match(TOKEN)?.[1];
        if (!runToken)
            continue;
        const stem = name.slice(0, at);
        const catalogId = catalogIds.find((id) => projectStems(id, runToken).includes(stem));
        if (catalogId)
            return { catalogId, runToken };
    }
    return undefined;
}
async function projectTag(client, arn) {
    const { Tags } = await client.send(new dist_cjs/* ListTagsCommand */.bvr({ ResourceArn: arn }));
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
    for (const type of RESOURCE_TYPES) {
        const listed = [];
        try {
            for await (const candidate of type.list(options.client))
                listed.push(candidate);
        }
        catch (error) {
            // endpoints are what bills: without them the sweep knows nothing; any other kind is reported
            if (type.required)
                throw error;
            unlisted.push(unlistedText(type, error));
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
    for (const type of RESOURCE_TYPES) {
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
        await waitUntilGone(type, options.client, deleted, options.deletion);
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


/***/ })

};
