// The do/ scripts of the example project. Two modes: a local simulation with no AWS at all
// (the default), and real SageMaker API calls against the moto server when AWS_ENDPOINT_URL is
// set. Faults are injected through the environment (see README.md beside this file).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const env = process.env;

/** `stage` or `<catalogId>:<stage>` entries, comma-separated. */
function targets(variable, stage) {
  return (env[variable] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .some((t) => t === stage || t === `${env.MCC_E2E_CATALOG_ID}:${stage}`);
}

async function spawnStubbornGrandchild() {
  const code = `process.on('SIGTERM', () => {}); require('fs').writeFileSync(${JSON.stringify(env.MCC_EXAMPLE_PID_FILE ?? '/dev/null')}, String(process.pid)); setInterval(() => {}, 1000);`;
  // unref: the script may exit and leave the grandchild behind, as a careless script would
  spawn(process.execPath, ['-e', code], { stdio: 'ignore' }).unref();
  // wait until it is up (and has installed its SIGTERM handler)
  for (let i = 0; i < 100 && env.MCC_EXAMPLE_PID_FILE && !existsSync(env.MCC_EXAMPLE_PID_FILE); i++)
    await sleep(50);
}

/**
 * What a careless script leaves when its runner is killed: one process that escaped into its
 * own session (setsid, as `setsid do/deploy &` would) and deploys late — after
 * MCC_EXAMPLE_ORPHAN_DELAY_MS, ignoring SIGTERM — and one that stays in the group holding the
 * stage's stdout open. Their pids go to MCC_EXAMPLE_PID_FILE as {"escapee":…,"holder":…}.
 */
async function spawnOrphans() {
  const escapee = spawn(process.execPath, process.argv.slice(1), {
    detached: true,
    stdio: 'ignore',
    env: { ...env, MCC_EXAMPLE_ORPHAN: 'late-deploy' },
  });
  escapee.unref();
  const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  holder.unref();
  if (env.MCC_EXAMPLE_PID_FILE)
    writeFileSync(env.MCC_EXAMPLE_PID_FILE, JSON.stringify({ escapee: escapee.pid, holder: holder.pid }));
  await sleep(300);
}

/** The escapee of spawnOrphans: wait, then create the project's endpoint. */
async function lateDeploy(project) {
  process.on('SIGTERM', () => {});
  await sleep(Number(env.MCC_EXAMPLE_ORPHAN_DELAY_MS ?? 5000));
  if (useAws()) await AWS.deploy(project);
  process.exit(0);
}

/** Who the stage is to AWS, through whatever credentials it was given (the OIDC token file, say). */
async function whoAmI(stage) {
  const fingerprint = () =>
    env.AWS_WEB_IDENTITY_TOKEN_FILE && existsSync(env.AWS_WEB_IDENTITY_TOKEN_FILE)
      ? createHash('sha256').update(readFileSync(env.AWS_WEB_IDENTITY_TOKEN_FILE)).digest('hex').slice(0, 12)
      : 'none';
  console.log(`example: ${stage} token file ${fingerprint()} at start`);
  await sleep(Number(env.MCC_EXAMPLE_WHOAMI_SLEEP_MS ?? 0));
  console.log(`example: ${stage} token file ${fingerprint()} after waiting`);
  const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
  const identity = await new STSClient({}).send(new GetCallerIdentityCommand({}));
  console.log(`example: caller ${identity.Arn}`);
}

/** MCC_EXAMPLE_STAGE_SECONDS=deploy=10,test=2: how long each stage takes (a tune job: MCC_EXAMPLE_TUNE_SECONDS). */
function stageSeconds(stage) {
  for (const pair of (env.MCC_EXAMPLE_STAGE_SECONDS ?? '').split(',')) {
    const [name, seconds] = pair.split('=').map((s) => s.trim());
    if (name === stage && Number(seconds) > 0) return Number(seconds);
  }
  return 0;
}

/** The parent of a pid, from /proc/<pid>/stat (its 4th field, after the command in parentheses). */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

/** The names in a GITHUB_STATE file: `name=value` lines and `name<<DELIM` … `DELIM` blocks. */
function commandFileNames(text) {
  const names = new Set();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = lines[i].match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      names.add(heredoc[1]);
      while (++i < lines.length && lines[i] !== heredoc[2]);
    } else if (lines[i].includes('=')) names.add(lines[i].slice(0, lines[i].indexOf('=')));
  }
  return [...names];
}

