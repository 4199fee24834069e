import { block, text, type NumberFormat, type Style } from '../plan';
import { NOTE_FONT, OWN_HEADER } from '../plan/palette';
import { box, cellOn, textOf } from './_lib/refs';
import { ranking } from './_lib/ranking';
import { HELPER_ROWS, HELPERS, PANELS, PROGRESS } from './layout';
import type { TaskSource } from './types';

const COL = PANELS.progress;
const NAMES = ['事项', '负责人', '计划截止', '实际完成', '延期天数'];

/**
 * The five largest slips: tasks finished late, most days late first (ties in sheet order), each
 * with its owner, planned due, actual finish and days late. Largest rather than most recent: the
 * review asks what hurt the plan most. Empty rows while fewer tasks are late.
 * @example slipsSection(tasks, '$D$16').blocks.length // 4
 */
export function slipsSection(t: TaskSource, lateCount: string) {
  const tasks = t.deviation === null ? [] : t.tasks.slice(0, HELPER_ROWS);
  const on = (col: number | null, row: number) => (col === null ? '""' : cellOn(t.sheet, row, col));
  const dev = (row: number) => on(t.deviation, row);
  const blocks = ranking({
    col: HELPERS.slips,
    scale: 1,
    scores: tasks.map(({ row }) => `IF(ISNUMBER(${dev(row)}),IF(${dev(row)}>0,${dev(row)},0),0)`),
    values: tasks.map(({ row }) => [
      textOf(on(t.task, row)),
      textOf(on(t.owner, row)),
      on(t.due, row),
      textOf(on(t.finish, row)),
      dev(row),
    ]),
    names: NAMES,
    at: { row: PROGRESS.slipsColumns + 1, col: COL },
    shown: PROGRESS.slips,
    limit: lateCount,
  });
  const title = '延期最多的 5 项（按延期天数从多到少）';
  const numberFormats: NumberFormat[] = [
    { range: box(PROGRESS.slipsColumns + 1, COL + 2, PROGRESS.slips, 2), format: 'mm-dd' },
  ];
  const styles: Style[] = [
    { range: box(PROGRESS.slipsHead, COL), bold: true },
    { range: box(PROGRESS.slipsColumns, COL, 1, NAMES.length), ...OWN_HEADER },
    { range: box(0, HELPERS.slips, 1, 1), fontColor: NOTE_FONT },
  ];
  return {
    blocks: [
      block({ row: PROGRESS.slipsHead, col: COL }, [[text(title)]]),
      block({ row: PROGRESS.slipsColumns, col: COL }, [NAMES.map(text)]),
      ...blocks,
    ],
    numberFormats,
    styles,
  };
}
