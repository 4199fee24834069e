import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { parseCell, type RangeBox } from '../../src/core/a1';
import { MemoryHost, type RawCell } from '../../src/hosts/memory/MemoryHost';
import { OfficeHost } from '../../src/hosts/office/OfficeHost';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { block, sheetPlan, text } from '../../src/core/plan';
import { snapshotCell } from '../../src/core/plan/backup';
import type { WorkbookHost } from '../../src/hosts/types';
import { FakeExcel, type FakeOptions } from './fakeExcel';

/** A host under test, and a way to see the workbook as a fresh reader would (reopened file). */
export interface HostUnderTest {
  readonly host: WorkbookHost;
  reopen(): Promise<WorkbookHost>;
  readonly fake?: FakeExcel;
}

type Seed = { sheets: Record<string, RawCell[][]>; merges?: Record<string, RangeBox[]> };

export const hostKinds = ['memory', 'xlsx', 'office'] as const;
export type HostKind = (typeof hostKinds)[number];

/**
 * Writes a typed-in workbook (strings starting with = are formulas, a leading ' marks text) to
 * an .xlsx file in a fresh temporary folder, merges included, and returns its path.
 */
export async function writeXlsxFixture(seed: Seed, name: string): Promise<string> {
  const memory = MemoryHost.fromSheets(seed.sheets, seed.merges);
  const out = XlsxHost.create();
  for (const sheet of memory.sheetNames()) {
    const grid = memory.readGrid(sheet);
    out.writeSheetPlan({
      ...sheetPlan(sheet, true),
      blocks: grid.values.length
        ? [
            block(
              { row: 0, col: 0 },
              grid.values.map((r, i) =>
                r.map((v, j) => snapshotCell(v, grid.formulas[i]?.[j] ?? null)),
              ),
            ),
          ]
        : [],
      merges: seed.merges?.[sheet] ?? [],
    });
    // Saved as Excel saves it: the host gives each formula its computed result as cached value.
  }
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-')), name);
  await out.save(file);
  return file;
}

/** Builds each host kind over the same typed-in workbook. */
export async function makeHost(
  kind: HostKind,
  seed: Seed,
  fakeOptions: FakeOptions = {},
): Promise<HostUnderTest> {
  const memory = MemoryHost.fromSheets(seed.sheets, seed.merges);
  if (kind === 'memory') return { host: memory, reopen: async () => memory };
  if (kind === 'office') {
    const fake = new FakeExcel(memory, { mergedAreasApi: true, fillTintApi: true, ...fakeOptions });
    const host = new OfficeHost(fake.run, () => true);
    return { host, fake, reopen: async () => host };
  }
  // xlsx: write the typed workbook to a real file and open it, as the CLI would.
  const file = await writeXlsxFixture(seed, 'book.xlsx');
  let host = await XlsxHost.open(file);
  return {
    host,
    reopen: async () => {
      await host.save(file);
      host = await XlsxHost.open(file);
      return host;
    },
  };
}

/**
 * Types a text into a cell behind the host's back, as someone with another program (or VBA)
 * would: the host under test only sees it when it next reads the sheet.
 */
export function editCell(t: HostUnderTest, sheet: string, address: string, value: string): void {
  const { row, col } = parseCell(address);
  const memory = t.fake?.store ?? (t.host instanceof MemoryHost ? t.host : null);
  if (memory) {
    const id = memory.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet} to edit`);
    memory.hf.setCellContents({ sheet: id, row, col }, [[value]]);
  } else if (t.host instanceof XlsxHost) {
    if (!t.host.sheetNames().includes(sheet)) throw new Error(`no sheet ${sheet} to edit`);
    // The host's own cell write, with no backup: as the text typed into the file elsewhere.
    t.host.writeSheetPlan({ ...sheetPlan(sheet), blocks: [block({ row, col }, [[text(value)]])] });
  }
}
