import { Button, Field, Input, Text } from '@fluentui/react-components';
import type { Locale } from '../../core/issues';
import type { WorkbookHost } from '../../hosts/types';
import { t } from '../strings';
import { IssueList } from './IssueList';
import { useReuse } from './useReuse';
import type { TimelineState } from './useTimeline';

/** 复用到下次活动: a milestone's old and new dates, and the button that moves the plan. */
export function ReuseSection(props: {
  host: WorkbookHost;
  locale: Locale;
  tl: TimelineState;
  restored: number;
}) {
  const { host, locale, tl, restored } = props;
  const r = useReuse(host, locale, tl, restored);
  return (
    <section data-testid="reuse">
      <Text weight="semibold">{t('reuseTitle', locale)}</Text>
      <Text block size={200}>
        {t('reuseHint', locale)}
      </Text>
      <Field label={t('reuseMilestone', locale)}>
        <Input value={r.name} onChange={(_, d) => r.setName(d.value)} data-testid="reuse-name" />
      </Field>
      <Field label={t('reuseFrom', locale)}>
        <Input
          type="datetime-local"
          value={r.from}
          onChange={(_, d) => r.setFrom(d.value)}
          data-testid="reuse-from"
        />
      </Field>
      <Field label={t('reuseTo', locale)}>
        <Input
          type="datetime-local"
          value={r.to}
          onChange={(_, d) => r.setTo(d.value)}
          data-testid="reuse-to"
        />
      </Field>
      <Button disabled={!r.ready} onClick={() => void r.reuse()} data-testid="reuse-run">
        {t('reuseTitle', locale)}
      </Button>
      <IssueList
        issues={r.issues}
        onSelect={(i) => void tl.select(i)}
        locale={locale}
        testId="reuse-issues"
      />
    </section>
  );
}
