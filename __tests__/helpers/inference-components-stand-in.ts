import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * SageMaker inference components in front of moto. A STAND-IN: moto 5.2.1 does not implement the
 * IC API (ListInferenceComponents answers 500), so this proxy answers Create/List/Describe/
 * DeleteInferenceComponent (JSON protocol, `X-Amz-Target: SageMaker.<Action>`) from memory, and
 * StopTrainingJob (also missing from moto) by recording it, and forwards everything else to moto. What it assumes of the real API, as our teardown must expect:
 * - a deleted IC is `Deleting` for a while (here: the next `deletingFor` Describe/List calls
 *   that see it), then gone — MCC's do/clean waits for `inference-component-deleted`;
 * - DeleteEndpoint is refused while an IC (even a Deleting one) is on the endpoint. The API
 *   reference does not say so; the console deletes ICs first. Refusing is the strict reading.
 */
interface Component {
  name: string;
  arn: string;
  endpoint: string;
  variant: string;
  createdAt: number;
  status: 'InService' | 'Deleting';
  /** Describe/List calls left before a Deleting IC is gone */
  deletingLeft?: number;
}

export interface InferenceComponentStandIn {
  url: string;
  /** what was asked of ICs and endpoints, in order: `DeleteInferenceComponent <name>`, `DeleteEndpoint <name>` */
  calls: () => string[];
  names: () => string[];
  /** a training job (MCC's tune job) in progress since `createdAt` */
  trainingJob: (name: string, createdAt?: Date) => void;
  trainingJobStatus: (name: string) => string | undefined;
  close: () => Promise<void>;
}

const NAME = /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
const ACCOUNT = '123456789012';

