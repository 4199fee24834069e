import fc from 'fast-check';
import { parseDeadline } from '../../../../src/core/timeline/deadline';
import { evaluateDeadline } from '../../../../src/core/timeline/evaluateDeadline';
import { relativePhrase, workdayOffset } from '../../../../src/core/timeline/reuse/relativePhrase';
import { nearestMilestone, speaksWorkdays } from '../../../../src/core/timeline/reuse/movedDates';
import type { TaskRow } from '../../../../src/core/timeline/readTaskSheet';

// Excel's 1900 serial from the platform's UTC clock, not from the code under test.
const serial = (y: number, m: number, d: number, h = 0, min = 0) =>
  (Date.UTC(y, m - 1, d, h, min) - Date.UTC(1899, 11, 30)) / 86_400_000;
const LAUNCH = serial(2026, 11, 11, 20);
const SIGNUP = serial(2026, 10, 12); // the Monday after 国庆 and its 调休 Saturday 10-10

/** Where a phrase lands when read back by the deadline language on a milestone's value. */
const lands = (phrase: string, milestone: number) => {
  const d = parseDeadline(phrase);
  if (d.kind === 'undatable') throw new Error(`${phrase} does not parse`);
  return evaluateDeadline(d, milestone).due;
};
const sameMinute = (a: number, b: number) => Math.round(a * 1440) === Math.round(b * 1440);

describe('relativePhrase: calendar days', () => {
  it.each([
    [serial(2026, 10, 30), '开团前12天', -12, false],
    [serial(2026, 11, 13), '开团后2天', 2, false],
    [serial(2026, 11, 11), '开团当天', 0, true],
    // A day off keeps calendar days even when the team counts working days.
    [serial(2026, 11, 8), '开团前3天', -3, true],
  ])('%s → %s', (date, phrase, amount, workdays) => {
    const r = relativePhrase(date, '开团', LAUNCH, workdays);
    expect(r).toEqual({ milestone: '开团', unit: 'day', amount, phrase });
    expect(lands(r.phrase, LAUNCH)).toBe(date);
  });

  it('counts calendar days when the team does not speak of 工作日', () => {
    expect(relativePhrase(serial(2026, 11, 9), '开团', LAUNCH, false).phrase).toBe('开团前2天');
  });
});

describe('relativePhrase: minutes and hours', () => {
  it.each([
    [serial(2026, 11, 11, 20, 30), '开团后30分钟', 30],
    [serial(2026, 11, 11, 19, 30), '开团前30分钟', -30],
    [serial(2026, 11, 11, 19, 59), '开团前1分钟', -1],
    [serial(2026, 11, 10, 20), '开团前24小时', -1440],
    [serial(2026, 11, 12, 10), '开团后14小时', 840],
    [serial(2026, 11, 11, 20), '开团后0分钟', 0],
  ])('%s → %s', (date, phrase, amount) => {
    const r = relativePhrase(date, '开团', LAUNCH, true);
    expect(r).toEqual({ milestone: '开团', unit: 'minute', amount, phrase });
    expect(sameMinute(lands(r.phrase, LAUNCH), date)).toBe(true);
  });
});

describe('relativePhrase: working days across 国庆 and 元旦', () => {
  it.each([
    // 09-30, 10-08, 10-09 and the 调休 Saturday 10-10 are the working days before 10-12.
    [serial(2026, 9, 30), SIGNUP, '报名前4个工作日', -4],
    [serial(2026, 10, 9), SIGNUP, '报名前2个工作日', -2],
    // After 报名 on 09-30: 10-08 is the first working day, 10-10 (a Saturday) the third.
    [serial(2026, 10, 10), serial(2026, 9, 30), '报名后3个工作日', 3],
    // 元旦 2026-01-01..03 are off, Sunday 01-04 is worked.
    [serial(2025, 12, 31), serial(2026, 1, 5), '报名前2个工作日', -2],
    [serial(2026, 1, 5), serial(2025, 12, 31), '报名后2个工作日', 2],
  ])('%s from %s → %s', (date, milestone, phrase, amount) => {
    const r = relativePhrase(date, '报名', milestone, true);
    expect(r).toEqual({ milestone: '报名', unit: 'workday', amount, phrase });
    expect(lands(r.phrase, milestone)).toBe(date);
  });

  it('has no working-day distance for a day off or the milestone’s own day', () => {
    expect(workdayOffset(serial(2026, 10, 3), SIGNUP)).toBeNull();
    expect(workdayOffset(SIGNUP, SIGNUP + 0.5)).toBeNull();
  });

  it('moves the same number of working days to a new milestone', () => {
    const phrase = relativePhrase(serial(2026, 9, 30), '报名', SIGNUP, true).phrase;
    // Four working days before Monday 2027-05-17: Fri 14, Thu 13, Wed 12, Tue 11.
    expect(lands(phrase, serial(2027, 5, 17))).toBe(serial(2027, 5, 11));
  });
});

describe('relativePhrase round trip', () => {
  const minute = fc.integer({ min: -60 * 24 * 90, max: 60 * 24 * 90 });
  it('reads back to the date it was made from, whole days or minutes, on any milestone', () => {
    fc.assert(
      fc.property(minute, fc.integer({ min: 0, max: 1439 }), fc.boolean(), (gap, at, work) => {
        const milestone = serial(2026, 11, 11) + at / 1440;
        const date = (Math.round(milestone * 1440) + gap) / 1440;
        const r = relativePhrase(date, '开团', milestone, work);
        expect(sameMinute(lands(r.phrase, milestone), date)).toBe(true);
      }),
    );
  });

  it('reads whole-day dates back exactly, working days included', () => {
    fc.assert(
      fc.property(fc.integer({ min: -120, max: 120 }), fc.boolean(), (gap, work) => {
        const date = serial(2026, 10, 12) + gap;
        const r = relativePhrase(date, '报名', SIGNUP, work);
        expect(lands(r.phrase, SIGNUP)).toBe(date);
      }),
    );
  });
});

describe('nearestMilestone and speaksWorkdays', () => {
  it('takes the closest milestone, the first given on a tie', () => {
    const from = { 报名: SIGNUP, 开团: LAUNCH };
    expect(nearestMilestone(serial(2026, 10, 20), from)?.[0]).toBe('报名');
    expect(nearestMilestone(serial(2026, 10, 30), from)?.[0]).toBe('开团');
    expect(nearestMilestone(15, { 报名: 10, 开团: 20 })?.[0]).toBe('报名');
    expect(nearestMilestone(1, {})).toBeNull();
  });

  it('hears 工作日 in a due, start or 需要时间 cell', () => {
    const row = (over: Partial<TaskRow>): TaskRow => ({
      row: 1,
      task: 'x',
      phase: '',
      department: '',
      due: null,
      start: null,
      duration: null,
      owner: '',
      status: '',
      ...over,
    });
    expect(speaksWorkdays([row({ due: 46000 }), row({ duration: '3个工作日' })])).toBe(true);
    expect(speaksWorkdays([row({ start: '报名前1个工作日' })])).toBe(true);
    expect(speaksWorkdays([row({ due: '开团前3天', duration: '2天' })])).toBe(false);
  });
});
