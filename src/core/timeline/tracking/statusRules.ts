import type { RangeBox } from '../../a1';
import type { ConditionalFormat, ListValidation } from '../../plan';
import { ALERT, OWNER_OVERLOAD } from '../../plan/palette';
import { openConditions } from '../actuals';
import type { TrackingLayout } from '../types';
import { col$, range$, RULE_ROWS } from './_lib/ranges';
import { DONE, STATUSES } from './statuses';

/**
 * The 状态 drop-down, the overdue rule on the planned columns and, where the sheet has owners,
 * the owner-load flag against the summary's same-day limit (which the summary writes only then). Rules go on the add-in's own cells
 * only: the team's own rules and colours are never touched.
 * @example statusRules(layout, '$M$9').validations[0]?.list // ['未开始', '进行中', '已完成', '延期']
 */
export function statusRules(
  layout: TrackingLayout,
  limitRef: string | null,
): {
  readonly clearFormats: readonly RangeBox[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly validations: readonly ListValidation[];
} {
  const { ts, dueCol, startCol, extent } = layout;
  const first = ts.headerRow + 1;
  const planned: RangeBox = {
    row: first,
    col: Math.min(startCol, dueCol),
    rows: Math.max(extent - ts.headerRow, 1),
    cols: Math.abs(dueCol - startCol) + 1,
  };
  const statusCol = ts.mapping.status;
  const d = `${col$(dueCol)}${first + 1}`;
  const notDone = statusCol === undefined ? '' : `,${col$(statusCol)}${first + 1}<>"${DONE}"`;
  // Overdue is past due and not finished: an actual finish date or progress at 100% finishes a
  // task as surely as 已完成 does, whatever the team's 状态 says.
  const open = openConditions(layout.actuals ?? {}, first + 1).map((c) => `,${c}`);
  const conditionalFormats: ConditionalFormat[] = [
    {
      range: planned,
      formula: `=AND(ISNUMBER(${d}),${d}<NOW()${notDone}${open.join('')})`,
      ...ALERT,
    },
  ];
  const o = ts.mapping.owner;
  if (o !== undefined && limitRef !== null) {
    const owners = range$(o, first, extent);
    const dues = range$(dueCol, first, extent);
    conditionalFormats.push({
      range: { row: first, col: dueCol, rows: planned.rows, cols: 1 },
      formula: `=AND(ISNUMBER(${d}),COUNTIFS(${owners},${col$(o)}${first + 1},${dues},">="&INT(${d}),${dues},"<"&(INT(${d})+1))>${limitRef})`,
      fill: OWNER_OVERLOAD,
    });
  }
  const validations =
    statusCol === undefined
      ? []
      : [
          {
            range: { row: first, col: statusCol, rows: planned.rows, cols: 1 },
            list: [...STATUSES],
          },
        ];
  return { clearFormats: [{ ...planned, rows: RULE_ROWS }], conditionalFormats, validations };
}
