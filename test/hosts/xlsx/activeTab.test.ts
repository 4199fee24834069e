import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { workCalendarPlan } from '../../../src/core/calendar/workCalendar';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';

/**
 * openpyxl writes `state="visible"` on every visible sheet. A hidden helper sheet added to such a
 * file must not become the active tab: Excel opens on it, and LibreOffice prints the active sheet
 * even when hidden (the whole 工作日历 came out in the 推进表's PDF).
 */
describe('the active tab of an openpyxl workbook after a hidden sheet is added', () => {
  it('stays on a visible sheet', async () => {
    const file = path.resolve(__dirname, '../../corpus/openpyxl-juhuasuan.xlsx');
    const host = await XlsxHost.open(file);
    await host.apply({ sheets: [workCalendarPlan(2026, 2026)], deleteSheets: [] });
    const out = path.join(await fs.mkdtemp('/tmp/active-'), 'out.xlsx');
    await host.save(out);
    const xml = strFromU8(unzipSync(await fs.readFile(out))['xl/workbook.xml']!);
    const active = Number(/activeTab="(\d+)"/.exec(xml)?.[1] ?? 0);
    const states = [...xml.matchAll(/<sheet\b[^>]*>/g)].map(
      ([s]) => /state="(\w+)"/.exec(s)?.[1] ?? 'visible',
    );
    expect(states).toContain('hidden');
    expect(states[active]).toBe('visible');
  });
});
