import type { Grid } from '../grid';
import { salesHeader } from './salesHeader';

/**
 * Whether a sheet holds a sales table, without planning anything (choosing among sheets).
 * @example grids.filter(readsAsSales)
 */
export const readsAsSales = (grid: Grid): boolean => salesHeader(grid) !== null;
