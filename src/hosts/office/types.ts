/** Excel.run, injected so tests can pass the strict fake. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** One queued write with its estimated request size. */
export interface Write {
  readonly bytes: number;
  readonly run: (context: Excel.RequestContext) => void;
  /** Widths, merges, print layout, frozen panes: sent last, and their failure is only a warning. */
  readonly cosmetic?: boolean;
}

/** The charts each sheet had, by sheet: their ids (unique, where names need not be). */
export type ChartsBySheet = ReadonlyMap<string, ReadonlySet<string>>;
