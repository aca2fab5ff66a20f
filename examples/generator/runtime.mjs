// The do/ scripts of the example project. Two modes: a local simulation with no AWS at all
// (the default), and real SageMaker API calls against the moto server when AWS_ENDPOINT_URL is
// set. Faults are injected through the environment (see README.md beside this file).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

export async function injectFaults(stage) {
  const delay = Number(env.MCC_EXAMPLE_DELAY_MS ?? 0);
  if (delay > 0) await sleep(delay);
  if (targets('MCC_EXAMPLE_WHOAMI_AT', stage)) await whoAmI(stage);
  if (targets('MCC_EXAMPLE_GRANDCHILD_AT', stage)) {
    await spawnStubbornGrandchild();
    console.log(`example: started a grandchild that ignores SIGTERM at ${stage}`);
  }
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
    await client.send(
      new sdk.CreateEndpointCommand({ EndpointName: name, EndpointConfigName: name, Tags: tags }),
    );
    await sdk.waitUntilEndpointInService(
      { client, maxWaitTime: 120, minDelay: 1, maxDelay: 2 },
      { EndpointName: name },
    );
    console.log(`endpoint ${name} is InService`);
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
    put(`tune-${technique}`, { dataset, output: `s3://example/${project.projectName}/tune-${technique}/` });
    console.log(`tuning job (${technique}) completed (simulated)`);
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
  async benchmark() {
    if (!has('endpoint')) fail(3, 'do/benchmark: no active deployment');
    console.log('benchmark (simulated): no requests sent');
  },
  async clean(project) {
    if (useAws()) await AWS.clean(project);
    rmSync(statePath('endpoint'), { force: true });
    rmSync(statePath('adapters'), { recursive: true, force: true });
    console.log('cleaned all resources');
  },
};

export async function runDoScript(script, args) {
  const project = JSON.parse(readFileSync(join(projectDir, 'project.json'), 'utf8'));
  await injectFaults(stageOf(script, args));
  try {
    await SCRIPTS[script](project, args);
  } catch (error) {
    fail(1, `do/${script}: ${error.name ?? 'Error'}: ${error.message}`);
  }
}
