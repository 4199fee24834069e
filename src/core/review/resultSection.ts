import { columnLetters, quoteSheetName } from '../a1';
import { blank, block, formula, text, type PlanCell } from '../plan';
import { ALERT, NOTE_FONT, OWN_HEADER } from '../plan/palette';
import { RATE, RATIO } from '../roi/kpis';
import { FORMATS, section, type Section } from '../targets/_lib/section';
import { box, cellOn, textOf } from './_lib/refs';
import { ranking } from './_lib/ranking';
import { abs, HELPERS, PANELS, rel, RESULT, ROWS, YUAN } from './layout';
import type { SalesSource, TargetSource } from './types';

const COL = PANELS.result;
const HEADINGS = ['指标', '实际', '目标/保本', '达成/判断', ''];
const CHANNELS = ['渠道（按ROI）', '花费', '成交金额', 'ROI', '判断'];
const BELOW = '低于保本';

/** Each figure's row: its format, its target, and the comparison in the fourth column. */
interface FigureRow {
  readonly label: string;
  readonly format: string;
  readonly target: (t: TargetSource | undefined, s: SalesSource) => string | null;
  readonly compare: 'rate' | 'breakEven' | 'profit' | 'none';
}

const on = (t: TargetSource | undefined, ref: (t: TargetSource) => string) => (t ? ref(t) : null);

/** The figures in reading order; targets from the 目标 sheet, ROI against 保本ROI. */
const FIGURES: readonly FigureRow[] = [
  { label: '支付金额', format: YUAN, target: (t) => on(t, (x) => x.gmv), compare: 'rate' },
  {
    label: '访客数',
    format: FORMATS.count,
    target: (t) => on(t, (x) => `${x.gmv}/(${x.conversion}*${x.aov})`),
    compare: 'rate',
  },
  { label: '支付转化率', format: RATE, target: (t) => on(t, (x) => x.conversion), compare: 'rate' },
  { label: '客单价', format: YUAN, target: (t) => on(t, (x) => x.aov), compare: 'rate' },
  { label: '总投入', format: YUAN, target: () => null, compare: 'none' },
  {
    label: '投入产出比',
    format: RATIO,
    target: (_, s) => figureRef(s, '保本ROI'),
    compare: 'breakEven',
  },
  { label: '净ROI', format: RATIO, target: () => '0', compare: 'profit' },
  { label: '保本ROI', format: RATIO, target: () => null, compare: 'none' },
];

/** A figure of the KPI block as a reference on the sales sheet, or null when it has none. */
const figureRef = (s: SalesSource, label: string): string | null => {
  const at = s.figures[label];
  return at === undefined ? null : `${quoteSheetName(s.sheet)}!${at}`;
};

/** The comparison: 达成率 against a target, above or below 保本ROI, profit or loss. */
function compared(f: FigureRow, row: number): PlanCell {
  const [v, t] = [abs(row, COL + 1), abs(row, COL + 2)];
  const when = (yes: string, no: string) =>
    formula(`=IF(OR(${v}="",${t}=""),"",IF(${v}>=${t},"${yes}","${no}"))`);
  if (f.compare === 'rate') return formula(`=IFERROR(IF(${t}="","",${v}/${t}),"")`);
  if (f.compare === 'breakEven') return when('高于保本', BELOW);
  if (f.compare === 'profit') return when('盈利', '亏损');
  return f.label === '保本ROI' ? text('= 1 ÷ 毛利率') : blank;
}

function figureRows(s: SalesSource, t: TargetSource | undefined): PlanCell[][] {
  return FIGURES.map((f, i) => {
    const ref = figureRef(s, f.label);
    const target = ref === null ? null : f.target(t, s);
    return [
      text(f.label),
      ref === null ? text('—') : formula(`=${ref}`),
      target === null ? blank : formula(`=${target}`),
      ref === null ? blank : compared(f, ROWS.first + i),
      blank,
    ];
  });
}

