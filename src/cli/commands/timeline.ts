import { AnchorSyntaxError, parseAnchors } from '../../app/anchors';
import { prepareTimeline } from '../../app/timeline';
import type { Locale } from '../../core/issues';
import { findTemplate, TEMPLATES, type Template } from '../../core/templates';
import { describeMapping } from '../../core/timeline/readTaskSheet';
import { UsageError } from '../args';
import type { Io } from '../report';
import { openFiles, writePrepared, type FileArgs } from '../write';

export interface TimelineArgs extends FileArgs {
  readonly sheet?: string;
  readonly anchors: readonly string[];
  /** Create the 推进表 from this template first (id or name). */
  readonly template?: string;
}

/** `tuijin timeline`: dates for the 推进表, or exit 1 with the reasons and nothing written. */
export async function timelineCommand(args: TimelineArgs, locale: Locale, io: Io): Promise<number> {
  const template = templateOf(args.template);
  const anchors = anchorsOf(args.anchors);
  const opened = await openFiles(args, io);
  const prepared = await prepareTimeline(opened.host, {
    anchors,
    ...(args.sheet !== undefined && { sheet: args.sheet }),
    ...(template && { template }),
  });
  return writePrepared(
    opened,
    prepared,
    args,
    (r) => ({
      sheet: r.taskSheet.sheet,
      headerRow: r.taskSheet.headerRow + 1,
      mapping: describeMapping(r.taskSheet),
      milestones: r.milestones,
      tasks: r.taskSheet.tasks.length,
      dated: r.dated,
    }),
    locale,
    io,
  );
}

function templateOf(key: string | undefined): Template | undefined {
  if (key === undefined) return undefined;
  const template = findTemplate(key);
  if (template) return template;
  const known = TEMPLATES.map((t) => `${t.id} (${t.name})`).join(', ');
  throw new UsageError('USAGE_UNKNOWN_TEMPLATE', { template: key, templates: known });
}

function anchorsOf(list: readonly string[]): Record<string, number> {
  try {
    return parseAnchors(list);
  } catch (e) {
    if (e instanceof AnchorSyntaxError) throw new UsageError('USAGE_ANCHOR', { text: e.text });
    throw e;
  }
}
