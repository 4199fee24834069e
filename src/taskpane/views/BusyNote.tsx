import { Spinner } from '@fluentui/react-components';

/**
 * A spinner with the step a command is on: a disabled button alone does not say that anything is
 * happening, nor what.
 */
export function BusyNote({ step }: { readonly step: string | null }) {
  if (!step) return null;
  return <Spinner size="tiny" labelPosition="after" label={step} data-testid="busy" />;
}
