import { rangeAddress } from '../a1';
import { issue, type Issue } from '../issues';
import type { BeforeReader } from './backup/types';
import { listsExactly } from './listRule';
import type { SheetPlan, WorkbookPlan } from './types';

/**
 * A sheet plan without its panes when it freezes only sheets with none and the sheet has some:
 * the team's own frozen panes (or an earlier run's) stay as they are.
 */
function keepTeamPanes(
  sp: SheetPlan,
  existing: ReadonlySet<string>,
  read: Pick<BeforeReader, 'freeze'>,
): SheetPlan {
  if (!sp.freeze?.unlessFrozen || !existing.has(sp.sheet)) return sp;
  const now = read.freeze(sp.sheet);
  if (now.rows === 0 && now.cols === 0) return sp;
  return Object.fromEntries(Object.entries(sp).filter(([k]) => k !== 'freeze')) as SheetPlan;
}

/**
 * The plan without the drop-downs that would replace a team's own validation (nor panes where the
 * sheet has its own, `keepTeamPanes`): a list range
 * whose cells have no validation, or exactly the add-in's list from an earlier run, gets it; any
 * other validation there is the team's (a list with 暂停, a rule), is kept, and the run says so.
 * @example keepTeamValidations(plan, existing, reader).issues[0]?.code // 'TEAM_VALIDATION_KEPT'
 */
export function keepTeamValidations(
  plan: WorkbookPlan,
  existing: ReadonlySet<string>,
  read: Pick<BeforeReader, 'validation' | 'freeze'>,
): { readonly plan: WorkbookPlan; readonly issues: readonly Issue[] } {
  const issues: Issue[] = [];
  const sheets = plan.sheets.map((asked) => {
    const sp = keepTeamPanes(asked, existing, read);
    if (!existing.has(sp.sheet) || sp.validations.length === 0) return sp;
    const validations = sp.validations.filter((v) => {
      const now = read.validation(sp.sheet, v.range);
      if (now === null || (now !== 'mixed' && listsExactly(now, v.list))) return true;
      const range = rangeAddress(v.range);
      issues.push(
        issue(
          'TEAM_VALIDATION_KEPT',
          'info',
          { sheet: sp.sheet, address: range },
          {
            sheet: sp.sheet,
            range,
          },
        ),
      );
      return false;
    });
    return { ...sp, validations };
  });
  return { plan: { ...plan, sheets }, issues };
}