export async function startInferenceComponentStandIn(
  target: string,
  /** `refuse`: actions answered AccessDenied, as for a role of an older stack that lacks them */
  options: { deletingFor?: number; refuse?: string[] } = {},
): Promise<InferenceComponentStandIn> {
  const components = new Map<string, Component>();
  const trainingJobs = new Map<string, { name: string; createdAt: number; status: string }>();
  const calls: string[] = [];
  let clock = 0;

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-requestid': 'ic-stand-in',
    });
    res.end(JSON.stringify(body));
  };
  const invalid = (res: ServerResponse, message: string) =>
    reply(res, 400, { __type: 'ValidationException', message });
  /** one look at a Deleting IC brings it closer to gone */
  const look = (c: Component): Component | undefined => {
    if (c.status !== 'Deleting') return c;
    if ((c.deletingLeft ?? 0) <= 0) {
      components.delete(c.name);
      return undefined;
    }
    c.deletingLeft = (c.deletingLeft ?? 0) - 1;
    return c;
  };
  const summary = (c: Component) => ({
    InferenceComponentName: c.name,
    InferenceComponentArn: c.arn,
    EndpointName: c.endpoint,
    EndpointArn: `arn:aws:sagemaker:us-west-2:${ACCOUNT}:endpoint/${c.endpoint}`,
    VariantName: c.variant,
    InferenceComponentStatus: c.status,
    CreationTime: c.createdAt,
    LastModifiedTime: c.createdAt,
  });

  const actions: Record<string, (input: Record<string, unknown>, res: ServerResponse) => void> = {
    // moto 5 does not implement StopTrainingJob (it answers 500), and its training jobs end the
    // instant they are created: the stand-in keeps the training jobs a test puts in it, InProgress
    // until stopped
    StopTrainingJob: (input, res) => {
      const name = String(input.TrainingJobName ?? '');
      calls.push(`StopTrainingJob ${name}`);
      const job = trainingJobs.get(name);
      if (job) job.status = 'Stopping';
      reply(res, 200, {});
    },
    ListTrainingJobs: (input, res) =>
      reply(res, 200, {
        TrainingJobSummaries: [...trainingJobs.values()]
          .filter((j) => !input.NameContains || j.name.includes(String(input.NameContains)))
          .filter((j) => !input.StatusEquals || j.status === input.StatusEquals)
          .map((j) => ({
            TrainingJobName: j.name,
            TrainingJobArn: `arn:aws:sagemaker:us-west-2:${ACCOUNT}:training-job/${j.name}`,
            CreationTime: j.createdAt,
            TrainingJobStatus: j.status,
          })),
      }),
    CreateInferenceComponent: (input, res) => {
      const name = String(input.InferenceComponentName ?? '');
      if (name.length > 63 || !NAME.test(name))
        return invalid(
          res,
          `1 validation error detected: Value '${name}' at 'inferenceComponentName' failed to satisfy constraint: Member must have length less than or equal to 63`,
        );
      if (components.has(name))
        return invalid(res, `Cannot create already existing inference component "${name}".`);
      calls.push(`CreateInferenceComponent ${name}`);
      // strictly increasing creation times: the order of creation is what teardown sorts by
      const createdAt = Date.now() / 1000 + clock++ * 0.001;
      const arn = `arn:aws:sagemaker:us-west-2:${ACCOUNT}:inference-component/${name}`;
      components.set(name, {
        name,
        arn,
        endpoint: String(input.EndpointName ?? ''),
        variant: String(input.VariantName ?? 'AllTraffic'),
        createdAt,
        status: 'InService',
      });
      reply(res, 200, { InferenceComponentArn: arn });
    },
    ListInferenceComponents: (input, res) => {
      const all = [...components.values()]
        .map(look)
        .filter((c): c is Component => c !== undefined)
        .filter((c) => !input.NameContains || c.name.includes(String(input.NameContains)))
        .filter((c) => !input.EndpointNameEquals || c.endpoint === input.EndpointNameEquals)
        .filter((c) => !input.StatusEquals || c.status === input.StatusEquals)
        .sort((a, b) => b.createdAt - a.createdAt);
      // pages of two: our listing must follow NextToken
      const start = Number(input.NextToken ?? 0);
      const page = all.slice(start, start + 2);
      reply(res, 200, {
        InferenceComponents: page.map(summary),
        ...(start + 2 < all.length ? { NextToken: String(start + 2) } : {}),
      });
    },
    DescribeInferenceComponent: (input, res) => {
      const name = String(input.InferenceComponentName ?? '');
      const c = components.get(name);
      const seen = c && look(c);
      if (!seen) return invalid(res, `Could not find inference component "${name}".`);
      reply(res, 200, summary(seen));
    },
    DeleteInferenceComponent: (input, res) => {
      const name = String(input.InferenceComponentName ?? '');
      const c = components.get(name);
      if (!c) return invalid(res, `Could not find inference component "${name}".`);
      calls.push(`DeleteInferenceComponent ${name}`);
      if (c.status !== 'Deleting')
        Object.assign(c, { status: 'Deleting', deletingLeft: options.deletingFor ?? 1 });
      reply(res, 200, {});
    },
  };

  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse) => {
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.end(body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const action = String(req.headers['x-amz-target'] ?? '').match(/^SageMaker\.(\w+)$/)?.[1] ?? '';
      const input = action ? (JSON.parse(body.toString() || '{}') as Record<string, unknown>) : {};
      if (options.refuse?.includes(action))
        return reply(res, 400, {
          __type: 'AccessDeniedException',
          message: `User is not authorized to perform: sagemaker:${action}`,
        });
      const own = actions[action];
      if (own) return own(input, res);
      if (action === 'DeleteEndpoint') {
        const endpoint = String(input.EndpointName ?? '');
        calls.push(`DeleteEndpoint ${endpoint}`);
        const attached = [...components.values()].filter((c) => c.endpoint === endpoint);
        if (attached.length > 0)
          return invalid(
            res,
            `Cannot delete endpoint "${endpoint}": inference components ${attached.map((c) => c.name).join(', ')} are still on it.`,
          );
      }
      if (action === 'ListTags' && String(input.ResourceArn ?? '').includes(':inference-component/'))
        return reply(res, 200, { Tags: [] });
      forward(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    calls: () => [...calls],
    names: () => [...components.keys()].sort(),
    trainingJob: (name, createdAt = new Date()) =>
      void trainingJobs.set(name, { name, createdAt: createdAt.getTime() / 1000, status: 'InProgress' }),
    trainingJobStatus: (name) => trainingJobs.get(name)?.status,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
