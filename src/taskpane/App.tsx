import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { SheetInfo } from '../core/grid';
import type { Locale } from '../core/issues';
import type { WorkbookHost } from '../hosts/types';
import { PaneMessageBar } from './PaneMessageBar';
import { errorText, ReportErrorContext } from './reportError';
import { t } from './strings';
import { useWorkbook, type PaneMessage } from './useWorkbook';
import { VIEWS, type ViewId, type ViewProps } from './views';
import { BudgetView } from './views/BudgetView';
import { BusyNote } from './views/BusyNote';
import { ReviewView } from './views/ReviewView';
import { CheckView } from './views/CheckView';
import { TargetsView } from './views/TargetsView';
import { RoiView } from './views/RoiView';
import { TimelineView } from './views/TimelineView';
import { WorkbookSheetsContext } from './workbookSheets';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  // Three English tab names do not fit a 320 px pane on one line: they wrap, never clip.
  tabs: { flexWrap: 'wrap' },
});

export interface AppProps {
  readonly host: WorkbookHost;
  readonly locale: Locale;
  readonly initialView: ViewId;
  readonly preview: boolean;
  /** Called after an action changed the workbook (the preview redraws its table). */
  readonly onWorkbookChange?: () => void;
}

const VIEW_BODIES: Record<ViewId, (props: ViewProps) => React.JSX.Element | null> = {
  timeline: TimelineView,
  budget: BudgetView,
  roi: RoiView,
  targets: TargetsView,
  review: ReviewView,
  check: CheckView,
};

/** The visible sheets of the workbook, a spinner until read. */
function SheetList({ sheets, locale }: { sheets: readonly SheetInfo[] | null; locale: Locale }) {
  const styles = useStyles();
  if (sheets === null) return <Spinner size="tiny" label={t('loading', locale)} />;
  const visible = sheets.filter((s) => s.visible);
  return (
    <ul className={styles.list} data-testid="sheet-list">
      {visible.map((s) => (
        <li key={s.name}>{s.name}</li>
      ))}
      {visible.length === 0 && <li>{t('noSheets', locale)}</li>}
    </ul>
  );
}

/** The task pane: one view per ribbon command, and one message bar for news and every failure. */
export function App({ host, locale, initialView, preview, onWorkbookChange }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<ViewId>(initialView);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const report = useCallback(
    (e: unknown) => setMessage({ intent: 'error', text: errorText(e, locale) }),
    [locale],
  );
  const wb = useWorkbook(host, locale, setMessage, report, onWorkbookChange);
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0];
  const Body = VIEW_BODIES[current.id];
  // A view changed the workbook: an older message (an undo's confirmation) no longer describes it.
  const changed = () => {
    setMessage(null);
    void wb.refresh().then(() => onWorkbookChange?.());
  };
  const sheetNames = useMemo(() => wb.sheets && new Set(wb.sheets.map((s) => s.name)), [wb.sheets]);
  return (
    <ReportErrorContext.Provider value={report}>
      <WorkbookSheetsContext.Provider value={sheetNames}>
        <main className={styles.pane} data-testid="pane" data-view={view}>
          <Title3 as="h1">{t('appTitle', locale)}</Title3>
          {preview && (
            <MessageBar intent="info" data-intent="info">
              <MessageBarBody>{t('previewBanner', locale)}</MessageBarBody>
            </MessageBar>
          )}
          <TabList
            className={styles.tabs}
            selectedValue={view}
            onTabSelect={(_, d) => setView(d.value as ViewId)}
          >
            {VIEWS.map((v) => (
              <Tab key={v.id} value={v.id} data-testid={`tab-${v.id}`}>
                {t(v.tab, locale)}
              </Tab>
            ))}
          </TabList>
          <PaneMessageBar message={message} />
          <Text>{t(current.intro, locale)}</Text>
          <Body host={host} locale={locale} restored={wb.restored} onChange={changed} />
          <section aria-labelledby="sheets-title">
            <Text weight="semibold" id="sheets-title">
              {t('sheetsTitle', locale)}
            </Text>
            <SheetList sheets={wb.sheets} locale={locale} />
          </section>
          <div className={styles.actions}>
            <Button onClick={() => void wb.refresh()}>{t('refresh', locale)}</Button>
            <Button disabled={wb.busy} onClick={() => void wb.restore()} data-testid="restore">
              {t('restore', locale)}
            </Button>
            <BusyNote step={wb.busy ? 'restoring' : null} locale={locale} />
          </div>
        </main>
      </WorkbookSheetsContext.Provider>
    </ReportErrorContext.Provider>
  );
}
