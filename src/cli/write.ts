import type { Prepared } from '../app/types';
import type { Issue, Locale } from '../core/issues';
import type { WorkbookPlan } from '../core/plan';
import { XlsxHost } from '../hosts/xlsx/XlsxHost';
import { issuesJson, printIssues, type Io } from './report';

/** Where a command reads and writes, and whether it answers in JSON. */
export interface FileArgs {
  readonly input: string;
  readonly output: string;
  readonly json: boolean;
}

/**
 * Ends a prepared command: prints what it found (text, or JSON with `summary`), and writes the
 * plan to the output file unless the run is blocked. Exit 0 when written, 1 when not.
 * @example await writePrepared(host, prepared, args, (r) => ({ sheet: r.sheet }), 'zh-CN', io)
 */
export async function writePrepared<R extends { readonly plan: WorkbookPlan | null }>(
  host: XlsxHost,
  prepared: Prepared<R> & { readonly issues: readonly Issue[] },
  args: FileArgs,
  summary: (result: R) => object,
  locale: Locale,
  io: Io,
): Promise<number> {
  const { result, issues } = prepared;
  const plan = result?.plan ?? null;
  if (args.json) {
    const fields = result ? summary(result) : {};
    const written = plan !== null;
    io.out(JSON.stringify({ ...fields, written, issues: issuesJson(issues, locale) }, null, 2));
  }
  if (plan) {
    await host.apply(plan);
    await host.save(args.output);
  }
  if (!args.json) printIssues(issues, locale, io);
  return plan ? 0 : 1;
}
