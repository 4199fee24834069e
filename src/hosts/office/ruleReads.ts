import { contains, rangeAddress, type RangeBox } from '../../core/a1';
import type { ConditionalFormat } from '../../core/plan';
import { areaBoxes } from './areaAddresses';
import { rangeIn } from './target';

/** A formula rule as read, with the office-js object that deletes it. */
interface FoundRule {
  readonly rule: ConditionalFormat;
  readonly item: Excel.ConditionalFormat;
}

/** The rules lying wholly inside each range asked about, and the objects to delete them by. */
export interface RulesInside {
  /** Top priority first, as the collection lists them. */
  readonly within: (sheet: string, box: RangeBox) => ConditionalFormat[];
  /** One object a rule, for every rule inside any of the sheet's ranges. */
  readonly deletable: (sheet: string) => Excel.ConditionalFormat[];
}

/** The collections queued for a read, by sheet and range. */
export type RuleLists = Map<
  string,
  { sheet: string; box: RangeBox; list: Excel.ConditionalFormatCollection }
>;

const key = (sheet: string, box: RangeBox) => `${sheet}!${rangeAddress(box)}`;

/**
 * Queues the read of the rules over each range: a range's collection holds every rule that
 * overlaps it (ExcelApi 1.6). `clearAll` would delete them all, a team's rule on whole rows
 * with the add-in's; reading them lets a run delete only the formula rules lying wholly inside.
 */
export function loadRuleLists(
  context: Excel.RequestContext,
  targets: readonly { sheet: string; box: RangeBox }[],
): RuleLists {
  const lists: RuleLists = new Map();
  for (const { sheet, box } of targets) {
    if (lists.has(key(sheet, box))) continue;
    const list = rangeIn(context, sheet, box).conditionalFormats;
    list.load('items/type');
    lists.set(key(sheet, box), { sheet, box, list });
  }
  return lists;
}

/**
 * After the lists were synced: one more sync, only when some range has rules, reads where each
 * formula rule applies and what it says, then answers which lie inside. A rule on several areas
 * (no single range) and a rule of another kind (colour scale, data bar) are never the add-in's.
 */
export async function resolveRules(
  context: Excel.RequestContext,
  lists: RuleLists,
): Promise<RulesInside> {
  const pending = [...lists.values()].flatMap(({ sheet, box, list }) =>
    list.items
      .filter((item) => item.type === 'Custom')
      .map((item) => {
        const range = item.getRangeOrNullObject();
        range.load('address');
        item.custom.rule.load('formula');
        item.custom.format.fill.load('color');
        item.custom.format.font.load('color');
        return { sheet, box, item, range };
      }),
  );
  if (pending.length > 0) await context.sync();
  const found = new Map<string, { sheet: string; rules: FoundRule[] }>();
  for (const { sheet, box, item, range } of pending) {
    if (range.isNullObject) continue;
    const [area, ...more] = areaBoxes(range.address);
    if (!area || more.length > 0 || !contains(box, area)) continue;
    const { fill, font } = item.custom.format;
    const rule: ConditionalFormat = {
      range: area,
      formula: item.custom.rule.formula,
      ...(fill.color && { fill: fill.color.toUpperCase() }),
      ...(font.color && { fontColor: font.color.toUpperCase() }),
    };
    const k = key(sheet, box);
    const entry = found.get(k) ?? { sheet, rules: [] };
    entry.rules.push({ rule, item });
    found.set(k, entry);
  }
  return {
    within: (sheet, box) => (found.get(key(sheet, box))?.rules ?? []).map((f) => f.rule),
    deletable: (sheet) => {
      // The same rule is listed under every range it lies in: delete it through one object.
      const once = new Map<string, Excel.ConditionalFormat>();
      for (const entry of found.values())
        if (entry.sheet === sheet)
          for (const f of entry.rules) once.set(JSON.stringify(f.rule), f.item);
      return [...once.values()];
    },
  };
}
