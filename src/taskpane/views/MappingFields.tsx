import { Dropdown, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import type { Locale } from '../../core/issues';
import { t, type StringKey } from '../strings';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    // minmax(0, …): a long column name shortens the drop-down instead of pushing it past the pane.
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    alignItems: 'center',
  },
  dropdown: { minWidth: 0 },
});

/** A column the user can pick for a role: its letter and header text. */
export interface ColumnChoice {
  readonly col: number;
  readonly label: string;
}

const roleKey = (role: string) => `role${role[0]!.toUpperCase()}${role.slice(1)}` as StringKey;

/** The detected column of each role, each one correctable from the header's columns. */
export function MappingFields<R extends string>(props: {
  readonly roles: readonly R[];
  readonly mapping: Partial<Record<R, number>>;
  readonly columns: readonly ColumnChoice[];
  readonly onChange: (role: R, col: number | null) => void;
  readonly locale: Locale;
}) {
  const styles = useStyles();
  const { roles, mapping, columns, onChange, locale } = props;
  return (
    <section>
      <Text weight="semibold">{t('mappingTitle', locale)}</Text>
      <div className={styles.grid}>
        {roles.map((role) => {
          const col = mapping[role];
          const chosen = columns.find((c) => c.col === col);
          return [
            <Text key={`${role}-l`}>{t(roleKey(role), locale)}</Text>,
            <Dropdown
              key={`${role}-d`}
              size="small"
              className={styles.dropdown}
              value={chosen?.label ?? t('noColumn', locale)}
              selectedOptions={[String(col ?? '')]}
              onOptionSelect={(_, d) =>
                onChange(role, d.optionValue ? Number(d.optionValue) : null)
              }
              data-testid={`role-${role}`}
            >
              <Option value="">{t('noColumn', locale)}</Option>
              {columns.map((c) => (
                <Option key={c.col} value={String(c.col)}>
                  {c.label}
                </Option>
              ))}
            </Dropdown>,
          ];
        })}
      </div>
    </section>
  );
}

/** The header's columns as choices, up to the table's last column. */
export function columnChoices(
  headers: Readonly<Record<number, string>>,
  lastCol: number,
  letters: (col: number) => string,
): ColumnChoice[] {
  return Object.entries(headers)
    .map(([c, h]) => ({ col: Number(c), label: `${letters(Number(c))} ${h}` }))
    .filter((c) => c.col <= lastCol);
}
