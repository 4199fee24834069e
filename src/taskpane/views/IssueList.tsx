import {
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Issue, Locale } from '../../core/issues';
import { t } from '../strings';
import { useWorkbookSheets } from '../workbookSheets';

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

const intent = { error: 'error', warning: 'warning', info: 'info' } as const;

/** A note is a link only when the cell it names is on a sheet the workbook holds now. */
const canSelect = (issue: Issue, sheets: ReadonlySet<string> | null) =>
  Boolean(issue.cell?.address) && sheets !== null && sheets.has(issue.cell?.sheet ?? '');

/** What a run has to say, each note that names an existing cell a link that selects it. */
export function IssueList(props: {
  readonly issues: readonly { readonly issue: Issue; readonly text: string }[];
  readonly onSelect: (issue: Issue) => void;
  readonly locale: Locale;
  readonly testId: string;
}) {
  const styles = useStyles();
  const sheets = useWorkbookSheets();
  if (props.issues.length === 0) return null;
  return (
    <section>
      <Text weight="semibold">{t('issuesTitle', props.locale)}</Text>
      <ul className={styles.list} data-testid={props.testId}>
        {props.issues.map(({ issue, text }, i) => (
          <li key={i}>
            <MessageBar intent={intent[issue.severity]} data-intent={intent[issue.severity]}>
              <MessageBarBody>
                {canSelect(issue, sheets) ? (
                  <Link onClick={() => props.onSelect(issue)}>{text}</Link>
                ) : (
                  text
                )}
              </MessageBarBody>
            </MessageBar>
          </li>
        ))}
      </ul>
    </section>
  );
}
