import type { Locale } from '../core/issues';

/** Every text of the task pane, in both languages. Messages about the workbook live in core/issues. */
export const STRINGS = {
  appTitle: { 'zh-CN': '推进表助手', 'en-US': '推进表助手 (Campaign planner)' },
  previewBanner: {
    'zh-CN': '预览模式：未在 Excel 中运行，右侧是示例工作簿。',
    'en-US': 'Preview mode: not running in Excel; the sample workbook is shown beside the pane.',
  },
  // English tab names are short so that all three fit on one line of a 320 px pane; the buttons
  // inside the views say the whole action (Generate timeline, Compute ROI).
  tabTimeline: { 'zh-CN': '生成时间表', 'en-US': 'Timeline' },
  tabBudget: { 'zh-CN': '预算表', 'en-US': 'Budget' },
  tabRoi: { 'zh-CN': '计算ROI', 'en-US': 'ROI' },
  tabTargets: { 'zh-CN': '目标拆解', 'en-US': 'Targets' },
  tabCheck: { 'zh-CN': '体检', 'en-US': 'Check' },
  checkIntro: {
    'zh-CN':
      '检查工作簿是否走样：助手写的公式被改成数值、空的或文字的里程碑、#REF!、反着算的渠道ROI、对不上的合计、超出工作日历的日期、无法撤销的备份。只读；安全的问题可一键修复并可撤销。',
    'en-US':
      'Checks the workbook for decay: the add-in’s formulas typed over, empty or text milestones, #REF!, an inverse channel ROI, totals that disagree, dates past the work calendar, a backup undo cannot use. Read-only; safe problems mend in one click, undoably.',
  },
  checkRun: { 'zh-CN': '检查', 'en-US': 'Check' },
  checkMend: { 'zh-CN': '修复', 'en-US': 'Mend' },
  checkMendAll: { 'zh-CN': '全部修复', 'en-US': 'Mend all' },
  targetsIntro: {
    'zh-CN':
      '从销售额目标倒推访客数、各阶段和各渠道的花费（对照预算总额）、保本的转化率和客单价，以及爆发日的分时计划，全部写成公式。',
    'en-US':
      'Works a sales target back to visitors, spend by phase and channel (against the budget total), break-even conversion and order value, and the launch day’s hourly plan, all as formulas.',
  },
  tabReview: { 'zh-CN': '复盘', 'en-US': 'Review' },
  reviewIntro: {
    'zh-CN':
      '活动结束后一页看完：各部门、各阶段按时/延期/未完成和延期最多的 5 项，预算执行与超支，结果对照目标和保本ROI、渠道ROI排名，写成公式；“结论”框留给团队填写。',
    'en-US':
      'The campaign on one page: on time / late / not done per department and phase with the five largest slips, budget against actual, results against target and break-even ROI, channels ranked by ROI, all formulas; the 结论 box is for the team’s own words.',
  },
  reviewRun: { 'zh-CN': '生成复盘表', 'en-US': 'Write the review sheet (复盘)' },
  targetLabel: { 'zh-CN': '销售额目标（元）', 'en-US': 'Sales target (yuan)' },
  aovLabel: { 'zh-CN': '客单价（元）', 'en-US': 'Order value (yuan)' },
  conversionLabel: { 'zh-CN': '转化率（%）', 'en-US': 'Conversion (%)' },
  targetMarginLabel: { 'zh-CN': '毛利率（%）', 'en-US': 'Gross margin (%)' },
  targetsRun: { 'zh-CN': '写入目标表', 'en-US': 'Write the targets sheet (目标)' },
  timelineIntro: {
    'zh-CN':
      '为推进表中的每个事项算出真实的开始和截止时间（如“报名前20天”“开团后30分钟”），写成随里程碑变化的公式。',
    'en-US':
      'Turns each task’s deadline (such as 报名前20天 or 开团后30分钟) into real start and due dates, written as formulas that follow the milestones.',
  },
  budgetIntro: {
    'zh-CN': '把预算表变成公式：小计、分类合计、风险备用金和预算总额，并对比实际花费。',
    'en-US':
      'Turns the budget into formulas: line totals, category subtotals, risk reserve and grand total, planned against actual.',
  },
  roiIntro: {
    'zh-CN': '在销售数据旁写出 KPI 与 ROI 公式：转化率、客单价、投入产出比、净利润、保本ROI。',
    'en-US':
      'Writes KPI and ROI formulas next to the sales data: conversion, average order value, ROAS, net profit, break-even ROI.',
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
    'en-US':
      'This workbook has no 推进表 yet. Pick a template, fill in the milestones and click Generate timeline.',
  },
  ganttSwitch: { 'zh-CN': '在表格右侧画甘特图', 'en-US': 'Draw a Gantt right of the table' },
  ganttDays: { 'zh-CN': '甘特图最多显示天数', 'en-US': 'Gantt: most days shown' },
  budgetSheetLabel: { 'zh-CN': '预算表所在的工作表', 'en-US': 'Sheet holding the budget' },
  budgetNone: {
    'zh-CN': '这个工作簿里还没有预算表。可以新建一张，已按文档列好常见类别和项目，金额留空待填。',
    'en-US':
      'This workbook has no budget yet. Create one with the usual categories and items listed and the amounts left to fill.',
  },
  budgetCreate: { 'zh-CN': '新建预算表', 'en-US': 'Create a budget' },
  budgetUpdate: { 'zh-CN': '更新预算表', 'en-US': 'Update the budget' },
  reserveRate: { 'zh-CN': '风险备用金比例（%）', 'en-US': 'Risk reserve (%)' },
  budgetTotals: {
    'zh-CN': '合计 {total} · 预算总额 {grand}',
    'en-US': 'Total {total} · with reserve {grand}',
  },
  roiSheetLabel: { 'zh-CN': '销售数据所在的工作表', 'en-US': 'Sheet holding the sales data' },
  roiNone: {
    'zh-CN':
      '这个工作簿里还没有销售数据。把生意参谋/京东商智导出的数据（含“支付金额”和“访客数”或“支付买家数”列）粘贴到一张工作表里，再点“刷新”。',
    'en-US':
      'This workbook has no sales data yet. Paste an export (with 支付金额 and 访客数 or 支付买家数 columns) into a sheet, then click Refresh.',
  },
  marginRate: {
    'zh-CN': '毛利率（%，留空则用表中的）',
    'en-US': 'Gross margin (%, empty = the sheet’s)',
  },
  sourcesTitle: { 'zh-CN': '数据来源', 'en-US': 'Sources' },
  marginFrom: { 'zh-CN': '毛利率：{how}', 'en-US': 'Gross margin: {how}' },
  spendFrom: { 'zh-CN': '总投入：{how}', 'en-US': 'Total spend: {how}' },
  marginOption: { 'zh-CN': '按上面填写的比例', 'en-US': 'the rate entered above' },
  marginLabel: { 'zh-CN': '表中“毛利率”单元格', 'en-US': 'the sheet’s 毛利率 cell' },
  marginInput: {
    'zh-CN': '未找到，将建输入格（先按 30%）',
    'en-US': 'not found; an input cell will be made (30% for now)',
  },
  spendBudget: {
    'zh-CN': '预算表的实际合计（未填实际时用合计）',
    'en-US': 'the budget’s actual total (its planned total until actuals are in)',
  },
  spendChannels: {
    'zh-CN': '渠道表“{sheet}”的花费合计',
    'en-US': 'the spend on the channel sheet "{sheet}"',
  },
  spendLabel: { 'zh-CN': '表中“总投入”单元格', 'en-US': 'the sheet’s 总投入 cell' },
  spendInput: {
    'zh-CN': '未找到，将建输入格待填',
    'en-US': 'not found; an input cell will be made to fill in',
  },
  roiRun: { 'zh-CN': '计算ROI', 'en-US': 'Compute ROI' },
  keyFigures: {
    'zh-CN': '关键指标（表中公式算出）',
    'en-US': 'Key figures (as the workbook computes them)',
  },
  roleDate: { 'zh-CN': '日期/时段', 'en-US': 'Date / period' },
  roleVisitors: { 'zh-CN': '访客数', 'en-US': 'Visitors' },
  rolePageViews: { 'zh-CN': '浏览量', 'en-US': 'Page views' },
  roleBuyers: { 'zh-CN': '支付买家数', 'en-US': 'Paying buyers' },
  roleOrders: { 'zh-CN': '订单数', 'en-US': 'Orders' },
  roleGmv: { 'zh-CN': '支付金额', 'en-US': 'Sales (GMV)' },
  roleRefund: { 'zh-CN': '退款金额', 'en-US': 'Refunds' },
  rolePlan: { 'zh-CN': '计划/目标', 'en-US': 'Plan / target' },
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
  milestoneUsesOne: { 'zh-CN': '1 个事项用到', 'en-US': 'used by 1 task' },
  milestoneFromSheet: { 'zh-CN': '取自工作表', 'en-US': 'from the sheet' },
  milestoneTyped: { 'zh-CN': '在此填写', 'en-US': 'typed here' },
  milestoneNeeded: { 'zh-CN': '请填写', 'en-US': 'to fill in' },
  generate: { 'zh-CN': '生成时间表', 'en-US': 'Generate timeline' },
  reuseTitle: { 'zh-CN': '复用到下次活动', 'en-US': 'Reuse for the next campaign' },
  reuseHint: {
    'zh-CN':
      '把这张推进表里写死的日期改成相对里程碑的时间（如“开团前12天”，原日期另列保留），再按新活动的日期生成时间表。',
    'en-US':
      'Turns the dates typed in this 推进表 into deadlines on the milestone (such as 开团前12天, old dates kept in a column of their own), then plans it on the next campaign’s date.',
  },
  reuseMilestone: { 'zh-CN': '里程碑', 'en-US': 'Milestone' },
  reuseFrom: { 'zh-CN': '原日期（这次活动）', 'en-US': 'Old date (this campaign)' },
  reuseTo: { 'zh-CN': '新日期（下次活动）', 'en-US': 'New date (next campaign)' },
  generateNeeds: { 'zh-CN': '先填写{names}时间', 'en-US': 'First fill in {names}' },
  listJoin: { 'zh-CN': '、', 'en-US': ', ' },
  stepReading: { 'zh-CN': '读取工作表…', 'en-US': 'Reading the sheet…' },
  stepWriting: { 'zh-CN': '写入工作表…', 'en-US': 'Writing to the sheet…' },
  stepRestoring: { 'zh-CN': '撤销…', 'en-US': 'Undoing…' },
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
  roleActualStart: { 'zh-CN': '实际开始', 'en-US': 'Actual start' },
  roleActualFinish: { 'zh-CN': '实际完成', 'en-US': 'Actual finish' },
  roleProgress: { 'zh-CN': '完成率', 'en-US': 'Progress' },
  rolePredecessors: { 'zh-CN': '前置事项', 'en-US': 'Predecessors' },
} as const satisfies Record<string, Record<Locale, string>>;

export type StringKey = keyof typeof STRINGS;

/** The text of a key in a language. */
export const t = (key: StringKey, locale: Locale): string => STRINGS[key][locale];
