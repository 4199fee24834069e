import { fillMessage, formatIssue, type Issue, type Locale } from '../core/issues';
import type { FileSystem } from './fileSystem';

/** Where the CLI talks: its two output streams, and the files it writes (node's unless given). */
export type Io = { out(l: string): void; err(l: string): void; readonly fs?: FileSystem };

/** Issues of one code past this many are summed up in one line naming this many cells. */
export const SHOWN_PER_CODE = 5;

/** The issues by code and severity, in the order each first appears. */
function byCode(issues: readonly Issue[]): Issue[][] {
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    const key = `${i.code} ${i.severity}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  return [...groups.values()];
}

/** The first cells of a group, the sheet named only where it changes: `表!D5、D6、D7`. */
function firstCells(group: readonly Issue[], locale: Locale): string {
  let sheet: string | undefined;
  const cells = group.flatMap(({ cell }) => {
    if (!cell?.address) return [];
    const shown = cell.sheet === sheet ? cell.address : `${cell.sheet}!${cell.address}`;
    sheet = cell.sheet;
    return [shown];
  });
  return cells.slice(0, SHOWN_PER_CODE).join(locale === 'zh-CN' ? '、' : ', ');
}

/**
 * The lines of one code's issues: each one when there are few; else the first in full and one
 * line with the first cells and how many more, so 13,000 warnings of one kind stay two lines.
 */
function groupLines(group: readonly Issue[], locale: Locale): string[] {
  const [first] = group;
  if (!first || group.length <= SHOWN_PER_CODE) return group.map((i) => formatIssue(i, locale));
  const count = (n: number) => n.toLocaleString('en-US');
  const more = fillMessage('ISSUES_MORE', locale, {
    count: count(group.length),
    cells: firstCells(group, locale),
    rest: count(group.length - SHOWN_PER_CODE),
  });
  return [formatIssue(first, locale), `  ${more}`];
}

/**
 * Prints what a run found: news on stdout, problems on stderr, each naming its cell; many issues
 * of one code as one summary (`--json` keeps the full list).
 */
export function printIssues(issues: readonly Issue[], locale: Locale, io: Io): void {
  for (const group of byCode(issues)) {
    const info = group[0]?.severity === 'info';
    for (const line of groupLines(group, locale)) {
      if (info) io.out(line);
      else io.err(line);
    }
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
