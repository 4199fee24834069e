import { useCallback, useEffect, useState } from 'react';
import type { SheetInfo } from '../core/grid';
import { fillMessage, type Locale } from '../core/issues';
import type { WorkbookHost } from '../hosts/types';
import { afterPaint } from './afterPaint';
import type { ReportError } from './reportError';

/** A message for the pane's message bar. */
export interface PaneMessage {
  readonly intent: 'success' | 'info' | 'error';
  readonly text: string;
}

/** What the pane knows about the workbook, and the actions every view shares. */
export interface WorkbookState {
  readonly sheets: readonly SheetInfo[] | null;
  readonly busy: boolean;
  /** How many runs the pane has undone: views drop the undone run's news when it changes. */
  readonly restored: number;
  refresh(): Promise<void>;
  restore(): Promise<void>;
}

/**
 * Reads the sheet list through the host and runs restore; says what restore did through `say`
 * and reports every failure through `report` (the pane's one error display).
 */
export function useWorkbook(
  host: WorkbookHost,
  locale: Locale,
  say: (m: PaneMessage) => void,
  report: ReportError,
  onChange?: () => void,
): WorkbookState {
  const [sheets, setSheets] = useState<readonly SheetInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [restored, setRestored] = useState(0);

  const refresh = useCallback(async () => {
    try {
      setSheets(await host.listSheets());
    } catch (e) {
      report(e);
    }
  }, [host, report]);

  const restore = useCallback(async () => {
    setBusy(true);
    try {
      await afterPaint();
      const result = await host.restore();
      if (result) setRestored((n) => n + 1);
      say(
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
      report(e);
    } finally {
      setBusy(false);
    }
  }, [host, locale, refresh, say, report, onChange]);

  useEffect(() => {
    let current = true;
    host.listSheets().then(
      (list) => current && setSheets(list),
      (e: unknown) => current && report(e),
    );
    return () => {
      current = false;
    };
  }, [host, report]);

  return { sheets, busy, restored, refresh, restore };
}
