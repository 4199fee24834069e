import { createContext, useContext } from 'react';
import { fillMessage, type Locale } from '../core/issues';
import { HostError } from '../hosts/errors';

/** Reports a failure to the pane's one error display. */
export type ReportError = (e: unknown) => void;

/**
 * How every part of the pane reports a failed read or write: App provides it and shows the text
 * in its message bar. The default rethrows, so a component outside App cannot lose a failure.
 */
export const ReportErrorContext = createContext<ReportError>((e) => {
  throw e;
});

/** The pane's error reporter (see ReportErrorContext). */
export function useReportError(): ReportError {
  return useContext(ReportErrorContext);
}

/**
 * The text the user sees for a failure: a host error's message from the issue table (what
 * happened, what to do), otherwise the error itself, so nothing fails without a word.
 * @example errorText(new HostError('SHEET_PROTECTED', { sheet: '推进表' }), 'zh-CN')
 */
export function errorText(e: unknown, locale: Locale): string {
  if (e instanceof HostError) return fillMessage(e.code, locale, e.params);
  const reason = e instanceof Error ? e.message : String(e);
  return fillMessage('PANE_FAILED', locale, { reason });
}
