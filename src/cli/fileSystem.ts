import { promises as nodeFs } from 'node:fs';

/**
 * The file operations the CLI uses to check and replace its output: node's own by default. A
 * test passes one whose operation fails as a read-only folder or a file held open by Excel would,
 * which chmod cannot make happen for root and Linux never does for an open file.
 */
export type FileSystem = Pick<
  typeof nodeFs,
  'access' | 'chmod' | 'copyFile' | 'mkdir' | 'realpath' | 'rename' | 'rm' | 'stat' | 'writeFile'
>;

export const NODE_FS: FileSystem = nodeFs;

/**
 * The error code of a failed file operation (`EACCES`, `ENOENT` …), or undefined for any other
 * error, which is then a fault of the program.
 * @example errnoOf(Object.assign(new Error('x'), { code: 'EBUSY' })) // 'EBUSY'
 */
export function errnoOf(e: unknown): string | undefined {
  // Not `instanceof Error`: errors made in another realm (a test sandbox, a worker) are not.
  const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** The codes of a write refused for want of permission or on a read-only file system. */
export const DENIED = ['EACCES', 'EPERM', 'EROFS'];

/** The stat of a path, or null when nothing is there. */
export async function statOrNull(fs: FileSystem, file: string) {
  try {
    return await fs.stat(file);
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw e;
  }
}
