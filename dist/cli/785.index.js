export const id = 785;
export const ids = [785];
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

/***/ 1785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerRunCommand: () => (/* binding */ registerRunCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/catalog/select.ts
var catalog_select = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/catalog/load.ts
var load = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/report/table.ts
var report_table = __webpack_require__(790);
// EXTERNAL MODULE: ./src/lifecycle/resolve.ts
var resolve = __webpack_require__(2140);
;// CONCATENATED MODULE: ./src/lifecycle/dry-run.ts


/** argv shown as a person would type it; tokens with spaces or quotes are JSON-quoted. */
function displayArgv(argv) {
    return argv.map((t) => (/^[\w@%+=:,./-]+$/.test(t) ? t : JSON.stringify(t))).join(' ');
}
function planDryRun(entries, options) {
    return entries.map((entry) => {
        const opts = options(entry);
        return { entry, projectName: opts.projectName, stages: (0,resolve/* resolveStages */.iM)(entry, opts) };
    });
}
function heading(d) {
    const e = d.entry;
    return `${e.id} — ${e.params.modelName} on ${e.params.instanceType} (tier ${e.tier}, configId ${e.configId}, project ${d.projectName})`;
}
/** `tune-sft submit` for one phase of a scheduled tune, else the stage name. */
const stepLabel = (s) => s.phase ? `${s.name} ${s.phase}` : s.name;
const stageRows = (d) => d.stages.map((s) => [stepLabel(s), `${s.timeoutSeconds}s`, s.cwd, displayArgv(s.argv)]);
const envLine = (d) => {
    const keys = [...new Set(d.stages.flatMap((s) => s.envKeys))];
    return `env keys: ${keys.join(', ')}`;
};
function renderDryRunText(plan) {
    const blocks = plan.map((d) => [
        heading(d),
        (0,report_table/* renderTextTable */.K$)(['stage', 'timeout', 'cwd', 'argv'], stageRows(d)).replace(/^/gm, '  '),
        `  ${envLine(d)}`,
    ].join('\n'));
    return `${blocks.join('\n\n')}\n\nDry run: ${plan.length} entr${plan.length === 1 ? 'y' : 'ies'} valid; nothing was run.`;
}
function renderDryRunMarkdown(plan) {
    const blocks = plan.map((d) => `#### ${markdownCell(heading(d))}\n\n${renderMarkdownTable(['stage', 'timeout', 'cwd', 'argv'], stageRows(d))}\n\n${markdownCell(envLine(d))}\n`);
    return `### E2E dry run\n\n${blocks.join('\n')}\n${plan.length} entr${plan.length === 1 ? 'y' : 'ies'} valid; nothing was run.\n`;
}

// EXTERNAL MODULE: ./src/lifecycle/project-name.ts
var project_name = __webpack_require__(9581);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/lifecycle/budget.ts

/**
 * The job budget (09-v1-field-lessons.md: hosted jobs stop at 360 min, and a job killed by its
 * `timeout-minutes` is killed mid-clean). The run starts no stage once the time left would not
 * cover clean plus what must still run after this step (the post steps), stops a running one
 * then, and cleans inside the job.
 */
/** The action's post step finishes within this, whatever it finds (enforced there). */
const POST_STEP_BUDGET_SECONDS = 200;
/** What the action keeps after its own clean: its post step and a little for the job's other post steps (artifact upload). */
const ACTION_POST_MARGIN_SECONDS = POST_STEP_BUDGET_SECONDS + 40;
/** A number of minutes > 0, or undefined for '' (no budget). */
function parseBudgetMinutes(text, source) {
    const trimmed = (text ?? '').trim();
    if (trimmed === '')
        return undefined;
    const minutes = Number(trimmed);
    if (!Number.isFinite(minutes) || minutes <= 0)
        throw new errors/* UserError */.yo(`${source} must be a number of minutes > 0 (e.g. the job's timeout-minutes, 350), not "${trimmed}"`);
    return minutes;
}
function jobBudget(settings) {
    const reserveSeconds = settings.cleanTimeoutSeconds + settings.afterCleanSeconds;
    const stopAt = new Date(settings.startedAt.getTime() + (settings.minutes * 60 - reserveSeconds) * 1000);
    if (stopAt <= settings.startedAt) {
        throw new errors/* UserError */.yo(`${settings.source} ${settings.minutes} leaves no time for any stage: clean needs up to ${settings.cleanTimeoutSeconds}s${settings.afterCleanSeconds > 0 ? ` and the post steps ${settings.afterCleanSeconds}s` : ''} — raise it (the job's timeout-minutes, less the steps before this one)`);
    }
    return { stopAt, description: `the job budget of ${settings.minutes} min` };
}

// EXTERNAL MODULE: ./src/results/record.ts
var record = __webpack_require__(6269);
// EXTERNAL MODULE: ./src/report/run-summary.ts
var run_summary = __webpack_require__(3642);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/lifecycle/policy.ts
/** Why a stage is skipped, or undefined when it should run. */
function skipReason(stages, outcomes, index) {
    const stage = stages[index];
    const earlier = outcomes.slice(0, index);
    const failed = earlier.filter((o) => o.status === 'fail');
    if (stage.definition.isTeardown) {
        // clean runs whenever the project exists, i.e. generate passed
        return earlier[0]?.status === 'pass' ? undefined : 'nothing to clean: generate did not pass';
    }
    if (stage.definition.isStage2) {
        return failed.length > 0 ? `Stage 1 did not pass (${failed[0]?.name} failed)` : undefined;
    }
    for (const f of failed) {
        const scope = stages.find((s) => s.name === f.name)?.definition.failureSkips ?? 'rest';
        // a failed tune submit also skips its own wait
        if (scope === 'rest' || scope.includes(stage.name) || f.name === stage.name)
            return `skipped: ${f.name} failed`;
    }
    return undefined;
}
/**
 * `stopped`: the run was cancelled or ran out of job budget. A failure that happened before the
 * stop keeps its status; otherwise the run is `cancelled`, whatever clean did after it.
 */
function finalStatus(stages, outcomes, stopped = false) {
    const definitionOf = (name) => stages.find((s) => s.name === name)?.definition;
    const stage1Failure = outcomes.find((o) => o.status === 'fail' && !definitionOf(o.name)?.isTeardown && !definitionOf(o.name)?.isStage2);
    const cleanFailure = outcomes.find((o) => o.status === 'fail' && definitionOf(o.name)?.isTeardown);
    const classOf = (o) => o.failureClass ?? 'product';
    if (stage1Failure && classOf(stage1Failure) !== 'cancelled') {
        return {
            status: `fail-${stage1Failure.name}`,
            cleanFailed: cleanFailure !== undefined,
            firstFailure: stage1Failure.name,
            failureClass: classOf(stage1Failure),
        };
    }
    if (stage1Failure || stopped) {
        return {
            status: 'cancelled',
            cleanFailed: cleanFailure !== undefined,
            ...(stage1Failure ? { firstFailure: stage1Failure.name } : {}),
            failureClass: 'cancelled',
        };
    }
    if (cleanFailure)
        return {
            status: `fail-${cleanFailure.name}`,
            cleanFailed: false,
            firstFailure: cleanFailure.name,
            failureClass: classOf(cleanFailure),
        };
    return { status: 'pass', cleanFailed: false };
}

;// CONCATENATED MODULE: ./src/lifecycle/remedies.ts
const EXIT_CODE_MEANINGS = [
    { code: 1, meaning: 'general error' },
    { code: 2, meaning: 'Docker is not installed', stages: ['build'] },
    { code: 2, meaning: 'usage error: the script rejected its arguments' },
    { code: 3, meaning: 'contract violation: a precondition failed (e.g. no active deployment)' },
    { code: 4, meaning: 'AWS credential or ECR problem', stages: ['push', 'clean'] },
    { code: 5, meaning: 'the local image is missing (build first)', stages: ['push'] },
    { code: 126, meaning: 'the script is not executable' },
    { code: 127, meaning: 'command not found' },
];
function exitCodeMeaning(stage, code) {
    return EXIT_CODE_MEANINGS.find((m) => m.code === code && (!m.stages || m.stages.includes(stage)))?.meaning;
}
const mentions = (pattern) => (f) => pattern.test(f.outputTail);
const REMEDIES = [
    {
        name: 'stage timeout',
        applies: (f) => f.timedOut,
        remedy: (f) => `the stage ran past its ${f.timeoutSeconds}s limit: raise ${f.stage.startsWith('tune-') ? 'tuneTimeout' : 'timeout'} in the catalog entry, or read the stage log for where it hung`,
    },
    {
        name: 'missing do/ script',
        applies: (f) => f.missingScript,
        remedy: (f) => f.stage === 'generate'
            ? 'the generator was not found: install it (npm i -g @aws/ml-container-creator) or set the generator input/--generator'
            : `the generated project has no script for "${f.stage}": check the generator version, or override the stage command`,
    },
    {
        name: 'endpoint quota',
        applies: (f) => f.stage === 'deploy' && /ResourceLimitExceeded/.test(f.outputTail),
        remedy: (f) => `request a quota increase for "${f.instanceType} for endpoint usage" in ${f.region} (Service Quotas → Amazon SageMaker), or delete idle endpoints`,
    },
    {
        name: 'missing Hugging Face token',
        applies: mentions(/(ResourceNotFoundException[^\n]*secret|HF_TOKEN[^\n]*(not set|missing|empty)|gated repo|401[^\n]*huggingface)/i),
        remedy: (f) => `store a Hugging Face token with access to the model in Secrets Manager as "${f.hfTokenSecretId || 'mlcc/hf-token'}" (or set hf-token-secret-id)`,
    },
    {
        name: 'no Docker',
        applies: mentions(/Docker is not installed|Cannot connect to the Docker daemon/),
        remedy: () => 'the runner has no working Docker (do/build builds the image locally): use a runner with a Docker daemon, or build in CodeBuild with MCC’s "submit" step in place of build and push',
    },
    {
        name: 'guard not met',
        applies: (f) => f.exitCode === 3 && /Contract violation: \S+/.test(f.outputTail),
        remedy: (f) => {
            const guard = /Contract violation: (\S+)/.exec(f.outputTail)?.[1] ?? '';
            const next = /→ Run: ([^\n]+)/.exec(f.outputTail)?.[1]?.trim();
            return `do/${f.stage.split('-')[0]}'s "${guard}" precondition is not met${next ? ` (MCC says: run ${next})` : ''}: the stage that provides it did not run or did not pass`;
        },
    },
    {
        name: 'missing ECR repository',
        applies: mentions(/ECR repository '[^']+' not found/),
        remedy: (f) => `create the ECR repository ${/ECR repository '([^']+)'/.exec(f.outputTail)?.[1] ?? ''} in ${f.region} (ml-container-creator bootstrap does), or set ECR_REPOSITORY_NAME`,
    },
    {
        name: 'missing local image',
        applies: (f) => f.stage === 'push' && f.exitCode === 5,
        remedy: () => 'there is no local image to push: build must run before push and pass',
    },
    {
        name: 'no AWS credentials',
        applies: mentions(/AWS credentials not configured|Unable to locate credentials/),
        remedy: () => 'the stage found no AWS credentials: give the job a role (role-to-assume and id-token: write) or set AWS credentials',
    },
    {
        name: 'ECR authentication',
        applies: (f) => /(no basic auth credentials|get-login-password|authorization token has expired|denied: [^\n]*ecr|ecr[^\n]*(denied|unauthorized))/i.test(f.outputTail) ||
            (f.stage === 'push' && f.exitCode === 4),
        remedy: (f) => `ECR login failed: the role needs ecr:GetAuthorizationToken and push rights on the project repository in ${f.region}; check role-to-assume`,
    },
    {
        name: 'access denied',
        applies: mentions(/(AccessDenied|not authorized to perform|UnauthorizedOperation|ExpiredToken)/),
        remedy: () => 'the AWS role lacks a permission (the message names the action): add it to the role in infra/ci-stack.yaml, or check role-to-assume and the OIDC trust',
    },
];
function remedyFor(facts) {
    return REMEDIES.find((r) => r.applies(facts))?.remedy(facts);
}

// EXTERNAL MODULE: ./src/lifecycle/failure-class.ts
var failure_class = __webpack_require__(5291);
;// CONCATENATED MODULE: ./src/lifecycle/clean-outcome.ts
/**
 * MCC's do/clean guards on an active deployment: with nothing deployed it exits 3 and prints
 * `❌ Contract violation: deployment-active` (on stdout). That is "nothing to clean", not a
 * failed teardown — provided SageMaker agrees (see LeftoverCheck).
 */
const NOTHING_DEPLOYED = /Contract violation: deployment-active/;
const saysNothingDeployed = (outcome) => outcome.exitCode === 3 && NOTHING_DEPLOYED.test(outcome.outputTail);
/** The clean stage's verdict when do/clean said nothing was deployed. */
function judgeNothingDeployed(projectName, check) {
    if (check.status === 'clear')
        return { passed: true, text: `nothing to clean: no SageMaker resource named ${projectName}* exists` };
    if (check.status === 'unchecked')
        return { passed: true, text: `nothing to clean (do/clean found no active deployment; ${check.why})` };
    const deleted = check.deleted.length > 0 ? `; deleted through the API: ${check.deleted.join(', ')}` : '';
    const failed = check.failed.length > 0 ? `; could not delete: ${check.failed.join('; ')}` : '';
    return {
        passed: false,
        text: `do/clean reported no active deployment (exit 3), but SageMaker had ${check.found}${deleted}${failed}`,
    };
}

// EXTERNAL MODULE: ./src/entities.ts
var entities = __webpack_require__(8420);
;// CONCATENATED MODULE: ./src/lifecycle/scrub.ts


/**
 * Secret values never reach a summary, record, output, log or upload: every text that leaves a
 * stage passes through the run's one Scrubber, a registry fed by every secret the run knows (the
 * Hugging Face token, the OIDC token and each refresh of it, AWS keys, secret-looking inputs).
 * Like GitHub's runner it registers the encoded forms a secret shows up in (base64 at the three
 * byte offsets, URL, JSON, XML/HTML, trimmed quotes; each line of a multi-line value), plus hex
 * and lowercase percent-encoding. Matching ignores line breaks, so a secret split over lines is
 * still caught; streams keep back only what could be the start of a secret.
 */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY|ACCESS_KEY|API_KEY|SESSION)/i;
