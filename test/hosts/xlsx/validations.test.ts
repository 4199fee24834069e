import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sheetPlan, type SheetPlan } from '../../../src/core/plan';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { checkXlsx } from '../../support/ooxmlValidate';

/** The sqref of each `<dataValidation>` of the first sheet, in file order. */
const sqrefs = (host: XlsxHost) =>
  [
    ...strFromU8(unzipSync(host.bytes())['xl/worksheets/sheet1.xml']!).matchAll(
      /<dataValidation\b[^>]*sqref="([^"]*)"/g,
    ),
  ].map((m) => m[1]);

describe('data validations written over others (issue 14: H10:H15 and H3:H15 overlapped)', () => {
  it('takes the cells of a list out of the team’s validation, and a re-run adds nothing', async () => {
    const host = XlsxHost.create();
    const H = (from: number, to: number) => ({
      row: from - 1,
      col: 7,
      rows: to - from + 1,
      cols: 1,
    });
    host.writeSheetPlan({
      ...sheetPlan('推进表', true),
      validations: [{ range: H(3, 15), list: ['未开始', '已完成'] }],
    });
    const plan: SheetPlan = {
      ...sheetPlan('推进表'),
      validations: [{ range: H(10, 15), list: ['是', '否'] }],
    };
    host.writeSheetPlan(plan);
    expect(sqrefs(host)).toEqual(['H3:H9', 'H10:H15']);
    host.writeSheetPlan(plan);
    expect(sqrefs(host)).toEqual(['H3:H9', 'H10:H15']);
    expect((await checkXlsx(host.bytes())).problems).toEqual([]);
  });

  it('reads a validation Excel gave a whole column (H:H) and keeps it on the cells left', async () => {
    // As Excel writes it when a person selects column H and adds a list: sqref="H:H".
    const team = XlsxHost.create();
    team.writeSheetPlan({
      ...sheetPlan('推进表', true),
      validations: [{ range: { row: 0, col: 7, rows: 1, cols: 1 }, list: ['未开始', '已完成'] }],
    });
    const parts = unzipSync(team.bytes());
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    parts['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('sqref="H1"', 'sqref="H:H"'));
    const host = XlsxHost.fromBytes(zipSync(parts));
    host.writeSheetPlan({
      ...sheetPlan('推进表'),
      validations: [{ range: { row: 2, col: 7, rows: 2, cols: 1 }, list: ['是', '否'] }],
    });
    expect(sqrefs(host)).toEqual(['H1:H2 H5:H1048576', 'H3:H4']);
    expect((await checkXlsx(host.bytes())).problems).toEqual([]);
  });
});
