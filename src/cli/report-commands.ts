import { Command } from 'commander';
import { createServer, type Server } from 'node:http';
import { allowedHosts, hostAllowed } from './allowed-hosts.js';
import { selectEntries } from '../catalog/select.js';
import { TIERS } from '../catalog/types.js';
import { UserError } from '../errors.js';
import { checkPaths, type PathCheck } from '../path-checks.js';
import {
  bucketOf,
  type CoverageSummary,
  DEFAULT_HISTORY_LENGTH,
  evaluateGate,
  parseGate,
  type CoverageModel,
} from '../report/coverage.js';
import { renderCoverageJson } from '../report/json.js';
import { renderJUnit } from '../report/junit.js';
import { writeReportFile } from '../report/write-file.js';
import { renderCoverageText } from '../report/text.js';
import { DEFAULT_REFRESH_SECONDS, renderDashboardHtml, REPORT_API_PATH } from '../report/html.js';
import { openReportSource, readCoverage } from '../report/source.js';
import { action, globalOptions, loadCatalogFromOptions } from './common.js';
import { COMMAND_DESCRIPTIONS } from './commands.js';
import { regionOf, withStoreOptions, type StoreOptions } from './store-commands.js';

export const DEFAULT_DASHBOARD_PORT = 3939;

function wholeNumber(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UserError(`${name} must be a whole number ≥ ${min}, not "${value}"`);
  return n;
}

interface ReportOptions extends StoreOptions {
  tier?: string;
  history: string;
}

/**
 * The catalog (filtered by tier) and the store of the options, read into the coverage model. The
 * store directory and the files the command will write are checked first, naming their flag.
 */
function coverageReader(
  opts: ReportOptions,
  command: Command,
  outputs: PathCheck[] = [],
): () => Promise<CoverageModel> {
  const { catalog } = loadCatalogFromOptions(globalOptions(command));
  const entries = selectEntries(catalog, { tier: opts.tier });
  const historyLength = wholeNumber(opts.history, '--history', 1);
  checkPaths([
    ...(opts.table ? [] : [{ setting: '--save-local', path: opts.saveLocal, role: 'results-dir' } as const]),
    ...outputs,
  ]);
  const source = openReportSource({
    table: opts.table,
    historyTable: opts.historyTable,
    region: regionOf(opts),
    localDir: opts.saveLocal,
  });
  const warned = new Set<string>();
  return async () => {
    const read = await readCoverage(source, {
      entries,
      allEntries: catalog.entries,
      tier: opts.tier,
      historyLength,
    });
    // a bad record is skipped, never the report: say which, once
    for (const warning of read.warnings.filter((w) => !warned.has(w))) {
      warned.add(warning);
      console.error(`warning: ${warning}`);
    }
    return read.model;
  };
}

const reportCommand = (program: Command, name: 'report' | 'status' | 'dashboard'): Command =>
  withStoreOptions(
    program
      .command(name)
      .description(COMMAND_DESCRIPTIONS[name])
      .option('--tier <tier>', `one of ${TIERS.join(', ')} (default: every tier)`)
      .option('--history <n>', 'recent runs shown per config', String(DEFAULT_HISTORY_LENGTH)),
  );

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new UserError(
              `port ${port} is already in use — stop what runs there or pass --port <another port>`,
            )
          : new UserError(`cannot listen on ${host}:${port}: ${error.message}`),
      ),
    );
    server.listen(port, host, () => resolvePromise());
  });
}

