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
import { t } from '../strings';
import { BusyNote } from './BusyNote';
import { IssueList } from './IssueList';
import { MappingFields } from './MappingFields';
import { SheetPicker } from './SheetPicker';
import { BUDGET_ROLE_IDS, useBudget } from './useBudget';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** 预算表: the detected budget (or a new one), its columns, the reserve rate, and what to look at. */
export function BudgetView(props: ViewProps) {
  const { locale } = props;
  const styles = useStyles();
  const b = useBudget(props);
  if (!b.result) return <BusyNote step={b.step} locale={locale} />;
  return (
    <div className={styles.view} data-testid="budget-view">
      {b.creating ? (
        <MessageBar intent="info" data-intent="info">
          <MessageBarBody>{t('budgetNone', locale)}</MessageBarBody>
        </MessageBar>
      ) : (
        <SheetPicker
          label={t('budgetSheetLabel', locale)}
          sheets={b.sheets}
          sheet={b.sheet}
          onPick={(n) => b.setSheet(n)}
        />
      )}
      <Field label={t('reserveRate', locale)}>
        <SpinButton
          value={b.ratePercent ?? 10}
          min={0}
          max={50}
          onChange={(_, d) => {
            const v = d.value ?? Number(d.displayValue);
            if (Number.isFinite(v)) b.setRatePercent(v);
          }}
          data-testid="reserve-rate"
        />
      </Field>
      <Button
        appearance="primary"
        disabled={b.step !== null}
        onClick={() => void b.run()}
        data-testid="budget-run"
      >
        {t(b.creating ? 'budgetCreate' : 'budgetUpdate', locale)}
      </Button>
      <BusyNote step={b.step} locale={locale} />
      {b.done && (
        <MessageBar intent="success" data-intent="success" data-testid="budget-done">
          <MessageBarBody>{b.done}</MessageBarBody>
        </MessageBar>
      )}
      <IssueList
        issues={b.issues}
        onSelect={(i) => void b.select(i)}
        locale={locale}
        testId="budget-issues"
      />
      {!b.creating && (
        <MappingFields
          roles={BUDGET_ROLE_IDS}
          mapping={b.result.budget.mapping}
          columns={b.columns}
          onChange={(r, c) => b.setRole(r, c)}
          locale={locale}
        />
      )}
    </div>
  );
}