/**
 * What a hostile stage can do although the toolkit withholds GITHUB_STATE from it: find the file
 * in an ancestor's /proc/<pid>/environ (the action's main step), append to it — `blank`: an empty
 * value for every name (signatures too); `forge`: another value and a wrong signature for each —
 * then SIGKILL that ancestor, so main never writes its state again.
 */
function tamperWithState(stage) {
  for (let pid = process.ppid; pid > 1; pid = parentOf(pid)) {
    let file;
    try {
      file = readFileSync(`/proc/${pid}/environ`, 'latin1')
        .split('\0')
        .find((v) => v.startsWith('GITHUB_STATE='))
        ?.slice('GITHUB_STATE='.length);
    } catch {
      continue;
    }
    if (!file) continue;
    const names = commandFileNames(readFileSync(file, 'utf8'));
    const lines =
      env.MCC_EXAMPLE_TAMPER === 'forge'
        ? names
            .filter((n) => !n.endsWith('-mac'))
            .flatMap((n) => [`${n}=forged-${n}`, `${n}-mac=${'0'.repeat(64)}`])
        : names.map((n) => `${n}=`);
    appendFileSync(file, `${lines.join('\n')}\n`);
    console.log(
      `example: ${env.MCC_EXAMPLE_TAMPER ?? 'blank'} ${names.length} state values at ${stage}, killing ${pid}`,
    );
    // main held the other end of stdout: a stage that goes on must not die of EPIPE
    for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
    process.kill(pid, 'SIGKILL');
    return;
  }
  console.log(`example: found no GITHUB_STATE file among the ancestors at ${stage}`);
}

export async function injectFaults(stage) {
  const delay = Number(env.MCC_EXAMPLE_DELAY_MS ?? 0) + stageSeconds(stage) * 1000;
  if (delay > 0) await sleep(delay);
  if (targets('MCC_EXAMPLE_WHOAMI_AT', stage)) await whoAmI(stage);
  if (targets('MCC_EXAMPLE_GRANDCHILD_AT', stage)) {
    await spawnStubbornGrandchild();
    console.log(`example: started a grandchild that ignores SIGTERM at ${stage}`);
  }
  if (targets('MCC_EXAMPLE_ORPHANS_AT', stage)) {
    await spawnOrphans();
    console.log(`example: started a setsid escapee and a stdout holder at ${stage}`);
  }
  if (targets('MCC_EXAMPLE_TAMPER_AT', stage)) tamperWithState(stage);
  if (targets('MCC_EXAMPLE_HANG_AT', stage)) {
    console.log(`example: hanging at ${stage}`);
    process.on('SIGTERM', () => process.exit(143));
    await new Promise(() => setInterval(() => {}, 1 << 30));
  }
  if (targets('MCC_EXAMPLE_FAIL_AT', stage)) {
    if (env.MCC_EXAMPLE_LEAK_ENV) {
      const leaked = `${env.MCC_EXAMPLE_LEAK_ENV}=${env[env.MCC_EXAMPLE_LEAK_ENV] ?? ''}`;
      console.log(`example: debug ${leaked}`);
      console.error(`example: debug ${leaked}`);
    }
    console.error(env.MCC_EXAMPLE_FAIL_MESSAGE ?? `example: injected failure at ${stage}`);
    process.exit(Number(env.MCC_EXAMPLE_EXIT_CODE ?? 1));
  }
}

