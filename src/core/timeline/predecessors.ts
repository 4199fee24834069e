import { textIn, type CellValue } from '../grid';
import { chineseNumber, NUMBER_PATTERN } from './numerals';

/** One task a 前置事项 cell names, and how long after its planned due the task may start. */
export interface PredecessorRef {
  /** By 序号 (`3`) or by the task's name (`主图设计`). */
  readonly target:
    | { readonly kind: 'number'; readonly n: number }
    | { readonly kind: 'name'; readonly name: string };
  /** Days (or working days) after the predecessor's planned due; negative is a lead. */
  readonly lag: number;
  readonly unit: 'day' | 'workday';
  /** The part of the cell as written, for messages. */
  readonly text: string;
}

// Teams list predecessors with any of these: 3,5 / 3，5 / 3、5 / 3;5 / one a line.
const SEPARATORS = /[,，、;；\n\r]+/;
const N = `(${NUMBER_PATTERN})`;
// 天/日/d counts calendar days; 工作日/个工作日/wd counts working days; no unit means days.
const UNIT = '(个?工作日|天|日|wd|d)?';
// A 序号 as teams write it: 3, #3, 第3项, 序号3.
const NUMBER_REF = /^(?:#|序号|第)?\s*(\d+)\s*(?:项|步)?$/;
// Microsoft Project's form: 3FS, 3FS+2, 3FS-1, 3FS+2工作日.
const FS = new RegExp(`^(.+?)\\s*FS\\s*(?:([+＋\\-－])\\s*${N}\\s*${UNIT})?$`, 'i');
// The Chinese form: 3完成后2天, 主图设计完成后两个工作日, 3结束后, 3后1天.
const AFTER = new RegExp(`^(.+?)\\s*(?:完成|结束|做完)?(?:之)?后\\s*(?:${N}\\s*${UNIT})?$`);

const width = (s: string) =>
  s.replace(/[０-９Ａ-Ｚａ-ｚ＃＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * Reads a 前置事项/前置任务/依赖 cell: the tasks it names, by 序号 or by name, each with its lag:
 * `3`, `3,5`, `3、5`, `3FS+2`, `3完成后2天`, `3完成后2个工作日`, `主图设计`. A number cell is one 序号.
 * Whatever is no 序号 is taken for a task's name; the caller looks both up and flags the ones
 * it cannot find. An empty cell names nothing.
 * @example parsePredecessors('3FS+2、5') // [{ target: { kind: 'number', n: 3 }, lag: 2, unit: 'day', text: '3FS+2' }, { target: { kind: 'number', n: 5 }, lag: 0, … }]
 */
export function parsePredecessors(v: CellValue): PredecessorRef[] {
  if (typeof v === 'number')
    return Number.isInteger(v) && v > 0
      ? [{ target: { kind: 'number', n: v }, lag: 0, unit: 'day', text: String(v) }]
      : [];
  return textIn(v)
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(parseOne);
}

/** One listed predecessor: a 序号 or name, with a lag in the FS or the 完成后 form. */
function parseOne(text: string): PredecessorRef {
  const t = width(text);
  const fs = FS.exec(t);
  const after = fs ? null : AFTER.exec(t);
  const m = fs ?? after;
  // A name that merely ends in 后 (售后) keeps its 后 when nothing follows it.
  const lagged = m && (fs || m[2] !== undefined || /(完成|结束|做完)之?后$/.test(t));
  const head = lagged ? m[1]!.trim() : t;
  const amount = lagged && m[fs ? 3 : 2] !== undefined ? chineseNumber(m[fs ? 3 : 2]!) : 0;
  const sign = fs && /[-－]/.test(fs[2] ?? '') ? -1 : 1;
  const unitText = (lagged && m[fs ? 4 : 3]) || '';
  const unit = /工作日|wd/i.test(unitText) ? 'workday' : 'day';
  const num = NUMBER_REF.exec(head);
  const target = num
    ? ({ kind: 'number', n: Number(num[1]) } as const)
    : ({ kind: 'name', name: lagged ? head : text.trim() } as const);
  return { target, lag: sign * (amount ?? 0), unit, text };
}
