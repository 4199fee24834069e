import { block, formula, inputCell, num, text } from '../plan';
import { MONEY, PERCENT } from '../plan/formats';
import { NOTE_FONT, OWN_HEADER } from '../plan/palette';
import { box, FORMATS, section, type Section } from './_lib/section';
import { INPUTS } from './inputTable';
import { inputAt, ROWS } from './layout';
import type { Sourced, TargetValues } from './types';

/** An input's value, or the live link it starts from. */
const inputValue = (s: Sourced) => (s.formula ? formula(s.formula) : num(s.value));

/** The 目标 sheet's title: also how a re-run knows the sheet is the add-in's own. */
export const TARGETS_TITLE = '目标拆解（蓝色格可改，其余为公式）';

/** The format of each kind of input's value. */
const FORMAT_OF = {
  amount: MONEY,
  rate: PERCENT,
  count: FORMATS.count,
  ratio: FORMATS.ratio,
  date: FORMATS.date,
};

/**
 * The inputs under their header: label, value (an input cell), and where the value came from.
 * @example inputsSection(values).inputs.length // 5
 */
export function inputsSection(v: TargetValues): Section {
  const head = ROWS.inputHead;
  return section({
    blocks: [
      block({ row: ROWS.title, col: 0 }, [[text(TARGETS_TITLE)]]),
      block({ row: head, col: 0 }, [
        [text('输入'), text('值'), text('来源 / 说明')],
        ...INPUTS.map((d) => [
          text(d.title),
          inputValue(v.inputs[d.name]),
          text(v.inputs[d.name].note),
        ]),
      ]),
    ],
    numberFormats: INPUTS.map((d) => ({
      range: box(inputAt(d.name).row, 1),
      format: FORMAT_OF[d.kind],
    })),
    styles: [
      { range: box(ROWS.title, 0), bold: true },
      { range: box(head, 0, 1, 3), ...OWN_HEADER },
      { range: box(head + 1, 2, INPUTS.length), fontColor: NOTE_FONT },
    ],
    inputs: INPUTS.map((d) => inputCell(inputAt(d.name), d.kind, d.title, d.drives)),
  });
}
