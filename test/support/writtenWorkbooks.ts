import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkXlsxFiles, describeProblems, type OoxmlProblem } from './ooxmlValidate';

/**
 * The workbooks a test had the xlsx host open and save, kept so that each one it saved is
 * checked after the test (./validateWrites records them; convertWithLibreOffice checks the file
 * it is given the same way).
 */

/** The bytes of every workbook the xlsx host opened during the current test. */
export const openedInputs: Uint8Array[] = [];
/** The workbooks the xlsx host saved since the last check: who saved it, where, the bytes. */
export const savedBooks: { file: string; bytes: Uint8Array }[] = [];

/** Keeps a saved workbook for the next check, named by the test that saved it and its path. */
export function recordSave(bytes: Uint8Array, file: string): void {
  // Through globalThis: the bench converts workbooks with LibreOffice too, outside jest.
  const jest = (globalThis as { expect?: { getState(): { currentTestName?: string } } }).expect;
  const test = jest?.getState().currentTestName;
  savedBooks.push({ file: test ? `${file} (saved by “${test}”)` : file, bytes });
}

const key = (p: OoxmlProblem) => `${p.part}\n${p.message}`;

/**
 * The problems of written workbooks that are the writer's. A workbook a test built with another
 * program (ExcelJS, a hand-made package) may already break a rule, and the writer keeps every
 * part and attribute it does not own as it came: so a problem exactly as it was in a workbook
 * the host opened in the same test file (same part, same message) is the input’s, not the
 * writer's. The inputs are checked only when an output has a problem.
 */
async function writersProblems(books: readonly Uint8Array[]): Promise<OoxmlProblem[][]> {
  const reports = await checkXlsxFiles(books);
  if (reports.every((r) => r.problems.length === 0)) return reports.map(() => []);
  const inherited = new Set(
    (await checkXlsxFiles(openedInputs)).flatMap((r) => r.problems.map(key)),
  );
  return reports.map((r) => r.problems.filter((p) => !inherited.has(key(p))));
}

/** Checks the workbooks given, failing with every problem of each invalid one. */
export async function expectWrittenValid(
  books: readonly { file: string; bytes: Uint8Array }[],
): Promise<void> {
  if (books.length === 0) return;
  const problems = await writersProblems(books.map((b) => b.bytes));
  const invalid = books.flatMap((b, i) => {
    const found = problems[i] ?? [];
    return found.length > 0 ? [describeProblems(b.file, found)] : [];
  });
  if (invalid.length > 0) throw new Error(invalid.join('\n'));
}

/**
 * The files a test wrote with another program (ExcelJS), standing for a person who edits the
 * add-in's output elsewhere. They are not the add-in's and are not held to its rules: ExcelJS
 * breaks several (the very faults of issue 14), and the writer is checked when it saves them again.
 */
const byOtherPrograms = new Set<string>();

/** Marks a file as written by another program (see byOtherPrograms). */
export function writtenByAnotherProgram(file: string): void {
  byOtherPrograms.add(path.resolve(file));
}

/** Checks a workbook file as one the suite wrote (see expectWrittenValid), unless another program wrote it. */
export async function expectWrittenFileValid(file: string): Promise<void> {
  if (byOtherPrograms.has(path.resolve(file))) return;
  await expectWrittenValid([{ file, bytes: new Uint8Array(await fs.readFile(file)) }]);
}

/**
 * Checks what the host saved since the last call, and forgets the inputs opened so far. Run
 * after each test file (one run of xmllint for all its workbooks, which keeps the suite fast);
 * each invalid workbook is named with the test that saved it.
 */
export async function checkSavedBooks(): Promise<void> {
  const books = savedBooks.splice(0);
  try {
    await expectWrittenValid(books);
  } finally {
    openedInputs.splice(0);
  }
}
