import { useState } from 'react';

/**
 * Calls `reset` once whenever `key` changes: React's way of adjusting state to a new prop during
 * render, without an effect that would first paint the stale state (an undone result, say).
 */
export function useResetOn(key: unknown, reset: () => void): void {
  const [seen, setSeen] = useState(key);
  if (seen !== key) {
    setSeen(key);
    reset();
  }
}
