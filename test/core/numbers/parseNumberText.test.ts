import fc from 'fast-check';
import { parseNumberText } from '../../../src/core/numbers/parseNumberText';

describe('parseNumberText', () => {
  it.each<[string, number | null]>([
    ['1.2万', 12000],
    ['¥1,234.50', 1234.5],
    ['￥3,456.50', 3456.5],
    ['１２３', 123],
    ['３.５％', 0.035],
    ['3.5%', 0.035],
    ['1,000元', 1000],
    ['2.5亿', 250000000],
    ['-300', -300],
    [' 20000 ', 20000],
    ['0.15', 0.15],
    ['5千', 5000],
    ['12w', 120000],
    ['直通车', null],
    ['', null],
    ['1,23', null],
    ['12.3.4', null],
    ['约1000', null],
    ['=SUM(A1)', null],
    ['50元/天', null],
  ])('reads %j as %p', (text, n) => {
    expect(parseNumberText(text)).toBe(n);
  });

  it('reads back any number written with thousands separators', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 99 }),
        (n, cents) => {
          const text = `¥${n.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
          expect(parseNumberText(text)).toBeCloseTo(n + cents / 100, 6);
        },
      ),
    );
  });
});
