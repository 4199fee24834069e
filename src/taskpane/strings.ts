import type { Locale } from '../core/issues';

/** Every text of the task pane, in both languages. Messages about the workbook live in core/issues. */
export const STRINGS = {
  appTitle: { 'zh-CN': '推进表助手', 'en-US': '推进表助手 (Campaign planner)' },
  previewBanner: {
    'zh-CN': '预览模式：未在 Excel 中运行，右侧是示例工作簿。',
    'en-US': 'Preview mode: not running in Excel; the sample workbook is shown beside the pane.',
  },
  tabTimeline: { 'zh-CN': '生成时间表', 'en-US': 'Generate timeline' },
  tabBudget: { 'zh-CN': '预算表', 'en-US': 'Budget table' },
  tabRoi: { 'zh-CN': '计算ROI', 'en-US': 'Compute ROI' },
  timelineIntro: {
    'zh-CN': '为推进表中的每个事项算出真实的开始和截止时间（如“报名前20天”“开团后30分钟”），写成随里程碑变化的公式。',
    'en-US': 'Turns each task’s deadline (such as 报名前20天 or 开团后30分钟) into real start and due dates, written as formulas that follow the milestones.',
  },
  budgetIntro: {
    'zh-CN': '把预算表变成公式：小计、分类合计、风险备用金和预算总额，并对比实际花费。',
    'en-US': 'Turns the budget into formulas: line totals, category subtotals, risk reserve and grand total, planned against actual.',
  },
  roiIntro: {
    'zh-CN': '在销售数据旁写出 KPI 与 ROI 公式：转化率、客单价、投入产出比、净利润、保本ROI。',
    'en-US': 'Writes KPI and ROI formulas next to the sales data: conversion, average order value, ROAS, net profit, break-even ROI.',
  },
  comingSoon: {
    'zh-CN': '此功能正在开发中，下一版本提供。现在可以查看工作簿中的工作表。',
    'en-US': 'This feature is being built and comes in the next version. For now you can see the workbook’s sheets.',
  },
  sheetsTitle: { 'zh-CN': '工作簿中的工作表', 'en-US': 'Sheets in this workbook' },
  noSheets: { 'zh-CN': '（没有可见的工作表）', 'en-US': '(no visible sheets)' },
  loading: { 'zh-CN': '正在读取工作簿…', 'en-US': 'Reading the workbook…' },
  refresh: { 'zh-CN': '刷新', 'en-US': 'Refresh' },
  restore: { 'zh-CN': '撤销上次操作', 'en-US': 'Undo last run' },
  sheetLabel: { 'zh-CN': '推进表所在的工作表', 'en-US': 'Sheet holding the 推进表' },
  templateTitle: { 'zh-CN': '从模板新建推进表', 'en-US': 'Start a 推进表 from a template' },
  templateHint: {
    'zh-CN': '这个工作簿里还没有推进表。选一个模板，填好里程碑，点击“生成时间表”即可新建。',
    'en-US': 'This workbook has no 推进表 yet. Pick a template, fill in the milestones and click Generate timeline.',
  },
  ganttSwitch: { 'zh-CN': '在表格右侧画甘特图', 'en-US': 'Draw a Gantt right of the table' },
  ganttDays: { 'zh-CN': '甘特图最多显示天数', 'en-US': 'Gantt: most days shown' },
  budgetSheetLabel: { 'zh-CN': '预算表所在的工作表', 'en-US': 'Sheet holding the budget' },
  budgetNone: {
    'zh-CN': '这个工作簿里还没有预算表。可以新建一张，已按文档列好常见类别和项目，金额留空待填。',
    'en-US': 'This workbook has no budget yet. Create one with the usual categories and items listed and the amounts left to fill.',
  },
  budgetCreate: { 'zh-CN': '新建预算表', 'en-US': 'Create a budget' },
  budgetUpdate: { 'zh-CN': '更新预算表', 'en-US': 'Update the budget' },
  reserveRate: { 'zh-CN': '风险备用金比例（%）', 'en-US': 'Risk reserve (%)' },
  budgetTotals: { 'zh-CN': '合计 {total} · 预算总额 {grand}', 'en-US': 'Total {total} · with reserve {grand}' },
  roleCategory: { 'zh-CN': '类别', 'en-US': 'Category' },
  roleItem: { 'zh-CN': '项目', 'en-US': 'Item' },
  rolePrice: { 'zh-CN': '单价', 'en-US': 'Unit price' },
  roleQuantity: { 'zh-CN': '数量', 'en-US': 'Quantity' },
  roleDays: { 'zh-CN': '天数', 'en-US': 'Days' },
  roleAmount: { 'zh-CN': '金额', 'en-US': 'Amount' },
  roleActual: { 'zh-CN': '实际', 'en-US': 'Actual' },
  mappingTitle: { 'zh-CN': '识别到的列（可修改）', 'en-US': 'Columns found (you can change them)' },
  noColumn: { 'zh-CN': '（无）', 'en-US': '(none)' },
  milestonesTitle: { 'zh-CN': '里程碑', 'en-US': 'Milestones' },
  milestoneUses: { 'zh-CN': '{n} 个事项用到', 'en-US': 'used by {n} tasks' },
  milestoneFromSheet: { 'zh-CN': '取自工作表', 'en-US': 'from the sheet' },
  milestoneNeeded: { 'zh-CN': '请填写', 'en-US': 'please fill in' },
  generate: { 'zh-CN': '生成时间表', 'en-US': 'Generate timeline' },
  issuesTitle: { 'zh-CN': '提示', 'en-US': 'Notes' },
  roleNumber: { 'zh-CN': '序号', 'en-US': 'Number' },
  rolePhase: { 'zh-CN': '阶段', 'en-US': 'Phase' },
  roleDepartment: { 'zh-CN': '部门', 'en-US': 'Department' },
  roleTask: { 'zh-CN': '事项', 'en-US': 'Task' },
  roleStart: { 'zh-CN': '开始时间', 'en-US': 'Start' },
  roleDue: { 'zh-CN': '完成时间', 'en-US': 'Due' },
  roleDuration: { 'zh-CN': '需要时间', 'en-US': 'Duration' },
  roleOwner: { 'zh-CN': '负责人', 'en-US': 'Owner' },
  roleSupport: { 'zh-CN': '支持部门', 'en-US': 'Support' },
  roleStatus: { 'zh-CN': '状态', 'en-US': 'Status' },
  roleNotes: { 'zh-CN': '备注', 'en-US': 'Notes' },
} as const satisfies Record<string, Record<Locale, string>>;

export type StringKey = keyof typeof STRINGS;

/** The text of a key in a language. */
export const t = (key: StringKey, locale: Locale): string => STRINGS[key][locale];
