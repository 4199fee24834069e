import { block, formula, inputCell, num, text, type PlanCell } from '../plan';
import { MONEY } from '../plan/formats';
import { INPUT, NOTE_FONT, OWN_HEADER } from '../plan/palette';
import { box, FORMATS, section, type Section } from './_lib/section';
import { SCENARIOS } from './defaults';
import { abs, CHANNEL_COLS, inputRef, rel, ROWS, SCENARIO_COUNT, scenarioRow } from './layout';
import type { TargetValues } from './types';

/** Each scenario row: its label, its format, and its formula in scenario column `c`. */
const ROW_FORMULAS: readonly [string, string, (c: number) => string][] = [
  ['销售额', MONEY, (c) => `${inputRef('target')}*${rel(scenarioRow('multiplier'), c)}`],
  [
    '访客数',
    FORMATS.count,
    (c) =>
      `IFERROR(${rel(scenarioRow('gmv'), c)}/(${inputRef('conversion')}*${inputRef('aov')}),"")`,
  ],
  [
    '支付买家数',
    FORMATS.count,
    (c) => `IFERROR(${rel(scenarioRow('gmv'), c)}/${inputRef('aov')},"")`,
  ],
  // Spend scales with sales at the channels' mix: each yuan of sales costs Σ 占比 ÷ ROI.
  [
    '推广花费',
    MONEY,
    (c) => `${rel(scenarioRow('gmv'), c)}*${abs(ROWS.channelTotal, CHANNEL_COLS.cost)}`,
  ],
  [
    'ROI',
    FORMATS.ratio,
    (c) => `IFERROR(${rel(scenarioRow('gmv'), c)}/${rel(scenarioRow('spend'), c)},"")`,
  ],
];

/** The switch and the chosen sales figure everything below reads. */
function switchRows(v: TargetValues): PlanCell[][] {
  const gmv = scenarioRow('gmv');
  const head = ROWS.scenarioHead;
  const last = SCENARIO_COUNT;
  return [
    [text('选用情景'), text(v.scenario), text('下拉选择；阶段、渠道、倒推都按所选情景计算')],
    [
      text('选用销售额'),
      formula(
        `INDEX(${abs(gmv, 1)}:${abs(gmv, last)},1,MATCH(${abs(ROWS.switchRow, 1)},${abs(head, 1)}:${abs(head, last)},0))`,
      ),
      text(''),
    ],
  ];
}

/**
 * 保守 / 目标 / 冲刺 side by side (倍数 as inputs), and the one switch cell that picks which feeds
 * the phases, channels and answers below.
 * @example scenarioSection(values).validations[0].list // ['保守', '目标', '冲刺']
 */
export function scenarioSection(v: TargetValues): Section {
  const head = ROWS.scenarioHead;
  const cols = SCENARIOS.map((_, i) => 1 + i);
  const row = (label: string, cell: (c: number) => PlanCell) => [text(label), ...cols.map(cell)];
  const multipliers = row('倍数', (c) => num(v.multipliers[c - 1] ?? 1));
  return section({
    blocks: [
      block({ row: head, col: 0 }, [
        [text('情景'), ...SCENARIOS.map((s) => text(s.name))],
        multipliers,
        ...ROW_FORMULAS.map(([label, , f]) => row(label, (c) => formula(f(c)))),
      ]),
      block({ row: ROWS.switchRow, col: 0 }, switchRows(v)),
    ],
    numberFormats: [
      { range: box(scenarioRow('multiplier'), 1, 1, SCENARIO_COUNT), format: FORMATS.ratio },
      ...ROW_FORMULAS.map(([, format], i) => ({
        range: box(scenarioRow('gmv') + i, 1, 1, SCENARIO_COUNT),
        format,
      })),
      { range: box(ROWS.chosenRow, 1), format: MONEY },
    ],
    styles: [
      { range: box(head, 0, 1, SCENARIO_COUNT + 1), ...OWN_HEADER },
      // The switch is a list, not a typed figure, so it takes the input look by hand.
      { range: box(ROWS.switchRow, 1), ...INPUT },
      { range: box(ROWS.switchRow, 2), fontColor: NOTE_FONT },
      { range: box(ROWS.chosenRow, 0, 1, 2), bold: true },
    ],
    inputs: SCENARIOS.map((s, i) =>
      inputCell(
        { row: scenarioRow('multiplier'), col: 1 + i },
        'ratio',
        `${s.name}倍数`,
        `${s.name}情景的销售额 = 销售额目标 × 这个倍数。`,
      ),
    ),
    validations: [{ range: box(ROWS.switchRow, 1), list: SCENARIOS.map((s) => s.name) }],
  });
}
