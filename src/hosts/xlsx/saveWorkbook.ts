import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { HostError } from '../errors';

/**
 * Writes a package's bytes to exactly the path given (the CLI passes a temporary name it renames
 * afterwards); a missing output folder is a HostError.
 */
export async function saveWorkbook(bytes: Uint8Array, file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  try {
    await fs.access(dir);
  } catch {
    throw new HostError('OUTPUT_DIR_MISSING', { dir });
  }
  await fs.writeFile(file, bytes);
}
