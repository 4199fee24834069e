import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import * as path from 'node:path';
import { HostError } from '../hosts/errors';
import { reasonOf } from '../hosts/_lib/reasonOf';
import { DENIED, errnoOf, type FileSystem } from './fileSystem';
import type { Target } from './target';

/** Codes of a rename refused because the file is held: by Excel on Windows, or read-only. */
const HELD = [...DENIED, 'EBUSY', 'ETXTBSY'];

/** A fresh name beside `file`, hidden, that no one else uses. */
const tempBeside = (file: string, what: string) =>
  path.join(
    path.dirname(file),
    `.${path.basename(file)}.${what}-${randomBytes(4).toString('hex')}`,
  );

/**
 * Writes a workbook as a careful desktop program does: `save` writes a temporary file in the
 * target's folder, the original (with --in-place) is copied to its backup, and only then is the
 * temporary file renamed over the target. Nothing half-written is ever left: on any failure the
 * temporary files go and the target is as it was. Failures are HostErrors naming the target.
 * @example await saveSafely(target, (file) => host.save(file), NODE_FS)
 */
export async function saveSafely(
  target: Target,
  save: (file: string) => Promise<void>,
  fs: FileSystem,
): Promise<void> {
  const temp = tempBeside(target.file, 'tuijin');
  try {
    await reserve(temp, target, fs);
    await writeTemp(temp, target, save, fs);
    if (target.backup !== undefined) await keepBackup(target.file, target.backup, fs);
    await replace(temp, target, fs);
  } finally {
    // After the rename there is nothing left to remove; force ignores that.
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Makes the temporary file, so that a folder that takes no files is told before any work. */
async function reserve(temp: string, target: Target, fs: FileSystem): Promise<void> {
  try {
    await fs.writeFile(temp, '', { flag: 'wx' });
  } catch (e) {
    const code = errnoOf(e);
    if (code && DENIED.includes(code))
      throw new HostError(
        'OUTPUT_DIR_READ_ONLY',
        { dir: path.dirname(target.shown) },
        { cause: e },
      );
    throw writeFailed(e, target);
  }
}

async function writeTemp(
  temp: string,
  target: Target,
  save: (file: string) => Promise<void>,
  fs: FileSystem,
): Promise<void> {
  try {
    await save(temp);
    if (target.mode !== undefined) await fs.chmod(temp, target.mode & 0o7777);
  } catch (e) {
    throw writeFailed(e, target);
  }
}

/** Copies the original to its backup through a temporary copy, so no half backup is left. */
async function keepBackup(file: string, backup: string, fs: FileSystem): Promise<void> {
  const temp = tempBeside(backup, 'copy');
  try {
    await fs.copyFile(file, temp, constants.COPYFILE_EXCL);
    await fs.rename(temp, backup);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (errnoOf(e) === undefined) throw e;
    throw new HostError('BACKUP_FAILED', { file: backup, reason: reasonOf(e) }, { cause: e });
  }
}

async function replace(temp: string, target: Target, fs: FileSystem): Promise<void> {
  try {
    await fs.rename(temp, target.file);
  } catch (e) {
    const code = errnoOf(e);
    if (code && HELD.includes(code))
      throw new HostError('OUTPUT_LOCKED', { file: target.shown }, { cause: e });
    throw writeFailed(e, target);
  }
}

/**
 * A failed write as the user's message; an error that is no file-system failure (nor one the
 * host already explained from one) is a fault of the program and goes on as it is.
 */
function writeFailed(e: unknown, target: Target): unknown {
  const cause = e instanceof HostError && errnoOf(e.cause) ? e.cause : e;
  if (errnoOf(cause) === undefined) return e;
  return new HostError(
    'OUTPUT_WRITE_FAILED',
    { file: target.shown, reason: reasonOf(cause) },
    {
      cause,
    },
  );
}
