import type { IssueCode } from '../../core/issues';
import { HostError } from '../errors';
import { reasonOf } from '../_lib/reasonOf';

/**
 * Every code of Excel.ErrorCodes (the office-js reference, and the table of "Error handling with
 * the application-specific JavaScript APIs" in office-js-docs-pr) and the message each becomes.
 * The key type makes the compiler refuse a code of a newer @types/office-js that is not mapped.
 */
const EXCEL_CODES: Record<`${Excel.ErrorCodes}`, IssueCode> = {
  AccessDenied: 'HOST_SHEET_PROTECTED',
  InvalidOperationInCellEditMode: 'HOST_EDIT_MODE',
  // Excel on the web limits a request and a response to 5 MB; a range has a cell limit.
  ResponsePayloadSizeLimitExceeded: 'HOST_REQUEST_TOO_LARGE',
  RangeExceedsLimit: 'HOST_REQUEST_TOO_LARGE',
  OperationCellsExceedLimit: 'HOST_REQUEST_TOO_LARGE',
  RangeImageExceedsLimit: 'HOST_REQUEST_TOO_LARGE',
  // Someone else changed the workbook, or Excel gave up on the request: try again.
  Conflict: 'HOST_BUSY',
  RequestAborted: 'HOST_BUSY',
  InactiveWorkbook: 'HOST_INACTIVE_WORKBOOK',
  // "There was an internal error while processing the request."
  GeneralException: 'HOST_FAILED',
  ApiNotFound: 'HOST_NOT_SUPPORTED',
  NotImplemented: 'HOST_NOT_SUPPORTED',
  UnsupportedOperation: 'HOST_NOT_SUPPORTED',
  UnsupportedFeature: 'HOST_NOT_SUPPORTED',
  UnsupportedFillType: 'HOST_NOT_SUPPORTED',
  UnsupportedSheet: 'HOST_UNSUPPORTED_SHEET',
  // What is on the sheet stands in the way of the cells the run writes.
  InsertDeleteConflict: 'HOST_RANGE_BLOCKED',
  MergedRangeConflict: 'HOST_RANGE_BLOCKED',
  PivotTableRangeConflict: 'HOST_RANGE_BLOCKED',
  FilteredRangeConflict: 'HOST_RANGE_BLOCKED',
  NonBlankCellOffSheet: 'HOST_RANGE_BLOCKED',
  // A sheet, name or chart the run found is gone, or one it adds is already there.
  ItemNotFound: 'HOST_WORKBOOK_CHANGED',
  ItemAlreadyExists: 'HOST_WORKBOOK_CHANGED',
  InvalidReference: 'HOST_WORKBOOK_CHANGED',
  InvalidBinding: 'HOST_WORKBOOK_CHANGED',
  InvalidSelection: 'HOST_WORKBOOK_CHANGED',
  // Excel refused what the add-in asked: our fault, to be reported to us.
  InvalidArgument: 'HOST_REQUEST_REFUSED',
  InvalidOperation: 'HOST_REQUEST_REFUSED',
  EmptyChartSeries: 'HOST_REQUEST_REFUSED',
  FormulaLengthExceedsLimit: 'HOST_REQUEST_REFUSED',
  DirtySupportingFormula: 'HOST_REQUEST_REFUSED',
  OpenWorkbookLinksBlocked: 'HOST_LINKS_BLOCKED',
  RefreshWorkbookLinksBlocked: 'HOST_LINKS_BLOCKED',
  PowerQueryRefreshResourceChallenge: 'HOST_LINKS_BLOCKED',
};

/**
 * Codes of the same documented table that are not in Excel.ErrorCodes: the request side of the
 * 5 MB limit (there is no "PayloadTooLarge" in office-js: that is Microsoft Graph's HTTP 413) and
 * the runtime's own limits.
 */
const COMMON_CODES: Readonly<Record<string, IssueCode>> = {
  RequestPayloadSizeLimitExceeded: 'HOST_REQUEST_TOO_LARGE',
  ActivityLimitReached: 'HOST_BUSY',
  MemoryLimitReached: 'HOST_BUSY',
  ServiceNotAvailable: 'HOST_BUSY',
  ApiNotAvailable: 'HOST_NOT_SUPPORTED',
};

/** The message for an office-js error code, or undefined for a code no table documents. */
export function issueOfCode(code: string): IssueCode | undefined {
  if (Object.hasOwn(EXCEL_CODES, code)) return EXCEL_CODES[code as `${Excel.ErrorCodes}`];
  return Object.hasOwn(COMMON_CODES, code) ? COMMON_CODES[code] : undefined;
}

/** Turns an office-js error into a HostError with a message from the issue table. */
export function toHostError(e: unknown, sheets: readonly string[]): HostError {
  if (e instanceof HostError) return e;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const params = { sheet: sheets.join('、'), reason: reasonOf(e) };
  return new HostError(issueOfCode(code) ?? 'HOST_FAILED', params, { cause: e });
}
