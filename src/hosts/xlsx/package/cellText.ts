import type { CellValue } from '../../../core/grid';
import type { SharedStrings } from './sharedStrings';
import { stringItemText } from './sharedStrings';
import { childNamed, type Element } from './xml';

// Dates stored as ISO text (t="d", rare: some writers use it) become serials with UTC arithmetic.
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86400000;

/** The value a `<c>` element holds (a formula's last result), as core reads cells. */
export function cellValue(c: Element, strings: SharedStrings): CellValue {
  const type = c.getAttribute('t') ?? 'n';
  if (type === 'inlineStr') {
    const is = childNamed(c, 'is');
    return is ? stringItemText(is) : '';
  }
  const v = childNamed(c, 'v');
  if (!v) return null;
  const text = v.textContent ?? '';
  switch (type) {
    case 's':
      return strings.at(Number(text));
    case 'str':
      return text;
    case 'b':
      return text === '1' || text === 'true';
    case 'e':
      return { error: text };
    case 'd':
      return Date.parse(text.endsWith('Z') ? text : `${text}Z`) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
    default:
      return text === '' ? null : Number(text);
  }
}
