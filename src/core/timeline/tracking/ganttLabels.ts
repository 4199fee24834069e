import { columnLetters } from '../../a1';
import { fromSerial, weekday } from '../../calendar/serial';
import { blank, formula, type PlanCell } from '../../plan';
import { dayColumns } from './_lib/dayColumns';

/** A milestone the label row marks with a diamond on its day. */
export interface MilestoneMark {
  readonly name: string;
  readonly address: string;
  readonly value: number;
}

// A date label (11/30) reads over two day columns: the cell after it stays empty, so the text
// overflows there.
const DATE_SPAN = 2;

/**
 * The Gantt's label row: ◆ and the name on each milestone's day, the date on the first day and
 * each Monday (a week), and the month on each month's first day, placed where they do not run
 * into each other. Each label is a formula on its column's day cell, so it tells that column's
 * true date even after 开团 is moved by hand; the cells between stay empty, so a label's text
 * runs over them (a formula returning "" would cut it off).
 * @example ganttLabels({ head: 2, col: 10, days: 30, firstDay: 46337, stale: 0 }, [])[0] // { kind: 'formula', formula: '=MONTH(K$3)&"/"&DAY(K$3)' }
 */
export function ganttLabels(
  at: {
    readonly head: number;
    readonly col: number;
    readonly days: number;
    readonly firstDay: number;
    readonly stale: number;
  },
  milestones: readonly MilestoneMark[],
): PlanCell[] {
  const { head, col, days, firstDay } = at;
  const cells: PlanCell[] = Array<PlanCell>(days + at.stale).fill(blank);
  const taken = new Set<number>();
  const day = (i: number) => `${columnLetters(col + i)}$${head + 1}`;
  const place = (i: number, f: string, span: number) => {
    if (i < 0 || i >= days) return;
    if (Array.from({ length: span }, (_, k) => i + k).some((k) => taken.has(k))) return;
    for (let k = -1; k < span; k++) taken.add(i + k);
    cells[i] = formula(f);
  };
  // Milestones on one day (排期 and 开团) share one mark.
  const byDay = new Map<number, MilestoneMark[]>();
  for (const m of milestones)
    byDay.set(Math.floor(m.value), [...(byDay.get(Math.floor(m.value)) ?? []), m]);
  for (const [serial, ms] of byDay) {
    const i = serial - firstDay;
    const mark = `◆${ms.map((m) => m.name).join('·')}`;
    place(i, `=IF(${day(i)}=INT(${ms[0]!.address}),"${mark}","")`, dayColumns(mark));
  }
  for (let i = 0; i < days; i++) {
    const serial = firstDay + i;
    if (i === 0 || weekday(serial) === 1)
      place(i, `=MONTH(${day(i)})&"/"&DAY(${day(i)})`, DATE_SPAN);
    else if (fromSerial(serial).day === 1) place(i, `=MONTH(${day(i)})&"月"`, DATE_SPAN);
  }
  return cells;
}
