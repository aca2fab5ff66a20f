import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithMoto } from '../helpers/moto.js';
import { sageMakerTuneJobs } from '../../src/aws/tune-jobs.js';

/** A project whose do/config names a submitted tune job, as MCC's do/tune leaves it. */
function projectWithJob(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcc-tune-jobs-'));
  mkdirSync(join(dir, 'do'));
  writeFileSync(
    join(dir, 'do', 'config'),
    `export PROJECT_NAME="p"\nexport TUNE_JOB_NAME_SFT="old-job"\nexport TUNE_JOB_NAME_SFT="${name}"\n`,
  );
  return dir;
}

const withEnv = async <T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> => {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await body();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
};

describeWithMoto('a submitted tune job: stopped (StopTrainingJob), timed (DescribeTrainingJob)', (moto) => {
  // moto 5 does not implement StopTrainingJob (it answers 500): this stand-in answers it, and DescribeTrainingJob, as SageMaker does
  const calls: { target: string; body: string }[] = [];
  let server: Server;
  let url = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const target = String(req.headers['x-amz-target']);
        calls.push({ target, body });
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        // moto's training jobs end the instant they are created; this one took 12m 34.5s
        res.end(
          target === 'SageMaker.DescribeTrainingJob'
            ? JSON.stringify({
                ...JSON.parse(body),
                CreationTime: 1_700_000_000,
                TrainingEndTime: 1_700_000_754.5,
              })
            : '{}',
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    url = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('stops the job named last in do/config', async () => {
    const sentence = await withEnv({ ...moto().env, AWS_ENDPOINT_URL: url }, () =>
      sageMakerTuneJobs.stop({
        projectDir: projectWithJob('p-tune-sft-1'),
        technique: 'sft',
        region: 'us-west-2',
      }),
    );
    expect(sentence).toBe('tune job p-tune-sft-1 stopped');
    expect(calls).toEqual([
      { target: 'SageMaker.StopTrainingJob', body: '{"TrainingJobName":"p-tune-sft-1"}' },
    ]);
  });

  it('asks SageMaker what the job named last in do/config took, creation to end', async () => {
    calls.length = 0;
    const seconds = await withEnv({ ...moto().env, AWS_ENDPOINT_URL: url }, () =>
      sageMakerTuneJobs.seconds({
        projectDir: projectWithJob('p-tune-sft-3'),
        technique: 'sft',
        region: 'us-west-2',
      }),
    );
    expect(seconds).toBe(754.5);
    expect(calls).toEqual([
      { target: 'SageMaker.DescribeTrainingJob', body: '{"TrainingJobName":"p-tune-sft-3"}' },
    ]);
  });

  it('a job SageMaker does not know, or no credentials to ask with: no figure, no error', async () => {
    const job = { projectDir: projectWithJob('p-tune-sft-unknown'), technique: 'sft', region: 'us-west-2' };
    expect(await withEnv(moto().env, () => sageMakerTuneJobs.seconds(job))).toBeUndefined();
    const bare = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !/^AWS_(ACCESS|SECRET|SESSION|ENDPOINT|PROFILE|WEB)/.test(k),
      ),
    );
    const saved = process.env;
    process.env = bare;
    try {
      calls.length = 0;
      expect(await sageMakerTuneJobs.seconds(job)).toBeUndefined();
      expect(calls).toEqual([]);
    } finally {
      process.env = saved;
    }
  });

  it('when the API refuses, says the job runs on and how to stop it', async () => {
    const sentence = await withEnv({ ...moto().env, AWS_MAX_ATTEMPTS: '1' }, () =>
      sageMakerTuneJobs.stop({
        projectDir: projectWithJob('p-tune-sft-2'),
        technique: 'sft',
        region: 'us-west-2',
      }),
    );
    expect(sentence).toMatch(
      /^tune job p-tune-sft-2 could not be stopped \(.+\): it runs on until it ends, billed for its training instances outside this run's estimate — stop it with: aws sagemaker stop-training-job --training-job-name p-tune-sft-2 --region us-west-2$/,
    );
  }, 60_000);

  it('without credentials it says so, and how to stop the job, without asking the SDK’s chain', async () => {
    const bare = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !/^AWS_(ACCESS|SECRET|SESSION|ENDPOINT|PROFILE|WEB)/.test(k),
      ),
    );
    const saved = process.env;
    process.env = bare;
    try {
      calls.length = 0;
      const job = { projectDir: projectWithJob('p-tune-sft-4'), technique: 'sft', region: 'us-west-2' };
      expect(await sageMakerTuneJobs.stop(job)).toBe(
        "tune job p-tune-sft-4 could not be stopped (no AWS credentials to ask SageMaker with): it runs on until it ends, billed for its training instances outside this run's estimate — stop it with: aws sagemaker stop-training-job --training-job-name p-tune-sft-4 --region us-west-2",
      );
      expect(calls).toEqual([]);
    } finally {
      process.env = saved;
    }
  });

  it('without a job in do/config there is nothing to stop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcc-tune-jobs-'));
    expect(
      await sageMakerTuneJobs.stop({ projectDir: dir, technique: 'dpo', region: 'us-west-2' }),
    ).toBeUndefined();
  });
});
