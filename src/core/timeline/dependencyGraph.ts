import { cellAddress } from '../a1';
import { labelIn, mergedValueAt, type Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { issueCell } from './_lib/issueCell';
import { parsePredecessors, type PredecessorRef } from './predecessors';
import type { TaskSheet } from './readTaskSheet';

/** A predecessor found in the table: its row, and the lag its successor starts after its due. */
export interface DependencyLink {
  readonly from: number;
  readonly lag: number;
  readonly unit: 'day' | 'workday';
}

/** The 前置事项 column as a graph over task rows (0-based sheet rows). */
export interface Dependencies {
  /** Each task's predecessors that were found; no task of a cycle is in it. */
  readonly links: ReadonlyMap<number, readonly DependencyLink[]>;
  /** The rows of `links`, each after every predecessor of its own that has links too. */
  readonly order: readonly number[];
  /** Tasks on a cycle: planned from their own cells only, never by a circular formula. */
  readonly cyclic: ReadonlySet<number>;
  readonly issues: readonly Issue[];
}

const NONE: Dependencies = { links: new Map(), order: [], cyclic: new Set(), issues: [] };

/**
 * Reads the 前置事项 column and looks each reference up: a number among the 序号 column's values,
 * else a name among the task names (exactly, spaces trimmed). A reference found nowhere, or on
 * several rows, is a warning on its cell and is left out; tasks on a cycle (a task that is, through
 * its predecessors, its own) are a warning naming every cell of the cycle, and keep no link.
 * @example readDependencies(grid, ts).links.get(6) // [{ from: 3, lag: 2, unit: 'day' }]
 */
export function readDependencies(grid: Grid, ts: TaskSheet): Dependencies {
  const col = ts.mapping.predecessors;
  if (col === undefined) return NONE;
  const rowsOf = indexTasks(grid, ts);
  const issues: Issue[] = [];
  const raw = new Map<number, DependencyLink[]>();
  for (const t of ts.tasks) {
    const written = mergedValueAt(grid, t.row, col);
    const found: DependencyLink[] = [];
    for (const ref of parsePredecessors(written)) {
      const rows = rowsOf(ref);
      const cell = issueCell(ts.sheet, t.row, col);
      if (rows.length === 1) found.push({ from: rows[0]!, lag: ref.lag, unit: ref.unit });
      else if (rows.length === 0)
        issues.push(issue('DEPENDENCY_UNKNOWN', 'warning', cell, { ref: ref.text }));
      else
        issues.push(
          issue('DEPENDENCY_AMBIGUOUS', 'warning', cell, {
            ref: ref.text,
            cells: rows.map((r) => cellAddress({ row: r, col: ts.mapping.task ?? 0 })).join('、'),
          }),
        );
    }
    if (found.length > 0) raw.set(t.row, found);
  }
  const cycles = findCycles(raw);
  const cyclic = new Set(cycles.flat());
  const names = new Map(ts.tasks.map((t) => [t.row, t.task]));
  for (const cycle of cycles)
    issues.push(
      issue('DEPENDENCY_CYCLE', 'warning', issueCell(ts.sheet, cycle[0]!, col), {
        cells: cycle.map((r) => cellAddress({ row: r, col })).join('、'),
        tasks: cycle.map((r) => names.get(r) || cellAddress({ row: r, col })).join(' → '),
      }),
    );
  const links = new Map([...raw].filter(([row]) => !cyclic.has(row)));
  return { links, order: topological(links), cyclic, issues };
}

/** Looks a reference up: by 序号 among the number column's values, by name among the tasks. */
function indexTasks(grid: Grid, ts: TaskSheet): (ref: PredecessorRef) => number[] {
  const byNumber = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, key: string, row: number) => {
    if (key !== '') m.set(key, [...(m.get(key) ?? []), row]);
  };
  const numberCol = ts.mapping.number;
  for (const t of ts.tasks) {
    // 序号 cells are often merged down a phase; only a task's own cell numbers it.
    const n =
      numberCol === undefined
        ? null
        : grid.values[t.row - grid.origin.row]?.[numberCol - grid.origin.col];
    const key = labelIn(n ?? null).replace(/^(#|序号|第)\s*|\s*(项|步)$/g, '');
    add(byNumber, /^\d+$/.test(key) ? String(Number(key)) : '', t.row);
    add(byName, t.task.trim(), t.row);
  }
  return (ref) =>
    ref.target.kind === 'number'
      ? (byNumber.get(String(ref.target.n)) ?? byName.get(ref.text.trim()) ?? [])
      : (byName.get(ref.target.name) ?? []);
}

/**
 * The cycles of the graph, each as its rows in table order: strongly connected components (Tarjan)
 * of more than one row, and rows that name themselves. Iterative: a chain can be thousands of
 * rows long, deeper than the call stack.
 */
function findCycles(links: ReadonlyMap<number, readonly DependencyLink[]>): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  const out: number[][] = [];
  const enter = (v: number) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    return { v, next: 0 };
  };
  for (const root of [...links.keys()].sort((a, b) => a - b)) {
    if (index.has(root)) continue;
    const work = [enter(root)];
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const edges = links.get(top.v) ?? [];
      if (top.next < edges.length) {
        const w = edges[top.next++]!.from;
        if (!index.has(w)) work.push(enter(w));
        else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(top.v)!));
      if (low.get(top.v) === index.get(top.v)) out.push(...component(top.v, stack, onStack, links));
    }
  }
  return out.sort((a, b) => a[0]! - b[0]!);
}

/** Pops one strongly connected component off Tarjan's stack: a cycle, or nothing. */
function component(
  v: number,
  stack: number[],
  onStack: Set<number>,
  links: ReadonlyMap<number, readonly DependencyLink[]>,
): number[][] {
  const rows: number[] = [];
  for (let w = stack.pop()!; ; w = stack.pop()!) {
    onStack.delete(w);
    rows.push(w);
    if (w === v) break;
  }
  const self = links.get(v)?.some((l) => l.from === v) ?? false;
  return rows.length > 1 || self ? [rows.sort((a, b) => a - b)] : [];
}

/** The rows of an acyclic graph, each after those of its predecessors that are in it too. */
function topological(links: ReadonlyMap<number, readonly DependencyLink[]>): number[] {
  const done = new Set<number>();
  const order: number[] = [];
  const inGraph = (v: number) => (links.get(v) ?? []).filter((l) => links.has(l.from));
  for (const root of [...links.keys()].sort((a, b) => a - b)) {
    if (done.has(root)) continue;
    done.add(root);
    const work = [{ v: root, preds: inGraph(root), next: 0 }];
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.next < top.preds.length) {
        const w = top.preds[top.next++]!.from;
        if (!done.has(w)) {
          done.add(w);
          work.push({ v: w, preds: inGraph(w), next: 0 });
        }
        continue;
      }
      work.pop();
      order.push(top.v);
    }
  }
  return order;
}
