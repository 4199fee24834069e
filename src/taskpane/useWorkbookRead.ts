import { useEffect, useState } from 'react';
import type { WorkbookHost } from '../hosts/types';
import { useReportError } from './reportError';

/**
 * What `read` finds in the workbook, read again whenever `version` changes; null until read. A
 * failed read goes to the pane's error display (an empty picker alone would say nothing). `read`
 * must be a stable function, or the workbook is read on every render.
 */
export function useWorkbookRead<H extends WorkbookHost, T>(
  host: H,
  read: (host: H) => Promise<T>,
  version: number,
): T | null {
  const report = useReportError();
  const [state, setState] = useState<{ readonly value: T } | null>(null);
  useEffect(() => {
    let current = true;
    read(host).then(
      (value) => current && setState({ value }),
      (e: unknown) => current && report(e),
    );
    return () => {
      current = false;
    };
  }, [host, read, version, report]);
  return state?.value ?? null;
}
