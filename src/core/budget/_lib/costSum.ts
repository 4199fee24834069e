import { NATURE } from '../columns';

/**
 * The sum of costs in `range`: everything but the lines marked as deposits in `natures`, so a line
 * appended by hand counts before any re-run. `criteria` narrows it (`,<categories>,<category>`).
 * @example costSum('$J$4:$J$503', '$H$4:$H$503') // 'SUM($H$4:$H$503)-SUMIFS($H$4:$H$503,$J$4:$J$503,"押金(可退)")'
 */
export function costSum(natures: string, range: string, criteria = ''): string {
  return criteria
    ? `SUMIFS(${range}${criteria})-SUMIFS(${range}${criteria},${natures},"${NATURE.deposit}")`
    : `SUM(${range})-SUMIFS(${range},${natures},"${NATURE.deposit}")`;
}
