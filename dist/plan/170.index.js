export const id = 170;
export const ids = [170];
export const modules = {

/***/ 3170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROJECT_TAG: () => (/* binding */ PROJECT_TAG),
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

;// CONCATENATED MODULE: ./src/aws/sweep.ts


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


/***/ })

};
