import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import {
  BENCHMARK_COLUMNS,
  BENCHMARK_PARTITION_KEYS,
  GLUE_DATABASE,
  GLUE_TABLE,
  benchmarkTableDdl,
  type BenchmarkColumn,
} from '../../src/benchmark/columns.js';
import { RESOURCE_TYPES } from '../../src/aws/sagemaker-resources.js';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const TEMPLATE_TEXT = readFileSync(resolve(ROOT, 'infra/ci-stack.yaml'), 'utf8');
const SQL_TEXT = readFileSync(resolve(ROOT, 'infra/benchmark_results.sql'), 'utf8');

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Obj) : {});
const list = (x: unknown): unknown[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function loadTemplate(): Obj {
  return parse(TEMPLATE_TEXT) as Obj;
}

// ------------------------------------------------------------------ a small CloudFormation evaluator
// Enough of CloudFormation's intrinsics to see the policies as AWS would for given parameters.
// Resources resolve to markers: Ref X -> "{{X}}", GetAtt X.Arn -> "{{X.Arn}}".

const NO_VALUE = Symbol('AWS::NoValue');

interface Scenario {
  region: string;
  account: string;
  params: Record<string, string>;
}

const ACCOUNT = '123456789012';
const EXEC_ROLE = `arn:aws:iam::${ACCOUNT}:role/sm-exec`;
const EXISTING_PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;

const DEFAULTS: Scenario = {
  region: 'us-west-2',
  account: ACCOUNT,
  params: { GitHubOrg: 'acme', GitHubRepo: 'models', SageMakerExecutionRoleArn: EXEC_ROLE },
};
const CUSTOM: Scenario = {
  region: 'eu-central-1',
  account: ACCOUNT,
  params: {
    GitHubOrg: 'acme',
    GitHubRepo: 'models',
    OidcProviderArn: EXISTING_PROVIDER,
    AllowedSubjects: 'repo:acme/models:ref:refs/tags/v*,repo:acme/models:environment:prod',
    EnableHistory: 'false',
    EnableBenchmarkInfra: 'false',
  },
};
/** A repository with GitHub's immutable OIDC subjects (created after 2026-07-15). */
const IMMUTABLE: Scenario = {
  region: 'us-west-2',
  account: ACCOUNT,
  params: {
    GitHubOrg: 'my-org',
    GitHubRepo: 'my-models',
    GitHubOwnerId: '123',
    GitHubRepoId: '456',
    SageMakerExecutionRoleArn: EXEC_ROLE,
  },
};
const SCENARIOS: [string, Scenario][] = [
  ['defaults (new OIDC provider, default subjects)', DEFAULTS],
  ['existing provider, own subjects, no history/benchmark, no execution role', CUSTOM],
  ['immutable subjects (owner and repository ids)', IMMUTABLE],
];

class Stack {
  private readonly params: Record<string, string | string[]> = {};
  private readonly conditions = new Map<string, boolean>();

  constructor(
    readonly template: Obj,
    readonly scenario: Scenario,
  ) {
    for (const [name, spec] of Object.entries(obj(template.Parameters))) {
      const raw = scenario.params[name] ?? obj(spec).Default;
      if (raw === undefined) throw new Error(`parameter ${name} has no value`);
      this.params[name] = obj(spec).Type === 'CommaDelimitedList' ? String(raw).split(',') : String(raw);
    }
  }

  condition(name: string): boolean {
    let value = this.conditions.get(name);
    if (value === undefined) {
      const spec = obj(this.template.Conditions)[name];
      if (spec === undefined) throw new Error(`unknown condition ${name}`);
      value = this.value(spec) as boolean;
      this.conditions.set(name, value);
    }
    return value;
  }

  private ref(name: string): unknown {
    const pseudo: Record<string, unknown> = {
      'AWS::Region': this.scenario.region,
      'AWS::AccountId': this.scenario.account,
      'AWS::Partition': 'aws',
      'AWS::StackName': 'mcc-e2e-ci',
      'AWS::NoValue': NO_VALUE,
    };
    if (name in pseudo) return pseudo[name];
    if (name in this.params) return this.params[name];
    if (name in obj(this.template.Resources)) return `{{${name}}}`;
    throw new Error(`Ref to unknown ${name}`);
  }

  private sub(text: string, vars: Obj): string {
    return text.replace(/\$\{([^}!]+)\}/g, (_, name: string) => {
      if (name in vars) return String(this.value(vars[name]));
      if (name.includes('.')) return `{{${name}}}`;
      const value = this.ref(name);
      if (typeof value !== 'string') throw new Error(`Fn::Sub of a non-string \${${name}}`);
      return value;
    });
  }

  value(node: unknown): unknown {
    if (Array.isArray(node)) return node.map((n) => this.value(n)).filter((n) => n !== NO_VALUE);
    if (node === null || typeof node !== 'object') return node;
    const entries = Object.entries(node as Obj);
    const [key, arg] = entries[0] ?? [];
    if (
      entries.length === 1 &&
      key !== undefined &&
      (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::'))
    ) {
      const args = list(arg);
      switch (key) {
        case 'Ref':
          return this.ref(String(arg));
        case 'Condition':
          return this.condition(String(arg));
        case 'Fn::GetAtt':
          return `{{${args.join('.')}}}`;
        case 'Fn::Sub':
          return typeof arg === 'string' ? this.sub(arg, {}) : this.sub(String(args[0]), obj(args[1]));
        case 'Fn::If':
          return this.value(this.condition(String(args[0])) ? args[1] : args[2]);
        case 'Fn::Join':
          return list(this.value(args[1])).join(String(args[0]));
        case 'Fn::Split':
          return String(this.value(args[1])).split(String(args[0]));
        case 'Fn::Equals':
          return JSON.stringify(this.value(args[0])) === JSON.stringify(this.value(args[1]));
        case 'Fn::Not':
          return !this.value(args[0]);
        case 'Fn::And':
          return args.every((a) => this.value(a));
        case 'Fn::Or':
          return args.some((a) => this.value(a));
        default:
          throw new Error(`the test's evaluator does not know ${key}`);
      }
    }
    const out: Obj = {};
    for (const [k, v] of entries) {
      const resolved = this.value(v);
      if (resolved !== NO_VALUE) out[k] = resolved;
    }
    return out;
  }

  /** The resources this scenario creates, with resolved properties. */
  resources(): { name: string; type: string; props: Obj; raw: Obj }[] {
    return Object.entries(obj(this.template.Resources))
      .map(([name, r]) => ({ name, raw: obj(r) }))
      .filter(({ raw }) => raw.Condition === undefined || this.condition(String(raw.Condition)))
      .map(({ name, raw }) => ({
        name,
        raw,
        type: String(raw.Type),
        props: obj(this.value(raw.Properties)),
      }));
  }
}

// ------------------------------------------------------------------ the checks (each returns problems)

interface Statement {
  where: string;
  s: Obj;
}

const SUB_KEY = 'token.actions.githubusercontent.com:sub';
const AUD_KEY = 'token.actions.githubusercontent.com:aud';

/** Subjects that let more than one named repository (or any ref of it) in. */
function tooBroad(sub: string, org: string, repo: string, ids?: [string, string]): boolean {
  const prefix = ids ? `repo:${org}@${ids[0]}/${repo}@${ids[1]}:` : `repo:${org}/${repo}:`;
  return (
    !sub.startsWith(prefix) ||
    /^repo:[^/]*\*/.test(sub) ||
    /^repo:[^/]+\/[^:]*\*/.test(sub) ||
    /^repo:[^/]+\/[^:]+:\*$/.test(sub)
  );
}

function trustProblems(stack: Stack): string[] {
  const problems: string[] = [];
  const {
    GitHubOrg: org,
    GitHubRepo: repo,
    GitHubOwnerId: ownerId,
    GitHubRepoId: repoId,
  } = stack.scenario.params as Record<string, string>;
  const ids: [string, string] | undefined = ownerId && repoId ? [ownerId, repoId] : undefined;
  const provider = stack.resources().find((r) => r.type === 'AWS::IAM::OIDCProvider');
  const roles = stack.resources().filter((r) => r.type === 'AWS::IAM::Role');
  if (roles.length === 0) problems.push('no IAM role');
  for (const role of roles) {
    const statements = list(obj(role.props.AssumeRolePolicyDocument).Statement).map(obj);
    if (statements.length === 0) problems.push(`${role.name}: empty trust policy`);
    statements.forEach((s, i) => {
      const at = `${role.name} trust[${i}]`;
      const principal = obj(s.Principal);
      if (s.Effect !== 'Allow') problems.push(`${at}: Effect ${String(s.Effect)}`);
      if (Object.keys(principal).join() !== 'Federated' || s.Principal === '*')
        problems.push(`${at}: principal other than Federated: ${JSON.stringify(s.Principal)}`);
      const federated = principal.Federated;
      const expected = provider ? `{{${provider.name}}}` : stack.scenario.params.OidcProviderArn;
      if (federated !== expected || expected === undefined)
        problems.push(`${at}: Federated ${JSON.stringify(federated)} is not the GitHub provider`);
      if (JSON.stringify(list(s.Action)) !== '["sts:AssumeRoleWithWebIdentity"]')
        problems.push(`${at}: Action ${JSON.stringify(s.Action)}`);
      const condition = obj(s.Condition);
      if (obj(condition.StringEquals)[AUD_KEY] !== 'sts.amazonaws.com')
        problems.push(`${at}: aud not StringEquals`);
      for (const [op, keys] of Object.entries(condition)) {
        if (op !== 'StringLike' && SUB_KEY in obj(keys)) problems.push(`${at}: sub under ${op}`);
      }
      const subs = list(obj(condition.StringLike)[SUB_KEY]).map(String);
      if (subs.length === 0) problems.push(`${at}: no sub condition`);
      for (const sub of subs)
        if (tooBroad(sub, org as string, repo as string, ids)) problems.push(`${at}: sub too broad: ${sub}`);
      if (role.name === 'GitHubRole' && subs.some((sub) => /:pull_request$/.test(sub)))
        problems.push(`${at}: a pull request subject reaches the read-write role`);
    });
  }
  if (provider) {
    if (provider.props.Url !== 'https://token.actions.githubusercontent.com') problems.push('provider URL');
    if (JSON.stringify(provider.props.ClientIdList) !== '["sts.amazonaws.com"]')
      problems.push('provider client id');
  }
  return problems;
}

function statements(stack: Stack): Statement[] {
  const out: Statement[] = [];
  for (const r of stack.resources()) {
    const docs: [string, unknown][] = [];
    if (r.type === 'AWS::IAM::Role')
      for (const p of list(r.props.Policies).map(obj))
        docs.push([`${r.name}/${String(p.PolicyName)}`, p.PolicyDocument]);
    if (['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::S3::BucketPolicy'].includes(r.type))
      docs.push([r.name, r.props.PolicyDocument]);
    for (const [where, doc] of docs)
      list(obj(doc).Statement).forEach((s, i) =>
        out.push({ where: `${where}[${String(obj(s).Sid ?? i)}]`, s: obj(s) }),
      );
  }
  return out;
}

/** Actions IAM only accepts on Resource "*" (no resource-level permissions). */
const UNSCOPABLE = new Set([
  'sts:GetCallerIdentity',
  'ecr:GetAuthorizationToken',
  'sagemaker:ListModels',
  'sagemaker:ListEndpointConfigs',
  'sagemaker:ListEndpoints',
  'sagemaker:ListInferenceComponents',
  'sagemaker:ListTrainingJobs',
  'servicequotas:ListServiceQuotas',
]);

function isTlsOnlyDeny(s: Obj): boolean {
  return s.Effect === 'Deny' && obj(obj(s.Condition).Bool)['aws:SecureTransport'] === 'false';
}

function permissionProblems(stack: Stack): string[] {
  const problems: string[] = [];
  for (const { where, s } of statements(stack)) {
    if (s.NotAction !== undefined || s.NotResource !== undefined)
      problems.push(`${where}: NotAction/NotResource`);
    if (s.Effect === 'Deny') {
      if (!isTlsOnlyDeny(s)) problems.push(`${where}: unexpected Deny`);
      continue;
    }
    const actions = list(s.Action).map(String);
    for (const a of actions) if (a.includes('*')) problems.push(`${where}: wildcard action ${a}`);
    if (list(s.Principal).length > 0 && where.includes('BucketPolicy'))
      problems.push(`${where}: bucket policy grants access`);
    const resources = list(s.Resource).map(String);
    if (resources.length === 0) problems.push(`${where}: no Resource`);
    if (resources.includes('*'))
      for (const a of actions)
        if (!UNSCOPABLE.has(a)) problems.push(`${where}: ${a} on "*" although it can be scoped`);
  }
  return problems;
}

function passRoleProblems(stack: Stack): string[] {
  const problems: string[] = [];
  const passRole = statements(stack).filter(
    ({ s }) => s.Effect === 'Allow' && list(s.Action).some((a) => /^iam:(PassRole|\*)$|^\*$/.test(String(a))),
  );
  const role = stack.scenario.params.SageMakerExecutionRoleArn;
  if (role && passRole.length !== 1) problems.push(`${passRole.length} iam:PassRole statements, expected 1`);
  if (!role && passRole.length !== 0) problems.push('iam:PassRole without an execution role');
  for (const { where, s } of passRole) {
    if (JSON.stringify(list(s.Resource)) !== JSON.stringify([role]))
      problems.push(`${where}: PassRole on ${s.Resource}`);
    if (obj(obj(s.Condition).StringEquals)['iam:PassedToService'] !== 'sagemaker.amazonaws.com')
      problems.push(`${where}: no iam:PassedToService condition`);
  }
  return problems;
}

const DATA_TYPES = ['AWS::DynamoDB::Table', 'AWS::S3::Bucket', 'AWS::Glue::Database', 'AWS::Glue::Table'];

function retainProblems(template: Obj): string[] {
  return Object.entries(obj(template.Resources))
    .filter(([, r]) => DATA_TYPES.includes(String(obj(r).Type)))
    .flatMap(([name, r]) =>
      ['DeletionPolicy', 'UpdateReplacePolicy']
        .filter((policy) => obj(r)[policy] !== 'Retain')
        .map((policy) => `${name}: ${policy} is not Retain`),
    );
}

function bucketProblems(stack: Stack): string[] {
  const problems: string[] = [];
  const policies = stack.resources().filter((r) => r.type === 'AWS::S3::BucketPolicy');
  for (const b of stack.resources().filter((r) => r.type === 'AWS::S3::Bucket')) {
    const block = obj(b.props.PublicAccessBlockConfiguration);
    for (const key of ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'])
      if (block[key] !== true) problems.push(`${b.name}: ${key} is not true`);
    if (obj(b.props.VersioningConfiguration).Status !== 'Enabled') problems.push(`${b.name}: not versioned`);
    const sse = list(obj(b.props.BucketEncryption).ServerSideEncryptionConfiguration).map(obj);
    if (!sse.some((rule) => obj(rule.ServerSideEncryptionByDefault).SSEAlgorithm))
      problems.push(`${b.name}: no SSE`);
    const tls = policies.find(
      (p) =>
        p.props.Bucket === `{{${b.name}}}` &&
        list(obj(p.props.PolicyDocument).Statement)
          .map(obj)
          .some(
            (s) =>
              isTlsOnlyDeny(s) &&
              s.Principal === '*' &&
              list(s.Action).includes('s3:*') &&
              list(s.Resource).includes(`arn:aws:s3:::{{${b.name}}}/*`),
          ),
    );
    if (!tls) problems.push(`${b.name}: no TLS-only bucket policy`);
  }
  return problems;
}

function columnsOf(list: unknown): BenchmarkColumn[] {
  return (list as { Name: string; Type: string }[]).map((c) => ({
    name: c.Name,
    glueType: c.Type,
  })) as BenchmarkColumn[];
}

/** Columns and partition keys of a CREATE EXTERNAL TABLE statement. */
function parseDdl(sql: string) {
  const text = sql.replace(/--.*$/gm, '');
  const match =
    /CREATE\s+EXTERNAL\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?`?(\w+)`?\.`?(\w+)`?\s*\(([\s\S]*?)\)\s*PARTITIONED\s+BY\s*\(([\s\S]*?)\)\s*STORED\s+AS\s+PARQUET\s+LOCATION\s+'([^']+)'/i.exec(
      text,
    );
  if (!match)
    throw new Error('not a CREATE EXTERNAL TABLE … PARTITIONED BY … STORED AS PARQUET LOCATION statement');
  const columns = (body: string): BenchmarkColumn[] =>
    body
      .split(',')
      .map((c) => c.trim())
      .map((c) => {
        const col = /^`?(\w+)`?\s+(\w+)$/.exec(c);
        if (!col) throw new Error(`cannot read column "${c}"`);
        return { name: col[1], glueType: col[2]?.toLowerCase() } as BenchmarkColumn;
      });
  return {
    database: match[1],
    table: match[2],
    columns: columns(match[3] ?? ''),
    partitionKeys: columns(match[4] ?? ''),
    location: match[5],
  };
}