const projectDir = dirname(dirname(process.argv[1] ?? '.'));
const configPath = join(projectDir, 'do', 'config');
const stateDir = join(projectDir, '.state');
const statePath = (name) => join(stateDir, name);
const has = (name) => existsSync(statePath(name));
function put(name, value) {
  mkdirSync(dirname(statePath(name)), { recursive: true });
  writeFileSync(statePath(name), JSON.stringify(value));
}

function fail(code, message) {
  console.error(message);
  process.exit(code);
}

/** The engine's stage name for a do/ script and its arguments. */
function stageOf(script, args) {
  if (script === 'test' && args.includes('--adapter')) return 'test-adapter';
  if (script === 'adapter') return `adapter-${args[0] ?? 'add'}`;
  if (script === 'tune') return `tune-${args[args.indexOf('--technique') + 1] ?? 'sft'}`;
  return script;
}

const argAfter = (args, flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);

/** do/config as MCC keeps it: `export NAME="value"` lines, the last one of a name winning. */
function configValue(name) {
  if (!existsSync(configPath)) return undefined;
  const lines = readFileSync(configPath, 'utf8').split('\n');
  const line = lines.reverse().find((l) => l.startsWith(`export ${name}=`));
  return line?.slice(`export ${name}=`.length).replace(/^"|"$/g, '');
}
function setConfigValue(name, value) {
  const kept = existsSync(configPath)
    ? readFileSync(configPath, 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith(`export ${name}=`))
    : [];
  writeFileSync(configPath, `${[...kept, `export ${name}="${value}"`].join('\n')}\n`);
}

/**
 * MCC's tune jobs: submitted once (TUNE_JOB_NAME_<T> in do/config), done MCC_EXAMPLE_TUNE_SECONDS
 * after the submit; MCC_EXAMPLE_TUNE_JOB_FAIL=1 at submit makes the job end Failed.
 */
const TUNE_JOBS = {
  submit(project, technique, dataset) {
    const name = `${project.projectName}-tune-${technique}-${Date.now()}`;
    put(`tune-jobs/${name}`, {
      technique,
      dataset,
      submittedAt: Date.now(),
      seconds: Number(env.MCC_EXAMPLE_TUNE_SECONDS ?? 0),
      fails: env.MCC_EXAMPLE_TUNE_JOB_FAIL === '1',
    });
    setConfigValue(`TUNE_JOB_NAME_${technique.toUpperCase()}`, name);
    console.log(`✅ Job submitted: ${name}`);
    return name;
  },
  find(technique) {
    const name = configValue(`TUNE_JOB_NAME_${technique.toUpperCase()}`);
    return name && has(`tune-jobs/${name}`) ? name : undefined;
  },
  /** waits until the job ends; returns its final status */
  async wait(name) {
    const job = JSON.parse(readFileSync(statePath(`tune-jobs/${name}`), 'utf8'));
    const left = job.submittedAt + job.seconds * 1000 - Date.now();
    if (left > 0) {
      console.log(`⏳ ${name}: InProgress, about ${Math.ceil(left / 1000)} s to go`);
      await sleep(left);
    }
    return job.fails ? 'Failed' : 'Completed';
  },
};

async function sagemaker(project) {
  const { SageMakerClient } = await import('@aws-sdk/client-sagemaker');
  return new SageMakerClient({ region: project.region });
}

