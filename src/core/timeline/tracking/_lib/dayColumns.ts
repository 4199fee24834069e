/** A Gantt day column's width, in characters. */
export const DAY_WIDTH = 3.3;

/**
 * How many day columns a text needs to read in full (a Chinese character takes two characters).
 * @example dayColumns('◆开团') // 2
 */
export const dayColumns = (text: string): number =>
  Math.ceil([...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0) / DAY_WIDTH);
