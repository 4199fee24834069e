import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { localeFor, type Locale } from '../core/issues';
import { sampleSales } from '../core/sample/sampleSales';
import { SAMPLE_MILESTONES, SAMPLE_SHEET, sampleWorkbook } from '../core/sample/sampleWorkbook';
import { wornSample } from '../core/sample/wornSample';
import { generateTimeline } from '../core/timeline/generateTimeline';
import { sheetPlan } from '../core/plan';
import { OfficeHost } from '../hosts/office/OfficeHost';
import type { MemoryHost } from '../hosts/memory/MemoryHost';
import { App } from './App';
import { loadOffice } from './loadOffice';
import { viewFromSearch } from './views';

/** Dark when Office's body background is dark (Office.context.officeTheme, where it exists). */
function officeIsDark(): boolean {
  const bg = Office.context.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return false;
  const n = parseInt(bg.replace('#', ''), 16);
  const luminance = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luminance < 128;
}

function Preview({ host, locale }: { host: MemoryHost; locale: Locale }) {
  const [version, setVersion] = useState(0);
  const [PreviewSheet, setPreviewSheet] = useState<
    typeof import('./preview/PreviewSheet').PreviewSheet | null
  >(null);
  if (!PreviewSheet)
    void import('./preview/PreviewSheet').then((m) => setPreviewSheet(() => m.PreviewSheet));
  return (
    // Beside the pane on a wide screen; below it on a narrow one, as wide as the pane may be.
    <div
      style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', minHeight: '100vh' }}
    >
      <div style={{ width: 360, maxWidth: '100%', flexShrink: 0 }}>
        <App
          host={host}
          locale={locale}
          initialView={viewFromSearch(location.search)}
          preview
          onWorkbookChange={() => setVersion((v) => v + 1)}
        />
      </div>
      {PreviewSheet && <PreviewSheet host={host} version={version} selection={host.selection} />}
    </div>
  );
}

/** The sample's timeline generated, then worn as a shared sheet gets (see wornSample). */
async function wearSample(host: MemoryHost): Promise<void> {
  const timeline = generateTimeline(host.readGrid(SAMPLE_SHEET), { anchors: SAMPLE_MILESTONES });
  if (!timeline?.plan) return;
  await host.apply(timeline.plan);
  host.writeSheetPlan(wornSample(timeline));
}

async function start(): Promise<void> {
  await loadOffice();
  const info = await Office.onReady();
  const root = createRoot(document.getElementById('root')!);
  const view = viewFromSearch(location.search);
  if (info.host === Office.HostType.Excel) {
    const locale = localeFor(Office.context.displayLanguage);
    const host = new OfficeHost((batch) => Excel.run(batch));
    root.render(
      <FluentProvider theme={officeIsDark() ? webDarkTheme : webLightTheme}>
        <App host={host} locale={locale} initialView={view} preview={false} />
      </FluentProvider>,
    );
    return;
  }
  // Outside Office: the same pane on an in-memory workbook holding the sample, loaded on demand
  // so Excel users never download the formula engine.
  const { MemoryHost } = await import('../hosts/memory/MemoryHost');
  // ?sample=empty starts from a blank workbook, as a team with no 推进表 yet would; ?sample=worn
  // from the sample's generated timeline with a date typed over a formula and a text milestone.
  const host = new MemoryHost();
  const sample = new URLSearchParams(location.search).get('sample');
  for (const sp of sample === 'empty'
    ? [sheetPlan('Sheet1', true)]
    : [...sampleWorkbook(), ...sampleSales()])
    host.writeSheetPlan(sp);
  if (sample === 'worn') await wearSample(host);
  // No Office to ask for a display language: Chinese, unless the URL says ?lang=en-US.
  const locale = localeFor(new URLSearchParams(location.search).get('lang') ?? 'zh-CN');
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Preview host={host} locale={locale} />
    </FluentProvider>,
  );
}

void start();
