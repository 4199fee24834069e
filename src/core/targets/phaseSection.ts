import { block, formula, inputCell, num, text } from '../plan';
import { MONEY, PERCENT } from '../plan/formats';
import { ALERT, OWN_HEADER } from '../plan/palette';
import { box, FORMATS, section, type Section } from './_lib/section';
import { BURST_PHASE } from './defaults';
import { abs, inputRef, PHASE_COLS as P, phaseRow, rel, ROWS } from './layout';
import type { TargetValues } from './types';

const HEADERS = [
  '阶段',
  '占比',
  '天数',
  '开始',
  '结束',
  '销售额',
  '访客数',
  '支付买家数',
  '日均销售额',
  '日均访客数',
];

/** 开始 of phase i: 爆发 starts on 爆发日, earlier phases end the day before the next begins. */
function startOf(i: number): string {
  if (i === BURST_PHASE) return inputRef('burstDay');
  if (i < BURST_PHASE) return `${rel(phaseRow(i + 1), P.start)}-${rel(phaseRow(i), P.days)}`;
  return `${rel(phaseRow(i - 1), P.start)}+${rel(phaseRow(i - 1), P.days)}`;
}

/** The formulas of phase i's row, after its name, share and days. */
function phaseFormulas(i: number): string[] {
  const r = phaseRow(i);
  const c = (col: number) => rel(r, col);
  const chosen = abs(ROWS.chosenRow, 1);
  const perDay = (col: number) => `IF(SUM(${c(P.days)})>0,${c(col)}/${c(P.days)},"")`;
  return [
    startOf(i),
    `${c(P.start)}+${c(P.days)}-1`,
    `${chosen}*${c(P.share)}`,
    `IFERROR(${c(P.gmv)}/(${inputRef('conversion')}*${inputRef('aov')}),"")`,
    `IFERROR(${c(P.gmv)}/${inputRef('aov')},"")`,
    perDay(P.gmv),
    perDay(P.visitors),
  ];
}

/** 合计: shares (to be 100 %), days, the campaign's first and last day, and the sums. */
function totalRow(n: number): string[] {
  const col = (c: number, f: string) => `${f}(${rel(phaseRow(0), c)}:${rel(phaseRow(n - 1), c)})`;
  return [
    col(P.share, 'SUM'),
    col(P.days, 'SUM'),
    col(P.start, 'MIN'),
    col(P.end, 'MAX'),
    col(P.gmv, 'SUM'),
    col(P.visitors, 'SUM'),
    col(P.buyers, 'SUM'),
  ];
}

/**
 * 预热 / 蓄水 / 爆发 / 返场: each phase's share and days as inputs, its dates counted from 爆发日,
 * and its sales, visitors and buyers in total and per day, from the chosen scenario.
 * @example phaseSection(values).blocks[0].cells.length // 6
 */
export function phaseSection(v: TargetValues): Section {
  const n = v.phases.length;
  const total = ROWS.phaseTotal;
  const width = HEADERS.length;
  const shareTotal = abs(total, P.share);
  return section({
    blocks: [
      block({ row: ROWS.phaseHead, col: 0 }, [
        HEADERS.map(text),
        ...v.phases.map((p, i) => [
          text(p.name),
          num(p.share),
          num(p.days),
          ...phaseFormulas(i).map(formula),
        ]),
        [text('合计'), ...totalRow(n).map(formula), text(''), text('')],
      ]),
    ],
    numberFormats: [
      { range: box(phaseRow(0), P.share, n + 1), format: PERCENT },
      { range: box(phaseRow(0), P.start, n + 1, 2), format: FORMATS.date },
      { range: box(phaseRow(0), P.gmv, n + 1), format: MONEY },
      { range: box(phaseRow(0), P.visitors, n + 1, 2), format: FORMATS.count },
      { range: box(phaseRow(0), P.dailyGmv, n), format: MONEY },
      { range: box(phaseRow(0), P.dailyVisitors, n), format: FORMATS.count },
    ],
    styles: [
      { range: box(ROWS.phaseHead, 0, 1, width), ...OWN_HEADER },
      { range: box(total, 0, 1, width), bold: true },
    ],
    inputs: v.phases.flatMap((p, i) => [
      inputCell(
        { row: phaseRow(i), col: P.share },
        'rate',
        `${p.name}占比`,
        `${p.name}期销售额 = 选用销售额 × 占比；各阶段合计应为 100%。`,
      ),
      inputCell(
        { row: phaseRow(i), col: P.days },
        'count',
        `${p.name}天数`,
        `${p.name}期的天数，决定日期和日均数。`,
      ),
    ]),
    // Shares that do not add up to 100 % leave part of the target unplanned, or plan too much.
    conditionalFormats: [
      { range: box(total, P.share), formula: `=ABS(${shareTotal}-1)>0.0001`, ...ALERT },
    ],
  });
}
