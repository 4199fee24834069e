import { strToU8, zipSync } from 'fflate';
import { REL_NS, RELS_NS, SML, TYPES_NS } from './xml';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/**
 * The smallest workbook Excel opens without complaint: no sheet yet (the writer adds them), a
 * styles part with Excel's defaults (one font, the two fills Excel reserves, one border, one
 * cell format). The font is 等线 11, Excel's default for Chinese, so text is never shown in a
 * reader's fallback serif.
 */
export function emptyPackage(): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `<Types xmlns="${TYPES_NS}">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${SHEET_TYPE}.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${SHEET_TYPE}.styles+xml"/>` +
      '</Types>',
    '_rels/.rels':
      `<Relationships xmlns="${RELS_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      '</Relationships>',
    'xl/workbook.xml':
      `<workbook xmlns="${SML}" xmlns:r="${REL_NS}">` +
      '<bookViews><workbookView/></bookViews><sheets/><calcPr calcId="191029"/></workbook>',
    'xl/_rels/workbook.xml.rels':
      `<Relationships xmlns="${RELS_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/>` +
      '</Relationships>',
    'xl/styles.xml':
      `<styleSheet xmlns="${SML}">` +
      '<fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/></styleSheet>',
  };
  const declared = (xml: string) =>
    strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, declared(v)])));
}
