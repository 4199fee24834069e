import { cellAddress } from '../a1';
import { valueAt, type Grid } from '../grid';
import { issue } from '../issues';
import { numberIn } from '../numbers/parseNumberText';
import { formula, num } from '../plan';
import { PARAMETERS } from './columns';
import { findParameter } from './findParameter';
import type { KpiLayout, MarginSource } from './types';

/** 毛利率 assumed until the team fills in its own, with a warning that says so. */
export const DEFAULT_MARGIN = 0.3;

/**
 * 毛利率: the one the user set, else a 毛利率 label on the sheet, else the block's input cell
 * (what the team typed there before, or 30% with a warning).
 * @example marginSource(grid, layout, undefined).origin // 'label'
 */
export function marginSource(
  grid: Grid,
  layout: KpiLayout,
  option: number | undefined,
): MarginSource {
  const input = layout.marginInput;
  const param = option === undefined ? findParameter(grid, PARAMETERS.margin, layout.skip) : null;
  const ref = cellAddress(param?.at ?? input, true);
  // The input cell is the team's once written: a later run keeps what they typed.
  const kept = numberIn(valueAt(grid, input)) ?? DEFAULT_MARGIN;
  const value = option ?? param?.value ?? kept;
  if (option !== undefined)
    return {
      origin: 'option',
      ref,
      value,
      param,
      cell: num(option),
      note: '按设置的毛利率',
      issues: [],
    };
  if (param)
    return {
      origin: 'label',
      ref,
      value,
      param,
      cell: formula(`=${ref}`),
      note: `取自 ${cellAddress(param.at)}`,
      issues: [],
    };
  return {
    origin: 'input',
    ref,
    value,
    param,
    cell: num(kept),
    note: '请填写真实毛利率',
    issues: [
      issue(
        'MARGIN_MISSING',
        'warning',
        { sheet: grid.sheet, address: cellAddress(input) },
        { cell: cellAddress(input), rate: `${DEFAULT_MARGIN * 100}%` },
      ),
    ],
  };
}
