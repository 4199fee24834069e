/** The add-in's colours, one meaning each, so every sheet it writes reads alike. */

/** The header of a column or block the add-in owns. */
export const OWN_HEADER = { fill: '#E2EFDA', bold: true } as const;

/** Something to act on: overdue, over budget, a channel losing money, a deviation from plan. */
export const ALERT = { fill: '#F8CBAD', fontColor: '#9C0006' } as const;

/** A cell the team fills in. */
export const INPUT_FILL = '#FFF2CC';
