import type { Worksheet } from './worksheet';
import { WORKSHEET_ORDER } from './worksheetOrder';
import { childNamed, childrenNamed, createIn, ensureChild } from './xml';

/** The last row index, which a column break reaches down to (`max`), as Excel writes it. */
const LAST_ROW = '1048575';

const manual = (b: { getAttribute(n: string): string | null }) =>
  b.getAttribute('man') === '1' || b.getAttribute('man') === 'true';

/**
 * Makes the sheet's manual column breaks exactly these: a break before each 0-based column, as
 * `<colBreaks count manualBreakCount><brk id="10" max="1048575" man="1"/>` (CT_PageBreak,
 * ECMA-376 Part 1, colBreaks: `id` is the 0-based column the break comes before). Breaks not
 * marked manual (which a writer may keep for automatic ones) stay; no break left, no element.
 */
export function setColBreaks(ws: Worksheet, cols: readonly number[]): void {
  const el = ensureChild(ws.root, 'colBreaks', WORKSHEET_ORDER);
  for (const b of childrenNamed(el, 'brk')) if (manual(b)) el.removeChild(b);
  for (const col of [...new Set(cols)].filter((c) => c > 0))
    el.appendChild(createIn(el, 'brk', { id: String(col), max: LAST_ROW, man: '1' }));
  const all = childrenNamed(el, 'brk').sort(
    (a, b) => Number(a.getAttribute('id')) - Number(b.getAttribute('id')),
  );
  for (const b of all) el.appendChild(b); // re-appended in column order
  if (all.length === 0) ws.root.removeChild(el);
  else {
    el.setAttribute('count', String(all.length));
    el.setAttribute('manualBreakCount', String(all.filter(manual).length));
  }
  ws.touch();
}

/** The 0-based columns the sheet's manual column breaks come before, ascending. */
export function readColBreaks(ws: Worksheet): number[] {
  const el = childNamed(ws.root, 'colBreaks');
  return (el ? childrenNamed(el, 'brk') : [])
    .filter(manual)
    .map((b) => Number(b.getAttribute('id') ?? 0))
    .sort((a, b) => a - b);
}
