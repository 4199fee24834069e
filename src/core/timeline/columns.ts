/**
 * The roles a 推进表 column can play, each with the header words real sheets use, most specific
 * first: when two columns fit one role, the one whose word comes first wins.
 */
export const COLUMN_ROLES = [
  { role: 'number', words: ['序号', '步骤', '编号', 'No', 'NO', '#'] },
  { role: 'phase', words: ['阶段', '活动阶段', '时间阶段'] },
  {
    role: 'department',
    words: ['部门', '操作部门', '负责部门', '岗位', '模块', '工作模块', '计划分类', '分类'],
  },
  {
    role: 'task',
    words: ['事项', '工作事项', '事项明细', '工作内容', '任务', '工作任务', '内容', '流程名称'],
  },
  { role: 'start', words: ['开始时间', '开始日期', '起始时间', '起始', '开始'] },
  {
    role: 'due',
    words: [
      '完成时间',
      '预计完成时间',
      '截止时间',
      '截止日期',
      '截止',
      '完成日期',
      '节点',
      '时间节点',
      '时间',
    ],
  },
  { role: 'duration', words: ['需要时间', '所需时间', '需时', '工期', '耗时'] },
  { role: 'owner', words: ['负责人', '负责岗位', '负责人员', '责任人', '执行人'] },
  { role: 'support', words: ['支持部门', '支持人员', '协助部门', '配合部门'] },
  { role: 'status', words: ['状态', '进度', '完成情况'] },
  { role: 'notes', words: ['备注', '说明'] },
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number]['role'];

/** The columns the add-in adds beside the team's table, by the header it gives them. */
export const OWNED_HEADERS = { start: '计划开始', due: '计划截止' } as const;
