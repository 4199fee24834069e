import { contains, rangeAddress, type CellRef, type RangeBox } from '../../../core/a1';
import type { DataRule, ListValidation } from '../../../core/plan';
import { parseSqref, sqrefOf, subtract } from './sqref';
import type { Worksheet } from './worksheet';
import { WORKSHEET_ORDER } from './worksheetOrder';
import { childNamed, childrenNamed, createIn, ensureChild, type Element } from './xml';

/** The validation whose cells include `at`, or undefined. */
export function validationAt(ws: Worksheet, at: CellRef): Element | undefined {
  const list = childNamed(ws.root, 'dataValidations');
  return (list ? childrenNamed(list, 'dataValidation') : []).find((dv) =>
    parseSqref(dv.getAttribute('sqref') ?? '').some((b) =>
      contains(b, { ...at, rows: 1, cols: 1 }),
    ),
  );
}

const flag = (dv: Element, name: string) =>
  dv.getAttribute(name) === '1' || dv.getAttribute(name) === 'true';
const text = (dv: Element, name: string) => childNamed(dv, name)?.textContent ?? undefined;

const COMPARING = ['whole', 'decimal', 'date', 'time', 'textLength'];

/** A `<dataValidation>` as a DataRule. */
export function ruleOf(dv: Element): DataRule {
  const type = (dv.getAttribute('type') ?? 'none') as DataRule['type'] | 'none';
  const operator = dv.getAttribute('operator');
  const formula1 = text(dv, 'formula1');
  const formula2 = text(dv, 'formula2');
  return {
    type: type === 'none' ? 'any' : type,
    // An absent operator is the schema's default, between, for the rules that compare.
    ...(COMPARING.includes(type) && {
      operator: (operator ?? 'between') as NonNullable<DataRule['operator']>,
    }),
    ...(formula1 !== undefined && { formula1 }),
    ...(formula2 !== undefined && { formula2 }),
    allowBlank: flag(dv, 'allowBlank'),
    // The file's showDropDown means the opposite of its name: "1" hides the in-cell arrow.
    ...(type === 'list' && { dropDown: !flag(dv, 'showDropDown') }),
    ...(flag(dv, 'showErrorMessage') && {
      error: {
        style: (dv.getAttribute('errorStyle') ?? 'stop') as 'stop' | 'warning' | 'information',
        title: dv.getAttribute('errorTitle') ?? '',
        message: dv.getAttribute('error') ?? '',
      },
    }),
    ...(flag(dv, 'showInputMessage') && {
      prompt: {
        title: dv.getAttribute('promptTitle') ?? '',
        message: dv.getAttribute('prompt') ?? '',
      },
    }),
  };
}

/** Writes a DataRule on `sqref`, attributes and children in the schema's order. */
export function writeRule(ws: Worksheet, sqref: string, rule: DataRule): void {
  const list = ensureChild(ws.root, 'dataValidations', WORKSHEET_ORDER);
  const attrs: Record<string, string> = {
    ...(rule.type !== 'any' && { type: rule.type }),
    ...(rule.error && rule.error.style !== 'stop' && { errorStyle: rule.error.style }),
    ...(rule.operator && rule.operator !== 'between' && { operator: rule.operator }),
    ...(rule.allowBlank && { allowBlank: '1' }),
    ...(rule.type === 'list' && rule.dropDown === false && { showDropDown: '1' }),
    ...(rule.prompt && { showInputMessage: '1' }),
    ...(rule.error && { showErrorMessage: '1' }),
    ...(rule.error?.title && { errorTitle: rule.error.title }),
    ...(rule.error?.message && { error: rule.error.message }),
    ...(rule.prompt?.title && { promptTitle: rule.prompt.title }),
    ...(rule.prompt?.message && { prompt: rule.prompt.message }),
    sqref,
  };
  const dv = list.appendChild(createIn(list, 'dataValidation', attrs)) as Element;
  for (const [name, f] of [
    ['formula1', rule.formula1],
    ['formula2', rule.formula2],
  ] as const)
    if (f !== undefined)
      dv.appendChild(createIn(list, name)).appendChild(list.ownerDocument!.createTextNode(f));
  list.setAttribute('count', String(childrenNamed(list, 'dataValidation').length));
  ws.touch();
}

/**
 * Takes a box out of every data validation of the sheet: validations partly inside keep the rest
 * of their cells, and those wholly inside go, so what the plan writes next never overlaps.
 */
export function clearValidations(ws: Worksheet, box: RangeBox): void {
  const list = childrenNamed(ws.root, 'dataValidations')[0];
  if (!list) return;
  for (const dv of childrenNamed(list, 'dataValidation')) {
    const left = parseSqref(dv.getAttribute('sqref') ?? '').flatMap((b) => subtract(b, box));
    if (left.length === 0) list.removeChild(dv);
    else dv.setAttribute('sqref', sqrefOf(left));
  }
  const n = childrenNamed(list, 'dataValidation').length;
  if (n === 0) ws.root.removeChild(list);
  else list.setAttribute('count', String(n));
  ws.touch();
}

/** Writes drop-down lists, each replacing any validation on its cells. */
export function writeListValidations(ws: Worksheet, lists: readonly ListValidation[]): void {
  for (const v of lists) {
    clearValidations(ws, v.range);
    writeRule(ws, rangeAddress(v.range), {
      type: 'list',
      formula1: `"${v.list.join(',')}"`,
      allowBlank: true,
      error: { style: 'stop', title: '', message: '' },
    });
  }
}
