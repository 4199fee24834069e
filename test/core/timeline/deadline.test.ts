import fc from 'fast-check';
import {
  parseDeadline,
  parseDuration,
  milestonesIn,
  type Deadline,
} from '../../../src/core/timeline/deadline';
import { chineseNumber } from '../../../src/core/timeline/numerals';

const off = (
  milestone: string,
  sign: -1 | 1,
  unit: 'day' | 'hour' | 'minute' | 'workday',
  low: number,
  high = low,
): Deadline => ({ kind: 'offset', milestone, sign, unit, low, high });
const day = (milestone: string, hour: number | null = null, minute = 0): Deadline => ({
  kind: 'sameDay',
  milestone,
  hour,
  minute,
});
const no = (reason: 'vague' | 'multi' | 'unknown'): Deadline => ({ kind: 'undatable', reason });

describe('parseDeadline', () => {
  it.each<[string, Deadline]>([
    // 前/后 N 天 on each milestone, as the documents write them
    ['报名前20天', off('报名', -1, 'day', 20)],
    ['排期前15天', off('排期', -1, 'day', 15)],
    ['开团前1天', off('开团', -1, 'day', 1)],
    ['竞拍后2天', off('竞拍', 1, 'day', 2)],
    ['竞拍完后5天', off('竞拍', 1, 'day', 5)],
    ['开团后1天', off('开团', 1, 'day', 1)],
    ['活动结束后3天', off('活动结束', 1, 'day', 3)],
    // 当天 and 当天N点
    ['竞拍成功当天', day('竞拍')],
    ['开团当天', day('开团')],
    ['开团当天15点', day('开团', 15)],
    ['开团当天16点', day('开团', 16)],
    ['开团当天15点半', day('开团', 15, 30)],
    ['开团当天9:30', day('开团', 9, 30)],
    ['当天', day('活动')],
    // hours, minutes, half hours, Chinese numerals, stray spaces
    ['开团前半小时', off('开团', -1, 'minute', 30)],
    ['开团后半小时', off('开团', 1, 'minute', 30)],
    ['开团前1分钟', off('开团', -1, 'minute', 1)],
    ['开团前十五分钟', off('开团', -1, 'minute', 15)],
    ['开团前三十分钟', off('开团', -1, 'minute', 30)],
    ['开团前四十五分钟', off('开团', -1, 'minute', 45)],
    ['开团后25 分钟', off('开团', 1, 'minute', 25)],
    ['开团后1小时', off('开团', 1, 'hour', 1)],
    ['开团前一个小时', off('开团', -1, 'hour', 1)],
    ['开团前二个小时', off('开团', -1, 'hour', 2)],
    ['开团前两小时', off('开团', -1, 'hour', 2)],
    ['开团前3分钟', off('开团', -1, 'minute', 3)],
    ['报名前九十九天', off('报名', -1, 'day', 99)],
    ['报名前２０天', off('报名', -1, 'day', 20)],
    [' 报名 前 20 天 ', off('报名', -1, 'day', 20)],
    ['开团之前2天', off('开团', -1, 'day', 2)],
    // an implicit 后
    ['开团15分钟', off('开团', 1, 'minute', 15)],
    ['开团5分钟', off('开团', 1, 'minute', 5)],
    ['开团120分钟', off('开团', 1, 'minute', 120)],
    ['开团30分钟', off('开团', 1, 'minute', 30)],
    // no milestone named: the main milestone
    ['前35天', off('活动', -1, 'day', 35)],
    ['前2天', off('活动', -1, 'day', 2)],
    ['活动前3-7天', off('活动', -1, 'day', 3, 7)],
    ['前28-29天', off('活动', -1, 'day', 28, 29)],
    // ranges and working days
    ['开团前3-7天', off('开团', -1, 'day', 3, 7)],
    ['开团前7-3天', off('开团', -1, 'day', 3, 7)],
    ['前1-3个工作日', off('活动', -1, 'workday', 1, 3)],
    ['报名前3个工作日', off('报名', -1, 'workday', 3)],
    ['竞拍后2个工作日', off('竞拍', 1, 'workday', 2)],
    // custom milestones found in the text
    ['直播前2天', off('直播', -1, 'day', 2)],
    // no date
    ['年初', no('vague')],
    ['年末', no('vague')],
    ['年未', no('vague')],
    ['报名前、竞拍前、竞拍后、开团前、开团后', no('multi')],
    ['报名前、竞拍前 、竞拍后、开团 前、开团后', no('multi')],
    ['', no('unknown')],
    ['3天', no('unknown')],
    ['尽快', no('unknown')],
    ['开团当天25点', no('unknown')],
    ['=HYPERLINK("x")', no('unknown')],
  ])('reads %j', (text, expected) => {
    expect(parseDeadline(text)).toEqual(expected);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (s) =>
        ['offset', 'sameDay', 'undatable'].includes(parseDeadline(s).kind),
      ),
    );
  });

  it('puts 前N天 and 后N天 of the same milestone N days either side of it, for any N', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('报名', '竞拍', '开团', '排期'),
        (n, m) => {
          const before = parseDeadline(`${m}前${n}天`);
          const after = parseDeadline(`${m}后${n}天`);
          expect(before).toEqual(off(m, -1, 'day', n));
          expect(after).toEqual(off(m, 1, 'day', n));
        },
      ),
    );
  });

  it('names the milestones of multi-milestone text', () => {
    expect(milestonesIn('报名前、竞拍前、竞拍后、开团前、开团后')).toEqual([
      '报名',
      '竞拍',
      '竞拍',
      '开团',
      '开团',
    ]);
    expect(milestonesIn('开团后25分钟')).toEqual(['开团']);
    expect(milestonesIn('年初')).toEqual([]);
  });

  it.each(['2026/10/25', '2026/10/25 20:00', '10/28', '10月28日'])(
    'names no milestone in the date %s',
    (text) => {
      expect(milestonesIn(text)).toEqual([]);
    },
  );
});

describe('parseDuration', () => {
  it.each<[string, number | null]>([
    ['7-8天', 8],
    ['1天', 1],
    ['1-3天', 3],
    ['1-2天', 2],
    ['半天', 0.5],
    ['2小时', 2 / 24],
    ['三天', 3],
    ['', null],
    ['尽快', null],
  ])('reads %j as %p days', (text, days) => {
    expect(parseDuration(text)).toBe(days);
  });
});

describe('chineseNumber', () => {
  it.each<[string, number | null]>([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['四十五', 45],
    ['九十九', 99],
    ['半', 0.5],
    ['２０', 20],
    ['0.5', 0.5],
    ['十十', null],
    ['一二', null],
    ['零十', null],
    ['abc', null],
  ])('reads %j as %p', (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });
});
