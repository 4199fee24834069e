import type { Grid } from '../grid';
import type { Issue } from '../issues';
import { convertTextNumbers } from '../numbers/convertTextNumbers';
import type { Block } from '../plan';
import type { Parameter } from './types';

/**
 * Parameters pasted as text (`40%`) turned into numbers in place: every formula over one would
 * otherwise be #VALUE!.
 * @example convertParameters(grid, [margin.param, spend.param, target.param]).issues
 */
export function convertParameters(
  grid: Grid,
  params: readonly (Parameter | null)[],
): { blocks: Block[]; issues: Issue[] } {
  const blocks: Block[] = [];
  const issues: Issue[] = [];
  for (const p of params) {
    if (!p) continue;
    const c = convertTextNumbers(grid, [p.at.row], [p.at.col]);
    blocks.push(...c.blocks);
    issues.push(...c.issues);
  }
  return { blocks, issues };
}
