import { toSerial, formatSerial } from '../../src/core/calendar/serial';
import { CALENDAR_SHEET } from '../../src/core/calendar/workCalendar';
import type { Grid } from '../../src/core/grid';
import { generateTimeline, type TimelineOptions } from '../../src/core/timeline/generateTimeline';
import type { WorkbookHost } from '../../src/hosts/types';

/** The campaign dates the tests plan against: 报名 on the Monday after 国庆 and its 调休 Saturday. */
export const ANCHORS = {
  报名: toSerial({ year: 2026, month: 10, day: 12 }),
  竞拍: toSerial({ year: 2026, month: 10, day: 19 }),
  排期: toSerial({ year: 2026, month: 10, day: 26 }),
  开团: toSerial({ year: 2026, month: 11, day: 11, hour: 10 }),
  活动结束: toSerial({ year: 2026, month: 11, day: 12, hour: 10 }),
};

/** Reads a sheet, generates its timeline and applies it, as the task pane and CLI do. */
export async function runTimeline(
  host: WorkbookHost,
  sheet: string,
  options: TimelineOptions = {},
) {
  const grid = (await host.readSheet(sheet)) as Grid;
  const result = generateTimeline(grid, {
    calendar: await host.readSheet(CALENDAR_SHEET),
    ...options,
  });
  if (result?.plan) await host.apply(result.plan);
  return result;
}

/** A date cell as the planner reads it, or what else it holds. */
export const shown = (v: unknown) => (typeof v === 'number' ? formatSerial(v) : v);
