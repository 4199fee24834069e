/**
 * A strict fake of the slice of the Excel JavaScript API the office host uses. It fails where
 * Excel fails: reading a property that was not loaded and synced throws PropertyNotLoaded; a
 * string written to `values`/`formulas` is parsed as if typed (`=…` becomes a formula, `123`
 * a number, a leading `'` marks text); writes are queued and run at `sync()`; each sync is one
 * request whose JSON payload must stay under 5 MB (RequestPayloadSizeLimitExceeded, nothing
 * applied); a protected sheet refuses writes (AccessDenied, earlier operations of the batch
 * stay applied, as in Excel); edit mode refuses every request; and a failure can be injected at
 * the k-th sync, or at several (a run's and then its rollback's), after half of that batch ran.
 * Cells live in a MemoryHost, so formulas evaluate. Reads are answered as Excel answers them
 * (fakeReads.ts, with sources): a response over 5 MB fails (ResponsePayloadSizeLimitExceeded,
 * nothing loaded), more than 512 merged areas fail, addresses quote sheet names as Excel does,
 * and the used range starts at the first used cell.
 *
 * Sources for what it models:
 * - load before read, PropertyNotLoaded, `*OrNullObject` and `isNullObject` known after a sync:
 *   https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 * - strings written to `values` starting with "=" are read as formulas:
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 * - the 5 MB request limit of Excel on the web:
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 * - the error codes (AccessDenied, InvalidOperationInCellEditMode, ItemNotFound,
 *   GeneralException …): https://learn.microsoft.com/javascript/api/excel/excel.errorcodes and
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * - a GeneralException can come at any sync, a read's or a write's, and again at the next one
 *   ("Operation failed because the data is not current on the server", sporadic, both reads and
 *   writes): https://github.com/OfficeDev/office-js/issues/6501 — hence failures at several syncs.
 * - an added conditional format goes to the top priority:
 *   https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
 * - data validation (rules, alerts, prompts, what Excel refuses and how bounds read back) and a
 *   range's fill (no fill read as #FFFFFF, told from white only by ExcelApi 1.9's tintAndShade):
 *   cited on FakeDataValidation and FakeRangeFill below.
 */
import {
  cellAddress,
  contains,
  overlaps,
  parseRange,
  type CellRef,
  type RangeBox,
} from '../../src/core/a1';
import { toSerial } from '../../src/core/calendar/serial';
import {
  sheetPlan,
  block,
  type CellLook,
  type ChartSeries,
  type ChartSpec,
  type DataRule,
  type PlanCell,
  type RuleOperator,
  type RuleType,
} from '../../src/core/plan';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { subtract } from '../../src/hosts/xlsx/package/sqref';
import { readLook } from '../../src/hosts/memory/looks';
import { excelAddress, MERGED_AREAS_LIMIT, usedBox } from './fakeReads';
import { FakeConditionalFormats, FakeRangeFont, FakeRangeFormat } from './fakeFormats';
import { FakePageLayout, FakeVerticalPageBreaks } from './fakePrint';
import { FakeRichApiError, jsonBytes, Proxy, RangePartProxy } from './fakeProxy';

export { FakeRichApiError };

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

interface Op {
  bytes: number;
  sheet?: string;
  write: boolean;
  /** The API member that queued it (`freezePanes.freezeRows` …), for per-operation failures. */
  name?: string;
  run: () => void;
}

export interface FakeOptions {
  /** The sync (1-based, counted over the fake's life) or syncs that fail after half their batch. */
  failAtSync?: number | readonly number[];
  /** Bytes one request may carry (5 MB on the web); lower it to meet the limit sooner. */
  payloadLimit?: number;
  protectedSheets?: readonly string[];
  editMode?: boolean;
  /** ExcelApi 1.13 (merged areas) available. */
  mergedAreasApi?: boolean;
  /** ExcelApi 1.9 (RangeFill.tintAndShade, which tells no fill from white) available. */
  fillTintApi?: boolean;
  /**
   * A workbook on the 1904 date system (older Mac files): DATE(1904,1,1) is 0, not 1462
   * (https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
   */
  date1904?: boolean;
  /**
   * Operations Excel refuses when their turn comes in a request, by name, with the error code;
   * the operations before them in the batch stay applied. Real cases: `freezePanes.freezeRows`
   * throws GeneralException on some Excel 2019 builds (https://github.com/OfficeDev/office-js/issues/2196),
   * `freezePanes.freezeAt` on some files (https://github.com/OfficeDev/office-js/issues/2014).
   */
  failOperations?: Readonly<Record<string, string>>;
  /** Bytes one response may carry (5 MB on the web, as a request). */
  responseLimit?: number;
}

