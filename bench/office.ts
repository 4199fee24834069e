import { prepareCommand } from '../src/app/prepareCommand';
import type { CommandName } from '../src/app/types';
import type { Grid } from '../src/core/grid';
import { MemoryHost } from '../src/hosts/memory/MemoryHost';
import { OfficeHost, REQUEST_BUDGET_BYTES } from '../src/hosts/office/OfficeHost';
import { FakeExcel } from '../test/support/fakeExcel';
import { figure, type Figure } from './measure';
import { budgetGrid, rawRows, salesGrid, taskGrid } from './workloads';

const ANCHOR_ARGS = ['报名=2026-09-20', '开团=2026-11-11T10:00', '活动结束=2026-11-12T10:00'];
const MB = 1024 * 1024;

const COMMANDS: { name: string; command: CommandName; grid: (n: number) => Grid }[] = [
  { name: '生成时间表', command: 'timeline', grid: taskGrid },
  { name: '预算表', command: 'budget', grid: budgetGrid },
  { name: '计算ROI', command: 'roi', grid: (n) => salesGrid(Math.ceil(n / 24)) },
];

/** One run of a command through the Office host: syncs to read and to write, largest payloads. */
async function oneRun(fake: FakeExcel, host: OfficeHost, command: CommandName) {
  const [syncs, requests, responses] = [fake.syncCount, fake.requestBytes, fake.responseBytes];
  const [firstRequest, firstResponse] = [requests.length, responses.length];
  const { plan } = await prepareCommand(host, command, { anchors: ANCHOR_ARGS });
  if (!plan) throw new Error(`${command} did not plan`);
  const readSyncs = fake.syncCount - syncs;
  const firstWrite = requests.length;
  await host.apply(plan);
  const writes = requests.slice(firstWrite);
  return {
    readSyncs,
    syncs: fake.syncCount - syncs - readSyncs,
    largest: Math.max(...writes),
    total: writes.reduce((a, b) => a + b, 0),
    largestRequest: Math.max(...requests.slice(firstRequest)),
    largestResponse: Math.max(...responses.slice(firstResponse)),
  };
}

/** A command on a fresh sheet of `rows` rows, run twice (the second reads the first's columns). */
async function measure(command: (typeof COMMANDS)[number], rows: number, twice = true) {
  const g = command.grid(rows);
  const fake = new FakeExcel(MemoryHost.fromSheets({ [g.sheet]: rawRows(g) }), {
    mergedAreasApi: true,
    fillTintApi: true,
  });
  const host = new OfficeHost(fake.run, () => true);
  const first = await oneRun(fake, host, command.command);
  const second = twice ? await oneRun(fake, host, command.command) : first;
  return { ...first, again: second };
}

/** Syncs in all and the largest response of a first and a second run, as figures. */
function bothRuns(label: string, m: Awaited<ReturnType<typeof measure>>): Figure[] {
  const runs = [
    ['first run', m],
    ['second run', m.again],
  ] as const;
  return runs.flatMap(([run, r]) => [
    figure(
      'office host',
      `${label}, ${run}: syncs in all (read + write)`,
      r.readSyncs + r.syncs,
      'syncs',
    ),
    figure(
      'office host',
      `${label}, ${run}: largest response`,
      r.largestResponse / MB,
      'MB',
      REQUEST_BUDGET_BYTES / MB,
    ),
  ]);
}

/** Round trips and payload per command and size, and the row count where writes start to be chunked. */
export async function officeFigures(): Promise<Figure[]> {
  const out: Figure[] = [];
  let perRow = 0;
  for (const c of COMMANDS) {
    for (const n of [200, 2000, 20000]) {
      const m = await measure(c, n);
      const label = `${c.name} ${n.toLocaleString('en-US')} rows`;
      // Two to snapshot, one to write, one for the cosmetics Excel may refuse (issue 15, item 5).
      out.push(figure('office host', `${label}: syncs to write`, m.syncs, 'syncs', 4));
      out.push(
        figure(
          'office host',
          `${label}: largest request`,
          m.largest / MB,
          'MB',
          REQUEST_BUDGET_BYTES / MB,
        ),
      );
      out.push(...bothRuns(label, m));
      if (n === 200)
        out.push(
          figure(
            'office host',
            `${c.name}: syncs to read the workbook first`,
            m.readSyncs,
            'syncs',
          ),
        );
      if (c.name === '生成时间表' && n === 20000) perRow = m.largest / n;
    }
  }
  out.push(...clickToDone(await measure(COMMANDS[0]!, 5000)));
  // Where one write request would pass 4 MB, the host splits it: check just past that point.
  const threshold = Math.floor(REQUEST_BUDGET_BYTES / perRow);
  out.push(
    figure(
      'office host',
      '生成时间表: rows where writes start to be chunked (estimate)',
      threshold,
      'rows',
    ),
  );
  const past = await measure(COMMANDS[0]!, Math.ceil((threshold * 1.2) / 1000) * 1000, false);
  out.push(
    figure(
      'office host',
      `生成时间表 ${(Math.ceil((threshold * 1.2) / 1000) * 1000).toLocaleString('en-US')} rows: syncs to write`,
      past.syncs,
      'syncs',
    ),
  );
  out.push(
    figure(
      'office host',
      `生成时间表 ${(Math.ceil((threshold * 1.2) / 1000) * 1000).toLocaleString('en-US')} rows: largest request`,
      past.largest / MB,
      'MB',
      REQUEST_BUDGET_BYTES / MB,
    ),
  );
  return out;
}

/** A round trip of Excel on the web, as the issue measuring it assumes. */
const ROUND_TRIP_MS = 150;

/**
 * What a planner waits on the web for a 5,000-row 生成时间表: the pane's read of the workbook
 * (on opening or refresh) and the click's apply, at ROUND_TRIP_MS a round trip; Excel's own
 * work in each request is not modelled.
 */
function clickToDone(m: Awaited<ReturnType<typeof measure>>): Figure[] {
  return (
    [
      ['first run', m],
      ['second run', m.again],
    ] as const
  ).flatMap(([run, r]) => [
    figure(
      'office host',
      `生成时间表 5,000 rows, ${run}: click to done (apply only) at ${ROUND_TRIP_MS} ms a round trip`,
      (r.syncs * ROUND_TRIP_MS) / 1000,
      's',
    ),
    figure(
      'office host',
      `生成时间表 5,000 rows, ${run}: round trips, read + apply`,
      r.readSyncs + r.syncs,
      'syncs',
      6,
    ),
  ]);
}
