import { columnLetters, type RangeBox } from '../../a1';
import { calendarRanges } from '../../calendar/workCalendar';
import type { ConditionalFormat } from '../../plan';
import {
  DAY_OFF_FILL,
  DAY_OFF_FONT,
  GANTT_BARS,
  GANTT_OTHER_BAR,
  MILESTONE_DAY_FILL,
  TODAY_FILL,
  TODAY_HEADER,
} from '../../plan/palette';
import type { TrackingLayout } from '../types';
import { col$ } from './_lib/ranges';
import { actualRules } from './actualRules';

/**
 * What the bars are coloured by: the department column, else the phase column, and its values
 * in order of first appearance (each takes the next of GANTT_BARS).
 * @example barGroups(layout).groups // ['运营', '美工', '文案']
 */
export function barGroups(layout: Pick<TrackingLayout, 'ts'>): {
  readonly byCol: number | undefined;
  readonly groups: readonly string[];
} {
  const { ts } = layout;
  const byDept = ts.mapping.department !== undefined;
  const byCol = ts.mapping.department ?? ts.mapping.phase;
  const groups =
    byCol === undefined
      ? []
      : [...new Set(ts.tasks.map((t) => (byDept ? t.department : t.phase)).filter(Boolean))];
  return { byCol, groups };
}

/**
 * The Gantt's conditional formats: the actual spans the team records (`actualRules`), then a bar
 * from each task's planned start to its due, coloured by department (else phase); today and days off shaded; today's and milestones' day headers marked.
 * Bars come first (actual spans before plan bars): they win over the shading (the first rule is the top priority). Days off come
 * from the 工作日历 sheet, weekends where it has no such date.
 * @example ganttRules(layout, bars, header)[0]?.formula // '=AND($B2="运营",ISNUMBER($J2),U$3>=INT($I2),U$3<=$J2)'
 */
export function ganttRules(
  layout: TrackingLayout,
  bars: RangeBox,
  headerRange: RangeBox,
): ConditionalFormat[] {
  const { startCol, dueCol } = layout;
  const head = headerRange.row;
  const first = head + 1;
  const x = `${columnLetters(headerRange.col)}$${head + 1}`;
  const hx = `${columnLetters(headerRange.col)}${head + 1}`;
  const s = `${col$(startCol)}${first + 1}`;
  const d = `${col$(dueCol)}${first + 1}`;
  const inBar = `ISNUMBER(${d}),${x}>=INT(${s}),${x}<=${d}`;
  const { byCol, groups } = barGroups(layout);
  const { dates, flags } = calendarRanges();
  const nonWorking = (cell: string) =>
    `IFERROR(INDEX(${flags},MATCH(${cell},${dates},0))=0,WEEKDAY(${cell},2)>5)`;
  const milestoneDays = layout.milestones.map((m) => `${hx}=INT(${m.address})`).join(',');
  return [
    ...actualRules(layout, bars, x, inBar),
    ...groups.slice(0, GANTT_BARS.length).map((g, i) => ({
      range: bars,
      formula: `=AND(${col$(byCol!)}${first + 1}="${g}",${inBar})`,
      fill: GANTT_BARS[i]!,
    })),
    { range: bars, formula: `=AND(${inBar})`, fill: GANTT_OTHER_BAR },
    { range: bars, formula: `=${x}=TODAY()`, fill: TODAY_FILL },
    { range: bars, formula: `=${nonWorking(x)}`, fill: DAY_OFF_FILL },
    { range: headerRange, formula: `=${hx}=TODAY()`, ...TODAY_HEADER },
    // A plan of typed dates only has no milestone day to mark (OR() of nothing is an error).
    ...(milestoneDays === ''
      ? []
      : [{ range: headerRange, formula: `=OR(${milestoneDays})`, fill: MILESTONE_DAY_FILL }]),
    { range: headerRange, formula: `=${nonWorking(hx)}`, fontColor: DAY_OFF_FONT },
  ];
}
