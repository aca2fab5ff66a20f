import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RunResult } from '../lifecycle/engine.js';
import type { LocalStore } from './local-store.js';
import type { ArtifactSink } from './store.js';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.log': 'text/plain; charset=utf-8',
};

/** Every file below a directory (the run's artifacts). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** s3://<bucket>/runs/<tier>/<runId>/<catalogId>/… — the local run directory, mirrored. */
export const s3RunPrefix = (r: Pick<RunResult, 'tier' | 'runId' | 'catalogId'>): string =>
  `runs/${r.tier}/${r.runId}/${r.catalogId}/`;

/** Writes locally first (always), then uploads the run directory; an upload failure is a note, not a loss. */
export class S3ArtifactSink implements ArtifactSink {
  readonly problems: string[] = [];

  constructor(
    private readonly local: LocalStore,
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  runDir(result: Pick<RunResult, 'tier' | 'runId' | 'catalogId'>): string {
    return this.local.runDir(result);
  }

  async writeRunArtifacts(result: RunResult, summaryMarkdown: string): Promise<string[]> {
    const dir = this.local.runDir(result);
    let written: string[] = [];
    try {
      written = await this.local.writeRunArtifacts(result, summaryMarkdown);
    } catch (error) {
      this.problems.push(
        `result.json and summary.md of ${result.catalogId} could not be written in ${dir} (${(error as Error).message}); they go to S3 from memory`,
      );
    }
    // result.json and summary.md from memory: the upload never depends on the local copy
    const fromMemory = new Map<string, string>([
      ['result.json', `${JSON.stringify(result, null, 2)}\n`],
      ['summary.md', summaryMarkdown],
    ]);
    const logs = existsSync(dir) ? filesUnder(dir).filter((f) => !fromMemory.has(relative(dir, f))) : [];
    const uploaded: string[] = [];
    try {
      for (const [name, body] of [
        ...fromMemory.entries(),
        ...logs.map((f) => [relative(dir, f), readFileSync(f)] as const),
      ]) {
        const key = `${s3RunPrefix(result)}${name}`;
        const extension = name.slice(name.lastIndexOf('.'));
        await this.client.send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key: key,
            Body: body,
            ContentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
          }),
        );
        uploaded.push(`s3://${this.bucket}/${key}`);
      }
    } catch (error) {
      this.problems.push(
        `could not upload the artifacts of ${result.catalogId} to s3://${this.bucket}/${s3RunPrefix(result)} (${(error as Error).message}); they are kept in ${dir}`,
      );
    }
    return [...written, ...uploaded];
  }
}
