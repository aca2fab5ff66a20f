import { describe, expect, it } from '@jest/globals';
import { classifyFailure, FAILURE_PATTERNS, failurePattern } from '../../src/lifecycle/failure-class.js';
import { isRetryable } from '../../src/lifecycle/retry.js';
import { isRegression } from '../../src/results/record.js';

const deploy = (text: string, exitCode: number | null = 1) => ({ stage: 'deploy', exitCode, text });

describe('classifyFailure: why a stage failed, from a table of signatures', () => {
  it.each([
    ['An error occurred (ResourceLimitExceeded) when calling the CreateEndpoint operation', 'infrastructure'],
    [
      'InsufficientInstanceCapacity: We currently do not have sufficient ml.g5.xlarge capacity',
      'infrastructure',
    ],
    [
      'An error occurred (ThrottlingException) when calling the DescribeEndpoint operation: Rate exceeded',
      'infrastructure',
    ],
    [
      'An error occurred (InternalFailure) when calling the CreateModel operation (reached max retries: 4)',
      'infrastructure',
    ],
    ['ServiceUnavailable: Service is unavailable', 'infrastructure'],
    [
      'An error occurred (ExpiredTokenException): The security token included in the request is expired',
      'infrastructure',
    ],
    [
      'User: arn:aws:sts::1:assumed-role/ci is not authorized to perform: sagemaker:CreateEndpoint',
      'infrastructure',
    ],
    [
      'Unable to locate credentials. You can configure credentials by running "aws configure".',
      'infrastructure',
    ],
    ['HF_TOKEN is not set: the model is gated', 'infrastructure'],
    ['ModelError: the container exited with code 137 while loading the weights', 'product'],
    ['test: expected a completion, got an empty body', 'product'],
    ['', 'product'],
  ])('%s → %s', (text, expected) => {
    expect(classifyFailure(deploy(text))).toBe(expected);
  });

  it('a timeout is a timeout and a stop is a cancellation, whatever stderr says', () => {
    expect(classifyFailure({ ...deploy('ThrottlingException', null), timedOut: true })).toBe('timeout');
    expect(classifyFailure({ ...deploy('ResourceLimitExceeded', null), aborted: true })).toBe('cancelled');
  });

  it('exit 4 of do/push or do/clean (AWS credential or ECR problem) is infrastructure; of do/test it is not', () => {
    expect(classifyFailure({ stage: 'push', exitCode: 4, text: 'push failed' })).toBe('infrastructure');
    expect(classifyFailure({ stage: 'test', exitCode: 4, text: 'test failed' })).toBe('product');
  });

  it.each([
    ['An error occurred (ResourceLimitExceeded) when calling the CreateEndpoint operation', true],
    ['InsufficientInstanceCapacity: not enough ml.g5.xlarge capacity', true],
    ['ThrottlingException: Rate exceeded', true],
    ['ServiceUnavailable: Service is unavailable', true],
    ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock', false],
    ['is not authorized to perform: sagemaker:CreateEndpoint', false],
    ['HF_TOKEN is not set: the model is gated', false],
    ['ModelError: the container exited with code 137', false],
  ])('retried only when another try can pass: %s → %s', (text, retried) => {
    const pattern = failurePattern(deploy(text));
    const record = {
      failureClass: pattern?.failureClass ?? 'product',
      transient: pattern?.transient === true,
    };
    expect(isRetryable(record, { isStage2: false })).toBe(retried);
    expect(isRetryable(record, { isStage2: true })).toBe(false);
  });

  it('every pattern has a name and a class', () => {
    for (const p of FAILURE_PATTERNS) expect(p.name && p.failureClass).toBeTruthy();
  });
});

describe('isRegression: previous pass, now a product or timeout failure', () => {
  it.each([
    ['pass', 'fail-deploy', 'product', true],
    ['pass', 'fail-deploy', 'timeout', true],
    ['pass', 'fail-deploy', 'infrastructure', false],
    ['pass', 'cancelled', 'cancelled', false],
    ['fail-test', 'fail-deploy', 'product', false],
    [undefined, 'fail-deploy', 'product', false],
  ] as const)('%s → %s (%s): %s', (previous, status, failureClass, expected) => {
    expect(isRegression(previous, { status, failureClass })).toBe(expected);
  });
});
