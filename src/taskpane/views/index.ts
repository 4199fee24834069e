import type { Locale } from '../../core/issues';
import type { WorkbookHost } from '../../hosts/types';
import type { StringKey } from '../strings';

/**
 * The pane's views: the three ribbon commands, each opening the pane on its own view (`?view=…`
 * in the URL), and 目标拆解, 复盘 and 工作簿体检, reached by their tabs (no ribbon buttons yet).
 */
export const VIEWS = [
  { id: 'timeline', tab: 'tabTimeline', intro: 'timelineIntro' },
  { id: 'budget', tab: 'tabBudget', intro: 'budgetIntro' },
  { id: 'roi', tab: 'tabRoi', intro: 'roiIntro' },
  { id: 'targets', tab: 'tabTargets', intro: 'targetsIntro' },
  { id: 'review', tab: 'tabReview', intro: 'reviewIntro' },
  { id: 'check', tab: 'tabCheck', intro: 'checkIntro' },
] as const satisfies readonly { id: string; tab: StringKey; intro: StringKey }[];

export type ViewId = (typeof VIEWS)[number]['id'];

/** The view named in a URL query, or the timeline. */
export function viewFromSearch(search: string): ViewId {
  const wanted = new URLSearchParams(search).get('view');
  return VIEWS.find((v) => v.id === wanted)?.id ?? 'timeline';
}

/** What every view gets from the pane: the workbook, the language, and a call after it changed the workbook. */
export interface ViewProps {
  readonly host: WorkbookHost;
  readonly locale: Locale;
  /** How many times the pane has undone a run: the view drops that run's news and reads again. */
  readonly restored: number;
  readonly onChange?: () => void;
}
