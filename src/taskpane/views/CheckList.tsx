import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../core/check/types';
import { formatIssue, type Issue, type Locale } from '../../core/issues';
import { BACKUP_SHEET } from '../../core/plan/backup';
import { t } from '../strings';
import { useWorkbookSheets } from '../workbookSheets';

/**
 * A finding is a link when its cell is on a sheet the workbook holds that a user can see: the
 * backup sheet is very hidden, so selecting in it would only fail.
 */
const canSelect = (i: Issue, sheets: ReadonlySet<string> | null) =>
  Boolean(i.cell?.address) &&
  i.cell?.sheet !== BACKUP_SHEET &&
  sheets !== null &&
  sheets.has(i.cell?.sheet ?? '');

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

/**
 * The health check's findings: each a link that selects its cell (as IssueList's notes), and a
 * 修复 button where a safe mend exists. The bar's actions sit below its text (`layout="multiline"`)
 * so a 320 px pane keeps the whole message readable.
 */
export function CheckList(props: {
  readonly findings: readonly Finding[];
  readonly disabled: boolean;
  readonly onSelect: (issue: Issue) => void;
  readonly onMend: (finding: Finding) => void;
  readonly locale: Locale;
}) {
  const styles = useStyles();
  const sheets = useWorkbookSheets();
  return (
    <ul className={styles.list} data-testid="check-findings">
      {props.findings.map((f, i) => (
        <li
          key={i}
          data-code={f.issue.code}
          data-cell={`${f.issue.cell?.sheet}!${f.issue.cell?.address ?? ''}`}
        >
          <MessageBar intent="warning" data-intent="warning" layout="multiline">
            <MessageBarBody>
              {canSelect(f.issue, sheets) ? (
                <Link onClick={() => props.onSelect(f.issue)}>
                  {formatIssue(f.issue, props.locale)}
                </Link>
              ) : (
                formatIssue(f.issue, props.locale)
              )}
            </MessageBarBody>
            {f.mend && (
              <MessageBarActions>
                <Button
                  size="small"
                  disabled={props.disabled}
                  onClick={() => props.onMend(f)}
                  data-testid="check-mend"
                >
                  {t('checkMend', props.locale)}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        </li>
      ))}
    </ul>
  );
}