const AWS = {
  async deploy(project) {
    const sdk = await import('@aws-sdk/client-sagemaker');
    const client = await sagemaker(project);
    const name = project.projectName;
    const tags = [
      { Key: 'mcc-e2e:project', Value: name },
      { Key: 'mcc-e2e:config-id', Value: env.MCC_E2E_CONFIG_ID ?? '' },
      // the emulator runs another type (below): the quota simulation counts this tag
      { Key: INSTANCE_TYPE_TAG, Value: project.instanceType },
    ];
    await client.send(
      new sdk.CreateModelCommand({
        ModelName: name,
        ExecutionRoleArn: env.MCC_EXAMPLE_ROLE_ARN ?? 'arn:aws:iam::123456789012:role/mcc-example-sagemaker',
        PrimaryContainer: { Image: `123456789012.dkr.ecr.${project.region}.amazonaws.com/${name}:latest` },
        Tags: tags,
      }),
    );
    await client.send(
      new sdk.CreateEndpointConfigCommand({
        EndpointConfigName: name,
        ProductionVariants: [
          {
            VariantName: 'AllTraffic',
            ModelName: name,
            // moto 5.2's list of instance types predates ml.g5: the emulator gets one it knows
            InstanceType: env.MCC_EXAMPLE_EMULATOR_INSTANCE_TYPE ?? 'ml.m5.xlarge',
            InitialInstanceCount: 1,
          },
        ],
        Tags: tags,
      }),
    );
    capacityFault(project);
    await client.send(
      new sdk.CreateEndpointCommand({ EndpointName: name, EndpointConfigName: name, Tags: tags }),
    );
    const inUse = Number.isFinite(quotaOf(project.instanceType))
      ? await AWS.endpointsOfType(client, project.instanceType)
      : 0;
    if (inUse > quotaOf(project.instanceType)) {
      await client.send(new sdk.DeleteEndpointCommand({ EndpointName: name }));
      resourceLimitExceeded(project.instanceType, inUse - 1);
    }
    await sdk.waitUntilEndpointInService(
      { client, maxWaitTime: 120, minDelay: 1, maxDelay: 2 },
      { EndpointName: name },
    );
    console.log(`endpoint ${name} is InService`);
  },
  /** endpoints of a type, as SageMaker's quota counts them (each of ours has one instance) */
  async endpointsOfType(client, instanceType) {
    const sdk = await import('@aws-sdk/client-sagemaker');
    const { Endpoints = [] } = await client.send(new sdk.ListEndpointsCommand({ MaxResults: 100 }));
    let count = 0;
    for (const endpoint of Endpoints) {
      const { Tags = [] } = await client
        .send(new sdk.ListTagsCommand({ ResourceArn: endpoint.EndpointArn }))
        .catch(() => ({ Tags: [] }));
      if (Tags.some((t) => t.Key === INSTANCE_TYPE_TAG && t.Value === instanceType)) count++;
    }
    return count;
  },
  async invoke(project, adapter) {
    const { SageMakerRuntimeClient, InvokeEndpointCommand } =
      await import('@aws-sdk/client-sagemaker-runtime');
    const client = new SageMakerRuntimeClient({ region: project.region });
    const response = await client.send(
      new InvokeEndpointCommand({
        EndpointName: project.projectName,
        ContentType: 'application/json',
        Body: JSON.stringify({
          inputs: 'Say hello',
          parameters: { max_new_tokens: 16 },
          ...(adapter ? { adapter } : {}),
        }),
      }),
    );
    console.log(
      `response: ${Buffer.from(response.Body ?? [])
        .toString()
        .slice(0, 200)}`,
    );
  },
  async clean(project) {
    const sdk = await import('@aws-sdk/client-sagemaker');
    const client = await sagemaker(project);
    const name = project.projectName;
    const gone = (error) => /Could not find|does not exist|not found/i.test(String(error?.message));
    for (const command of [
      new sdk.DeleteEndpointCommand({ EndpointName: name }),
      new sdk.DeleteEndpointConfigCommand({ EndpointConfigName: name }),
      new sdk.DeleteModelCommand({ ModelName: name }),
    ]) {
      try {
        await client.send(command);
        console.log(`deleted ${command.constructor.name.replace(/^Delete|Command$/g, '')} ${name}`);
      } catch (error) {
        if (!gone(error)) throw error;
      }
    }
  },
};

const useAws = () => Boolean(env.AWS_ENDPOINT_URL);

