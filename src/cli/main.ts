import { AnchorSyntaxError } from '../app/anchors';
import { fillMessage, localeFor, type Locale } from '../core/issues';
import { HostError } from '../hosts/errors';
import { parseArgs, UsageError } from './args';
import { EXIT, HANDLERS } from './handlers';
import { HELP } from './help';
import type { Io } from './report';

export { EXIT, SAMPLE_FILE } from './handlers';

const VALUED = [
  '--out',
  '--lang',
  '--sheet',
  '--anchor',
  '--template',
  '--reserve',
  '--margin',
  '--target',
  '--aov',
  '--conversion',
  '--burst-day',
  '--from',
  '--to',
];
const FLAGS = ['--help', '--json', '--create', '--in-place', '--fix'];

/** Runs the CLI and returns its exit code; never throws. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<number> {
  // Read before the rest, so that a mistake anywhere on the line is told in the language asked for.
  const lang = langOf(argv);
  const locale = localeFor(lang ?? env.LANG);
  try {
    const args = parseArgs(argv, VALUED, FLAGS);
    const command = args.positional[0];
    if (args.flags.has('--help') || command === undefined || command === 'help') {
      io.out(HELP[locale]);
      return command === undefined && !args.flags.has('--help') ? EXIT.usage : EXIT.ok;
    }
    const handler = HANDLERS[command];
    if (!handler) throw new UsageError('USAGE_UNKNOWN_COMMAND', { command });
    return await handler(args, locale, io);
  } catch (e) {
    return failed(e, locale, io);
  }
}

/** The last `--lang X` or `--lang=X` on the command line. */
function langOf(argv: readonly string[]): string | undefined {
  let lang: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--lang' && i + 1 < argv.length) lang = argv[i + 1];
    else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length);
  });
  return lang || undefined;
}

/** The exit code and message for what went wrong: usage (2), the workbook or file (1), a bug (3). */
function failed(e: unknown, locale: Locale, io: Io): number {
  const usage =
    e instanceof UsageError
      ? fillMessage(e.code, locale, e.params)
      : e instanceof AnchorSyntaxError
        ? fillMessage('USAGE_ANCHOR', locale, { text: e.text })
        : null;
  if (usage !== null) {
    io.err(`${usage}\n\n${HELP[locale]}`);
    return EXIT.usage;
  }
  if (e instanceof HostError) {
    io.err(fillMessage(e.code, locale, e.params));
    return EXIT.unusable;
  }
  const intro =
    locale === 'zh-CN' ? '程序出错，请把下面的信息发给我们' : 'Internal error; please report this';
  io.err(`${intro}: ${e instanceof Error ? e.stack : String(e)}`);
  return EXIT.bug;
}

if (require.main === module) {
  void main(process.argv.slice(2), process.env, {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
  }).then((code) => {
    process.exitCode = code;
  });
}
