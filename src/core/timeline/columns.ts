import type { RoleTable } from '../grid/header';

// Parts that say "a time" after what a column names: 结束日期, Start Date, 完成时间.
const WHEN = ['时间', '日期', 'date', 'time'];

/**
 * The roles a 推进表 column can play. A header names a role exactly by one of its `words` (most
 * specific first: when two columns fit one role, the one whose word comes first wins), else by
 * the parts it contains (任务名称, 预计结束时间, Due Date, Assignee), else by a weak word. The
 * actual and predecessor roles are recognised so that 实际结束时间 is not taken for the plan's due
 * nor 实际开始 for its start; what they mean is read elsewhere.
 */
export const COLUMN_ROLES = [
  {
    role: 'number',
    label: '序号 (No.)',
    words: ['序号', '步骤', '编号', 'No', '#'],
    parts: { all: [['序号', '编号', 'no', 'id', '#']] },
  },
  {
    role: 'phase',
    label: '阶段 (phase)',
    words: ['阶段', '活动阶段', '时间阶段'],
    parts: { all: [['阶段', 'phase', 'stage']] },
  },
  {
    role: 'department',
    label: '部门 (department)',
    words: ['部门', '操作部门', '负责部门', '岗位', '模块', '工作模块', '计划分类', '分类'],
    parts: { all: [['部门', '岗位', '模块', '分类', 'team', 'dept', 'department']] },
  },
  {
    role: 'task',
    label: '事项 (task)',
    words: ['事项', '工作事项', '事项明细', '工作内容', '任务', '工作任务', '内容', '流程名称'],
    parts: {
      all: [['任务', '事项', '工作', '内容', 'task', 'activity', 'item']],
      bonus: ['名称', '内容', '明细', 'name'],
    },
  },
  {
    role: 'start',
    label: '开始时间 (start)',
    words: ['开始时间', '开始日期', '起始时间', '起始', '开始'],
    parts: { all: [['开始', '起始', 'start', 'begin']], bonus: WHEN },
  },
  {
    role: 'due',
    label: '完成时间 (due)',
    words: [
      '完成时间',
      '预计完成时间',
      '截止时间',
      '截止日期',
      '截止',
      '完成日期',
      '节点',
      '时间节点',
    ],
    parts: {
      all: [['截止', '结束', '完成', '完工', 'due', 'end', 'deadline', 'finish']],
      bonus: WHEN,
    },
    // A bare 时间 is most often the due, but any column that says more is a better one.
    weak: ['时间'],
  },
  {
    role: 'duration',
    label: '需要时间 (duration)',
    words: ['需要时间', '所需时间', '需时', '工期', '耗时'],
    parts: { all: [['工期', '需要', '所需', '耗时', '天数', '时长', 'duration', 'days']] },
  },
  {
    role: 'owner',
    label: '负责人 (owner)',
    words: ['负责人', '负责岗位', '负责人员', '责任人', '执行人'],
    parts: {
      all: [['负责', '执行', '责任', 'owner', 'assignee', 'pic', 'responsible', 'assigned']],
    },
  },
  {
    role: 'support',
    label: '支持部门 (support)',
    words: ['支持部门', '支持人员', '协助部门', '配合部门'],
    parts: { all: [['支持', '协助', '配合', 'support']] },
  },
  {
    role: 'status',
    label: '状态 (status)',
    words: ['状态', '进度', '完成情况'],
    parts: { all: [['状态', '进度', '情况', 'status', 'progress', 'state']] },
  },
  {
    role: 'notes',
    label: '备注 (notes)',
    words: ['备注', '说明'],
    parts: { all: [['备注', '说明', '注释', 'note', 'remark', 'comment']] },
  },
  {
    role: 'actualStart',
    label: '实际开始 (actual start)',
    words: ['实际开始', '实际开始时间', '实际开始日期'],
    parts: {
      all: [
        ['实际', 'actual'],
        ['开始', '起始', 'start', 'begin'],
      ],
      bonus: WHEN,
    },
  },
  {
    role: 'actualFinish',
    label: '实际完成 (actual finish)',
    words: ['实际完成', '实际完成时间', '实际结束时间', '实际结束', '实际完成日期'],
    parts: {
      all: [
        ['实际', 'actual'],
        ['结束', '完成', '完工', 'finish', 'end', 'completion'],
      ],
      bonus: WHEN,
    },
  },
  {
    role: 'progress',
    label: '完成率 (progress)',
    words: ['完成率', '完成进度', '完成百分比', '进度百分比', '完成比例'],
    parts: { all: [['百分比', '完成率', '比例', '%', 'percent', 'pct']] },
  },
  {
    role: 'predecessors',
    label: '前置事项 (predecessors)',
    words: ['前置事项', '前置任务', '依赖'],
    parts: { all: [['前置', '依赖', 'predecessor', 'depends', 'dependency', 'dependencies']] },
  },
] as const satisfies RoleTable<string>;

export type ColumnRole = (typeof COLUMN_ROLES)[number]['role'];

/**
 * The columns the add-in adds beside the team's table, by the header it gives them. 原时间 keeps
 * the dates a reused plan had (`tuijin reuse`), so it is the add-in's too, never the team's table.
 */
export const OWNED_HEADERS = {
  start: '计划开始',
  due: '计划截止',
  deviation: '偏差天数',
  original: '原时间',
} as const;