/** names that point at a secret rather than hold one (AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_SESSION_NAME) */
const POINTER_NAME = /_(FILE|URL|NAME|ARN|PATH|DIR)$/i;
/** files that hold a secret (the web identity token), read again at every stage: they are refreshed */
const SECRET_FILE_VARIABLES = ['AWS_WEB_IDENTITY_TOKEN_FILE'];
const MIN_SECRET_LENGTH = 6;
const MAX_SECRET_FILE_BYTES = 64 * 1024;
const MASK = '***';
const LINE_BREAK = /[\r\n]/;
/** base64 of the value as it appears inside a longer base64 text: only the characters it alone determines */
function base64AtOffset(bytes, offset, alphabet) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes])
        .toString(alphabet)
        .replace(/=+$/, '');
    const total = offset + bytes.length;
    // characters carrying bits of the unknown bytes before (offset) or after (a partial last group)
    const lead = Math.ceil((offset * 8) / 6);
    const determined = Math.floor((total * 8) / 6);
    return encoded.slice(lead, determined);
}
/** the characters escaped differ between escapers: &<> only, plus ", plus ' */
const XML_SETS = [/[&<>]/g, /[&<>"]/g, /[&<>"']/g];
const uriEscape = (v) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const everyBytePercent = (v) => [...Buffer.from(v)].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
const lowerHexEscapes = (v) => v.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());
/** The encoded forms of one secret value (one line of it). */
const ENCODERS = [
    (v) => [v],
    (v) => [0, 1, 2].flatMap((o) => [
        base64AtOffset(Buffer.from(v), o, 'base64'),
        base64AtOffset(Buffer.from(v), o, 'base64url'),
    ]),
    (v) => [encodeURIComponent(v), uriEscape(v), everyBytePercent(v)].flatMap((e) => [e, lowerHexEscapes(e)]),
    (v) => [JSON.stringify(v).slice(1, -1)],
    (v) => XML_SETS.flatMap((set) => [
        v.replace(set, (c) => entities/* XML_ENTITIES */.o[c]),
        v.replace(set, (c) => `&#${c.charCodeAt(0)};`),
        v.replace(set, (c) => `&#x${c.charCodeAt(0).toString(16)};`),
    ]),
    (v) => [v.replace(/^"+|"+$/g, ''), v.replace(/"/g, '\\"'), v.replace(/'/g, "''")],
    (v) => [Buffer.from(v).toString('hex'), Buffer.from(v).toString('hex').toUpperCase()],
];
/** Masked ranges [start, end) of text, matching every secret with line breaks ignored. */
function maskedRanges(text, secrets) {
    // the text without line breaks; breaks[k] - k is where the k-th break sat in that joined text
    const joined = text.replace(/[\r\n]/g, '');
    const breaks = [];
    if (joined.length !== text.length)
        for (const m of text.matchAll(/[\r\n]/g))
            breaks.push(m.index);
    const original = (j) => {
        let lo = 0;
        let hi = breaks.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (breaks[mid] - mid <= j)
                lo = mid + 1;
            else
                hi = mid;
        }
        return j + lo;
    };
    const ranges = [];
    for (const secret of secrets) {
        for (let at = joined.indexOf(secret); at >= 0; at = joined.indexOf(secret, at + 1)) {
            ranges.push([original(at), original(at + secret.length - 1) + 1]);
        }
    }
    ranges.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const range of ranges) {
        const last = merged[merged.length - 1];
        if (last && range[0] <= last[1])
            last[1] = Math.max(last[1], range[1]);
        else
            merged.push([...range]);
    }
    return merged;
}
/** Each masked range becomes MASK; the line breaks inside it stay, so lines stay lines. */
function applyMask(text, ranges) {
    let out = '';
    let from = 0;
    for (const [start, end] of ranges) {
        out += text.slice(from, start);
        out += text
            .slice(start, end)
            .split(/(\r?\n|\r)/)
            .map((part, i) => (i % 2 === 1 ? part : part ? MASK : ''))
            .join('');
        from = end;
    }
    return out + text.slice(from);
}
/** The values of an environment's secret-looking variables (not those that only point at one). */
function secretEnvironmentValues(env) {
    return Object.entries(env)
        .filter(([name, value]) => value && SECRET_NAME.test(name) && !POINTER_NAME.test(name))
        .map(([, value]) => value);
}
class Scrubber {
    secrets = new Set();
    /** longest first, so a secret containing another is masked whole */
    sorted = [];
    byFirstCharacter = new Map();
    constructor(values = []) {
        for (const v of values)
            this.add(v);
    }
    /** The secret-looking variables of an environment, and the files some of them point at. */
    static fromEnvironment(env, extra = []) {
        const scrubber = new Scrubber(extra);
        scrubber.addEnvironment(env);
        return scrubber;
    }
    addEnvironment(env) {
        for (const value of secretEnvironmentValues(env))
            this.add(value);
        for (const name of SECRET_FILE_VARIABLES)
            this.addFileContents(env[name]);
    }
    /** A secret kept in a file (the web identity token): its current contents. */
    addFileContents(file) {
        if (!file || !(0,external_node_fs_.existsSync)(file))
            return;
        try {
            if ((0,external_node_fs_.statSync)(file).size <= MAX_SECRET_FILE_BYTES)
                this.add((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch {
            /* unreadable now; read again at the next stage */
        }
    }
    /** A secret and its encoded forms; a multi-line secret also line by line. */
    add(value) {
        if (!value)
            return;
        const forms = new Set();
        const whole = value.trim();
        const parts = [whole, whole.replace(/[\r\n]+/g, ''), ...whole.split(/\r?\n|\r/).map((l) => l.trim())];
        for (const part of parts) {
            if (part.length < MIN_SECRET_LENGTH)
                continue;
            for (const encode of ENCODERS)
                for (const form of encode(part))
                    forms.add(form);
        }
        let added = false;
        for (const form of forms) {
            // forms with line breaks (e.g. the raw multi-line value) match through their joined form
            if (form.length < MIN_SECRET_LENGTH || LINE_BREAK.test(form) || this.secrets.has(form))
                continue;
            this.secrets.add(form);
            added = true;
        }
        if (!added)
            return;
        this.sorted = [...this.secrets].sort((a, b) => b.length - a.length);
        this.byFirstCharacter = new Map();
        for (const s of this.sorted)
            this.byFirstCharacter.set(s[0], [...(this.byFirstCharacter.get(s[0]) ?? []), s]);
    }
    get values() {
        return [...this.secrets];
    }
    /** the longest registered form: how far back a stream must look */
    get window() {
        return this.sorted[0]?.length ?? 0;
    }
    scrub(text) {
        return text ? applyMask(text, this.ranges(text)) : text;
    }
    /** Every string inside a JSON-like value (records, results), scrubbed. */
    scrubDeep(value) {
        if (typeof value === 'string')
            return this.scrub(value);
        if (Array.isArray(value))
            return value.map((v) => this.scrubDeep(v));
        if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.scrubDeep(v)]));
        }
        return value;
    }
    /**
     * Where the tail of a text could still become a secret once more text arrives: the earliest
     * position from which the rest (line breaks ignored) is the start of some registered form.
     */
    pendingFrom(text) {
        const positions = [];
        for (let i = text.length - 1; i >= 0 && positions.length < this.window; i--) {
            if (text[i] !== '\n' && text[i] !== '\r')
                positions.push(i);
        }
        positions.reverse();
        const tail = positions.map((i) => text[i]).join('');
        for (let j = 0; j < tail.length; j++) {
            const rest = tail.slice(j);
            const candidates = this.byFirstCharacter.get(rest[0]) ?? [];
            if (candidates.some((s) => s.length > rest.length && s.startsWith(rest)))
                return positions[j];
        }
        return text.length;
    }
    /** Masked ranges of a text (see maskedRanges). */
    ranges(text) {
        return this.sorted.length === 0 ? [] : maskedRanges(text, this.sorted);
    }
}
/**
 * Scrubs a stream: a secret split across chunks or lines is still caught. Only what could be
 * the start of a secret is held back (at most the longest secret's length); the rest goes on.
 */
class StreamScrubber {
    scrubber;
    emit;
    pending = '';
    constructor(scrubber, emit) {
        this.scrubber = scrubber;
        this.emit = emit;
    }
    write(chunk) {
        this.pending += chunk;
        const ranges = this.scrubber.ranges(this.pending);
        let cut = this.scrubber.pendingFrom(this.pending);
        // a secret found whole goes out masked whole, never cut in two
        for (const [start, end] of ranges)
            if (start < cut && cut < end)
                cut = end;
        const ready = ranges.filter(([, end]) => end <= cut);
        if (cut === 0)
            return;
        this.emit(applyMask(this.pending.slice(0, cut), ready));
        this.pending = this.pending.slice(cut);
    }
    end() {
        if (this.pending)
            this.emit(this.scrubber.scrub(this.pending));
        this.pending = '';
    }
}

// EXTERNAL MODULE: ./src/lifecycle/schedule.ts
var lifecycle_schedule = __webpack_require__(3147);
;// CONCATENATED MODULE: ./src/lifecycle/retry.ts
const DEFAULT_RETRY = { retries: 2, delaySeconds: 30 };
/** Before retry n (1-based): delay × 2^(n-1) × a factor in [0.5, 1.5). */
const retryDelayMs = (settings, retry, random = Math.random) => settings.delaySeconds * 1000 * 2 ** (retry - 1) * (0.5 + random());
/**
 * Only transient infrastructure failures: denied credentials or a runner without Docker fail the
 * same way again. Stage 2 is isolated (its failure never changes the status): it is not retried.
 */
const isRetryable = (failed, definition) => failed.failureClass === 'infrastructure' && failed.transient === true && definition.isStage2 !== true;

;// CONCATENATED MODULE: ./src/lifecycle/engine.ts












/**
 * Never handed to a stage: the GitHub token, the runner's own credentials (ACTIONS_*), our
 * inputs and state, and the runner's command files — a stage must not set outputs, state,
 * environment, PATH or the summary of the step.
 */
