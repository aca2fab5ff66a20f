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
  githubRunActive: () => (/* binding */ githubRunActive),
  parseDuration: () => (/* binding */ parseDuration),
  parseProjectName: () => (/* binding */ parseProjectName),
  sweep: () => (/* binding */ sweep)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var dist_cjs = __webpack_require__(4459);
;// CONCATENATED MODULE: ./src/aws/sagemaker-resources.ts

const RESOURCE_TYPES = [
    {
        kind: 'endpoint',
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
];
/** Delete in table order (endpoints, configs, models); a failure is reported, not thrown. */
async function deleteResources(client, resources) {
    const report = { deleted: [], failed: [] };
    for (const type of RESOURCE_TYPES) {
        for (const r of resources.filter((x) => x.kind === type.kind)) {
            try {
                await type.remove(client, r.name);
                report.deleted.push(`${r.kind} ${r.name}`);
            }
            catch (error) {
                report.failed.push(`${r.kind} ${r.name}: ${error.message}`);
            }
        }
    }
    return report;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/lifecycle/project-name.ts

const MAX_PROJECT_NAME = 63;
/** The toolkit's own marker in every project name: what `sweep` recognises as its own. */
const PROJECT_MARKER = '-e2e';
const HASH_LENGTH = 6;
/** Unique per run attempt: the GitHub run id + attempt, or a time-and-random token locally. */
function makeRunToken(env = process.env, now = new Date()) {
    if (env.GITHUB_RUN_ID)
        return `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    return `${now.getTime().toString(36)}${randomBytes(2).toString('hex')}`;
}
/**
 * The id part of a project name: the id itself when it fits, else its start and a short hash of
 * the whole id — two ids sharing their first 60 characters still get different names.
 */
function projectStem(id, runToken) {
    const room = MAX_PROJECT_NAME - PROJECT_MARKER.length - runToken.length;
    if (id.length <= room)
        return id;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(id).digest('hex').slice(0, HASH_LENGTH);
    return `${id.slice(0, room - HASH_LENGTH - 1).replace(/-+$/, '')}-${hash}`;
}
/** `<id>-e2e<runToken>`, at most 63 characters (SageMaker's name limit), recognisable and unique. */
const makeProjectName = (id, runToken) => `${projectStem(id, runToken)}${PROJECT_MARKER}${runToken}`;

;// CONCATENATED MODULE: ./src/aws/sweep.ts



/**
 * The orphan sweep: SageMaker endpoints, endpoint configs and models that these runs created
 * (the toolkit's marker in the name, `<id>-e2e<run token>`, or in the `mcc-e2e:project` tag)
 * and that are older than a threshold, when their run is over. A running run's resources are
 * never touched.
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
        const catalogId = catalogIds.find((id) => projectStem(id, runToken) === stem);
        if (catalogId)
            return { catalogId, runToken };
    }
    return undefined;
}
async function projectTag(client, arn) {
    const { Tags } = await client.send(new dist_cjs/* ListTagsCommand */.bvr({ ResourceArn: arn }));
    return Tags?.find((t) => t.Key === PROJECT_TAG)?.Value;
}
async function sweep(options) {
    const now = options.now ?? new Date();
    const before = new Date(now.getTime() - options.olderThanMs);
    const decisions = [];
    for (const type of RESOURCE_TYPES) {
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
    for (const type of RESOURCE_TYPES) {
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
/**
 * Whether a GitHub Actions run is still going (queued or in progress), for a `<run id>-<attempt>`
 * token; undefined for a CLI token. A run that cannot be looked up counts as going: keep, never guess.
 */
async function githubRunActive(runToken, github) {
    const runId = runToken.match(/^(\d+)-\d+$/)?.[1];
    if (!runId)
        return undefined;
    try {
        const response = await fetch(`${github.apiUrl ?? 'https://api.github.com'}/repos/${github.repository}/actions/runs/${runId}`, { headers: { authorization: `Bearer ${github.token}`, accept: 'application/vnd.github+json' } });
        if (!response.ok)
            return true;
        return (await response.json()).status !== 'completed';
    }
    catch {
        return true;
    }
}


/***/ })

};
