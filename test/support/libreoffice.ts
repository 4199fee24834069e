import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { expectEnginesAgree } from './engines';
import { recalcWithGnumeric } from './gnumeric';
import { expectWrittenFileValid } from './writtenWorkbooks';
import { readSavedValues } from './xlsxResults';

const run = promisify(execFile);

// Recalculate OOXML and ODF files on every load, so a cached value can never hide a broken
// formula (0 = always).
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profile: Promise<string> | null = null;

/** A LibreOffice user profile of our own, made once per test process. */
function profileDir(): Promise<string> {
  profile ??= (async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-lo-'));
    await fs.mkdir(path.join(dir, 'user'), { recursive: true });
    await fs.writeFile(path.join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    return dir;
  })();
  return profile;
}

/** The contents (sha256) of the workbooks the three engines were seen to agree on. */
const agreed = new Set<string>();

/**
 * Opens a file in headless LibreOffice, recalculates every formula, and converts it (to xlsx, or
 * pdf). Returns the converted file's path.
 *
 * An xlsx is also recalculated by Gnumeric (at the same time) and evaluated by HyperFormula, and
 * the call fails with EnginesDisagreeError on any formula cell where the three differ: every
 * workbook whose numbers an e2e test checks passes through here, so none escapes the comparison.
 * For the same reason the file is first checked against the ECMA-376 schemas and the rules of
 * ./ooxmlRules (less what a workbook the test opened already broke, see ./writtenWorkbooks).
 */
export async function convertWithLibreOffice(file: string, to: 'xlsx' | 'pdf'): Promise<string> {
  if (/\.xlsx$/i.test(file)) await expectWrittenFileValid(file);
  if (to === 'pdf') return recalcWithLibreOffice(file, 'pdf');
  const content = createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
  // Tests recalculate the same file again to read another sheet: compare the engines once.
  if (agreed.has(content)) return recalcWithLibreOffice(file, 'xlsx');
  const [out, gnumeric] = await Promise.all([
    recalcWithLibreOffice(file, 'xlsx'),
    recalcWithGnumeric(file),
  ]);
  await expectEnginesAgree(file, { LibreOffice: await readSavedValues(out), Gnumeric: gnumeric });
  agreed.add(content);
  return out;
}

/**
 * LibreOffice alone: converts a file, recalculated on load, and returns the converted file. Tests
 * that check numbers use convertWithLibreOffice, which also compares the three engines.
 */
export async function recalcWithLibreOffice(file: string, to: 'xlsx' | 'pdf'): Promise<string> {
  const [out] = await recalcAllWithLibreOffice([file], to);
  return out!;
}

/**
 * Several files converted by one LibreOffice run, in order: its start-up is most of the time a
 * conversion takes, so a test with many files converts them together. Their base names must
 * differ, since the converted files share a folder.
 */
export async function recalcAllWithLibreOffice(
  files: readonly string[],
  to: 'xlsx' | 'pdf',
): Promise<string[]> {
  const base = (f: string) => path.basename(f, path.extname(f));
  if (new Set(files.map(base)).size !== files.length)
    throw new Error('recalcAllWithLibreOffice: two files share a base name');
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-lo-out-'));
  const filter = to === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'pdf:calc_pdf_Export';
  await run(
    'soffice',
    [
      '--headless',
      '--norestore',
      '--nolockcheck',
      `-env:UserInstallation=file://${await profileDir()}`,
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      ...files,
    ],
    { timeout: 120_000 + 30_000 * files.length },
  );
  const outs = files.map((f) => path.join(outDir, `${base(f)}.${to}`));
  for (const out of outs) await fs.access(out);
  return outs;
}
