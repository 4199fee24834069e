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
