import type { Issue, IssueCode } from '../issues';
import type { Finding } from './types';

/**
 * What the add-in's own readers already find in the team's tables and the check reports as it
 * is: a channel ROI column computed the inverse way (roiDiffers) and a team 合计 row that
 * disagrees with its lines (teamTotalIssues). Neither has a safe mend: the column and the row are
 * the team's.
 */
export const CHECKED_CODES: readonly IssueCode[] = ['CHANNEL_ROI_INVERSE', 'TEAM_TOTAL_DIFFERS'];

/**
 * The issues of a regenerated budget or ROI that the health check reports.
 * @example regeneratedIssues(roi.issues).map((f) => f.issue.code) // ['CHANNEL_ROI_INVERSE']
 */
export function regeneratedIssues(issues: readonly Issue[]): Finding[] {
  return issues.filter((i) => CHECKED_CODES.includes(i.code)).map((i) => ({ issue: i }));
}
