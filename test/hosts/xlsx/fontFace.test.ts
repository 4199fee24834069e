import { promises as fs } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { prepareCommand } from '../../../src/app/prepareCommand';
import type { CommandName } from '../../../src/app/types';
import {
  SAMPLE_MILESTONES,
  SAMPLE_SHEET,
  sampleWorkbook,
} from '../../../src/core/sample/sampleWorkbook';
import { generateTimeline } from '../../../src/core/timeline/generateTimeline';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { CORPUS, corpusPath } from '../../corpus/manifest';

interface Face {
  readonly xml: string;
  readonly name: string | undefined;
  readonly sz: string | undefined;
  readonly order: string[];
}

/** The fonts of a package's styles part, each with its name, size and children's order. */
function fontsOf(bytes: Uint8Array): Face[] {
  const xml = strFromU8(unzipSync(bytes)['xl/styles.xml']!);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const fonts = doc.getElementsByTagName('fonts')[0]!;
  const out: Face[] = [];
  for (let n = fonts.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const font = n as unknown as Element;
    const val = (tag: string) =>
      font.getElementsByTagName(tag)[0]?.getAttribute('val') ?? undefined;
    const order: string[] = [];
    for (let c = font.firstChild; c; c = c.nextSibling)
      if (c.nodeType === 1) order.push((c as Element).localName ?? '');
    out.push({
      xml: new XMLSerializer().serializeToString(font),
      name: val('name'),
      sz: val('sz'),
      order,
    });
  }
  return out;
}

/** Excel's order of a font's children (CT_Font allows any; Excel writes this one). */
const EXCEL_ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];
const inExcelOrder = (order: string[]) =>
  order.every((c, i) => i === 0 || EXCEL_ORDER.indexOf(order[i - 1]!) <= EXCEL_ORDER.indexOf(c));

/** The fonts a run appended to a workbook's styles. */
async function addedFonts(host: XlsxHost, run: (h: XlsxHost) => Promise<void>) {
  const before = fontsOf(host.bytes());
  await run(host);
  const after = fontsOf(host.bytes());
  return { defaultFont: before[0]!, added: after.slice(before.length) };
}

const command = (name: CommandName) => async (host: XlsxHost) => {
  const { plan } = await prepareCommand(host, name, name === 'budget' ? { create: true } : {});
  if (plan) await host.apply(plan);
};

describe('fonts the xlsx writer adds carry the workbook default typeface and size', () => {
  const openpyxl = CORPUS.filter((c) => c.writer.startsWith('openpyxl'));

  it.each(
    openpyxl.flatMap((c) =>
      (['timeline', 'budget', 'roi'] as const).map((n) => [c.file, n] as const),
    ),
  )('on %s written by openpyxl, after %s', async (file, name) => {
    const host = XlsxHost.fromBytes(await fs.readFile(corpusPath(file)));
    const { defaultFont, added } = await addedFonts(host, command(name));
    // openpyxl's default is Calibri 11 and its bold fonts are a bare <b val="1"/>.
    expect([defaultFont.name, defaultFont.sz]).toEqual(['Calibri', '11']);
    expect(added.length).toBeGreaterThan(0);
    for (const f of added) {
      expect([f.xml, f.name]).toEqual([f.xml, 'Calibri']);
      // A bold title of the team's at 14 pt keeps its size; everything else is 11.
      expect(['11', '14']).toContain(f.sz);
      expect(inExcelOrder(f.order)).toBe(true);
    }
    expect(added.some((f) => f.sz === '11' && f.order.includes('b'))).toBe(true);
  });

  it.each(CORPUS.filter((c) => !c.writer.startsWith('openpyxl')).map((c) => [c.file]))(
    'on %s written by LibreOffice, every added font is named and sized',
    async (file) => {
      const host = XlsxHost.fromBytes(await fs.readFile(corpusPath(file)));
      const { added } = await addedFonts(host, command('timeline'));
      for (const f of added) {
        expect(f.name).toBeDefined();
        expect(f.sz).toBeDefined();
        expect(inExcelOrder(f.order)).toBe(true);
      }
    },
  );

  it('on a new workbook (the demo), as 等线 11 with its family and charset', async () => {
    const host = XlsxHost.create();
    for (const sp of sampleWorkbook()) host.writeSheetPlan(sp);
    const { defaultFont, added } = await addedFonts(host, async (h) => {
      await h.apply(
        generateTimeline(h.readGrid(SAMPLE_SHEET), { anchors: SAMPLE_MILESTONES })!.plan!,
      );
    });
    expect(defaultFont.xml).toContain('<name val="等线"/>');
    const all = fontsOf(host.bytes());
    expect(all.length).toBeGreaterThan(1);
    for (const f of [...all, ...added]) {
      expect([f.name, f.sz]).toEqual(['等线', '11']);
      expect(f.xml).toContain('<family val="2"/><charset val="134"/>');
    }
  });
});
