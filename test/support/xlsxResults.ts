import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import type { CellValue } from '../../src/core/grid';

/** What an engine computed: per sheet name, per A1 address ("H4"), the value it saved. */
export type SheetResults = Map<string, Map<string, CellValue>>;

type Node = Record<string, unknown>;
type Parts = Record<string, Uint8Array>;

// Tag values stay strings (a number is parsed by its cell type, an error code or "TRUE" must not
// turn into something else), and spaces stay: a text result "  x" is not "x".
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ['sheet', 'Relationship', 'row', 'c', 'si', 'r'].includes(name),
});

const parse = (files: Parts, name: string): Node =>
  parser.parse(files[name] ? Buffer.from(files[name]).toString('utf8') : '') as Node;

const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);

/** The text of an element that may carry attributes (`<t xml:space="preserve">`). */
function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && '#text' in v) return String((v as Node)['#text']);
  return '';
}

/** A shared or inline string: its plain text, or the runs of rich text joined. */
const stringItem = (si: Node): string =>
  si.t !== undefined
    ? textOf(si.t)
    : list(si.r)
        .map((run) => textOf(run.t))
        .join('');

/** A cell's saved value read by its declared type, as Excel reads it. */
function cellValue(c: Node, shared: string[]): CellValue {
  const v = c.v === undefined ? undefined : textOf(c.v);
  switch (c['@t']) {
    case 's':
      return v === undefined ? null : (shared[Number(v)] ?? null);
    case 'str':
      return v ?? '';
    case 'inlineStr':
      return stringItem((c.is ?? {}) as Node);
    case 'b':
      return v === undefined ? null : v === '1' || v === 'true';
    case 'e':
      return v === undefined ? null : { error: v };
    default:
      return v === undefined || v === '' ? null : Number(v);
  }
}

/** Where each sheet's part is, by sheet name, from the workbook and its relationships. */
function sheetParts(files: Parts): [string, string][] {
  const xml = (name: string) => parse(files, name);
  const rels = list(((xml('xl/_rels/workbook.xml.rels').Relationships ?? {}) as Node).Relationship);
  const target = new Map(rels.map((r) => [String(r['@Id']), String(r['@Target'])]));
  const sheets = list(((xml('xl/workbook.xml').workbook as Node).sheets as Node).sheet);
  return sheets.map((s) => {
    const t = target.get(String(s['@r:id'])) ?? '';
    return [String(s['@name']), t.startsWith('/') ? t.slice(1) : path.posix.join('xl', t)];
  });
}

/**
 * The value every cell of an .xlsx was saved with (for a formula, its cached result), typed as
 * the file declares it: numbers at full precision, text exact (an empty text result stays ""),
 * booleans, errors by code. Dates are serials, untouched by any time zone.
 *
 * Read from the XML rather than through ExcelJS (the xlsx host), which reads a formula's `t="s"`
 * result (Gnumeric's empty text) as the number 0, LibreOffice's empty `t="str"` result as no
 * value, and dates as JS Dates rounded to the millisecond.
 */
export async function readSavedValues(file: string): Promise<SheetResults> {
  const files = unzipSync(new Uint8Array(await fs.readFile(file)));
  const sst = parse(files, 'xl/sharedStrings.xml');
  const shared = list((sst.sst as Node | undefined)?.si).map(stringItem);
  const out: SheetResults = new Map();
  for (const [name, part] of sheetParts(files)) {
    const doc = parse(files, part);
    const data = ((doc.worksheet as Node | undefined)?.sheetData ?? {}) as Node;
    const cells = new Map<string, CellValue>();
    for (const row of list(data.row))
      for (const c of list(row.c)) {
        // Both engines address every cell; a cell placed by position alone would be misread.
        if (typeof c['@r'] !== 'string') throw new Error(`${file}: a cell of ${name} has no r`);
        cells.set(c['@r'], cellValue(c, shared));
      }
    out.set(name, cells);
  }
  return out;
}
