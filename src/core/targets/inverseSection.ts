import { block, formula, inputCell, num, text } from '../plan';
import { MONEY } from '../plan/formats';
import { NOTE_FONT, OWN_HEADER } from '../plan/palette';
import { box, FORMATS, section, type Section } from './_lib/section';
import { BURST_PHASE } from './defaults';
import {
  abs,
  CHANNEL_COLS,
  CHECK_ROWS,
  checkRef,
  INVERSE_ROWS,
  inputRef,
  PHASE_COLS,
  phaseRow,
  ROWS,
} from './layout';
import type { TargetValues } from './types';

const M = inputRef('margin');
const SPEND = abs(ROWS.channelTotal, CHANNEL_COLS.spend);
const VISITORS = abs(ROWS.phaseTotal, PHASE_COLS.visitors);
const CHOSEN = abs(ROWS.chosenRow, 1);

/** Each inverse question: label, formula, format, and the 说明 that says what it answers. */
const ANSWERS: Readonly<Record<(typeof INVERSE_ROWS)[number], [string, string, string, string]>> = {
  breakEvenRoi: [
    '保本ROI',
    `IFERROR(1/${M},"")`,
    FORMATS.ratio,
    '= 1 ÷ 毛利率：ROI 低于它，毛利抵不过花费',
  ],
  conversion: [
    '保本转化率',
    `IFERROR(${SPEND}/(${M}*${VISITORS}*${inputRef('aov')}),"")`,
    '0.00%',
    '计划访客数和计划花费不变时，转化率低于它就亏本（毛利 < 花费）',
  ],
  aov: [
    '保本最低客单价',
    `IFERROR(${SPEND}/(${M}*${VISITORS}*${inputRef('conversion')}),"")`,
    MONEY,
    '计划访客数、转化率和花费不变时，客单价低于它就达不到保本ROI',
  ],
  maxSpend: [
    '保本最高花费',
    `${CHOSEN}*${M}`,
    MONEY,
    '= 选用销售额 ÷ 保本ROI：花得比它多，这个销售额就亏本',
  ],
  hourly: [
    '爆发日每小时访客数',
    `IFERROR(${abs(phaseRow(BURST_PHASE), PHASE_COLS.dailyVisitors)}/24,"")`,
    FORMATS.count,
    '爆发期日均访客数 ÷ 24：大促当天每小时要来的访客（平均）',
  ],
};

/** The 验算 rows: a conversion and an AOV to try, and what the plan's traffic and spend then earn. */
function checkRows(v: TargetValues) {
  const c = checkRef('conversion');
  const a = checkRef('aov');
  const gmv = checkRef('gmv');
  return [
    [text('验算转化率'), num(v.inputs.conversion.value), text('填入上面的保本转化率试试')],
    [text('验算客单价'), num(v.inputs.aov.value), text('填入上面的保本最低客单价试试')],
    [
      text('验算销售额'),
      formula(`${VISITORS}*${c}*${a}`),
      text('= 计划访客数 × 验算转化率 × 验算客单价'),
    ],
    [text('验算ROI'), formula(`IFERROR(${gmv}/${SPEND},"")`), text('= 验算销售额 ÷ 计划花费')],
    [
      text('毛利减花费'),
      formula(`${gmv}*${M}-${SPEND}`),
      text('= 验算销售额 × 毛利率 − 计划花费；0 即保本'),
    ],
  ];
}

/**
 * The inverse answers (保本转化率, 保本最低客单价, 保本最高花费, 爆发日每小时访客数), each a formula with
 * its 说明, and a 验算 block where an answer typed back shows break-even.
 * @example inverseSection(values).inputs.length // 2
 */
export function inverseSection(v: TargetValues): Section {
  const head = ROWS.inverseHead;
  const check = ROWS.checkHead;
  const rows = INVERSE_ROWS.map((k) => ANSWERS[k]);
  return section({
    blocks: [
      block({ row: head, col: 0 }, [
        [text('倒推'), text('值'), text('说明')],
        ...rows.map(([label, f, , note]) => [text(label), formula(f), text(note)]),
      ]),
      block({ row: check, col: 0 }, [[text('验算'), text('值'), text('说明')], ...checkRows(v)]),
    ],
    numberFormats: [
      ...rows.map(([, , format], i) => ({ range: box(head + 1 + i, 1), format })),
      ...['0.00%', MONEY, MONEY, FORMATS.ratio, MONEY].map((format, i) => ({
        range: box(check + 1 + i, 1),
        format,
      })),
    ],
    styles: [
      { range: box(head, 0, 1, 3), ...OWN_HEADER },
      { range: box(check, 0, 1, 3), ...OWN_HEADER },
      { range: box(head + 1, 2, rows.length), fontColor: NOTE_FONT },
      { range: box(check + 1, 2, CHECK_ROWS.length), fontColor: NOTE_FONT },
    ],
    inputs: [
      inputCell(
        { row: check + 1, col: 1 },
        'rate',
        '验算转化率',
        '试一个转化率：计划访客数和花费不变，看能否保本。',
      ),
      inputCell(
        { row: check + 2, col: 1 },
        'amount',
        '验算客单价',
        '试一个客单价：计划访客数和花费不变，看能否保本。',
      ),
    ],
  });
}
