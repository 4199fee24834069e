import type { CellValue } from '../../grid';
import { blank, bool, num, text } from '../cells';
import type { PlanCell } from '../types';
import { asText } from './asText';

/**
 * A cell of an older backup, one `cell` record a cell: its type name and its content.
 * @example legacyCell('number', '3') // { kind: 'number', value: 3 }
 */
export function legacyCell(type: CellValue, content: CellValue): PlanCell {
  if (type === 'formula' && typeof content === 'string')
    return { kind: 'formula', formula: content };
  if (type === 'text') return text(asText(content));
  if (type === 'number' && typeof content === 'number') return num(content);
  if (
    type === 'number' &&
    typeof content === 'string' &&
    content.trim() !== '' &&
    !Number.isNaN(Number(content))
  ) {
    return num(Number(content));
  }
  if (type === 'boolean') return bool(content === true || content === 'TRUE' || content === 'true');
  return blank;
}
