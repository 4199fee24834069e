/** Dates the add-in writes; the time shows only where a deadline counts hours or minutes. */
export const DATE = 'yyyy-mm-dd';
export const DATE_TIME = 'yyyy-mm-dd hh:mm';
