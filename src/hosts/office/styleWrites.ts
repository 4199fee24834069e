import type { Style, StyleAt } from '../../core/plan';
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

/**
 * Ranges given exactly a style (restore): no fill is `fill.clear()`, and the automatic font
 * colour, which office-js cannot name, is written as the black it shows. A fill kept as an xlsx
 * colour reference (`theme:4`, from a backup the command line wrote) has no RGB here and is cleared.
 */
export function exactStyleWrites(sheet: string, styles: readonly StyleAt[]): Write[] {
  return styles.map(({ range, style }) => ({
    bytes: 200,
    run: (c) => {
      const f = rangeIn(c, sheet, range).format;
      if (style.fill?.startsWith('#')) f.fill.color = style.fill;
      else f.fill.clear();
      f.font.color = style.fontColor?.startsWith('#') ? style.fontColor : '#000000';
      f.font.bold = style.bold;
      f.horizontalAlignment = style.align ? ALIGNMENT[style.align] : 'General';
    },
  }));
}
