import { Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Locale } from '../../core/issues';
import type { MilestoneUse } from '../../core/timeline/generateTimeline';
import { t } from '../strings';
import type { TimelineState } from './useTimeline';

const useStyles = makeStyles({
  grid: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

/** How many tasks use a milestone, with the plural the language needs. */
function usesText(uses: number, locale: Locale): string {
  if (uses === 1) return t('milestoneUsesOne', locale);
  return t('milestoneUses', locale).replace('{n}', String(uses));
}

/** Where the field's value came from: typed in the pane, read from the sheet, or still to fill. */
function sourceText(m: MilestoneUse, typed: boolean, locale: Locale): string {
  if (typed) return t('milestoneTyped', locale);
  return t(m.source === 'missing' ? 'milestoneNeeded' : 'milestoneFromSheet', locale);
}

/**
 * One date field per milestone, prefilled from the sheet. A field still empty is a neutral "to
 * fill in": the user has not done anything wrong yet.
 */
export function MilestoneInputs({ tl, locale }: { tl: TimelineState; locale: Locale }) {
  const styles = useStyles();
  return (
    <section>
      <Text weight="semibold">{t('milestonesTitle', locale)}</Text>
      <div className={styles.grid}>
        {tl.result?.milestones.map((m) => (
          <Field
            key={m.name}
            label={m.name}
            hint={`${usesText(m.uses, locale)} · ${sourceText(m, tl.typed.has(m.name), locale)}`}
            data-testid={`milestone-field-${m.name}`}
          >
            <Input
              type="datetime-local"
              value={tl.fields[m.name] ?? ''}
              onChange={(_, d) => tl.setField(m.name, d.value)}
              data-testid={`milestone-${m.name}`}
            />
          </Field>
        ))}
      </div>
    </section>
  );
}
