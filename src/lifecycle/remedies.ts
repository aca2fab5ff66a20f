/**
 * What an exit code means under MCC's do/ contract, and the one-line remedy for failures we
 * recognise. Both are tables: a new signature is one row.
 */
export interface FailureFacts {
  stage: string;
  exitCode: number | null;
  /** the tail of the stage's output: MCC's scripts print their errors on stdout */
  outputTail: string;
  timedOut: boolean;
  missingScript: boolean;
  timeoutSeconds: number;
  instanceType: string;
  region: string;
  hfTokenSecretId?: string;
}

interface ExitCodeMeaning {
  code: number;
  meaning: string;
  stages?: readonly string[];
}

const EXIT_CODE_MEANINGS: readonly ExitCodeMeaning[] = [
  { code: 1, meaning: 'general error' },
  { code: 2, meaning: 'Docker is not installed', stages: ['build'] },
  { code: 2, meaning: 'usage error: the script rejected its arguments' },
  { code: 3, meaning: 'contract violation: a precondition failed (e.g. no active deployment)' },
  { code: 4, meaning: 'AWS credential or ECR problem', stages: ['push', 'clean'] },
  { code: 5, meaning: 'the local image is missing (build first)', stages: ['push'] },
  { code: 126, meaning: 'the script is not executable' },
  { code: 127, meaning: 'command not found' },
];

export function exitCodeMeaning(stage: string, code: number | null): string | undefined {
  return EXIT_CODE_MEANINGS.find((m) => m.code === code && (!m.stages || m.stages.includes(stage)))?.meaning;
}

interface Remedy {
  name: string;
  applies: (f: FailureFacts) => boolean;
  remedy: (f: FailureFacts) => string;
}

const mentions = (pattern: RegExp) => (f: FailureFacts) => pattern.test(f.outputTail);

export const REMEDIES: readonly Remedy[] = [
  {
    name: 'stage timeout',
    applies: (f) => f.timedOut,
    remedy: (f) =>
      `the stage ran past its ${f.timeoutSeconds}s limit: raise ${f.stage.startsWith('tune-') ? 'tuneTimeout' : 'timeout'} in the catalog entry, or read the stage log for where it hung`,
  },
  {
    name: 'missing do/ script',
    applies: (f) => f.missingScript,
    remedy: (f) =>
      f.stage === 'generate'
        ? 'the generator was not found: install it (npm i -g @aws/ml-container-creator) or set the generator input/--generator'
        : `the generated project has no script for "${f.stage}": check the generator version, or override the stage command`,
  },
  {
    name: 'endpoint quota',
    applies: (f) => f.stage === 'deploy' && /ResourceLimitExceeded/.test(f.outputTail),
    remedy: (f) =>
      `request a quota increase for "${f.instanceType} for endpoint usage" in ${f.region} (Service Quotas → Amazon SageMaker), or delete idle endpoints`,
  },
  {
    name: 'missing Hugging Face token',
    applies: mentions(
      /(ResourceNotFoundException[^\n]*secret|HF_TOKEN[^\n]*(not set|missing|empty)|gated repo|401[^\n]*huggingface)/i,
    ),
    remedy: (f) =>
      `store a Hugging Face token with access to the model in Secrets Manager as "${f.hfTokenSecretId || 'mlcc/hf-token'}" (or set hf-token-secret-id)`,
  },
  {
    name: 'no Docker',
    applies: mentions(/Docker is not installed|Cannot connect to the Docker daemon/),
    remedy: () =>
      'the runner has no working Docker (do/build builds the image locally): use a runner with a Docker daemon, or build in CodeBuild with MCC’s "submit" step in place of build and push',
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
    remedy: (f) =>
      `create the ECR repository ${/ECR repository '([^']+)'/.exec(f.outputTail)?.[1] ?? ''} in ${f.region} (ml-container-creator bootstrap does), or set ECR_REPOSITORY_NAME`,
  },
  {
    name: 'missing local image',
    applies: (f) => f.stage === 'push' && f.exitCode === 5,
    remedy: () => 'there is no local image to push: build must run before push and pass',
  },
  {
    name: 'no AWS credentials',
    applies: mentions(/AWS credentials not configured|Unable to locate credentials/),
    remedy: () =>
      'the stage found no AWS credentials: give the job a role (role-to-assume and id-token: write) or set AWS credentials',
  },
  {
    name: 'ECR authentication',
    applies: (f) =>
      /(no basic auth credentials|get-login-password|authorization token has expired|denied: [^\n]*ecr|ecr[^\n]*(denied|unauthorized))/i.test(
        f.outputTail,
      ) ||
      (f.stage === 'push' && f.exitCode === 4),
    remedy: (f) =>
      `ECR login failed: the role needs ecr:GetAuthorizationToken and push rights on the project repository in ${f.region}; check role-to-assume`,
  },
  {
    name: 'access denied',
    applies: mentions(/(AccessDenied|not authorized to perform|UnauthorizedOperation|ExpiredToken)/),
    remedy: () =>
      'the AWS role lacks a permission (the message names the action): add it to the role in infra/ci-stack.yaml, or check role-to-assume and the OIDC trust',
  },
];

export function remedyFor(facts: FailureFacts): string | undefined {
  return REMEDIES.find((r) => r.applies(facts))?.remedy(facts);
}
