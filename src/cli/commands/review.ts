import { prepareReview } from '../../app/review';
import type { Locale } from '../../core/issues';
import type { Io } from '../report';
import { openFiles, writePrepared, type FileArgs } from '../write';

export type ReviewArgs = FileArgs;

/** `tuijin review`: the 复盘 sheet from the 推进表, budget and sales sheets there are. */
export async function reviewCommand(args: ReviewArgs, locale: Locale, io: Io): Promise<number> {
  const opened = await openFiles(args, io);
  const prepared = await prepareReview(opened.host);
  return writePrepared(
    opened,
    prepared,
    args,
    (r) => ({ sheet: r.plan.sheets[0]?.sheet, sources: prepared.candidates }),
    locale,
    io,
  );
}
