import { overdueCount } from '../../../../src/core/timeline/tracking/_lib/overdueCount';
import { col$, range$ } from '../../../../src/core/timeline/tracking/_lib/ranges';

describe('overdueCount', () => {
  it('counts dates before now that are not done, one COUNTIFS a run of rows', () => {
    expect(overdueCount([[1, 4]], 9, 6)).toBe(
      '=COUNTIFS($J$2:$J$5,"<"&NOW(),$G$2:$G$5,"<>已完成")',
    );
    expect(
      overdueCount(
        [
          [1, 2],
          [5, 5],
        ],
        9,
        undefined,
      ),
    ).toBe('=COUNTIFS($J$2:$J$3,"<"&NOW())+COUNTIFS($J$6:$J$6,"<"&NOW())');
  });

  it('puts extra criteria first', () => {
    expect(overdueCount([[1, 4]], 9, undefined, '$B$2:$B$5,L9,')).toBe(
      '=COUNTIFS($B$2:$B$5,L9,$J$2:$J$5,"<"&NOW())',
    );
  });
});

describe('col$ and range$', () => {
  it('fix the column, and both rows of a range', () => {
    expect(col$(7)).toBe('$H');
    expect(range$(7, 1, 29)).toBe('$H$2:$H$30');
  });
});
