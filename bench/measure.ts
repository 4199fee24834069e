import { performance } from 'node:perf_hooks';

/** The median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Milliseconds of `work`, the median of `runs` runs after one warm-up. */
export async function timeIt(runs: number, work: () => unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** One figure of the benchmark, with its target when it has one. */
export interface Figure {
  readonly area: string;
  readonly measure: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: { readonly max: number; readonly text: string };
}

export const figure = (
  area: string,
  measure: string,
  value: number,
  unit: string,
  max?: number,
  text?: string,
): Figure => ({
  area,
  measure,
  value: Math.round(value * 1000) / 1000,
  unit,
  ...(max !== undefined && { target: { max, text: text ?? `≤ ${max} ${unit}` } }),
});
