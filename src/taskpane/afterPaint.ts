/**
 * Resolves once the browser has painted what is on screen now. The preview's formula engine
 * works on the page's own thread: without this pause a run would start before its spinner is
 * drawn, and the pane would look frozen instead of busy. A hidden pane gets no animation frames,
 * so a timer stands in after 100 ms.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(done);
    setTimeout(resolve, 100);
  });
}
