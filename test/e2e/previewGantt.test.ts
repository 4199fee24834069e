import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { GANTT_BARS, GANTT_OTHER_BAR } from '../../src/core/plan/palette';
import {
  chromiumSession,
  fillSampleMilestones,
  offlinePage,
  RESULTS,
  watch,
} from '../support/previewPage';

jest.setTimeout(120_000);

/** The user guide's picture of the pane; written only when asked (`npm run docs:screenshot`). */
const GUIDE_IMAGE = path.resolve(__dirname, '../../docs/images/taskpane-preview.png');

/** `#5B9BD5` as Chromium reports a computed colour: `rgb(91, 155, 213)`. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const BAR_COLOURS = new Set([...GANTT_BARS, GANTT_OTHER_BAR].map(rgb));

interface ShownCell {
  readonly text: string;
  readonly background: string;
}

/** The preview table's cells (row headings left out), with the background each one shows. */
function readTable(page: Page): Promise<ShownCell[][]> {
  return page.getByTestId('preview').evaluate((section) =>
    [...section.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => ({
        text: td.textContent ?? '',
        background: getComputedStyle(td).backgroundColor,
      })),
    ),
  );
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ONE_DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The Gantt's day row: the longest run of days of the month (30, 31, 1, 2 …), left to right. */
function dayRun(table: ShownCell[][]): { row: number; cols: number[] } {
  let best = { row: -1, cols: [] as number[] };
  table.forEach((line, r) => {
    let run: number[] = [];
    line.forEach(({ text }, c) => {
      const day = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
      const last = run[run.length - 1];
      const prev = last === undefined ? NaN : Number(line[last]?.text);
      const follows = last === c - 1 && (day === prev + 1 || (day === 1 && prev >= 28));
      run = follows ? [...run, c] : day >= 1 && day <= 31 ? [c] : [];
      if (run.length > best.cols.length) best = { row: r, cols: run };
    });
  });
  return best;
}

/**
 * The date of each Gantt column. The sheet shows only the day of the month, with a label above
 * the first column (its date, "10/28") and above each Monday and 1st; the year is the one that puts the
 * first day nearest the earliest planned start. The test checks every shown day against it.
 */
function ganttDays(table: ShownCell[][], earliest: string) {
  const { row, cols } = dayRun(table);
  const first = cols[0] ?? -1;
  // The label over the first day: its date (10/28), or its month (10月).
  const month = Number(
    /^(\d{1,2})(?:月|\/\d{1,2})$/.exec(table[row - 1]?.[first]?.text ?? '')?.[1],
  );
  const day = Number(table[row]?.[first]?.text);
  const near = Date.parse(`${earliest}T00:00:00Z`);
  const year = Number(earliest.slice(0, 4));
  const [start = NaN] = [year - 1, year, year + 1]
    .map((y) => Date.UTC(y, month - 1, day))
    .sort((a, b) => Math.abs(a - near) - Math.abs(b - near));
  const dates = new Map(cols.map((c, i) => [c, iso(start + i * ONE_DAY)]));
  return { row, dates };
}

/** Each task row's planned start and due days, as the sheet shows them. */
function plannedDays(table: ShownCell[][]): { row: number; from: string; to: string }[] {
  const header = table.findIndex((line) => line.some((c) => c.text === '计划开始'));
  const start = table[header]?.findIndex((c) => c.text === '计划开始') ?? -1;
  const due = table[header]?.findIndex((c) => c.text === '计划截止') ?? -1;
  const tasks = [];
  // The task table ends at its first empty row (whatever summaries lie below it).
  for (let r = header + 1; r < table.length && table[r]?.some((c) => c.text); r++) {
    const from = table[r]?.[start]?.text.slice(0, 10) ?? '';
    const to = table[r]?.[due]?.text.slice(0, 10) ?? '';
    if (DAY.test(from) && DAY.test(to)) tasks.push({ row: r, from, to });
  }
  return tasks;
}

/** Where each task's planned bar must be: its row, from its start's day to its due's day. */
function plannedBars(
  tasks: readonly { row: number; from: string; to: string }[],
  dates: ReadonlyMap<number, string>,
): string[] {
  return tasks.flatMap(({ row, from, to }) =>
    [...dates].flatMap(([c, day]) => (day >= from && day <= to ? [`${row},${c}`] : [])),
  );
}

/** The cells below the day row shown with one of the Gantt's bar colours (the legend above shows them too). */
const barCells = (table: ShownCell[][]) => {
  const below = dayRun(table).row;
  return table.flatMap((line, r) =>
    r <= below
      ? []
      : line.flatMap((cell, c) => (BAR_COLOURS.has(cell.background) ? [`${r},${c}`] : [])),
  );
};

/**
 * Scrolls the page to its top and the preview across to the task column (工作事项): the task
 * names beside the planned dates and the Gantt's first weeks, in the room the pane leaves.
 */
async function showFirstScreen(page: Page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByTestId('preview').evaluate((section) => {
    const task = [...section.querySelectorAll('td')].find((td) => td.textContent === '工作事项');
    const left = task
      ? task.getBoundingClientRect().left - section.getBoundingClientRect().left
      : 0;
    section.scrollLeft += Math.max(0, left - 40);
  });
}

describe('the Gantt in the preview (production build in Chromium)', () => {
  const { browser, server } = chromiumSession();

  it('draws each task’s bar over the days its planned dates span, as the rules would in Excel, and takes it away on undo', async () => {
    const page = await offlinePage(browser(), { width: 1400, height: 900 });
    const problems = watch(page);
    await page.goto(`${server().url}/taskpane.html?view=timeline`);
    await page.getByTestId('timeline-view').waitFor();
    expect(barCells(await readTable(page))).toEqual([]);
    await fillSampleMilestones(page);
    await page.getByTestId('generate').click();
    await page.getByTestId('timeline-done').waitFor();
    const preview = page.getByTestId('preview');
    await preview.locator('td', { hasText: '计划截止' }).waitFor();
    const table = await readTable(page);
    const tasks = plannedDays(table);
    const gantt = ganttDays(table, tasks.map((t) => t.from).sort()[0] ?? '');
    // The dates worked out for the columns are the ones the sheet shows, day by day.
    expect([...gantt.dates.keys()].map((c) => table[gantt.row]?.[c]?.text)).toEqual(
      [...gantt.dates.values()].map((d) => String(Number(d.slice(8)))),
    );
    const expected = plannedBars(tasks, gantt.dates);
    expect(expected.length).toBeGreaterThan(25);
    expect(barCells(table)).toEqual(expected);
    await showFirstScreen(page);
    await page.screenshot({ path: path.join(RESULTS, 'preview-gantt.png') });
    if (process.env.UPDATE_DOCS_IMAGES) await page.screenshot({ path: GUIDE_IMAGE });
    await page.getByTestId('restore').click();
    await preview.locator('td', { hasText: '计划截止' }).waitFor({ state: 'detached' });
    expect(barCells(await readTable(page))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
