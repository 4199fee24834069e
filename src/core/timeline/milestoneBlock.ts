import { contains, parseCell, type RangeBox } from '../a1';
import {
  block,
  num,
  sheetPlan,
  text,
  type Block,
  type NumberFormat,
  type SheetPlan,
} from '../plan';
import { OWN_HEADER } from '../plan/palette';
import { DATE_TIME } from './_lib/dateFormats';
import { BLOCK_DATE_HEADING, blockBox, pairLabel, type BlockShape } from './blockShape';
import { BLOCK_MARKER, type FoundMilestones } from './milestoneCells';
import { milestoneInputs } from './milestoneInputs';
import type { ResolvedMilestones } from './types';

/**
 * The milestone block (里程碑 | 日期, then name | date pairs) as a plan fragment: its marker and
 * the pairs of values the user gave; a value the team typed in the block stays as it is. Dates
 * typed as text in any milestone cell are written back as dates. The date cells are inputs
 * (milestoneInputs).
 * @example milestoneBlock('推进表', found, { at: { row: 30, col: 8 }, vertical: true }, resolved).owned // [{ row: 30, col: 8, rows: 5, cols: 2 }]
 */
export function milestoneBlock(
  sheet: string,
  found: FoundMilestones,
  shape: BlockShape,
  resolved: ResolvedMilestones,
): SheetPlan {
  const { milestones, dateFixes, pairs } = resolved;
  const blockRows = found.cells.filter((c) => c.source === 'block');
  const blocks: Block[] = [];
  const numberFormats: NumberFormat[] = [];
  const heading = shape.vertical
    ? [text(BLOCK_MARKER), text(BLOCK_DATE_HEADING)]
    : [text(BLOCK_MARKER)];
  if (!found.block) blocks.push(block(shape.at, [heading]));
  const box = blockBox(shape, pairs);
  for (const m of milestones) {
    if (m.source !== 'anchor') continue;
    const value = parseCell(m.address!);
    const inBlock = blockRows.some((c) => c.name === m.name);
    blocks.push(
      inBlock
        ? block(value, [[num(m.value!)]])
        : block({ row: value.row, col: value.col - 1 }, [[text(m.name), num(m.value!)]]),
    );
  }
  const cell = (row: number, col: number): RangeBox => ({ row, col, rows: 1, cols: 1 });
  const labels = Array.from({ length: pairs }, (_, k) => pairLabel(shape, k));
  for (const l of labels) numberFormats.push({ range: cell(l.row, l.col + 1), format: DATE_TIME });
  for (const fix of dateFixes) {
    if (!contains(box, cell(fix.at.row, fix.at.col)))
      numberFormats.push({ range: cell(fix.at.row, fix.at.col), format: DATE_TIME });
  }
  blocks.push(...dateFixes);
  const { at } = shape;
  return {
    ...sheetPlan(sheet),
    blocks,
    numberFormats,
    styles: [
      { range: { ...at, rows: 1, cols: heading.length }, ...OWN_HEADER },
      ...labels.map((l) => ({
        range: cell(l.row, l.col),
        bold: true,
        ...(!shape.vertical && { align: 'right' as const }),
      })),
    ],
    inputs: milestoneInputs(found, milestones),
    // Down the planned columns the dates already have the planned columns' width.
    columnWidths: shape.vertical ? [] : labels.map((l) => ({ col: l.col + 1, width: 15 })),
    owned: [box],
  };
}
