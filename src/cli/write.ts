import type { Prepared } from '../app/types';
import { fillMessage, type Issue, type Locale } from '../core/issues';
import type { WorkbookPlan } from '../core/plan';
import { XlsxHost } from '../hosts/xlsx/XlsxHost';
import { NODE_FS } from './fileSystem';
import { issuesJson, printIssues, type Io } from './report';
import { saveSafely } from './saveSafely';
import { outputTarget, type OutputArgs, type Target } from './target';

/** Where a command reads and writes, and whether it answers in JSON. */
export interface FileArgs extends OutputArgs {
  readonly json: boolean;
}

/** The workbook a command read, and where it may write the result. */
export interface Opened {
  readonly host: XlsxHost;
  readonly target: Target;
}

/**
 * Opens the input and checks the output before any work: a file that cannot be read, or an
 * output that may not be written, ends the run with exit 1 and a message naming the path.
 */
export async function openFiles(args: OutputArgs, io: Io): Promise<Opened> {
  const host = await XlsxHost.open(args.input);
  return { host, target: await outputTarget(args, io.fs ?? NODE_FS) };
}

/** Saves the workbook to its target: a temporary file renamed over it, the original kept first. */
export async function saveTo(opened: Opened, io: Io): Promise<void> {
  await saveSafely(opened.target, (file) => opened.host.save(file), io.fs ?? NODE_FS);
}

/** With --in-place, where the original went. */
export function sayBackup(target: Target, locale: Locale, io: Io): void {
  if (target.backup !== undefined)
    io.out(fillMessage('BACKUP_KEPT', locale, { file: target.shown, backup: target.backup }));
}

/**
 * Ends a prepared command: writes the plan to the output unless the run is blocked, then prints
 * what it found (text, or JSON with `summary`). Exit 0 when written, 1 when not.
 * @example await writePrepared(opened, prepared, args, (r) => ({ sheet: r.sheet }), 'zh-CN', io)
 */
export async function writePrepared<R extends { readonly plan: WorkbookPlan | null }>(
  opened: Opened,
  prepared: Prepared<R> & { readonly issues: readonly Issue[] },
  args: FileArgs,
  summary: (result: R) => object,
  locale: Locale,
  io: Io,
): Promise<number> {
  const { result, issues } = prepared;
  const plan = result?.plan ?? null;
  if (plan) {
    await opened.host.apply(plan);
    await saveTo(opened, io);
  }
  if (args.json) {
    const fields = result ? summary(result) : {};
    const written = plan !== null;
    const backup = written && opened.target.backup ? { backup: opened.target.backup } : {};
    const json = { ...fields, written, ...backup, issues: issuesJson(issues, locale) };
    io.out(JSON.stringify(json, null, 2));
    return plan ? 0 : 1;
  }
  printIssues(issues, locale, io);
  if (plan) sayBackup(opened.target, locale, io);
  return plan ? 0 : 1;
}
