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
import { useState } from 'react';
import type { Locale } from '../core/issues';
import type { WorkbookHost } from '../hosts/types';
import { t } from './strings';
import { useWorkbook } from './useWorkbook';
import { VIEWS, type ViewId } from './views';
import { BudgetView } from './views/BudgetView';
import { RoiView } from './views/RoiView';
import { TimelineView } from './views/TimelineView';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface AppProps {
  readonly host: WorkbookHost;
  readonly locale: Locale;
  readonly initialView: ViewId;
  readonly preview: boolean;
  /** Called after an action changed the workbook (the preview redraws its table). */
  readonly onWorkbookChange?: () => void;
}

/** The task pane: one view per ribbon command, each saying honestly what it can do today. */
export function App({ host, locale, initialView, preview, onWorkbookChange }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<ViewId>(initialView);
  const wb = useWorkbook(host, locale, onWorkbookChange);
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0];
  return (
    <main className={styles.pane} data-testid="pane" data-view={view}>
      <Title3 as="h1">{t('appTitle', locale)}</Title3>
      {preview && (
        <MessageBar intent="info">
          <MessageBarBody>{t('previewBanner', locale)}</MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as ViewId)}>
        {VIEWS.map((v) => (
          <Tab key={v.id} value={v.id} data-testid={`tab-${v.id}`}>
            {t(v.tab, locale)}
          </Tab>
        ))}
      </TabList>
      <Text>{t(current.intro, locale)}</Text>
      {view === 'timeline' ? (
        <TimelineView
          host={host}
          locale={locale}
          onChange={() => void wb.refresh().then(() => onWorkbookChange?.())}
        />
      ) : view === 'budget' ? (
        <BudgetView
          host={host}
          locale={locale}
          onChange={() => void wb.refresh().then(() => onWorkbookChange?.())}
        />
      ) : (
        <RoiView
          host={host}
          locale={locale}
          onChange={() => void wb.refresh().then(() => onWorkbookChange?.())}
        />
      )}
      <section aria-labelledby="sheets-title">
        <Text weight="semibold" id="sheets-title">
          {t('sheetsTitle', locale)}
        </Text>
        {wb.sheets === null ? (
          <Spinner size="tiny" label={t('loading', locale)} />
        ) : (
          <ul className={styles.list} data-testid="sheet-list">
            {wb.sheets
              .filter((s) => s.visible)
              .map((s) => (
                <li key={s.name}>{s.name}</li>
              ))}
            {wb.sheets.every((s) => !s.visible) && <li>{t('noSheets', locale)}</li>}
          </ul>
        )}
      </section>
      <div className={styles.actions}>
        <Button onClick={() => void wb.refresh()}>{t('refresh', locale)}</Button>
        <Button disabled={wb.busy} onClick={() => void wb.restore()} data-testid="restore">
          {t('restore', locale)}
        </Button>
      </div>
      {wb.message && (
        <MessageBar intent={wb.message.intent} data-testid="message">
          <MessageBarBody>{wb.message.text}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
