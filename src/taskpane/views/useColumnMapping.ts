import { useCallback, useState } from 'react';

/**
 * The columns a user chose over those found by header words: one role at a time, null to go
 * back to what was found, all cleared when another sheet is picked.
 */
export function useColumnMapping<R extends string>() {
  const [mapping, setMapping] = useState<Partial<Record<R, number>>>({});
  const setRole = useCallback((role: R, col: number | null) => {
    setMapping((m) => {
      const next = { ...m };
      if (col === null) delete next[role];
      else next[role] = col;
      return next;
    });
  }, []);
  const clear = useCallback(() => setMapping({}), []);
  return { mapping, setRole, clear };
}
