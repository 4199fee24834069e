import { parseIsoDateTime } from '../core/calendar/serial';

/** An anchor typed in a form the command line does not read (`名称=YYYY-MM-DD[THH:MM]`). */
export class AnchorSyntaxError extends Error {
  constructor(readonly text: string) {
    super(`--anchor wants 名称=YYYY-MM-DD or 名称=YYYY-MM-DDTHH:MM, not "${text}"`);
    this.name = 'AnchorSyntaxError';
  }
}

/**
 * Parses `名称=YYYY-MM-DD[THH:MM]` anchors into serials; throws AnchorSyntaxError on any other form.
 * @example parseAnchors(['开团=2026-11-11T10:00']) // { 开团: 46337.416666… }
 */
export function parseAnchors(list: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of list) {
    const eq = a.indexOf('=');
    const name = a.slice(0, eq).trim();
    const value = eq > 0 ? parseIsoDateTime(a.slice(eq + 1)) : null;
    if (!name || value === null) throw new AnchorSyntaxError(a);
    out[name] = value;
  }
  return out;
}
