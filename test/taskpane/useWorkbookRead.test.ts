import { parseHTML } from 'linkedom';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { HostError } from '../../src/hosts/errors';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import type { WorkbookHost } from '../../src/hosts/types';
import { errorText, ReportErrorContext } from '../../src/taskpane/reportError';
import { useWorkbookRead, useWorkbookReadState } from '../../src/taskpane/useWorkbookRead';

// React renders into linkedom's document: enough DOM for hooks and effects, no browser needed.
const { document, window } = parseHTML('<html><body><div id="root"></div></body></html>');
Object.assign(globalThis, { document, window, IS_REACT_ACT_ENVIRONMENT: true });
afterAll(() => {
  for (const key of ['document', 'window', 'IS_REACT_ACT_ENVIRONMENT'])
    delete (globalThis as Record<string, unknown>)[key];
});

/** Renders a component that reads the workbook through the hook, and returns what it saw. */
async function render(host: WorkbookHost, read: (h: WorkbookHost) => Promise<string>) {
  const seen: { value: string | null; reported: unknown[] } = { value: null, reported: [] };
  function Reader() {
    seen.value = useWorkbookRead(host, read, 0);
    return null;
  }
  const root = createRoot(document.getElementById('root') as unknown as Element);
  await act(async () => {
    root.render(
      createElement(
        ReportErrorContext.Provider,
        { value: (e: unknown) => seen.reported.push(e) },
        createElement(Reader),
      ),
    );
  });
  await act(async () => undefined);
  await act(async () => root.unmount());
  return seen;
}

describe('useWorkbookRead', () => {
  const host = MemoryHost.fromSheets({ 推进表: [['事项', '完成时间']] });

  it('gives what the read found', async () => {
    const names = async (h: WorkbookHost) => (await h.listSheets()).map((s) => s.name).join();
    const seen = await render(host, names);
    expect(seen.value).toBe('推进表');
    expect(seen.reported).toEqual([]);
  });

  it('reports a failed read to the error display instead of showing nothing', async () => {
    const failure = new HostError('HOST_FAILED', { reason: 'ResponsePayloadSizeLimitExceeded' });
    const seen = await render(host, () => Promise.reject(failure));
    expect(seen.value).toBeNull();
    expect(seen.reported).toEqual([failure]);
  });
});

describe('useWorkbookReadState', () => {
  const host = MemoryHost.fromSheets({ 推进表: [['事项', '完成时间']] });

  it('says it is reading until the read for the current version is done, and again after a bump', async () => {
    const seen: { value: string | null; reading: boolean }[] = [];
    let release: () => void = () => undefined;
    const read = (): Promise<string> =>
      new Promise((resolve) => {
        release = () => resolve(`read ${seen.length}`);
      });
    function Reader({ version }: { version: number }) {
      seen.push(useWorkbookReadState(host, read, version));
      return null;
    }
    const root = createRoot(document.getElementById('root') as unknown as Element);
    await act(async () => root.render(createElement(Reader, { version: 0 })));
    expect(seen.at(-1)).toEqual({ value: null, reading: true });
    await act(async () => release());
    expect(seen.at(-1)).toEqual({ value: expect.stringMatching(/^read /), reading: false });
    const first = seen.at(-1)!.value;
    await act(async () => root.render(createElement(Reader, { version: 1 })));
    // The last value stays on screen while the new read runs, marked as being read again.
    expect(seen.at(-1)).toEqual({ value: first, reading: true });
    await act(async () => release());
    expect(seen.at(-1)?.reading).toBe(false);
    await act(async () => root.unmount());
  });
});

describe('errorText', () => {
  it('says a host error in the issue table’s words, and any other failure without losing it', () => {
    const e = new HostError('HOST_FAILED', { reason: 'GeneralException' });
    expect(errorText(e, 'en-US')).toContain('GeneralException');
    expect(errorText(new TypeError('x is undefined'), 'zh-CN')).toContain('x is undefined');
    expect(errorText(new TypeError('x is undefined'), 'en-US')).toMatch(
      /^The action did not finish/,
    );
  });
});
