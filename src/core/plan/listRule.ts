import type { DataRule } from './types';

/**
 * A list drop-down as the rule a file keeps for it, so every host reads a cell's validation alike.
 * @example listRule(['未开始', '已完成']).formula1 // '"未开始,已完成"'
 */
export const listRule = (list: readonly string[]): DataRule => ({
  type: 'list',
  formula1: `"${list.join(',')}"`,
  allowBlank: true,
  dropDown: true,
});

/**
 * Whether a rule is a drop-down of exactly these values, in any order and however its host
 * quotes the source (`"a,b"` in a file, `a,b` from office-js).
 * @example listsExactly(listRule(['a', 'b']), ['b', 'a']) // true
 */
export function listsExactly(rule: DataRule, list: readonly string[]): boolean {
  if (rule.type !== 'list' || rule.formula1 === undefined) return false;
  const items = rule.formula1
    .replace(/^"|"$/g, '')
    .split(',')
    .map((s) => s.trim());
  return items.length === list.length && [...items].sort().join() === [...list].sort().join();
}
