import { shownValue } from '../../src/taskpane/shownValue';

describe('the preview shows a cell as Excel would under its format', () => {
  it.each([
    [0.035054945, '0.00%', '3.51%'],
    [1148400, '#,##0.00', '1,148,400.00'],
    [182000, '#,##0', '182,000'],
    [9.7322033, '0.00', '9.73'],
    [0.2, '+0.0%;-0.0%;0.0%', '+20.0%'],
    [-0.3333, '+0.0%;-0.0%;0.0%', '-33.3%'],
    [46368.4166666667, 'yyyy-mm-dd hh:mm', '2026-12-12 10:00'],
    [46368, 'm"月"d"日"', '2026-12-12'],
    [42000, 'General', '42000'],
    [0.1 + 0.2, 'General', '0.3'],
    [5, ';;;', ''],
    ['1.2万', '0.00', '1.2万'],
    [null, '0.00', ''],
    [{ error: '#DIV/0!' }, '0.00', '#DIV/0!'],
  ] as const)('%j under %s reads %s', (v, format, want) => {
    expect(shownValue(v, format)).toBe(want);
  });
});
