import { block, formula, inputCell, num, text, blank } from '../plan';
import { MONEY, PERCENT } from '../plan/formats';
import { ALERT, NOTE_FONT, OWN_HEADER } from '../plan/palette';
import { box, FORMATS, section, type Section } from './_lib/section';
import { abs, CHANNEL_COLS as C, channelRow, inputRef, rel, ROWS } from './layout';
import type { TargetValues } from './types';

const HEADERS = ['渠道', '占比', '预期ROI', '销售额', '花费', '访客数', '每元销售花费'];

/** A channel row's formulas after its name, share and ROI; no ROI means unpaid, no spend. */
function channelFormulas(i: number): string[] {
  const c = (col: number) => rel(channelRow(i), col);
  const paid = `SUM(${c(C.roi)})>0`;
  return [
    `${abs(ROWS.chosenRow, 1)}*${c(C.share)}`,
    `IF(${paid},${c(C.gmv)}/${c(C.roi)},0)`,
    `IFERROR(${c(C.gmv)}/(${inputRef('conversion')}*${inputRef('aov')}),"")`,
    `IF(${paid},${c(C.share)}/${c(C.roi)},0)`,
  ];
}

/** 合计 (整体ROI under 预期ROI), then 预算总额 and the check against it. */
function totalRows(n: number, budgetTotal: string | undefined) {
  const sum = (col: number) =>
    formula(`SUM(${rel(channelRow(0), col)}:${rel(channelRow(n - 1), col)})`);
  const t = ROWS.channelTotal;
  const spend = abs(t, C.spend);
  const budget = abs(ROWS.budgetRow, 1);
  const check =
    `IF(COUNT(${budget})=0,"没有预算表可比",IF(${spend}>${budget},` +
    `"超出预算 "&ROUND(${spend}-${budget},0)&" 元","在预算内"))`;
  const pad = [blank, blank, blank, blank, blank];
  return [
    [
      text('合计'),
      sum(C.share),
      formula(`IFERROR(${abs(t, C.gmv)}/${spend},"")`),
      sum(C.gmv),
      sum(C.spend),
      sum(C.visitors),
      sum(C.cost),
    ],
    [
      text('预算总额'),
      budgetTotal ? formula(budgetTotal) : text('（无预算表）'),
      text(budgetTotal ? '取自预算表，花费合计超出时标红' : '工作簿里没有预算表'),
      ...pad.slice(1),
    ],
    [text('预算检查'), formula(check), ...pad],
  ];
}

/**
 * The channel mix: each channel's share of sales and expected ROI as inputs, its sales, the spend
 * that takes (销售额 ÷ ROI) and the visitors it must bring; totals against 预算总额.
 * @example channelSection(values, "'预算'!$N$20").blocks.length // 1
 */
export function channelSection(v: TargetValues, budgetTotal?: string): Section {
  const n = v.channels.length;
  const t = ROWS.channelTotal;
  const over = `=AND(COUNT(${abs(ROWS.budgetRow, 1)})=1,${abs(t, C.spend)}>${abs(ROWS.budgetRow, 1)})`;
  return section({
    blocks: [
      block({ row: ROWS.channelHead, col: 0 }, [
        HEADERS.map(text),
        ...v.channels.map((ch, i) => [
          text(ch.name),
          num(ch.share),
          ch.roi === null ? blank : num(ch.roi),
          ...channelFormulas(i).map(formula),
        ]),
        ...totalRows(n, budgetTotal),
      ]),
    ],
    numberFormats: [
      { range: box(channelRow(0), C.share, n + 1), format: PERCENT },
      { range: box(channelRow(0), C.roi, n + 1), format: FORMATS.ratio },
      { range: box(channelRow(0), C.gmv, n + 1, 2), format: MONEY },
      { range: box(channelRow(0), C.visitors, n + 1), format: FORMATS.count },
      { range: box(channelRow(0), C.cost, n + 1), format: '0.0000' },
      { range: box(ROWS.budgetRow, 1), format: MONEY },
    ],
    styles: [
      { range: box(ROWS.channelHead, 0, 1, HEADERS.length), ...OWN_HEADER },
      { range: box(t, 0, 1, HEADERS.length), bold: true },
      { range: box(ROWS.budgetRow, 2), fontColor: NOTE_FONT },
    ],
    inputs: v.channels.flatMap((ch, i) => [
      inputCell(
        { row: channelRow(i), col: C.share },
        'rate',
        `${ch.name}占比`.slice(0, 32),
        '渠道销售额 = 选用销售额 × 占比；各渠道合计应为 100%。',
      ),
      inputCell(
        { row: channelRow(i), col: C.roi },
        'ratio',
        `${ch.name}ROI`.slice(0, 32),
        '预期ROI = 成交金额 ÷ 花费；花费 = 渠道销售额 ÷ ROI。留空表示不花钱的流量。',
      ),
    ]),
    conditionalFormats: [
      { range: box(t, C.spend), formula: over, ...ALERT },
      { range: box(ROWS.budgetCheckRow, 1), formula: over, ...ALERT },
      { range: box(t, C.share), formula: `=ABS(${abs(t, C.share)}-1)>0.0001`, ...ALERT },
    ],
  });
}
