import { fillMessage, type IssueCode } from '../core/issues';

/** A usage mistake on the command line: exit code 2, told in the user's language from MESSAGES. */
export class UsageError extends Error {
  constructor(
    readonly code: IssueCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(fillMessage(code, 'en-US', params));
    this.name = 'UsageError';
  }
}

/** Parsed command line: positional words and `--name value` / `-o value` / `--flag` options. */
export interface Args {
  readonly positional: string[];
  readonly options: Map<string, string[]>;
  readonly flags: Set<string>;
}

const ALIASES: Record<string, string> = { '-o': '--out', '-h': '--help' };

/**
 * Splits argv into positional words, options that take a value, and flags.
 * @example parseArgs(['demo', '-o', 'out'], ['--out'], ['--json']).options.get('--out') // ['out']
 */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
): Args {
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [name0, inline] =
      raw.startsWith('--') && raw.includes('=')
        ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
        : [raw, undefined];
    const name = ALIASES[name0] ?? name0;
    if (valued.includes(name)) {
      // `-o --json` forgot the value rather than naming a file "--json".
      const next = argv[i + 1];
      const known = next !== undefined && [...valued, ...flags].includes(ALIASES[next] ?? next);
      const value = inline ?? (known ? undefined : argv[++i]);
      if (value === undefined) throw new UsageError('USAGE_NEEDS_VALUE', { option: name });
      options.set(name, [...(options.get(name) ?? []), value]);
    } else if (flags.includes(name)) {
      seen.add(name);
    } else if (name.startsWith('-') && name !== '-') {
      throw new UsageError('USAGE_UNKNOWN_OPTION', { option: raw });
    } else {
      positional.push(raw);
    }
  }
  return { positional, options, flags: seen };
}
