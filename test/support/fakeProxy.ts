/**
 * The loadable proxy every object of the office-js fake extends, and the fake's error: see
 * fakeExcel.ts for what the fake models and its sources.
 */
import type { RangeBox } from '../../src/core/a1';
import type { FakeExcel } from './fakeExcel';

export class FakeRichApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** A loadable proxy: properties become readable only after load() and a sync. */
export class Proxy {
  protected loaded = new Set<string>();
  protected pendingLoads = new Set<string>();
  protected data: Record<string, unknown> = {};
  private readonly bornAtSync: number;
  constructor(protected readonly fake: FakeExcel) {
    this.bornAtSync = fake.syncCount;
  }
  /** For objects that arrive loaded inside a loaded collection. */
  markLoaded(props: string[]): this {
    for (const p of props) {
      this.data[p] = this.compute(p);
      this.loaded.add(p);
    }
    return this;
  }
  /** `isNullObject` of an *OrNullObject result is known only after a sync. */
  protected nullCheck(isNull: boolean): boolean {
    if (this.fake.syncCount === this.bornAtSync) {
      throw new FakeRichApiError(
        'PropertyNotLoaded',
        'isNullObject is not available before context.sync()',
      );
    }
    return isNull;
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === 'string'
        ? props.split(',')
        : Array.isArray(props)
          ? props
          : Object.keys(props ?? {});
    for (const p of list) this.pendingLoads.add(p.trim().split('/')[0]!);
    const sheet = this.sheetOf();
    this.fake.queue({
      bytes: 40,
      write: false,
      ...(sheet !== undefined && { sheet }),
      run: () => this.resolveLoads(),
    });
    return this;
  }
  /** The sheet a read depends on: reading from a sheet that is gone fails with ItemNotFound. */
  protected sheetOf(): string | undefined {
    return undefined;
  }
  /** Computed now, readable only once the whole response came back within its limit. */
  protected resolveLoads(): void {
    const staged = [...this.pendingLoads].map((p) => [p, this.compute(p)] as const);
    this.pendingLoads.clear();
    this.fake.respond(responseBytes(staged.map(([, v]) => v)), () => {
      for (const [p, v] of staged) {
        this.data[p] = v;
        this.loaded.add(p);
      }
    });
  }
  /** What a response carries for this object: its loaded properties. */
  shown(): Record<string, unknown> {
    return this.data;
  }
  protected compute(_prop: string): unknown {
    return undefined;
  }
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeRichApiError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.data[prop] as T;
  }
}

export const jsonBytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');

/** A response's size: loaded objects inside a loaded collection count by their own properties. */
const responseBytes = (v: unknown) =>
  Buffer.byteLength(
    JSON.stringify(v, (_k, x: unknown) => (x instanceof Proxy ? x.shown() : x)) ?? '',
    'utf8',
  );

/** A part of a range (its fill, font, format, validation, rules): reads fail once its sheet is gone. */
export class RangePartProxy extends Proxy {
  constructor(
    fake: FakeExcel,
    protected readonly sheet: string,
    protected readonly box: () => RangeBox,
  ) {
    super(fake);
  }
  protected override sheetOf(): string {
    return this.sheet;
  }
}
