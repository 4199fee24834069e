import { formatIssue, type Issue, type Locale } from '../core/issues';
import type { FileSystem } from './fileSystem';

/** Where the CLI talks: its two output streams, and the files it writes (node's unless given). */
export type Io = { out(l: string): void; err(l: string): void; readonly fs?: FileSystem };

/** Prints what a run found: news on stdout, problems on stderr, each naming its cell. */
export function printIssues(issues: readonly Issue[], locale: Locale, io: Io): void {
  for (const i of issues) {
    if (i.severity === 'info') io.out(formatIssue(i, locale));
    else io.err(formatIssue(i, locale));
  }
}

/** The issues as --json prints them: code, severity, cell and the message in the user's language. */
export function issuesJson(issues: readonly Issue[], locale: Locale) {
  return issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    cell: i.cell ?? null,
    message: formatIssue(i, locale),
  }));
}