export function registerReportCommands(program: Command): void {
  reportCommand(program, 'report')
    .option('--json', 'print the report as JSON and nothing else')
    .option('--gate <gate>', 'exit 1 when a tier falls short, e.g. ci>=5/6 or ci>=80%')
    .option('--junit <file>', 'also write the report as JUnit XML (one testsuite per tier)')
    .action(
      action(
        async (opts: ReportOptions & { json?: boolean; gate?: string; junit?: string }, command: Command) => {
          const gate = opts.gate ? parseGate(opts.gate) : undefined;
          const junit: PathCheck[] = opts.junit
            ? [{ setting: '--junit', path: opts.junit, role: 'output-file' }]
            : [];
          const model = await coverageReader(opts, command, junit)();
          const result = gate ? evaluateGate(model, gate) : undefined;
          if (opts.junit) writeReportFile(opts.junit, renderJUnit(model), '--junit');
          console.log(opts.json ? renderCoverageJson(model) : renderCoverageText(model));
          // the gate's sentence never mixes into the JSON on stdout
          if (result) (opts.json ? console.error : console.log)(result.sentence);
          return result?.passed === false ? 1 : 0;
        },
      ),
    );

  reportCommand(program, 'status')
    .option('--json', 'print the totals as JSON and nothing else')
    .action(
      action(async (opts: ReportOptions & { json?: boolean }, command: Command) => {
        const model = await coverageReader(opts, command)();
        const last = model.configs
          .filter(
            (c) => c.lastTest && ['passing', 'failing'].includes(bucketOf(c.previousStatus ?? c.status)),
          )
          .sort((a, b) => (b.lastTest ?? '').localeCompare(a.lastTest ?? ''))[0];
        const lastRun = last
          ? {
              id: last.id,
              status: last.previousStatus ?? last.status,
              at: last.lastTest,
              runUrl: last.runUrl,
            }
          : undefined;
        if (opts.json) {
          const totals = ({ running, passing, failing, untested, total }: CoverageSummary) => ({
            total,
            running,
            passing,
            failing,
            untested,
          });
          console.log(
            JSON.stringify(
              {
                ...totals(model.summary),
                registered: totals(model.registered.summary),
                lastRun: lastRun ?? null,
              },
              null,
              2,
            ),
          );
          return;
        }
        const line = (s: CoverageSummary) =>
          `${s.running} running | ${s.passing} passing | ${s.failing} failing | ${s.untested} untested (of ${s.total})`;
        const registered = model.registered.summary;
        console.log(
          [
            `E2E status${model.tier ? ` — tier ${model.tier}` : ''} (${model.source})`,
            line(model.summary),
            ...(registered.total > 0 ? [`Registered: ${line(registered)}`] : []),
            lastRun
              ? `Last completed run: ${lastRun.id} ${lastRun.status} at ${lastRun.at}${lastRun.runUrl ? ` (${lastRun.runUrl})` : ''}`
              : 'Last completed run: none yet',
          ].join('\n'),
        );
      }),
    );

  reportCommand(program, 'dashboard')
    .option('--port <port>', 'port to listen on', String(DEFAULT_DASHBOARD_PORT))
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--refresh <seconds>', 'how often the page re-reads the report', String(DEFAULT_REFRESH_SECONDS))
    .action(
      action(
        async (opts: ReportOptions & { port: string; host: string; refresh: string }, command: Command) => {
          const port = wholeNumber(opts.port, '--port', 0);
          const refreshSeconds = wholeNumber(opts.refresh, '--refresh', 1);
          const read = coverageReader(opts, command);
          const initial = await read(); // a broken store or catalog fails now, not on the first request
          const hosts = allowedHosts(opts.host);
          const server = createServer((request, response) => {
            const path = new URL(request.url ?? '/', 'http://localhost').pathname;
            const send = (status: number, type: string, body: string): void => {
              response
                .writeHead(status, {
                  'content-type': type,
                  'content-length': Buffer.byteLength(body),
                  'cache-control': 'no-store',
                  'x-content-type-options': 'nosniff',
                })
                .end(request.method === 'HEAD' ? undefined : body);
            };
            if (!hostAllowed(request.headers.host, hosts))
              return send(
                403,
                'text/plain; charset=utf-8',
                `this dashboard answers only to ${[...hosts].join(', ')}\n`,
              );
            if (request.method !== 'GET' && request.method !== 'HEAD') {
              response.setHeader('allow', 'GET, HEAD');
              return send(405, 'text/plain; charset=utf-8', 'read-only: GET and HEAD only\n');
            }
            if (path !== '/' && path !== REPORT_API_PATH)
              return send(404, 'text/plain; charset=utf-8', 'not found\n');
            read().then(
              (model) =>
                path === '/'
                  ? send(
                      200,
                      'text/html; charset=utf-8',
                      renderDashboardHtml(model, { live: true, refreshSeconds }),
                    )
                  : send(200, 'application/json; charset=utf-8', JSON.stringify(model)),
              (error: Error) =>
                send(500, 'text/plain; charset=utf-8', `cannot read the results: ${error.message}\n`),
            );
          });
          await listen(server, port, opts.host);
          const { port: bound } = server.address() as { port: number };
          console.log(
            `Dashboard on http://${opts.host}:${bound}/ — reading ${initial.source}; the page refreshes every ${refreshSeconds} s (Ctrl-C to stop)`,
          );
        },
      ),
    );
}
