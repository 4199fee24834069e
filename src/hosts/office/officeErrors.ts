import { HostError } from '../errors';
import { reasonOf } from '../_lib/reasonOf';

/** office-js error codes we can explain to the user, and the message each becomes. */
const KNOWN: Record<string, 'HOST_SHEET_PROTECTED' | 'HOST_EDIT_MODE' | 'HOST_REQUEST_TOO_LARGE'> =
  {
    AccessDenied: 'HOST_SHEET_PROTECTED',
    InvalidOperationInCellEditMode: 'HOST_EDIT_MODE',
    RequestPayloadSizeLimitExceeded: 'HOST_REQUEST_TOO_LARGE',
    PayloadTooLarge: 'HOST_REQUEST_TOO_LARGE',
  };

/** Turns an office-js error into a HostError with a message from the issue table. */
export function toHostError(e: unknown, sheets: readonly string[]): HostError {
  if (e instanceof HostError) return e;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const known = KNOWN[code];
  if (known) return new HostError(known, { sheet: sheets.join('、') }, { cause: e });
  return new HostError('HOST_FAILED', { reason: reasonOf(e) }, { cause: e });
}