// Quota and capacity, as SageMaker reports them (README.md beside this file):
// MCC_EXAMPLE_QUOTA=ml.g5.xlarge=2 rejects a deploy when that many endpoints of the type exist
// (in moto with AWS_ENDPOINT_URL, else in MCC_EXAMPLE_ENDPOINTS_DIR, shared by all projects);
// MCC_EXAMPLE_CAPACITY_FAILS=<n> fails the first n deploys of a project for lack of capacity.
const INSTANCE_TYPE_TAG = 'mcc-example:instance-type';
const endpointsDir = (instanceType) =>
  join(env.MCC_EXAMPLE_ENDPOINTS_DIR || join(tmpdir(), 'mcc-example-endpoints'), instanceType);

function quotaOf(instanceType) {
  const entry = (env.MCC_EXAMPLE_QUOTA ?? '')
    .split(',')
    .map((pair) => pair.trim().split('='))
    .find(([type]) => type === instanceType);
  return entry ? Number(entry[1]) : Infinity;
}

function resourceLimitExceeded(instanceType, current) {
  fail(
    1,
    `An error occurred (ResourceLimitExceeded) when calling the CreateEndpoint operation: The account-level service limit '${instanceType} for endpoint usage' is ${quotaOf(instanceType)} Instances, with current utilization of ${current} Instances and a request delta of 1 Instances. Please use AWS Service Quotas to request an increase for this quota. If AWS Service Quotas is not available, contact AWS support to request an increase for this quota.`,
  );
}

function capacityFault(project) {
  const attempts = has('deploy-attempts')
    ? JSON.parse(readFileSync(statePath('deploy-attempts'), 'utf8'))
    : 0;
  put('deploy-attempts', attempts + 1);
  if (attempts < Number(env.MCC_EXAMPLE_CAPACITY_FAILS ?? 0))
    fail(
      1,
      `Endpoint ${project.projectName} failed: Unable to provision requested ML compute capacity due to InsufficientInstanceCapacity error. Please retry using a different ML instance type or after some time.`,
    );
}

/** The local stand-in of the account's endpoints: one file per deployed project. */
const LOCAL_ENDPOINTS = {
  add(project) {
    if (!Number.isFinite(quotaOf(project.instanceType))) return;
    const dir = endpointsDir(project.instanceType);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, project.projectName), '');
    const inUse = readdirSync(dir).length;
    if (inUse > quotaOf(project.instanceType)) {
      LOCAL_ENDPOINTS.remove(project);
      resourceLimitExceeded(project.instanceType, inUse - 1);
    }
  },
  remove(project) {
    rmSync(join(endpointsDir(project.instanceType), project.projectName), { force: true });
  },
};

/** The workload (BENCHMARK_*) and the simulated endpoint (MCC_EXAMPLE_BENCH_*) from the environment. */
function benchmarkProfile() {
  const number = (name, fallback) =>
    env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
  return {
    levels: (env.BENCHMARK_CONCURRENCY_LEVELS ?? '2').split(',').map(Number),
    requests: number('BENCHMARK_REQUEST_COUNT', 100),
    inputTokens: number('BENCHMARK_INPUT_TOKENS_MEAN', 100),
    outputTokens: number('BENCHMARK_OUTPUT_TOKENS_MEAN', 100),
    streaming: env.BENCHMARK_STREAMING !== 'false',
    ttftMs: number('MCC_EXAMPLE_BENCH_TTFT_MS', 120),
    itlMs: number('MCC_EXAMPLE_BENCH_ITL_MS', 15),
    errorFraction: number('MCC_EXAMPLE_BENCH_ERROR_FRACTION', 0),
    // 0.8 = 20 % less throughput: every duration is divided by it
    scale: number('MCC_EXAMPLE_BENCH_THROUGHPUT_SCALE', 1),
    seed: number('MCC_EXAMPLE_BENCH_SEED', 1),
    malformed: env.MCC_EXAMPLE_BENCH_MALFORMED === '1',
  };
}

/** mulberry32: a tiny seeded generator, so a seed always gives the same files. */
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * AIPerf's per-request JSONL, one profile-concurrency-<L>.jsonl per level: `concurrency` users
 * send requests back to back; latency grows with load, jitter is log-normal. Failed requests
 * (an exact fraction, spread evenly) carry AIPerf's `error` object. MCC_EXAMPLE_BENCH_MALFORMED=1
 * cuts line 3 of the first level's file short.
 */
