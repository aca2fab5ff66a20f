import { beforeAll, expect, it } from '@jest/globals';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describeWithMoto } from '../helpers/moto.js';
import {
  generateRealProject,
  REAL_GENERATOR,
  realGeneratorEnv,
  runReal,
  type RealProject,
} from '../helpers/real-generator.js';
import { runAction } from '../helpers/runner.js';
import { loadCatalog, SHIPPED_CATALOG_DIR } from '../../src/catalog/load.js';
import type { CatalogEntry } from '../../src/catalog/types.js';
import { resolveStages, type ResolvedStage } from '../../src/lifecycle/resolve.js';
import { MCC_DO_SCRIPTS } from '../../src/lifecycle/stages.js';
import { runProcess, type ProcessOutcome } from '../../src/lifecycle/process.js';
import { Scrubber } from '../../src/lifecycle/scrub.js';
import { exitCodeMeaning, remedyFor } from '../../src/lifecycle/remedies.js';
import { classifyFailure } from '../../src/lifecycle/failure-class.js';
import { saysNothingDeployed } from '../../src/lifecycle/clean-outcome.js';

/**
 * Every stage argv we build, run against the real MCC 1.6.0 scripts of projects the real
 * generator makes from OUR generate argv, on moto. A sample of the shipped catalog: each tier,
 * each instance type and each env clamp at least once. Generation is slow, so each sampled project
 * is generated once and shared. There is no Docker daemon here: push's exit codes are reached
 * with a stand-in `docker` (login succeeds, the image is missing) — the one mock, said so.
 */
const catalog = loadCatalog(join(SHIPPED_CATALOG_DIR, 'e2e-catalog.json'));

/** Few entries covering every tier, instance type and env clamp (greedy set cover). */
function sampleOf(entries: readonly CatalogEntry[]): CatalogEntry[] {
  const keys = (e: CatalogEntry) => [
    `tier:${e.tier}`,
    `instance:${e.params.instanceType}`,
    `env:${JSON.stringify(e.env ?? {})}`,
  ];
  const uncovered = new Set(entries.flatMap(keys));
  const sample: CatalogEntry[] = [];
  while (uncovered.size > 0) {
    const gain = (e: CatalogEntry) => keys(e).filter((k) => uncovered.has(k)).length;
    const best = entries.reduce((a, b) => (gain(b) > gain(a) ? b : a));
    keys(best).forEach((k) => uncovered.delete(k));
    sample.push(best);
  }
  return sample;
}
const SAMPLE = sampleOf(catalog.entries);
const stagesOf = (entry: CatalogEntry, projectName: string): ResolvedStage[] =>
  resolveStages(entry, { generator: [REAL_GENERATOR], projectName, benchmarkWorkload: 'sample' });

/** A rejected argument, in the words of MCC's scripts. */
const REJECTED = /Unknown option|Unknown command|requires a value|requires an adapter name|Usage:/;
/**
 * What each stage prints once it has accepted its arguments and started its work, on this
 * machine (no Docker daemon, no container, an empty profile). Guarded stages run with the guard
 * met (`DEPLOYMENT_TARGET_SMAI_STATUS=InService`); deploy and tune run with their `--dry-run`.
 */
const ACCEPTED: Record<string, { marker: RegExp; guardMet?: boolean; dryRun?: boolean }> = {
  build: { marker: /Building Docker image for/ },
  push: { marker: /Validating AWS credentials/ },
  deploy: { marker: /Deploy|deploy/, dryRun: true },
  test: { marker: /Health check/, guardMet: true },
  // MCC's generator sets TUNE_SUPPORTED=false for a model it cannot find in its tune catalog
  'tune-sft': {
    marker:
      /Dry run — validation passed, would submit|Managed fine-tuning is not available for this model family/,
    dryRun: true,
  },
  'adapter-add': { marker: /TUNE_ADAPTER_PATH_SFT is not set/, guardMet: true },
  'test-adapter': { marker: /Health check/, guardMet: true },
  benchmark: { marker: /benchmark S3 bucket|Workload/, guardMet: true },
  clean: { marker: /Contract violation: deployment-active/ },
};

const DATASETS = ['sft-small', 'sft-medium', 'sft-large'];

