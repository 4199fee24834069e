import { NATURE } from '../columns';

/**
 * The sum of costs in `range`: everything but the rows `natures` marks as deposits or as not lines
 * (the team's own totals, the note under the table), so a line appended by hand counts before
 * any re-run and a team's 合计 row is never counted twice. `criteria` narrows it
 * (`,<categories>,<category>`).
 * @example costSum('$J$4:$J$12', '$H$4:$H$12') // 'SUM($H$4:$H$12)-SUMIFS(…"押金(可退)")-SUMIFS(…"不计入")'
 */
export function costSum(natures: string, range: string, criteria = ''): string {
  const all = criteria ? `SUMIFS(${range}${criteria})` : `SUM(${range})`;
  const minus = (nature: string) => `-SUMIFS(${range}${criteria},${natures},"${nature}")`;
  return `${all}${minus(NATURE.deposit)}${minus(NATURE.excluded)}`;
}
