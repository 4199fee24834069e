import { printSetup } from '../../../src/core/timeline/printSetup';

describe('printSetup', () => {
  it('prints landscape, one page wide, across to the Gantt’s last day', () => {
    expect(printSetup(25, { gantt: { col: 20, days: 37 }, lastRow: 30 }, 19)).toEqual({
      landscape: true,
      fitToWidth: true,
      area: { row: 0, col: 0, rows: 31, cols: 57 },
    });
  });

  it('stops at the milestone block without a Gantt, and at the table without a summary', () => {
    expect(printSetup(25, { gantt: null, lastRow: 12 }, 19).area).toEqual({
      row: 0,
      col: 0,
      rows: 26,
      cols: 19,
    });
    expect(printSetup(25, null, 19).area).toEqual({ row: 0, col: 0, rows: 26, cols: 19 });
  });
});
