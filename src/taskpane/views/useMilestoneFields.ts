import { useMemo, useState } from 'react';
import { formatSerial, parseIsoDateTime } from '../../core/calendar/serial';
import type { MilestoneUse } from '../../core/timeline/generateTimeline';

const toField = (serial: number) => formatSerial(serial).replace(' ', 'T');

/** Milestone values typed in `YYYY-MM-DDTHH:MM` fields, as serials; unreadable ones left out. */
export function anchorsOf(fields: Readonly<Record<string, string>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, text] of Object.entries(fields)) {
    const v = parseIsoDateTime(text);
    if (v !== null) out[name] = v;
  }
  return out;
}

/**
 * The fields the view shows: what the user typed, over the values the sheet already holds
 * (derived on render, never copied into state by an effect).
 */
export function withSheetValues(
  typed: Readonly<Record<string, string>>,
  found: readonly MilestoneUse[] | undefined,
): Record<string, string> {
  const fromSheet = (found ?? []).flatMap((m) =>
    m.value === null ? [] : [[m.name, toField(m.value)] as const],
  );
  return { ...Object.fromEntries(fromSheet), ...typed };
}

/** What the user typed into the milestone fields of the 生成时间表 view. */
export function useMilestoneFields() {
  const [typed, setTyped] = useState<Record<string, string>>({});
  const typedAnchors = useMemo(() => anchorsOf(typed), [typed]);
  return {
    typed,
    typedAnchors,
    setField: (name: string, value: string) => setTyped((f) => ({ ...f, [name]: value })),
    clear: () => setTyped({}),
  };
}