function writeAiperfResults(profile) {
  const random = seededRandom(profile.seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const jitter = (sigma) => Math.exp(sigma * gaussian());
  const ms = (value) => ({ value, unit: 'ms' });
  const dir = join(projectDir, 'benchmarks');
  mkdirSync(dir, { recursive: true });
  const epochNs = BigInt(Date.now()) * 1_000_000n;
  return profile.levels.map((concurrency, levelIndex) => {
    const userClockNs = Array.from({ length: concurrency }, () => 0);
    const lines = [];
    for (let i = 0; i < profile.requests; i++) {
      const user = i % concurrency;
      const startNs = userClockNs[user] + Math.round(random() * 2e6);
      const failed = Math.floor((i + 1) * profile.errorFraction) > Math.floor(i * profile.errorFraction);
      const isl = Math.max(1, Math.round(profile.inputTokens * (0.9 + 0.2 * random())));
      const osl = Math.max(2, Math.round(profile.outputTokens * (0.8 + 0.4 * random())));
      const ttft = (profile.ttftMs * (1 + 0.15 * (concurrency - 1)) * jitter(0.15)) / profile.scale;
      const itl = (profile.itlMs * (1 + 0.05 * (concurrency - 1)) * jitter(0.1)) / profile.scale;
      const latency = failed ? ttft : ttft + itl * (osl - 1);
      const endNs = startNs + Math.round(latency * 1e6);
      userClockNs[user] = endNs;
      const metadata = `{"session_num":${i},"x_request_id":"req-${concurrency}-${i}","worker_id":"worker-${user}","benchmark_phase":"profiling","request_start_ns":${epochNs + BigInt(startNs)},"request_end_ns":${epochNs + BigInt(endNs)}}`;
      const metrics = failed
        ? {}
        : {
            request_latency: ms(latency),
            ...(profile.streaming
              ? {
                  time_to_first_token: ms(ttft),
                  time_to_second_token: ms(itl * jitter(0.1)),
                  inter_token_latency: ms(itl),
                  prefill_throughput_per_user: { value: isl / (ttft / 1000), unit: 'tokens/sec/user' },
                  output_token_throughput_per_user: { value: 1000 / itl, unit: 'tokens/sec/user' },
                }
              : {
                  output_token_throughput_per_user: {
                    value: osl / (latency / 1000),
                    unit: 'tokens/sec/user',
                  },
                }),
            input_sequence_length: { value: isl, unit: 'tokens' },
            output_token_count: { value: osl, unit: 'tokens' },
          };
      const error = failed
        ? { code: 503, type: 'ServiceUnavailable', message: 'simulated: the endpoint is overloaded' }
        : null;
      lines.push(
        `{"metadata":${metadata},"metrics":${JSON.stringify(metrics)},"error":${JSON.stringify(error)}}`,
      );
    }
    if (profile.malformed && levelIndex === 0 && lines.length >= 3) lines[2] = lines[2].slice(0, 40);
    const file = join(dir, `profile-concurrency-${concurrency}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  });
}

const SCRIPTS = {
  async build() {
    put('image', { tag: 'latest', builtAt: new Date().toISOString() });
    console.log('built image (simulated)');
  },
  async push() {
    if (!has('image')) fail(5, 'do/push: no local image — run do/build first');
    put('pushed', { at: new Date().toISOString() });
    console.log('pushed image (simulated)');
  },
  async deploy(project) {
    if (useAws()) await AWS.deploy(project);
    else {
      capacityFault(project);
      LOCAL_ENDPOINTS.add(project);
    }
    // a deploy whose wait gave up after the endpoint was created: nothing recorded in the project
    if (targets('MCC_EXAMPLE_FORGET_AT', 'deploy'))
      fail(1, `do/deploy: gave up waiting for ${project.projectName}; its state was not recorded`);
    put('endpoint', { name: project.projectName, status: 'InService' });
    console.log(`deployed ${project.projectName}`);
  },
  async test(project, args) {
    if (!has('endpoint')) fail(3, 'do/test: no active deployment — run do/deploy first');
    const adapter = argAfter(args, '--adapter');
    if (adapter && !has(`adapters/${adapter}`)) fail(3, `do/test: adapter ${adapter} is not attached`);
    if (useAws()) await AWS.invoke(project, adapter);
    console.log(`inference OK${adapter ? ` with adapter ${adapter}` : ''}`);
  },
  async tune(project, args) {
    if (!project.enableLora) fail(3, 'do/tune: the project was generated without --enable-lora');
    const technique = argAfter(args, '--technique') ?? 'sft';
    const dataset = argAfter(args, '--dataset');
    if (!dataset) fail(2, 'do/tune: --dataset is required');
    // as MCC's do/tune: a job recorded in do/config is resumed (or reused when completed)
    let job = args.includes('--force') ? undefined : TUNE_JOBS.find(technique);
    if (job) console.log(`🔍 Found existing ${technique.toUpperCase()} job: ${job}`);
    else {
      job = TUNE_JOBS.submit(project, technique, dataset);
      if (args.includes('--no-wait')) {
        console.log('   --no-wait specified. Job running in background.');
        return;
      }
    }
    const status = await TUNE_JOBS.wait(job);
    if (status !== 'Completed')
      fail(2, `   ❌ Status: ${status} (${job}) — re-run with --force to start a new job`);
    put(`tune-${technique}`, { dataset, output: `s3://example/${project.projectName}/tune-${technique}/` });
    console.log(`tuning job ${job} (${technique}) completed (simulated)`);
  },
  async adapter(project, args) {
    const [verb, name] = args;
    if (verb !== 'add' || !name) fail(2, 'usage: do/adapter add <name> --from-tune <technique>');
    if (!has('endpoint')) fail(3, 'do/adapter: no active deployment');
    const technique = argAfter(args, '--from-tune') ?? 'sft';
    if (!has(`tune-${technique}`)) fail(3, `do/adapter: no completed tune-${technique} output`);
    put(`adapters/${name}`, { from: technique });
    console.log(`adapter ${name} attached`);
  },
  async benchmark(project, args) {
    if (!has('endpoint')) fail(3, 'do/benchmark: no active deployment');
    const workload = argAfter(args, '--workload') ?? 'sample';
    for (const file of writeAiperfResults(benchmarkProfile())) console.log(`wrote ${file}`);
    console.log(`benchmark ${workload} (simulated) against ${project.projectName}`);
  },
  async clean(project) {
    // MCC's do/clean guards on an active deployment (do/lib/script-contract.sh): exit 3, on stdout
    if (!has('endpoint')) {
      console.log('❌ Contract violation: deployment-active');
      console.log(`   No active deployment found for target: ${project.deploymentTarget}`);
      console.log(`   → Run: do/deploy --target ${project.deploymentTarget}`);
      process.exit(3);
    }
    if (useAws()) await AWS.clean(project);
    else LOCAL_ENDPOINTS.remove(project);
    rmSync(statePath('endpoint'), { force: true });
    rmSync(statePath('adapters'), { recursive: true, force: true });
    console.log('cleaned all resources');
  },
};

export async function runDoScript(script, args) {
  const project = JSON.parse(readFileSync(join(projectDir, 'project.json'), 'utf8'));
  // the call log: one JSON line per do/ call, the argv as the script was called
  appendFileSync(
    join(projectDir, 'calls.jsonl'),
    `${JSON.stringify({ argv: [`./do/${script}`, ...args], at: new Date().toISOString() })}\n`,
  );
  if (env.MCC_EXAMPLE_ORPHAN === 'late-deploy') await lateDeploy(project);
  await injectFaults(stageOf(script, args));
  try {
    await SCRIPTS[script](project, args);
  } catch (error) {
    fail(1, `do/${script}: ${error.name ?? 'Error'}: ${error.message}`);
  }
}
