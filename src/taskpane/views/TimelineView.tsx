import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  SpinButton,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { TEMPLATES } from '../../core/templates';
import type { ViewProps } from '.';
import { t } from '../strings';
import { IssueList } from './IssueList';
import { BusyNote } from './BusyNote';
import { MappingFields } from './MappingFields';
import { MilestoneInputs } from './MilestoneInputs';
import { ReuseSection } from './ReuseSection';
import { SheetPicker } from './SheetPicker';
import { ROLES, useTimeline, type TimelineState } from './useTimeline';
import type { Locale } from '../../core/issues';

const useStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    alignItems: 'center',
  },
});

/** Whether to draw the in-sheet Gantt, and over how many days. */
function GanttOptions({ tl, locale }: { tl: TimelineState; locale: Locale }) {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      <Switch
        checked={tl.tracking.gantt}
        label={t('ganttSwitch', locale)}
        onChange={(_, d) => tl.setTracking({ ...tl.tracking, gantt: d.checked })}
        style={{ gridColumn: '1 / span 2' }}
        data-testid="gantt"
      />
      {tl.tracking.gantt && (
        <Field
          label={t('ganttDays', locale)}
          orientation="horizontal"
          style={{ gridColumn: '1 / span 2' }}
        >
          <SpinButton
            value={tl.tracking.ganttMaxDays}
            min={7}
            max={366}
            onChange={(_, d) => {
              const days = d.value ?? Number(d.displayValue);
              if (Number.isFinite(days) && days >= 7)
                tl.setTracking({
                  ...tl.tracking,
                  ganttMaxDays: Math.min(366, Math.round(days)),
                });
            }}
            data-testid="gantt-days"
          />
        </Field>
      )}
    </div>
  );
}

/** 生成时间表: the detected 推进表, its columns and milestones, Generate, and what to look at. */
export function TimelineView(props: ViewProps) {
  const { host, locale, restored } = props;
  const styles = useStyles();
  const tl = useTimeline(props);
  if (!tl.result && !tl.template) return <BusyNote step={tl.step} locale={locale} />;
  const mapping = tl.result?.taskSheet.mapping ?? {};
  return (
    <div className={styles.view} data-testid="timeline-view">
      {tl.template ? (
        <Field label={t('templateTitle', locale)} hint={t('templateHint', locale)}>
          <Dropdown
            value={tl.template.name}
            selectedOptions={[tl.template.id]}
            onOptionSelect={(_, d) => d.optionValue && tl.setTemplate(d.optionValue)}
            data-testid="template"
          >
            {TEMPLATES.map((x) => (
              <Option key={x.id} value={x.id} text={x.name}>
                {`${x.name}：${x.description}`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : (
        <SheetPicker
          label={t('sheetLabel', locale)}
          sheets={tl.sheets}
          sheet={tl.sheet}
          onPick={(n) => tl.setSheet(n)}
        />
      )}

      <MilestoneInputs tl={tl} locale={locale} />
      <GanttOptions tl={tl} locale={locale} />

      <Button
        appearance="primary"
        disabled={!tl.result?.plan || tl.step !== null}
        onClick={() => void tl.generate()}
        data-testid="generate"
      >
        {tl.missing.length > 0
          ? t('generateNeeds', locale).replace('{names}', tl.missing.join(t('listJoin', locale)))
          : t('generate', locale)}
      </Button>
      <BusyNote step={tl.step} locale={locale} />
      {tl.done && (
        <MessageBar intent="success" data-intent="success" data-testid="timeline-done">
          <MessageBarBody>{tl.done}</MessageBarBody>
        </MessageBar>
      )}

      <IssueList
        issues={tl.issues}
        onSelect={(i) => void tl.select(i)}
        locale={locale}
        testId="timeline-issues"
      />

      {!tl.template && tl.result && (
        <ReuseSection host={host} locale={locale} tl={tl} restored={restored} />
      )}

      {!tl.template && tl.result && (
        <MappingFields
          roles={ROLES}
          mapping={mapping}
          columns={tl.columns}
          onChange={(role, col) => tl.setRole(role, col)}
          locale={locale}
        />
      )}
    </div>
  );
}
