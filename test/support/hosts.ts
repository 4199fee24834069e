import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import type { RangeBox } from '../../src/core/a1';
import { MemoryHost, type RawCell } from '../../src/hosts/memory/MemoryHost';
import { OfficeHost } from '../../src/hosts/office/OfficeHost';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
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

/** Builds each host kind over the same typed-in workbook. */
export async function makeHost(kind: HostKind, seed: Seed, fakeOptions: FakeOptions = {}): Promise<HostUnderTest> {
  const memory = MemoryHost.fromSheets(seed.sheets, seed.merges);
  if (kind === 'memory') return { host: memory, reopen: async () => memory };
  if (kind === 'office') {
    const fake = new FakeExcel(memory, { mergedAreasApi: true, ...fakeOptions });
    const host = new OfficeHost(fake.run, () => true);
    return { host, fake, reopen: async () => host };
  }
  // xlsx: write the typed workbook to a real file and open it, as the CLI would.
  const seedHost = XlsxHost.create();
  for (const name of memory.sheetNames()) {
    const grid = memory.readGrid(name);
    seedHost.writeSheetPlan({
      sheet: name,
      createIfMissing: true,
      clearFormats: [],
      blocks: grid.values.length
        ? [{ at: { row: 0, col: 0 }, cells: grid.values.map((r, i) => r.map((v, j) => {
            const f = grid.formulas[i]?.[j];
            if (f) return { kind: 'formula' as const, formula: f };
            if (typeof v === 'number') return { kind: 'number' as const, value: v };
            if (typeof v === 'string') return { kind: 'text' as const, value: v };
            if (typeof v === 'boolean') return { kind: 'boolean' as const, value: v };
            return { kind: 'blank' as const };
          })) }]
        : [],
      numberFormats: [], styles: [], conditionalFormats: [], validations: [], columnWidths: [], owned: [],
    });
    for (const m of seed.merges?.[name] ?? []) {
      seedHost.workbook.getWorksheet(name)!.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
    }
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-'));
  const file = path.join(dir, 'book.xlsx');
  await seedHost.save(file);
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
