import { childrenNamed, elementChildren, insertInOrder, type Element } from './xml';

/**
 * The order Excel writes a font's children in. CT_Font is an unbounded choice, so any order is
 * valid; Excel's own order is kept so the file looks as Excel would write it.
 */
export const FONT_ORDER = [
  'b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color',
  'name', 'family', 'charset', 'scheme',
]; // prettier-ignore

/** What names a typeface: without a name a reader falls back to its own default, often a serif. */
const FACE = ['name', 'family', 'charset', 'scheme'];

/**
 * Gives a font the add-in writes a typeface and a size: what it lacks of them is taken from the
 * workbook's default font (the first of `<fonts>`, the Normal style's), so LibreOffice and WPS
 * show it as the workbook's other text rather than in their fallback serif. A font that names its
 * own typeface (a team's heading in 微软雅黑) keeps it; a font with a size of its own keeps that.
 * openpyxl writes fonts such as `<font><b val="1"/></font>`, which this completes.
 */
export function completeFace(font: Element, defaultFont: Element | undefined): void {
  if (defaultFont && defaultFont !== font) {
    if (childrenNamed(font, 'name').length === 0) copyChildren(font, defaultFont, FACE);
    if (childrenNamed(font, 'sz').length === 0) copyChildren(font, defaultFont, ['sz']);
  }
  for (const child of elementChildren(font)) {
    font.removeChild(child);
    insertInOrder(font, child, FONT_ORDER);
  }
}

function copyChildren(font: Element, from: Element, names: readonly string[]): void {
  for (const name of names)
    for (const c of childrenNamed(from, name)) {
      for (const old of childrenNamed(font, name)) font.removeChild(old);
      font.appendChild(c.cloneNode(true));
    }
}
