/**
 * A Gantt day column's width, in characters: two digits and a margin, so a laptop's first screen
 * shows the first weeks of days beside the table (test/core/timeline/firstScreen.test.ts).
 */
export const DAY_WIDTH = 2.7;

/**
 * How many day columns a text needs to read in full (a Chinese character takes two characters).
 * @example dayColumns('◆开团') // 2
 */
export const dayColumns = (text: string): number =>
  Math.ceil([...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0) / DAY_WIDTH);
