import { AnchorSyntaxError } from '../app/anchors';
import { fillMessage, localeFor, type Locale } from '../core/issues';
import { HostError } from '../hosts/errors';
import { parseArgs, UsageError } from './args';
import { EXIT, HANDLERS } from './handlers';
import { HELP } from './help';
import type { Io } from './report';

export { EXIT, SAMPLE_FILE } from './handlers';

const VALUED = ['--out', '--lang', '--sheet', '--anchor', '--template', '--reserve', '--margin'];
const FLAGS = ['--help', '--json', '--create'];

/** Runs the CLI and returns its exit code; never throws. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<number> {
  let locale = localeFor(env.LANG);
  try {
    const args = parseArgs(argv, VALUED, FLAGS);
    const lang = args.options.get('--lang')?.at(-1);
    if (lang) locale = localeFor(lang);
    const command = args.positional[0];
    if (args.flags.has('--help') || command === undefined || command === 'help') {
      io.out(HELP[locale]);
      return command === undefined && !args.flags.has('--help') ? EXIT.usage : EXIT.ok;
    }
    const handler = HANDLERS[command];
    if (!handler) throw new UsageError(`unknown command ${command}`);
    return await handler(args, locale, io);
  } catch (e) {
    return failed(e, locale, io);
  }
}

/** The exit code and message for what went wrong: usage (2), the workbook or file (1), a bug (3). */
function failed(e: unknown, locale: Locale, io: Io): number {
  if (e instanceof UsageError || e instanceof AnchorSyntaxError) {
    io.err(`${e.message}\n\n${HELP[locale]}`);
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
