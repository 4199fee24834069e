/** The 状态 drop-down's choices, in the order a task goes through them. */
export const STATUSES = ['未开始', '进行中', '已完成', '延期'] as const;

/** The status that takes a task off the overdue counts. */
export const DONE = '已完成';

/** The summaries' heading for tasks finished on a later day than planned. */
export const LATE = '延期完成';
