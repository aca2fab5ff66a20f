import { randomBytes } from 'node:crypto';

/**
 * Stage output echoed to the job log cannot issue workflow commands (`::add-mask::`,
 * `::save-state …`, `::stop-commands::…`): it goes out between `::stop-commands::<token>` and
 * `::<token>::`, with a fresh random token per fence that no stage has seen. The fence closes
 * on a line of its own, so a stage that ends without a newline cannot swallow it. Our own
 * commands during a stage (masking a refreshed OIDC token) step outside the fence while stage
 * output waits.
 */
export class CommandFence {
  private token: string | undefined;
  private atLineStart = true;
  private paused = 0;
  private held: string[] = [];

  constructor(private readonly write: (text: string) => void = (text) => process.stdout.write(text)) {}

  open(): void {
    this.close();
    this.token = randomBytes(16).toString('hex');
    this.write(`::stop-commands::${this.token}\n`);
    this.atLineStart = true;
  }

  /** text that may come from a stage; only meant for the inside of an open fence */
  echo(text: string): void {
    if (!text) return;
    if (this.paused > 0) {
      this.held.push(text);
      return;
    }
    this.write(text);
    this.atLineStart = text.endsWith('\n');
  }

  close(): void {
    if (!this.token) return;
    if (!this.atLineStart) this.write('\n');
    this.write(`::${this.token}::\n`);
    this.token = undefined;
    this.atLineStart = true;
  }

  /** Run our own commands with the fence down; stage output meanwhile waits, then the fence is up again. */
  async outside<T>(body: () => T | Promise<T>): Promise<T> {
    const wasOpen = this.token !== undefined;
    this.close();
    this.paused++;
    try {
      return await body();
    } finally {
      this.paused--;
      if (wasOpen && this.paused === 0) {
        this.open();
        const held = this.held.splice(0);
        for (const text of held) this.echo(text);
      }
    }
  }
}

/** The one fence of this process's job log (the run and post steps, the OIDC refresh). */
export const jobLogFence = new CommandFence();
