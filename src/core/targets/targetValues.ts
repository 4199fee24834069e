import type { CellRef } from '../a1';
import { formulaAt, valueAt } from '../grid';
import type { Issue } from '../issues';
import type { InputKind } from '../plan';
import { CHANNELS, DEFAULT_SCENARIO, PHASES, SCENARIOS, TARGET_ASSUMPTIONS } from './defaults';
import { INPUTS, type InputDef } from './inputTable';
import {
  CHANNEL_COLS,
  channelRow,
  inputAt,
  PHASE_COLS,
  phaseRow,
  ROWS,
  scenarioRow,
  type InputName,
} from './layout';
import { readBack, textBack, type ReadBack } from './readBack';
import { salesHistory } from './salesHistory';
import type { Sourced, TargetOptions, TargetValues } from './types';

/**
 * The figures a 目标 sheet is written with: what the user chose, else what the team left on an
 * earlier 目标 sheet, else the last campaign's history, else a labelled assumption; with an issue
 * for each cell the team left holding something that cannot be right.
 * @example targetValues({ target: 1500000 }).values.inputs.target.value // 1500000
 */
export function targetValues(o: TargetOptions): { values: TargetValues; issues: Issue[] } {
  const issues: Issue[] = [];
  const keep = <F extends number | null>(r: ReadBack<F>) => {
    issues.push(...r.issues);
    return r;
  };
  const history = o.sales ? salesHistory(o.sales) : {};
  const input = (def: InputDef): Sourced => {
    const name = def.name;
    const chosen = o[name];
    if (chosen !== undefined) return { value: chosen, note: '命令行或面板指定' };
    const fallback = history[name as 'aov'] ?? {
      value: TARGET_ASSUMPTIONS[name],
      note: '假设值，请按本次活动修改',
    };
    const link = name === 'burstDay' ? linkedBurst(o) : null;
    if (link) return link;
    const back = keep(readBack(o.existing, inputAt(name), def.kind, def.title, fallback.value));
    return back.kept ? { value: back.value, note: '保留上次填写的值' } : fallback;
  };
  const inputs = Object.fromEntries(INPUTS.map((d) => [d.name, input(d)])) as Record<
    InputName,
    Sourced
  >;
  const g = o.existing;
  const read = (at: CellRef, kind: InputKind, title: string, fallback: number) =>
    keep(readBack(g, at, kind, title, fallback)).value;
  const multipliers = SCENARIOS.map((s, i) =>
    read({ row: scenarioRow('multiplier'), col: 1 + i }, 'ratio', `${s.name}倍数`, s.multiplier),
  );
  const named = textBack(g, { row: ROWS.switchRow, col: 1 }, DEFAULT_SCENARIO);
  const scenario = SCENARIOS.some((s) => s.name === named) ? named : DEFAULT_SCENARIO;
  const phases = PHASES.map((p, i) => {
    const at = (col: number) => ({ row: phaseRow(i), col });
    return {
      name: p.name,
      share: read(at(PHASE_COLS.share), 'rate', `${p.name}占比`, p.share),
      days: read(at(PHASE_COLS.days), 'count', `${p.name}天数`, p.days),
    };
  });
  const channels = CHANNELS.map((c, i) => {
    const at = (col: number) => ({ row: channelRow(i), col });
    const name = textBack(g, at(CHANNEL_COLS.name), c.name);
    return {
      name,
      share: read(at(CHANNEL_COLS.share), 'rate', `${name}占比`, c.share),
      roi: keep(readBack(g, at(CHANNEL_COLS.roi), 'ratio', `${name}预期ROI`, c.roi, true)).value,
    };
  });
  return { values: { inputs, multipliers, scenario, phases, channels }, issues };
}

/**
 * 爆发日 linked to the 推进表's milestone, unless the team typed a date over the link (a value
 * without a formula in an earlier 目标 sheet's cell), which then stays theirs.
 */
function linkedBurst(o: TargetOptions): Sourced | null {
  if (!o.burstLink) return null;
  const at = inputAt('burstDay');
  const typed = o.existing && valueAt(o.existing, at) !== null && !formulaAt(o.existing, at);
  if (typed) return null;
  const { formula, value, note } = o.burstLink;
  return { value, note, formula };
}
