import { inputCell, type InputCell } from '../plan';
import type { KpiInputs } from './kpiBlock';
import type { KpiLayout } from './types';

/** What each input drives, shown when its cell is selected. */
const DRIVES = {
  margin: '保本ROI = 1 ÷ 毛利率；毛利、净利润、净ROI、盈亏平衡销售额和渠道的保本ROI都随它变化。',
  spend: '投入产出比 = 支付金额 ÷ 总投入；净利润和净ROI 也随它变化。',
  target: '目标达成率 = 支付金额 ÷ 销售额目标。',
} as const;

/**
 * The cells of the ROI a person edits, where the figures read them: 毛利率 (the sheet's label,
 * else the block's cell), 总投入 (the sheet's label, or the block's 手填 cell when nothing else
 * gives it; never when a budget or channel table does) and a labelled 销售额目标.
 * @example roiInputs(layout, { margin, spend, target }).map((i) => i.title) // ['毛利率', '总投入']
 */
export function roiInputs(layout: KpiLayout, { margin, spend, target }: KpiInputs): InputCell[] {
  const marginAt = margin.origin === 'label' && margin.param ? margin.param.at : layout.marginInput;
  const spendAt =
    spend.origin === 'input'
      ? layout.spendInput
      : spend.origin === 'label' && spend.param
        ? spend.param.at
        : null;
  return [
    inputCell(marginAt, 'rate', '毛利率', DRIVES.margin),
    ...(spendAt ? [inputCell(spendAt, 'amount', '总投入', DRIVES.spend)] : []),
    ...(target.param?.value
      ? [inputCell(target.param.at, 'amount', '销售额目标', DRIVES.target)]
      : []),
  ];
}
