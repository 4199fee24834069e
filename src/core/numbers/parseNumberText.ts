import type { CellValue } from '../grid';

/**
 * Numbers teams type or paste as text: `1.2万`, `¥1,234.50`, `１２３`, `3.5%`, `1,000元`,
 * `2.5亿`, `-300`. SUM silently skips text, so these are turned into numbers in place.
 */
const UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, w: 1e4, W: 1e4, k: 1e3, K: 1e3 };

/**
 * The number a text means, or null when it is no number (user text stays text).
 * @example parseNumberText('¥1,234.50') // 1234.5
 */
export function parseNumberText(text: string): number | null {
  const t = text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0]/g, '')
    .replace(/^[¥￥$]|^RMB|^CNY/i, '')
    .replace(/(元|块|RMB|CNY)$/i, '');
  const m = /^([+-]?)[¥￥$]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%|万|亿|千|w|W|k|K)?$/.exec(t);
  if (!m) return null;
  const value = Number(`${m[1]}${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`);
  const unit = m[4];
  if (unit === '%') return value / 100;
  return unit ? Math.round(value * UNITS[unit]! * 1e6) / 1e6 : value;
}

/**
 * The number a cell holds or means: a number as is, text through parseNumberText, else null.
 * @example numberIn('1.2万') // 12000
 */
export function numberIn(v: CellValue | undefined): number | null {
  return typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v) : null;
}
