import { constants, type Stats } from 'node:fs';
import * as path from 'node:path';
import { HostError } from '../hosts/errors';
import { reasonOf } from '../hosts/_lib/reasonOf';
import { UsageError } from './args';
import { DENIED, errnoOf, statOrNull, type FileSystem } from './fileSystem';

/** Where a command writes its workbook, checked before anything is written. */
export interface Target {
  /** The path as the user gave it, made absolute: the one messages name. */
  readonly shown: string;
  /** The file replaced, symlinks resolved, so that a link is written through and stays a link. */
  readonly file: string;
  /** Where the original is copied before it is replaced (--in-place). */
  readonly backup?: string;
  /** The permissions of the file replaced, which the new one keeps. */
  readonly mode?: number;
}

/** What a command was asked to read and write. */
export interface OutputArgs {
  readonly input: string;
  /** `-o`; may be left out with --in-place. */
  readonly output?: string;
  readonly inPlace: boolean;
}

/**
 * Whether two existing paths are one file, as the file system says: by device and file number
 * (links, `..`, a case-insensitive name), or by real path where the system gives no file number.
 */
async function sameFile(fs: FileSystem, a: string, aStat: Stats, b: string, bStat: Stats) {
  if (aStat.ino !== 0 && bStat.ino !== 0) return aStat.dev === bStat.dev && aStat.ino === bStat.ino;
  return (await fs.realpath(a)) === (await fs.realpath(b));
}

/** The kind of workbook written: a macro workbook stays one, everything else is .xlsx. */
const kindOf = (input: string | null) =>
  input !== null && path.extname(input).toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';

/**
 * The copy --in-place keeps of a workbook before replacing it.
 * @example backupOf('/a/预算.xlsx') // '/a/预算.bak.xlsx'
 */
export function backupOf(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.bak${ext}`);
}

/**
 * Checks where a command that read `input` may write: never over the input unless --in-place,
 * never a folder, a name that is not a workbook of the input's kind, a read-only file or a
 * folder that takes no files. Each refusal is a HostError naming the path (exit 1).
 */
export async function outputTarget(args: OutputArgs, fs: FileSystem): Promise<Target> {
  const shown = path.resolve(args.inPlace ? args.input : (args.output ?? ''));
  return inFolder(shown, fs, async () => {
    const input = await fs.stat(args.input);
    if (args.inPlace) return inPlaceTarget(args, input, fs);
    if (args.output === undefined) throw new Error('outputTarget needs -o or --in-place');
    return fileTarget(shown, { file: args.input, stat: input }, fs);
  });
}

/** The output folder of `demo`, created when missing, and the sample workbook's place in it. */
export async function demoTarget(
  out: string | undefined,
  name: string,
  fs: FileSystem,
): Promise<Target> {
  const dir = path.resolve(out ?? 'out');
  const isFolder = (await statOrNull(fs, dir))?.isDirectory() ?? false;
  if (out !== undefined && !isFolder && /\.xls[xmb]?$/i.test(out))
    throw new UsageError('USAGE_DEMO_FOLDER', { file: dir });
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new HostError('OUTPUT_NOT_A_FOLDER', { dir });
    if (code && DENIED.includes(code)) throw new HostError('OUTPUT_DIR_READ_ONLY', { dir });
    throw e;
  }
  const shown = path.join(dir, name);
  return inFolder(shown, fs, () => fileTarget(shown, null, fs));
}

/** Runs a check, turning a file-system failure it meets into a message naming the output. */
async function inFolder(shown: string, fs: FileSystem, check: () => Promise<Target>) {
  try {
    return await check();
  } catch (e) {
    const code = errnoOf(e);
    if (code === undefined) throw e;
    if (DENIED.includes(code))
      throw new HostError('OUTPUT_DIR_READ_ONLY', { dir: path.dirname(shown) }, { cause: e });
    throw new HostError('OUTPUT_WRITE_FAILED', { file: shown, reason: reasonOf(e) }, { cause: e });
  }
}

async function inPlaceTarget(args: OutputArgs, input: Stats, fs: FileSystem): Promise<Target> {
  const shown = path.resolve(args.input);
  if (args.output !== undefined) {
    const out = await statOrNull(fs, args.output);
    if (!out || !(await sameFile(fs, args.output, out, args.input, input)))
      throw new UsageError('USAGE_IN_PLACE_WITH_OUTPUT', { file: path.resolve(args.output) });
  }
  await mustBeWritable(shown, input, fs);
  const file = await fs.realpath(shown);
  await folderTakesFiles(file, shown, fs);
  return { shown, file, backup: backupOf(file), mode: input.mode };
}

async function fileTarget(
  shown: string,
  input: { file: string; stat: Stats } | null,
  fs: FileSystem,
): Promise<Target> {
  const st = await statOrNull(fs, shown);
  if (st?.isDirectory()) {
    const example = path.join(shown, input ? path.basename(input.file) : 'out.xlsx');
    throw new HostError('OUTPUT_IS_FOLDER', { file: shown, example });
  }
  const ext = kindOf(input?.file ?? null);
  if (path.extname(shown).toLowerCase() !== ext)
    throw new HostError('OUTPUT_WRONG_TYPE', { file: shown, ext });
  if (!st) return newFileTarget(shown, fs);
  if (input && (await sameFile(fs, shown, st, input.file, input.stat))) {
    const backup = backupOf(await fs.realpath(input.file));
    throw new HostError('OUTPUT_IS_INPUT', { file: shown, backup });
  }
  await mustBeWritable(shown, st, fs);
  const file = await fs.realpath(shown);
  await folderTakesFiles(file, shown, fs);
  return { shown, file, mode: st.mode };
}

async function newFileTarget(shown: string, fs: FileSystem): Promise<Target> {
  const dir = path.dirname(shown);
  if (!(await statOrNull(fs, dir))?.isDirectory())
    throw new HostError('OUTPUT_DIR_MISSING', { dir });
  const file = path.join(await fs.realpath(dir), path.basename(shown));
  await folderTakesFiles(file, shown, fs);
  return { shown, file };
}

/**
 * A file with no write permission for anyone is read-only, as a desktop program treats it, even
 * for root (whom the system itself would let write).
 */
async function mustBeWritable(shown: string, st: Stats, fs: FileSystem): Promise<void> {
  let writable = (st.mode & 0o222) !== 0;
  if (writable)
    writable = await fs.access(shown, constants.W_OK).then(
      () => true,
      (e: unknown) => !DENIED.includes(errnoOf(e) ?? ''),
    );
  if (!writable) throw new HostError('OUTPUT_READ_ONLY', { file: shown });
}

/** The folder of `file` must let a new file be made in it (the temporary one, then renamed). */
async function folderTakesFiles(file: string, shown: string, fs: FileSystem): Promise<void> {
  try {
    await fs.access(path.dirname(file), constants.W_OK);
  } catch (e) {
    if (!DENIED.includes(errnoOf(e) ?? '')) throw e;
    throw new HostError('OUTPUT_DIR_READ_ONLY', { dir: path.dirname(shown) }, { cause: e });
  }
}
