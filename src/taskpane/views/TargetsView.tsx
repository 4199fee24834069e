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
import { useTargets } from './useTargets';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** 目标拆解: the sales target (else the sheet's own or the assumption), one button, the news. */
export function TargetsView(props: ViewProps) {
  const { locale } = props;
  const styles = useStyles();
  const v = useTargets(props);
  if (!v.result) return <BusyNote step={v.step} locale={locale} />;
  return (
    <div className={styles.view} data-testid="targets-view">
      <Field label={t('targetLabel', locale)} orientation="horizontal">
        <SpinButton
          value={v.target ?? v.result.values.inputs.target.value}
          min={0}
          step={10000}
          onChange={(_, d) => {
            const n = d.value ?? Number(d.displayValue);
            if (Number.isFinite(n) && n > 0) v.setTarget(n);
          }}
          data-testid="targets-target"
        />
      </Field>
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
