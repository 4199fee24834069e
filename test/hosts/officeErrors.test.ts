import { fillMessage, MESSAGES } from '../../src/core/issues';
import { HostError } from '../../src/hosts/errors';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { OfficeHost } from '../../src/hosts/office/OfficeHost';
import { issueOfCode, toHostError } from '../../src/hosts/office/officeErrors';
import { FakeExcel } from '../support/fakeExcel';

/**
 * Excel.ErrorCodes as the office-js reference lists them (excel.errorcodes; the compiler checks
 * officeErrors.ts against @types/office-js, this list checks it at run time).
 */
const EXCEL_ERROR_CODES = [
  'AccessDenied',
  'ApiNotFound',
  'Conflict',
  'DirtySupportingFormula',
  'EmptyChartSeries',
  'FilteredRangeConflict',
  'FormulaLengthExceedsLimit',
  'GeneralException',
  'InactiveWorkbook',
  'InsertDeleteConflict',
  'InvalidArgument',
  'InvalidBinding',
  'InvalidOperation',
  'InvalidReference',
  'InvalidSelection',
  'ItemAlreadyExists',
  'ItemNotFound',
  'MergedRangeConflict',
  'NonBlankCellOffSheet',
  'NotImplemented',
  'OpenWorkbookLinksBlocked',
  'OperationCellsExceedLimit',
  'PivotTableRangeConflict',
  'PowerQueryRefreshResourceChallenge',
  'RangeExceedsLimit',
  'RangeImageExceedsLimit',
  'RefreshWorkbookLinksBlocked',
  'RequestAborted',
  'ResponsePayloadSizeLimitExceeded',
  'UnsupportedFeature',
  'UnsupportedFillType',
  'UnsupportedOperation',
  'UnsupportedSheet',
  'InvalidOperationInCellEditMode',
];

const richApiError = (code: string) =>
  Object.assign(new Error(`${code} happened`), { name: 'RichApi.Error', code });

describe('office error codes', () => {
  it.each(EXCEL_ERROR_CODES)('maps %s to a message of its own', (code) => {
    const issue = issueOfCode(code);
    expect(issue).toBeDefined();
    expect(Object.keys(MESSAGES)).toContain(issue);
    // Only Excel's "internal error" is the general message, which still names the code.
    if (code !== 'GeneralException') expect(issue).not.toBe('HOST_FAILED');
    const e = toHostError(richApiError(code), ['推进表']);
    expect(e.code).toBe(issue);
    for (const locale of ['zh-CN', 'en-US'] as const)
      expect(fillMessage(e.code, locale, e.params)).not.toMatch(/\{\w+\}/);
  });

  it.each([
    ['AccessDenied', 'HOST_SHEET_PROTECTED'],
    ['InvalidOperationInCellEditMode', 'HOST_EDIT_MODE'],
    ['RequestPayloadSizeLimitExceeded', 'HOST_REQUEST_TOO_LARGE'],
    ['ResponsePayloadSizeLimitExceeded', 'HOST_REQUEST_TOO_LARGE'],
    ['MergedRangeConflict', 'HOST_RANGE_BLOCKED'],
    ['ItemNotFound', 'HOST_WORKBOOK_CHANGED'],
    ['UnsupportedSheet', 'HOST_UNSUPPORTED_SHEET'],
    ['ApiNotFound', 'HOST_NOT_SUPPORTED'],
    ['Conflict', 'HOST_BUSY'],
  ])('says what %s means (%s)', (code, issue) => {
    expect(toHostError(richApiError(code), ['推进表']).code).toBe(issue);
  });

  it('knows no "PayloadTooLarge": it is no office-js code (Microsoft Graph answers HTTP 413 so)', () => {
    expect(issueOfCode('PayloadTooLarge')).toBeUndefined();
    const e = toHostError(richApiError('PayloadTooLarge'), ['推进表']);
    expect([e.code, e.params.reason]).toEqual(['HOST_FAILED', 'PayloadTooLarge']);
  });

  it('names the sheet and the code in the message', () => {
    const e = toHostError(richApiError('MergedRangeConflict'), ['推进表', '预算']);
    expect(fillMessage(e.code, 'zh-CN', e.params)).toContain('“推进表、预算”');
    expect(fillMessage(e.code, 'en-US', e.params)).toContain('(MergedRangeConflict)');
  });

  it('keeps a HostError as it is', () => {
    const e = new HostError('HOST_EDIT_MODE', {});
    expect(toHostError(e, ['推进表'])).toBe(e);
  });

  it("reports the fake's refusals through the office host", async () => {
    const rows = [
      ['事项', '完成时间'],
      ['报名', '开团前3天'],
    ];
    const editing = new FakeExcel(MemoryHost.fromSheets({ 推进表: rows }), { editMode: true });
    await expect(
      new OfficeHost(editing.run, () => false).readSheet('推进表'),
    ).rejects.toMatchObject({ code: 'HOST_EDIT_MODE' });
    const big = new FakeExcel(MemoryHost.fromSheets({ 推进表: rows }), { responseLimit: 10 });
    await expect(new OfficeHost(big.run, () => false).listSheets()).rejects.toMatchObject({
      code: 'HOST_REQUEST_TOO_LARGE',
    });
  });
});
