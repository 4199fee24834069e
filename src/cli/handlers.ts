import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fillMessage, type Locale } from '../core/issues';
import { parseNumberText } from '../core/numbers/parseNumberText';
import { SAMPLE_MILESTONES, SAMPLE_SHEET, sampleWorkbook } from '../core/sample/sampleWorkbook';
import { generateTimeline } from '../core/timeline/generateTimeline';
import { XlsxHost } from '../hosts/xlsx/XlsxHost';
import { UsageError, type Args } from './args';
import { budgetCommand } from './commands/budget';
import { roiCommand } from './commands/roi';
import { timelineCommand } from './commands/timeline';
import type { Io } from './report';

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

function input(args: Args): string {
  const file = args.positional[1];
  if (!file) throw new UsageError('missing input workbook');
  return file;
}

function output(args: Args, command: string): string {
  const out = last(args, '--out');
  if (!out) throw new UsageError(`${command} needs -o OUT.xlsx`);
  return out;
}

/** A rate option (`12%`, `0.12`) that `fits` must accept; undefined when not given. */
function rate(args: Args, name: string, fits: (v: number) => boolean, usage: string) {
  const given = last(args, name);
  if (given === undefined) return undefined;
  const value = parseNumberText(given);
  if (value === null || !fits(value)) throw new UsageError(usage);
  return value;
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

async function demo(args: Args, locale: Locale, io: Io): Promise<number> {
  const out = last(args, '--out');
  const dir = out ?? 'out';
  if (out === undefined) await fs.mkdir(dir, { recursive: true });
  // The sample 推进表, then the main job on it: its timeline from the sample milestones.
  const host = XlsxHost.create();
  for (const sp of sampleWorkbook()) host.writeSheetPlan(sp);
  const timeline = generateTimeline(host.readGrid(SAMPLE_SHEET), { anchors: SAMPLE_MILESTONES });
  if (!timeline?.plan) throw new SampleBrokenError();
  await host.apply(timeline.plan);
  const file = path.join(dir, SAMPLE_FILE);
  await host.save(file);
  io.out(fillMessage('DEMO_WRITTEN', locale, { file: path.resolve(file) }));
  return EXIT.ok;
}

async function sheets(args: Args, _locale: Locale, io: Io): Promise<number> {
  const list = await (await XlsxHost.open(input(args))).listSheets();
  const visible = list.filter((s) => s.visible).map((s) => s.name);
  io.out(flag(args, '--json') ? JSON.stringify(list, null, 2) : visible.join('\n'));
  return EXIT.ok;
}

async function restore(args: Args, locale: Locale, io: Io): Promise<number> {
  const file = input(args);
  const out = output(args, 'restore');
  const host = await XlsxHost.open(file);
  const result = await host.restore();
  if (!result) {
    io.err(fillMessage('NOTHING_TO_RESTORE', locale, {}));
    return EXIT.unusable;
  }
  await host.save(out);
  io.out(fillMessage('RESTORED', locale, { cells: result.restoredCells }));
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
        input: input(args),
        output: output(args, 'timeline'),
        ...optional('sheet', last(args, '--sheet')),
        ...optional('template', last(args, '--template')),
        anchors: args.options.get('--anchor') ?? [],
        json: flag(args, '--json'),
      },
      locale,
      io,
    ),
  budget: (args, locale, io) => {
    const reserveRate = rate(
      args,
      '--reserve',
      (v) => v >= 0 && v < 1,
      '--reserve wants a rate such as 10% or 0.1',
    );
    return budgetCommand(
      {
        input: input(args),
        output: output(args, 'budget'),
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
    const margin = rate(
      args,
      '--margin',
      (v) => v > 0 && v < 1,
      '--margin wants a gross margin such as 40% or 0.4',
    );
    return roiCommand(
      {
        input: input(args),
        output: output(args, 'roi'),
        ...optional('sheet', last(args, '--sheet')),
        ...optional('margin', margin),
        json: flag(args, '--json'),
      },
      locale,
      io,
    );
  },
};