describeWithMoto('our stage argv against the real MCC 1.6.0 scripts', (moto) => {
  const projects = new Map<string, RealProject>();
  let env: NodeJS.ProcessEnv;
  let dockerStandIn: string;

  const setGuard = (project: RealProject, met: boolean): void => {
    const file = join(project.dir, 'do', 'config');
    const text = readFileSync(file, 'utf8').replace(
      /^export DEPLOYMENT_TARGET_SMAI_STATUS=.*$/m,
      `export DEPLOYMENT_TARGET_SMAI_STATUS="${met ? 'InService' : ''}"`,
    );
    writeFileSync(file, text);
  };
  /** Run a stage as the engine runs it (runProcess: argv, own process group, a scrubbed log). */
  const runStage = (argv: string[], project: RealProject, stageEnv = env): Promise<ProcessOutcome> =>
    runProcess({
      argv,
      cwd: project.dir,
      env: stageEnv,
      timeoutSeconds: 90,
      killGraceSeconds: 2,
      logFile: join(dirname(project.dir), `${argv[0]?.split('/').pop() ?? 'stage'}.log`),
      scrubber: new Scrubber(),
    });

  beforeAll(async () => {
    const home = mkdtempSync(join(tmpdir(), 'mcc-home-'));
    mkdirSync(join(home, '.ml-container-creator'));
    writeFileSync(
      join(home, '.ml-container-creator', 'config.json'),
      JSON.stringify({
        activeProfile: 'ci',
        profiles: {
          ci: {
            accountId: '123456789012',
            awsRegion: 'us-west-2',
            roleArn: 'arn:aws:iam::123456789012:role/mcc-ci',
            provisionedModules: ['training'],
          },
        },
      }),
    );
    // docker: login succeeds, there is no image to tag (what push meets after a failed build)
    dockerStandIn = mkdtempSync(join(tmpdir(), 'docker-standin-'));
    writeFileSync(
      join(dockerStandIn, 'docker'),
      '#!/bin/sh\ncase "$1" in login) cat >/dev/null; echo "Login Succeeded";; *) echo "Error response from daemon: No such image: $2" >&2; exit 1;; esac\n',
    );
    chmodSync(join(dockerStandIn, 'docker'), 0o755);
    env = realGeneratorEnv({
      ...moto().env,
      HOME: home,
      AWS_DEFAULT_REGION: 'us-west-2',
      MCC_NO_STALE_WARNING: 'true',
    });
    const s3 = new S3Client(moto().clientConfig);
    await s3.send(
      new CreateBucketCommand({
        Bucket: 'mlcc-e2e-datasets',
        CreateBucketConfiguration: { LocationConstraint: 'us-west-2' },
      }),
    );
    for (const set of DATASETS) {
      await s3.send(
        new PutObjectCommand({
          Bucket: 'mlcc-e2e-datasets',
          Key: `${set}/train.jsonl`,
          Body: '{"prompt":"Say hello","completion":"Hello"}\n',
        }),
      );
    }
    const dir = mkdtempSync(join(tmpdir(), 'mcc-real-argv-'));
    for (const entry of SAMPLE) {
      // each stage gets the entry's env (its clamps) and AWS_REGION, generate included
      const stageEnv = { ...env, ...entry.env, AWS_REGION: entry.params.region };
      projects.set(entry.id, await generateRealProject(entry, dir, { env: stageEnv }));
    }
  }, 240_000);

  it('the sample covers every tier, instance type and env clamp of the shipped catalog', () => {
    const distinct = (f: (e: CatalogEntry) => string, entries: readonly CatalogEntry[]) =>
      [...new Set(entries.map(f))].sort();
    for (const f of [
      (e: CatalogEntry) => e.tier,
      (e: CatalogEntry) => e.params.instanceType,
      (e: CatalogEntry) => JSON.stringify(e.env ?? {}),
    ])
      expect(distinct(f, SAMPLE)).toEqual(distinct(f, catalog.entries));
    expect(SAMPLE.length).toBeLessThanOrEqual(5);
  });

  it('generate: the real generator accepts our argv and writes the entry’s configuration into do/config', () => {
    for (const entry of SAMPLE) {
      const project = projects.get(entry.id) as RealProject;
      expect(project.argv).toEqual(stagesOf(entry, project.projectName)[0]?.argv);
      const config = readFileSync(join(project.dir, 'do', 'config'), 'utf8');
      expect(config).toContain(`export PROJECT_NAME="${project.projectName}"`);
      expect(config).toContain(`export DEPLOYMENT_CONFIG="${entry.params.deploymentConfig}"`);
      expect(config).toContain(`export INSTANCE_TYPE="${entry.params.instanceType}"`);
      expect(config).toContain(`export DEPLOYMENT_TARGET="${entry.params.deploymentTarget}"`);
      expect(config).toContain('export ENABLE_LORA=true');
    }
  });

  it('the do/ scripts MCC’s generic step names may call are the real project’s', () => {
    const project = projects.get(SAMPLE[0]?.id as string) as RealProject;
    const scripts = readdirSync(join(project.dir, 'do')).filter(
      (f) =>
        !f.startsWith('.') &&
        f !== 'README.md' &&
        f !== 'config' &&
        statSync(join(project.dir, 'do', f)).isFile(),
    );
    expect(scripts.sort()).toEqual([...MCC_DO_SCRIPTS]);
  });

  it('only generate and tune differ between entries: every other stage argv is the same', () => {
    const argvByStage = (entry: CatalogEntry): Record<string, string[]> =>
      Object.fromEntries(
        stagesOf(entry, 'p')
          .filter((s) => s.name !== 'generate' && !s.definition.isTune)
          .map((s) => [s.name, s.argv]),
      );
    // the first sampled entry has every stage; an entry without tune lacks only the adapter stages
    const reference = argvByStage(SAMPLE[0] as CatalogEntry);
    expect(Object.keys(reference)).toEqual(expect.arrayContaining(['adapter-add', 'test-adapter']));
    for (const entry of catalog.entries) {
      const own = argvByStage(entry);
      expect(own).toEqual(Object.fromEntries(Object.keys(own).map((name) => [name, reference[name]])));
    }
  });

  it('every stage argv of the first sampled entry, and the tune argv of each, is accepted by the real script', async () => {
    const checks = [
      ...stagesOf(SAMPLE[0] as CatalogEntry, 'p')
        .filter((s) => s.name !== 'generate')
        .map((s) => ({ entry: SAMPLE[0] as CatalogEntry, stage: s })),
      ...SAMPLE.slice(1).flatMap((entry) =>
        stagesOf(entry, 'p')
          .filter((s) => s.definition.isTune)
          .map((stage) => ({ entry, stage })),
      ),
    ];
    const seen: string[] = [];
    const refusedTune: string[] = [];
    // one project's stages in order (they share its do/config); the projects side by side
    const byProject = [...new Set(checks.map((c) => c.entry.id))].map((id) =>
      checks.filter((c) => c.entry.id === id),
    );
    await Promise.all(
      byProject.map(async (own) => {
        for (const { entry, stage } of own) {
          const project = projects.get(entry.id) as RealProject;
          const rule = ACCEPTED[stage.name];
          expect([stage.name, rule !== undefined]).toEqual([stage.name, true]);
          setGuard(project, rule?.guardMet === true);
          const outcome = await runStage(rule?.dryRun ? [...stage.argv, '--dry-run'] : stage.argv, project, {
            ...env,
            ...entry.env,
            AWS_REGION: entry.params.region,
          });
          setGuard(project, false);
          const said = `${entry.id} ${stage.argv.join(' ')} → exit ${outcome.exitCode}\n${outcome.outputTail}`;
          expect(said).not.toMatch(REJECTED);
          expect(said).toMatch(rule?.marker as RegExp);
          expect(outcome.spawnError).toBeUndefined();
          if (/Managed fine-tuning is not available/.test(said)) refusedTune.push(entry.id);
          seen.push(`${entry.id}:${stage.name}`);
        }
      }),
    );
    // the entries whose model MCC cannot tune have no tune step: every tune stage sampled is accepted
    expect(refusedTune).toEqual([]);
    // why they have none (their notes): the real do/tune refuses the model even given MCC's own
    // tune-catalog id for it. When MCC learns the model, this fails: put the tune steps back.
    const nemotron = projects.get('rt-nemotron3-nano-30b-tp4') as RealProject;
    expect(readFileSync(join(nemotron.dir, 'do', 'config'), 'utf8')).toContain('export TUNE_SUPPORTED=false');
    const withMccId = await runStage(
      [
        './do/tune',
        '--technique',
        'sft',
        '--dataset',
        's3://mlcc-e2e-datasets/sft-large/train.jsonl',
        '--training-type',
        'lora',
        '--model',
        'huggingface-reasoning-nvidia-nemotron-3-nano-30b-a3b-bf16',
        '--dry-run',
      ],
      nemotron,
    );
    expect([withMccId.exitCode, withMccId.outputTail]).toEqual([
      1,
      expect.stringContaining('Managed fine-tuning is not available for this model family'),
    ]);
    expect(seen).toContain(`${SAMPLE[0]?.id}:benchmark`);
  }, 240_000);

  it('do/benchmark has no #! line: the executor runs it with bash, never /bin/sh', async () => {
    const project = projects.get(SAMPLE[0]?.id as string) as RealProject;
    expect(readFileSync(join(project.dir, 'do', 'benchmark'), 'utf8').startsWith('#!')).toBe(false);
    const outcome = await runStage(['./do/benchmark', '--help'], project);
    expect(outcome.outputTail).not.toContain('Illegal option');
    expect(outcome.exitCode).not.toBe(2);
  });

  it('exit 3 (guard): do/clean with nothing deployed is "nothing to clean"; do/test says deploy first', async () => {
    const project = projects.get(SAMPLE[0]?.id as string) as RealProject;
    const clean = await runStage(['./do/clean', 'all', '--force'], project);
    expect(clean.exitCode).toBe(3);
    expect(saysNothingDeployed(clean)).toBe(true);
    expect(exitCodeMeaning('clean', 3)).toBe(
      'contract violation: a precondition failed (e.g. no active deployment)',
    );
    const test = await runStage(['./do/test'], project);
    expect(test.exitCode).toBe(3);
    expect(classifyFailure({ stage: 'test', exitCode: 3, text: test.outputTail })).toBe('product');
    expect(remedyFor(facts('test', test))).toBe(
      'do/test\'s "deployment-active" precondition is not met (MCC says: run do/deploy --target realtime-inference): the stage that provides it did not run or did not pass',
    );
  });

  it('exit 4 (AWS/ECR): do/push without the ECR repository, and without credentials; exit 5: no local image', async () => {
    const project = projects.get(SAMPLE[0]?.id as string) as RealProject;
    const withDocker = { ...env, PATH: [dockerStandIn, env.PATH].join(delimiter) };
    const noRepository = await runStage(['./do/push'], project, withDocker);
    expect(noRepository.exitCode).toBe(4);
    expect(exitCodeMeaning('push', 4)).toBe('AWS credential or ECR problem');
    expect(classifyFailure({ stage: 'push', exitCode: 4, text: noRepository.outputTail })).toBe(
      'infrastructure',
    );
    expect(remedyFor(facts('push', noRepository))).toBe(
      'create the ECR repository ml-container-creator in us-west-2 (ml-container-creator bootstrap does), or set ECR_REPOSITORY_NAME',
    );

    const noCredentials = await runStage(['./do/push'], project, {
      ...withDocker,
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
      AWS_CONFIG_FILE: '/nonexistent',
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(noCredentials.exitCode).toBe(4);
    expect(classifyFailure({ stage: 'push', exitCode: 4, text: noCredentials.outputTail })).toBe(
      'infrastructure',
    );
    expect(remedyFor(facts('push', noCredentials))).toMatch(/^the stage found no AWS credentials/);

    // the ECR client is not a dependency: the aws CLI the scripts use creates the repository
    const created = await runReal(
      ['aws', 'ecr', 'create-repository', '--repository-name', 'ml-container-creator'],
      project.dir,
      env,
    );
    expect(created.code).toBe(0);
    const noImage = await runStage(['./do/push'], project, withDocker);
    expect(noImage.exitCode).toBe(5);
    expect(exitCodeMeaning('push', 5)).toBe('the local image is missing (build first)');
    expect(remedyFor(facts('push', noImage))).toBe(
      'there is no local image to push: build must run before push and pass',
    );
  });

  it('a real early failure: build (no Docker daemon) ends fail-build, the real do/clean records "nothing to clean"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-real-run-'));
    const store = join(dir, 'store');
    const run = await runAction('dist/run/index.js', {
      inputs: {
        config: SAMPLE[0]?.id as string,
        generator: REAL_GENERATOR,
        workspace: join(dir, 'ws'),
        'save-local': store,
        // a runner without Docker is not helped by a retry: one attempt keeps the suite short
        'infra-retries': '0',
      },
      env: { ...(env as Record<string, string>), GITHUB_RUN_ID: '1201', GITHUB_RUN_ATTEMPT: '1' },
    });
    expect(run.outputs.status).toBe('fail-build');
    expect(run.summary).toMatch(
      /\| ✅ \| clean \| [^|]+ \| nothing to clean: no SageMaker resource named \S+\* exists \|/,
    );
    const [file] = readdirSync(join(store, 'records'));
    const record = JSON.parse(readFileSync(join(store, 'records', file as string), 'utf8')) as {
      testStatus: string;
      cleanFailed: boolean;
      failureClass: string;
      stageResults: Record<string, { status: string }>;
    };
    expect(record).toMatchObject({
      testStatus: 'fail-build',
      cleanFailed: false,
      failureClass: 'infrastructure',
    });
    expect(record.stageResults.generate?.status).toBe('pass');
    expect(record.stageResults.clean?.status).toBe('pass');
    expect(run.summary).toContain('→ the runner has no working Docker');
    expect(run.summary).toMatch(/Docker/);
  }, 180_000);
});

function facts(stage: string, outcome: ProcessOutcome) {
  return {
    stage,
    exitCode: outcome.exitCode,
    outputTail: outcome.outputTail,
    timedOut: false,
    missingScript: false,
    timeoutSeconds: 1800,
    instanceType: 'ml.g5.xlarge',
    region: 'us-west-2',
  };
}
