import type {
  Block,
  ConditionalFormat,
  InputCell,
  ListValidation,
  NumberFormat,
  Style,
} from '../../plan';

/** One part of the 目标 sheet (inputs, scenarios, phases …): what it writes and how it looks. */
export interface Section {
  readonly blocks: readonly Block[];
  readonly numberFormats: readonly NumberFormat[];
  readonly styles: readonly Style[];
  readonly inputs: readonly InputCell[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly validations: readonly ListValidation[];
}

/** A section with only what is given; the rest empty. */
export const section = (s: Partial<Section>): Section => ({
  blocks: [],
  numberFormats: [],
  styles: [],
  inputs: [],
  conditionalFormats: [],
  validations: [],
  ...s,
});

/** A one-cell or one-row box on the sheet. */
export const box = (row: number, col: number, rows = 1, cols = 1) => ({ row, col, rows, cols });

/** Number formats the 目标 sheet uses beyond MONEY and PERCENT. */
export const FORMATS = {
  count: '#,##0',
  ratio: '0.00',
  date: 'yyyy-mm-dd',
} as const;