const WITHHELD_ENV = [
    /^GITHUB_TOKEN$/,
    /^GH_TOKEN$/,
    /^ACTIONS_/,
    /^INPUT_/,
    /^STATE_/,
    /^GITHUB_(STATE|OUTPUT|ENV|PATH|STEP_SUMMARY)$/,
];
const ERROR_TAIL = 500;
const round1 = (n) => Math.round(n * 10) / 10;
/** The runner's environment without what a stage must never see, plus CI=true. */
function withheldEnvironment(baseEnv) {
    const env = {};
    for (const [key, value] of Object.entries(baseEnv)) {
        if (!WITHHELD_ENV.some((p) => p.test(key)))
            env[key] = value;
    }
    return { ...env, CI: 'true' };
}
function stageEnvironment(options, stage) {
    const { entry } = options;
    return {
        ...withheldEnvironment(options.baseEnv),
        AWS_REGION: entry.params.region,
        MCC_E2E_RUN_ID: options.runId,
        MCC_E2E_CONFIG_ID: entry.configId,
        MCC_E2E_CATALOG_ID: entry.id,
        ...options.stageEnv,
        ...entry.env,
        ...(stage.definition.isStage2 ? options.benchmarkEnv : {}),
    };
}
function describeFailure(stage, outcome, stop, budget) {
    if (outcome.aborted)
        return stop === 'budget'
            ? `Stopped: ${budget?.description ?? 'the job budget'} leaves only the time clean and the post step need`
            : 'Cancelled: the run was stopped while this stage ran';
    if (outcome.timedOut)
        return `Timeout after ${stage.timeoutSeconds}s`;
    if (outcome.spawnError) {
        return stage.name === 'generate'
            ? `The generator could not be started (${outcome.spawnError})`
            : `Missing script: ${outcome.spawnError} in the generated project`;
    }
    // MCC's scripts print their errors on stdout: without stderr, the end of the output says why
    const tail = (outcome.stderrTail.trim() || outcome.outputTail.trim()).slice(-ERROR_TAIL);
    const meaning = exitCodeMeaning(stage.name, outcome.exitCode);
    const cause = outcome.exitCode !== null
        ? `Exit ${outcome.exitCode}${meaning ? ` (${meaning})` : ''}`
        : `Killed by ${outcome.signal}`;
    return tail ? `${cause}: ${tail}` : `${cause}, with no output — see the stage log`;
}
/** Why a stage does not run after a stop (cancel or budget); clean runs unless the post step does it. */
function stopSkipReason(stage, stop, options) {
    if (!stop)
        return undefined;
    if (stage.definition.isTeardown)
        return stop === 'cancel' && !options.cleanAfterCancel
            ? 'left to the post step after cancellation'
            : undefined;
    return stop === 'budget'
        ? `skipped: ${options.budget?.description ?? 'the job budget'} leaves only the time clean needs`
        : 'skipped: the run was cancelled';
}
function errorMessageOf(final, records, stop, budget) {
    const first = final.firstFailure ? records.find((r) => r.name === final.firstFailure)?.error : undefined;
    if (first)
        return first;
    if (final.status !== 'cancelled')
        return '';
    return stop === 'budget'
        ? `Stopped between stages: ${budget?.description ?? 'the job budget'} leaves only the time clean needs`
        : 'Cancelled between stages';
}
/** A stage's log, relative to the run's artifact directory: a retry or a clean between attempts has its own. */
const logOf = (stage, attempt, purpose) => (0,external_node_path_.join)('logs', `${String(stage.position).padStart(2, '0')}-${stage.name}${purpose ? `.${purpose}` : ''}${attempt > 1 || purpose ? `.${attempt}` : ''}.log`);
const phaseOf = (r) => ({
    status: r.status,
    durationSeconds: r.durationSeconds,
    exitCode: r.exitCode,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
});
/** One row per stage: a submitted and awaited tune spans from its submit to the end of its wait. */
function stageRecord(steps) {
    const [first, second] = steps;
    if (!first)
        throw new Error('a stage without steps');
    // a submit not yet awaited: the row says so, so that a killed main's post step knows the job runs
    if (!second)
        return first.phase === 'submit'
            ? { ...first.record, phases: { submit: phaseOf(first.record) } }
            : first.record;
    const submit = first.record;
    const wait = second.record;
    const decisive = submit.status === 'fail' ? submit : wait;
    const ran = wait.status === 'skip' ? submit : wait;
    return {
        ...decisive,
        status: submit.status === 'fail' ? 'fail' : wait.status,
        startedAt: submit.startedAt,
        endedAt: ran.endedAt,
        durationSeconds: round1((Date.parse(ran.endedAt) - Date.parse(submit.startedAt)) / 1000),
        exitCode: ran.exitCode,
        log: submit.log ?? wait.log,
        phases: { submit: phaseOf(submit), wait: phaseOf(wait) },
    };
}
/** Endpoint time: the wall time from the start of deploy to the end of the last stage (clean). */
function endpointTimes(stages, records) {
    const deploy = records.find((r) => r.name === 'deploy' && r.status !== 'skip');
    if (!deploy)
        return { endpointSeconds: 0, idleEndpointSeconds: 0 };
    const from = Date.parse(deploy.startedAt);
    const ran = records.filter((r) => r.status !== 'skip' && Date.parse(r.endedAt) > from);
    const to = Math.max(...ran.map((r) => Date.parse(r.endedAt)));
    const usesEndpoint = (name) => stages.find((s) => s.name === name)?.definition.usesEndpoint;
    const busy = ran
        .filter((r) => usesEndpoint(r.name) && Date.parse(r.startedAt) >= from)
        .reduce((sum, r) => sum + (Date.parse(r.endedAt) - Date.parse(r.startedAt)), 0);
    return {
        endpointSeconds: round1((to - from) / 1000),
        idleEndpointSeconds: round1(Math.max(0, to - from - busy) / 1000),
    };
}
/** What names a run's result, known before it starts. */
function resultIdentity(entry, run) {
    return {
        schemaVersion: 1,
        runId: run.runId,
        ...(run.runUrl ? { runUrl: run.runUrl } : {}),
        projectName: run.projectName,
        projectDir: run.projectDir,
        catalogId: entry.id,
        tier: entry.tier,
        configId: entry.configId,
        ...entry.params,
        args: entry.argv,
    };
}
async function runLifecycle(options) {
    const clock = options.clock ?? (() => new Date());
    const { entry } = options;
    const schedule = (0,resolve/* scheduleOf */.rH)(entry, options);
    const stages = (0,resolve/* resolveStages */.iM)(entry, {
        generator: options.generator,
        projectName: options.projectName,
        cleanTimeoutSeconds: options.cleanTimeoutSeconds,
        benchmarkWorkload: options.benchmarkWorkload,
        stageCommands: options.stageCommands,
        schedule,
    });
    const projectDir = (0,external_node_path_.join)(options.workspace, options.projectName);
    const scrubber = options.scrubber ?? new Scrubber();
    scrubber.addEnvironment({ ...options.baseEnv, ...options.stageEnv });
    for (const secret of options.secrets ?? [])
        scrubber.add(secret);
    (0,external_node_fs_.mkdirSync)(options.logsDir, { recursive: true });
    (0,external_node_fs_.mkdirSync)(options.workspace, { recursive: true });
    options.hooks?.onPlan?.(stages);
    const startedAt = clock();
    /** per step, in run order: what the policy reads */
    const outcomes = [];
    /** per lifecycle position: the steps of that stage */
    const byPosition = new Map();
    const settle = (stage, record) => {
        outcomes.push(record);
        byPosition.set(stage.position, [
            ...(byPosition.get(stage.position) ?? []),
            { phase: stage.phase, record },
        ]);
        options.hooks?.onStageEnd?.(record, stage);
    };
    let deployHold = options.deployHold;
    // one signal for the Stage 1 stages: a cancel or the end of the job budget, whichever is first
    const stopper = new AbortController();
    let stop;
    const stopFor = (reason) => () => {
        stop ??= reason;
        stopper.abort();
    };
    const onCancel = stopFor('cancel');
    options.signal?.addEventListener('abort', onCancel, { once: true });
    if (options.signal?.aborted)
        onCancel();
    const budgetTimer = options.budget
        ? setTimeout(stopFor('budget'), Math.max(0, options.budget.stopAt.getTime() - Date.now()))
        : undefined;
    // clean is never cut by the budget it was kept time for; a cancel stops it only in the action
    const teardownSignal = options.cleanAfterCancel ? undefined : options.signal;
    const teardown = stages.find((s) => s.definition.isTeardown);
    let slot;
    let deferral;
    let waitedSeconds;
    let endpointStagesStarted = false;
    const releaseSlot = async () => {
        if (!slot)
            return;
        await slot.release();
        slot = undefined;
        options.hooks?.onSlot?.(undefined);
    };
    /** Waits for the leg's endpoint slot; the reason the stage does not run, if it does not. */
    const takeSlot = async (stage) => {
        if (!options.admission)
            return undefined;
        const admission = await options.admission(stopper.signal, (line) => options.hooks?.onWaiting?.(line));
        waitedSeconds = admission.admitted ? admission.slot.waitedSeconds : admission.waitedSeconds;
        if (admission.admitted) {
            slot = admission.slot;
            if (slot.lease)
                options.hooks?.onSlot?.(slot.lease);
            return undefined;
        }
        if (admission.cancelled && stop !== 'budget')
            return stopSkipReason(stage, stop, options);
        deferral = admission.cancelled
            ? `no ${entry.params.instanceType} slot within ${options.budget?.description ?? 'the job budget'}`
            : admission.reason;
        return `deferred: ${deferral}`;
    };
    for (const [index, stage] of stages.entries()) {
        if (deployHold && stage.name === 'deploy' && !stop && !skipReason(stages, outcomes, index)) {
            const secondsLeft = options.budget && (options.budget.stopAt.getTime() - clock().getTime()) / 1000;
            deployHold = (0,lifecycle_schedule/* holdWithin */.bI)(deployHold, secondsLeft);
            await (0,promises_.setTimeout)(deployHold.seconds * 1000, undefined, { signal: stopper.signal }).catch(() => undefined);
        }
        if (options.budget && !stop && clock() >= options.budget.stopAt)
            stopFor('budget')();
        let reason = (deferral && !stage.definition.isTeardown ? `deferred: ${deferral}` : undefined) ??
            stopSkipReason(stage, stop, options) ??
            skipReason(stages, outcomes, index);
        if (!reason && stage.definition.needsSlot && !slot)
            reason = await takeSlot(stage);
        if (reason) {
            const submitted = stage.phase === 'wait' && byPosition.get(stage.position)?.[0]?.record.status === 'pass';
            if (submitted && entry.tuneConfig) {
                const stopped = await options.tuneJobs
                    ?.stop({ projectDir, technique: entry.tuneConfig.technique, region: entry.params.region })
                    .catch((e) => `the submitted tune job was not stopped (${e.message}): it runs on until it ends`);
                reason = `${reason}; ${stopped ?? 'the submitted tune job runs on until it ends'}`;
            }
            const now = clock().toISOString();
            settle(stage, {
                name: stage.name,
                status: 'skip',
                durationSeconds: 0,
                exitCode: null,
                startedAt: now,
                endedAt: now,
                error: reason,
            });
            continue;
        }
        options.hooks?.onStageStart?.(stage, index, logOf(stage, 1));
        if (stage.definition.needsSlot)
            endpointStagesStarted = true;
        let record = await execute(stage, 1);
        const earlier = [];
        while (record.status === 'fail' &&
            !stop &&
            earlier.length < (options.retry?.retries ?? 0) &&
            isRetryable(record, stage.definition) &&
            // what a failed attempt left in SageMaker is cleaned first; without clean, no retry
            (!endpointStagesStarted || stage.definition.isTeardown || teardown !== undefined)) {
            const delaySeconds = retryDelayMs(options.retry, earlier.length + 1) / 1000;
            options.hooks?.onRetry?.(record, delaySeconds);
            if (endpointStagesStarted && teardown && !stage.definition.isTeardown) {
                record.cleanup = await execute(teardown, earlier.length + 1, `after-${stage.name}`);
                if (record.cleanup.status !== 'pass') {
                    if ((await options.leftoverCheck?.(options.projectName))?.status !== 'clear')
                        break;
                    // it failed only on leftovers it then deleted through the API: nothing is left, it did its job
                    record.cleanup = { ...record.cleanup, status: 'pass', note: record.cleanup.error, error: '' };
                }
            }
            await (0,promises_.setTimeout)(delaySeconds * 1000, undefined, { signal: stopper.signal }).catch(() => undefined);
            if (stop)
                break;
            earlier.push(record);
            record = await execute(stage, earlier.length + 1);
        }
        if (earlier.length > 0)
            record.earlierAttempts = earlier;
        if (stage.definition.isTune && entry.tuneConfig) {
            const job = { projectDir, technique: entry.tuneConfig.technique, region: entry.params.region };
            if (record.status === 'pass' && stage.phase !== 'submit') {
                const jobSeconds = await options.tuneJobs?.seconds?.(job).catch(() => undefined);
                if (jobSeconds !== undefined)
                    record.jobSeconds = jobSeconds;
            }
            // do/tune stopped at its timeout (or a cancel) leaves its job training, billed: stop it too
            if (record.failureClass === 'timeout' || record.failureClass === 'cancelled') {
                const stopped = await options.tuneJobs
                    ?.stop(job)
                    .catch((e) => `the tune job was not stopped: ${e.message}`);
                if (stopped)
                    record.error = `${record.error}; ${stopped}`;
            }
        }
        settle(stage, record);
        if (stage.definition.isTeardown)
            await releaseSlot();
    }
    // clean left to the post step: the slot stays held (and renewed) until it ran, or expires
    if (!(stop === 'cancel' && !options.cleanAfterCancel))
        await releaseSlot();
    clearTimeout(budgetTimer);
    options.signal?.removeEventListener('abort', onCancel);
    return finish();
    /** One attempt of a stage; the phases of a stage share its log, a retry or a clean between attempts has its own. */
    async function execute(stage, attempt, purpose) {
        const log = logOf(stage, attempt, purpose);
        const env = stageEnvironment(options, stage);
        // the web identity token file may have been refreshed since the last stage
        scrubber.addEnvironment(env);
        const outcome = await options.executor.run(stage, {
            cwd: stage.cwd === 'workspace' ? options.workspace : projectDir,
            env,
            logFile: (0,external_node_path_.join)(options.logsDir, log.slice('logs/'.length)),
            scrubber,
            killGraceSeconds: options.killGraceSeconds ?? resolve/* DEFAULT_KILL_GRACE_SECONDS */.aN,
            onOutput: options.hooks?.onStageOutput
                ? (text) => options.hooks?.onStageOutput?.(stage, text)
                : undefined,
            onSpawn: (pid) => options.hooks?.onStageProcess?.(stage, pid),
            signal: stage.definition.isTeardown ? teardownSignal : stopper.signal,
        });
        // MCC's do/clean with nothing deployed: a pass once SageMaker confirms it
        const nothingDeployed = stage.definition.isTeardown && saysNothingDeployed(outcome)
            ? judgeNothingDeployed(options.projectName, (await options.leftoverCheck?.(options.projectName)) ?? {
                status: 'unchecked',
                why: 'SageMaker not checked',
            })
            : undefined;
        const passed = nothingDeployed?.passed ?? (outcome.exitCode === 0 && !outcome.timedOut && !outcome.aborted);
        const record = {
            name: stage.name,
            status: passed ? 'pass' : 'fail',
            durationSeconds: round1((outcome.endedAt.getTime() - outcome.startedAt.getTime()) / 1000),
            exitCode: outcome.exitCode,
            startedAt: outcome.startedAt.toISOString(),
            endedAt: outcome.endedAt.toISOString(),
            error: passed
                ? ''
                : scrubber.scrub(nothingDeployed?.text ?? describeFailure(stage, outcome, stop, options.budget)),
            ...(passed && nothingDeployed ? { note: nothingDeployed.text } : {}),
            log,
        };
        if (!passed) {
            const pattern = (0,failure_class/* failurePattern */.lI)({
                stage: stage.name,
                exitCode: outcome.exitCode,
                text: outcome.outputTail,
                timedOut: outcome.timedOut,
                aborted: outcome.aborted,
            });
            record.failureClass = pattern?.failureClass ?? 'product';
            if (pattern?.transient)
                record.transient = true;
            const remedy = remedyFor({
                stage: stage.name,
                exitCode: outcome.exitCode,
                outputTail: outcome.outputTail,
                timedOut: outcome.timedOut,
                missingScript: outcome.spawnError !== undefined || outcome.exitCode === 127,
                timeoutSeconds: stage.timeoutSeconds,
                instanceType: entry.params.instanceType,
                region: entry.params.region,
                hfTokenSecretId: options.hfTokenSecretId,
            });
            if (remedy)
                record.remedy = remedy;
        }
        if (options.retry)
            record.attempt = attempt;
        return record;
    }
    function finish() {
        const endedAt = clock();
        const records = [...byPosition.entries()]
            .sort(([a], [b]) => a - b)
            .map(([, steps]) => stageRecord(steps));
        const final = deferral
            ? { status: 'deferred', cleanFailed: records.some((r) => r.status === 'fail') }
            : finalStatus(stages, records, stop !== undefined);
        const { endpointSeconds, idleEndpointSeconds } = endpointTimes(stages, records);
        const result = {
            ...resultIdentity(entry, { ...options, projectDir }),
            status: final.status,
            ...(final.failureClass ? { failureClass: final.failureClass } : {}),
            cleanFailed: final.cleanFailed,
            cancelled: final.status === 'cancelled',
            errorMessage: deferral ?? errorMessageOf(final, records, stop, options.budget),
            stages: records,
            startedAt: startedAt.toISOString(),
            endedAt: endedAt.toISOString(),
            durationSeconds: round1((endedAt.getTime() - startedAt.getTime()) / 1000),
            schedule,
            endpointSeconds,
            idleEndpointSeconds,
            ...(deployHold ? { deployHold } : {}),
            ...(waitedSeconds !== undefined ? { waitedSeconds } : {}),
        };
        if (options.pricePerHour !== undefined) {
            result.estimatedCostUsd = Math.round(options.pricePerHour * (endpointSeconds / 3600) * 10000) / 10000;
        }
        return result;
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var credentials = __webpack_require__(6963);
;// CONCATENATED MODULE: ./src/aws/tune-jobs.ts





/** A value MCC's do/tune wrote into do/config (`export NAME="value"`; the last line wins). */
function doConfigValue(projectDir, name) {
    const file = (0,external_node_path_.join)(projectDir, 'do', 'config');
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const pattern = new RegExp(`^export ${name}="?([^"\\n]*)"?\\s*$`, 'gm');
    const values = [...(0,external_node_fs_.readFileSync)(file, 'utf8').matchAll(pattern)].map((m) => m[1]);
    return values[values.length - 1] || undefined;
}
/**
 * MCC's scripts have no way to stop a tune job (do/tune's own Ctrl-C leaves it running, do/clean
 * does not touch it), so a job whose wait will not run is stopped through the SageMaker API:
 * the managed fine-tuning job is a training job named in do/config as TUNE_JOB_NAME_<TECHNIQUE>.
 */
const jobVariable = (technique) => `TUNE_JOB_NAME_${technique.toUpperCase()}`;
/**
 * The job's own time, creation to end (queueing and provisioning included: what the leg waits
 * for after the submit). Its do/tune wait polls once a minute and, when the job ended before the
 * wait began, returns at once, so neither span says when the job really ended.
 */
async function jobSeconds({ projectDir, technique, region }) {
    const name = doConfigValue(projectDir, jobVariable(technique));
    if (!name || !(0,credentials/* awsCredentialsLikely */.i)())
        return undefined;
    const client = (0,clients.sageMakerClient)(region);
    try {
        const job = await client.send(new dist_cjs/* DescribeTrainingJobCommand */.Sjt({ TrainingJobName: name }));
        if (!job.CreationTime || !job.TrainingEndTime)
            return undefined;
        return Math.round((job.TrainingEndTime.getTime() - job.CreationTime.getTime()) / 100) / 10;
    }
    catch {
        return undefined; // not a training job we can see: the row's own duration stands
    }
    finally {
        client.destroy();
    }
}
const runsOn = (name, region, why) => `tune job ${name} could not be stopped (${why}): it runs on until it ends, billed for its training instances outside this run's estimate — stop it with: aws sagemaker stop-training-job --training-job-name ${name} --region ${region}`;
const sageMakerTuneJobs = {
    seconds: jobSeconds,
    async stop({ projectDir, technique, region }) {
        const variable = jobVariable(technique);
        const name = doConfigValue(projectDir, variable);
        if (!name)
            return undefined; // nothing was submitted
        if (!(0,credentials/* awsCredentialsLikely */.i)())
            return runsOn(name, region, 'no AWS credentials to ask SageMaker with');
        const client = (0,clients.sageMakerClient)(region);
        try {
            await client.send(new dist_cjs/* StopTrainingJobCommand */.JxN({ TrainingJobName: name }));
            return `tune job ${name} stopped`;
        }
        catch (error) {
            const e = error;
            return runsOn(name, region, `${e.name}: ${e.message.split('\n')[0]}`);
        }
        finally {
            client.destroy();
        }
    },
};

// EXTERNAL MODULE: ./src/lifecycle/stages.ts
var stages = __webpack_require__(1533);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/lifecycle/interpreter.ts


/** What starts a file the kernel can exec itself: a `#!` line, or an ELF binary. */
const EXECUTABLE_MAGIC = ['#!', '\x7fELF'];
/**
 * The argv to spawn for a stage. A script without a `#!` line (MCC 1.6.0's do/benchmark) cannot
 * be exec'd: the kernel refuses it and the C library falls back to /bin/sh, which is not bash on
 * Debian (`set -o pipefail` fails, exit 2). MCC's do/ scripts are bash, so such a script runs
 * with bash — still an argv array, never a shell string. Anything else is left as it is.
 */
function withInterpreter(argv, cwd) {
    const [command] = argv;
    if (command === undefined || !command.includes('/'))
        return [...argv];
    const head = Buffer.alloc(4);
    let length;
    try {
        const fd = (0,external_node_fs_.openSync)((0,external_node_path_.resolve)(cwd, command), 'r');
        try {
            length = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return [...argv]; // missing or unreadable: spawn reports it as for any command
    }
    const start = head.subarray(0, length).toString('latin1');
    return EXECUTABLE_MAGIC.some((magic) => start.startsWith(magic)) ? [...argv] : ['bash', ...argv];
}

;// CONCATENATED MODULE: ./src/lifecycle/process.ts





const TAIL_KEEP = 8192;
/** after a normal exit, leftovers of the group get this long to go after SIGTERM */
const LEFTOVER_GRACE_MS = 2000;
/** a cancelled run must stop fast: GitHub gives the main step ~10 s after SIGINT */
const ABORT_GRACE_MS = 3000;
function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
        return true;
    }
    catch {
        return false;
    }
}
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
    }
    catch {
        /* the group is already gone */
    }
}
/** SIGTERM the group, wait up to the grace period for it to go, then SIGKILL what is left. */
async function terminateGroup(pgid, graceMs) {
    if (!groupAlive(pgid))
        return;
    signalGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && groupAlive(pgid))
        await (0,promises_.setTimeout)(50);
    if (!groupAlive(pgid))
        return;
    signalGroup(pgid, 'SIGKILL');
    const killDeadline = Date.now() + 5000;
    while (Date.now() < killDeadline && groupAlive(pgid))
        await (0,promises_.setTimeout)(20);
}
async function runProcess(spec) {
    const startedAt = new Date();
    const log = (0,external_node_fs_.createWriteStream)(spec.logFile, { flags: 'a' });
    let outputTail = '';
    const toLog = new StreamScrubber(spec.scrubber, (text) => {
        log.write(text);
        outputTail = (outputTail + text).slice(-TAIL_KEEP);
        spec.onOutput?.(text);
    });
    let stderrTail = '';
    const stderrLines = new StreamScrubber(spec.scrubber, (text) => {
        stderrTail = (stderrTail + text).slice(-TAIL_KEEP);
    });
    const [command, ...args] = withInterpreter(spec.argv, spec.cwd);
    const child = (0,external_node_child_process_.spawn)(command, args, {
        cwd: spec.cwd,
        env: spec.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
    });
    if (child.pid)
        spec.onSpawn?.(child.pid);
    const closed = new Promise((r) => child.once('close', r));
    let spawnError;
    let timedOut = false;
    let aborted = false;
    let stopping;
    const stop = (graceMs) => (stopping ??= child.pid ? terminateGroup(child.pid, graceMs) : Promise.resolve());
    child.stdout.setEncoding('utf8').on('data', (d) => toLog.write(d));
    child.stderr.setEncoding('utf8').on('data', (d) => {
        toLog.write(d);
        stderrLines.write(d);
    });
    const timer = setTimeout(() => {
        timedOut = true;
        void stop(spec.killGraceSeconds * 1000);
    }, spec.timeoutSeconds * 1000);
    const onAbort = () => {
        aborted = true;
        void stop(Math.min(ABORT_GRACE_MS, spec.killGraceSeconds * 1000));
    };
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    if (spec.signal?.aborted)
        onAbort();
    const exit = await new Promise((resolve) => {
        child.once('error', (error) => {
            spawnError = error.code === 'ENOENT' ? `${command}: not found` : `${command}: ${error.message}`;
            resolve({ code: null, signal: null });
        });
        child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    clearTimeout(timer);
    spec.signal?.removeEventListener('abort', onAbort);
    // the stage is over: nothing it started may outlive it
    if (stopping)
        await stopping;
    else if (child.pid)
        await terminateGroup(child.pid, LEFTOVER_GRACE_MS);
    // a process that escaped the group may still hold the pipes: do not wait for it forever
    await Promise.race([closed, (0,promises_.setTimeout)(1000)]);
    toLog.end();
    stderrLines.end();
    await new Promise((r) => log.end(r));
    return {
        exitCode: exit.code,
        signal: exit.signal,
        timedOut,
        aborted,
        spawnError,
        stderrTail,
        outputTail,
        startedAt,
        endedAt: new Date(),
    };
}

;// CONCATENATED MODULE: ./src/lifecycle/process-executor.ts

/** The real executor: each stage is a process (see process.ts). */
const processExecutor = {
    run: (stage, io) => runProcess({
        argv: stage.argv,
        cwd: io.cwd,
        env: io.env,
        timeoutSeconds: stage.timeoutSeconds,
        killGraceSeconds: io.killGraceSeconds,
        logFile: io.logFile,
        scrubber: io.scrubber,
        onOutput: io.onOutput,
        onSpawn: io.onSpawn,
        signal: io.signal,
    }),
};

;// CONCATENATED MODULE: ./src/results/write-result.ts
const describe = (error) => error instanceof Error ? `${error.name}: ${error.message}` : String(error);
/**
 * The end of a run: the record and history (the store), then result.json, summary.md and the
 * logs (the artifacts). Each is written whatever happened to the other; a failure is named, so
 * the step can fail loudly without losing what could be written.
 */
async function writeRunResult(result, summaryMarkdown, sinks) {
    const outcome = { written: false, problems: [] };
    try {
        Object.assign(outcome, await sinks.store.finishRun(result));
    }
    catch (error) {
        outcome.problems.push(`the record and history of ${result.catalogId} could not be written to ${sinks.store.description} (${describe(error)})`);
    }
    try {
        await sinks.artifacts.writeRunArtifacts(result, summaryMarkdown);
    }
    catch (error) {
        outcome.problems.push(`result.json and summary.md of ${result.catalogId} could not be written (${describe(error)})`);
    }
    return outcome;
}

;// CONCATENATED MODULE: ./src/benchmark/workload.ts
/** Requests per concurrency level when a profile does not say (04-benchmark.md). */
const DEFAULT_REQUEST_COUNT = 100;
const DEFAULT_WORKLOAD = 'sample';
const WORKLOADS_FILE = 'catalog/workloads.json';
/** The profile as the environment of `./do/benchmark --workload <name>`. */
function benchmarkEnv(workload) {
    return {
        BENCHMARK_CONCURRENCY_LEVELS: workload.concurrency_levels.join(','),
        BENCHMARK_INPUT_TOKENS_MEAN: String(workload.input_tokens_mean),
        BENCHMARK_OUTPUT_TOKENS_MEAN: String(workload.output_tokens_mean),
        BENCHMARK_STREAMING: workload.streaming ? 'true' : 'false',
        BENCHMARK_REQUEST_COUNT: String(workload.request_count ?? DEFAULT_REQUEST_COUNT),
    };
}
const BENCHMARK_INPUTS = ['auto', 'true', 'false'];
/** A configuration mistake (bad input, unknown workload): the run should stop before deploying. */
class BenchmarkConfigError extends Error {
    name = 'BenchmarkConfigError';
}
/** Who opted the config in, first match wins; input `false` overrides them all. */
const OPT_INS = [
    { applies: (o) => o.input === 'true', reason: 'the benchmark input is true' },
    { applies: (o) => o.entry.benchmark !== undefined, reason: 'the catalog entry has a benchmark block' },
    { applies: (o) => o.recordBenchmarkEnabled === true, reason: 'the record has benchmarkEnabled' },
];
/**
 * Whether Stage 2 runs for this config and with which workload. The workload is the input's,
 * else the entry's, else the record's, else `sample`; an unknown one throws BenchmarkConfigError.
 */
function resolveBenchmark(options) {
    const { input, entry, workloads } = options;
    if (!BENCHMARK_INPUTS.includes(input)) {
        throw new BenchmarkConfigError(`the benchmark input is "${input}" — use one of ${BENCHMARK_INPUTS.join(', ')}`);
    }
    if (input === 'false')
        return { enabled: false, reason: 'disabled: the benchmark input is false' };
    const optIn = OPT_INS.find((o) => o.applies(options));
    if (!optIn) {
        return {
            enabled: false,
            reason: `not opted in: ${entry.id} has no benchmark block, its record no benchmarkEnabled, and the benchmark input is auto`,
        };
    }
    const given = options.workloadInput?.trim();
    const workload = (given ? given : undefined) ?? entry.benchmark?.workload ?? options.recordWorkload ?? DEFAULT_WORKLOAD;
    if (!Object.hasOwn(workloads, workload)) {
        const known = Object.keys(workloads).sort();
        throw new BenchmarkConfigError(`unknown benchmark workload "${workload}" for ${entry.id} — use one defined in ${options.workloadsFile ?? WORKLOADS_FILE} (${known.join(', ') || 'none defined'})`);
    }
    return { enabled: true, workload, reason: `enabled: ${optIn.reason}; workload ${workload}` };
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/benchmark/metrics.ts
/**
 * The per-level metrics of 04-benchmark.md, computed from AIPerf's per-request records.
 * Memory per record is one number per metric (plain arrays), so 100,000 records stay cheap.
 */
/** AIPerf's per-request metric names that the table is built from. */
const AIPERF_METRICS = [
    'request_latency',
    'time_to_first_token',
    'inter_token_latency',
    'time_to_second_token',
    'output_token_count',
    'input_sequence_length',
    'prefill_throughput_per_user',
    'output_token_throughput_per_user',
];
/** These are durations: converted to milliseconds from whatever unit the record states. */
const TIME_METRICS = new Set([
    'request_latency',
    'time_to_first_token',
    'inter_token_latency',
    'time_to_second_token',
]);
/** Distribution columns as data: [column, AIPerf metric, statistic]. */
const DISTRIBUTION_COLUMNS = [
    ['ttft_avg_ms', 'time_to_first_token', 'avg'],
    ['ttft_p50_ms', 'time_to_first_token', 'p50'],
    ['ttft_p90_ms', 'time_to_first_token', 'p90'],
    ['ttft_p99_ms', 'time_to_first_token', 'p99'],
    ['itl_avg_ms', 'inter_token_latency', 'avg'],
    ['itl_p50_ms', 'inter_token_latency', 'p50'],
    ['itl_p90_ms', 'inter_token_latency', 'p90'],
    ['itl_p99_ms', 'inter_token_latency', 'p99'],
    ['e2e_latency_avg_ms', 'request_latency', 'avg'],
    ['e2e_latency_p50_ms', 'request_latency', 'p50'],
    ['e2e_latency_p90_ms', 'request_latency', 'p90'],
    ['e2e_latency_p99_ms', 'request_latency', 'p99'],
    ['prefill_tps_avg', 'prefill_throughput_per_user', 'avg'],
    ['prefill_tps_p50', 'prefill_throughput_per_user', 'p50'],
    ['output_token_tps_avg', 'output_token_throughput_per_user', 'avg'],
    ['output_token_tps_p50', 'output_token_throughput_per_user', 'p50'],
    ['output_token_tps_p90', 'output_token_throughput_per_user', 'p90'],
    ['ttst_p50_ms', 'time_to_second_token', 'p50'],
    ['ttst_p90_ms', 'time_to_second_token', 'p90'],
    ['output_sequence_length_avg', 'output_token_count', 'avg'],
    ['input_sequence_length_avg', 'input_sequence_length', 'avg'],
];
/** Every column of src/benchmark/columns.ts that comes from the measurements. */
const METRIC_COLUMNS = [
    'duration_seconds',
    'request_throughput_rps',
    'total_token_throughput_tps',
    'output_token_throughput_tps',
    'request_count',
    ...DISTRIBUTION_COLUMNS.map(([column]) => column),
    'error_rate',
    'cost_per_1m_tokens',
    'benchmark_duration_sec',
];
/** Linear interpolation at index p/100 × (n−1) over ascending values; null for none. */
function percentile(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return null;
    const index = (p / 100) * (n - 1);
    const lo = Math.floor(index);
    const hi = Math.ceil(index);
    const a = sorted[lo];
    return a + (sorted[hi] - a) * (index - lo);
}
function statistic(sorted, stat) {
    if (stat !== 'avg')
        return percentile(sorted, Number(stat.slice(1)));
    if (sorted.length === 0)
        return null;
    let sum = 0;
    for (const v of sorted)
        sum += v;
    return sum / sorted.length;
}
const sumOf = (values) => values.reduce((s, v) => s + v, 0);
/** The records of one concurrency level, accumulated one at a time (the parser streams). */
class LevelSamples {
    concurrency;
    requests = 0;
    errors = 0;
    minStartNs = Infinity;
    maxEndNs = -Infinity;
    values = Object.fromEntries(AIPERF_METRICS.map((m) => [m, []]));
    constructor(concurrency) {
        this.concurrency = concurrency;
    }
    add(sample) {
        this.requests += 1;
        // the window is the whole level: failed requests took time too
        if (sample.startNs < this.minStartNs)
            this.minStartNs = sample.startNs;
        if (sample.endNs > this.maxEndNs)
            this.maxEndNs = sample.endNs;
        if (sample.failed) {
            this.errors += 1;
            return;
        }
        for (const metric of AIPERF_METRICS) {
            const value = sample.values[metric];
            if (value !== undefined)
                this.values[metric].push(value);
        }
    }
    /** The level's row values; `pricePerHour` undefined when the instance has no known price. */
    compute(pricePerHour) {
        const successful = this.requests - this.errors;
        // at least 1 ms, so a degenerate window never divides by zero
        const durationSec = Math.max(this.requests > 0 ? (this.maxEndNs - this.minStartNs) / 1e9 : 0, 0.001);
        const outputTokens = sumOf(this.values.output_token_count);
        const inputTokens = sumOf(this.values.input_sequence_length);
        const outputTps = outputTokens / durationSec;
        const sorted = Object.fromEntries(AIPERF_METRICS.map((m) => [m, Float64Array.from(this.values[m]).sort()]));
        const distributions = Object.fromEntries(DISTRIBUTION_COLUMNS.map(([column, metric, stat]) => [column, statistic(sorted[metric], stat)]));
        return {
            concurrency: this.concurrency,
            requests: this.requests,
            errors: this.errors,
            columns: {
                duration_seconds: Math.round(durationSec),
                // successful requests only: failed ones are not served throughput
                request_throughput_rps: successful / durationSec,
                total_token_throughput_tps: (outputTokens + inputTokens) / durationSec,
                output_token_throughput_tps: outputTps,
                request_count: this.requests,
                ...distributions,
                error_rate: this.requests > 0 ? this.errors / this.requests : 0,
                cost_per_1m_tokens: costPerMillionTokens(pricePerHour, outputTps),
                benchmark_duration_sec: durationSec,
            },
        };
    }
}
/** $/h ÷ (output tokens/s × 3600) × 1e6; null when the price or the throughput is unknown or zero. */
function costPerMillionTokens(pricePerHour, outputTps) {
    if (pricePerHour === undefined || !(pricePerHour > 0) || !(outputTps > 0))
        return null;
    return (pricePerHour / (outputTps * 3600)) * 1e6;
}

;// CONCATENATED MODULE: ./src/benchmark/aiperf.ts
/**
 * AIPerf's per-request JSONL (`profile_export.jsonl`, or `profile-concurrency-<L>.jsonl` per
 * level), read line by line from a stream: a file is never held in memory whole.
 */




/** Milliseconds per unit for the duration metrics; other units (tokens, tokens/sec) are kept. */
const TO_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    sec: 1000,
};
/** Where a status code may sit in a record's metadata (AIPerf and hand-made files differ). */
const STATUS_KEYS = ['status_code', 'http_status', 'status'];
/** Coarse filesystem clocks stamp a file a few ms before the wall clock said the stage began. */
const MTIME_SLACK_MS = 1000;
const LEVEL_FILE = /^profile-concurrency-(\d+)\.jsonl$/;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function* walk(dir) {
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            yield* walk(path);
        else if (entry.isFile())
            yield path;
    }
}
/**
 * The JSONL files this stage left under `<project>/benchmarks/`: `profile-concurrency-<L>.jsonl`
 * per level, or else one other `.jsonl` file for the only configured level. Files older than the
 * stage (a previous run's) do not count.
 */
function findBenchmarkFiles(projectDir, since, levels) {
    const dir = (0,external_node_path_.join)(projectDir, 'benchmarks');
    const fresh = (0,external_node_fs_.existsSync)(dir)
        ? [...walk(dir)]
            .filter((f) => f.endsWith('.jsonl'))
            .filter((f) => (0,external_node_fs_.statSync)(f).mtimeMs >= since.getTime() - MTIME_SLACK_MS)
            .sort()
        : [];
    const shown = (f) => (0,external_node_path_.relative)(projectDir, f);
    if (fresh.length === 0) {
        return {
            ok: false,
            error: `do/benchmark left no AIPerf JSONL under ${dir} during this stage (expected profile-concurrency-<L>.jsonl per level, or profile_export.jsonl)`,
        };
    }
    const perLevel = fresh.flatMap((path) => {
        const match = LEVEL_FILE.exec((0,external_node_path_.basename)(path));
        return match ? [{ path, concurrency: Number(match[1]) }] : [];
    });
    if (perLevel.length > 0) {
        const seen = new Map();
        for (const f of perLevel) {
            const other = seen.get(f.concurrency);
            if (other) {
                return {
                    ok: false,
                    error: `two files for concurrency ${f.concurrency}: ${shown(other)} and ${shown(f.path)}`,
                };
            }
            seen.set(f.concurrency, f.path);
        }
        return { ok: true, value: perLevel.sort((a, b) => a.concurrency - b.concurrency) };
    }
    if (fresh.length > 1) {
        return {
            ok: false,
            error: `cannot tell the concurrency levels of ${fresh.map(shown).join(', ')} — name them profile-concurrency-<L>.jsonl`,
        };
    }
    if (levels.length !== 1) {
        return {
            ok: false,
            error: `${shown(fresh[0])} holds one level but the workload has ${levels.length} (${levels.join(', ')}) — write profile-concurrency-<L>.jsonl per level`,
        };
    }
    return { ok: true, value: [{ path: fresh[0], concurrency: levels[0] }] };
}
const isSuccessStatus = (code) => {
    const n = typeof code === 'string' ? Number(code) : code;
    return typeof n !== 'number' || !Number.isFinite(n) || (n >= 200 && n < 300);
};
/** AIPerf writes `"error": null` on success; anything else there is an error. */
const hasError = (value) => value !== undefined && value !== null && value !== false;
/** One line to a sample, or a sentence saying what is wrong with it. */
function parseRecordLine(line) {
    let record;
    try {
        record = JSON.parse(line);
    }
    catch (error) {
        return `not valid JSON (${error.message})`;
    }
    if (!isObject(record))
        return 'not a JSON object';
    const { metadata, metrics } = record;
    if (!isObject(metadata))
        return 'no "metadata" object';
    const start = metadata.request_start_ns;
    if (typeof start !== 'number' || !Number.isFinite(start)) {
        return 'metadata.request_start_ns is missing or not a number';
    }
    const failed = hasError(record.error) ||
        hasError(metadata.error) ||
        STATUS_KEYS.some((k) => !isSuccessStatus(metadata[k]));
    const end = metadata.request_end_ns;
    // a failed request may have no end: it still occupied the window from its start
    if (end === undefined && failed)
        return { failed, startNs: start, endNs: start, values: {} };
    if (typeof end !== 'number' || !Number.isFinite(end))
        return 'metadata.request_end_ns is missing or not a number';
    if (end < start)
        return 'metadata.request_end_ns is before request_start_ns';
    if (metrics !== undefined && metrics !== null && !isObject(metrics))
        return '"metrics" is not an object';
    const values = {};
    if (!failed && isObject(metrics)) {
        for (const name of AIPERF_METRICS) {
            const metric = metrics[name];
            if (metric === undefined || metric === null)
                continue;
            if (!isObject(metric) || typeof metric.value !== 'number' || !Number.isFinite(metric.value)) {
                return `metrics.${name} must be { "value": <number>, "unit": "<unit>" }`;
            }
            const unit = typeof metric.unit === 'string' ? metric.unit : undefined;
            const factor = TIME_METRICS.has(name) && unit !== undefined ? TO_MS[unit] : 1;
            if (factor === undefined)
                return `metrics.${name} has unit "${unit}" — expected one of ${Object.keys(TO_MS).join(', ')}`;
            values[name] = metric.value * factor;
        }
    }
    return { failed, startNs: start, endNs: end, values };
}
/** Streams one file into `samples`; the first bad line stops it with `<file>:<line>: <what>`. */
async function readAiperfFile(path, samples, shownAs = path) {
    const input = (0,external_node_fs_.createReadStream)(path);
    const lines = (0,external_node_readline_.createInterface)({ input, crlfDelay: Infinity });
    let lineNo = 0;
    try {
        for await (const line of lines) {
            lineNo += 1;
            if (line.trim() === '')
                continue;
            const sample = parseRecordLine(line);
            if (typeof sample === 'string')
                return { ok: false, error: `${shownAs}:${lineNo}: ${sample}` };
            samples.add(sample);
        }
    }
    catch (error) {
        return { ok: false, error: `${shownAs}: cannot read (${error.message})` };
    }
    finally {
        lines.close();
        // an early return leaves the stream open otherwise
        input.destroy();
    }
    if (samples.requests === 0)
        return { ok: false, error: `${shownAs}: no request records` };
    return { ok: true, value: undefined };
}
/** Every file of the stage, one LevelSamples per concurrency level (ascending). */
async function readBenchmarkResults(projectDir, since, levels) {
    const files = findBenchmarkFiles(projectDir, since, levels);
    if (!files.ok)
        return files;
    const result = [];
    for (const file of files.value) {
        const samples = new LevelSamples(file.concurrency);
        const read = await readAiperfFile(file.path, samples, (0,external_node_path_.relative)(projectDir, file.path));
        if (!read.ok)
            return read;
        result.push(samples);
    }
    return { ok: true, value: result };
}

;// CONCATENATED MODULE: ./src/benchmark/compare.ts

function levelSummary(level) {
    const c = level.columns;
    return {
        concurrency: level.concurrency,
        output_token_throughput_tps: c.output_token_throughput_tps,
        ttft_p90_ms: c.ttft_p90_ms,
        itl_p90_ms: c.itl_p90_ms,
        e2e_latency_p90_ms: c.e2e_latency_p90_ms,
        error_rate: c.error_rate ?? 0,
        request_count: level.requests,
        cost_per_1m_tokens: c.cost_per_1m_tokens,
    };
}
/** The compared metrics as data: the key used in threshold strings, the column, which way is better. */
const COMPARED_METRICS = [
    { key: 'throughput', column: 'output_token_throughput_tps', label: 'Output tok/s', higherIsBetter: true },
    { key: 'ttft', column: 'ttft_p90_ms', label: 'TTFT p90 (ms)', higherIsBetter: false },
    { key: 'itl', column: 'itl_p90_ms', label: 'ITL p90 (ms)', higherIsBetter: false },
    { key: 'e2e', column: 'e2e_latency_p90_ms', label: 'E2E p90 (ms)', higherIsBetter: false },
];
const DEFAULT_THRESHOLD_PERCENT = 10;
const DEFAULT_BASELINE_RUNS = 5;
class ThresholdSyntaxError extends Error {
    name = 'ThresholdSyntaxError';
}
/** `throughput:5,ttft:15` → percentages per metric; the others keep 10 %. '' = all defaults. */
function parseRegressionThresholds(text) {
    const thresholds = Object.fromEntries(COMPARED_METRICS.map((m) => [m.key, DEFAULT_THRESHOLD_PERCENT]));
    const keys = COMPARED_METRICS.map((m) => m.key);
    const usage = `write metric:percent pairs separated by commas, e.g. throughput:5,ttft:15 (metrics: ${keys.join(', ')})`;
    for (const part of (text ?? '').split(',').map((p) => p.trim())) {
        if (part === '')
            continue;
        const match = /^([a-z0-9]+)\s*:\s*(\d+(?:\.\d+)?)\s*%?$/i.exec(part);
        if (!match)
            throw new ThresholdSyntaxError(`benchmark threshold "${part}" is not metric:percent — ${usage}`);
        const key = match[1].toLowerCase();
        if (!keys.includes(key)) {
            throw new ThresholdSyntaxError(`benchmark threshold "${part}" names an unknown metric "${key}" — ${usage}`);
        }
        thresholds[key] = Number(match[2]);
    }
    return thresholds;
}
/** The middle value (mean of the two middle ones for an even count); null for none. */
function median(values) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
        ? sorted[mid]
        : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** The last `runs` completed benchmarks of this config + workload that measured this level, newest first. */
function baselineLevels(history, key, runs = DEFAULT_BASELINE_RUNS) {
    return history
        .filter((h) => h.configId === key.configId &&
        h.benchmark?.status === 'completed' &&
        h.benchmark.workload === key.workload &&
        h.benchmark.runId !== key.excludeRunId)
        .sort((a, b) => b.runTimestamp.localeCompare(a.runTimestamp))
        .flatMap((h) => h.benchmark?.levels.filter((l) => l.concurrency === key.concurrency).slice(0, 1) ?? [])
        .slice(0, runs);
}
function compareMetric(metric, current, baselineValues, thresholdPercent) {
    const baseline = median(baselineValues);
    const deltaPercent = current === null || baseline === null || baseline === 0 ? null : ((current - baseline) / baseline) * 100;
    // worse by more than the threshold, in the metric's bad direction
    const worse = deltaPercent === null ? 0 : metric.higherIsBetter ? -deltaPercent : deltaPercent;
    return {
        metric: metric.key,
        current,
        baseline,
        deltaPercent,
        thresholdPercent,
        regression: worse > thresholdPercent,
    };
}
const SLO_KEYS = ['ttft_p90_ms', 'itl_p90_ms', 'e2e_latency_p90_ms', 'error_rate'];
function compareWithHistory(options) {
    const thresholds = options.thresholds ?? parseRegressionThresholds('');
    const baselineRunsLimit = options.baselineRuns ?? DEFAULT_BASELINE_RUNS;
    const levels = options.levels.map((summary) => {
        const baseline = baselineLevels(options.history, {
            configId: options.configId,
            workload: options.workloadName,
            concurrency: summary.concurrency,
            excludeRunId: options.runId,
        }, baselineRunsLimit);
        return {
            concurrency: summary.concurrency,
            baselineRuns: baseline.length,
            summary,
            metrics: COMPARED_METRICS.map((m) => compareMetric(m, summary[m.column], baseline.flatMap((b) => (b[m.column] === null ? [] : [b[m.column]])), thresholds[m.key])),
        };
    });
    const slo = options.workload.slo ?? {};
    return {
        workload: options.workloadName,
        levels,
        thresholds,
        baselineRunsLimit,
        regressions: levels.flatMap((l) => l.metrics
            .filter((m) => m.regression)
            .map((m) => ({
            concurrency: l.concurrency,
            metric: m.metric,
            deltaPercent: m.deltaPercent,
        }))),
        sloBreaches: levels.flatMap((l) => SLO_KEYS.flatMap((key) => {
            const limit = slo[key];
            const actual = l.summary[key];
            return limit !== undefined && actual !== null && actual > limit
                ? [{ concurrency: l.concurrency, slo: key, limit, actual }]
                : [];
        })),
    };
}
const fixed = (value, digits = 1) => (value === null ? '—' : value.toFixed(digits));
const signed = (delta) => `${delta >= 0 ? '+' : '−'}${Math.abs(delta).toFixed(1)}%`;
const metricLabel = (key) => COMPARED_METRICS.find((m) => m.key === key)?.label ?? key;
function metricCell(m) {
    if (m.deltaPercent === null)
        return fixed(m.current);
    return `${fixed(m.current)} (${signed(m.deltaPercent)}${m.regression ? ' ⚠️ regression' : ''})`;
}
/** The job-summary section: the table with deltas, then regressions and SLO breaches. */
function renderComparisonMarkdown(comparison) {
    const table = (0,report_table/* renderMarkdownTable */.Ij)([
        'Concurrency',
        ...COMPARED_METRICS.map((m) => m.label),
        'Error rate',
        'Requests',
        '$ / 1M output tok',
        'Baseline runs',
    ], comparison.levels.map((l) => [
        String(l.concurrency),
        ...l.metrics.map(metricCell),
        `${(l.summary.error_rate * 100).toFixed(1)}%`,
        String(l.summary.request_count),
        fixed(l.summary.cost_per_1m_tokens, 2),
        String(l.baselineRuns),
    ]));
    const lines = [
        `#### Benchmark: ${(0,report_table/* escapeHtml */.ZD)(comparison.workload)}`,
        '',
        table,
        '',
        comparison.levels.some((l) => l.baselineRuns > 0)
            ? `Deltas against the median of the last completed runs (up to ${comparison.baselineRunsLimit}); a regression is worse by more than ${COMPARED_METRICS.map((m) => `${m.key} ${comparison.thresholds[m.key]}%`).join(', ')}.`
            : 'No baseline yet: this is the first completed benchmark of this configuration and workload.',
    ];
    if (comparison.regressions.length > 0) {
        lines.push('', `**⚠️ ${comparison.regressions.length} regression(s):** ${comparison.regressions
            .map((r) => `${(0,report_table/* escapeHtml */.ZD)(metricLabel(r.metric))} at concurrency ${r.concurrency} (${signed(r.deltaPercent)})`)
            .join('; ')}`);
    }
    if (comparison.sloBreaches.length > 0) {
        lines.push('', `**SLO breaches:** ${comparison.sloBreaches
            .map((b) => `${(0,report_table/* escapeHtml */.ZD)(b.slo)} ${fixed(b.actual, b.slo === 'error_rate' ? 3 : 1)} > ${b.limit} at concurrency ${b.concurrency}`)
            .join('; ')}`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./node_modules/hyparquet-writer/src/write.js + 26 modules
var write = __webpack_require__(5305);
;// CONCATENATED MODULE: ./src/benchmark/columns.ts
/**
 * The benchmark_results table (04-benchmark.md) as data: the single source of truth for the
 * Parquet writer, the Glue table of infra/ci-stack.yaml and the Athena DDL of
 * infra/benchmark_results.sql (tests compare both files with this list).
 */
const GLUE_DATABASE = 'mlcc_ci';
const GLUE_TABLE = 'benchmark_results';
function columns(glueType, ...names) {
    return names.map((name) => ({ name, glueType }));
}
function percentiles(prefix) {
    return ['avg', 'p50', 'p90', 'p99'].map((stat) => `${prefix}_${stat}_ms`);
}
/** The columns stored in each Parquet file, in file order (partition keys excluded). */
/** GPU telemetry: nullable, and empty when the source (AIPerf's request records) carries none. */
const GPU_COLUMN_NAMES = [
    'gpu_utilization_avg',
    'gpu_utilization_max',
    'gpu_memory_used_avg_gb',
    'gpu_memory_util_avg',
    'kv_cache_util_avg',
    'kv_cache_util_max',
    'prefix_cache_hit_rate',
    'queue_depth_running_avg',
    'queue_depth_waiting_avg',
    'queue_depth_waiting_max',
];
const BENCHMARK_COLUMNS = [
    // identity
    ...columns('string', 'config_id', 'catalog_id', 'run_id', 'tier'),
    ...columns('string', 'project_name', 'model_name', 'model_family', 'instance_type', 'deployment_config', 'deployment_target', 'quantization'),
    ...columns('int', 'tensor_parallel_degree'),
    // hardware
    ...columns('string', 'instance_family'),
    ...columns('int', 'gpu_count'),
    ...columns('string', 'gpu_type'),
    ...columns('double', 'gpu_memory_gb'),
    // serving (serving_config is JSON text)
    ...columns('int', 'max_model_len'),
    ...columns('boolean', 'enable_lora'),
    ...columns('string', 'kv_cache_dtype', 'serving_config'),
    // workload
    ...columns('string', 'workload'),
    ...columns('int', 'concurrency', 'input_tokens_mean', 'output_tokens_mean'),
    ...columns('boolean', 'streaming'),
    ...columns('int', 'duration_seconds'),
    // throughput
    ...columns('double', 'request_throughput_rps', 'total_token_throughput_tps', 'output_token_throughput_tps', 'request_count'),
    // latency
    ...columns('double', ...percentiles('ttft'), ...percentiles('itl'), ...percentiles('e2e_latency')),
    // per user
    ...columns('double', 'prefill_tps_avg', 'prefill_tps_p50', 'output_token_tps_avg', 'output_token_tps_p50', 'output_token_tps_p90', 'ttst_p50_ms', 'ttst_p90_ms', 'output_sequence_length_avg', 'input_sequence_length_avg'),
    // quality and cost
    ...columns('double', 'error_rate', 'cost_per_1m_tokens', 'benchmark_duration_sec'),
    // run
    ...columns('string', 'run_type', 'benchmark_job_name', 'mcc_version', 'run_timestamp', 'region', 'adapter_name'),
    // GPU (nullable)
    ...columns('double', ...GPU_COLUMN_NAMES),
    ...columns('string', 'metrics_source'),
];
/** Hive-style partition keys: in the S3 path (`model=…/instance=…/target=…/`), not in the file. */
const BENCHMARK_PARTITION_KEYS = columns('string', 'model', 'instance', 'target');
/** The columns in the shape of the Glue API (`StorageDescriptor.Columns`, `PartitionKeys`). */
function toGlueColumns(list) {
    return list.map((c) => ({ Name: c.name, Type: c.glueType }));
}
/** The Athena DDL of the table over `location` (e.g. `s3://<benchmark-bucket>/results/`). */
function benchmarkTableDdl(location) {
    const render = (list) => list.map((c) => `  \`${c.name}\` ${c.glueType}`).join(',\n');
    return [
        `CREATE EXTERNAL TABLE IF NOT EXISTS \`${GLUE_DATABASE}\`.\`${GLUE_TABLE}\` (`,
        render(BENCHMARK_COLUMNS),
        ')',
        'PARTITIONED BY (',
        render(BENCHMARK_PARTITION_KEYS),
        ')',
        'STORED AS PARQUET',
        `LOCATION '${location}';`,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/benchmark/parquet.ts
/** The benchmark_results rows (one per concurrency level) and their Parquet file. */



/** GPUs per size of the g families (one GPU up to 16xlarge). */
const G_SIZES = {
    xlarge: 1,
    '2xlarge': 1,
    '4xlarge': 1,
    '8xlarge': 1,
    '16xlarge': 1,
    '12xlarge': 4,
    '24xlarge': 4,
    '48xlarge': 8,
};
/** GPUs per instance (memory = the instance's total GPU memory). Unknown instances get nulls. */
const GPUS = {
    ...sizes('g5', 'A10G', 24, G_SIZES),
    ...sizes('g6', 'L4', 24, G_SIZES),
    ...sizes('g6e', 'L40S', 48, G_SIZES),
    ...sizes('p4d', 'A100', 40, { '24xlarge': 8 }),
    ...sizes('p4de', 'A100', 80, { '24xlarge': 8 }),
    ...sizes('p5', 'H100', 80, { '48xlarge': 8 }),
    ...sizes('p5e', 'H200', 141, { '48xlarge': 8 }),
    ...sizes('p5en', 'H200', 141, { '48xlarge': 8 }),
};
function sizes(family, type, gbPerGpu, counts) {
    return Object.fromEntries(Object.entries(counts).map(([size, count]) => [
        `ml.${family}.${size}`,
        { count, type, memoryGb: count * gbPerGpu },
    ]));
}
/** `ml.<family>.<size>` → family; anything else as it is. */
const instanceFamily = (instanceType) => instanceType.split('.')[1] ?? instanceType;
/** First match wins (04-benchmark.md), so the specific names come before the general ones. */
const MODEL_FAMILIES = [
    'deepseek',
    'qwen3',
    'qwen2',
    'qwen',
    'codellama',
    'llama3',
    'llama2',
    'llama',
    'mixtral',
    'mistral',
    'phi3',
    'phi2',
    'gemma2',
    'gemma',
    'falcon',
    'starcoder',
    'gpt-oss',
    'nemotron',
];
/** Separators dropped on both sides, so `Llama-3.2` matches llama3 and `gpt-oss` stays one word. */
const squash = (s) => s.toLowerCase().replace(/[-_. ]/g, '');
function modelFamily(modelName) {
    const name = squash(modelName.slice(modelName.lastIndexOf('/') + 1));
    return MODEL_FAMILIES.find((family) => name.includes(squash(family))) ?? 'other';
}
/** The serving settings the generator passes to vLLM through the entry's env. */
const SERVING_ENV = {
    maxModelLen: 'IC_ENV_VLLM_MAX_MODEL_LEN',
    tensorParallel: 'IC_ENV_VLLM_TENSOR_PARALLEL_SIZE',
    quantization: 'IC_ENV_VLLM_QUANTIZATION',
    kvCacheDtype: 'IC_ENV_VLLM_KV_CACHE_DTYPE',
};
function intOrNull(text) {
    if (text === undefined || !/^\s*\d+\s*$/.test(text))
        return null;
    return Number(text);
}
/** Key-sorted, so the same env always gives the same text. */
const stableJson = (env) => JSON.stringify(Object.fromEntries(Object.entries(env).sort(([a], [b]) => a.localeCompare(b))));
/** The columns that are the same for every level of the run. */
function runColumns(ctx) {
    const { entry, workload } = ctx;
    const env = entry.env ?? {};
    const gpu = GPUS[entry.params.instanceType];
    return {
        config_id: entry.configId,
        catalog_id: entry.id,
        run_id: ctx.runId,
        tier: entry.tier,
        project_name: ctx.projectName,
        model_name: entry.params.modelName,
        model_family: modelFamily(entry.params.modelName),
        instance_type: entry.params.instanceType,
        deployment_config: entry.params.deploymentConfig,
        deployment_target: entry.params.deploymentTarget,
        quantization: env[SERVING_ENV.quantization] ?? null,
        tensor_parallel_degree: intOrNull(env[SERVING_ENV.tensorParallel]) ?? 1,
        instance_family: instanceFamily(entry.params.instanceType),
        gpu_count: gpu?.count ?? null,
        gpu_type: gpu?.type ?? null,
        gpu_memory_gb: gpu?.memoryGb ?? null,
        max_model_len: intOrNull(env[SERVING_ENV.maxModelLen]),
        enable_lora: entry.argv.some((a) => a === '--enable-lora' || a === '--enable-lora=true'),
        kv_cache_dtype: env[SERVING_ENV.kvCacheDtype] ?? null,
        serving_config: stableJson(env),
        workload: ctx.workloadName,
        input_tokens_mean: workload.input_tokens_mean,
        output_tokens_mean: workload.output_tokens_mean,
        streaming: workload.streaming,
        run_type: 'ci',
        benchmark_job_name: ctx.benchmarkRunId,
        mcc_version: ctx.mccVersion ?? null,
        run_timestamp: (0,record/* isoSeconds */.nE)(ctx.at),
        region: entry.params.region,
        adapter_name: '',
        ...Object.fromEntries(GPU_COLUMN_NAMES.map((c) => [c, null])),
        metrics_source: 'aiperf',
    };
}
/** One row per level, keys in the order of BENCHMARK_COLUMNS. */
function buildBenchmarkRows(ctx, levels) {
    const shared = runColumns(ctx);
    return levels.map((level) => {
        const values = { ...shared, concurrency: level.concurrency, ...level.columns };
        return Object.fromEntries(BENCHMARK_COLUMNS.map(({ name }) => {
            // a column nobody fills is a bug here, not a null in Athena
            if (!Object.hasOwn(values, name))
                throw new Error(`benchmark row: no value for column ${name}`);
            return [name, values[name]];
        }));
    });
}
/** Glue type → Parquet type, and the JavaScript values each accepts (null everywhere). */
const PARQUET_TYPES = {
    string: { type: 'STRING', accepts: (v) => typeof v === 'string' },
    int: { type: 'INT32', accepts: (v) => Number.isInteger(v) && Math.abs(v) <= 2 ** 31 - 1 },
    double: { type: 'DOUBLE', accepts: (v) => typeof v === 'number' && Number.isFinite(v) },
    boolean: { type: 'BOOLEAN', accepts: (v) => typeof v === 'boolean' },
};
/** The rows as one Parquet file: every column nullable, types from columns.ts. */
function benchmarkParquet(rows) {
    const columnData = BENCHMARK_COLUMNS.map(({ name, glueType }) => {
        const { type, accepts } = PARQUET_TYPES[glueType];
        const data = rows.map((row, i) => {
            const value = row[name] ?? null;
            if (value !== null && !accepts(value)) {
                throw new Error(`benchmark row ${i}: ${name} is ${JSON.stringify(value)}, not a ${glueType}`);
            }
            return value;
        });
        return { name, data, type, nullable: true };
    });
    return new Uint8Array((0,write/* parquetWriteBuffer */.G)({ columnData }));
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-glue/dist-cjs/index.js
var client_glue_dist_cjs = __webpack_require__(6542);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/benchmark/publish.ts
/**
 * Where a run's Parquet goes: S3 under the table's Hive-style partition, then the partition is
 * registered in Glue so Athena sees it; with no bucket, a local directory instead.
 */






/** The prefix of every object, and the table's LOCATION (infra/ci-stack.yaml). */
const RESULTS_PREFIX = 'results';
/** `20260609T143022Z`: the stamp of object names and benchmark run ids. */
const compactStamp = (at) => (0,record/* isoSeconds */.nE)(at).replace(/[-:]/g, '');
/** The partition values in the order of BENCHMARK_PARTITION_KEYS; `/` is not allowed in a value. */
function partitionValues(modelName, instanceType, deploymentTarget) {
    return { model: modelName.replace(/\//g, '_'), instance: instanceType, target: deploymentTarget };
}
const partitionPrefix = (p) => `${RESULTS_PREFIX}/model=${p.model}/instance=${p.instance}/target=${p.target}/`;
function benchmarkObjectKey(partition, projectName, at) {
    return `${partitionPrefix(partition)}run-${projectName}-${compactStamp(at)}.parquet`;
}
const PARQUET_STORAGE = {
    InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
    OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
    SerdeInfo: {
        SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
        Parameters: { 'serialization.format': '1' },
    },
};
/** Registers the partition; it already existing is success (runs share partitions). */
async function registerPartition(glue, bucket, partition, database, table) {
    const response = await glue.send(new client_glue_dist_cjs/* BatchCreatePartitionCommand */.Ezo({
        DatabaseName: database,
        TableName: table,
        PartitionInputList: [
            {
                Values: [partition.model, partition.instance, partition.target],
                StorageDescriptor: {
                    ...PARQUET_STORAGE,
                    Columns: toGlueColumns(BENCHMARK_COLUMNS),
                    Location: `s3://${bucket}/${partitionPrefix(partition)}`,
                },
            },
        ],
    }));
    const errors = response.Errors ?? [];
    const failures = errors.filter((e) => e.ErrorDetail?.ErrorCode !== 'AlreadyExistsException');
    if (failures.length > 0) {
        const detail = failures
            .map((e) => `${e.ErrorDetail?.ErrorCode}: ${e.ErrorDetail?.ErrorMessage}`)
            .join('; ');
        throw new Error(`Glue BatchCreatePartition on ${database}.${table} failed: ${detail}`);
    }
    return errors.length === 0;
}
/** Uploads (or saves) one run's Parquet file and makes its partition known to Athena. */
async function publishBenchmarkParquet(body, where, target) {
    const key = benchmarkObjectKey(where.partition, where.projectName, where.at);
    if (!target.bucket) {
        const path = (0,external_node_path_.join)(target.localDir, 'benchmarks', key);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, body);
        return {
            destination: 'local',
            key,
            location: path,
            partition: where.partition,
            message: `benchmark bucket not configured — Parquet saved locally in ${path}`,
        };
    }
    if (!target.s3 || !target.glue)
        throw new Error('publishing to a bucket needs an S3 and a Glue client');
    await target.s3.send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ({
        Bucket: target.bucket,
        Key: key,
        Body: body,
        ContentType: 'application/vnd.apache.parquet',
    }));
    const database = target.database ?? GLUE_DATABASE;
    const table = target.table ?? GLUE_TABLE;
    const partitionCreated = await registerPartition(target.glue, target.bucket, where.partition, database, table);
    const location = `s3://${target.bucket}/${key}`;
    return {
        destination: 's3',
        key,
        location,
        partition: where.partition,
        partitionCreated,
        message: `Parquet uploaded to ${location}; partition ${partitionCreated ? 'registered' : 'already registered'} in ${database}.${table}`,
    };
}

;// CONCATENATED MODULE: ./src/benchmark/run-benchmark.ts






/** `bmk-20260609T143022Z`: the record's lastBenchmarkRunId and the rows' benchmark_job_name. */
const benchmarkRunId = (at) => `bmk-${compactStamp(at)}`;
function levelNotes(configured, measured) {
    const got = new Set(measured.map((l) => l.concurrency));
    const missing = configured.filter((l) => !got.has(l));
    const extra = [...got].filter((l) => !configured.includes(l));
    return [
        ...(missing.length > 0
            ? [`no results for concurrency ${missing.join(', ')} (configured in the workload)`]
            : []),
        ...(extra.length > 0
            ? [`results for concurrency ${extra.join(', ')}, which the workload does not list`]
            : []),
    ];
}
/** A level where every request failed has nothing to measure: the benchmark did not work. */
function allFailedError(levels) {
    const dead = levels.filter((l) => l.requests > 0 && l.errors === l.requests);
    if (dead.length === 0)
        return undefined;
    return `every request failed at concurrency ${dead.map((l) => `${l.concurrency} (${l.errors} of ${l.requests})`).join(', ')}`;
}
async function loadHistory(source) {
    if (source === undefined)
        return [];
    return typeof source === 'function' ? source() : source;
}
function render(result) {
    const lines = [];
    if (result.comparison)
        lines.push(renderComparisonMarkdown(result.comparison), '');
    else
        lines.push(`#### Benchmark: ${(0,report_table/* escapeHtml */.ZD)(result.workload)}`, '');
    if (result.error)
        lines.push(`**Benchmark failed:** ${(0,report_table/* escapeHtml */.ZD)(result.error)}`, '');
    for (const note of result.notes)
        lines.push(`- ${(0,report_table/* escapeHtml */.ZD)(note)}`);
    if (result.publish)
        lines.push(`- ${(0,report_table/* escapeHtml */.ZD)(result.publish.message)}`);
    return lines.join('\n').trimEnd();
}
function finish(result) {
    return { ...result, markdown: render(result) };
}
const message = (error) => (error instanceof Error ? error.message : String(error));
async function runBenchmark(options) {
    const at = options.at ?? new Date();
    const base = {
        benchmarkRunId: benchmarkRunId(at),
        workload: options.workloadName,
        levels: [],
        notes: [],
    };
    let measured;
    try {
        const read = await readBenchmarkResults(options.projectDir, options.stageStartedAt, options.workload.concurrency_levels);
        if (!read.ok)
            return finish({ ...base, status: 'failed', error: read.error });
        const price = options.pricing.instances[options.entry.params.instanceType];
        measured = read.value.map((samples) => samples.compute(price));
    }
    catch (error) {
        return finish({
            ...base,
            status: 'failed',
            error: `reading the benchmark results failed: ${message(error)}`,
        });
    }
    const levels = measured.map(levelSummary);
    const notes = levelNotes(options.workload.concurrency_levels, measured);
    if (options.pricing.instances[options.entry.params.instanceType] === undefined) {
        notes.push(`no price for ${options.entry.params.instanceType} in pricing.json: cost_per_1m_tokens is empty`);
    }
    let comparison;
    try {
        comparison = compareWithHistory({
            configId: options.entry.configId,
            workloadName: options.workloadName,
            workload: options.workload,
            levels,
            history: await loadHistory(options.history),
            runId: base.benchmarkRunId,
            thresholds: options.thresholds,
            baselineRuns: options.baselineRuns,
        });
    }
    catch (error) {
        notes.push(`no comparison with earlier runs: the history could not be read (${message(error)})`);
    }
    let publish;
    let error = allFailedError(measured);
    try {
        const rows = buildBenchmarkRows({
            entry: options.entry,
            projectName: options.projectName,
            runId: options.runId,
            benchmarkRunId: base.benchmarkRunId,
            workloadName: options.workloadName,
            workload: options.workload,
            mccVersion: options.mccVersion,
            at,
        }, measured);
        const { modelName, instanceType, deploymentTarget } = options.entry.params;
        publish = await publishBenchmarkParquet(benchmarkParquet(rows), {
            partition: partitionValues(modelName, instanceType, deploymentTarget),
            projectName: options.projectName,
            at,
        }, options.publish);
    }
    catch (e) {
        error = [error, `storing the Parquet rows failed: ${message(e)}`].filter(Boolean).join('; ');
    }
    return finish({
        ...base,
        status: error ? 'failed' : 'completed',
        ...(error ? { error } : {}),
        levels,
        comparison,
        parquetLocation: publish?.location,
        publish,
        notes,
    });
}
/** The three record fields of Stage 2 (03-results.md); `at` is when the benchmark ended. */
function benchmarkRecordFields(result, at) {
    return {
        lastBenchmarkRunId: result.benchmarkRunId,
        lastBenchmarkTimestamp: (0,record/* isoSeconds */.nE)(at),
        lastBenchmarkStatus: result.status,
    };
}
/** The small summary for the run's history item (`benchmark`): the next runs' baseline. */
function benchmarkHistorySummary(result) {
    return {
        runId: result.benchmarkRunId,
        workload: result.workload,
        status: result.status,
        levels: result.levels,
    };
}

;// CONCATENATED MODULE: ./src/lifecycle/stage2.ts



/** Opted in (record, catalog or input)? Decided once the record's opt-in is known. */
function planStage2(entry, settings, start) {
    if (!settings)
        return undefined;
    const decision = resolveBenchmark({
        input: settings.input,
        entry,
        recordBenchmarkEnabled: start.benchmarkEnabled,
        recordWorkload: start.benchmarkWorkload,
        workloadInput: settings.workloadInput,
        workloads: settings.workloads,
        workloadsFile: settings.workloadsFile,
    });
    if (!decision.enabled || !decision.workload)
        return undefined;
    const profile = settings.workloads[decision.workload];
    return { workload: decision.workload, profile, env: benchmarkEnv(profile) };
}
function outcomeOf(result, at) {
    return {
        status: result.status,
        runId: result.benchmarkRunId,
        workload: result.workload,
        ...(result.error ? { error: result.error } : {}),
        ...(result.parquetLocation ? { parquetLocation: result.parquetLocation } : {}),
        regressions: result.comparison?.regressions.length ?? 0,
        sloBreaches: result.comparison?.sloBreaches.length ?? 0,
        markdown: result.markdown,
        recordFields: benchmarkRecordFields(result, at),
        history: benchmarkHistorySummary(result),
    };
}
/** After the benchmark stage: analyse what do/benchmark wrote, or record why it failed. Never throws. */
async function analyseStage2(ctx) {
    const at = new Date();
    if (ctx.stage.status === 'skip')
        return undefined;
    if (ctx.stage.status === 'fail') {
        const failed = {
            status: 'failed',
            error: `do/benchmark failed: ${ctx.stage.error}`,
            benchmarkRunId: benchmarkRunId(at),
            workload: ctx.plan.workload,
            levels: [],
            notes: [],
            markdown: `#### Benchmark (${(0,report_table/* escapeHtml */.ZD)(ctx.plan.workload)}) ❌ failed\n\n${(0,report_table/* escapeHtml */.ZD)(ctx.stage.error)}\n\nThe test status is not affected.\n`,
        };
        return outcomeOf(failed, at);
    }
    const result = await runBenchmark({
        projectDir: ctx.projectDir,
        stageStartedAt: new Date(ctx.stage.startedAt),
        entry: ctx.entry,
        workloadName: ctx.plan.workload,
        workload: ctx.plan.profile,
        pricing: ctx.pricing,
        projectName: ctx.projectName,
        runId: ctx.runId,
        at,
        publish: ctx.settings.publish,
        history: ctx.history,
        thresholds: ctx.settings.thresholds,
    });
    return outcomeOf(result, at);
}

// EXTERNAL MODULE: ./src/lifecycle/admission/open.ts
var admission_open = __webpack_require__(2632);
;// CONCATENATED MODULE: ./src/lifecycle/orchestrate.ts














/** overlap-tune: hold deploy by what the configuration's history says the tune and deploy take. */
async function deployHoldFor(entry, schedule, store) {
    const names = ['generate', ...entry.lifecycle];
    const [tuneStage] = (0,lifecycle_schedule/* submittedTunes */.dg)(names, schedule, (name) => (0,stages/* findStage */.U9)(name)?.isTune === true);
    if (!tuneStage)
        return undefined;
    const tuneTimeoutSeconds = entry.tuneTimeout ?? entry.timeout;
    try {
        return (0,lifecycle_schedule/* planDeployHold */.c7)({
            history: await store.listHistory(entry.configId),
            tuneStage,
            tuneTimeoutSeconds,
        });
    }
    catch (error) {
        return { seconds: 0, reason: `history unavailable (${error.message}): deploy at once` };
    }
}
/** A leg waits for its slot until its job budget stops stages; without a budget, until a slot frees. */
const waitBudgetSeconds = (options) => options.budget ? Math.max(0, (options.budget.stopAt.getTime() - Date.now()) / 1000) : Infinity;
/** One entry: mark it running, run its lifecycle, record the result and its artifacts. */
async function runConfig(entry, options) {
    const projectName = (0,project_name/* makeProjectName */.RF)(entry.id, options.runToken);
    const startedAt = new Date();
    const start = await options.store.startRun({
        entry,
        runId: options.runId,
        runUrl: options.runUrl,
        startedAt,
    });
    const notes = [];
    let stage2;
    try {
        stage2 = planStage2(entry, options.benchmark, start);
    }
    catch (error) {
        // the inputs were checked before the run; only the record's own workload can be wrong here
        notes.push(`benchmark skipped: ${error.message}`);
    }
    const schedule = (0,resolve/* scheduleOf */.rH)(entry, options);
    const deployHold = await deployHoldFor(entry, schedule, options.store);
    const artifactDir = options.artifacts.runDir({
        tier: entry.tier,
        runId: options.runId,
        catalogId: entry.id,
    });
    const scrubber = options.scrubber ?? new Scrubber();
    const result = await runLifecycle({
        entry,
        runId: options.runId,
        runUrl: options.runUrl,
        projectName,
        workspace: options.workspace,
        generator: options.generator,
        logsDir: (0,external_node_path_.join)(artifactDir, 'logs'),
        baseEnv: options.baseEnv,
        secrets: options.secrets,
        scrubber,
        stageEnv: options.stageEnv,
        executor: options.executor ?? processExecutor,
        signal: options.signal,
        cleanAfterCancel: options.cleanAfterCancel,
        budget: options.budget,
        killGraceSeconds: options.killGraceSeconds,
        cleanTimeoutSeconds: options.cleanTimeoutSeconds,
        pricePerHour: options.pricing.instances[entry.params.instanceType],
        hfTokenSecretId: options.hfTokenSecretId,
        benchmarkWorkload: stage2?.workload,
        stageCommands: options.stageCommands,
        benchmarkEnv: stage2?.env,
        leftoverCheck: options.leftoverCheck?.(entry),
        admission: options.admission
            ? (signal, log) => options.admission.admit({
                key: (0,admission_open/* slotKeyOf */.N)(entry),
                holder: { id: `${options.runId}/${projectName}`, label: entry.id },
                waitBudgetSeconds: waitBudgetSeconds(options),
                signal,
                log,
            })
            : undefined,
        retry: options.retry,
        hooks: options.hooks?.(entry, projectName, {
            result: {
                ...resultIdentity(entry, {
                    runId: options.runId,
                    runUrl: options.runUrl,
                    projectName,
                    projectDir: (0,external_node_path_.join)(options.workspace, projectName),
                }),
                stages: [],
                startedAt: startedAt.toISOString(),
                schedule,
                previousStatus: start.previousStatus ?? 'untested',
            },
            stageNames: [],
            artifactDir,
            pricePerHour: options.pricing.instances[entry.params.instanceType],
        }),
        schedule,
        deployHold,
        tuneJobs: options.tuneJobs ?? sageMakerTuneJobs,
    });
    const benchmarkStage = result.stages.find((s) => s.name === 'benchmark');
    if (stage2 && benchmarkStage && options.benchmark) {
        result.benchmark = await analyseStage2({
            entry,
            plan: stage2,
            settings: options.benchmark,
            stage: benchmarkStage,
            projectDir: result.projectDir,
            projectName,
            runId: options.runId,
            pricing: options.pricing,
            history: () => options.store.listHistory(entry.configId),
        });
    }
    result.previousStatus = start.previousStatus ?? 'untested';
    result.regression = (0,record/* isRegression */.kj)(start.previousStatus, result);
    if (!options.cleanAfterCancel && options.signal?.aborted)
        return { result, artifactDir, notes, problems: [], leftToPostStep: true };
    // the last gate: nothing a stage printed reaches the record, history, summary or uploads unscrubbed
    const scrubbed = scrubber.scrubDeep(result);
    const written = await writeRunResult(scrubbed, (0,run_summary/* renderRunMarkdown */.Bh)(scrubbed, { dir: artifactDir }), options);
    return {
        result: scrubbed,
        artifactDir,
        storeNote: written.note,
        notes: notes.map((n) => scrubber.scrub(n)),
        problems: written.problems,
        leftToPostStep: false,
    };
}
/** Several entries, at most `concurrency` at a time, results in catalog order. */
async function runEntries(entries, concurrency, options) {
    const runs = new Array(entries.length);
    let next = 0;
    const worker = async () => {
        while (next < entries.length) {
            const index = next++;
            runs[index] = await runConfig(entries[index], options);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, entries.length)) }, worker));
    return runs;
}

// EXTERNAL MODULE: ./src/results/local-store.ts
var local_store = __webpack_require__(6569);
// EXTERNAL MODULE: ./src/results/open.ts + 3 modules
var results_open = __webpack_require__(5775);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var client_dynamodb_dist_cjs = __webpack_require__(4305);
;// CONCATENATED MODULE: ./src/aws/preflight.ts




/** a quick answer: a missing credential or a dead endpoint must not wait out six retries */
const PREFLIGHT_ATTEMPTS = 2;
const NOT_FOUND = new Set(['ResourceNotFoundException', 'NotFound', 'NoSuchBucket']);
async function check(target, region) {
    if (target.kind === 'table') {
        const client = new client_dynamodb_dist_cjs.DynamoDBClient({ region, maxAttempts: PREFLIGHT_ATTEMPTS });
        try {
            await client.send(new client_dynamodb_dist_cjs.DescribeTableCommand({ TableName: target.name }));
        }
        finally {
            client.destroy();
        }
        return;
    }
    const client = (0,clients.s3Client)({ region, maxAttempts: PREFLIGHT_ATTEMPTS });
    try {
        await client.send(new client_s3_dist_cjs/* HeadBucketCommand */.kuI({ Bucket: target.name }));
    }
    finally {
        client.destroy();
    }
}
/**
 * Once, before any stage: every configured table and bucket answers with the credentials at
 * hand. The first problem ends the run with one sentence naming the flag or input — instead of
 * a lifecycle that spends money and then cannot record it.
 */
async function preflightAws(targets, region) {
    for (const target of targets.filter((t) => t.name)) {
        try {
            await check(target, region);
        }
        catch (error) {
            const err = error;
            const what = `${target.label} ${target.name} (${region})`;
            if (NOT_FOUND.has(err.name))
                throw new errors/* UserError */.yo(`${what}: the ${target.kind} does not exist — ${target.remedy ?? `create it (infra/ deploys the tables and bucket) or fix ${target.label}`}`);
            throw new errors/* UserError */.yo(`${what}: ${(0,errors/* describeAwsProblem */.aw)(err) ?? err.message}`);
        }
    }
}

// EXTERNAL MODULE: ./src/aws/sagemaker-resources.ts
var sagemaker_resources = __webpack_require__(5549);
;// CONCATENATED MODULE: ./src/aws/leftovers.ts




/**
 * The project's own name, or one MCC derived from it (`<project>-endpoint-<ts>`): never another
 * attempt's (`…e2e4601-1` is not `…e2e4601-10`).
 */
const isProjects = (name, projectName) => name === projectName || name.startsWith(`${projectName}-`);
/**
 * The SageMaker resources whose names start with a project name, and the ICs on the project's
 * endpoints whatever their names: what a run may leave behind. A kind that cannot be listed is
 * reported and the others are still listed — except endpoints, without which nothing is known
 * (that error is thrown, as before).
 */
async function findLeftovers(client, projectName) {
    const found = [];
    const unlisted = [];
    const unlistedAlone = [];
    const failedKinds = new Set();
    for (const type of sagemaker_resources/* RESOURCE_TYPES */.Rx) {
        try {
            for await (const r of type.list(client, projectName))
                if (isProjects(r.name, projectName))
                    found.push(r);
        }
        catch (error) {
            if (type.required)
                throw error;
            unlisted.push((0,sagemaker_resources/* unlistedText */.sf)(type, error));
            if (type.billsAlone)
                unlistedAlone.push((0,sagemaker_resources/* unlistedText */.sf)(type, error));
            failedKinds.add(type.kind);
        }
    }
    const endpoints = found.filter((r) => r.kind === 'endpoint').map((r) => r.name);
    for (const type of sagemaker_resources/* RESOURCE_TYPES */.Rx.filter((t) => t.listOnEndpoint && !failedKinds.has(t.kind))) {
        try {
            for (const endpoint of endpoints)
                for await (const r of type.listOnEndpoint?.(client, endpoint) ?? [])
                    if (!found.some((f) => f.kind === r.kind && f.name === r.name))
                        found.push(r);
        }
        catch (error) {
            unlisted.push((0,sagemaker_resources/* unlistedText */.sf)(type, error));
        }
    }
    return { found, unlisted, unlistedAlone };
}
/** How a user finds the project's tune jobs still training when the toolkit could not list them. */
const tuneJobCheck = (projectName, region) => `check for a tune job still training with: aws sagemaker list-training-jobs --name-contains ${projectName} --status-equals InProgress --region ${region}`;
const describeLeftovers = (leftovers) => leftovers.map((r) => `${r.kind} ${r.name}`).join(', ');
/**
 * The leftover check of a region; without credentials it says so instead of waiting on the SDK's
 * chain. No endpoint of the project means no IC bills (an IC lives only on an endpoint), so an IC
 * listing failure matters only when something was found; a tune job bills alone, so its listing
 * failure leaves the check unanswered, never clear.
 */
function sageMakerLeftoverCheck(region, env = process.env, deletion = {}) {
    return async (projectName) => {
        if (!(0,credentials/* awsCredentialsLikely */.i)(env))
            return { status: 'unchecked', why: 'no AWS credentials to confirm it' };
        const client = (0,clients.sageMakerClient)(region);
        try {
            const { found, unlisted, unlistedAlone } = await findLeftovers(client, projectName);
            if (found.length === 0)
                return unlistedAlone.length > 0
                    ? { status: 'unchecked', why: `${unlistedAlone.join('; ')} — ${tuneJobCheck(projectName, region)}` }
                    : { status: 'clear' };
            const report = await (0,sagemaker_resources/* deleteResources */.fw)(client, found, deletion);
            return {
                status: 'found',
                found: describeLeftovers(found),
                deleted: report.deleted,
                failed: [...unlisted, ...report.failed],
            };
        }
        catch (error) {
            return { status: 'unchecked', why: `SageMaker could not be checked: ${error.message}` };
        }
        finally {
            client.destroy();
        }
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var client_secrets_manager_dist_cjs = __webpack_require__(2994);
;// CONCATENATED MODULE: ./src/aws/secrets.ts

/** A JSON secret may hold the token under one of these keys; a plain string is the token. */
const TOKEN_KEYS = ['HF_TOKEN', 'hf_token', 'token', 'HUGGING_FACE_HUB_TOKEN'];
async function fetchHuggingFaceToken(client, secretId) {
    const { SecretString } = await client.send(new client_secrets_manager_dist_cjs/* GetSecretValueCommand */.d2({ SecretId: secretId }));
    if (!SecretString)
        throw new Error(`secret ${secretId} has no string value`);
    try {
        const parsed = JSON.parse(SecretString);
        if (parsed && typeof parsed === 'object') {
            const values = parsed;
            const key = TOKEN_KEYS.find((k) => typeof values[k] === 'string');
            if (!key)
                throw new Error(`secret ${secretId} is JSON without any of ${TOKEN_KEYS.join(', ')}`);
            return values[key];
        }
    }
    catch (error) {
        if (!(error instanceof SyntaxError))
            throw error;
    }
    return SecretString.trim();
}
/** The Hugging Face token for the stages; a missing one is a warning (public models still work), never fatal. */
async function resolveHuggingFaceToken(client, secretId) {
    if (!secretId)
        return {};
    try {
        return { token: await fetchHuggingFaceToken(client, secretId) };
    }
    catch (error) {
        const err = error;
        return {
            warning: `could not read the Hugging Face token from Secrets Manager secret "${secretId}" (${err.name}: ${err.message}) — stages run without HF_TOKEN, so gated models (e.g. meta-llama) will fail; create the secret or set hf-token-secret-id: ''`,
        };
    }
    finally {
        client.destroy();
    }
}

;// CONCATENATED MODULE: ./src/lifecycle/benchmark-settings.ts






/**
 * Stage 2 settings from a door's inputs, checked before anything runs: a bad input, an unknown
 * workload or a malformed threshold stops the run here, not after an endpoint was deployed.
 */
function benchmarkSettings(catalogFile, entries, o) {
    const input = (o.input || 'auto').trim();
    if (!BENCHMARK_INPUTS.includes(input)) {
        throw new errors/* UserError */.yo(`benchmark must be one of ${BENCHMARK_INPUTS.join(', ')}, not "${o.input}"`);
    }
    const { file, workloads } = (0,load/* loadWorkloads */.Ru)(catalogFile);
    const bucket = o.bucket?.trim() || undefined;
    const settings = {
        input: input,
        workloadInput: o.workload?.trim() || undefined,
        workloads,
        workloadsFile: (0,load/* displayPath */.Gt)(file),
        thresholds: parseRegressionThresholds(o.thresholds),
        publish: bucket
            ? {
                bucket,
                s3: (0,clients.s3Client)({ region: o.region }),
                glue: (0,clients.glueClient)({ region: o.region }),
                localDir: o.localDir,
            }
            : { localDir: o.localDir },
    };
    for (const entry of entries)
        planStage2(entry, settings, {});
    return settings;
}
/**
 * The benchmark bucket for the run's preflight: a wrong one would otherwise surface only at
 * publish, after an endpoint was deployed and benchmarked. Not checked when the benchmark is off.
 */
function benchmarkBucketTarget(settings, label) {
    const bucket = settings.input === 'false' ? '' : (settings.publish.bucket ?? '');
    return {
        kind: 'bucket',
        name: bucket,
        label,
        remedy: `create it (infra/ deploys it with EnableBenchmarkInfra=true: stack output BenchmarkBucket), fix ${label}, or leave ${label} empty to keep the Parquet results in the local store`,
    };
}

// EXTERNAL MODULE: ./src/report/duration.ts
var duration = __webpack_require__(6132);
// EXTERNAL MODULE: ./src/catalog/registered.ts
var registered = __webpack_require__(2107);
// EXTERNAL MODULE: ./src/path-checks.ts
var path_checks = __webpack_require__(756);
// EXTERNAL MODULE: ./src/cli/common.ts
var common = __webpack_require__(577);
// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
;// CONCATENATED MODULE: ./src/lifecycle/generator.ts




/**
 * The `generator` input / `--generator` flag: an argv as a JSON array (`["node", "gen.mjs"]`)
 * or a command line whose quotes are honoured ("/opt/my gen/bin/mcc" --flag) — never a shell.
 */
function parseCommandLine(text, where) {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`${where} looks like a JSON array but is not valid JSON (${error.message})`);
        }
        if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((t) => typeof t === 'string' && t)) {
            throw new errors/* UserError */.yo(`${where} as a JSON array must list the program and its arguments as non-empty strings`);
        }
        return parsed;
    }
    const argv = [];
    let token;
    let quote;
    for (let i = 0; i < trimmed.length; i++) {
        const c = trimmed[i];
        if (quote === "'") {
            if (c === "'")
                quote = undefined;
            else
                token += c;
        }
        else if (c === '\\' &&
            i + 1 < trimmed.length &&
            (quote !== '"' || /["\\]/.test(trimmed[i + 1]))) {
            token = (token ?? '') + trimmed[++i];
        }
        else if (quote === '"') {
            if (c === '"')
                quote = undefined;
            else
                token += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            token ??= '';
        }
        else if (/\s/.test(c)) {
            if (token !== undefined)
                argv.push(token);
            token = undefined;
        }
        else {
            token = (token ?? '') + c;
        }
    }
    if (quote)
        throw new errors/* UserError */.yo(`${where} has an unterminated ${quote} quote: ${text}`);
    if (token !== undefined)
        argv.push(token);
    return argv;
}
const isExecutableFile = (file) => {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
};
/** A bare command name, looked up on PATH only (absolute entries: never the checkout or the cwd). */
function findOnPath(name, path = process.env.PATH ?? '') {
    return path
        .split(external_node_path_.delimiter)
        .filter((dir) => (0,external_node_path_.isAbsolute)(dir))
        .map((dir) => (0,external_node_path_.join)(dir, name))
        .find(isExecutableFile);
}
/**
 * The generator's argv. A bare program name comes from PATH only — a file of that name in the
 * repository is never run by default; a path must be written as one (`./gen`, `tools/gen`,
 * absolute) and is anchored where the user is, since generate runs in the workspace. Arguments
 * that name existing files by relative path (`node examples/…/gen.mjs`) are anchored too.
 */
function resolveGenerator(command, cwd = process.cwd(), where = 'generator') {
    const argv = Array.isArray(command) ? command : parseCommandLine(command || resolve/* DEFAULT_GENERATOR */.s5, where);
    if (argv.length === 0)
        return resolveGenerator(resolve/* DEFAULT_GENERATOR */.s5, cwd, where);
    const [program, ...args] = argv;
    const resolvedProgram = program.includes('/') ? (0,external_node_path_.resolve)(cwd, program) : (findOnPath(program) ?? program);
    const anchored = args.map((arg) => {
        if ((0,external_node_path_.isAbsolute)(arg) || arg.startsWith('-'))
            return arg;
        const candidate = (0,external_node_path_.resolve)(cwd, arg);
        return /^\.\.?\//.test(arg) || (0,external_node_fs_.existsSync)(candidate) ? candidate : arg;
    });
    return [resolvedProgram, ...anchored];
}

// EXTERNAL MODULE: ./src/lifecycle/admission/admit.ts
var admit = __webpack_require__(2195);
// EXTERNAL MODULE: ./src/lifecycle/admission/quotas.ts
var quotas = __webpack_require__(6849);
;// CONCATENATED MODULE: ./src/cli/run-command.ts

































function registerRunCommand(program) {
    program
        .command('run')
        .description(commands/* COMMAND_DESCRIPTIONS */.cH.run)
        .option('--tier <tier>', 'run every entry of a tier')
        .option('--config <ids>', 'comma-separated catalog ids (any tier; no --tier needed)')
        .option('--config-id <configId>', 'instead: the configId (16 hex) of a configuration registered in the table or local store outside the catalog')
        .option('--dry-run', 'resolve and print every stage (argv, timeout, env keys); run nothing')
        .option('--verbose', 'stream each stage’s output live')
        .option('--save-local <dir>', 'local store directory (records, history, run artifacts)', local_store/* DEFAULT_LOCAL_DIR */.C)
        .option('--workspace <dir>', 'where projects are generated (default: a temporary directory)')
        .addOption(new esm/* Option */.c$('--generator <cmd>', 'generator command: a name on PATH, a path (./gen), with arguments; quotes are honoured, or a JSON argv array').default(resolve/* DEFAULT_GENERATOR */.s5))
        .option('--concurrency <n>', 'entries run at once', '1')
        .option('--quota <list>', 'endpoints at once per instance type, e.g. ml.g5.xlarge=2,ml.g5.12xlarge=4 (default: catalog quotas, else Service Quotas)')
        .option('--lease-table <name>', 'DynamoDB lease table for endpoint slots (default: leases in the local store)')
        .option('--lease-ttl <seconds>', 'how long an unrenewed slot stays held', String(admit/* DEFAULT_LEASE_SECONDS */.$))
        .option('--infra-retries <n>', 'retries of a stage that failed for infrastructure reasons', String(DEFAULT_RETRY.retries))
        .option('--infra-retry-delay <seconds>', 'base delay before such a retry (doubled, jittered)', String(DEFAULT_RETRY.delaySeconds))
        .option('--table <name>', 'DynamoDB CI table (default: the local store only)')
        .option('--history-table <name>', 'DynamoDB run-history table')
        .option('--bucket <name>', 'S3 bucket for run artifacts (runs/<tier>/<runId>/<catalogId>/)')
        .option('--region <region>', 'AWS region of the table and bucket (default: AWS_REGION, else the entry’s)')
        .addOption(new esm/* Option */.c$('--schedule <schedule>', 'stage order: sequential, or overlap-tune (tune submitted before deploy, awaited after test); default: the catalog’s, else sequential').choices(lifecycle_schedule/* SCHEDULES */.Hj))
        .option('--benchmark <when>', 'Stage 2: auto (opted-in entries) | true | false', 'auto')
        .option('--benchmark-workload <name>', 'workload from catalog/workloads.json')
        .option('--benchmark-bucket <name>', 'S3 bucket for the Parquet results (default: the local store)')
        .option('--benchmark-thresholds <list>', 'regression thresholds in percent, e.g. throughput:5,ttft:15')
        .option('--job-budget-minutes <n>', 'stop starting stages when the time left would not cover clean (900 s); the run ends cancelled, cleaned')
        .option('--hf-token-secret-id <id>', 'Secrets Manager secret with the Hugging Face token, given to stages as HF_TOKEN')
        .action((0,common/* action */.XI)(async (opts, command) => {
        const startedAt = new Date();
        if (!opts.tier && !opts.config && !opts.configId)
            throw new errors/* UserError */.yo('choose what to run: --tier <tier> and/or --config <ids>, or --config-id <configId>');
        if (opts.configId && (opts.tier || opts.config))
            throw new errors/* UserError */.yo('--config-id runs one registered configuration: leave out --tier and --config');
        const { catalog, file } = (0,common/* loadCatalogFromOptions */.Ig)((0,common/* globalOptions */.Wq)(command));
        const storeSettings = (region) => ({
            table: opts.table,
            historyTable: opts.historyTable,
            bucket: opts.bucket,
            region,
            localDir: opts.saveLocal,
        });
        const entries = opts.configId
            ? [
                await (0,registered/* entryForConfigId */.vl)((0,results_open/* openStores */.j)(storeSettings(opts.region ?? process.env.AWS_REGION ?? 'us-west-2')).store, catalog, opts.configId),
            ]
            : (0,catalog_select/* selectEntries */.XO)(catalog, { tier: opts.tier, ids: opts.config });
        const generator = resolveGenerator(opts.generator, process.cwd(), '--generator');
        const concurrency = (0,quotas/* parseCount */.zq)(opts.concurrency, '--concurrency', 1);
        const budgetMinutes = parseBudgetMinutes(opts.jobBudgetMinutes, '--job-budget-minutes');
        const budget = budgetMinutes === undefined
            ? undefined
            : jobBudget({
                source: '--job-budget-minutes',
                minutes: budgetMinutes,
                startedAt,
                cleanTimeoutSeconds: resolve/* DEFAULT_CLEAN_TIMEOUT_SECONDS */.OH,
                afterCleanSeconds: 0,
            });
        const runToken = (0,project_name/* makeRunToken */.Hr)();
        const region = opts.region ?? process.env.AWS_REGION ?? entries[0]?.params.region ?? 'us-west-2';
        // before the dry run too: it lists the benchmark stage, and a bad workload fails it
        const benchmark = benchmarkSettings(file, entries, {
            input: opts.benchmark,
            workload: opts.benchmarkWorkload,
            bucket: opts.benchmarkBucket,
            thresholds: opts.benchmarkThresholds,
            region,
            localDir: (0,external_node_path_.resolve)(opts.saveLocal),
        });
        if (opts.dryRun) {
            const plan = planDryRun(entries, (entry) => ({
                generator,
                projectName: (0,project_name/* makeProjectName */.RF)(entry.id, runToken),
                stageCommands: catalog.stageCommands,
                schedule: opts.schedule,
                benchmarkWorkload: planStage2(entry, benchmark, {})?.workload,
            }));
            console.log(renderDryRunText(plan));
            return 0;
        }
        if (entries.length === 0) {
            console.log('No catalog entries selected — nothing to run.');
            return 0;
        }
        const workspace = (0,external_node_path_.resolve)(opts.workspace ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mcc-e2e', runToken));
        // before any stage: a store that cannot be written would lose the result after deploy
        (0,path_checks/* checkPaths */.nn)([
            { setting: '--save-local', path: opts.saveLocal, role: 'local-store' },
            { setting: '--workspace', path: workspace, role: 'workspace' },
        ]);
        const stores = (0,results_open/* openStores */.j)(storeSettings(region));
        await preflightAws([
            { kind: 'table', name: opts.table ?? '', label: '--table' },
            { kind: 'table', name: opts.historyTable ?? '', label: '--history-table' },
            { kind: 'table', name: opts.leaseTable ?? '', label: '--lease-table' },
            { kind: 'bucket', name: opts.bucket ?? '', label: '--bucket' },
            benchmarkBucketTarget(benchmark, '--benchmark-bucket'),
        ], region);
        console.log(stores.message);
        const admission = await (0,admission_open/* openAdmission */.E)({
            leaseTable: opts.leaseTable,
            localDir: stores.local.dir,
            quotas: opts.quota ? { text: opts.quota, where: '--quota' } : undefined,
            catalogQuotas: catalog.quotas,
            catalogIds: catalog.entries.map((e) => e.id),
            region,
            leaseSeconds: (0,quotas/* parseCount */.zq)(opts.leaseTtl, '--lease-ttl', 10),
        });
        const retry = {
            retries: (0,quotas/* parseCount */.zq)(opts.infraRetries, '--infra-retries'),
            delaySeconds: (0,quotas/* parseCount */.zq)(opts.infraRetryDelay, '--infra-retry-delay'),
        };
        const stageEnv = {};
        if (opts.hfTokenSecretId) {
            const hf = await resolveHuggingFaceToken((0,clients.secretsClient)({ region }), opts.hfTokenSecretId);
            if (hf.token)
                stageEnv.HF_TOKEN = hf.token;
            else if (hf.warning)
                console.warn(`warning: ${hf.warning}`);
        }
        const controller = new AbortController();
        let interrupts = 0;
        const onSignal = (signal) => {
            interrupts++;
            if (interrupts === 1) {
                console.error(`\n${signal}: stopping the running stage; clean will still run (press Ctrl-C again to abandon clean — resources may remain)`);
                controller.abort();
            }
            else {
                console.error('Abandoned: SageMaker resources may remain — run `mcc-e2e sweep` to find them.');
                process.exit(130);
            }
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        const runs = await runEntries(entries, concurrency, {
            runId: `local-${runToken}`,
            runToken,
            workspace,
            generator,
            store: stores.store,
            artifacts: stores.artifacts,
            pricing: (0,load/* loadPricing */.T9)(file),
            baseEnv: process.env,
            stageEnv,
            secrets: Object.values(stageEnv),
            hfTokenSecretId: opts.hfTokenSecretId,
            benchmark,
            stageCommands: catalog.stageCommands,
            schedule: opts.schedule,
            signal: controller.signal,
            cleanAfterCancel: true,
            budget,
            leftoverCheck: (entry) => sageMakerLeftoverCheck(opts.region ?? entry.params.region),
            admission,
            retry,
            hooks: (entry) => ({
                onWaiting: (line) => console.log(`${entry.id.padEnd(24)} ${line}`),
                onRetry: (record, delaySeconds) => console.log(`${entry.id.padEnd(24)} ${record.name.padEnd(13)} ↻ attempt ${(record.attempt ?? 1) + 1} in ${(0,duration/* formatDuration */.a)(delaySeconds)} (${record.failureClass} failure, after a clean)`),
                onStageOutput: opts.verbose
                    ? (stage, text) => process.stdout.write(text.replace(/^(?=.)/gm, `[${entry.id} ${stage.name}] `))
                    : undefined,
                onStageEnd: (record, stage) => console.log(`${entry.id.padEnd(24)} ${stepLabel(stage).padEnd(13)} ${run_summary/* STATUS_ICONS */.I[record.status]} ${record.status === 'skip' ? '' : (0,duration/* formatDuration */.a)(record.durationSeconds)}${record.status === 'fail' ? `  ${record.error.split('\n')[0]}` : ''}${record.note ? `  ${record.note}` : ''}${record.remedy ? `\n${' '.repeat(39)}→ ${record.remedy}` : ''}`),
            }),
        });
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        console.log(`\n${(0,run_summary/* renderResultsText */.Qe)(runs.map((r) => r.result))}`);
        for (const run of runs) {
            if (run.storeNote)
                console.log(`${run.result.catalogId}: ${run.storeNote}`);
            console.log(`${run.result.catalogId}: ${(0,run_summary/* endpointText */.HO)(run.result)} · ${(0,run_summary/* scheduleText */.lH)(run.result)}`);
            for (const note of run.notes)
                console.log(`${run.result.catalogId}: ${note}`);
            if (run.result.benchmark) {
                const b = run.result.benchmark;
                console.log(`${run.result.catalogId}: benchmark ${b.workload} ${b.status}${b.error ? ` — ${b.error}` : ''}${b.regressions > 0 ? ` — ⚠️ ${b.regressions} regression(s) against recent runs` : ''}${b.parquetLocation ? ` (${b.parquetLocation})` : ''}`);
            }
            if (run.result.cleanFailed)
                console.log(`⚠️  ${run.result.catalogId}: clean failed — resources of ${run.result.projectName} may remain`);
        }
        console.log(`Artifacts: ${(0,external_node_path_.join)(stores.local.dir, 'runs')}`);
        const problems = [...runs.flatMap((r) => r.problems), ...stores.problems()];
        for (const problem of problems)
            console.error(`mcc-e2e: ${problem}`);
        // a deferred entry did not run (no endpoint slot): not a failure
        const ok = runs.every((r) => ['pass', 'deferred'].includes(r.result.status));
        return ok && problems.length === 0 ? 0 : 1;
    }));
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
