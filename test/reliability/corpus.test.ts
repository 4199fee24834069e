import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { cellAddress, contains, type RangeBox } from '../../src/core/a1';
import { fillMessage, type Issue } from '../../src/core/issues';
import { MESSAGES, type IssueCode } from '../../src/core/issues/messages';
import type { WorkbookPlan } from '../../src/core/plan';
import { prepareCommand } from '../../src/app/prepareCommand';
import { main } from '../../src/cli/main';
import { HostError } from '../../src/hosts/errors';
import type { CellStore } from '../../src/hosts/_lib/syncApply';
import type { WorkbookHost } from '../../src/hosts/types';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { BAD_CASES, type BadCase } from '../fixtures/bad/cases';
import { makeHost, writeXlsxFixture } from '../support/hosts';

jest.setTimeout(120_000);

interface Outcome {
  readonly exit: 0 | 1;
  readonly codes: readonly string[];
  readonly issues: readonly Issue[];
  readonly plan: WorkbookPlan | null;
}

/** A command as the CLI and the task pane run it, on any host: prepare, then apply unless blocked. */
async function run(host: WorkbookHost, c: BadCase): Promise<Outcome> {
  try {
    const { plan, issues } = await prepareCommand(host, c.command, c.args);
    if (plan) await host.apply(plan);
    return { exit: plan ? 0 : 1, codes: issues.map((i) => i.code), issues, plan };
  } catch (e) {
    if (e instanceof HostError) return { exit: 1, codes: [e.code], issues: [], plan: null };
    throw e;
  }
}

type Cells = Map<string, Map<string, string>>;

/** Every cell of every sheet: value, formula and number format, keyed by sheet and `row,col`. */
function cellsOf(store: CellStore): Cells {
  const out: Cells = new Map();
  for (const sheet of store.sheetNames()) {
    const g = store.readGrid(sheet);
    const box = {
      row: 0,
      col: 0,
      rows: g.origin.row + g.values.length,
      cols: g.origin.col + Math.max(0, ...g.values.map((r) => r.length)),
    };
    const read =
      box.rows && box.cols
        ? store.readCells(sheet, box)
        : { values: [], formulas: [], numberFormats: [] };
    const cells = new Map<string, string>();
    read.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const f = read.formulas[r]?.[c] ?? null;
        const fmt = read.numberFormats[r]?.[c] ?? 'General';
        if (v !== null || f || fmt !== 'General')
          cells.set(`${r},${c}`, JSON.stringify([v, f, fmt]));
      }),
    );
    out.set(sheet, cells);
  }
  return out;
}

/**
 * The cells that changed outside what the add-in may write: its owned regions, and team cells
 * whose text it turned into a number (each listed as NUMBER_CONVERTED and undoable).
 */
function changedOutsideOwn(before: Cells, after: Cells, outcome: Outcome): string[] {
  const owned = new Map<string, RangeBox[]>();
  for (const sp of outcome.plan?.sheets ?? [])
    owned.set(sp.sheet, [...(owned.get(sp.sheet) ?? []), ...sp.owned]);
  const converted = new Set(
    outcome.issues
      .filter((i) => i.code === 'NUMBER_CONVERTED' || i.code === 'DATE_CONVERTED')
      .map((i) => `${i.cell!.sheet}!${i.cell!.address}`),
  );
  const out: string[] = [];
  for (const [sheet, cells] of before) {
    const now = after.get(sheet) ?? new Map<string, string>();
    for (const key of new Set([...cells.keys(), ...now.keys()])) {
      if (cells.get(key) === now.get(key)) continue;
      const [row, col] = key.split(',').map(Number) as [number, number];
      const at = { row, col, rows: 1, cols: 1 };
      if ((owned.get(sheet) ?? []).some((b) => contains(b, at))) continue;
      const address = cellAddress(at);
      if (converted.has(`${sheet}!${address}`)) continue;
      out.push(`${sheet}!${address} ${cells.get(key) ?? '∅'} → ${now.get(key) ?? '∅'}`);
    }
  }
  return out;
}

