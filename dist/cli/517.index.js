export const id = 517;
export const ids = [517];
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


/***/ })

};
