import { beforeAll, expect, it } from '@jest/globals';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTrainingJobCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { describeWithMoto } from '../helpers/moto.js';
import {
  generateRealProject,
  realGeneratorEnv,
  runReal,
  type RealProject,
} from '../helpers/real-generator.js';
import { catalogText, validate, validEntry } from '../helpers/catalog.js';
import { resolveStages } from '../../src/lifecycle/resolve.js';
import { doConfigValue } from '../../src/aws/tune-jobs.js';
import { ROOT } from '../helpers/runner.js';

/**
 * The overlap-tune schedule relies on two behaviours of the real MCC 1.6.0 do/tune: it accepts
 * --no-wait, and a later call with the same technique resumes the job named in do/config
 * (TUNE_JOB_NAME_<T>) instead of submitting another. Checked here with the real scripts against
 * moto. The sagemaker Python SDK cannot be installed on this machine, so its TrainingJob resource
 * (the one call the status helper makes) is a stand-in over boto3 (fixtures/sagemaker-core-standin).
 */
const DATASET = 's3://mcc-tune-data/train.jsonl';
const entry = validate(
  catalogText([
    validEntry({
      id: 'qwen3-tune',
      args: '--deployment-config=transformers-vllm --model-name=Qwen/Qwen3-0.6B --instance-type=ml.g5.xlarge --region=us-west-2 --enable-lora',
      tuneConfig: {
        technique: 'sft',
        trainingType: 'lora',
        dataset: DATASET,
        tuneId: 'huggingface-reasoning-qwen3-06b',
      },
    }),
  ]),
).catalog?.entries[0];
if (!entry) throw new Error('invalid test entry');

/** The two do/tune calls of an overlapped leg, exactly as the engine resolves them. */
const steps = resolveStages(entry, { generator: ['mcc'], projectName: 'p', schedule: 'overlap-tune' });
const submitArgv = steps.find((s) => s.phase === 'submit')?.argv ?? [];
const waitArgv = steps.find((s) => s.phase === 'wait')?.argv ?? [];

describeWithMoto('the real MCC do/tune under the overlap-tune schedule', (moto) => {
  let project: RealProject;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    // an MCC profile with the training module provisioned (do/tune's training-infra guard)
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
    env = realGeneratorEnv({
      ...moto().env,
      HOME: home,
      AWS_DEFAULT_REGION: 'us-west-2',
      MCC_NO_STALE_WARNING: 'true',
      PYTHONPATH: join(ROOT, '__tests__/fixtures/sagemaker-core-standin'),
    });
    project = await generateRealProject(entry, mkdtempSync(join(tmpdir(), 'mcc-real-')), { env });
    const s3 = new S3Client(moto().clientConfig);
    await s3.send(
      new CreateBucketCommand({
        Bucket: 'mcc-tune-data',
        CreateBucketConfiguration: { LocationConstraint: 'us-west-2' },
      }),
    );
    await s3.send(
      new PutObjectCommand({
        Bucket: 'mcc-tune-data',
        Key: 'train.jsonl',
        Body: '{"prompt":"Say hello","completion":"Hello"}\n',
      }),
    );
  }, 180_000);

  it('accepts the submit call with --no-wait (and still rejects a misspelt flag)', async () => {
    expect(submitArgv.at(-1)).toBe('--no-wait');
    // --dry-run: the real submit needs the sagemaker SDK's trainers; everything before it runs
    const submit = await runReal([...submitArgv, '--dry-run'], project.dir, env);
    expect(submit.stdout).not.toContain('Unknown option');
    expect(submit.stdout).toContain('Dry run — validation passed, would submit');
    expect(submit.stdout).toContain(`Dataset:       ${DATASET}`);
    expect(submit.code).toBe(0);
    const misspelt = await runReal([...submitArgv.slice(0, -1), '--no-wiat', '--dry-run'], project.dir, env);
    expect(misspelt.code).toBe(1);
    expect(misspelt.stdout).toContain('Unknown option: --no-wiat');
  }, 120_000);

  it('the wait call resumes the job recorded in do/config instead of submitting another', async () => {
    const name = `${project.projectName}-tune-sft-20260101-000000`;
    await new SageMakerClient(moto().clientConfig).send(
      new CreateTrainingJobCommand({
        TrainingJobName: name,
        AlgorithmSpecification: {
          TrainingImage: '123456789012.dkr.ecr.us-west-2.amazonaws.com/tune:latest',
          TrainingInputMode: 'File',
        },
        RoleArn: 'arn:aws:iam::123456789012:role/mcc-ci',
        OutputDataConfig: { S3OutputPath: 's3://mcc-tune-data/out' },
        ResourceConfig: { InstanceType: 'ml.g5.xlarge', InstanceCount: 1, VolumeSizeInGB: 10 },
        StoppingCondition: { MaxRuntimeInSeconds: 3600 },
      }),
    );
    // what do/tune's submit writes into do/config (its _update_config_var)
    appendFileSync(join(project.dir, 'do', 'config'), `export TUNE_JOB_NAME_SFT="${name}"\n`);
    expect(doConfigValue(project.dir, 'TUNE_JOB_NAME_SFT')).toBe(name);

    expect(waitArgv).toEqual(submitArgv.slice(0, -1));
    const wait = await runReal(waitArgv, project.dir, env);
    expect(wait.stdout).toContain(`Found existing SFT job: ${name}`);
    expect(wait.stdout).toContain('Status: Completed');
    expect(wait.stdout).not.toContain('Submitting');
    expect(wait.code).toBe(0);
    // nothing replaced the recorded job
    expect(readFileSync(join(project.dir, 'do', 'config'), 'utf8')).toContain(`TUNE_JOB_NAME_SFT="${name}"`);
  }, 120_000);
});
