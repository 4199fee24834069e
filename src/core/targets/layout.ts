import { cellAddress } from '../a1';
import { CHANNELS, PHASES, SCENARIOS } from './defaults';

/** The 目标 sheet's name; a re-run reads its input cells back so the team's edits stay. */
export const TARGETS_SHEET = '目标';

/** The input rows in order, and the scenario rows under the scenarios' header. */
export const INPUT_ROWS = ['target', 'aov', 'conversion', 'margin', 'burstDay'] as const;
export type InputName = (typeof INPUT_ROWS)[number];
export const SCENARIO_ROWS = ['multiplier', 'gmv', 'visitors', 'buyers', 'spend', 'roi'] as const;
export const INVERSE_ROWS = ['breakEvenRoi', 'conversion', 'aov', 'maxSpend', 'hourly'] as const;
export const CHECK_ROWS = ['conversion', 'aov', 'gmv', 'roi', 'profit'] as const;

/**
 * Where every part of the 目标 sheet sits (0-based rows), each section under its header with a
 * blank row between. One table, so the sections and the tests agree on every address.
 */
function layoutRows() {
  const inputHead = 2;
  const scenarioHead = inputHead + INPUT_ROWS.length + 2;
  const switchRow = scenarioHead + SCENARIO_ROWS.length + 1;
  const phaseHead = switchRow + 3;
  const phaseTotal = phaseHead + PHASES.length + 1;
  const channelHead = phaseTotal + 2;
  const channelTotal = channelHead + CHANNELS.length + 1;
  const inverseHead = channelTotal + 4;
  const checkHead = inverseHead + INVERSE_ROWS.length + 2;
  return {
    title: 0,
    inputHead,
    scenarioHead,
    switchRow,
    chosenRow: switchRow + 1,
    phaseHead,
    phaseTotal,
    channelHead,
    channelTotal,
    budgetRow: channelTotal + 1,
    budgetCheckRow: channelTotal + 2,
    inverseHead,
    checkHead,
    last: checkHead + CHECK_ROWS.length,
  };
}

export const ROWS = layoutRows();

/** The number of scenario columns (B..D). */
export const SCENARIO_COUNT = SCENARIOS.length;

/** An absolute A1 address on the 目标 sheet. */
export const abs = (row: number, col: number): string => cellAddress({ row, col }, true);

/** A relative A1 address on the 目标 sheet. */
export const rel = (row: number, col: number): string => cellAddress({ row, col });

/** The value cell of an input (column B). */
export const inputAt = (name: InputName) => ({
  row: ROWS.inputHead + 1 + INPUT_ROWS.indexOf(name),
  col: 1,
});

/** `$B$4`-style address of an input's value. */
export const inputRef = (name: InputName): string => {
  const at = inputAt(name);
  return abs(at.row, at.col);
};

/** A scenario row's row number. */
export const scenarioRow = (name: (typeof SCENARIO_ROWS)[number]): number =>
  ROWS.scenarioHead + 1 + SCENARIO_ROWS.indexOf(name);

/** The phase table's columns. */
export const PHASE_COLS = {
  name: 0,
  share: 1,
  days: 2,
  start: 3,
  end: 4,
  gmv: 5,
  visitors: 6,
  buyers: 7,
  dailyGmv: 8,
  dailyVisitors: 9,
} as const;

/** The channel table's columns; `cost` is the spend per yuan of target the channel needs. */
export const CHANNEL_COLS = {
  name: 0,
  share: 1,
  roi: 2,
  gmv: 3,
  spend: 4,
  visitors: 5,
  cost: 6,
} as const;

/** The row of phase i, of channel i. */
export const phaseRow = (i: number): number => ROWS.phaseHead + 1 + i;
export const channelRow = (i: number): number => ROWS.channelHead + 1 + i;

/** The value cell of an inverse answer or a check row. */
export const inverseRef = (name: (typeof INVERSE_ROWS)[number]): string =>
  abs(ROWS.inverseHead + 1 + INVERSE_ROWS.indexOf(name), 1);
export const checkRef = (name: (typeof CHECK_ROWS)[number]): string =>
  abs(ROWS.checkHead + 1 + CHECK_ROWS.indexOf(name), 1);

/** The sheet's width in columns: the sections in A:J, the day-by-day table in L:P. */
export const WIDTH = 16;
