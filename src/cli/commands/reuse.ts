import { AnchorSyntaxError, parseAnchors } from '../../app/anchors';
import { prepareReuse } from '../../app/reuse';
import type { Locale } from '../../core/issues';
import { formatSerial } from '../../core/calendar/serial';
import { checkReuseAnchors } from '../../core/timeline/reuse/reuseAnchors';
import { UsageError } from '../args';
import type { Io } from '../report';
import { openFiles, writePrepared, type FileArgs } from '../write';

export interface ReuseArgs extends FileArgs {
  readonly sheet?: string;
  /** `名称=YYYY-MM-DD[THH:MM]`: the milestones in the finished plan. */
  readonly from: readonly string[];
  /** The same milestones in the next campaign. */
  readonly to: readonly string[];
}

/** `tuijin reuse`: last campaign's 推进表 moved to the next one's milestones, every offset kept. */
export async function reuseCommand(args: ReuseArgs, locale: Locale, io: Io): Promise<number> {
  const from = datesOf('--from', args.from);
  const to = datesOf('--to', args.to);
  // Unpaired milestones are a mistake on the command line: exit 2 before any file is opened.
  const paired = checkReuseAnchors(from, to).issues[0];
  if (paired) throw new UsageError(paired.code, paired.params);
  const opened = await openFiles(args, io);
  const prepared = await prepareReuse(opened.host, {
    from,
    to,
    ...(args.sheet !== undefined && { sheet: args.sheet }),
  });
  return writePrepared(
    opened,
    prepared,
    args,
    (r) => ({
      sheet: r.timeline?.taskSheet.sheet,
      moved: r.moved.map((m) => ({
        row: m.row + 1,
        role: m.role,
        old: typeof m.old === 'number' ? formatSerial(m.old) : m.old,
        deadline: m.relative.phrase,
      })),
      dated: r.timeline?.dated ?? 0,
    }),
    locale,
    io,
  );
}

function datesOf(option: string, list: readonly string[]): Record<string, number> {
  try {
    return parseAnchors(list);
  } catch (e) {
    if (e instanceof AnchorSyntaxError)
      throw new UsageError('USAGE_REUSE_DATE', { option, text: e.text });
    throw e;
  }
}
