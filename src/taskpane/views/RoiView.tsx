import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  SpinButton,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Locale } from '../../core/issues';
import type { RoiResult } from '../../core/roi/generateRoi';
import { KPI_FORMATS } from '../../core/roi/kpis';
import type { ViewProps } from '.';
import { shownValue } from '../shownValue';
import { t, type StringKey } from '../strings';
import { BusyNote } from './BusyNote';
import { IssueList } from './IssueList';
import { MappingFields } from './MappingFields';
import { SheetPicker } from './SheetPicker';
import { SALES_ROLE_IDS, useRoi, type RoiState } from './useRoi';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  number: { fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
});

const MARGIN_KEYS: Record<RoiResult['sources']['margin'], StringKey> = {
  option: 'marginOption',
  label: 'marginLabel',
  input: 'marginInput',
};
const SPEND_KEYS: Record<RoiResult['sources']['spend'], StringKey> = {
  budget: 'spendBudget',
  channels: 'spendChannels',
  label: 'spendLabel',
  input: 'spendInput',
};

/** Where 毛利率 and 总投入 come from, said before the run. */
function SourcesList({ result, locale }: { result: RoiResult; locale: Locale }) {
  const { sources, channels } = result;
  const margin = t(MARGIN_KEYS[sources.margin], locale);
  const spend = t(SPEND_KEYS[sources.spend], locale).replace('{sheet}', channels?.sheet ?? '');
  return (
    <section data-testid="roi-sources">
      <Text weight="semibold">{t('sourcesTitle', locale)}</Text>
      <ul>
        <li>{t('marginFrom', locale).replace('{how}', margin)}</li>
        <li>{t('spendFrom', locale).replace('{how}', spend)}</li>
      </ul>
    </section>
  );
}

/** The key figures as the workbook computed them after the run. */
function KeyFigures(props: { figures: NonNullable<RoiState['figures']>; locale: Locale }) {
  const { figures, locale } = props;
  const styles = useStyles();
  return (
    <section data-testid="roi-figures">
      <Text weight="semibold">{t('keyFigures', locale)}</Text>
      <div className={styles.figures}>
        {figures.map((f) => [
          <Text key={`${f.label}-l`}>{f.label}</Text>,
          <Text key={`${f.label}-v`} className={styles.number} data-testid={`figure-${f.label}`}>
            {shownValue(f.value, KPI_FORMATS[f.label]) || '—'}
          </Text>,
        ])}
      </div>
    </section>
  );
}

/** 计算ROI: the sales sheet and its columns, where 毛利率 and 总投入 come from, the run, and the key figures. */
export function RoiView(props: ViewProps) {
  const { locale } = props;
  const styles = useStyles();
  const r = useRoi(props);
  if (r.none) {
    return (
      <MessageBar intent="info" data-intent="info" data-testid="roi-none">
        <MessageBarBody>{t('roiNone', locale)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!r.result) return <BusyNote step={r.step} locale={locale} />;
  return (
    <div className={styles.view} data-testid="roi-view">
      <SheetPicker
        label={t('roiSheetLabel', locale)}
        sheets={r.sheets}
        sheet={r.sheet}
        onPick={(n) => r.setSheet(n)}
      />
      <Field label={t('marginRate', locale)}>
        <SpinButton
          value={r.marginPercent}
          min={1}
          max={99}
          onChange={(_, d) => {
            const v = d.value ?? (d.displayValue === '' ? null : Number(d.displayValue));
            r.setMarginPercent(v === null || Number.isFinite(v) ? v : null);
          }}
          data-testid="roi-margin"
        />
      </Field>
      <SourcesList result={r.result} locale={locale} />
      <Button
        appearance="primary"
        disabled={r.step !== null}
        onClick={() => void r.run()}
        data-testid="roi-run"
      >
        {t('roiRun', locale)}
      </Button>
      <BusyNote step={r.step} locale={locale} />
      {r.done && (
        <MessageBar intent="success" data-intent="success" data-testid="roi-done">
          <MessageBarBody>{r.done}</MessageBarBody>
        </MessageBar>
      )}
      {r.figures && <KeyFigures figures={r.figures} locale={locale} />}
      <IssueList
        issues={r.issues}
        onSelect={(i) => void r.select(i)}
        locale={locale}
        testId="roi-issues"
      />
      <MappingFields
        roles={SALES_ROLE_IDS}
        mapping={r.result.mapping}
        columns={r.columns}
        onChange={(role, c) => r.setRole(role, c)}
        locale={locale}
      />
    </div>
  );
}
