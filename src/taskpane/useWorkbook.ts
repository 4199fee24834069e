import { useCallback, useEffect, useState } from 'react';
import type { SheetInfo } from '../core/grid';
import { fillMessage, type Locale } from '../core/issues';
import { HostError } from '../hosts/errors';
import type { WorkbookHost } from '../hosts/types';

/** What the pane knows about the workbook, and the actions every view shares. */
export interface WorkbookState {
  readonly sheets: readonly SheetInfo[] | null;
  readonly message: { readonly intent: 'success' | 'info' | 'error'; readonly text: string } | null;
  readonly busy: boolean;
  refresh(): Promise<void>;
  restore(): Promise<void>;
}

/** Reads the sheet list through the host and runs restore, turning host errors into messages. */
export function useWorkbook(
  host: WorkbookHost,
  locale: Locale,
  onChange?: () => void,
): WorkbookState {
  const [sheets, setSheets] = useState<readonly SheetInfo[] | null>(null);
  const [message, setMessage] = useState<WorkbookState['message']>(null);
  const [busy, setBusy] = useState(false);

  const fail = useCallback(
    (e: unknown) => {
      const text =
        e instanceof HostError
          ? fillMessage(e.code, locale, e.params)
          : e instanceof Error
            ? e.message
            : String(e);
      setMessage({ intent: 'error', text });
    },
    [locale],
  );

  const refresh = useCallback(async () => {
    try {
      setSheets(await host.listSheets());
    } catch (e) {
      fail(e);
    }
  }, [host, fail]);

  const restore = useCallback(async () => {
    setBusy(true);
    try {
      const result = await host.restore();
      setMessage(
        result
          ? {
              intent: 'success',
              text: fillMessage('RESTORED', locale, { cells: result.restoredCells }),
            }
          : { intent: 'info', text: fillMessage('NOTHING_TO_RESTORE', locale, {}) },
      );
      await refresh();
      onChange?.();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }, [host, locale, refresh, fail, onChange]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { sheets, message, busy, refresh, restore };
}
