import { INPUT_RULES } from './inputRules';
import { INPUT } from './palette';
import type { CellLook, InputCell } from './types';

/**
 * The look every input gets: the INPUT fill, its kind's rule with a stop alert that says why a
 * value was refused, and a prompt that says what the value drives. Blank is allowed: a cell
 * cleared on purpose is the generator's to read (it falls back to its default).
 * @example inputLook(inputCell(at, 'count', '同日上限', '…')).validation?.type // 'whole'
 */
export function inputLook(input: InputCell): CellLook {
  return {
    fill: INPUT.fill,
    validation: {
      ...INPUT_RULES[input.kind].rule,
      allowBlank: true,
      error: { style: 'stop', title: `${input.title}：输入有误`, message: input.message },
      prompt: { title: input.title, message: input.drives },
    },
  };
}
