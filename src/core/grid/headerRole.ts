import { headerFoldedKey, headerText, partEnd, type HeaderText } from './headerText';

/**
 * What a header contains to name a role when it is none of the role's words: one part of each
 * `all` group (实际 and 结束 for an actual finish), with a bonus when it also has one of `bonus`
 * (名称 after 任务, 日期 after 结束). English parts are whole words, any case.
 */
export interface RoleParts {
  readonly all: readonly (readonly string[])[];
  readonly bonus?: readonly string[];
}

/** One role of a table: the words that name it exactly, and what names it partly. */
export interface RoleSpec<R extends string> {
  readonly role: R;
  /** Header words, most specific first: an exact word beats any header that only contains parts. */
  readonly words: readonly string[];
  readonly parts?: RoleParts;
  /** Words that name the role only when nothing better does (a bare 时间). */
  readonly weak?: readonly string[];
  /** How an issue names the role to the user, in both languages at once. */
  readonly label?: string;
}

/** A table of column roles: data one header search reads (timeline, budget, sales, channels). */
export type RoleTable<R extends string> = readonly RoleSpec<R>[];

/** How a header named its role: exactly, by the parts it contains, or by a weak word. */
export type HeaderMatch = 'word' | 'parts' | 'weak';

/** The role a header names, how, and how well: a higher score wins a column contest. */
export interface RoleHit<R extends string> {
  readonly role: R;
  readonly score: number;
  readonly match: HeaderMatch;
}

// Exact words score 300 less their rank, parts 100 to about 150, weak words 50 less their rank:
// so a listed word always wins over a header that only contains parts, as lists did before.
const WORD = 300;
const PARTS = 100;
const WEAK = 50;

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** A role table made ready once: its words by folded key, its parts folded. */
interface Compiled<R extends string> {
  readonly words: ReadonlyMap<string, { role: R; rank: number }>;
  readonly weak: ReadonlyMap<string, { role: R; rank: number }>;
  readonly parts: readonly { role: R; parts: RoleParts }[];
}

// Tables are module constants: compiled once, not for every cell of a 20,000-row scan.
const compiled = new WeakMap<RoleTable<string>, Compiled<string>>();

/** Each folded word's first role in table order, at its rank there (as lists read before). */
function wordMap<R extends string>(
  roles: RoleTable<R>,
  pick: (spec: RoleSpec<R>) => readonly string[] | undefined,
): Map<string, { role: R; rank: number }> {
  const map = new Map<string, { role: R; rank: number }>();
  for (const spec of roles)
    (pick(spec) ?? []).forEach((w, rank) => {
      if (!map.has(fold(w))) map.set(fold(w), { role: spec.role, rank });
    });
  return map;
}

function compile<R extends string>(roles: RoleTable<R>): Compiled<R> {
  const known = compiled.get(roles) as Compiled<R> | undefined;
  if (known) return known;
  const made: Compiled<R> = {
    words: wordMap(roles, (s) => s.words),
    weak: wordMap(roles, (s) => s.weak),
    parts: roles.flatMap(({ role, parts }) =>
      parts
        ? [
            {
              role,
              parts: {
                all: parts.all.map((g) => g.map(fold)),
                bonus: parts.bonus?.map(fold) ?? [],
              },
            },
          ]
        : [],
    ),
  };
  compiled.set(roles, made);
  return made;
}

/**
 * The score of a header for a role by its parts, or null when it lacks a group. Each group
 * past the first adds 20 and a bonus part 10; up to 10 more the nearer the end of the header the
 * last part stands, since a compound names what it ends with (工作负责人 is an owner, Task ID an id).
 */
function partsScore(h: HeaderText, parts: RoleParts): number | null {
  let last = 0;
  for (const group of parts.all) {
    const end = Math.max(...group.map((p) => partEnd(h, p)));
    if (end < 0) return null;
    last = Math.max(last, end);
  }
  const bonus = parts.bonus?.some((p) => partEnd(h, p) >= 0) ? 10 : 0;
  const place = Math.round((10 * last) / h.key.length);
  return PARTS + 20 * (parts.all.length - 1) + bonus + place;
}

/**
 * The role a header names and its score, or null: an exact word first (the first role listing
 * it, as before), else the best-scoring parts (the first role on a tie), else a weak word.
 * Case, width and spaces do not count.
 * @example headerRole(COLUMN_ROLES, '预计结束时间') // { role: 'due', score: 117, match: 'parts' }
 */
export function headerRole<R extends string>(roles: RoleTable<R>, text: string): RoleHit<R> | null {
  const table = compile(roles);
  if (table.parts.length === 0 && table.weak.size === 0) {
    const word = table.words.get(headerFoldedKey(text));
    return word ? { role: word.role, score: WORD - word.rank, match: 'word' } : null;
  }
  const h = headerText(text);
  if (h.key === '') return null;
  const word = table.words.get(h.key);
  if (word) return { role: word.role, score: WORD - word.rank, match: 'word' };
  let best: RoleHit<R> | null = null;
  for (const { role, parts } of table.parts) {
    const score = partsScore(h, parts);
    if (score !== null && (!best || score > best.score)) best = { role, score, match: 'parts' };
  }
  if (best) return best;
  const weak = table.weak.get(h.key);
  return weak ? { role: weak.role, score: WEAK - weak.rank, match: 'weak' } : null;
}
