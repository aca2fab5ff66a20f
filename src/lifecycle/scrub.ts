/**
 * Secret values never reach a summary, record, output or log artifact: every text that leaves
 * a stage passes through a Scrubber built from the secrets the run knows and the secret-looking
 * variables of its environment.
 */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY|ACCESS_KEY|API_KEY|SESSION)/i;
/** names that point at a secret rather than hold one (AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_SESSION_NAME) */
const POINTER_NAME = /_(FILE|URL|NAME|ARN|PATH|DIR)$/i;
const MIN_SECRET_LENGTH = 6;
export const MASK = '***';

export class Scrubber {
  private readonly secrets = new Set<string>();

  constructor(values: Iterable<string> = []) {
    for (const v of values) this.add(v);
  }

  static fromEnvironment(env: NodeJS.ProcessEnv, extra: Iterable<string> = []): Scrubber {
    const scrubber = new Scrubber(extra);
    for (const [name, value] of Object.entries(env)) {
      if (value && SECRET_NAME.test(name) && !POINTER_NAME.test(name)) scrubber.add(value);
    }
    return scrubber;
  }

  add(value: string | undefined): void {
    if (!value || value.length < MIN_SECRET_LENGTH) return;
    this.secrets.add(value);
    // a secret also leaks through its encodings that logs commonly show
    this.secrets.add(JSON.stringify(value).slice(1, -1));
    this.secrets.add(encodeURIComponent(value));
  }

  get values(): string[] {
    return [...this.secrets];
  }

  /** Longest secret first, so a secret containing another is masked whole. */
  scrub(text: string): string {
    if (this.secrets.size === 0) return text;
    return [...this.secrets]
      .sort((a, b) => b.length - a.length)
      .reduce((t, s) => t.split(s).join(MASK), text);
  }
}

/** Scrubs a stream line by line, so a secret split across chunks is still caught. */
export class LineScrubber {
  private pending = '';
  constructor(
    private readonly scrubber: Scrubber,
    private readonly emit: (text: string) => void,
  ) {}

  write(chunk: string): void {
    this.pending += chunk;
    const lastNewline = this.pending.lastIndexOf('\n');
    if (lastNewline < 0 && this.pending.length < 1 << 20) return;
    const cut = lastNewline >= 0 ? lastNewline + 1 : this.pending.length;
    this.emit(this.scrubber.scrub(this.pending.slice(0, cut)));
    this.pending = this.pending.slice(cut);
  }

  end(): void {
    if (this.pending) this.emit(this.scrubber.scrub(this.pending));
    this.pending = '';
  }
}
