import { block, formula, text } from '../plan';
import { MONEY } from '../plan/formats';
import { NOTE_FONT, OWN_HEADER } from '../plan/palette';
import { box, FORMATS, section, type Section } from './_lib/section';
import { abs, inputRef, PHASE_COLS as P, phaseRow, rel, ROWS } from './layout';
import type { TargetValues } from './types';

/** Where the day-by-day table sits: right of the phase table, from the inputs' header down. */
export const DAILY = { col: 11, head: ROWS.inputHead, rows: 60 } as const;

const HEADERS = ['日期', '阶段', '目标销售额', '访客数', '支付买家数'];

/** Day k's formulas: its date while within the campaign, its phase's name and daily figures. */
function dayFormulas(k: number, phases: number): string[] {
  const r = DAILY.head + 1 + k;
  const date = rel(r, DAILY.col);
  const range = (col: number) => `${abs(phaseRow(0), col)}:${abs(phaseRow(phases - 1), col)}`;
  // Phases are in time order, so the last phase starting on or before the date is its phase.
  const ofPhase = (col: number) =>
    `IF(${date}="","",INDEX(${range(col)},MATCH(${date},${range(P.start)},1)))`;
  const total = (col: number) => abs(ROWS.phaseTotal, col);
  return [
    `IF(${k}<${total(P.days)},${total(P.start)}+${k},"")`,
    ofPhase(P.name),
    ofPhase(P.dailyGmv),
    ofPhase(P.dailyVisitors),
    `IF(${date}="","",IFERROR(${rel(r, DAILY.col + 2)}/${inputRef('aov')},""))`,
  ];
}

/**
 * The campaign day by day: each date from 预热's first day to 返场's last (up to 60 days), its
 * phase, and that phase's daily sales, visitors and buyers — formulas, so changing 爆发日 or a
 * phase's days redraws the calendar.
 * @example dailySection(values).blocks[0].cells.length // 61
 */
export function dailySection(v: TargetValues): Section {
  const n = v.phases.length;
  const first = DAILY.head + 1;
  return section({
    blocks: [
      block({ row: DAILY.head, col: DAILY.col }, [
        HEADERS.map(text),
        ...Array.from({ length: DAILY.rows }, (_, k) => dayFormulas(k, n).map(formula)),
      ]),
      block({ row: first + DAILY.rows, col: DAILY.col }, [[text('最多列出 60 天')]]),
    ],
    numberFormats: [
      { range: box(first, DAILY.col, DAILY.rows), format: FORMATS.date },
      { range: box(first, DAILY.col + 2, DAILY.rows), format: MONEY },
      { range: box(first, DAILY.col + 3, DAILY.rows, 2), format: FORMATS.count },
    ],
    styles: [
      { range: box(DAILY.head, DAILY.col, 1, HEADERS.length), ...OWN_HEADER },
      { range: box(first + DAILY.rows, DAILY.col), fontColor: NOTE_FONT },
    ],
  });
}
