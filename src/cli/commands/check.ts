import { prepareCheck, type CheckResult } from '../../app/check';
import { mendPlan } from '../../core/check/mendPlan';
import type { Finding } from '../../core/check/types';
import { fillMessage, formatIssue, type Locale } from '../../core/issues';
import { XlsxHost } from '../../hosts/xlsx/XlsxHost';
import { issuesJson, type Io } from '../report';
import type { OutputArgs } from '../target';
import { openFiles, sayBackup, saveTo } from '../write';

/** `tuijin check`: read-only unless --fix, which then needs -o or --in-place. */
export interface CheckArgs {
  readonly input: string;
  readonly json: boolean;
  /** Where --fix writes; absent: the check only reads. */
  readonly fix?: OutputArgs;
}

/** Exit codes of `tuijin check`: 0 nothing found (or left after --fix), 4 problems remain. */
export const CHECK_FOUND_EXIT = 4;

function findingsJson(findings: readonly Finding[], locale: Locale) {
  return findings.map((f) => ({ ...issuesJson([f.issue], locale)[0], mend: f.mend !== undefined }));
}

function printReport(result: CheckResult, locale: Locale, io: Io): void {
  for (const s of result.skipped) io.out(formatIssue(s, locale));
  for (const f of result.findings) {
    const mark = f.mend ? (locale === 'zh-CN' ? ' [可修复]' : ' [mend]') : '';
    io.err(`${formatIssue(f.issue, locale)}${mark}`);
  }
  const count = result.findings.length;
  const safe = result.findings.filter((f) => f.mend).length;
  io.out(
    count === 0
      ? fillMessage('CHECK_CLEAN', locale, {})
      : fillMessage('CHECK_FOUND', locale, { count, safe }),
  );
}

/**
 * `tuijin check BOOK [--json]`: lists every problem with its sheet and cell; with --fix, applies
 * the safe mends as one run (kept in the backup, so `tuijin restore` undoes them), writes the
 * output and lists what is left. Exit 0 when nothing is (left) found, 4 otherwise.
 */
export async function checkCommand(args: CheckArgs, locale: Locale, io: Io): Promise<number> {
  const opened = args.fix ? await openFiles(args.fix, io) : null;
  const host = opened?.host ?? (await XlsxHost.open(args.input));
  const before = await prepareCheck(host);
  const plan = args.fix ? mendPlan(before.findings) : null;
  if (opened && plan) {
    await host.apply(plan);
    await saveTo(opened, io);
  }
  const mended = plan ? before.findings.filter((f) => f.mend).length : 0;
  const after = plan ? await prepareCheck(host) : before;
  if (args.json) {
    const json = {
      findings: findingsJson(after.findings, locale),
      skipped: issuesJson(after.skipped, locale),
      ...(args.fix && { mended, written: plan !== null }),
    };
    io.out(JSON.stringify(json, null, 2));
  } else {
    if (mended > 0) io.out(fillMessage('CHECK_MENDED', locale, { count: mended }));
    else if (opened)
      io.out(fillMessage('CHECK_NOTHING_TO_MEND', locale, { file: opened.target.shown }));
    printReport(after, locale, io);
    if (opened && plan) sayBackup(opened.target, locale, io);
  }
  return after.findings.length === 0 ? 0 : CHECK_FOUND_EXIT;
}
