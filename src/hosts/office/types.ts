/** Excel.run, injected so tests can pass the strict fake. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** One queued write with its estimated request size. */
export interface Write {
  readonly bytes: number;
  readonly run: (context: Excel.RequestContext) => void;
}

/** The chart names each sheet had, by sheet. */
export type ChartsBySheet = ReadonlyMap<string, ReadonlySet<string>>;
