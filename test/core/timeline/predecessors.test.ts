import { parsePredecessors } from '../../../src/core/timeline/predecessors';

const num = (n: number, lag = 0, unit: 'day' | 'workday' = 'day') => ({
  target: { kind: 'number', n },
  lag,
  unit,
});
const name = (s: string, lag = 0, unit: 'day' | 'workday' = 'day') => ({
  target: { kind: 'name', name: s },
  lag,
  unit,
});
const read = (v: string | number | null) =>
  parsePredecessors(v).map(({ target, lag, unit }) => ({ target, lag, unit }));

describe('parsePredecessors', () => {
  it.each([
    ['3', [num(3)]],
    ['3,5', [num(3), num(5)]],
    ['3，5', [num(3), num(5)]],
    ['3、5', [num(3), num(5)]],
    ['3; 5\n7', [num(3), num(5), num(7)]],
    ['３', [num(3)]],
    ['#3', [num(3)]],
    ['第3项', [num(3)]],
    ['3FS', [num(3)]],
    ['3FS+2', [num(3, 2)]],
    ['3fs+2', [num(3, 2)]],
    ['3FS-1', [num(3, -1)]],
    ['3FS+2工作日', [num(3, 2, 'workday')]],
    ['3完成后2天', [num(3, 2)]],
    ['3完成后两天', [num(3, 2)]],
    ['3完成后2个工作日', [num(3, 2, 'workday')]],
    ['3结束后1天', [num(3, 1)]],
    ['3完成后', [num(3)]],
    ['3后1天', [num(3, 1)]],
    ['主图设计', [name('主图设计')]],
    ['主图设计完成后3天', [name('主图设计', 3)]],
    ['主图设计、5FS+1', [name('主图设计'), num(5, 1)]],
    // A name that ends in 后 is a name, not a lag with nothing after it.
    ['售后', [name('售后')]],
  ])('reads %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads a number cell as one 序号 and keeps what each part said', () => {
    expect(read(4)).toEqual([num(4)]);
    expect(parsePredecessors('3FS+2、5').map((r) => r.text)).toEqual(['3FS+2', '5']);
  });

  it('names nothing for an empty cell, a blank text, zero or a fraction', () => {
    expect(read(null)).toEqual([]);
    expect(read('  ')).toEqual([]);
    expect(read(0)).toEqual([]);
    expect(read(2.5)).toEqual([]);
  });
});
