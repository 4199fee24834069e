/** The add-in's colours, one meaning each, so every sheet it writes reads alike. */

/** The header of a column or block the add-in owns. */
export const OWN_HEADER = { fill: '#E2EFDA', bold: true } as const;

/** Something to act on: overdue, over budget, a channel losing money, a deviation from plan. */
export const ALERT = { fill: '#F8CBAD', fontColor: '#9C0006' } as const;

/**
 * A cell the team fills in (milestone dates, rates, the same-day limit, targets): a light blue
 * field, after the financial models' blue for inputs, and apart from every colour that asks for
 * attention (red, orange, gold, today's pale yellow). A fill only: every host can take a fill
 * back (office-js `fill.clear()`), while office-js has no way back to an automatic font colour,
 * so a blue font would outlive the cell's being an input in Excel.
 */
export const INPUT = { fill: '#BDD7EE' } as const;

/**
 * The header of a table the add-in lays out for the team to fill (the starter budget): Excel's
 * light blue, so it reads as the team's table and not as the add-in's green columns.
 */
export const TABLE_HEADER = { fill: '#DDEBF7', bold: true } as const;

/** Explanations beside the figures: grey, so they read as notes and not as numbers. */
export const NOTE_FONT = '#7F7F7F';

/** An owner's planned-due cell when more tasks fall due that day than the team's limit. */
export const OWNER_OVERLOAD = '#FFD966';

/** Gantt bars, one colour a department (or phase) in order of first appearance. */
export const GANTT_BARS = [
  '#5B9BD5',
  '#ED7D31',
  '#70AD47',
  '#FFC000',
  '#7F6BB0',
  '#4BACC6',
  '#C55A5A',
  '#A5A5A5',
] as const;

/** A Gantt bar of a group past the last of GANTT_BARS, or of a sheet with no groups. */
export const GANTT_OTHER_BAR = '#8EA9C1';

/** Today's column in the Gantt's bar area: pale, so the bars stay readable across it. */
export const TODAY_FILL = '#FFF2CC';

/** Today's day header in the Gantt: the one strong mark, found at a glance. */
export const TODAY_HEADER = { fill: '#C00000', fontColor: '#FFFFFF' } as const;

/** A day off (weekend, holiday, not a 调休 Saturday) in the Gantt's bar area. */
export const DAY_OFF_FILL = '#EDEDED';

/** A day off's header in the Gantt: greyed, not hidden, so the dates stay continuous. */
export const DAY_OFF_FONT = '#A6A6A6';

/** A day header in the Gantt on which a milestone falls. */
export const MILESTONE_DAY_FILL = '#F4B084';

/**
 * A Gantt day the task was actually worked and had planned: dark green over the plan's colour, so
 * the plan bar still reads from its first day to its last (baseline style, one row a task).
 */
export const GANTT_ACTUAL_ON_PLAN = '#375623';

/** A Gantt day the task was actually worked outside its plan (started early, finished late). */
export const GANTT_ACTUAL_OFF_PLAN = '#7F6000';
