/**
 * Milestones (anchors) the deadline language refers to, each with the words real sheets use for
 * it. The first word is the name shown in the milestone block. A bare 前N天 refers to the main
 * milestone 活动: the activity start, which is 开团 when the sheet has one.
 */
export const MAIN_MILESTONE = '活动';

export const KNOWN_MILESTONES: readonly {
  readonly name: string;
  readonly words: readonly string[];
}[] = [
  { name: '报名', words: ['报名'] },
  { name: '竞拍', words: ['竞拍', '竞拍成功', '竞拍完', '竞拍完成', '拍坑'] },
  { name: '排期', words: ['排期'] },
  { name: '开团', words: ['开团', '开抢'] },
  { name: '活动结束', words: ['活动结束', '结束'] },
  { name: '预热', words: ['预热', '预热开始'] },
  { name: '蓄水', words: ['蓄水'] },
  { name: '预售', words: ['预售', '预售开始'] },
  { name: '付尾款', words: ['付尾款', '尾款'] },
  { name: '爆发', words: ['爆发', '爆发期'] },
  { name: '返场', words: ['返场'] },
  { name: MAIN_MILESTONE, words: ['活动', '活动开始', ''] },
];

const BY_WORD = new Map(KNOWN_MILESTONES.flatMap((m) => m.words.map((w) => [w, m.name] as const)));

// Words teams append to a milestone without changing it: 竞拍成功当天, 开团时间, 报名日期.
const SUFFIXES = ['成功', '完成', '完', '时间', '日期', '时'];

/**
 * The canonical milestone name of a word as written in a sheet; an unknown word is a custom
 * milestone of that name.
 * @example canonicalMilestone('竞拍完') // '竞拍'
 */
export function canonicalMilestone(word: string): string {
  const w = word.trim();
  const known = BY_WORD.get(w);
  if (known !== undefined) return known;
  for (const s of SUFFIXES) {
    if (w.length > s.length && w.endsWith(s)) {
      const hit = BY_WORD.get(w.slice(0, -s.length));
      if (hit !== undefined) return hit;
    }
  }
  return w;
}

/** Whether a word names a milestone the table knows (custom names are not). */
export function isKnownMilestone(word: string): boolean {
  return KNOWN_MILESTONES.some((m) => m.name === canonicalMilestone(word));
}
