import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { workCalendarPlan } from '../../src/core/calendar/workCalendar';
import { block, sheetPlan, text, type SheetPlan } from '../../src/core/plan';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import {
  heightPerPoint,
  pdfTexts,
  REFERENCE,
  wordsOf,
  writeReference,
  type PdfPage,
} from '../support/pdfText';

jest.setTimeout(240_000);

/**
 * Paper that reads (issue 17, item 2): a plan's print setup written by the xlsx host and printed
 * by LibreOffice is A4 landscape, repeats the key columns and header rows on every page, splits
 * the days across pages at the weeks asked for rather than shrinking them, prints nothing under
 * 8 pt, and leaves the helper sheets (工作日历, the backup) out.
 */

const SHEET = '推进表';
const WEEKS = 8;
const KEY = ['序号', '事项'];
/** The first day column; a page break before each later week's first day. */
const FIRST_DAY = KEY.length;
const BREAKS = Array.from({ length: WEEKS - 1 }, (_, w) => FIRST_DAY + 7 * (w + 1));
const TASKS = 12;

const dayLabel = (d: number) => `D${d + 1}`;

/** A title row, a header row of key columns and days, and tasks with a mark on some days. */
function paperPlan(): SheetPlan {
  const days = Array.from({ length: WEEKS * 7 }, (_, d) => dayLabel(d));
  const rows = [
    [text('聚划算推进表'), ...Array.from({ length: KEY.length + days.length - 1 }, () => text(''))],
    [...KEY, ...days].map(text),
    ...Array.from({ length: TASKS }, (_, i) => [
      text(String(i + 1)),
      text(`任务${i + 1}`),
      ...days.map((_, d) => text(d % 7 === i % 7 ? '■' : '')),
    ]),
  ];
  return {
    ...sheetPlan(SHEET, true),
    blocks: [block({ row: 0, col: 0 }, rows)],
    columnWidths: [
      { col: 0, width: 6 },
      { col: 1, width: 16 },
      ...days.map((_, d) => ({ col: FIRST_DAY + d, width: 5 })),
    ],
    print: {
      landscape: true,
      fitToWidth: false,
      area: { row: 0, col: 0, rows: rows.length, cols: KEY.length + days.length },
      paper: 'a4',
      titleRows: { first: 0, last: 1 },
      titleCols: { first: 0, last: KEY.length - 1 },
      colBreaks: BREAKS,
    },
  };
}

describe('a plan’s paper, printed by LibreOffice', () => {
  let pages: PdfPage[];
  let perPoint: number;
  beforeAll(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'paper-'));
    const host = XlsxHost.create();
    const calendar = workCalendarPlan(2026, 2026);
    // apply, so the backup sheet is written too: neither helper may print.
    await host.apply({ sheets: [paperPlan(), calendar], deleteSheets: [] });
    await host.save(path.join(dir, 'paper.xlsx'));
    const [printed, reference] = await pdfTexts([
      path.join(dir, 'paper.xlsx'),
      await writeReference(dir),
    ]);
    pages = printed!;
    perPoint = heightPerPoint(reference!, REFERENCE.word, REFERENCE.size);
  });

  it('prints one A4 landscape page a week, and no page of the helper sheets', () => {
    expect(pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual(
      Array.from({ length: WEEKS }, () => [842, 595]),
    );
    const words = pages.flatMap((p) => p.words.map((w) => w.text));
    expect(words.filter((w) => /^20\d\d-\d\d-\d\d$|日期|累计工作日|tuijin/.test(w))).toEqual([]);
  });

  it('repeats the title, the header row and the key columns on every page', () => {
    for (const page of pages)
      expect(
        ['聚划算推进表', ...KEY, '任务1', `任务${TASKS}`].map((t) => wordsOf(page, t).length),
      ).toEqual([1, 1, 1, 1, 1]);
  });

  it('breaks the days where asked: each page holds exactly its week', () => {
    const daysOn = (page: PdfPage) => page.words.map((w) => w.text).filter((t) => /^D\d+$/.test(t));
    expect(pages.map(daysOn)).toEqual(
      Array.from({ length: WEEKS }, (_, w) =>
        Array.from({ length: 7 }, (_, d) => dayLabel(w * 7 + d)),
      ),
    );
  });

  it('prints no text under 8 pt', () => {
    const floor = 8 * perPoint * 0.95; // 5 %: rounding of the boxes poppler reports
    const small = pages.flatMap((p) => p.words.filter((w) => w.height < floor));
    expect(small.map((w) => w.text)).toEqual([]);
  });
});
