import { createServer, request, type Server } from 'node:http';

export interface Fault {
  status: number;
  type: string;
  message: string;
}

export const THROTTLED: Fault = {
  status: 400,
  type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message: 'The level of configured provisioned throughput for the table was exceeded.',
};
export const INTERNAL_ERROR: Fault = {
  status: 500,
  type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
  message: 'Internal server error',
};

/** An HTTP proxy in front of moto that answers the first calls with injected faults. */
export async function startFaultProxy(
  target: string,
  faults: Fault[],
): Promise<{ url: string; calls: () => number; injected: () => number; close: () => Promise<void> }> {
  const queue = [...faults];
  let calls = 0;
  let injected = 0;
  const server: Server = createServer((req, res) => {
    calls++;
    const fault = queue.shift();
    const body: Buffer[] = [];
    req.on('data', (c: Buffer) => body.push(c));
    req.on('end', () => {
      if (fault) {
        injected++;
        res.writeHead(fault.status, {
          'content-type': 'application/x-amz-json-1.0',
          'x-amzn-requestid': `fault-${injected}`,
        });
        res.end(JSON.stringify({ __type: fault.type, message: fault.message }));
        return;
      }
      const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.end(Buffer.concat(body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    calls: () => calls,
    injected: () => injected,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/**
 * A DynamoDB that answers the run's preflight (DescribeTable) and then goes away: every other
 * call has its connection dropped, as when the endpoint becomes unreachable mid-run.
 */
export async function startOutageAfterPreflight(
  target: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (!String(req.headers['x-amz-target'] ?? '').endsWith('.DescribeTable')) {
      req.socket.destroy();
      return;
    }
    const body: Buffer[] = [];
    req.on('data', (c: Buffer) => body.push(c));
    req.on('end', () => {
      const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.end(Buffer.concat(body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
