/** One task of a template, in the 推进表 layout teams read. */
export interface TemplateTask {
  readonly phase: string;
  readonly department: string;
  readonly task: string;
  /** A deadline in the team's language (报名前20天, 开团后30分钟 …). */
  readonly due: string;
  readonly owner: string;
}

/** A ready-made 推进表 for a kind of campaign: typed data that one generator writes. */
export interface Template {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly sheet: string;
  readonly title: string;
  /** The milestones its deadlines use, in the order of the campaign. */
  readonly milestones: readonly string[];
  readonly tasks: readonly TemplateTask[];
}

/**
 * One row of a template, in the order teams write them.
 * @example task('活动前', '运营', '提交聚划算报名', '报名前1天', '运营主管')
 */
export const task = (
  phase: string,
  department: string,
  task: string,
  due: string,
  owner: string,
): TemplateTask => ({ phase, department, task, due, owner });
