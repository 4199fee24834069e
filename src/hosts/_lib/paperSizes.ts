import { PAPERS, type Paper } from '../../core/plan';

/**
 * The file's code of a paper.
 * @example paperCode('a4') // 9
 */
export const paperCode = (p: Paper): number => PAPERS.indexOf(p) + 1;

/**
 * The paper of a file's code; undefined for a code office-js has no name for.
 * @example paperOfCode(9) // 'a4'
 */
export const paperOfCode = (code: number): Paper | undefined => PAPERS[code - 1];

/** office-js's spelling of a paper (`Excel.PaperType.a4` is "A4"). */
export const officePaper = (p: Paper): string => p.charAt(0).toUpperCase() + p.slice(1);

/** The paper of an office-js value ("A4", "EnvelopeDL"); undefined for one it does not name. */
export const paperOfOffice = (v: string): Paper | undefined =>
  PAPERS.find((p) => officePaper(p) === v);
