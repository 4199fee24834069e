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
import { KPI_FORMATS } from '../../core/roi/kpis';
import type { ViewProps } from '../views';
import { shownValue } from '../shownValue';
import { t, type StringKey } from '../strings';
import { IssueList } from './IssueList';
import { MappingFields } from './MappingFields';
import { SheetPicker } from './SheetPicker';
import { SALES_ROLE_IDS, useRoi } from './useRoi';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  number: { fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
});

const MARGIN_KEYS: Record<string, StringKey> = {
  option: 'marginOption',
  label: 'marginLabel',
  input: 'marginInput',
};
const SPEND_KEYS: Record<string, StringKey> = {
  budget: 'spendBudget',
  channels: 'spendChannels',
  label: 'spendLabel',
  input: 'spendInput',
};

/** 计算ROI: the sales sheet and its columns, where 毛利率 and 总投入 come from, the run, and the key figures. */
export function RoiView({ host, locale, onChange }: ViewProps) {
  const styles = useStyles();
  const r = useRoi(host, locale, onChange);
  if (r.none) {
    return (
      <MessageBar intent="info" data-testid="roi-none">
        <MessageBarBody>{t('roiNone', locale)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!r.result) return null;
  const { sources, channels } = r.result;
  return (
    <div className={styles.view} data-testid="roi-view">
      <SheetPicker
        label={t('roiSheetLabel', locale)}
        sheets={r.sheets}
        sheet={r.sheet}
        onPick={(n) => r.setSheet(n)}
      />
      <Field label={t('marginRate', locale)} orientation="horizontal">
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
      <section data-testid="roi-sources">
        <Text weight="semibold">{t('sourcesTitle', locale)}</Text>
        <ul>
          <li>
            {t('marginFrom', locale).replace('{how}', t(MARGIN_KEYS[sources.margin]!, locale))}
          </li>
          <li>
            {t('spendFrom', locale).replace(
              '{how}',
              t(SPEND_KEYS[sources.spend]!, locale).replace('{sheet}', channels?.sheet ?? ''),
            )}
          </li>
        </ul>
      </section>
      <Button
        appearance="primary"
        disabled={r.busy}
        onClick={() => void r.run()}
        data-testid="roi-run"
      >
        {t('roiRun', locale)}
      </Button>
      {r.done && (
        <MessageBar intent="success" data-testid="roi-done">
          <MessageBarBody>{r.done}</MessageBarBody>
        </MessageBar>
      )}
      {r.figures && (
        <section data-testid="roi-figures">
          <Text weight="semibold">{t('keyFigures', locale)}</Text>
          <div className={styles.figures}>
            {r.figures.map((f) => [
              <Text key={`${f.label}-l`}>{f.label}</Text>,
              <Text
                key={`${f.label}-v`}
                className={styles.number}
                data-testid={`figure-${f.label}`}
              >
                {shownValue(f.value, KPI_FORMATS[f.label]) || '—'}
              </Text>,
            ])}
          </div>
        </section>
      )}
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
