import { canonicalMilestone, isKnownMilestone } from './milestones';
import { chineseNumber, NUMBER_PATTERN } from './numerals';
import { readTypedDate } from './typedDate';

export type DeadlineUnit = 'day' | 'hour' | 'minute' | 'workday';

/**
 * What a deadline text means. `offset` covers 报名前20天 and ranges (开团前3-7天: `low` 3,
 * `high` 7); `sameDay` covers 开团当天 and 开团当天15点; `undatable` keeps its text and gets an issue.
 */
export type Deadline =
  | {
      readonly kind: 'offset';
      readonly milestone: string;
      readonly sign: -1 | 1;
      readonly unit: DeadlineUnit;
      readonly low: number;
      readonly high: number;
    }
  | {
      readonly kind: 'sameDay';
      readonly milestone: string;
      readonly hour: number | null;
      readonly minute: number;
    }
  | { readonly kind: 'undatable'; readonly reason: 'vague' | 'multi' | 'unknown' };

const N = `(${NUMBER_PATTERN})`;
// A milestone word is any run of CJK or Latin letters before the direction or the number.
const M = '([\\u4e00-\\u9fffA-Za-z]*?)';
const UNITS: Record<string, DeadlineUnit> = {
  工作日: 'workday',
  天: 'day',
  日: 'day',
  小时: 'hour',
  钟头: 'hour',
  分钟: 'minute',
  分: 'minute',
};
const OFFSET = new RegExp(
  `^${M}(前|后)?${N}(?:[-~～至到]${N})?个?(工作日|天|日|小时|钟头|分钟|分)$`,
);
const SAME_DAY = new RegExp(`^${M}当天(?:${N}[点时:](?:(半)|${N}分?)?)?$`);
const VAGUE = /^(年初|年末|年未|年底|年中|月初|月底|月末|月中|每天|每日|每周|随时|待定)$/;

/** Full-width to ASCII, no spaces, 之前/以后 folded to 前/后, so one grammar reads every variant. */
function normalize(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/[之以](前|后)/g, '$1');
}

const UNDATABLE = (reason: 'vague' | 'multi' | 'unknown'): Deadline => ({
  kind: 'undatable',
  reason,
});

/**
 * Reads a relative deadline as teams write it; never throws, unknown text is `undatable`.
 * @example parseDeadline('开团后25 分钟') // { kind: 'offset', milestone: '开团', sign: 1, unit: 'minute', low: 25, high: 25 }
 */
export function parseDeadline(text: string): Deadline {
  const t = normalize(text);
  if (t === '') return UNDATABLE('unknown');
  if (VAGUE.test(t)) return UNDATABLE('vague');
  const parts = t.split(/[、,;；/]+/).filter(Boolean);
  if (parts.length > 1) return UNDATABLE('multi');

  const offset = OFFSET.exec(t);
  if (offset) {
    const [, word = '', dir, a = '', b, unitWord = ''] = offset;
    const first = chineseNumber(a);
    const second = b === undefined ? first : chineseNumber(b);
    // A bare "3天" with neither milestone nor direction is a duration, not a deadline.
    if (first === null || second === null || (dir === undefined && word === ''))
      return UNDATABLE('unknown');
    let unit = UNITS[unitWord] ?? 'day';
    let [low, high] = first <= second ? [first, second] : [second, first];
    if (unit === 'hour' && (!Number.isInteger(low) || !Number.isInteger(high)))
      [unit, low, high] = ['minute', low * 60, high * 60];
    if (unit === 'day' && (!Number.isInteger(low) || !Number.isInteger(high)))
      [unit, low, high] = ['hour', low * 24, high * 24];
    return {
      kind: 'offset',
      milestone: canonicalMilestone(word),
      sign: dir === '前' ? -1 : 1,
      unit,
      low,
      high,
    };
  }

  const same = SAME_DAY.exec(t);
  if (same) {
    const [, word = '', h, half, m] = same;
    const hour = h === undefined ? null : chineseNumber(h);
    const minute = half ? 30 : m === undefined ? 0 : chineseNumber(m);
    if (
      (h !== undefined && (hour === null || hour > 23 || !Number.isInteger(hour))) ||
      minute === null ||
      minute > 59
    )
      return UNDATABLE('unknown');
    return { kind: 'sameDay', milestone: canonicalMilestone(word), hour, minute };
  }
  return UNDATABLE('unknown');
}

/** Reads a 需要时间 duration (`7-8天`, `1天`, `半天`, `2小时`) as days, taking the longer end. */
export function parseDuration(text: string): number | null {
  const m = new RegExp(`^${N}(?:[-~～至到]${N})?个?(天|日|小时|钟头|工作日)$`).exec(
    normalize(text),
  );
  if (!m) return null;
  const a = chineseNumber(m[1] ?? '');
  const b = m[2] === undefined ? a : chineseNumber(m[2]);
  if (a === null || b === null) return null;
  const longest = Math.max(a, b);
  return m[3] === '小时' || m[3] === '钟头' ? longest / 24 : longest;
}

/** The milestone names a deadline text refers to (several for multi-milestone text, none for a date). */
export function milestonesIn(text: string): string[] {
  // `2026/10/25` splits like 报名前/开团后 but is one date, and names no milestone.
  if (readTypedDate(text, null) !== null) return [];
  const d = parseDeadline(text);
  if (d.kind !== 'undatable') return [d.milestone];
  if (d.reason !== 'multi') return [];
  return normalize(text)
    .split(/[、,;；/]+/)
    .map((p) => /^([\u4e00-\u9fff]+?)(前|后|当天)/.exec(p)?.[1])
    .filter((w): w is string => w !== undefined && isKnownMilestone(w))
    .map(canonicalMilestone);
}
