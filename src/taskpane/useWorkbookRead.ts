import { useEffect, useState } from 'react';
import type { WorkbookHost } from '../hosts/types';
import { useReportError } from './reportError';

/** What a read found, and whether a newer read is still under way. */
export interface WorkbookRead<T> {
  /** The last value read; null until the first read is done. */
  readonly value: T | null;
  /** True until the read for the current `read` and `version` is done (the pane says so). */
  readonly reading: boolean;
}

/**
 * What `read` finds in the workbook, read again whenever `version` changes. A failed read goes to
 * the pane's error display (an empty picker alone would say nothing). `read` must be a stable
 * function, or the workbook is read on every render.
 */
export function useWorkbookReadState<H extends WorkbookHost, T>(
  host: H,
  read: (host: H) => Promise<T>,
  version: number,
): WorkbookRead<T> {
  const report = useReportError();
  // The value remembers which read made it, so `reading` is derived, not a second state to sync.
  const [state, setState] = useState<{ value: T; read: unknown; version: number } | null>(null);
  useEffect(() => {
    let current = true;
    read(host).then(
      (value) => current && setState({ value, read, version }),
      (e: unknown) => current && report(e),
    );
    return () => {
      current = false;
    };
  }, [host, read, version, report]);
  const reading = state === null || state.read !== read || state.version !== version;
  return { value: state?.value ?? null, reading };
}

/** The value of useWorkbookReadState alone: null until read. */
export function useWorkbookRead<H extends WorkbookHost, T>(
  host: H,
  read: (host: H) => Promise<T>,
  version: number,
): T | null {
  return useWorkbookReadState(host, read, version).value;
}
