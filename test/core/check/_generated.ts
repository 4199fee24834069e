import { generateTimeline } from '../../../src/core/timeline/generateTimeline';
import type { Grid } from '../../../src/core/grid';
import {
  SAMPLE_MILESTONES,
  SAMPLE_SHEET,
  sampleWorkbook,
} from '../../../src/core/sample/sampleWorkbook';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';

/** The sample 推进表 after a timeline run, in a memory host, and its milestone block's cells. */
export async function generatedSample(): Promise<{ host: MemoryHost; grid: Grid }> {
  const host = new MemoryHost();
  for (const sp of sampleWorkbook()) host.writeSheetPlan(sp);
  const t = generateTimeline(host.readGrid(SAMPLE_SHEET), { anchors: SAMPLE_MILESTONES });
  await host.apply(t!.plan!);
  return { host, grid: host.readGrid(SAMPLE_SHEET) };
}

/** The value cell right of a milestone's label in the block (found below the 里程碑 marker). */
export function milestoneCell(grid: Grid, name: string): { row: number; col: number } {
  const rows = grid.values.map((r, i) => ({ r, i }));
  const marker = rows.findIndex(({ r }) => r.includes('里程碑'));
  const hit = rows.slice(marker).find(({ r }) => r.includes(name))!;
  return { row: grid.origin.row + hit.i, col: grid.origin.col + hit.r.indexOf(name) + 1 };
}
