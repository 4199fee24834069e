import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import {
  heightPerPoint,
  pdfTexts,
  REFERENCE,
  wordsOf,
  writeReference,
  type PdfPage,
} from '../support/pdfText';

jest.setTimeout(240_000);
const quiet = { out: () => undefined, err: () => undefined };

/**
 * Issue 17's Done-when for paper: `tuijin demo`'s 推进表 printed to PDF by LibreOffice reads —
 * A4 landscape, the task column and header on every page, the Gantt split by weeks rather than
 * shrunk, no text under 8 pt, and no page of the helper sheets.
 */
describe('the demo’s 推进表 printed by LibreOffice', () => {
  let pages: PdfPage[];
  let perPoint: number;
  beforeAll(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'demo-paper-'));
    expect(await main(['demo', '-o', dir], {}, quiet)).toBe(0);
    const [printed, reference] = await pdfTexts([
      path.join(dir, '推进表助手-示例.xlsx'),
      await writeReference(dir),
    ]);
    pages = printed!;
    perPoint = heightPerPoint(reference!, REFERENCE.word, REFERENCE.size);
  });
  // The 推进表's pages: its task header repeats on every one of them.
  const planPages = () => pages.filter((p) => wordsOf(p, '工作事项').length > 0);

  it('prints on A4 landscape, several pages rather than one shrunk', () => {
    expect(planPages().length).toBeGreaterThan(2);
    for (const p of planPages())
      expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
  });

  it('repeats the header and the task column on every page: each page names its tasks', () => {
    for (const p of planPages())
      expect(
        ['序号', '选款测款，预估活动费用与利润', '排定明年大促档期'].map(
          (t) => wordsOf(p, t).length,
        ),
      ).toEqual([1, 1, 1]);
  });

  it('splits the Gantt by weeks: no page holds more than two weeks of days', () => {
    const dayRowOf = (p: PdfPage) => {
      const head = wordsOf(p, '序号')[0]!;
      return p.words.filter((w) => Math.abs(w.yMin - head.yMin) < 2 && /^\d{1,2}$/.test(w.text));
    };
    const days = planPages().map((p) => dayRowOf(p).length);
    expect(days.filter((n) => n > 0).length).toBeGreaterThan(1);
    for (const n of days) expect(n).toBeLessThanOrEqual(14);
  });

  it('prints no text under 8 pt', () => {
    const floor = 8 * perPoint * 0.95; // 5 %: rounding of the boxes poppler reports
    const small = pages.flatMap((p) => p.words.filter((w) => w.height < floor));
    expect(small.map((w) => w.text)).toEqual([]);
  });

  it('prints no page of the helper sheets (工作日历, the backup), and the summary on a page of its own', () => {
    const words = pages.flatMap((p) => p.words.map((w) => w.text));
    expect(words.filter((w) => /累计工作日|tuijin_backup/.test(w))).toEqual([]);
    expect(pages.filter((p) => wordsOf(p, '按阶段').length > 0)).toHaveLength(1);
  });
});
