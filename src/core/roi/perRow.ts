import { cellAddress, columnLetters } from '../a1';
import { MONEY } from '../plan/formats';
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
import { ALERT } from '../plan/palette';
import { DEVIATION_LIMIT, SALES_OWNED, type SalesRole } from './columns';
import type { PerRowColumns } from './types';

const at = (col: number, row: number) => `${columnLetters(col)}${row + 1}`;

/**
 * The add-in's columns beside each day (or hour) of sales: 转化率, 客单价, and 偏差 from the plan
 * where a 计划/目标 column exists, with deviations beyond ±20% highlighted and reported. Blank for
 * rows without a 支付金额. Earlier runs' columns are reused where they are.
 * @example perRowColumns(grid, header, [4, 5, 6]).columns.map((c) => c.header) // ['转化率', '客单价']
 */
export function perRowColumns(
  grid: Grid,
  found: HeaderRow<SalesRole>,
  dataRows: readonly number[],
): PerRowColumns {
  const { gmv, buyers, visitors, plan } = found.mapping;
  // A sales header always has 支付金额; without it there is nothing to compute per row.
  if (gmv === undefined)
    return { columns: [], blocks: [], numberFormats: [], conditionalFormats: [], issues: [] };
  const wanted: [string, (row: number) => string, string][] = [];
  if (buyers !== undefined && visitors !== undefined)
    wanted.push([
      SALES_OWNED.conversion,
      (r) => `IFERROR(${at(buyers, r)}/${at(visitors, r)},"")`,
      '0.00%',
    ]);
  if (buyers !== undefined)
    wanted.push([SALES_OWNED.aov, (r) => `IFERROR(${at(gmv, r)}/${at(buyers, r)},"")`, MONEY]);
  if (plan !== undefined)
    wanted.push([
      SALES_OWNED.deviation,
      // SUM of one cell, not N(): Gnumeric's N() of a blank cell is #NUM!.
      (r) => `IF(SUM(${at(plan, r)})=0,"",${at(gmv, r)}/${at(plan, r)}-1)`,
      '+0.0%;-0.0%;0.0%',
    ]);
  const own = ownedColumns(found);
  const columns = wanted.map(([header, f, format]) => ({ col: own(header), header, f, format }));

  const first = found.row + 1;
  const data = (col: number) => ({ row: first, col, rows: dataRows.length, cols: 1 });
  const blocks: Block[] = columns.map((c) =>
    block({ row: found.row, col: c.col }, [
      [text(c.header)],
      ...dataRows.map((row) => [formula(`=IF(COUNT(${at(gmv, row)})=0,"",${c.f(row)})`)]),
    ]),
  );
  const numberFormats: NumberFormat[] =
    dataRows.length > 0 ? columns.map((c) => ({ range: data(c.col), format: c.format })) : [];
  const deviation = columns.find((c) => c.header === SALES_OWNED.deviation);
  if (!deviation || plan === undefined || dataRows.length === 0)
    return { columns, blocks, numberFormats, conditionalFormats: [], issues: [] };
  const top = at(deviation.col, first);
  const conditionalFormats: ConditionalFormat[] = [
    {
      range: data(deviation.col),
      formula: `=AND(ISNUMBER(${top}),ABS(${top})>${DEVIATION_LIMIT})`,
      ...ALERT,
    },
  ];
  const issues = deviations(grid, dataRows, { gmv, plan, deviation: deviation.col });
  return { columns, blocks, numberFormats, conditionalFormats, issues };
}

/** One warning naming the first few rows whose 支付金额 is more than ±20% off the plan. */
function deviations(
  grid: Grid,
  dataRows: readonly number[],
  cols: { gmv: number; plan: number; deviation: number },
): Issue[] {
  const off = dataRows.filter((row) => {
    const gmv = numberIn(valueAt(grid, { row, col: cols.gmv }));
    const plan = numberIn(valueAt(grid, { row, col: cols.plan }));
    return gmv !== null && plan ? Math.abs(gmv / plan - 1) > DEVIATION_LIMIT : false;
  });
  const [firstOff] = off;
  if (firstOff === undefined) return [];
  const cells =
    off
      .slice(0, 5)
      .map((row) => cellAddress({ row, col: cols.deviation }))
      .join('、') + (off.length > 5 ? '…' : '');
  return [
    issue(
      'DEVIATION_BEYOND',
      'warning',
      { sheet: grid.sheet, address: cellAddress({ row: firstOff, col: cols.deviation }) },
      { count: off.length, cells },
    ),
  ];
}
