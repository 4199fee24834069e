import { Dropdown, Field, Option } from '@fluentui/react-components';

/** Which of the sheets that read as the view's table to work on. */
export function SheetPicker(props: {
  readonly label: string;
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  readonly onPick: (name: string) => void;
}) {
  return (
    <Field label={props.label}>
      <Dropdown
        value={props.sheet ?? ''}
        selectedOptions={props.sheet ? [props.sheet] : []}
        onOptionSelect={(_, d) => d.optionValue && props.onPick(d.optionValue)}
      >
        {props.sheets.map((s) => (
          <Option key={s} value={s}>
            {s}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
