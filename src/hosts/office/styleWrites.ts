import type { Style } from '../../core/plan';
import { rangeIn } from './target';
import type { Write } from './types';

const ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** Fills, font colours, bold and alignment, one write a style. */
export function styleWrites(sheet: string, styles: readonly Style[]): Write[] {
  return styles.map((s) => ({
    bytes: 160,
    run: (c) => {
      const r = rangeIn(c, sheet, s.range);
      if (s.fill) r.format.fill.color = s.fill;
      if (s.fontColor) r.format.font.color = s.fontColor;
      if (s.bold !== undefined) r.format.font.bold = s.bold;
      if (s.align) r.format.horizontalAlignment = ALIGNMENT[s.align];
    },
  }));
}
