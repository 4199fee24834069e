import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { HostError } from '../errors';
import { reasonOf } from '../_lib/reasonOf';
import { XlsxBook } from './package/xlsxBook';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file header: an old .xls, or an .xlsx wrapped by password encryption. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads an .xlsx file as its package; a missing, unreadable, non-xlsx, damaged or encrypted file,
 * or a folder, is a HostError whose message names the file.
 */
export async function openWorkbook(file: string): Promise<XlsxBook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw readFailed(e, file);
  }
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (!isZip) {
    const ext = path.extname(file).toLowerCase();
    // An encrypted .xlsx is an OLE container like an old .xls: tell the two apart by name.
    const ole = OLE_MAGIC.every((b, i) => bytes[i] === b);
    if (ole) throw new HostError(ext === '.xls' ? 'FILE_OLD_XLS' : 'FILE_ENCRYPTED', { file });
    throw ext === '.xlsx' || ext === '.xlsm'
      ? new HostError('FILE_CORRUPT', { file, reason: 'not a zip package' })
      : new HostError('FILE_NOT_XLSX', { file });
  }
  try {
    return XlsxBook.read(bytes);
  } catch (e) {
    throw corrupt(file, e);
  }
}

/** A package that cannot be read as a workbook (a broken zip, a part that is not XML). */
export function corrupt(file: string, e: unknown): HostError {
  return new HostError(
    'FILE_CORRUPT',
    { file, reason: e instanceof Error ? e.message : String(e) },
    { cause: e },
  );
}

/** Why a file could not be read: not there, a folder, no permission, or else the system's reason. */
function readFailed(e: unknown, file: string): HostError {
  const code = reasonOf(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new HostError('FILE_NOT_FOUND', { file });
  if (code === 'EISDIR') return new HostError('INPUT_IS_FOLDER', { file }, { cause: e });
  if (code === 'EACCES' || code === 'EPERM')
    return new HostError('FILE_NO_ACCESS', { file }, { cause: e });
  return new HostError('FILE_UNREADABLE', { file, reason: code }, { cause: e });
}
