import type { RangeBox } from '../../a1';
import { PAPERS } from '../papers';
import type { Paper } from '../types';
import type { FormatBefore } from './types';
import { isRecord, isRule } from './unpackLook';

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isBox = (v: unknown): v is RangeBox =>
  isRecord(v) && isCount(v.row) && isCount(v.col) && isCount(v.rows) && isCount(v.cols);
const isSpan = (v: unknown) =>
  isRecord(v) && isCount(v.first) && isCount(v.last) && (v.last as number) >= (v.first as number);
const isColour = (v: unknown) => v === null || typeof v === 'string';
const ALIGNS = [null, 'left', 'center', 'right'];

/** What each kind of format record must hold to be put back. */
const SHAPES: Record<FormatBefore['kind'], (v: Record<string, unknown>) => boolean> = {
  rule: (v) =>
    isRecord(v.rule) &&
    isBox(v.rule.range) &&
    typeof v.rule.formula === 'string' &&
    [v.rule.fill, v.rule.fontColor].every((c) => c === undefined || typeof c === 'string'),
  validation: (v) => isBox(v.range) && (v.rule === null || isRule(v.rule)),
  style: (v) =>
    isBox(v.range) &&
    isRecord(v.style) &&
    isColour(v.style.fill) &&
    isColour(v.style.fontColor) &&
    typeof v.style.bold === 'boolean' &&
    ALIGNS.includes(v.style.align as string),
  width: (v) => isCount(v.col) && (v.width === null || typeof v.width === 'number'),
  freeze: (v) => isCount(v.rows) && isCount(v.cols),
  // Paper, titles and breaks came with issue 17: a backup from before has none, and restore
  // then leaves them as they are.
  print: (v) =>
    typeof v.landscape === 'boolean' &&
    typeof v.fitToWidth === 'boolean' &&
    (v.area === null || isBox(v.area)) &&
    (v.paper === undefined || v.paper === null || PAPERS.includes(v.paper as Paper)) &&
    [v.titleRows, v.titleCols].every((t) => t === undefined || t === null || isSpan(t)) &&
    (v.colBreaks === undefined || (Array.isArray(v.colBreaks) && v.colBreaks.every(isCount))),
};

/**
 * Reads a format record kept by encodeBackup (its JSON). Anything else is unreadable rather than
 * a guess: a wrong guess would put a wrong rule or style on the team's sheet.
 * @example unpackFormat('{"kind":"freeze","rows":0,"cols":0}') // { kind: 'freeze', rows: 0, cols: 0 }
 */
export function unpackFormat(packed: string): FormatBefore | { readonly unreadable: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(packed);
  } catch {
    return { unreadable: 'not the JSON the add-in wrote' };
  }
  if (!isRecord(parsed) || typeof parsed.kind !== 'string' || !(parsed.kind in SHAPES))
    return { unreadable: 'not a format the add-in keeps' };
  const shape = SHAPES[parsed.kind as FormatBefore['kind']];
  if (!shape(parsed)) return { unreadable: `a ${parsed.kind} record of an unknown shape` };
  return parsed as unknown as FormatBefore;
}
