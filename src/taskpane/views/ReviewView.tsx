import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { ViewProps } from '.';
import { t } from '../strings';
import { BusyNote } from './BusyNote';
import { IssueList } from './IssueList';
import { useReview } from './useReview';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** 活动复盘: one button; what is missing (no budget, no sales) is listed before it is pressed. */
export function ReviewView(props: ViewProps) {
  const { locale } = props;
  const styles = useStyles();
  const v = useReview(props);
  if (!v.result) {
    // A team's own 复盘 sheet: nothing to write, the refusal says why.
    if (v.step === null && v.issues.length > 0)
      return (
        <IssueList
          issues={v.issues}
          onSelect={(i) => void v.select(i)}
          locale={locale}
          testId="review-issues"
        />
      );
    return <BusyNote step={v.step} locale={locale} />;
  }
  return (
    <div className={styles.view} data-testid="review-view">
      <Button
        appearance="primary"
        disabled={v.busy}
        onClick={() => void v.run()}
        data-testid="review-run"
      >
        {t('reviewRun', locale)}
      </Button>
      <BusyNote step={v.step} locale={locale} />
      {v.done && (
        <MessageBar intent="success" data-testid="review-done">
          <MessageBarBody>{v.done}</MessageBarBody>
        </MessageBar>
      )}
      <IssueList
        issues={v.issues}
        onSelect={(i) => void v.select(i)}
        locale={locale}
        testId="review-issues"
      />
    </div>
  );
}
