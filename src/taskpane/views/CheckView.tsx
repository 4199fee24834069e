import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ViewProps } from '.';
import { fillMessage, formatIssue } from '../../core/issues';
import { t } from '../strings';
import { BusyNote } from './BusyNote';
import { CheckList } from './CheckList';
import { useCheck } from './useCheck';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** 工作簿体检: a 检查 button, then each problem with its cell and, where safe, a 修复. */
export function CheckView(props: ViewProps) {
  const { locale } = props;
  const styles = useStyles();
  const c = useCheck(props);
  const findings = c.result?.findings ?? [];
  const safe = findings.filter((f) => f.mend);
  return (
    <div className={styles.view} data-testid="check-view">
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={c.step !== null}
          onClick={() => c.check()}
          data-testid="check-run"
        >
          {t('checkRun', locale)}
        </Button>
        {safe.length > 1 && (
          <Button
            disabled={c.step !== null}
            onClick={() => void c.mend(safe)}
            data-testid="check-mend-all"
          >
            {`${t('checkMendAll', locale)} (${safe.length})`}
          </Button>
        )}
      </div>
      <BusyNote step={c.step} locale={locale} />
      {c.done && (
        <MessageBar intent="success" data-intent="success" data-testid="check-done">
          <MessageBarBody>{c.done}</MessageBarBody>
        </MessageBar>
      )}
      {c.result && (
        <MessageBar
          intent={findings.length === 0 ? 'success' : 'warning'}
          data-intent={findings.length === 0 ? 'success' : 'warning'}
          data-testid="check-summary"
        >
          <MessageBarBody>
            {findings.length === 0
              ? fillMessage('CHECK_CLEAN', locale, {})
              : fillMessage('CHECK_FOUND', locale, { count: findings.length, safe: safe.length })}
          </MessageBarBody>
        </MessageBar>
      )}
      <CheckList
        findings={findings}
        disabled={c.step !== null}
        onSelect={(i) => void c.select(i)}
        onMend={(f) => void c.mend([f])}
        locale={locale}
      />
      {c.result?.skipped.map((s, i) => (
        <Text key={i} size={200}>
          {formatIssue(s, locale)}
        </Text>
      ))}
    </div>
  );
}
