import { cellAddress } from '../a1';
import { isWorkingDay } from '../calendar/chinaHolidays';
import { formatSerial, weekday } from '../calendar/serial';
import { issue, type Issue } from '../issues';
import type { Locale } from '../issues';
import type { ScheduledTask } from './types';

/**
 * Lead times the documents ask for: how many days before the activity a kind of task should be
 * done, and what to tell the planner (in both languages) when it is later.
 */
export const NORMS: readonly {
  readonly task: RegExp;
  readonly days: number;
  readonly why: Readonly<Record<Locale, string>>;
}[] = [
  {
    task: /聚图|详情页/,
    days: 7,
    why: {
      'zh-CN': '聚图和详情页建议至少提前 7 天上传。',
      'en-US': 'product images and detail pages should be up at least 7 days before.',
    },
  },
  {
    task: /(预热|关联).*(上线|页面)|预热页/,
    days: 3,
    why: {
      'zh-CN': '预热和店内关联建议至少提前 3 天上线。',
      'en-US': 'warm-up pages should be live at least 3 days before.',
    },
  },
  {
    task: /备货|到货|入仓|补货/,
    days: 3,
    why: {
      'zh-CN': '备货建议至少提前 3 天到位。',
      'en-US': 'stock should be in at least 3 days before.',
    },
  },
];

// Phases that prepare the activity: their tasks should be done before it starts.
const PREPARATION = /前|预热|筹备|准备/;
/** Why a day is off, in the message's own language: a weekend day's name, or a public holiday. */
const DAY_OFF: Readonly<Record<Locale, { weekdays: readonly string[]; holiday: string }>> = {
  'zh-CN': {
    weekdays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    holiday: '法定节假日',
  },
  'en-US': {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    holiday: 'a public holiday',
  },
};

/**
 * Warnings (never blocking) on a schedule against the documents' norms, each on the task's
 * planned-due cell: preparation due after the start, start after due, preparation due on a day
 * off, and lead times shorter than NORMS ask for. Without an activity start only the checks that
 * need none run: start after due, and a due on a day off.
 * @example checkSchedule(result.schedule, { sheet, dueCol: 9, start: 开团, locale: 'zh-CN' })
 */
export function checkSchedule(
  schedule: readonly ScheduledTask[],
  at: {
    readonly sheet: string;
    readonly dueCol: number;
    /** The activity's start; null when no milestone dates it (a plan of typed dates only). */
    readonly start: number | null;
    readonly locale?: Locale;
  },
): Issue[] {
  const out: Issue[] = [];
  // With no activity start every due counts as before it, and nothing is after it or too close.
  const activity = at.start ?? Infinity;
  const startDay = Math.floor(activity);
  for (const { task, start, due } of schedule) {
    if (due === null) continue;
    const cell = { sheet: at.sheet, address: cellAddress({ row: task.row, col: at.dueCol }) };
    const name =
      task.task ||
      (typeof task.due === 'string' ? task.due : cellAddress({ row: task.row, col: at.dueCol }));
    const preparing = PREPARATION.test(task.phase);
    if (preparing && Math.floor(due) > startDay) {
      out.push(
        issue('CHECK_PREP_AFTER_START', 'warning', cell, {
          task: name,
          phase: task.phase,
          due: formatSerial(due),
          start: formatSerial(activity),
        }),
      );
    }
    if (start !== null && start > due)
      out.push(
        issue('CHECK_START_AFTER_DUE', 'warning', cell, {
          task: name,
          start: formatSerial(start),
          due: formatSerial(due),
        }),
      );
    // Past the holiday data a day is unknown (null): no warning claims it is off.
    if (Math.floor(due) < startDay && isWorkingDay(due) === false) {
      const wd = weekday(due);
      const off = DAY_OFF[at.locale ?? 'zh-CN'];
      const why = (wd === 0 || wd === 6 ? off.weekdays[wd] : undefined) ?? off.holiday;
      out.push(
        issue('CHECK_NON_WORKING_DAY', 'warning', cell, {
          task: name,
          due: formatSerial(Math.floor(due)),
          why,
        }),
      );
    }
    const norm = NORMS.find((n) => n.task.test(name));
    const left = Math.floor((activity - due) * 10) / 10;
    if (norm && Math.floor(due) <= startDay && activity - due < norm.days) {
      out.push(
        issue('CHECK_TOO_CLOSE', 'warning', cell, {
          task: name,
          due: formatSerial(due),
          left: Math.max(0, left),
          norm: norm.why[at.locale ?? 'zh-CN'],
        }),
      );
    }
  }
  return out;
}