/** Each expected code has both languages, and each issue reads with every parameter filled. */
function expectReadable(c: BadCase, o: Outcome) {
  for (const code of c.expect.codes) {
    // Chinese in the one, English words in the other (Chinese sheet words may appear in both).
    expect(MESSAGES[code]['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(MESSAGES[code]['en-US']).toMatch(/\b[A-Za-z]{3,}\b.*\b[A-Za-z]{3,}\b.*\b[A-Za-z]{3,}\b/);
    expect(MESSAGES[code]['en-US']).not.toBe(MESSAGES[code]['zh-CN']);
  }
  for (const i of o.issues) {
    for (const locale of ['zh-CN', 'en-US'] as const)
      expect([i.code, fillMessage(i.code, locale, i.params)]).toEqual([
        i.code,
        expect.not.stringMatching(/\{\w+\}/),
      ]);
  }
}

const workbookCases = BAD_CASES.filter((c) => c.sheets);

describe.each(['memory', 'office'] as const)('the bad-input corpus on the %s host', (kind) => {
  it.each(workbookCases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const h = await makeHost(kind, { sheets: c.sheets!, ...(c.merges && { merges: c.merges }) });
    const store = (kind === 'memory' ? h.host : h.fake!.store) as unknown as CellStore;
    const before = cellsOf(store);
    const o = await run(h.host, c);
    expect({ exit: o.exit, codes: c.expect.codes.filter((x) => !o.codes.includes(x)) }).toEqual({
      exit: c.expect.exit,
      codes: [],
    });
    expectReadable(c, o);
    expect(changedOutsideOwn(before, cellsOf(store), o)).toEqual([]);
    if (o.exit === 1) expect(cellsOf(store)).toEqual(before);
  });
});

describe('the bad-input corpus through the CLI on .xlsx files', () => {
  /** The case's file as a team would send it: typed in, then what only Excel files can hold. */
  async function fileOf(c: BadCase): Promise<string> {
    if (c.file) {
      const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-bad-')), c.file.name);
      await fs.writeFile(file, c.file.bytes);
      return file;
    }
    const file = await writeXlsxFixture(
      { sheets: c.sheets!, ...(c.merges && { merges: c.merges }) },
      `${c.id}.xlsx`,
    );
    if (c.xlsx) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      c.xlsx(wb);
      await wb.xlsx.writeFile(file);
    }
    return file;
  }

  it.each(BAD_CASES.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const input = await fileOf(c);
    const output = path.join(path.dirname(input), 'out.xlsx');
    const args = [
      c.command,
      input,
      '-o',
      output,
      ...(c.args?.sheet ? ['--sheet', c.args.sheet] : []),
      ...(c.args?.anchors ?? []).flatMap((a) => ['--anchor', a]),
    ];
    const said: string[] = [];
    const code = await main(args, {}, { out: (l) => said.push(l), err: (l) => said.push(l) });
    expect(code).toBe(c.expect.exit);
    const text = said.join('\n');
    expect(text).not.toMatch(/\n\s+at /);
    for (const x of c.expect.codes)
      expect([x, text]).toEqual([x, expect.stringMatching(messagePattern(x))]);
    if (code === 1) {
      await expect(fs.access(output)).rejects.toThrow();
      return;
    }
    const host = await XlsxHost.open(input);
    const o = await run(host, c);
    const after = cellsOf(await XlsxHost.open(output));
    expect(changedOutsideOwn(cellsOf(await XlsxHost.open(input)), after, o)).toEqual([]);
  });
});

/** A message template as a pattern: its fixed words in order, anything where a parameter goes. */
function messagePattern(code: IssueCode): RegExp {
  const parts = MESSAGES[code]['zh-CN']
    .split(/\{\w+\}/)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('[\\s\\S]*?'));
}
