import { contains, parseCell, type CellRef, type RangeBox } from '../a1';
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
import { BLOCK_MARKER, type FoundMilestones } from './milestoneCells';
import { milestoneInputs } from './milestoneInputs';
import type { ResolvedMilestones } from './types';

/**
 * The milestone block (里程碑 | name | date …) as a plan fragment: its marker and the pairs of
 * values the user gave; a value the team typed in the block stays as it is. Dates typed as text in
 * any milestone cell are written back as dates. The date cells are inputs (milestoneInputs).
 * @example milestoneBlock('推进表', found, { row: 1, col: 11 }, resolved).owned // [{ row: 1, col: 11, rows: 1, cols: 7 }]
 */
export function milestoneBlock(
  sheet: string,
  found: FoundMilestones,
  blockAt: CellRef,
  resolved: ResolvedMilestones,
): SheetPlan {
  const { milestones, dateFixes, blockEnd } = resolved;
  const blockRows = found.cells.filter((c) => c.source === 'block');
  const blocks: Block[] = [];
  const numberFormats: NumberFormat[] = [];
  if (!found.block) blocks.push(block(blockAt, [[text(BLOCK_MARKER)]]));
  const box: RangeBox = {
    row: blockAt.row,
    col: blockAt.col,
    rows: 1,
    cols: blockEnd - blockAt.col,
  };
  for (const m of milestones) {
    const inBlock = blockRows.find((c) => c.name === m.name);
    const labelCol = inBlock?.label.col ?? parseCell(m.address!).col - 1;
    if (m.source === 'anchor' && inBlock)
      blocks.push(block({ row: blockAt.row, col: labelCol + 1 }, [[num(m.value!)]]));
    else if (m.source === 'anchor')
      blocks.push(block({ row: blockAt.row, col: labelCol }, [[text(m.name), num(m.value!)]]));
  }
  for (let col = blockAt.col + 2; col < blockEnd; col += 2) {
    numberFormats.push({ range: { row: blockAt.row, col, rows: 1, cols: 1 }, format: DATE_TIME });
  }
  for (const fix of dateFixes) {
    if (!contains(box, { ...fix.at, rows: 1, cols: 1 }))
      numberFormats.push({ range: { ...fix.at, rows: 1, cols: 1 }, format: DATE_TIME });
  }
  blocks.push(...dateFixes);
  const pairs = (blockEnd - blockAt.col - 1) / 2;
  return {
    ...sheetPlan(sheet),
    blocks,
    numberFormats,
    styles: [
      { range: { row: blockAt.row, col: blockAt.col, rows: 1, cols: 1 }, ...OWN_HEADER },
      ...Array.from({ length: pairs }, (_, i) => ({
        range: { row: blockAt.row, col: blockAt.col + 1 + 2 * i, rows: 1, cols: 1 },
        bold: true,
        align: 'right' as const,
      })),
    ],
    inputs: milestoneInputs(found, milestones),
    columnWidths: Array.from({ length: pairs }, (_, i) => ({
      col: blockAt.col + 2 + 2 * i,
      width: 15,
    })),
    owned: [box],
  };
}
