import { Spinner } from '@fluentui/react-components';
import type { Locale } from '../../core/issues';
import { t, type StringKey } from '../strings';

/** The step a command is on: reading the workbook, writing a plan, or undoing the last run. */
export type BusyStep = 'reading' | 'writing' | 'restoring';

const STEP_TEXT: Record<BusyStep, StringKey> = {
  reading: 'stepReading',
  writing: 'stepWriting',
  restoring: 'stepRestoring',
};

/** Writing goes first: a run's own re-read follows its write and is part of the same wait. */
export const busyStep = (writing: boolean, reading: boolean): BusyStep | null =>
  writing ? 'writing' : reading ? 'reading' : null;

/**
 * A spinner with the step a command is on: a disabled button alone does not say that anything is
 * happening, nor what.
 */
export function BusyNote({ step, locale }: { readonly step: BusyStep | null; locale: Locale }) {
  if (!step) return null;
  return (
    <Spinner
      size="tiny"
      labelPosition="after"
      label={t(STEP_TEXT[step], locale)}
      data-testid="busy"
      data-step={step}
    />
  );
}
