import { fillMessage, type IssueCode, type Locale } from '../core/issues';
import { parseNumberText } from '../core/numbers/parseNumberText';
import { SAMPLE_MILESTONES, SAMPLE_SHEET, sampleWorkbook } from '../core/sample/sampleWorkbook';
import { generateTimeline } from '../core/timeline/generateTimeline';
import { XlsxHost } from '../hosts/xlsx/XlsxHost';
import { UsageError, type Args } from './args';
import { budgetCommand } from './commands/budget';
import { checkCommand } from './commands/check';
import { reuseCommand } from './commands/reuse';
import { reviewCommand } from './commands/review';
import { roiCommand } from './commands/roi';
import { targetsCommand } from './commands/targets';
import { parseDateText } from '../core/calendar/serial';
import { timelineCommand } from './commands/timeline';
import { NODE_FS } from './fileSystem';
import type { Io } from './report';
import { saveSafely } from './saveSafely';
import { demoTarget, type OutputArgs } from './target';
import { openFiles, sayBackup, saveTo } from './write';

/** Exit codes: 0 done; 1 the workbook cannot be used (a message says why); 2 usage; 3 a bug. */
export const EXIT = { ok: 0, unusable: 1, usage: 2, bug: 3 } as const;

export const SAMPLE_FILE = '推进表助手-示例.xlsx';

/** The sample workbook did not generate its own timeline: a fault of the program. */
export class SampleBrokenError extends Error {
  constructor() {
    super('the sample workbook did not generate a timeline');
    this.name = 'SampleBrokenError';
  }
}

type Handler = (args: Args, locale: Locale, io: Io) => Promise<number>;

const last = (args: Args, name: string) => args.options.get(name)?.at(-1);
const flag = (args: Args, name: string) => args.flags.has(name);

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

function input(args: Args, command: string): string {
  const file = args.positional[1];
  if (!file) throw new UsageError('USAGE_MISSING_INPUT', { command });
  return file;
}

/** The input, and `-o` or --in-place (one of them is needed; -o then names the input itself). */
function files(args: Args, command: string): OutputArgs {
  const file = input(args, command);
  const out = last(args, '--out');
  const inPlace = flag(args, '--in-place');
  if (!out && !inPlace) throw new UsageError('USAGE_MISSING_OUTPUT', { command });
  return { input: file, inPlace, ...optional('output', out) };
}

/** A rate option (`12%`, `0.12`) that `fits` must accept; undefined when not given. */
function rate(args: Args, name: string, fits: (v: number) => boolean, usage: IssueCode) {
  const given = last(args, name);
  if (given === undefined) return undefined;
  const value = parseNumberText(given);
  if (value === null || !fits(value)) throw new UsageError(usage, { value: given });
  return value;
}

async function demo(args: Args, locale: Locale, io: Io): Promise<number> {
  const fs = io.fs ?? NODE_FS;
  const target = await demoTarget(last(args, '--out'), SAMPLE_FILE, fs);
  // The sample 推进表, then the main job on it: its timeline from the sample milestones.
  const host = XlsxHost.create();
  for (const sp of sampleWorkbook()) host.writeSheetPlan(sp);
  const timeline = generateTimeline(host.readGrid(SAMPLE_SHEET), { anchors: SAMPLE_MILESTONES });
  if (!timeline?.plan) throw new SampleBrokenError();
  await host.apply(timeline.plan);
  await saveSafely(target, (file) => host.save(file), fs);
  io.out(fillMessage('DEMO_WRITTEN', locale, { file: target.shown }));
  return EXIT.ok;
}

async function sheets(args: Args, _locale: Locale, io: Io): Promise<number> {
  const list = await (await XlsxHost.open(input(args, 'sheets'))).listSheets();
  const visible = list.filter((s) => s.visible).map((s) => s.name);
  io.out(flag(args, '--json') ? JSON.stringify(list, null, 2) : visible.join('\n'));
  return EXIT.ok;
}

async function restore(args: Args, locale: Locale, io: Io): Promise<number> {
  const opened = await openFiles(files(args, 'restore'), io);
  const result = await opened.host.restore();
  if (!result) {
    io.err(fillMessage('NOTHING_TO_RESTORE', locale, {}));
    return EXIT.unusable;
  }
  await saveTo(opened, io);
  io.out(fillMessage('RESTORED', locale, { cells: result.restoredCells }));
  sayBackup(opened.target, locale, io);
  return EXIT.ok;
}

/** What each command word of `tuijin` does. */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  demo,
  sheets,
  restore,
  timeline: (args, locale, io) =>
    timelineCommand(
      {
        ...files(args, 'timeline'),
        ...optional('sheet', last(args, '--sheet')),
        ...optional('template', last(args, '--template')),
        anchors: args.options.get('--anchor') ?? [],
        json: flag(args, '--json'),
      },
      locale,
      io,
    ),
  reuse: (args, locale, io) =>
    reuseCommand(
      {
        ...files(args, 'reuse'),
        ...optional('sheet', last(args, '--sheet')),
        from: args.options.get('--from') ?? [],
        to: args.options.get('--to') ?? [],
        json: flag(args, '--json'),
      },
      locale,
      io,
    ),
  budget: (args, locale, io) => {
    const reserveRate = rate(args, '--reserve', (v) => v >= 0 && v < 1, 'USAGE_RESERVE');
    return budgetCommand(
      {
        ...files(args, 'budget'),
        ...optional('sheet', last(args, '--sheet')),
        ...optional('reserveRate', reserveRate),
        json: flag(args, '--json'),
        create: flag(args, '--create'),
      },
      locale,
      io,
    );
  },
  roi: (args, locale, io) => {
    const margin = rate(args, '--margin', (v) => v > 0 && v < 1, 'USAGE_MARGIN');
    return roiCommand(
      {
        ...files(args, 'roi'),
        ...optional('sheet', last(args, '--sheet')),
        ...optional('margin', margin),
        json: flag(args, '--json'),
      },
      locale,
      io,
    );
  },
  check: (args, locale, io) =>
    checkCommand(
      {
        input: input(args, 'check'),
        json: flag(args, '--json'),
        ...(flag(args, '--fix') && { fix: files(args, 'check') }),
      },
      locale,
      io,
    ),
  targets: (args, locale, io) => {
    const burst = last(args, '--burst-day');
    const burstDay = burst === undefined ? undefined : parseDateText(burst);
    if (burstDay === null) throw new UsageError('USAGE_BURST_DAY', { value: burst! });
    return targetsCommand(
      {
        ...files(args, 'targets'),
        ...optional(
          'margin',
          rate(args, '--margin', (v) => v > 0 && v < 1, 'USAGE_MARGIN'),
        ),
        ...optional(
          'target',
          rate(args, '--target', (v) => v > 0, 'USAGE_TARGET'),
        ),
        ...optional(
          'aov',
          rate(args, '--aov', (v) => v > 0, 'USAGE_AOV'),
        ),
        ...optional(
          'conversion',
          rate(args, '--conversion', (v) => v > 0 && v < 1, 'USAGE_CONVERSION'),
        ),
        ...optional('burstDay', burstDay),
        json: flag(args, '--json'),
      },
      locale,
      io,
    );
  },
  review: (args, locale, io) =>
    reviewCommand({ ...files(args, 'review'), json: flag(args, '--json') }, locale, io),
};
