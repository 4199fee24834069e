/** The add-in's colours, one meaning each, so every sheet it writes reads alike. */

/** The header of a column or block the add-in owns. */
export const OWN_HEADER = { fill: '#E2EFDA', bold: true } as const;

/** Something to act on: overdue, over budget, a channel losing money, a deviation from plan. */
export const ALERT = { fill: '#F8CBAD', fontColor: '#9C0006' } as const;

/** A cell the team fills in. */
export const INPUT_FILL = '#FFF2CC';

/**
 * The header of a table the add-in lays out for the team to fill (the starter budget): Excel's
 * light blue, so it reads as the team's table and not as the add-in's green columns.
 */
export const TABLE_HEADER = { fill: '#DDEBF7', bold: true } as const;

/** Explanations beside the figures: grey, so they read as notes and not as numbers. */
export const NOTE_FONT = '#7F7F7F';
