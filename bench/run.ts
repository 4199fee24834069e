import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { coreFigures } from './core';
import type { Figure } from './measure';
import { officeFigures } from './office';
import { taskpaneFigures } from './taskpane';
import { workbookFigures } from './workbook';

/**
 * `npm run bench`: round trips, payload, compute, workbook cost and load time, each the median
 * of several runs, printed as a table and written to bench/results.json with the machine.
 */
async function main(): Promise<void> {
  const only = process.argv[2];
  const parts: [string, () => Promise<Figure[]>][] = [
    ['core', coreFigures],
    ['office', officeFigures],
    ['workbook', workbookFigures],
    ['taskpane', taskpaneFigures],
  ];
  const figures: Figure[] = [];
  for (const [name, run] of parts) {
    if (only && only !== name) continue;
    process.stderr.write(`… ${name}\n`);
    figures.push(...(await run()));
  }
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
  const rows = figures.map((f) => ({ ...f, met: f.target ? f.value <= f.target.max : null }));
  const pad = (s: string, n: number) =>
    s +
    ' '.repeat(
      Math.max(0, n - [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)),
    );
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}`,
  );
  for (const r of rows) {
    const mark = r.met === null ? '' : r.met ? '  ok' : '  MISSED';
    console.log(
      `${pad(r.area, 12)} ${pad(r.measure, 64)} ${String(r.value).padStart(10)} ${pad(r.unit, 6)} ${r.target ? r.target.text : ''}${mark}`,
    );
  }
  const file = path.resolve(__dirname, '../../bench/results.json');
  await fs.writeFile(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine, figures: rows }, null, 2)}\n`,
  );
  console.log(`written: ${path.relative(process.cwd(), file)}`);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
