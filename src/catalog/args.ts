/**
 * Generator args: a string split on whitespace or an argv array. Nothing here is ever given
 * to a shell, but quotes and metacharacters are rejected anyway: they would be passed
 * literally, which is never what the author meant.
 */
export const FORBIDDEN_CHARACTERS = /[;&|$`<>(){}'"\\\n\r]/;

export interface ParsedArgs {
  argv: string[];
  flags: Map<string, string | true>;
}

export interface ArgsProblem {
  /** index into argv when the problem is one token, for the JSON path of array args */
  index?: number;
  message: string;
}

export function splitArgs(args: string | string[]): string[] {
  return typeof args === 'string' ? args.trim().split(/\s+/).filter(Boolean) : args;
}

export function parseArgs(args: string | string[]): { parsed: ParsedArgs; problems: ArgsProblem[] } {
  const problems: ArgsProblem[] = [];
  if (typeof args === 'string' && FORBIDDEN_CHARACTERS.test(args)) {
    const found = args.match(FORBIDDEN_CHARACTERS)?.[0] ?? '';
    problems.push({
      message: `contains ${JSON.stringify(found)}: quotes and shell metacharacters (; & | $ \` < > ( ) { } and newlines) are not allowed (stricter than MCC, for safety: a value must never reach a shell as code) — write plain --flag=value pairs (use an args array if a value needs spaces)`,
    });
  }
  const argv = splitArgs(args);
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (Array.isArray(args) && FORBIDDEN_CHARACTERS.test(token)) {
      problems.push({
        index: i,
        message: `contains a quote or shell metacharacter: ${JSON.stringify(token)} — remove it`,
      });
    }
    if (!token.startsWith('--')) {
      problems.push({
        index: i,
        message: `unexpected value ${JSON.stringify(token)} with no flag before it — write --flag=value`,
      });
      continue;
    }
    const eq = token.indexOf('=');
    let key: string;
    let value: string | true;
    if (eq >= 0) {
      key = token.slice(2, eq);
      value = token.slice(eq + 1);
    } else {
      key = token.slice(2);
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      } else {
        value = true;
      }
    }
    if (flags.has(key)) {
      problems.push({ index: i, message: `--${key} is given twice — keep one` });
    }
    flags.set(key, value);
  }
  return { parsed: { argv, flags }, problems };
}

export function flagValue(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}