/** The channels ranked by ROI (成交金额 ÷ 花费), those under 保本ROI marked. */
function channelBlocks(s: SalesSource) {
  const c = s.channels;
  const rows = c?.rows ?? [];
  const at = (row: number, col: number) => (c ? cellOn(c.sheet, row, col) : '""');
  const roi = (r: number) => `${at(r, c?.gmv ?? 0)}/${at(r, c?.spend ?? 0)}`;
  const first = RESULT.channelsColumns + 1;
  const breakEven = figureRef(s, '保本ROI') ?? '""';
  const marks = Array.from({ length: RESULT.channels }, (_, k) => {
    const r = abs(first + k, COL + 3);
    return [formula(`=IF(ISNUMBER(${r}),IF(${r}<${breakEven},"${BELOW}",""),"")`)];
  });
  return [
    block({ row: RESULT.channelsColumns, col: COL }, [CHANNELS.map(text)]),
    ...ranking({
      col: HELPERS.channels,
      scale: 10000,
      scores: rows.map((r) => `IFERROR(${roi(r)},-1)`),
      values: rows.map((r) => [
        textOf(at(r, c?.name ?? 0)),
        at(r, c?.spend ?? 0),
        at(r, c?.gmv ?? 0),
        `IFERROR(${roi(r)},"")`,
      ]),
      names: CHANNELS.slice(0, 4),
      at: { row: first, col: COL },
      shown: RESULT.channels,
    }),
    block({ row: first, col: COL + 4 }, marks),
  ];
}

/**
 * The 结果 panel: 支付金额, 访客数, 转化率, 客单价 against the 目标 sheet's chosen targets, 投入产出比
 * against 保本ROI, 净ROI against 0 — references to the sales sheet's KPI block (计算ROI's figures,
 * the same definitions) — and the channels ranked by ROI, those below 保本ROI marked.
 * @example resultSection(sales, undefined).blocks.length
 */
export function resultSection(s: SalesSource, t: TargetSource | undefined): Section {
  const note = t ? '目标为目标表的选用情景' : '没有目标表，只比保本ROI';
  const figures = box(ROWS.first, COL + 1, 1, 2);
  const first = RESULT.channelsColumns + 1;
  return section({
    blocks: [
      block({ row: ROWS.head, col: COL }, [[text('结果'), text(note)]]),
      block({ row: ROWS.columns, col: COL }, [HEADINGS.map(text), ...figureRows(s, t)]),
      block({ row: RESULT.channelsHead, col: COL }, [[text('渠道ROI排名')]]),
      ...channelBlocks(s),
    ],
    numberFormats: [
      ...FIGURES.map((f, i) => ({ range: { ...figures, row: ROWS.first + i }, format: f.format })),
      { range: box(ROWS.first, COL + 3, 4), format: RATE },
      { range: box(first, COL + 1, RESULT.channels, 2), format: YUAN },
      { range: box(first, COL + 3, RESULT.channels), format: RATIO },
    ],
    styles: [
      { range: box(ROWS.head, COL), bold: true },
      { range: box(ROWS.head, COL + 1), fontColor: NOTE_FONT },
      { range: box(ROWS.columns, COL, 1, HEADINGS.length), ...OWN_HEADER },
      { range: box(RESULT.channelsHead, COL), bold: true },
      { range: box(RESULT.channelsColumns, COL, 1, CHANNELS.length), ...OWN_HEADER },
    ],
    conditionalFormats: [
      {
        range: box(first, COL, RESULT.channels, CHANNELS.length),
        // The row's own 判断 cell, its column fixed: the whole row turns red.
        formula: `$${columnLetters(COL + 4)}${first + 1}="${BELOW}"`,
        ...ALERT,
      },
      {
        range: box(ROWS.first, COL + 3, RESULT.figures),
        formula: `OR(${rel(ROWS.first, COL + 3)}="${BELOW}",${rel(ROWS.first, COL + 3)}="亏损")`,
        ...ALERT,
      },
    ],
  });
}
