import type { Paper } from './types';

/**
 * Every paper a print setup can name, in the order of their codes in the file:
 * `<pageSetup paperSize="9">` is the 9th, A4. ECMA-376 Part 1's pageSetup element lists codes
 * 1–41 in this order, which is the order of Excel's XlPaperSize constants 1–41 that
 * `Excel.PaperType` (ExcelApi 1.9) names (https://learn.microsoft.com/javascript/api/excel/excel.papertype).
 * Codes above 41 (A2, the extra and rotated sizes) have no office-js name.
 * @example PAPERS.indexOf('a4') + 1 // 9
 */
export const PAPERS: readonly Paper[] = [
  'letter', 'letterSmall', 'tabloid', 'ledger', 'legal', 'statement', 'executive', 'a3', 'a4',
  'a4Small', 'a5', 'b4', 'b5', 'folio', 'quatro', 'paper10x14', 'paper11x17', 'note',
  'envelope9', 'envelope10', 'envelope11', 'envelope12', 'envelope14', 'csheet', 'dsheet',
  'esheet', 'envelopeDL', 'envelopeC5', 'envelopeC3', 'envelopeC4', 'envelopeC6', 'envelopeC65',
  'envelopeB4', 'envelopeB5', 'envelopeB6', 'envelopeItaly', 'envelopeMonarch',
  'envelopePersonal', 'fanfoldUS', 'fanfoldStdGerman', 'fanfoldLegalGerman',
]; // prettier-ignore
