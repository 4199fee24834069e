import type { StringKey } from './strings';

/** The three ribbon commands; each opens the pane on its own view (`?view=…` in the URL). */
export const VIEWS = [
  { id: 'timeline', tab: 'tabTimeline', intro: 'timelineIntro' },
  { id: 'budget', tab: 'tabBudget', intro: 'budgetIntro' },
  { id: 'roi', tab: 'tabRoi', intro: 'roiIntro' },
] as const satisfies readonly { id: string; tab: StringKey; intro: StringKey }[];

export type ViewId = (typeof VIEWS)[number]['id'];

/** The view named in a URL query, or the timeline. */
export function viewFromSearch(search: string): ViewId {
  const wanted = new URLSearchParams(search).get('view');
  return VIEWS.find((v) => v.id === wanted)?.id ?? 'timeline';
}
