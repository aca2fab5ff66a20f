import { createServer, type Server } from 'node:http';

/**
 * A stand-in for one Service Quotas call, ListServiceQuotas: moto 5.2 serves only VPC quota
 * codes, so SageMaker's "<type> for endpoint usage" quotas come from here. The real SDK client
 * reaches it through AWS_ENDPOINT_URL_SERVICE_QUOTAS (the SDK's per-service endpoint variable),
 * while every other service still goes to moto.
 */
export async function startServiceQuotasStandIn(
  quotas: Record<string, number>,
): Promise<{ url: string; env: Record<string, string>; calls: () => number; close: () => Promise<void> }> {
  let calls = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      calls++;
      const target = String(req.headers['x-amz-target'] ?? '');
      const service = (JSON.parse(body || '{}') as { ServiceCode?: string }).ServiceCode;
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      if (target !== 'ServiceQuotasV20190624.ListServiceQuotas') {
        res.writeHead(400).end(JSON.stringify({ __type: 'UnknownOperationException', message: target }));
        return;
      }
      const list =
        service === 'sagemaker'
          ? Object.entries(quotas).map(([name, value], i) => ({
              ServiceCode: 'sagemaker',
              ServiceName: 'Amazon SageMaker',
              QuotaCode: `L-${String(i).padStart(8, '0')}`,
              QuotaName: name,
              Value: value,
              Adjustable: true,
              GlobalQuota: false,
            }))
          : [];
      res.writeHead(200).end(JSON.stringify({ Quotas: list }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    env: { AWS_ENDPOINT_URL_SERVICE_QUOTAS: url },
    calls: () => calls,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
