import { useState } from 'react';

/**
 * The sheet a view works on: the one the user picked while it is still a candidate, else the
 * first candidate. Derived on render, so a re-read workbook never leaves a stale choice.
 */
export function useSheetChoice(candidates: readonly string[] | null) {
  const [picked, setPicked] = useState<string | null>(null);
  const list = candidates ?? [];
  const sheet = picked !== null && list.includes(picked) ? picked : (list[0] ?? null);
  return { sheet, pick: setPicked };
}
