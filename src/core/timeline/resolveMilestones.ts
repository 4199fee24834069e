import { formatSerial, parseDateText } from '../calendar/serial';
import { isErrorValue, textIn, type CellValue } from '../grid';
import { issue, type Issue } from '../issues';
import { block, num, type Block } from '../plan';
import { issueCell } from './_lib/issueCell';
import { pairLabel, type BlockShape } from './blockShape';
import { valueAddress, type FoundMilestones, type MilestoneCell } from './milestoneCells';
import type { MilestoneNeeds, MilestoneUse, ResolvedMilestones } from './types';

/** Nothing a milestone could be read from: no number and no text. */
const isEmpty = (v: CellValue) => v === null || (typeof v === 'string' && v.trim() === '');

/**
 * The value and value cell of every milestone the tasks need. A value the user gave wins and gets
 * a pair in the block (formulas need a cell to point at); else the team's own labelled cell, else
 * the block's. A milestone with no date is `missing`, with an error: nothing can be planned then.
 * @example resolveMilestones('推进表', needs.needed, found, { 开团: 46337.4167 }, { at: { row: 30, col: 8 }, vertical: true })
 */
export function resolveMilestones(
  sheet: string,
  needed: MilestoneNeeds['needed'],
  found: FoundMilestones,
  anchors: Readonly<Record<string, number>>,
  shape: BlockShape,
): ResolvedMilestones {
  const blockRows = found.cells.filter((c) => c.source === 'block');
  let pairs = blockRows.length;
  const dateFixes: Block[] = [];
  const issues: Issue[] = [];
  const milestones = needed.map(({ name, uses }): MilestoneUse => {
    const inBlock = blockRows.find((c) => c.name === name);
    const anchor = anchors[name];
    if (anchor !== undefined) {
      const label = inBlock?.label ?? pairLabel(shape, pairs++);
      return { name, value: anchor, address: valueAddress({ label }), source: 'anchor', uses };
    }
    const own = found.cells.find((c) => c.name === name && c.source === 'team') ?? inBlock;
    const read = cellDate(sheet, name, own);
    if (read.fix) dateFixes.push(read.fix);
    if (read.issue) issues.push(read.issue);
    if (own && read.value !== null)
      return { name, value: read.value, address: valueAddress(own), source: own.source, uses };
    const address = inBlock ? valueAddress(inBlock) : null;
    return { name, value: null, address, source: 'missing', uses };
  });
  for (const m of milestones.filter((u) => u.source === 'missing'))
    issues.push(issue('MILESTONE_MISSING', 'error', { sheet }, { name: m.name, count: m.uses }));
  return { milestones, dateFixes, issues, pairs };
}

/** A milestone cell's date, a fix when it is typed as text, an issue when it is no date at all. */
function cellDate(
  sheet: string,
  name: string,
  own: MilestoneCell | undefined,
): { value: number | null; fix?: Block; issue?: Issue } {
  if (!own) return { value: null };
  const typed = typeof own.value === 'string' ? parseDateText(own.value) : null;
  if (typed !== null) {
    // A date typed as text: formulas cannot count from it, so it becomes a date in place.
    const at = { row: own.label.row, col: own.label.col + 1 };
    const params = { text: textIn(own.value), date: formatSerial(typed) };
    return {
      value: typed,
      fix: block(at, [[num(typed)]]),
      issue: issue('DATE_CONVERTED', 'info', issueCell(sheet, at.row, at.col), params),
    };
  }
  if (typeof own.value === 'number') return { value: own.value };
  if (isEmpty(own.value)) return { value: null };
  const value = isErrorValue(own.value) ? own.value.error : textIn(own.value) || String(own.value);
  const at = issueCell(sheet, own.label.row, own.label.col + 1);
  return { value: null, issue: issue('MILESTONE_NOT_A_DATE', 'error', at, { name, value }) };
}
