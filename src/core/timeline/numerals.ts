const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A number written in arabic digits (full-width too) or Chinese numerals, as deadlines use them. */
export const NUMBER_PATTERN = '[0-9０-９.．]+|[零〇一二两三四五六七八九十]+|半';

/**
 * Reads 20, ２０, 二十, 十五, 两, 九十九, 0.5 or 半 as a number; null when it is none of those.
 * @example chineseNumber('四十五') // 45
 */
export function chineseNumber(text: string): number | null {
  const t = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === '半') return 0.5;
  if (!/^[零〇一二两三四五六七八九十]+$/.test(t)) return null;
  const ten = t.indexOf('十');
  if (ten < 0) return t.length === 1 ? (DIGITS[t] ?? null) : null;
  if (t.indexOf('十', ten + 1) >= 0) return null;
  const tens = ten === 0 ? 1 : t.length > 0 && ten === 1 ? (DIGITS[t[0]!] ?? null) : null;
  const rest = t.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? (DIGITS[rest] ?? null) : null;
  if (tens === null || ones === null || tens === 0) return null;
  return tens * 10 + ones;
}
