import { TemplateUnreadableError } from '../errors';
import { mergeSheetPlans, planGrid } from '../plan';
import { templateSheet, type Template } from '../templates';
import { generateTimeline, type TimelineOptions, type TimelineResult } from './generateTimeline';

/**
 * A new 推进表 from a template with its timeline, as one plan: one undo removes both.
 * @example timelineFromTemplate(JUHUASUAN, { anchors })?.plan
 */
export function timelineFromTemplate(
  template: Template,
  options: TimelineOptions = {},
  sheet = template.sheet,
): TimelineResult {
  const created = templateSheet(template, sheet);
  const result = generateTimeline(planGrid(created), options);
  if (!result) throw new TemplateUnreadableError(template.id, 'timeline');
  if (!result.plan) return result;
  const [timeline, ...others] = result.plan.sheets;
  return {
    ...result,
    plan: { ...result.plan, sheets: [mergeSheetPlans(created, timeline!), ...others] },
  };
}
