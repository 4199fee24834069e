import { cellAddress, columnLetters } from '../a1';
import { valueAt, type Grid } from '../grid';
import { ownedColumns, type HeaderRow } from '../grid/header';
import { issue, type Issue } from '../issues';
import { numberIn } from '../numbers/parseNumberText';
import {
  block,
  formula,
  text,
  type Block,
  type ConditionalFormat,
  type NumberFormat,
} from '../plan';
import { DEVIATION_LIMIT, SALES_OWNED, type SalesRole } from './columns';
import { ALERT } from '../plan/palette';
import type { PerRowColumns } from './types';

/**
 * The add-in's columns beside each day (or hour) of sales: 转化率, 客单价, and 偏差 from the plan
 * where a 计划/目标 column exists, with deviations beyond ±20% highlighted and reported. Blank for
 * rows without a 支付金额. Earlier runs' columns are reused where they are.
 */
export function perRowColumns(
  grid: Grid,
  found: HeaderRow<SalesRole>,
  dataRows: readonly number[],
): PerRowColumns {
  const m = found.mapping;
  const ref = (role: SalesRole, row: number) => `${columnLetters(m[role]!)}${row + 1}`;
  const wanted: [string, (row: number) => string, string][] = [];
  if (m.buyers !== undefined && m.visitors !== undefined)
    wanted.push([
      SALES_OWNED.conversion,
      (r) => `IFERROR(${ref('buyers', r)}/${ref('visitors', r)},"")`,
      '0.00%',
    ]);
  if (m.buyers !== undefined)
    wanted.push([
      SALES_OWNED.aov,
      (r) => `IFERROR(${ref('gmv', r)}/${ref('buyers', r)},"")`,
      '#,##0.00',
    ]);
  if (m.plan !== undefined)
    wanted.push([
      SALES_OWNED.deviation,
      (r) => `IF(N(${ref('plan', r)})=0,"",${ref('gmv', r)}/${ref('plan', r)}-1)`,
      '+0.0%;-0.0%;0.0%',
    ]);
  const own = ownedColumns(found);
  const columns = wanted.map(([header, f, format]) => ({ col: own(header), header, f, format }));

  const first = found.row + 1;
  const data = (col: number) => ({ row: first, col, rows: dataRows.length, cols: 1 });
  const blocks: Block[] = columns.map((c) =>
    block({ row: found.row, col: c.col }, [
      [text(c.header)],
      ...dataRows.map((row) => [formula(`=IF(COUNT(${ref('gmv', row)})=0,"",${c.f(row)})`)]),
    ]),
  );
  const numberFormats: NumberFormat[] =
    dataRows.length > 0 ? columns.map((c) => ({ range: data(c.col), format: c.format })) : [];
  const conditionalFormats: ConditionalFormat[] = [];
  const issues: Issue[] = [];
  const deviation = columns.find((c) => c.header === SALES_OWNED.deviation);
  if (deviation && dataRows.length > 0) {
    const top = `${columnLetters(deviation.col)}${first + 1}`;
    conditionalFormats.push({
      range: data(deviation.col),
      formula: `=AND(ISNUMBER(${top}),ABS(${top})>${DEVIATION_LIMIT})`,
      ...ALERT,
    });
    const off = dataRows.filter((row) => {
      const gmv = numberIn(valueAt(grid, { row, col: m.gmv! }));
      const plan = numberIn(valueAt(grid, { row, col: m.plan! }));
      return gmv !== null && plan ? Math.abs(gmv / plan - 1) > DEVIATION_LIMIT : false;
    });
    const cells =
      off
        .slice(0, 5)
        .map((row) => cellAddress({ row, col: deviation.col }))
        .join('、') + (off.length > 5 ? '…' : '');
    if (off.length > 0)
      issues.push(
        issue(
          'DEVIATION_BEYOND',
          'warning',
          { sheet: grid.sheet, address: cellAddress({ row: off[0]!, col: deviation.col }) },
          { count: off.length, cells },
        ),
      );
  }
  return { columns, blocks, numberFormats, conditionalFormats, issues };
}