// ------------------------------------------------------------------ the tests

describe('infra/ci-stack.yaml', () => {
  const template = loadTemplate();

  it('is plain YAML: long-form intrinsics only, no short tags', () => {
    expect(TEMPLATE_TEXT).not.toMatch(/(^|[\s[{,:-])!(Ref|Sub|GetAtt|If|Join|Split|Equals|Not|Select)\b/m);
    expect(Object.keys(obj(template.Resources)).length).toBeGreaterThan(0);
  });

  it('has every parameter of 06-infra.md; AllowedSubjects defaults to empty (= main + environment e2e)', () => {
    const params = obj(template.Parameters);
    for (const name of [
      'GitHubOrg',
      'GitHubRepo',
      'AllowedSubjects',
      'OidcProviderArn',
      'TableName',
      'EnableHistory',
      'EnableBenchmarkInfra',
      'SageMakerExecutionRoleArn',
      'ResultsRetentionDays',
    ])
      expect(params).toHaveProperty(name);
    expect(obj(params.AllowedSubjects)).toMatchObject({ Type: 'CommaDelimitedList', Default: '' });
    expect(obj(params.TableName).Default).toBe('mlcc-ci-table');
  });

  describe.each(SCENARIOS)('with %s', (_, scenario) => {
    const stack = new Stack(template, scenario);

    it('roles trust only the GitHub OIDC provider, with aud and a repository-scoped sub on every statement', () => {
      expect(trustProblems(stack)).toEqual([]);
    });

    it('no Allow statement has a wildcard action; "*" resources only for actions that cannot be scoped', () => {
      expect(permissionProblems(stack)).toEqual([]);
    });

    it('iam:PassRole only for the SageMaker execution role, only to sagemaker.amazonaws.com', () => {
      expect(passRoleProblems(stack)).toEqual([]);
    });

    it('buckets: versioned, encrypted, all public access blocked, TLS-only policy', () => {
      expect(bucketProblems(stack)).toEqual([]);
    });

    it('both role names carry the region', () => {
      const names = stack
        .resources()
        .filter((r) => r.type === 'AWS::IAM::Role')
        .map((r) => String(r.props.RoleName));
      expect(names).toContain(`mlcc-e2e-github-${scenario.region}`);
      expect(names).toHaveLength(2);
      for (const name of names) expect(name).toContain(scenario.region);
    });

    it('the read-only role only reads the tables', () => {
      const ro = statements(stack).filter(({ where }) => where.startsWith('ReadOnlyRole/'));
      expect(ro.length).toBeGreaterThan(0);
      const read = ['dynamodb:DescribeTable', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'];
      for (const { s } of ro) {
        expect(list(s.Action).filter((a) => !read.includes(String(a)))).toEqual([]);
        for (const r of list(s.Resource).map(String))
          expect(r).toMatch(/^\{\{(CiTable|HistoryTable)\.Arn\}\}(\/index\/\*)?$/);
      }
    });

    it('the read-write role may make every call of the teardown and sweep (ICs first), each scoped to its resource type', () => {
      const rw = statements(stack).filter(
        ({ where, s }) => where.startsWith('GitHubRole/') && s.Effect === 'Allow',
      );
      const missing: string[] = [];
      for (const type of RESOURCE_TYPES)
        for (const action of type.iam.actions) {
          const arn = `arn:aws:sagemaker:${scenario.region}:${scenario.account}:${type.iam.arnType}/*`;
          const allowed = rw.some(
            ({ s }) =>
              list(s.Action).includes(action) &&
              (UNSCOPABLE.has(action) ? list(s.Resource).includes('*') : list(s.Resource).includes(arn)),
          );
          if (!allowed) missing.push(`${action} on ${UNSCOPABLE.has(action) ? '*' : arn}`);
        }
      expect(missing).toEqual([]);
      expect(RESOURCE_TYPES[0]?.iam.actions).toContain('sagemaker:DeleteInferenceComponent');
    });

    it('inline policies stay under IAM’s 10,240-character limit per role', () => {
      for (const role of stack.resources().filter((r) => r.type === 'AWS::IAM::Role')) {
        const size = list(role.props.Policies)
          .map(
            (p) => JSON.stringify(obj(p).PolicyDocument).replaceAll(/\{\{[^}]+\}\}/g, 'x'.repeat(60)).length,
          )
          .reduce((a, b) => a + b, 0);
        expect(size).toBeLessThan(10240);
      }
    });
  });

  it('with the default subjects, the roles accept main and environment e2e (read-only: also pull requests)', () => {
    const stack = new Stack(template, DEFAULTS);
    const subs = (name: string) =>
      list(stack.resources().find((r) => r.name === name)?.props.AssumeRolePolicyDocument)
        .flatMap((d) => list(obj(d).Statement))
        .flatMap((s) => list(obj(obj(obj(s).Condition).StringLike)[SUB_KEY]));
    const main = 'repo:acme/models:ref:refs/heads/main';
    const env = 'repo:acme/models:environment:e2e';
    expect(subs('GitHubRole')).toEqual([main, env]);
    expect(subs('ReadOnlyRole')).toEqual([main, env, 'repo:acme/models:pull_request']);
    const custom = new Stack(template, CUSTOM);
    const ro = custom.resources().find((r) => r.name === 'ReadOnlyRole');
    expect(JSON.stringify(ro?.props.AssumeRolePolicyDocument)).toContain('repo:acme/models:environment:prod');
  });

  /** IAM's StringLike: `*` any run of characters, `?` one character, case-sensitive. */
  const stringLike = (pattern: string, value: string): boolean =>
    new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    ).test(value);
  const trusts = (stack: Stack, role: string, sub: string): boolean =>
    list(stack.resources().find((r) => r.name === role)?.props.AssumeRolePolicyDocument)
      .flatMap((d) => list(obj(d).Statement))
      .some((st) =>
        list(obj(obj(obj(st).Condition).StringLike)[SUB_KEY]).some((p) => stringLike(String(p), sub)),
      );

  it('with GitHubOwnerId and GitHubRepoId every default subject takes the immutable form', () => {
    const stack = new Stack(template, IMMUTABLE);
    const main = 'repo:my-org@123/my-models@456:ref:refs/heads/main';
    const env = 'repo:my-org@123/my-models@456:environment:e2e';
    const pr = 'repo:my-org@123/my-models@456:pull_request';
    for (const sub of [main, env]) {
      expect([sub, trusts(stack, 'GitHubRole', sub), trusts(stack, 'ReadOnlyRole', sub)]).toEqual([
        sub,
        true,
        true,
      ]);
    }
    // A pull request reaches the read-only role, never the read-write one.
    expect([trusts(stack, 'GitHubRole', pr), trusts(stack, 'ReadOnlyRole', pr)]).toEqual([false, true]);
    // The name-only form (reusable after a rename or transfer) is not trusted any more.
    for (const sub of ['repo:my-org/my-models:ref:refs/heads/main', 'repo:my-org/my-models:pull_request'])
      expect([sub, trusts(stack, 'GitHubRole', sub), trusts(stack, 'ReadOnlyRole', sub)]).toEqual([
        sub,
        false,
        false,
      ]);
    // Another repository or owner with the same names and other ids is not either.
    expect(trusts(stack, 'GitHubRole', 'repo:my-org@999/my-models@456:ref:refs/heads/main')).toBe(false);
    // Without the ids, the name form as before.
    const named = new Stack(template, DEFAULTS);
    expect(trusts(named, 'GitHubRole', 'repo:acme/models:ref:refs/heads/main')).toBe(true);
    expect(trusts(named, 'GitHubRole', 'repo:acme/models:pull_request')).toBe(false);
    expect(trusts(named, 'ReadOnlyRole', 'repo:acme/models:pull_request')).toBe(true);
  });

  it('ReadOnlySubjects replace the pull request default of the read-only role only', () => {
    const stack = new Stack(template, {
      ...IMMUTABLE,
      params: {
        ...IMMUTABLE.params,
        ReadOnlySubjects: 'repo:my-org@123/my-models@456:environment:dashboard',
      },
    });
    const dashboard = 'repo:my-org@123/my-models@456:environment:dashboard';
    expect([trusts(stack, 'GitHubRole', dashboard), trusts(stack, 'ReadOnlyRole', dashboard)]).toEqual([
      false,
      true,
    ]);
    expect(trusts(stack, 'ReadOnlyRole', 'repo:my-org@123/my-models@456:pull_request')).toBe(false);
    expect(trusts(stack, 'ReadOnlyRole', 'repo:my-org@123/my-models@456:ref:refs/heads/main')).toBe(true);
    expect(trustProblems(stack)).toEqual([]);
  });

  it('AllowedSubjects refuses pull request subjects; both ids must come together', () => {
    const params = obj(template.Parameters);
    const allowed = new RegExp(String(obj(params.AllowedSubjects).AllowedPattern));
    for (const bad of ['repo:acme/models:pull_request', 'repo:my-org@123/my-models@456:pull_request'])
      expect([bad, allowed.test(bad)]).toEqual([bad, false]);
    expect(allowed.test('repo:my-org@123/my-models@456:ref:refs/heads/main')).toBe(true);
    const readOnly = new RegExp(String(obj(params.ReadOnlySubjects).AllowedPattern));
    expect(readOnly.test('repo:my-org@123/my-models@456:pull_request')).toBe(true);
    for (const bad of ['*', 'repo:acme/*', 'repo:acme/models:*'])
      expect([bad, readOnly.test(bad)]).toEqual([bad, false]);
    const id = new RegExp(String(obj(params.GitHubOwnerId).AllowedPattern));
    expect([id.test('123'), id.test(''), id.test('12a'), id.test('*')]).toEqual([true, true, false, false]);
    // One id alone keeps the name form (the condition needs both).
    const one = new Stack(template, { ...IMMUTABLE, params: { ...IMMUTABLE.params, GitHubRepoId: '' } });
    expect(trusts(one, 'GitHubRole', 'repo:my-org/my-models:ref:refs/heads/main')).toBe(true);
  });

  it('the parameter patterns refuse org-wide or bare wildcard subjects and wildcard org/repo names', () => {
    const params = obj(template.Parameters);
    const pattern = (name: string) => new RegExp(String(obj(params[name]).AllowedPattern));
    const subjects = pattern('AllowedSubjects');
    for (const bad of [
      '*',
      'repo:acme/*',
      'repo:acme/*:ref:refs/heads/main',
      'repo:acme/models:*',
      'repo:*/models:x',
    ])
      expect([bad, subjects.test(bad)]).toEqual([bad, false]);
    for (const good of ['', 'repo:acme/models:ref:refs/heads/main', 'repo:acme/models:environment:e2e'])
      expect([good, subjects.test(good)]).toEqual([good, true]);
    expect(pattern('GitHubOrg').test('*')).toBe(false);
    expect(pattern('GitHubRepo').test('*')).toBe(false);
    expect(pattern('OidcProviderArn').test('arn:aws:iam::123456789012:oidc-provider/example.com')).toBe(
      false,
    );
  });

  it('keeps every table and bucket when the stack is deleted or a resource replaced', () => {
    expect(retainProblems(template)).toEqual([]);
    const kept = Object.entries(obj(template.Resources))
      .filter(([, r]) => DATA_TYPES.includes(String(obj(r).Type)))
      .map(([name]) => name);
    expect(kept).toEqual(
      expect.arrayContaining(['CiTable', 'HistoryTable', 'ResultsBucket', 'BenchmarkBucket']),
    );
  });

  it('the tables: keys, GSIs, on-demand, PITR, encryption; history with TTL', () => {
    const stack = new Stack(template, DEFAULTS);
    const props = (name: string) => stack.resources().find((r) => r.name === name)?.props ?? {};
    const ci = props('CiTable');
    expect(ci).toMatchObject({
      TableName: 'mlcc-ci-table',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'configId', KeyType: 'HASH' }],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
    });
    const gsis = list(ci.GlobalSecondaryIndexes).map((g) => [obj(g).IndexName, obj(g).KeySchema]);
    expect(gsis).toEqual([
      [
        'testStatus-lastTestTimestamp-index',
        [
          { AttributeName: 'testStatus', KeyType: 'HASH' },
          { AttributeName: 'lastTestTimestamp', KeyType: 'RANGE' },
        ],
      ],
      [
        'tier-lastTestTimestamp-index',
        [
          { AttributeName: 'tier', KeyType: 'HASH' },
          { AttributeName: 'lastTestTimestamp', KeyType: 'RANGE' },
        ],
      ],
    ]);
    expect(props('HistoryTable')).toMatchObject({
      TableName: 'mlcc-ci-history',
      KeySchema: [
        { AttributeName: 'configId', KeyType: 'HASH' },
        { AttributeName: 'runTimestamp', KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { Enabled: true },
    });
    const noHistory = new Stack(template, CUSTOM);
    expect(noHistory.resources().map((r) => r.name)).not.toContain('HistoryTable');
  });

  it('the lease table: key leaseId, on-demand, TTL on expiresAt; the role takes leases with item writes only', () => {
    const stack = new Stack(template, DEFAULTS);
    expect(stack.resources().find((r) => r.name === 'LeaseTable')?.props).toMatchObject({
      TableName: 'mlcc-ci-leases',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'leaseId', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      SSESpecification: { SSEEnabled: true },
    });
    const onLeases = statements(stack).filter(({ s }) =>
      list(s.Resource).some((r) => String(r).startsWith('{{LeaseTable.Arn}}')),
    );
    expect(onLeases.map(({ where }) => where.split('/')[0])).toEqual(['GitHubRole']);
    expect(onLeases.flatMap(({ s }) => list(s.Action)).sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:DeleteItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ]);
    expect(onLeases.flatMap(({ s }) => list(s.Resource))).toEqual(['{{LeaseTable.Arn}}']);
    expect(obj(obj(template.Outputs).LeaseTableName).Value).toEqual({ Ref: 'LeaseTable' });
  });

  it('the results bucket is named by account and region and expires runs/ after ResultsRetentionDays', () => {
    const stack = new Stack(template, {
      ...DEFAULTS,
      params: { ...DEFAULTS.params, ResultsRetentionDays: '45' },
    });
    const bucket = stack.resources().find((r) => r.name === 'ResultsBucket')?.props ?? {};
    expect(bucket.BucketName).toBe(`mlcc-e2e-results-${ACCOUNT}-us-west-2`);
    const rules = list(obj(bucket.LifecycleConfiguration).Rules).map(obj);
    expect(rules).toContainEqual(
      expect.objectContaining({ Prefix: 'runs/', ExpirationInDays: '45', Status: 'Enabled' }),
    );
    const benchmark = stack.resources().find((r) => r.name === 'BenchmarkBucket')?.props ?? {};
    expect(benchmark.BucketName).toBe(`mlcc-benchmark-results-${ACCOUNT}-us-west-2`);
  });

  it('the Glue table has exactly the columns of src/benchmark/columns.ts, partitioned by model/instance/target', () => {
    const stack = new Stack(template, DEFAULTS);
    const db = stack.resources().find((r) => r.type === 'AWS::Glue::Database')?.props ?? {};
    expect(obj(db.DatabaseInput).Name).toBe(GLUE_DATABASE);
    const table = stack.resources().find((r) => r.type === 'AWS::Glue::Table')?.props ?? {};
    const input = obj(table.TableInput);
    const storage = obj(input.StorageDescriptor);
    expect(input.Name).toBe(GLUE_TABLE);
    expect(input.TableType).toBe('EXTERNAL_TABLE');
    expect(columnsOf(storage.Columns)).toEqual(BENCHMARK_COLUMNS);
    expect(columnsOf(input.PartitionKeys)).toEqual(BENCHMARK_PARTITION_KEYS);
    expect(BENCHMARK_PARTITION_KEYS.map((k) => k.name)).toEqual(['model', 'instance', 'target']);
    expect(storage.Location).toBe('s3://{{BenchmarkBucket}}/results/');
    expect(obj(storage.SerdeInfo).SerializationLibrary).toMatch(/ParquetHiveSerDe$/);
  });

  it('the Athena workgroup mlcc-e2e writes query results to its own prefix of the benchmark bucket', () => {
    const stack = new Stack(template, DEFAULTS);
    const wg = stack.resources().find((r) => r.type === 'AWS::Athena::WorkGroup')?.props ?? {};
    expect(wg.Name).toBe('mlcc-e2e');
    const config = obj(wg.WorkGroupConfiguration);
    expect(config.EnforceWorkGroupConfiguration).toBe(true);
    expect(obj(config.ResultConfiguration).OutputLocation).toBe('s3://{{BenchmarkBucket}}/athena-results/');
    expect(new Stack(template, CUSTOM).resources().map((r) => r.type)).not.toContain(
      'AWS::Athena::WorkGroup',
    );
  });

  it('has exactly the outputs of 06-infra.md', () => {
    expect(Object.keys(obj(template.Outputs)).sort()).toEqual(
      [
        'RoleArn',
        'ReadOnlyRoleArn',
        'TableName',
        'HistoryTableName',
        'LeaseTableName',
        'ResultsBucket',
        'BenchmarkBucket',
        'GlueDatabase',
        'AthenaWorkGroup',
      ].sort(),
    );
    for (const output of Object.values(obj(template.Outputs))) expect(obj(output).Value).toBeDefined();
  });

  describe('the checks catch what they guard against (mutated copies of the template)', () => {
    const mutate = (change: (t: Obj) => void) => {
      const copy = structuredClone(template);
      change(copy);
      return copy;
    };
    const resource = (t: Obj, name: string) => obj(obj(t.Resources)[name]);
    const rwTrust = (t: Obj) =>
      obj(list(obj(obj(resource(t, 'GitHubRole').Properties).AssumeRolePolicyDocument).Statement)[0]);
    const sagemakerStatements = (t: Obj) =>
      list(
        obj(
          list(obj(resource(t, 'GitHubRole').Properties).Policies)
            .map(obj)
            .find((p) => p.PolicyName === 'mcc-e2e-sagemaker')?.PolicyDocument,
        ).Statement,
      ).map(obj);

    it.each([
      ['an org-wide sub', ['repo:acme/*']],
      ['a bare * sub', ['*']],
      ['any ref of the repo', ['repo:acme/models:*']],
      ['another repository', ['repo:acme/other:ref:refs/heads/main']],
    ])('trust: %s', (_, sub) => {
      const t = mutate((c) => (obj(obj(rwTrust(c).Condition).StringLike)[SUB_KEY] = sub));
      expect(trustProblems(new Stack(t, DEFAULTS))).toEqual([expect.stringContaining('sub too broad')]);
    });

    it('trust: a statement without a sub condition, or with aud under StringLike', () => {
      const noSub = mutate((c) => delete obj(rwTrust(c).Condition).StringLike);
      expect(trustProblems(new Stack(noSub, DEFAULTS))).toContain('GitHubRole trust[0]: no sub condition');
      const audLike = mutate((c) => {
        const condition = obj(rwTrust(c).Condition);
        condition.StringLike = { ...obj(condition.StringLike), ...obj(condition.StringEquals) };
        delete condition.StringEquals;
      });
      expect(trustProblems(new Stack(audLike, DEFAULTS))).toContain(
        'GitHubRole trust[0]: aud not StringEquals',
      );
    });

    it('trust: another principal', () => {
      const t = mutate((c) => (rwTrust(c).Principal = { AWS: 'arn:aws:iam::999999999999:root' }));
      expect(trustProblems(new Stack(t, DEFAULTS)).length).toBeGreaterThan(0);
    });

    it('permissions: "*", "sagemaker:*", a partial wildcard and a scopable action on "*"', () => {
      for (const action of ['*', 'sagemaker:*', 'sagemaker:Create*']) {
        const t = mutate((c) => (sagemakerStatements(c)[0]!.Action = action));
        expect(permissionProblems(new Stack(t, DEFAULTS))).toContainEqual(
          expect.stringContaining('wildcard action'),
        );
      }
      const t = mutate((c) => (sagemakerStatements(c)[0]!.Resource = '*'));
      expect(permissionProblems(new Stack(t, DEFAULTS))).toContainEqual(
        expect.stringContaining('sagemaker:CreateModel on "*"'),
      );
    });

    it('pass role: on "*" or without the PassedToService condition', () => {
      const passRole = (c: Obj) =>
        obj(
          list(sagemakerStatements(c).find((s) => JSON.stringify(s).includes('iam:PassRole'))?.['Fn::If'])[1],
        );
      const onStar = mutate((c) => (passRole(c).Resource = '*'));
      expect(passRoleProblems(new Stack(onStar, DEFAULTS))).toContainEqual(
        expect.stringContaining('PassRole on *'),
      );
      const noCondition = mutate((c) => delete passRole(c).Condition);
      expect(passRoleProblems(new Stack(noCondition, DEFAULTS))).toContainEqual(
        expect.stringContaining('iam:PassedToService'),
      );
    });

    it('retain and public access', () => {
      const t = mutate((c) => {
        delete resource(c, 'HistoryTable').UpdateReplacePolicy;
        obj(
          obj(resource(c, 'BenchmarkBucket').Properties).PublicAccessBlockConfiguration,
        ).RestrictPublicBuckets = false;
      });
      expect(retainProblems(t)).toEqual(['HistoryTable: UpdateReplacePolicy is not Retain']);
      expect(bucketProblems(new Stack(t, DEFAULTS))).toEqual([
        'BenchmarkBucket: RestrictPublicBuckets is not true',
      ]);
    });

    it('columns: a swapped pair is not equal to the module', () => {
      const swapped = [...BENCHMARK_COLUMNS];
      [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
      expect(swapped).not.toEqual(BENCHMARK_COLUMNS);
      expect(parseDdl(SQL_TEXT.replace('`tier` string', '`tier` int')).columns).not.toEqual(
        BENCHMARK_COLUMNS,
      );
    });
  });
});

describe('infra/benchmark_results.sql', () => {
  it('creates mlcc_ci.benchmark_results with the columns of src/benchmark/columns.ts, Parquet under results/', () => {
    const ddl = parseDdl(SQL_TEXT);
    expect([ddl.database, ddl.table]).toEqual([GLUE_DATABASE, GLUE_TABLE]);
    expect(ddl.columns).toEqual(BENCHMARK_COLUMNS);
    expect(ddl.partitionKeys).toEqual(BENCHMARK_PARTITION_KEYS);
    expect(ddl.location).toMatch(/^s3:\/\/mlcc-benchmark-results-[^/]+\/results\/$/);
  });

  it('equals what benchmarkTableDdl renders, and that parses back to the module', () => {
    const rendered = benchmarkTableDdl('s3://bucket/results/');
    expect(parseDdl(rendered)).toEqual({
      database: GLUE_DATABASE,
      table: GLUE_TABLE,
      columns: BENCHMARK_COLUMNS,
      partitionKeys: BENCHMARK_PARTITION_KEYS,
      location: 's3://bucket/results/',
    });
    const body = (sql: string) => sql.replace(/--.*\n/g, '').replace(/LOCATION '[^']+'/, '');
    expect(body(SQL_TEXT)).toBe(body(rendered));
  });
});
