import { prepareTargets } from '../../../src/app/targets';
import { toSerial } from '../../../src/core/calendar/serial';
import {
  SAMPLE_MILESTONES,
  SAMPLE_SHEET,
  sampleWorkbook,
} from '../../../src/core/sample/sampleWorkbook';
import { generateTimeline } from '../../../src/core/timeline/generateTimeline';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';

/** The sample 推进表 with its timeline, as `tuijin demo` writes it (开团 2026-12-12 10:00). */
async function sampleBook(): Promise<MemoryHost> {
  const host = MemoryHost.fromSheets({});
  await host.apply({ sheets: sampleWorkbook(), deleteSheets: [] });
  const timeline = generateTimeline(host.readGrid(SAMPLE_SHEET), { anchors: SAMPLE_MILESTONES });
  await host.apply(timeline!.plan!);
  return host;
}

/** The computed 爆发日 input and the 爆发 phase's start on the 目标 sheet. */
function burst(host: MemoryHost) {
  const g = host.readGrid('目标');
  const input = g.values.find((r) => r[0] === '爆发日')?.[1];
  const phase = g.values.find((r) => r[0] === '爆发')?.[3];
  return { input, phase };
}

describe('爆发日 from the 推进表', () => {
  it('links 爆发日 to the 开团 milestone, so moving 开团 moves the phase dates', async () => {
    const host = await sampleBook();
    const prepared = await prepareTargets(host, {});
    await host.apply(prepared.result!.plan);
    const day = toSerial({ year: 2026, month: 12, day: 12 });
    expect(burst(host)).toEqual({ input: day, phase: day });
    expect(prepared.result!.values.inputs.burstDay.note).toContain('开团');
    // Find 开团's value cell by its label and move it two days on.
    const g = host.readGrid(SAMPLE_SHEET);
    const row = g.values.findIndex((r) => r.includes('开团'));
    const col = g.values[row]!.indexOf('开团') + 1;
    const sheet = host.hf.getSheetId(SAMPLE_SHEET)!;
    host.hf.setCellContents({ sheet, row, col }, [
      [toSerial({ year: 2026, month: 12, day: 14, hour: 10 })],
    ]);
    expect(burst(host).phase).toBe(day + 2);
  });

  it('keeps a date the team typed over the link on a re-run', async () => {
    const host = await sampleBook();
    await host.apply((await prepareTargets(host, {})).result!.plan);
    const g = host.readGrid('目标');
    const row = g.values.findIndex((r) => r[0] === '爆发日');
    const typed = toSerial({ year: 2026, month: 12, day: 20 });
    host.hf.setCellContents({ sheet: host.hf.getSheetId('目标')!, row, col: 1 }, [[typed]]);
    await host.apply((await prepareTargets(host, {})).result!.plan);
    expect(burst(host)).toEqual({ input: typed, phase: typed });
  });
});
