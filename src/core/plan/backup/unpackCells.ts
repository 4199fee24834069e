import { blank, bool, num, text } from '../cells';
import type { PlanCell } from '../types';

/** The cells and number formats of one packed record, or why they cannot be read. */
export type Unpacked =
  { readonly cells: PlanCell[]; readonly formats: string[] } | { readonly unreadable: string };

/**
 * Reads a packed record written by packCells. Anything else (text someone typed over it, JSON of
 * another shape) is unreadable rather than a guess: a wrong guess would restore wrong cells.
 * @example unpackCells('{"c":[1,"\'a"],"f":[null,"0.0%"]}') // cells 1 and 'a', formats General and 0.0%
 */
export function unpackCells(packed: string): Unpacked {
  let parsed: unknown;
  try {
    parsed = JSON.parse(packed);
  } catch {
    return { unreadable: 'not the JSON the add-in wrote' };
  }
  if (typeof parsed !== 'object' || parsed === null || !('c' in parsed) || !('f' in parsed))
    return { unreadable: 'not a packed record' };
  const { c, f } = parsed;
  if (!Array.isArray(c) || !Array.isArray(f) || c.length !== f.length)
    return { unreadable: 'cells and formats do not pair up' };
  if (!c.every(isPackedCell) || !f.every((x) => x === null || typeof x === 'string'))
    return { unreadable: 'a cell or format of an unknown kind' };
  return {
    cells: c.map(unpackCell),
    formats: f.map((x: string | null) => x ?? 'General'),
  };
}

const isPackedCell = (v: unknown): v is string | number | boolean | null =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);

function unpackCell(v: string | number | boolean | null): PlanCell {
  if (typeof v === 'number') return num(v);
  if (typeof v === 'boolean') return bool(v);
  if (typeof v === 'string' && v.startsWith('=')) return { kind: 'formula', formula: v };
  if (typeof v === 'string') return text(v.slice(1));
  return blank;
}
