import { formatSerial } from '../../calendar/serial';
import { textIn } from '../../grid';
import { issue, type Issue } from '../../issues';
import { issueCell } from '../_lib/issueCell';
import type { FoundMilestones } from '../milestoneCells';
import { canonicalMilestone } from '../milestones';

/** The old and new dates of the milestones a reuse moves, by canonical name. */
export interface ReuseAnchors {
  readonly from: Readonly<Record<string, number>>;
  readonly to: Readonly<Record<string, number>>;
}

const canonical = (r: Readonly<Record<string, number>>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [canonicalMilestone(k), v]));

/**
 * The milestones' old and new dates under their canonical names (开团时间 is 开团), and an error
 * for each milestone that has only one of the two: a date cannot keep its distance to a milestone
 * whose old or new date is unknown, so nothing is planned until the user gives both.
 * @example checkReuseAnchors({ 开团: 46337.8 }, {}).issues[0]?.code // 'REUSE_FROM_WITHOUT_TO'
 */
export function checkReuseAnchors(
  from: Readonly<Record<string, number>>,
  to: Readonly<Record<string, number>>,
): ReuseAnchors & { readonly issues: readonly Issue[] } {
  const f = canonical(from);
  const t = canonical(to);
  const issues: Issue[] = [];
  if (Object.keys(f).length === 0 && Object.keys(t).length === 0)
    issues.push(issue('REUSE_NO_MILESTONE', 'error'));
  for (const name of Object.keys(t))
    if (!(name in f)) issues.push(issue('REUSE_TO_WITHOUT_FROM', 'error', undefined, { name }));
  for (const name of Object.keys(f))
    if (!(name in t)) issues.push(issue('REUSE_FROM_WITHOUT_TO', 'error', undefined, { name }));
  return { from: f, to: t, issues };
}

/**
 * A warning for each milestone cell on the sheet that no new date moves: its tasks stay on the
 * old campaign's date, which is rarely meant, and the user can add its --to.
 */
export function keptMilestones(
  sheet: string,
  found: FoundMilestones,
  to: Readonly<Record<string, number>>,
): Issue[] {
  return found.cells
    .filter((c) => !(c.name in to))
    .map((c) => {
      const at = { row: c.label.row, col: c.label.col + 1 };
      const date = typeof c.value === 'number' ? formatSerial(c.value) : textIn(c.value);
      return issue('REUSE_MILESTONE_KEPT', 'warning', issueCell(sheet, at.row, at.col), {
        name: c.name,
        date,
      });
    });
}