export class FakeRange extends Proxy {
  readonly conditionalFormats;
  readonly dataValidation;
  readonly format;
  constructor(
    fake: FakeExcel,
    readonly sheetName: string,
    readonly box: RangeBox | null,
  ) {
    super(fake);
    const write = (bytes: number, run: () => void) =>
      fake.queue({ bytes, sheet: sheetName, write: true, run });
    const self = this;
    const add = (type: string) => {
      if (type !== 'Custom')
        throw new FakeRichApiError('InvalidArgument', `unsupported conditional format ${type}`);
      const cf = {
        formula: '',
        fill: undefined as string | undefined,
        fontColor: undefined as string | undefined,
      };
      write(60, () => undefined);
      const custom = {
        rule: {
          set formula(f: string) {
            cf.formula = f;
            write(f.length + 40, () =>
              fake.mutate(sheetName, { addCf: { range: self.requireBox(), ...cf } }),
            );
          },
        },
        format: {
          fill: {
            set color(c: string) {
              cf.fill = c;
              write(40, () =>
                fake.mutate(sheetName, { updateCf: { range: self.requireBox(), ...cf } }),
              );
            },
          },
          font: {
            set color(c: string) {
              cf.fontColor = c;
              write(40, () =>
                fake.mutate(sheetName, { updateCf: { range: self.requireBox(), ...cf } }),
              );
            },
          },
        },
      };
      return { custom };
    };
    this.conditionalFormats = new FakeConditionalFormats(
      fake,
      sheetName,
      () => this.requireBox(),
      (box) => new FakeRange(fake, sheetName, box),
      add,
    );
    this.dataValidation = new FakeDataValidation(fake, sheetName, () => this.requireBox());
    const boxNow = () => this.requireBox();
    this.format = new FakeRangeFormat(
      fake,
      sheetName,
      boxNow,
      new FakeRangeFill(fake, sheetName, boxNow),
      new FakeRangeFont(fake, sheetName, boxNow),
    );
  }
  get isNullObject(): boolean {
    return this.nullCheck(this.box === null);
  }
  protected override sheetOf(): string | undefined {
    return this.box ? this.sheetName : undefined;
  }
  private requireBox(): RangeBox {
    if (!this.box) throw new FakeRichApiError('InvalidObjectPath', 'null object');
    return this.box;
  }
  protected override compute(prop: string): unknown {
    if (!this.box) return undefined;
    const read = () => this.fake.store.readCells(this.sheetName, this.box!);
    const shown = (v: unknown) =>
      v === null ? '' : typeof v === 'object' ? (v as { error: string }).error : v;
    switch (prop) {
      case 'values':
        return read().values.map((r) => r.map(shown));
      case 'formulas': {
        const { values, formulas } = read();
        return values.map((r, i) => r.map((v, j) => formulas[i]?.[j] ?? shown(v)));
      }
      case 'numberFormat':
        return read().numberFormats;
      case 'address':
        return excelAddress(this.sheetName, this.box);
      case 'rowIndex':
        return this.box.row;
      case 'columnIndex':
        return this.box.col;
      case 'rowCount':
        return this.box.rows;
      case 'columnCount':
        return this.box.cols;
      default:
        throw new FakeRichApiError('InvalidArgument', `the fake cannot load ${prop}`);
    }
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  set values(rows: unknown[][]) {
    this.writeCells(rows);
  }
  set formulas(rows: unknown[][]) {
    this.writeCells(rows);
  }
  set numberFormat(rows: string[][]) {
    const box = this.requireBox();
    this.checkShape(rows);
    this.fake.queue({
      bytes: jsonBytes(rows),
      sheet: this.sheetName,
      write: true,
      run: () => this.fake.mutate(this.sheetName, { numberFormats: { box, rows } }),
    });
  }
  private checkShape(rows: unknown[][]): void {
    const box = this.requireBox();
    if (rows.length !== box.rows || rows.some((r) => r.length !== box.cols)) {
      throw new FakeRichApiError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
      );
    }
  }
  /**
   * A cell formatted as Text (`@`) keeps what is typed into it as text, `=…` included, "instead of
   * the expected result" (https://excelribbon.tips.net/T003308_Formulas_Dont_Calculate_as_Formulas.html:
   * "the cell … was previously formatted as text"); the format in force when the write runs counts.
   */
  private writeCells(rows: unknown[][]): void {
    const box = this.requireBox();
    this.checkShape(rows);
    this.fake.queue({
      bytes: jsonBytes(rows),
      sheet: this.sheetName,
      write: true,
      run: () => {
        const formats = this.fake.store.extrasOf(this.sheetName).numberFormats;
        const isText = (i: number, j: number) =>
          formats.get(`${box.row + i},${box.col + j}`) === '@';
        const cells = rows.map((r, i) =>
          r.map((v, j) =>
            isText(i, j) && typeof v === 'string' && v !== '' && !v.startsWith("'")
              ? ({ kind: 'text', value: v } as const)
              : parseTyped(v),
          ),
        );
        this.fake.mutate(this.sheetName, { cells: { at: box, cells } });
      },
    });
  }
  select(): void {
    const box = this.requireBox();
    this.fake.queue({
      bytes: 40,
      sheet: this.sheetName,
      write: false,
      run: () =>
        void (this.fake.store.selection = { sheet: this.sheetName, address: cellAddress(box) }),
    });
  }
  merge(_across: boolean): void {
    const box = this.requireBox();
    this.fake.queue({
      bytes: 40,
      sheet: this.sheetName,
      write: true,
      run: () => this.fake.store.writeSheetPlan({ ...sheetPlan(this.sheetName), merges: [box] }),
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    if (!this.fake.options.mergedAreasApi)
      throw new FakeRichApiError('ApiNotFound', 'ExcelApi 1.13 is not supported here');
    return new FakeRangeAreas(this.fake, this.sheetName, this.box);
  }
}

class FakeRangeAreas extends Proxy {
  constructor(
    fake: FakeExcel,
    private readonly sheet: string,
    private readonly box: RangeBox | null,
  ) {
    super(fake);
  }
  protected override compute(prop: string): unknown {
    if (prop !== 'address')
      throw new FakeRichApiError('InvalidArgument', `the fake cannot load ${prop}`);
    const merges = this.merges();
    if (merges.length > MERGED_AREAS_LIMIT)
      throw new FakeRichApiError('GeneralException', 'There are too many merged areas.');
    return merges.map((m) => excelAddress(this.sheet, m)).join(',');
  }
  private merges(): RangeBox[] {
    const box = this.box;
    const all = this.fake.store.extrasOf(this.sheet).merges;
    return box ? all.filter((m) => overlaps(m, box)) : [];
  }
  get isNullObject(): boolean {
    return this.nullCheck(this.merges().length === 0);
  }
  get address(): string {
    return this.get('address');
  }
}

/**
 * The background of a range. `color` reads "#FFFFFF" for a cell with no fill, exactly as for a
 * white one (https://github.com/OfficeDev/office-js/issues/4900, /issues/6218); only
 * `tintAndShade` (ExcelApi 1.9) tells them apart: null for no fill, a number for any colour (the
 * maintainers' answer in issue 4900). `clear()` "Resets the range background" and nothing else
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangefill#excel-excel-rangefill-clear-member(1)).
 */
class FakeRangeFill extends RangePartProxy {
  private write(run: () => void): void {
    this.fake.queue({ bytes: 40, sheet: this.sheet, write: true, run });
  }
  set color(c: string) {
    this.write(() => this.fake.mutate(this.sheet, { style: { range: this.box(), fill: c } }));
  }
  get color(): string {
    return this.get('color');
  }
  get tintAndShade(): number | null {
    return this.get('tintAndShade');
  }
  clear(): void {
    this.write(() => this.fake.mutate(this.sheet, { clearFill: this.box() }));
  }
  protected override compute(prop: string): unknown {
    const fill = readLook(this.fake.store.extrasOf(this.sheet), this.box()).fill;
    if (prop === 'color') return fill ?? '#FFFFFF';
    if (prop !== 'tintAndShade')
      throw new FakeRichApiError('InvalidArgument', `the fake cannot load fill/${prop}`);
    if (!this.fake.options.fillTintApi)
      throw new FakeRichApiError('ApiNotFound', 'RangeFill.tintAndShade needs ExcelApi 1.9');
    return fill === null ? null : 0;
  }
}

/** office-js names of the rule kinds and operators, and the file's names for them. */
const OFFICE_RULE_KEYS = {
  wholeNumber: 'whole',
  decimal: 'decimal',
  date: 'date',
  time: 'time',
  textLength: 'textLength',
  list: 'list',
  custom: 'custom',
} as const;
const OFFICE_TYPES: Record<RuleType, string> = {
  any: 'None',
  whole: 'WholeNumber',
  decimal: 'Decimal',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  list: 'List',
  custom: 'Custom',
};
const OFFICE_OPERATORS: Record<string, RuleOperator> = {
  Between: 'between',
  NotBetween: 'notBetween',
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  GreaterThan: 'greaterThan',
  LessThan: 'lessThan',
  GreaterThanOrEqualTo: 'greaterThanOrEqual',
  LessThanOrEqualTo: 'lessThanOrEqual',
};

/** The longest texts Excel keeps in a validation (MS-OI29500 2.1.613; VBA Validation.InputTitle). */
const EXCEL_VALIDATION_TEXT = { title: 32, prompt: 255, error: 224 };

type OfficeOperand = string | number | Date;
type OfficeBasic = { formula1: OfficeOperand; formula2?: OfficeOperand; operator: string };
type OfficeRule = Partial<
  Record<'wholeNumber' | 'decimal' | 'date' | 'time' | 'textLength', OfficeBasic> & {
    list: { inCellDropDown: boolean; source: string };
    custom: { formula: string };
  }
>;

const invalid = (what: string) =>
  new FakeRichApiError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format. (${what})`,
  );

/**
 * A range's data validation (ExcelApi 1.8), kept in the store as the file keeps it. What it
 * refuses, as Excel does:
 * - a rule with more than one kind ("No more than one of these properties may be present in any
 *   DataValidationRule object"), Between/NotBetween without formula2 ("you must specify the
 *   optional formula2 property"), a number as a date or time bound ("you cannot use a number in
 *   the formula properties, but you can enter a ISO 8606 datetime string (or an Excel formula)"):
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
 * - a rule set on a range whose cells hold different validations: InvalidArgument
 *   (https://github.com/OfficeDev/office-js/issues/2594), so a writer clears first;
 * - a prompt or alert longer than Excel keeps (title 32, prompt 255, error 224 characters:
 *   MS-OI29500 2.1.613 on `dataValidation`; Validation.InputTitle "Limited to 32 characters").
 * What it reads: bounds "always ... as a string formula, for example: "=10""
 * (https://learn.microsoft.com/javascript/api/excel/excel.basicdatavalidation), `type` "None"
 * where nothing is validated, showAlert true and style Stop unless set, ignoreBlanks true
 * (https://learn.microsoft.com/javascript/api/excel/excel.datavalidationerroralert,
 * https://learn.microsoft.com/javascript/api/excel/excel.datavalidation).
 */
class FakeDataValidation extends RangePartProxy {
  private write(bytes: number, run: () => void): void {
    this.fake.queue({ bytes, sheet: this.sheet, write: true, run });
  }
  clear(): void {
    this.write(40, () => this.fake.mutate(this.sheet, { clearValidation: this.box() }));
  }
  set rule(r: OfficeRule) {
    const rule = fileRule(r);
    this.write(JSON.stringify(r).length + 60, () => {
      const extras = this.fake.store.extrasOf(this.sheet);
      const box = this.box();
      const seen = new Set(
        cellsOf(box).map((at) => JSON.stringify(readLook(extras, at).validation)),
      );
      if (seen.size > 1) throw invalid('the range holds different validations');
      this.fake.mutate(this.sheet, { clearValidation: box });
      extras.rules.push({ range: box, rule });
    });
  }
  set prompt(p: { showPrompt: boolean; title: string; message: string }) {
    this.update((rule) => {
      if (p.title.length > EXCEL_VALIDATION_TEXT.title) throw invalid('prompt title');
      if (p.message.length > EXCEL_VALIDATION_TEXT.prompt) throw invalid('prompt message');
      const rest = without(rule, 'prompt');
      return p.showPrompt ? { ...rest, prompt: { title: p.title, message: p.message } } : rest;
    });
  }
  set errorAlert(e: { showAlert: boolean; style: string; title: string; message: string }) {
    const style = e.style.toLowerCase() as 'stop';
    this.update((rule) => {
      if (e.title.length > EXCEL_VALIDATION_TEXT.title) throw invalid('error title');
      if (e.message.length > EXCEL_VALIDATION_TEXT.error) throw invalid('error message');
      const rest = without(rule, 'error');
      return e.showAlert ? { ...rest, error: { style, title: e.title, message: e.message } } : rest;
    });
  }
  set ignoreBlanks(b: boolean) {
    this.update((rule) => ({ ...rule, allowBlank: b }));
  }
  /** Changes the rule of the range, or gives it an "any value" rule to carry the change. */
  private update(change: (rule: DataRule) => DataRule): void {
    this.write(120, () => {
      const extras = this.fake.store.extrasOf(this.sheet);
      const box = this.box();
      const mine = extras.rules.filter((r) => contains(box, r.range));
      if (mine.length === 0) extras.rules.push({ range: box, rule: change(ANY_VALUE) });
      extras.rules = extras.rules.map((r) =>
        mine.includes(r) ? { ...r, rule: change(r.rule) } : r,
      );
    });
  }
  get type(): string {
    return this.get('type');
  }
  get rule(): OfficeRule {
    return this.get('rule');
  }
  get prompt(): { showPrompt: boolean; title: string; message: string } {
    return this.get('prompt');
  }
  get errorAlert(): { showAlert: boolean; style: string; title: string; message: string } {
    return this.get('errorAlert');
  }
  get ignoreBlanks(): boolean {
    return this.get('ignoreBlanks');
  }
  protected override compute(prop: string): unknown {
    const extras = this.fake.store.extrasOf(this.sheet);
    const rules = cellsOf(this.box()).map((at) => readLook(extras, at).validation);
    if (new Set(rules.map((r) => JSON.stringify(r))).size > 1)
      return prop === 'type' ? 'Inconsistent' : null;
    const rule = rules[0] ?? null;
    switch (prop) {
      case 'type':
        return OFFICE_TYPES[rule?.type ?? 'any'];
      case 'rule':
        return rule ? officeRule(rule) : {};
      case 'prompt':
        return {
          showPrompt: !!rule?.prompt,
          title: rule?.prompt?.title ?? '',
          message: rule?.prompt?.message ?? '',
        };
      case 'errorAlert': {
        const e = rule ? rule.error : { style: 'stop', title: '', message: '' };
        const style = (e?.style ?? 'stop').replace(/^./, (c) => c.toUpperCase());
        return { showAlert: !!e, style, title: e?.title ?? '', message: e?.message ?? '' };
      }
      case 'ignoreBlanks':
        return rule?.allowBlank ?? true;
      default:
        throw new FakeRichApiError(
          'InvalidArgument',
          `the fake cannot load dataValidation/${prop}`,
        );
    }
  }
}

/** A copy of a record without one of its keys. */
function without<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const copy: Partial<Record<keyof T, unknown>> = { ...o };
  delete copy[key];
  return copy as Omit<T, K>;
}

/** A rule with no criterion, where a prompt set alone lives (Excel's "Any value"). */
const ANY_VALUE: DataRule = { type: 'any', allowBlank: true };

const cellsOf = (box: RangeBox): CellRef[] =>
  Array.from({ length: box.rows * box.cols }, (_, i) => ({
    row: box.row + Math.floor(i / box.cols),
    col: box.col + (i % box.cols),
  }));

/** An office-js bound as the file keeps it: "=A1" as A1, an ISO date as its serial. */
function fileOperand(v: OfficeOperand | undefined, dated: boolean): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') {
    if (dated) throw invalid('a number as a date or time bound');
    return String(v);
  }
  if (v instanceof Date) throw invalid('the fake takes dates as ISO text');
  if (v.startsWith('=')) return v.slice(1);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(v);
  if (dated && iso) {
    const [, year, month, day, hour, minute] = iso.map(Number);
    return String(
      toSerial({ year: year!, month: month!, day: day!, hour: hour || 0, minute: minute || 0 }),
    );
  }
  if (dated || Number.isNaN(Number(v))) throw invalid(`bound ${v}`);
  return v;
}

/** The rule office-js was given, as the file keeps it (an alert shown with Stop by default). */
function fileRule(r: OfficeRule): DataRule {
  const keys = Object.keys(r) as (keyof OfficeRule)[];
  if (keys.length !== 1) throw invalid('a rule holds exactly one kind');
  const key = keys[0]!;
  const base = { allowBlank: true, error: { style: 'stop' as const, title: '', message: '' } };
  if (key === 'list') {
    const { source, inCellDropDown } = r.list!;
    const formula1 = source.startsWith('=') ? source.slice(1) : `"${source}"`;
    return { ...base, type: 'list', formula1, dropDown: inCellDropDown };
  }
  if (key === 'custom')
    return { ...base, type: 'custom', formula1: r.custom!.formula.replace(/^=/, '') };
  const b = r[key] as OfficeBasic;
  const operator = OFFICE_OPERATORS[b.operator];
  if (!operator) throw invalid(`operator ${b.operator}`);
  const between = operator === 'between' || operator === 'notBetween';
  if (between && b.formula2 === undefined) throw invalid('formula2 for Between');
  const dated = key === 'date' || key === 'time';
  const formula2 = between ? fileOperand(b.formula2, dated) : undefined;
  return {
    ...base,
    type: OFFICE_RULE_KEYS[key],
    operator,
    formula1: fileOperand(b.formula1, dated)!,
    ...(formula2 !== undefined && { formula2 }),
  };
}

/** A rule as office-js reads it back: bounds as string formulas. */
function officeRule(rule: DataRule): OfficeRule {
  if (rule.type === 'any') return {};
  if (rule.type === 'list') {
    const f = rule.formula1 ?? '';
    const source = f.startsWith('"') ? f.slice(1, -1) : `=${f}`;
    return { list: { inCellDropDown: rule.dropDown ?? true, source } };
  }
  if (rule.type === 'custom') return { custom: { formula: `=${rule.formula1 ?? ''}` } };
  const key = (Object.keys(OFFICE_RULE_KEYS) as (keyof typeof OFFICE_RULE_KEYS)[]).find(
    (k) => OFFICE_RULE_KEYS[k] === rule.type,
  )!;
  const operator = Object.keys(OFFICE_OPERATORS).find(
    (o) => OFFICE_OPERATORS[o] === rule.operator,
  )!;
  return {
    [key]: {
      formula1: `=${rule.formula1 ?? ''}`,
      ...(rule.formula2 !== undefined && { formula2: `=${rule.formula2}` }),
      operator,
    },
  };
}

/** Excel reads a typed string the way a user's typing is read. */
function parseTyped(v: unknown): PlanCell {
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v === null || v === undefined || v === '') return { kind: 'blank' };
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  if (s.startsWith("'")) return { kind: 'text', value: s.slice(1) };
  if (s.startsWith('=')) return { kind: 'formula', formula: s };
  if (/^[+-]?\d+(\.\d+)?(e[+-]?\d+)?%?$/i.test(s.trim())) {
    const n = Number(s.trim().replace('%', ''));
    return { kind: 'number', value: s.trim().endsWith('%') ? n / 100 : n };
  }
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean', value: /^true$/i.test(s) };
  return { kind: 'text', value: s };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A chart as Excel builds it: `add` makes "Chart N" over the values, then each setter changes it.
 * Names need not be unique: "If there are multiple charts with the same name, the first one will
 * be returned" by `getItem` (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-getitem-member(1));
 * `id` is "the unique ID of chart" (ExcelApi 1.7,
 * https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-id-member).
 */
class FakeChart extends Proxy {
  readonly title;
  readonly legend;
  readonly series;
  constructor(
    fake: FakeExcel,
    private readonly sheet: string,
    private readonly spec: Mutable<ChartSpec>,
  ) {
    super(fake);
    const set = (change: (spec: Mutable<ChartSpec>) => void) => this.set(change);
    this.title = {
      set text(t: string) {
        set((c) => void (c.title = t));
      },
    };
    this.legend = {
      set visible(_v: boolean) {
        set(() => undefined);
      },
    };
    this.series = new FakeSeriesCollection(set, spec.series.length);
  }
  private set(change: (spec: Mutable<ChartSpec>) => void): void {
    this.fake.queue({ bytes: 60, sheet: this.sheet, write: true, run: () => change(this.spec) });
  }
  set name(n: string) {
    this.set((spec) => void (spec.name = n));
  }
  get name(): string {
    return this.get('name');
  }
  get id(): string {
    return this.get('id');
  }
  protected override compute(prop: string): unknown {
    if (prop === 'name') return this.spec.name;
    if (prop === 'id') return this.fake.chartId(this.spec);
    throw new FakeRichApiError('InvalidArgument', `the fake cannot load chart/${prop}`);
  }
  setPosition(start: string, end: string): void {
    const a = parseRange(start).box;
    const b = parseRange(end).box;
    this.set(
      (spec) =>
        void (spec.at = {
          row: a.row,
          col: a.col,
          rows: b.row - a.row + 1,
          cols: b.col - a.col + 1,
        }),
    );
  }
  delete(): void {
    this.set((spec) => {
      const extras = this.fake.store.extrasOf(this.sheet);
      extras.charts = extras.charts.filter((c) => c !== spec);
    });
  }
}

type ChartChange = (change: (spec: Mutable<ChartSpec>) => void) => void;

/**
 * A chart's series (ExcelApi 1.7): `getItemAt` answers an existing series, and `add(name)` appends
 * one that "is not visible until set values/x axis values" — the fake holds it with empty values
 * until `setValues` (https://learn.microsoft.com/javascript/api/excel/excel.chartseriescollection#excel-excel-chartseriescollection-add-member(1),
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-setvalues-member(1)).
 * Categories are the chart's own in the fake, as they are for every series the add-in writes.
 */
class FakeSeriesCollection {
  constructor(
    private readonly set: ChartChange,
    private count: number,
  ) {}
  getItemAt(i: number) {
    if (i >= this.count) throw new FakeRichApiError('InvalidArgument', `no series ${i}`);
    return this.item(i);
  }
  add(name?: string) {
    const i = this.count++;
    const empty = { row: 0, col: 0, rows: 0, cols: 0 };
    this.set((c) => void (c.series = [...c.series, { name: name ?? '', values: empty }]));
    return this.item(i);
  }
  private item(i: number) {
    const set = this.set;
    const change = (f: (s: ChartSeries) => ChartSeries) =>
      set((c) => {
        const [head, ...tail] = c.series.map((s, j) => (j === i ? f(s) : s));
        c.series = [head!, ...tail];
      });
    return {
      set name(n: string) {
        change((s) => ({ ...s, name: n }));
      },
      setValues: (r: FakeRange) => change((s) => ({ ...s, values: r.box! })),
      setXAxisValues: (r: FakeRange) => set((c) => void (c.categories = r.box!)),
    };
  }
}

class FakeChartCollection extends Proxy {
  constructor(
    fake: FakeExcel,
    private readonly sheet: string,
  ) {
    super(fake);
  }
  protected override sheetOf(): string {
    return this.sheet;
  }
  protected override compute(prop: string): unknown {
    if (prop !== 'items')
      throw new FakeRichApiError('InvalidArgument', `the fake cannot load ${prop}`);
    return this.fake.store
      .extrasOf(this.sheet)
      .charts.map((c) => new FakeChart(this.fake, this.sheet, c).markLoaded(['name', 'id']));
  }
  get items(): FakeChart[] {
    return this.get('items');
  }
  getItem(name: string): FakeChart {
    const spec = this.fake.store.extrasOf(this.sheet).charts.find((c) => c.name === name);
    if (!spec) throw new FakeRichApiError('ItemNotFound', `no chart ${name}`);
    return new FakeChart(this.fake, this.sheet, spec);
  }
  add(type: string, values: FakeRange, _seriesBy: string): FakeChart {
    if (!['Line', 'ColumnClustered'].includes(type))
      throw new FakeRichApiError('InvalidArgument', `unsupported chart ${type}`);
    const spec: Mutable<ChartSpec> = {
      name: '',
      kind: type === 'Line' ? 'line' : 'column',
      title: '',
      categories: values.box!,
      series: [{ name: '', values: values.box! }],
      at: { row: 0, col: 0, rows: 15, cols: 8 },
    };
    this.fake.queue({
      bytes: 80,
      sheet: this.sheet,
      write: true,
      run: () => {
        const charts = this.fake.store.extrasOf(this.sheet).charts;
        spec.name = `Chart ${charts.length + 1}`;
        charts.push(spec);
      },
    });
    return new FakeChart(this.fake, this.sheet, spec);
  }
}

/**
 * Worksheet functions evaluated without a cell (ExcelApi 1.2,
 * https://learn.microsoft.com/javascript/api/excel/excel.functions): only DATE, whose serial
 * counts from 1904-01-01 (0) in a 1904 workbook and from 1900 otherwise
 * (https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
 */
class FakeFunctions {
  constructor(private readonly fake: FakeExcel) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    const serial = toSerial({ year, month, day }) - (this.fake.options.date1904 ? 1462 : 0);
    return new FakeFunctionResult(this.fake, serial);
  }
}

class FakeFunctionResult extends Proxy {
  constructor(
    fake: FakeExcel,
    private readonly result: number,
  ) {
    super(fake);
  }
  protected override compute(prop: string): unknown {
    if (prop !== 'value') throw new FakeRichApiError('InvalidArgument', `cannot load ${prop}`);
    return this.result;
  }
  get value(): number {
    return this.get('value');
  }
}

const EXCEL_ROWS = 1_048_576;

// Excel.SheetVisibility (ExcelApi 1.1): https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility
const VISIBILITY_NAMES = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
} as const;
const visibilityOf = (v: string) =>
  v === 'VeryHidden'
    ? ('veryHidden' as const)
    : v === 'Hidden'
      ? ('hidden' as const)
      : ('visible' as const);
const EXCEL_COLUMNS = 16_384;

export class FakeWorksheet extends Proxy {
  readonly freezePanes;
  readonly pageLayout;
  readonly verticalPageBreaks;
  readonly names;
  constructor(
    fake: FakeExcel,
    readonly sheetName: string | null,
  ) {
    super(fake);
    const freeze = (rows: number, cols: number, name: string) =>
      fake.queue({
        bytes: 60,
        sheet: this.requireName(),
        write: true,
        name: `freezePanes.${name}`,
        run: () => fake.mutate(this.requireName(), { freeze: { rows, cols } }),
      });
    this.pageLayout = new FakePageLayout(
      fake,
      () => this.requireName(),
      (box) => new FakeRange(fake, this.requireName(), box),
    );
    this.verticalPageBreaks = new FakeVerticalPageBreaks(
      fake,
      () => this.requireName(),
      this.pageLayout,
    );
    // The print area and titles are the sheet's names Print_Area and Print_Titles (fakePrint.ts).
    const names = {
      getItemOrNullObject: (name: string) => ({
        delete: () => {
          if (name === 'Print_Area')
            this.pageLayout.print(() => ({ area: null }), 'names.Print_Area.delete');
          if (name === 'Print_Titles')
            this.pageLayout.print(
              () => ({ titleRows: null, titleCols: null }),
              'names.Print_Titles.delete',
            );
        },
      }),
    };
    this.names = names;
    this.freezePanes = {
      freezeAt: (range: FakeRange | string) => {
        const box = typeof range === 'string' ? parseRange(range).box : range.box!;
        freeze(box.rows, box.cols, 'freezeAt');
      },
      freezeRows: (n: number) => freeze(n, 0, 'freezeRows'),
      freezeColumns: (n: number) => freeze(0, n, 'freezeColumns'),
      unfreeze: () => freeze(0, 0, 'unfreeze'),
      getLocationOrNullObject: () => {
        const f = this.fake.store.extrasOf(this.requireName()).freeze;
        if (!f || (f.rows === 0 && f.cols === 0))
          return new FakeRange(fake, this.requireName(), null);
        // Frozen rows alone are whole rows, frozen columns alone whole columns.
        const rows = f.rows || EXCEL_ROWS;
        const cols = f.cols || EXCEL_COLUMNS;
        return new FakeRange(fake, this.requireName(), { row: 0, col: 0, rows, cols });
      },
    };
  }
  get isNullObject(): boolean {
    return this.nullCheck(this.sheetName === null);
  }
  private requireName(): string {
    if (this.sheetName === null) throw new FakeRichApiError('InvalidObjectPath', 'null object');
    return this.sheetName;
  }
  protected override compute(prop: string): unknown {
    if (prop === 'name') return this.sheetName;
    if (prop === 'visibility')
      return VISIBILITY_NAMES[this.fake.store.extrasOf(this.requireName()).visibility];
    throw new FakeRichApiError('InvalidArgument', `the fake cannot load ${prop}`);
  }
  get name(): string {
    return this.get('name');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    const name = this.requireName();
    this.fake.queue({
      bytes: 40,
      sheet: name,
      write: true,
      run: () => this.fake.mutate(name, { visibility: visibilityOf(v) }),
    });
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.fake, this.requireName(), parseRange(address).box);
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.fake, this.requireName());
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const name = this.requireName();
    // Resolved now for simplicity: the fake's used range is what the sheet holds at the time of the call.
    const grid = this.fake.store.readGrid(name);
    return new FakeRange(this.fake, name, usedBox(grid.values, grid.formulas));
  }
  activate(): void {
    const name = this.requireName();
    this.fake.queue({ bytes: 40, sheet: name, write: false, run: () => undefined });
  }
  delete(): void {
    const name = this.requireName();
    this.fake.queue({
      bytes: 40,
      sheet: name,
      write: true,
      run: () => this.fake.store.deleteSheet(name),
    });
  }
}

class FakeWorksheetCollection extends Proxy {
  constructor(fake: FakeExcel) {
    super(fake);
  }
  protected override compute(prop: string): unknown {
    if (prop !== 'items')
      throw new FakeRichApiError('InvalidArgument', `the fake cannot load ${prop}`);
    return this.fake.store.sheetNames().map((n) => {
      return new FakeWorksheet(this.fake, n).markLoaded(['name', 'visibility']);
    });
  }
  get items(): FakeWorksheet[] {
    return this.get('items');
  }
  /** Resolved when the batch runs: a sheet added earlier in the same batch is found. */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, this.fake.store.sheetNames().includes(name) ? name : null);
  }
  add(name: string): FakeWorksheet {
    this.fake.queue({ bytes: 40, write: true, run: () => this.fake.mutate(name, {}) });
    return new FakeWorksheet(this.fake, name);
  }
}

type Mutation = {
  cells?: { at: RangeBox; cells: PlanCell[][] };
  numberFormats?: { box: RangeBox; rows: string[][] };
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  clearCf?: RangeBox;
  addCf?: {
    range: RangeBox;
    formula: string;
    fill?: string | undefined;
    fontColor?: string | undefined;
  };
  updateCf?: {
    range: RangeBox;
    formula: string;
    fill?: string | undefined;
    fontColor?: string | undefined;
  };
  clearValidation?: RangeBox;
  style?: {
    range: RangeBox;
    fill?: string;
    fontColor?: string;
    bold?: boolean;
    align?: 'left' | null;
  };
  clearFill?: RangeBox;
  columnWidth?: { box: RangeBox; points: number };
  freeze?: { rows: number; cols: number };
};

export class FakeExcel {
  readonly store: MemoryHost;
  syncCount = 0;
  readonly requestBytes: number[] = [];
  /** The size of each sync's response: everything it loaded, as UTF-8 JSON. */
  readonly responseBytes: number[] = [];
  private ops: Op[] = [];
  private readonly chartIds = new WeakMap<object, string>();
  private answers: { bytes: number; commit: () => void }[] = [];

  constructor(
    store: MemoryHost = new MemoryHost(),
    readonly options: FakeOptions = {},
  ) {
    this.store = store;
  }

  /** A chart's id, given once for good, as Excel's are. */
  chartId(chart: object): string {
    if (!this.chartIds.has(chart)) this.chartIds.set(chart, `{CHART-${this.chartIdCount++}}`);
    return this.chartIds.get(chart)!;
  }
  private chartIdCount = 1;

  queue(op: Op): void {
    this.ops.push(op);
  }

  /** A loaded object's part of the response; `commit` makes it readable if the response is sent. */
  respond(bytes: number, commit: () => void): void {
    this.answers.push({ bytes, commit });
  }

  /** Sends the response of a sync that ran: over the limit, it fails and nothing is loaded. */
  private answer(): void {
    const answers = this.answers;
    this.answers = [];
    const bytes = answers.reduce((n, a) => n + a.bytes, 0);
    this.responseBytes.push(bytes);
    if (bytes > (this.options.responseLimit ?? PAYLOAD_LIMIT))
      throw new FakeRichApiError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    for (const a of answers) a.commit();
  }

  /** Applies a change to the backing store, creating the sheet if needed. */
  mutate(sheet: string, m: Mutation): void {
    const base = sheetPlan(sheet, true);
    const extras = () => this.store.extrasOf(sheet);
    this.store.writeSheetPlan({
      ...base,
      ...(m.visibility && { visibility: m.visibility }),
      clearFormats: [],
      blocks: m.cells ? [block(m.cells.at, m.cells.cells)] : [],
      numberFormats: [],
      ...(m.freeze && { freeze: m.freeze }),
    });
    if (m.numberFormats) {
      const { box, rows } = m.numberFormats;
      this.store.writeSheetPlan({
        ...base,
        numberFormats: rows.flatMap((r, i) =>
          r.map((format, j) => ({
            range: { row: box.row + i, col: box.col + j, rows: 1, cols: 1 },
            format,
          })),
        ),
      });
    }
    const within = (a: RangeBox, b: RangeBox) => contains(b, a);
    if (m.clearCf)
      extras().conditionalFormats = extras().conditionalFormats.filter(
        (c) => !within(c.range, m.clearCf!),
      );
    // As in Excel, an added rule goes to the top of the priority list.
    if (m.addCf)
      extras().conditionalFormats.unshift({ range: m.addCf.range, formula: m.addCf.formula });
    if (m.updateCf) {
      const list = extras().conditionalFormats;
      const top = list[0];
      if (top)
        list[0] = {
          range: top.range,
          formula: top.formula,
          ...(top.fill && { fill: top.fill }),
          ...(top.fontColor && { fontColor: top.fontColor }),
          ...(m.updateCf.fill && { fill: m.updateCf.fill }),
          ...(m.updateCf.fontColor && { fontColor: m.updateCf.fontColor }),
        };
    }
    // Excel clears the cells of the range: a rule or fill reaching past it keeps its other cells.
    const cut = <T extends { range: RangeBox }>(list: T[], box: RangeBox): T[] =>
      list.flatMap((x) => subtract(x.range, box).map((range) => ({ ...x, range })));
    if (m.clearValidation) {
      extras().validations = cut(extras().validations, m.clearValidation);
      extras().rules = cut(extras().rules, m.clearValidation);
    }
    if (m.style) extras().styles.push(m.style);
    // Only the background goes: bold, font colour and alignment stay, as in Excel.
    if (m.clearFill) {
      const box = m.clearFill;
      extras().styles = extras().styles.flatMap((s) => {
        if (s.fill === undefined || !overlaps(s.range, box)) return [s];
        const rest = without(s, 'fill');
        const kept = Object.keys(rest).length > 1 ? [rest] : [];
        return [...kept, ...subtract(s.range, box).map((range) => ({ ...s, range }))];
      });
    }
    if (m.columnWidth) {
      for (let c = 0; c < m.columnWidth.box.cols; c++)
        extras().columnWidths.set(m.columnWidth.box.col + c, m.columnWidth.points);
    }
  }

  private async sync(): Promise<void> {
    this.syncCount += 1;
    const ops = this.ops;
    this.ops = [];
    this.answers = [];
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.requestBytes.push(bytes);
    if (this.options.editMode)
      throw new FakeRichApiError(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode.',
      );
    if (bytes > (this.options.payloadLimit ?? PAYLOAD_LIMIT))
      throw new FakeRichApiError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    const failing = [this.options.failAtSync ?? []].flat().includes(this.syncCount);
    const upTo = failing ? Math.floor(ops.length / 2) : ops.length;
    // Excel recalculates once a request's writes are in: formulas are evaluated again only
    // before a read of the same request and at its end, not after every single write.
    const hf = this.store.hf;
    const settle = () => hf.isEvaluationSuspended() && hf.resumeEvaluation();
    try {
      for (let i = 0; i < upTo; i++) {
        const op = ops[i]!;
        if (op.sheet && !this.store.sheetNames().includes(op.sheet)) {
          throw new FakeRichApiError(
            'ItemNotFound',
            `The requested resource doesn't exist: ${op.sheet}`,
          );
        }
        const refused = op.name && this.options.failOperations?.[op.name];
        if (refused) throw new FakeRichApiError(refused, `${op.name} failed`);
        if (op.write && op.sheet && this.options.protectedSheets?.includes(op.sheet)) {
          throw new FakeRichApiError(
            'AccessDenied',
            'The cell or chart you are trying to change is protected.',
          );
        }
        if (op.write && !hf.isEvaluationSuspended()) hf.suspendEvaluation();
        if (!op.write) settle();
        op.run();
      }
    } finally {
      settle();
    }
    if (failing)
      throw new FakeRichApiError('GeneralException', `injected failure at sync ${this.syncCount}`);
    this.answer();
  }

  /** Excel.run: a fresh request context per batch; pending operations are dropped on exit. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = {
      workbook: {
        worksheets: new FakeWorksheetCollection(this),
        functions: new FakeFunctions(this),
      },
      sync: () => this.sync(),
    };
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      this.ops = [];
    }
  };
}

/**
 * What a user could see of the fake's workbook: every sheet but the hidden backup, with values,
 * formulas, number formats, rules, validations and charts, to compare before and after a run.
 */
export function visibleState(fake: FakeExcel) {
  return fake.store
    .sheetNames()
    .filter((s) => s !== 'tuijin_backup')
    .map((s) => {
      const g = fake.store.readGrid(s);
      const e = fake.store.extrasOf(s);
      return {
        s,
        values: g.values,
        formulas: g.formulas,
        formats: [...e.numberFormats],
        cf: e.conditionalFormats.length,
        dv: e.validations.length,
        looks: looksShown(e),
        charts: e.charts.map((c) => c.name),
      };
    });
}

/**
 * The fill and validation every cell shows (what inputs change), by address: how the records
 * behind them are kept is no part of what a user sees.
 */
function looksShown(e: ReturnType<MemoryHost['extrasOf']>): [string, CellLook][] {
  const boxes = [...e.styles.filter((st) => st.fill !== undefined), ...e.rules, ...e.validations];
  const cells = new Map<string, CellRef>();
  for (const { range } of boxes) for (const at of cellsOf(range)) cells.set(cellAddress(at), at);
  return [...cells]
    .map(([address, at]): [string, CellLook] => [address, readLook(e, at)])
    .filter(([, look]) => look.fill !== null || look.validation !== null)
    .sort(([a], [b]) => a.localeCompare(b));
}
