import { formatIssue, type Issue, type Locale } from '../core/issues';

export type Io = { out(l: string): void; err(l: string): void };

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
