/** A header cell's text as compared: no spaces, line breaks, colons or bracketed notes. */
export function headerKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[：:]$/, '')
    .replace(/[（(][^）)]*[）)]$/, '');
}

/** A header as the role scoring reads it. */
export interface HeaderText {
  /** Folded (NFKC, lower case) with no spaces: what exact words and Chinese parts are found in. */
  readonly key: string;
  /** The Latin words (`due`, `date`), each with where it ends in `key`. */
  readonly words: readonly { readonly word: string; readonly end: number }[];
}

/**
 * A header folded for matching: NFKC (so full-width `Ｔａｓｋ`, `１` and the ideographic space
 * read as ASCII), a trailing colon or bracketed note dropped, camel case split into words
 * (`DueDate`), lower case. English parts must be whole words, or `End` would be found in
 * `Vendor` and `No` in `Notes`; the key has no spaces so `完成 时间` still reads as `完成时间`.
 * @example headerText('Due Date').words // [{ word: 'due', end: 3 }, { word: 'date', end: 7 }]
 */
export function headerText(text: string): HeaderText {
  const folded = foldHeader(text);
  const key = folded.replace(/\s+/g, '');
  // Most headers (and every data cell of a Chinese sheet) have no Latin word: no work to do.
  if (!/[a-z0-9]/.test(folded)) return { key, words: [] };
  const words = [...folded.matchAll(/[a-z0-9]+/g)].map((m) => ({
    word: m[0],
    end: folded.slice(0, m.index + m[0].length).replace(/\s+/g, '').length,
  }));
  return { key, words };
}

/** The header folded: NFKC, trimmed, no trailing colon or note, camel case split, lower case. */
function foldHeader(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/[:]$/, '')
    .replace(/\([^)]*\)$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/**
 * The key alone, for a table of words only (a budget, a sales export): what `headerText` gives
 * as `key`, without finding the words a whole-sheet scan does not need.
 * @example headerFoldedKey('金额（元）：') // '金额'
 */
export function headerFoldedKey(text: string): string {
  return foldHeader(text).replace(/\s+/g, '');
}

/**
 * Where a part ends in a header (its last occurrence), or -1 when the header does not contain
 * it. A Latin part must be a whole word, plural `s` allowed; any other part is found anywhere.
 * @example partEnd(headerText('Task Owners'), 'owner') // 10
 */
export function partEnd(h: HeaderText, part: string): number {
  if (/^[a-z0-9]+$/.test(part)) {
    const hit = h.words.filter((w) => w.word === part || w.word === `${part}s`).pop();
    return hit ? hit.end : -1;
  }
  const at = h.key.lastIndexOf(part);
  return at < 0 ? -1 : at + part.length;
}
