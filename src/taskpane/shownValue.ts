import { formatSerial, fromSerial } from '../core/calendar/serial';
import { isErrorValue, type CellValue } from '../core/grid';

/**
 * A cell as Excel would show it under its number format, for the preview's plain table: the
 * few formats the add-in and teams use (dates, percents, fixed decimals, thousands, `;;;`).
 * @example shownValue(0.0351, '0.00%') // "3.51%"
 */
export function shownValue(v: CellValue, format = 'General'): string {
  if (v === null) return '';
  if (isErrorValue(v)) return v.error;
  if (typeof v !== 'number') return String(v);
  const sections = format.split(';');
  if (sections.every((s) => s === '')) return '';
  const section = (v < 0 && sections[1]) || sections[0]!;
  // A day of the month alone is the Gantt's day row: 'd' shows 7, 'dd' 07, as in Excel.
  if (/^d{1,2}$/i.test(section)) return String(fromSerial(v).day).padStart(section.length, '0');
  if (/[yd]|h:mm/i.test(section.replace(/"[^"]*"/g, ''))) return formatSerial(v);
  if (section === 'General' || section === '') return String(Number(v.toPrecision(10)));
  const decimals = /\.(0+)/.exec(section)?.[1]?.length ?? 0;
  const percent = section.includes('%');
  const n = Math.abs(percent ? v * 100 : v);
  const digits = section.includes(',')
    ? n.toLocaleString('en-US', {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      })
    : n.toFixed(decimals);
  const sign =
    v < 0 && !sections[1]
      ? '-'
      : section.startsWith('+') && v > 0
        ? '+'
        : section.startsWith('-')
          ? '-'
          : '';
  // A leading literal: "¥"#,##0.00 or ¥#,##0.00.
  const literal = /^(?:"([^"]*)"|([¥$€£]))/.exec(section.replace(/^[+-]/, ''));
  const prefix = literal ? (literal[1] ?? literal[2] ?? '') : '';
  return `${sign}${prefix}${digits}${percent ? '%' : ''}`;
}
