import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  SpinButton,
  tokens,
} from '@fluentui/react-components';
import type { ViewProps } from '.';
import { t, type StringKey } from '../strings';
import { BusyNote } from './BusyNote';
import { IssueList } from './IssueList';
import { useTargets, type PaneChoice } from './useTargets';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The pane's inputs: rates are typed as percent (3 for 3 %), as the sheet shows them. */
const FIELDS: readonly { name: PaneChoice; label: StringKey; step: number; scale: number }[] = [
  { name: 'target', label: 'targetLabel', step: 10000, scale: 1 },
  { name: 'aov', label: 'aovLabel', step: 10, scale: 1 },
  { name: 'conversion', label: 'conversionLabel', step: 0.1, scale: 100 },
  { name: 'margin', label: 'targetMarginLabel', step: 1, scale: 100 },
];

/** A figure as the field shows it: percent for rates, rounded off binary noise (2.9999999…). */
const shown = (f: (typeof FIELDS)[number], value: number) =>
  Math.round(value * f.scale * 1e6) / 1e6;

/**
 * 目标拆解: 销售额目标, 客单价, 转化率 and 毛利率 (each else the sheet's own, the last campaign's or
 * the assumption), one button, the news. The rest (phases, channels, scenarios) is edited in the
 * sheet, where it is laid out to be read.
 */
export function TargetsView(props: ViewProps) {
  const { locale } = props;
  const styles = useStyles();
  const v = useTargets(props);
  if (!v.result) return <BusyNote step={v.step} locale={locale} />;
  const inputs = v.result.values.inputs;
  return (
    <div className={styles.view} data-testid="targets-view">
      {FIELDS.map((f) => (
        <Field key={f.name} label={t(f.label, locale)} orientation="horizontal">
          <SpinButton
            value={shown(f, v.choices[f.name] ?? inputs[f.name].value)}
            min={0}
            step={f.step}
            onChange={(_, d) => {
              const n = d.value ?? Number(d.displayValue);
              if (Number.isFinite(n) && n > 0) v.choose(f.name, n / f.scale);
            }}
            data-testid={`targets-${f.name}`}
          />
        </Field>
      ))}
      <Button
        appearance="primary"
        disabled={v.busy}
        onClick={() => void v.run()}
        data-testid="targets-run"
      >
        {t('targetsRun', locale)}
      </Button>
      <BusyNote step={v.step} locale={locale} />
      {v.done && (
        <MessageBar intent="success" data-testid="targets-done">
          <MessageBarBody>{v.done}</MessageBarBody>
        </MessageBar>
      )}
      <IssueList
        issues={v.issues}
        onSelect={(i) => void v.select(i)}
        locale={locale}
        testId="targets-issues"
      />
    </div>
  );
}
