import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { promisify } from 'node:util';
import * as path from 'node:path';
import { block, sheetPlan, text } from '../../src/core/plan';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { convertWithLibreOffice, recalcAllWithLibreOffice } from './libreoffice';

const run = promisify(execFile);

/** One word as poppler placed it on a page, in points from the page's top-left corner. */
export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  /**
   * yMax − yMin: the font's ascent plus descent at the size the word was printed, so a
   * constant times that size for one typeface (about 1.3 for LibreOffice's fallback fonts).
   */
  readonly height: number;
}

/** One printed page: its size in points (A4 landscape is 842 × 595) and its words. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

const PAGE = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
const WORD =
  /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

/** The XML escapes poppler writes in a word's text. */
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The pages of `pdftotext -bbox` output (poppler-utils): an XHTML page of
 * `<page width height><word xMin yMin xMax yMax>` elements, in points.
 */
export function parseBbox(xhtml: string): PdfPage[] {
  return [...xhtml.matchAll(PAGE)].map(([, width, height, body]) => ({
    width: Number(width),
    height: Number(height),
    words: [...(body ?? '').matchAll(WORD)].map(([, x0, y0, x1, y1, text]) => ({
      text: unescape(text ?? ''),
      xMin: Number(x0),
      yMin: Number(y0),
      xMax: Number(x1),
      yMax: Number(y1),
      height: Number(y1) - Number(y0),
    })),
  }));
}

/** The words of a PDF, page by page, as `pdftotext -bbox` measures them. */
export async function pdfPages(pdf: string): Promise<PdfPage[]> {
  const out = `${pdf}.bbox.html`;
  await run('pdftotext', ['-bbox', pdf, out]);
  return parseBbox(await fs.readFile(out, 'utf8'));
}

/**
 * A workbook printed by headless LibreOffice, as pages of measured words: the file is checked
 * against the schemas first (convertWithLibreOffice), and printed as LibreOffice prints the whole
 * workbook, every visible sheet in tab order, hidden sheets left out.
 * @example (await pdfText('out.xlsx')).length // the page count
 */
export async function pdfText(xlsx: string): Promise<PdfPage[]> {
  return pdfPages(await convertWithLibreOffice(xlsx, 'pdf'));
}

/** Several workbooks printed by one LibreOffice run (base names must differ), in order. */
export async function pdfTexts(files: readonly string[]): Promise<PdfPage[][]> {
  const pdfs = await recalcAllWithLibreOffice(files, 'pdf');
  return Promise.all(pdfs.map(pdfPages));
}

/** The words of a page with exactly this text. */
export const wordsOf = (page: PdfPage, text: string): PdfWord[] =>
  page.words.filter((w) => w.text === text);

/**
 * Points of word height per point of type, measured on the first word `text` printed at a known
 * `size` (at 100 %): a font's ascent plus descent differ between typefaces, so a test measures
 * the typeface its PDF uses rather than assuming one.
 */
export function heightPerPoint(pages: readonly PdfPage[], text: string, size: number): number {
  const word = pages.flatMap((p) => wordsOf(p, text))[0];
  if (!word) throw new Error(`the PDF has no word “${text}” to measure`);
  return word.height / size;
}

/** The word the reference workbook prints, and the size it prints at. */
export const REFERENCE = { word: '参照Ref', size: 11 } as const;

/**
 * Writes `reference.xlsx` into `dir`: one word in the workbook's default font at 11 pt, 100 %, to
 * measure the height 11 pt prints at (`heightPerPoint`). Returns its path.
 */
export async function writeReference(dir: string): Promise<string> {
  const ref = XlsxHost.create();
  ref.writeSheetPlan({
    ...sheetPlan('参照', true),
    blocks: [block({ row: 0, col: 0 }, [[text(REFERENCE.word)]])],
  });
  const file = path.join(dir, 'reference.xlsx');
  await ref.save(file);
  return file;
}
