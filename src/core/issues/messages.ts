/**
 * Every message the user can see about their workbook or the host, in both languages, in one
 * table. `{name}` marks a parameter. zh-CN is the default; en-US follows Office's language.
 */
export const MESSAGES = {
  FILE_NOT_FOUND: {
    'zh-CN': '找不到文件 {file}。请检查路径是否正确。',
    'en-US': 'File {file} was not found. Check the path.',
  },
  FILE_NOT_XLSX: {
    'zh-CN': '{file} 不是 .xlsx 工作簿。请在 Excel 中“另存为” Excel 工作簿 (*.xlsx) 后再试。',
    'en-US':
      '{file} is not an .xlsx workbook. Save it as an Excel Workbook (*.xlsx) in Excel and try again.',
  },
  FILE_ENCRYPTED: {
    'zh-CN':
      '{file} 设了打开密码，加载项读不了。请在 Excel 中打开，“文件 → 信息 → 保护工作簿 → 用密码进行加密”里清空密码后另存一份再试。',
    'en-US':
      '{file} is password-protected, which the add-in cannot read. Open it in Excel, clear the password (File → Info → Protect Workbook → Encrypt with Password) and save a copy.',
  },
  FILE_OLD_XLS: {
    'zh-CN': '{file} 是旧版 .xls 格式。请在 Excel 或 WPS 中“另存为” Excel 工作簿 (*.xlsx) 后再试。',
    'en-US':
      '{file} is in the old .xls format. Save it as an Excel Workbook (*.xlsx) in Excel or WPS and try again.',
  },
  FILE_CORRUPT: {
    'zh-CN':
      '无法读取 {file}：文件已损坏或已加密（{reason}）。请用 Excel 打开并另存一份未加密的副本。',
    'en-US':
      'Cannot read {file}: the file is damaged or encrypted ({reason}). Open it in Excel and save an unencrypted copy.',
  },
  OUTPUT_DIR_MISSING: {
    'zh-CN': '输出文件夹 {dir} 不存在。请先创建它，或换一个输出位置。',
    'en-US': 'The output folder {dir} does not exist. Create it or choose another output location.',
  },
  FILE_NO_ACCESS: {
    'zh-CN': '没有权限读取 {file}。请检查它的权限，或把它复制到你自己的文件夹后再试。',
    'en-US':
      'You have no permission to read {file}. Check its permissions, or copy it to a folder of your own and try again.',
  },
  INPUT_IS_FOLDER: {
    'zh-CN': '{file} 是一个文件夹，不是工作簿。请写出文件夹里那个 .xlsx 文件的路径。',
    'en-US': '{file} is a folder, not a workbook. Give the path of the .xlsx file inside it.',
  },
  FILE_UNREADABLE: {
    'zh-CN': '无法读取 {file}（{reason}）。请确认文件能在 Excel 或 WPS 中打开后再试。',
    'en-US': 'Cannot read {file} ({reason}). Make sure it opens in Excel or WPS and try again.',
  },
  OUTPUT_IS_INPUT: {
    'zh-CN':
      '输出文件 {file} 就是输入的工作簿，写出会覆盖它。请用 -o 换一个文件名；确要改写原文件时请加 --in-place（会先把原文件复制为 {backup}）。',
    'en-US':
      'The output {file} is the input workbook itself; writing would overwrite it. Choose another name with -o, or add --in-place to update it (the original is first copied to {backup}).',
  },
  OUTPUT_IS_FOLDER: {
    'zh-CN': '输出 {file} 是一个文件夹。请在 -o 后写上文件名，例如 {example}。',
    'en-US': 'The output {file} is a folder. Give a file name after -o, such as {example}.',
  },
  OUTPUT_WRONG_TYPE: {
    'zh-CN':
      '输出文件 {file} 不是 Excel 工作簿的文件名：这里只能写 {ext} 文件（与输入同类）。请把输出文件名改为以 {ext} 结尾；要 CSV 或 .xls 时，请在 Excel 或 WPS 中打开写出的工作簿再“另存为”。',
    'en-US':
      'The output {file} is not named as an Excel workbook: only {ext} files can be written here (the kind of the input). Name the output …{ext}; for CSV or .xls, open the written workbook in Excel or WPS and use Save As.',
  },
  OUTPUT_READ_ONLY: {
    'zh-CN': '输出文件 {file} 是只读的，不能改写。请取消它的只读属性，或用 -o 换一个文件名。',
    'en-US':
      'The output {file} is read-only and cannot be replaced. Clear its read-only attribute, or choose another name with -o.',
  },
  OUTPUT_DIR_READ_ONLY: {
    'zh-CN':
      '无法在文件夹 {dir} 中写入文件（没有写入权限，或该位置只读）。请换一个输出位置，或检查该文件夹的权限。',
    'en-US':
      'Cannot write files in the folder {dir} (no permission, or the location is read-only). Choose another output location, or check the folder permissions.',
  },
  OUTPUT_NOT_A_FOLDER: {
    'zh-CN': '{dir} 已是一个文件，不能用作输出文件夹。请换一个文件夹名。',
    'en-US': '{dir} is a file, so it cannot be the output folder. Choose another folder name.',
  },
  OUTPUT_LOCKED: {
    'zh-CN':
      '无法替换 {file}：它可能正在 Excel、WPS 或其他程序中打开。请关闭它后重试，或用 -o 换一个文件名。原有文件未作更改。',
    'en-US':
      'Cannot replace {file}: it may be open in Excel, WPS or another program. Close it and try again, or choose another name with -o. The existing file was not changed.',
  },
  OUTPUT_WRITE_FAILED: {
    'zh-CN':
      '写入 {file} 失败（{reason}）。没有留下写了一半的文件，原有文件也未作更改。请检查磁盘空间后重试，或换一个输出位置。',
    'en-US':
      'Writing {file} failed ({reason}). No half-written file was left and no existing file was changed. Check the free disk space and try again, or choose another output location.',
  },
  BACKUP_FAILED: {
    'zh-CN':
      '无法把原文件复制为 {file}（{reason}），所以没有改写原文件。请检查磁盘空间和文件夹权限后重试。',
    'en-US':
      'Could not copy the original to {file} ({reason}), so the original was not updated. Check the free disk space and the folder permissions, then try again.',
  },
  BACKUP_KEPT: {
    'zh-CN': '已改写 {file}；改写前的原文件保存在 {backup}。',
    'en-US': 'Updated {file}; the original as it was is kept in {backup}.',
  },
  SHEET_NOT_FOUND: {
    'zh-CN': '工作簿中没有名为“{sheet}”的工作表。现有工作表：{sheets}。',
    'en-US': 'The workbook has no sheet named "{sheet}". Sheets: {sheets}.',
  },
  SHEET_EMPTY: {
    'zh-CN': '工作表“{sheet}”是空的。',
    'en-US': 'Sheet "{sheet}" is empty.',
  },
  NOTHING_TO_RESTORE: {
    'zh-CN': '没有可撤销的操作：本工作簿中没有推进表助手的备份。',
    'en-US': 'Nothing to undo: this workbook holds no backup from 推进表助手.',
  },
  RESTORED: {
    'zh-CN': '已恢复 {cells} 个单元格到上次操作之前的状态。',
    'en-US': 'Undone: {cells} {cells:cell is|cells are} back as before the last run.',
  },
  HOST_SHEET_PROTECTED: {
    'zh-CN':
      '工作表“{sheet}”受保护，无法写入。请在“审阅 → 撤销工作表保护”后重试。工作簿未作任何更改。',
    'en-US':
      'Sheet "{sheet}" is protected. Unprotect it (Review → Unprotect Sheet) and try again. Nothing was changed.',
  },
  HOST_EDIT_MODE: {
    'zh-CN': 'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。工作簿未作任何更改。',
    'en-US':
      'Excel is editing a cell. Press Enter or Esc to finish editing and try again. Nothing was changed.',
  },
  HOST_REQUEST_TOO_LARGE: {
    'zh-CN':
      '这次要读取或写入的内容超过了 Excel 单次请求的上限（常见于 Excel 网页版里数万行的表格）。请把表格拆到几张工作表里后重试。工作簿未作任何更改。',
    'en-US':
      "What this run reads or writes exceeds Excel's limit for one request (tables of tens of thousands of rows, in Excel on the web). Split the table over several sheets and try again. Nothing was changed.",
  },
  HOST_BUSY: {
    'zh-CN':
      'Excel 这次没能处理请求（{reason}）：可能正忙，或有人同时在编辑这个工作簿。工作簿保持原样，请稍等片刻后重试。',
    'en-US':
      'Excel could not take the request ({reason}): it may be busy, or someone else is editing this workbook at the same time. The workbook is as it was; wait a moment and try again.',
  },
  HOST_INACTIVE_WORKBOOK: {
    'zh-CN':
      '打开了多个工作簿，这个工作簿在操作时失去了焦点。请先点回这个工作簿，再重试。工作簿保持原样。',
    'en-US':
      'Several workbooks are open and this one lost the focus during the run. Click into this workbook and try again. The workbook is as it was.',
  },
  HOST_NOT_SUPPORTED: {
    'zh-CN':
      '这个版本的 Excel 不支持加载项要用的功能（{reason}）。请把 Office 更新到最新版本，或改用 Excel 网页版。工作簿保持原样。',
    'en-US':
      'This version of Excel does not support a feature the add-in needs ({reason}). Update Office, or use Excel on the web. The workbook is as it was.',
  },
  HOST_UNSUPPORTED_SHEET: {
    'zh-CN':
      '工作表“{sheet}”是图表工作表或宏工作表，加载项只能读写普通工作表。请选一张普通工作表后重试。',
    'en-US':
      'Sheet "{sheet}" is a chart or macro sheet; the add-in works on ordinary worksheets only. Choose a worksheet and try again.',
  },
  HOST_RANGE_BLOCKED: {
    'zh-CN':
      '工作表“{sheet}”上的合并单元格、数据透视表、筛选或表格挡住了要写入的区域（{reason}）。请取消筛选、移开或取消合并后重试。工作簿保持原样。',
    'en-US':
      'Merged cells, a PivotTable, a filter or a table on sheet "{sheet}" stand in the way of the cells this run writes ({reason}). Clear the filter, or move or unmerge them, and try again. The workbook is as it was.',
  },
  HOST_WORKBOOK_CHANGED: {
    'zh-CN':
      '工作簿在操作期间被改动了（{reason}）：例如工作表“{sheet}”被改名、删除或新建了同名对象。工作簿保持原样；请重新选择工作表后重试。',
    'en-US':
      'The workbook changed during the run ({reason}): for example sheet "{sheet}" was renamed or deleted, or something of the same name was added. The workbook is as it was; choose the sheet again and try again.',
  },
  HOST_REQUEST_REFUSED: {
    'zh-CN':
      'Excel 拒绝了加载项的请求（{reason}，工作表“{sheet}”）。这是加载项的问题，工作簿保持原样；请把这段文字发给我们。',
    'en-US':
      'Excel refused a request of the add-in ({reason}, sheet "{sheet}"). This is a fault of the add-in; the workbook is as it was. Please send us this text.',
  },
  HOST_LINKS_BLOCKED: {
    'zh-CN':
      '这个工作簿的外部链接或数据查询需要你先允许（{reason}）。请在 Excel 顶部的安全提示栏里点“启用内容”后重试。工作簿保持原样。',
    'en-US':
      "This workbook's external links or data queries need your permission first ({reason}). Click Enable Content in Excel's security bar and try again. The workbook is as it was.",
  },
  HOST_FAILED: {
    'zh-CN': 'Excel 未能完成操作（{reason}）。工作簿已恢复原状，请稍后重试。',
    'en-US':
      'Excel could not finish ({reason}). The workbook was put back as it was; try again later.',
  },
  HOST_DATE_1904: {
    'zh-CN':
      '此工作簿使用 1904 日期系统（常见于旧版 Mac 上建的文件）：推进表助手按 1900 日期系统写日期，在这里每个日期都会偏差 1462 天，所以没有写入。工作簿未作任何更改。请在使用 1900 日期系统的工作簿中使用本加载项（直接改“使用 1904 日期系统”选项会让表中已有的日期整体移动 4 年）。',
    'en-US':
      'This workbook uses the 1904 date system (common in files made on older Macs): 推进表助手 writes dates in the 1900 system, which would put every date off by 1,462 days here, so nothing was written. Nothing was changed. Use the add-in in a workbook on the 1900 date system (switching the "Use 1904 date system" option moves every date already in the workbook by four years).',
  },
  HOST_TEXT_FORMULA: {
    'zh-CN':
      '工作表“{sheet}”的 {cell} 单元格设为“文本”格式，写入的公式没有生效，只是一段文字。工作簿已恢复原状。请把 {range} 的数字格式改为“常规”后重试。',
    'en-US':
      'Cell {cell} on sheet "{sheet}" is formatted as Text, so the formula written there stayed text. The workbook was put back as it was. Set the number format of {range} to General and try again.',
  },
  CHART_NAME_SHARED: {
    'zh-CN':
      '工作表“{sheet}”上有多个名为“{name}”的图表，无法确定哪个是上次生成的，因此都保留了，并新增了一个。请删除不需要的那个。',
    'en-US':
      'Sheet "{sheet}" has several charts named "{name}"; which one the last run made cannot be told, so all were kept and a new one was added. Delete the one you do not need.',
  },
  TEAM_VALIDATION_KEPT: {
    'zh-CN':
      '工作表“{sheet}”的 {range} 已有团队自己的数据验证（下拉列表或规则），已保留原样，没有换成推进表助手的状态列表。',
    'en-US':
      'Cells {range} on sheet "{sheet}" already have the team\'s own data validation (a list or a rule); it was kept as it is rather than replaced by the add-in\'s status list.',
  },
  LAYOUT_NOT_APPLIED: {
    'zh-CN':
      '数据已写入“{sheet}”，但 Excel 没能设置列宽、冻结窗格或打印布局（{reason}）。表格内容不受影响，可以手动设置这些版式。',
    'en-US':
      'The data was written to "{sheet}", but Excel could not set the column widths, frozen panes or print layout ({reason}). The content is complete; set the layout by hand if you need it.',
  },
  // Excel's own Undo does not reliably cover add-in writes (most setters and worksheets.add clear
  // the undo stack: office-js issues #3788, #6170), so the way back is the add-in's restore.
  ROLLBACK_FAILED: {
    'zh-CN':
      'Excel 在写入“{sheet}”时出错（{reason}），随后也没能把已写入的部分全部撤回：这些工作表现在可能只改了一部分。加载项写入的内容不能用 Excel 的撤销（Ctrl+Z）撤回。请点任务窗格里的“撤销上次操作”；若仍不行，请关闭工作簿且不保存，再重新打开。',
    'en-US':
      'Excel failed while writing to "{sheet}" ({reason}), and what was already written could not all be taken back: these sheets may now be only partly changed. Excel\'s Undo (Ctrl+Z) cannot take back what the add-in wrote. Click "Undo last run" in the task pane; if that fails too, close the workbook without saving and open it again.',
  },
  BACKUP_UNREADABLE: {
    'zh-CN':
      '无法撤销上次操作：备份表“{sheet}”的 {cell} 单元格被改动过，已读不出原来的内容。工作簿未作任何更改。如果刚刚手动改过这个表，请先用 Ctrl+Z 撤回那次修改再试；否则请从文件的历史版本或备份副本找回上次操作前的内容。',
    'en-US':
      'Cannot undo the last run: cell {cell} of the backup sheet "{sheet}" was edited and can no longer be read. Nothing was changed. If you just edited that sheet, undo your edit (Ctrl+Z) and try again; otherwise recover the earlier content from the file\'s version history or a copy.',
  },
  PANE_FAILED: {
    'zh-CN': '操作没有完成（{reason}）。工作簿未被改动；请重试，若仍出错，请把这段文字发给我们。',
    'en-US':
      'The action did not finish ({reason}). The workbook was not changed; try again, and if it fails again, send us this text.',
  },
  NO_TASK_SHEET: {
    'zh-CN': '工作表“{sheet}”里找不到推进表：需要一行表头，至少包含“事项”或“完成时间”等两列。',
    'en-US':
      'Sheet "{sheet}" holds no 推进表: it needs a header row with at least two columns such as 事项 (task) or 完成时间 (due).',
  },
  HEADER_COLUMN_CONTEST: {
    'zh-CN':
      '{taken}“{takenHeader}”和 {passed}“{passedHeader}”都像“{role}”列，用了 {taken}：它的表头更贴切（匹配分 {takenScore} 对 {passedScore}；与已知名称完全相同的表头最高，同分时取靠左的一列）。如果不对，请在任务窗格的列对应里改。',
    'en-US':
      '{taken} "{takenHeader}" and {passed} "{passedHeader}" both read as the {role} column; {taken} was taken as its header fits better (score {takenScore} against {passedScore}: a header that is exactly a known name scores highest, and on a tie the left column wins). If that is wrong, change it in the task pane\'s column mapping.',
  },
  ISSUES_MORE: {
    'zh-CN': '同类共 {count} 处：{cells} …及另外 {rest} 处（--json 列出全部）',
    'en-US': '{count} like this in all: {cells} … and {rest} more (--json lists them all)',
  },
  NO_TASK_SHEET_IN_WORKBOOK: {
    'zh-CN':
      '工作簿里没有像推进表的工作表（现有：{sheets}）。请用“--sheet 名称”指定，或先建一个推进表。',
    'en-US':
      'No sheet of the workbook reads as a 推进表 (sheets: {sheets}). Name one with --sheet, or create a 推进表 first.',
  },
  SEVERAL_TASK_SHEETS: {
    'zh-CN': '有多个工作表像推进表：{sheets}。请用“--sheet 名称”指定要生成的那个。',
    'en-US': 'Several sheets read as a 推进表: {sheets}. Name the one to use with --sheet.',
  },
  MILESTONE_MISSING: {
    'zh-CN':
      '缺少里程碑“{name}”的日期，{count} 个事项要用到它。请在里程碑区或任务窗格填写它（命令行：--anchor {name}=2026-11-11T10:00）。未写入任何内容。',
    'en-US':
      'Milestone "{name}" has no date and {count} {count:task needs|tasks need} it. Fill it in the milestone block or the task pane (CLI: --anchor {name}=2026-11-11T10:00). Nothing was written.',
  },
  MILESTONE_NOT_A_DATE: {
    'zh-CN': '里程碑“{name}”的值“{value}”不是日期。请填写 Excel 日期，例如 2026-11-11 10:00。',
    'en-US':
      'The value "{value}" of milestone "{name}" is not a date. Enter an Excel date such as 2026-11-11 10:00.',
  },
  DEADLINE_VAGUE: {
    'zh-CN': '“{text}”没有具体日期，保留原文，未生成计划时间。',
    'en-US': '"{text}" names no particular date; the text is kept and no planned date is given.',
  },
  DEADLINE_MULTI: {
    'zh-CN': '“{text}”提到多个里程碑，无法定为一个日期，保留原文。可以把它拆成几行事项。',
    'en-US':
      '"{text}" names several milestones, so it cannot be one date; the text is kept. Split it into one task per milestone.',
  },
  DEADLINE_UNKNOWN: {
    'zh-CN':
      '看不懂“{text}”这种时间写法，保留原文，未生成计划时间。可写成“开团前3天”“报名后2个工作日”“开团当天15点”等。',
    'en-US':
      'Cannot read the deadline "{text}"; the text is kept and no planned date is given. Write it like 开团前3天, 报名后2个工作日 or 开团当天15点.',
  },
  DATE_NO_YEAR: {
    'zh-CN':
      '“{text}”没有写年份，表里也没有可参照的里程碑日期或带年份的日期，无法确定是哪一年，未生成计划时间。请写成“2026年10月28日”，或先填写开团日期。',
    'en-US':
      '"{text}" has no year, and the sheet has no milestone date or dated task to take one from, so no planned date is given. Write it as 2026年10月28日 or fill in the 开团 date first.',
  },
  TIMELINE_NOTHING_DATED: {
    'zh-CN':
      '工作表“{sheet}”的 {column} 列（{header}）里没有一个事项能排出日期：既没有日期，也没有“报名前20天”这样的相对时间。未写入任何内容。请在该列填写日期（如 2026/10/25、10月28日）或相对时间后重试，或在任务窗格里改选截止时间列。',
    'en-US':
      'No task on sheet "{sheet}" can be dated from column {column} ({header}): it holds neither dates nor relative deadlines such as 报名前20天. Nothing was written. Enter dates (2026/10/25, 10月28日) or relative deadlines there and try again, or pick another due column in the task pane.',
  },
  TIMELINE_NO_DUE_COLUMN: {
    'zh-CN':
      '工作表“{sheet}”没有截止时间列（如“完成时间”“截止时间”），没有事项能排出日期，未写入任何内容。请加一列截止时间，或在任务窗格里指定它。',
    'en-US':
      'Sheet "{sheet}" has no due column (such as 完成时间 or 截止时间), so no task can be dated and nothing was written. Add one, or pick it in the task pane.',
  },
  CALENDAR_YEAR_MISSING: {
    'zh-CN':
      '“工作日历”表只到 {year} 年，{years} 年的工作日尚无官方节假日安排，按工作日计算的日期会显示“日历缺…”并标红，而不是猜测。官方安排公布后，请更新推进表助手，或取消隐藏“工作日历”表（右键工作表标签 → 取消隐藏），在末尾按相同格式补上这些日期的行（日期、工作日 1/0、累计工作日公式，最多到第 8000 行），日期会自动算出。',
    'en-US':
      'The 工作日历 sheet ends in {year}; there is no official holiday schedule for {years} yet, so dates counted in working days show 日历缺… in red instead of a guess. When the schedule is out, update the add-in, or unhide 工作日历 (right-click a sheet tab, Unhide) and add those days as rows at its end in the same layout (date, 工作日 1/0, the running-count formula, up to row 8000) and the dates fill in.',
  },
  ACTUAL_NOT_DATE: {
    'zh-CN':
      '“{header}”列的“{text}”不是日期，偏差天数、逾期和甘特图的实际进度都不会算上它。请把它改成日期（如 2026/10/25），或清空。',
    'en-US':
      '"{text}" in the {header} column is not a date, so the deviation days, the overdue flag and the actual span in the Gantt leave it out. Enter it as a date (such as 2026/10/25) or clear it.',
  },
  PROGRESS_FROM_STATUS: {
    'zh-CN':
      '{column} 列“{header}”里大多是百分比，按完成进度读取：到 100%（或写“完成”）的事项不再算逾期，也不在这列加状态下拉选项。如果它其实是状态，请在任务窗格的列对应里改回。',
    'en-US':
      'Column {column} ("{header}") holds mostly percentages, so it is read as progress: a task at 100% (or marked 完成/Done) is no longer overdue, and the column gets no status drop-down. If it is a status column, change it back in the task pane\'s column mapping.',
  },
  TIMELINE_WRITTEN: {
    'zh-CN': '已为 {dated} 个事项生成计划时间（共 {tasks} 个事项），写在“{start}”“{due}”两列。',
    'en-US':
      'Planned dates written for {dated} of {tasks} {tasks:task|tasks}, in columns {start} and {due}.',
  },
  CHECK_PREP_AFTER_START: {
    'zh-CN':
      '“{task}”属于“{phase}”，却在活动开始（{start}）之后才截止（{due}）。请确认时间或阶段。',
    'en-US':
      '"{task}" belongs to "{phase}" but is due ({due}) after the activity starts ({start}). Check its date or phase.',
  },
  CHECK_START_AFTER_DUE: {
    'zh-CN': '“{task}”的计划开始（{start}）晚于计划截止（{due}）。',
    'en-US': '"{task}" starts ({start}) after it is due ({due}).',
  },
  CHECK_NON_WORKING_DAY: {
    'zh-CN': '“{task}”截止于 {due}（{why}），那天不上班。请确认有人负责，或提前到上一个工作日。',
    'en-US':
      '"{task}" is due on {due} ({why}), a day off. Make sure someone is on it, or move it to the working day before.',
  },
  CHECK_TOO_CLOSE: {
    'zh-CN': '“{task}”在 {due} 截止，离活动开始只有 {left} 天；{norm}',
    'en-US': '"{task}" is due on {due}, only {left} {left:day|days} before the start; {norm}',
  },
  DEPENDENCY_UNKNOWN: {
    'zh-CN':
      '前置事项“{ref}”既不是表中某个事项的序号，也不是某个事项的名称，这条依赖没有计入。请写序号（如 3、3,5、3FS+2、3完成后2天）或事项的完整名称。',
    'en-US':
      'The predecessor "{ref}" is neither the 序号 nor the name of a task in the table, so this link is left out. Write a 序号 (3, 3,5, 3FS+2, 3完成后2天) or the task\'s full name.',
  },
  DEPENDENCY_AMBIGUOUS: {
    'zh-CN':
      '前置事项“{ref}”对应多个事项（{cells}），这条依赖没有计入。请改写成其中一个事项的序号。',
    'en-US':
      'The predecessor "{ref}" matches several tasks ({cells}), so this link is left out. Write the 序号 of the one you mean.',
  },
  DEPENDENCY_CYCLE: {
    'zh-CN':
      '前置事项首尾相连成了循环：{tasks}（{cells}）。这些事项不按前置事项排期，只按自己的截止时间（没有则不排）。请去掉其中一条依赖。',
    'en-US':
      'Predecessors form a cycle: {tasks} ({cells}). These tasks are not planned from their predecessors, only from their own deadline (if any). Remove one of the links.',
  },
  CRITICAL_PATH: {
    'zh-CN':
      '关键路径：{chain}（甘特图中标为深红色）。最后一项完成后离{milestone}还有 {buffer} 天缓冲（风险缓冲期），其中任何一项延误超过这个天数，{milestone}就要推迟。',
    'en-US':
      'Critical path: {chain} (dark red in the Gantt). Its last task leaves {buffer} {buffer:day|days} before {milestone} (the risk buffer): a delay of any of them beyond that delays {milestone}.',
  },
  CRITICAL_PATH_END: {
    'zh-CN':
      '关键路径：{chain}（甘特图中标为深红色）。其中任何一项延误，整个计划的最晚完成时间都会推迟。',
    'en-US':
      'Critical path: {chain} (dark red in the Gantt). A delay of any of them delays the end of the whole plan.',
  },
  NO_BUDGET_SHEET: {
    'zh-CN':
      '工作簿里没有能读懂的预算表（需要“项目/类别”和“单价/金额/实际”等列）。加上 --create 可新建一张预算表。',
    'en-US':
      'No sheet of the workbook reads as a budget (it needs columns such as 项目/类别 and 单价/金额/实际). Add --create to start one.',
  },
  SEVERAL_BUDGET_SHEETS: {
    'zh-CN': '有多个工作表像预算表：{sheets}。请用“--sheet 名称”指定。',
    'en-US': 'Several sheets read as a budget: {sheets}. Name one with --sheet.',
  },
  DATE_CONVERTED: {
    'zh-CN': '“{text}”是文字，公式无法按日期计算，已改为日期 {date}（可撤销）。',
    'en-US':
      '"{text}" was text, which formulas cannot count as a date; it is now the date {date} (undoable).',
  },
  NUMBER_CONVERTED: {
    'zh-CN': '“{text}”是文字，求和时会被漏掉，已改为数字 {value}（可撤销）。',
    'en-US':
      '"{text}" was text, which a sum leaves out; it was changed to the number {value} (undoable).',
  },
  NEGATIVE_SPEND: {
    'zh-CN':
      '花费 {value} 是负数：退款或返点请另起一行写明，不要记成负的花费，否则合计和 ROI 会偏高。',
    'en-US':
      'Spend {value} is negative: enter refunds or rebates on their own line, not as negative spend, or totals and ROI come out too high.',
  },
  BUDGET_KEEPS_AMOUNT: {
    'zh-CN':
      '“预算小计”取团队“{header}”列里填写的金额；没填金额的行按 单价×数量×天数 计算，以后补填金额即以金额为准。',
    'en-US':
      '预算小计 takes the amount typed in the team\'s "{header}" column; lines without one count 单价 × 数量 × 天数, and an amount typed later wins.',
  },
  LINE_WITHOUT_AMOUNT: {
    'zh-CN': '“{item}”既没有金额也没有单价，预算小计为空，不计入合计。请填写金额或单价。',
    'en-US':
      '"{item}" has neither an amount nor a unit price, so its 预算小计 is empty and not in 合计. Enter an amount or a price.',
  },
  TEAM_TOTAL_DIFFERS: {
    'zh-CN':
      '团队自己的合计行里“{column}”（{teamCell}）是 {team}，按各行计算是 {ours}（{ourCell}）。请检查是否漏行、重复或把保证金算了进去。',
    'en-US':
      'The team\'s own total of "{column}" ({teamCell}) is {team}, while its lines add up to {ours} ({ourCell}). Check for missing or repeated lines, or a deposit counted in.',
  },
  DEPOSIT_EXCLUDED: {
    'zh-CN': '“{item}”是保证金/押金，活动后退回，已列出金额但不计入合计。',
    'en-US':
      '"{item}" is a deposit, refunded after the campaign: it is listed but left out of 合计.',
  },
  RESERVE_RATE_UNUSUAL: {
    'zh-CN': '风险备用金比例为 {rate}，文档建议 10%–15%。',
    'en-US': 'The risk reserve rate is {rate}; the documents advise 10%–15%.',
  },
  RESERVE_RATE_INVALID: {
    'zh-CN':
      '风险备用金比例 {rate} 不可能是负数或 100% 以上，已改按 {used} 计算。请填写 0%–100% 之间的比例。',
    'en-US':
      'A risk reserve rate of {rate} cannot be negative or 100% or more; {used} is used instead. Enter a rate between 0% and 100%.',
  },
  BUDGET_WRITTEN: {
    'zh-CN':
      '预算表已更新：{lines} 行预算，{categories} 个类别，合计、风险备用金、预算总额均为公式。',
    'en-US':
      'Budget updated: {lines} {lines:line|lines} in {categories} {categories:category|categories}; 合计, 风险备用金 and 预算总额 are formulas.',
  },
  NO_SALES_SHEET: {
    'zh-CN':
      '工作簿里没有能读懂的销售数据（需要一行表头，含“支付金额/销售额”以及“访客数”或“支付买家数”等列）。',
    'en-US':
      'No sheet of the workbook reads as sales data (it needs a header with 支付金额/销售额 and 访客数 or 支付买家数).',
  },
  SEVERAL_SALES_SHEETS: {
    'zh-CN': '有多个工作表像销售数据：{sheets}。请用“--sheet 名称”指定。',
    'en-US': 'Several sheets read as sales data: {sheets}. Name one with --sheet.',
  },
  MARGIN_MISSING: {
    'zh-CN':
      '没有找到毛利率，已在 {cell} 建了输入格（先按 {rate} 计算）。请填入真实毛利率，毛利、净利润、保本ROI 会随之更新。',
    'en-US':
      'No gross margin found; an input cell was made at {cell} (using {rate} for now). Enter the real margin and the profit figures follow.',
  },
  SPEND_FROM_BUDGET: {
    'zh-CN': '总投入取自预算表“{sheet}”的实际合计（未填实际时用合计）。',
    'en-US':
      'Total spend was taken from the actual total of the budget "{sheet}" (its planned total until actuals are in).',
  },
  SPEND_FROM_CHANNELS: {
    'zh-CN': '总投入取自渠道表“{sheet}”的花费合计。',
    'en-US': 'Total spend was taken from the spend on the channel sheet "{sheet}".',
  },
  SPEND_MISSING: {
    'zh-CN':
      '没有找到总投入（预算表的实际合计/合计或“总投入”标签），已在 {cell} 建了输入格，请填入。',
    'en-US':
      "No total spend found (a budget's 实际合计/合计 or a 总投入 label); an input cell was made at {cell}: fill it in.",
  },
  CHANNEL_BELOW_BREAK_EVEN: {
    'zh-CN':
      '渠道“{channel}”的 ROI 为 {roi}，低于保本ROI {breakEven}：这个渠道在亏钱，请复盘出价和人群。',
    'en-US':
      'Channel "{channel}" returns {roi}, below the break-even ROI of {breakEven}: it loses money; review its bids and audience.',
  },
  CHANNELS_READ: {
    'zh-CN': '读到渠道表“{sheet}”共 {count} 个渠道，已算出渠道ROI和花费占比。',
    'en-US':
      'Read {count} {count:channel|channels} on "{sheet}"; channel ROI and share of spend were written.',
  },
  CHANNEL_ROI_DIFFERS: {
    'zh-CN':
      '渠道“{channel}”导出的{header}是 {theirs}，渠道ROI 是 {ours}，相差超过 1%。渠道ROI 按 成交金额 ÷ 花费 计算；“{header}”列是导出的原值，没有改动。差异多来自口径不同（总成交或直接成交、统计周期、归因窗口）或手改过的数字，请核对。',
    'en-US':
      'Channel "{channel}": the export\'s {header} is {theirs}, channel ROI (渠道ROI) is {ours}, more than 1% apart. 渠道ROI is 成交金额 ÷ 花费 (sales over spend); the {header} column is the export\'s and was left as it is. Such gaps usually come from another definition (total or direct sales, period, attribution window) or a figure typed over: check it.',
  },
  CHANNEL_ROI_INVERSE: {
    'zh-CN':
      '渠道表的“{header}”列看来是反着算的 花费 ÷ 成交金额：{count} 个渠道都约等于 1/渠道ROI（如“{channel}”：{theirs} ≈ 1 ÷ {ours}）。渠道ROI 按 成交金额 ÷ 花费 计算，越高越好；“{header}”列保持原样，对比时请注意方向。',
    'en-US':
      'The channel table\'s {header} column reads as the inverse, 花费 ÷ 成交金额 (spend over sales): for all {count} channels it is about 1/渠道ROI ("{channel}": {theirs} ≈ 1 ÷ {ours}). 渠道ROI is 成交金额 ÷ 花费, higher is better; the {header} column is left as it is: mind the direction when comparing.',
  },
  DEVIATION_BEYOND: {
    'zh-CN':
      '有 {count} 个时段的实际与计划偏差超过 ±20%（{cells}），已标红。大促当天请每 30 分钟核对一次并上报。',
    'en-US':
      '{count} {count:period deviates|periods deviate} from plan by more than ±20% ({cells}), highlighted. On launch day check every 30 minutes and report.',
  },
  TARGET_INPUT_INVALID: {
    'zh-CN': '“{title}”填的是“{value}”，不是有效的数，已改用 {fallback}。请检查这个单元格。',
    'en-US':
      '“{title}” holds “{value}”, which is not a valid number; {fallback} was used instead. Check this cell.',
  },
  TARGET_SHARES_NOT_WHOLE: {
    'zh-CN': '{what}的占比合计为 {total}，不是 100%，拆分出的销售额合计不等于目标。合计格已标红。',
    'en-US':
      'The {what} shares add up to {total}, not 100 %, so the split does not add up to the target. The total is highlighted.',
  },
  TARGETS_SHEET_TAKEN: {
    'zh-CN':
      '工作簿里已有工作表“{sheet}”，但不是推进表助手写的目标表，没有改动。请把它改个名字后再运行目标拆解。',
    'en-US':
      'The workbook already has a sheet "{sheet}" that the add-in did not write; nothing was changed. Rename it and run Targets again.',
  },
  TARGETS_WRITTEN: {
    'zh-CN':
      '目标拆解已写入“{sheet}”：输入 {inputs} 项（蓝色格可改），三个情景、{phases} 个阶段、{channels} 个渠道和倒推答案均为公式；“爆发日”表有分时计划，粘贴当天数据后运行计算ROI即可对照偏差。',
    'en-US':
      'Targets written to “{sheet}”: {inputs} inputs (blue cells), three scenarios, {phases} phases, {channels} channels and the inverse answers, all formulas; the 爆发日 sheet holds the hourly plan: paste the day’s figures there and run Compute ROI to see deviations.',
  },
  REVIEW_WRITTEN: {
    'zh-CN':
      '活动复盘已写入“{sheet}”：{parts} 张原表的进度、预算和结果均为公式，一页 A4 横向可打印；右下“结论”框请团队自己填写，重新生成不会覆盖。',
    'en-US':
      'Review written to “{sheet}” from {parts} of the source sheets, all formulas, printing on one A4 landscape page; the team writes its own conclusions in the 结论 box (bottom right), which a re-run keeps.',
  },
  REVIEW_SHEET_TAKEN: {
    'zh-CN':
      '工作簿里已有工作表“{sheet}”，但不是推进表助手写的复盘表，没有改动。请把它改个名字后再运行复盘。',
    'en-US':
      'The workbook already has a sheet "{sheet}" that the add-in did not write; nothing was changed. Rename it and run Review again.',
  },
  REVIEW_NO_TASKS: {
    'zh-CN':
      '复盘缺“进度”：没有找到生成过时间表的推进表（带“计划截止”列）。请在推进表上运行“时间表”后再生成复盘。',
    'en-US':
      'The review has no progress part: no 推进表 with a generated timeline (a 计划截止 column) was found. Run Timeline on the 推进表, then run Review again.',
  },
  REVIEW_NO_ACTUALS: {
    'zh-CN':
      '推进表“{sheet}”没有“实际完成”列，复盘只能数事项，算不出按时/延期。请加一列“实际完成”填上完成日期，再运行时间表和复盘。',
    'en-US':
      'The 推进表 “{sheet}” has no 实际完成 (actual finish) column, so the review can count tasks but not on-time or late ones. Add one with the finish dates, then run Timeline and Review again.',
  },
  REVIEW_NO_BUDGET: {
    'zh-CN':
      '复盘缺“预算”：没有找到已生成汇总的预算表。请在预算表上运行“预算”（表里有“预算汇总”）后再生成复盘。',
    'en-US':
      'The review has no budget part: no budget with the add-in’s summary (预算汇总) was found. Run Budget on the budget sheet, then run Review again.',
  },
  REVIEW_NO_SALES: {
    'zh-CN': '复盘缺“结果”：没有找到已计算ROI的销售数据。请粘贴销售数据并运行“ROI”后再生成复盘。',
    'en-US':
      'The review has no results part: no sales sheet with the add-in’s ROI figures was found. Paste the sales data and run ROI, then run Review again.',
  },
  REVIEW_NO_TARGET: {
    'zh-CN':
      '没有目标表“目标”：复盘的结果只和保本ROI比，不和目标比。需要对照目标时先运行“目标拆解”。',
    'en-US':
      'There is no 目标 sheet: the review compares results with break-even ROI only, not with targets. Run Targets first to compare with targets.',
  },
  REVIEW_LIST_CUT: {
    'zh-CN':
      '复盘表“复盘”{cell} 附近：{what}共 {total} 个，一页只放得下前 {shown} 个，其余 {cut} 个没有列出。',
    'en-US':
      'Review sheet 复盘 near {cell}: there are {total} rows of {what}; one page holds the first {shown}, the other {cut} are not listed.',
  },
  ZERO_DENOMINATOR: {
    'zh-CN': '{figure}的分母“{denominator}”目前为 0，暂时显示为 0；数据补齐后会自动更新。',
    'en-US':
      '{figure} divides by {denominator}, which is 0 for now, so it shows 0; it updates once the data is in.',
  },
  CHARTS_LEFT_OUT: {
    'zh-CN':
      '图表（GMV 走势、各渠道 ROI）只在 Excel 里由加载项添加，命令行写出的文件里没有图表；数字和公式都在。',
    'en-US':
      'Charts (GMV over time, ROI per channel) are added by the add-in inside Excel; the file the command line writes has none. All figures and formulas are there.',
  },
  ROI_WRITTEN: {
    'zh-CN': '已写入 {figures} 项指标（{rows} 行数据），全部是公式，追加的数据行也会计入。',
    'en-US':
      '{figures} {figures:figure|figures} written over {rows} data {rows:row|rows}, all formulas; rows added later count too.',
  },
  TEMPLATE_SHEET_EXISTS: {
    'zh-CN':
      '工作簿里已有工作表“{sheet}”。请用“--sheet 新名称”另起一个，或去掉 --template 直接为它生成时间表。',
    'en-US':
      'The workbook already has a sheet "{sheet}". Name a new one with --sheet, or drop --template to generate its timeline.',
  },
  DEMO_WRITTEN: {
    'zh-CN': '示例工作簿已写入 {file}',
    'en-US': 'Sample workbook written to {file}',
  },
  USAGE_UNKNOWN_COMMAND: {
    'zh-CN': '没有“{command}”这个命令。',
    'en-US': 'There is no command "{command}".',
  },
  USAGE_UNKNOWN_OPTION: {
    'zh-CN': '不认识的选项 {option}。',
    'en-US': 'Unknown option {option}.',
  },
  USAGE_NEEDS_VALUE: {
    'zh-CN': '选项 {option} 后面要写一个值。',
    'en-US': 'The option {option} needs a value after it.',
  },
  USAGE_MISSING_INPUT: {
    'zh-CN': '缺少输入工作簿：请在 tuijin {command} 后面写上 .xlsx 文件的路径。',
    'en-US': 'Missing the input workbook: give the path of an .xlsx file after tuijin {command}.',
  },
  USAGE_MISSING_OUTPUT: {
    'zh-CN':
      'tuijin {command} 要用 -o 输出.xlsx 写到另一个文件，或用 --in-place 改写输入的工作簿（会先备份原文件）。',
    'en-US':
      'tuijin {command} needs -o OUT.xlsx to write another file, or --in-place to update the input workbook (keeping a copy of the original first).',
  },
  USAGE_IN_PLACE_WITH_OUTPUT: {
    'zh-CN': '--in-place 改写的是输入的工作簿本身，不能再用 -o {file} 写到别处。请二选一。',
    'en-US':
      '--in-place updates the input workbook itself, so it cannot also write to -o {file}. Choose one.',
  },
  USAGE_DEMO_FOLDER: {
    'zh-CN':
      'demo 的 -o 要写一个文件夹（示例工作簿写在其中），而 {file} 像是工作簿文件名。请写文件夹，例如 -o out。',
    'en-US':
      'demo -o wants a folder (the sample workbook is written inside it), but {file} looks like a workbook name. Give a folder, such as -o out.',
  },
  USAGE_RESERVE: {
    'zh-CN': '--reserve 要写一个比例，例如 10% 或 0.1，而不是“{value}”。',
    'en-US': '--reserve wants a rate such as 10% or 0.1, not "{value}".',
  },
  USAGE_MARGIN: {
    'zh-CN': '--margin 要写毛利率，例如 40% 或 0.4，而不是“{value}”。',
    'en-US': '--margin wants a gross margin such as 40% or 0.4, not "{value}".',
  },
  USAGE_TARGET: {
    'zh-CN': '--target 要写销售额目标（元），例如 1200000 或 120万，而不是“{value}”。',
    'en-US': '--target wants a sales target in yuan such as 1200000 or 120万, not "{value}".',
  },
  USAGE_AOV: {
    'zh-CN': '--aov 要写客单价（元），例如 180，而不是“{value}”。',
    'en-US': '--aov wants an average order value in yuan such as 180, not "{value}".',
  },
  USAGE_CONVERSION: {
    'zh-CN': '--conversion 要写转化率，例如 3% 或 0.03，而不是“{value}”。',
    'en-US': '--conversion wants a conversion rate such as 3% or 0.03, not "{value}".',
  },
  USAGE_BURST_DAY: {
    'zh-CN': '--burst-day 要写爆发日的日期，例如 2026-11-11，而不是“{value}”。',
    'en-US': '--burst-day wants the launch day as a date such as 2026-11-11, not "{value}".',
  },
  USAGE_UNKNOWN_TEMPLATE: {
    'zh-CN': '没有模板“{template}”。可用的模板：{templates}。',
    'en-US': 'There is no template "{template}". Templates: {templates}.',
  },
  REUSE_NO_MILESTONE: {
    'zh-CN':
      '复用要知道旧活动和新活动的里程碑日期：请写 --from 开团=2026-11-11T20:00 --to 开团=2027-06-18T20:00（任务窗格：填写“原日期”和“新日期”）。未写入任何内容。',
    'en-US':
      'Reuse needs the milestones of the old and the new campaign: give --from 开团=2026-11-11T20:00 --to 开团=2027-06-18T20:00 (task pane: fill in the old and new dates). Nothing was written.',
  },
  REUSE_TO_WITHOUT_FROM: {
    'zh-CN':
      '里程碑“{name}”只有新日期，没有原日期：请同时写 --from {name}=旧活动的日期（如 2026-11-11T20:00），否则无法算出事项离它多远。未写入任何内容。',
    'en-US':
      'Milestone "{name}" has a new date but no old one: also give --from {name}=its date in the old plan (e.g. 2026-11-11T20:00), or no task can keep its distance to it. Nothing was written.',
  },
  REUSE_FROM_WITHOUT_TO: {
    'zh-CN':
      '里程碑“{name}”只有原日期，没有新日期：请同时写 --to {name}=新活动的日期（如 2027-06-18T20:00）。未写入任何内容。',
    'en-US':
      'Milestone "{name}" has an old date but no new one: also give --to {name}=its date in the next campaign (e.g. 2027-06-18T20:00). Nothing was written.',
  },
  REUSE_WRITTEN: {
    'zh-CN':
      '已把 {count} 个写死的日期改成相对里程碑的时间（如“开团前12天”），原来的日期保留在“{column}”列。',
    'en-US':
      '{count} typed {count:date|dates} became {count:a deadline|deadlines} relative to {count:its|their} milestone (such as 开团前12天); the old dates are kept in column {column}.',
  },
  REUSE_NOTHING_TYPED: {
    'zh-CN': '工作表“{sheet}”的截止、开始列里没有写死的日期，没有要换算的；已按新日期生成时间表。',
    'en-US':
      'Sheet "{sheet}" has no typed dates in its due or start column, so nothing was converted; the timeline was generated on the new dates.',
  },
  REUSE_MILESTONE_KEPT: {
    'zh-CN':
      '里程碑“{name}”没有给新日期，仍是 {date}，用到它的事项还在旧活动的日子。要移动它，请加上 --to {name}=新日期 和 --from {name}=原日期（任务窗格：填写它的新旧日期）。',
    'en-US':
      'Milestone "{name}" got no new date and stays at {date}, so the tasks on it keep the old campaign\'s dates. To move it, add --to {name}=its new date and --from {name}=its old date (task pane: fill in both).',
  },
  USAGE_REUSE_DATE: {
    'zh-CN':
      '{option} 的写法是 名称=YYYY-MM-DD 或 名称=YYYY-MM-DDTHH:MM（如 开团=2026-11-11T20:00），而不是“{text}”。',
    'en-US':
      '{option} wants 名称=YYYY-MM-DD or 名称=YYYY-MM-DDTHH:MM (e.g. 开团=2026-11-11T20:00), not "{text}".',
  },
  USAGE_ANCHOR: {
    'zh-CN': '--anchor 的写法是 名称=YYYY-MM-DD 或 名称=YYYY-MM-DDTHH:MM，而不是“{text}”。',
    'en-US': '--anchor wants 名称=YYYY-MM-DD or 名称=YYYY-MM-DDTHH:MM, not "{text}".',
  },
  CHECK_FORMULA_TYPED_OVER: {
    'zh-CN':
      '这里原是推进表助手写的公式 {formula}，现在是手动输入的值“{now}”，不会再随里程碑和输入更新。点“修复”写回公式（可撤销）；如果这个值是有意改的，请改在截止时间列或里程碑里。',
    'en-US':
      'The add-in wrote the formula {formula} here; it now holds the typed value "{now}", which no longer follows the milestones and inputs. Mend writes the formula back (undoable); if the value was meant, change the due column or the milestone instead.',
  },
  CHECK_FORMULA_CHANGED: {
    'zh-CN':
      '这里的公式 {now} 与推进表助手按当前工作簿会写的 {formula} 不同（被粘贴覆盖、删行后引用失效，或改了截止时间、表格行数后没重新生成）。点“修复”写回 {formula}（可撤销）。',
    'en-US':
      'The formula {now} here differs from {formula}, which the add-in would write for the workbook as it is (pasted over, broken by deleted rows, or a due or the table’s rows changed without regenerating). Mend writes {formula} back (undoable).',
  },
  CHECK_MILESTONE_EMPTY: {
    'zh-CN':
      '里程碑“{name}”没有日期，依赖它的计划时间算不出来。请填上日期（如 2026-11-11 10:00）。',
    'en-US':
      'Milestone "{name}" has no date, so the planned dates on it cannot be computed. Enter its date (e.g. 2026-11-11 10:00).',
  },
  CHECK_MILESTONE_TEXT: {
    'zh-CN':
      '里程碑“{name}”是文字“{text}”而不是日期，Excel 不能用它计算。能读成日期时点“修复”改成日期（可撤销），否则请输入日期。',
    'en-US':
      'Milestone "{name}" holds the text "{text}", not a date, which Excel cannot compute with. Mend turns it into the date it reads as (undoable) where it reads as one; otherwise enter a date.',
  },
  CHECK_REF_BROKEN: {
    'zh-CN':
      '公式 {formula} 引用了已删除的行、列或工作表（#REF!），结果是错误值。请按原意重新选择引用的单元格；推进表助手写的公式可重新生成。',
    'en-US':
      'The formula {formula} refers to deleted rows, columns or a sheet (#REF!) and shows an error. Point it at the intended cells again; formulas the add-in wrote can be regenerated.',
  },
  CHECK_PAST_CALENDAR: {
    'zh-CN':
      '日期 {date} 晚于工作日历的最后一天 {last}：之后的节假日与调休还没有数据，按工作日算的日期可能不准。官方安排公布后请在“工作日历”表补上，或调整这个日期。',
    'en-US':
      'The date {date} is past the last day of the work calendar, {last}: holidays and 调休 after it are not known yet, so working-day dates may be wrong. Add them to the 工作日历 sheet once published, or move the date.',
  },
  CHECK_BACKUP_UNREADABLE: {
    'zh-CN':
      '备份表的这个单元格被改动或截断过（{reason}），“撤销”已无法恢复上次操作前的内容。请从文件历史版本找回；下一次运行会重新建立备份。',
    'en-US':
      "This cell of the backup sheet was edited or cut short ({reason}), so Undo can no longer restore what the last run replaced. Recover it from the file's version history; the next run keeps a new backup.",
  },
  CHECK_BACKUP_SHEET_GONE: {
    'zh-CN':
      '上次操作的备份记着工作表“{sheet}”，但它已被改名或删除，“撤销”无法放回那里的内容。请把工作表名改回“{sheet}”后再撤销。',
    'en-US':
      'The backup of the last run holds cells of sheet "{sheet}", which was renamed or deleted, so Undo cannot put them back. Rename the sheet back to "{sheet}" before undoing.',
  },
  CHECK_SKIPPED: {
    'zh-CN': '未检查“{part}”：工作簿中没有可读的这类表，或推进表助手还没在上面生成过内容。',
    'en-US':
      'Not checked: "{part}" — the workbook has none the add-in can read, or the add-in has not generated it yet.',
  },
  CHECK_TIMELINE_BLOCKED: {
    'zh-CN':
      '未检查“{sheet}”里助手写的公式和日期：按现在的里程碑生成不了时间表（多半是里程碑没有日期，见上面的提示）。填好里程碑后再检查。',
    'en-US':
      'The add-in\'s formulas and dates on "{sheet}" were not checked: no timeline can be generated from its milestones as they are (most likely one has no date; see above). Fill them in and check again.',
  },
  CHECK_CLEAN: {
    'zh-CN': '体检完成：没有发现问题。',
    'en-US': 'Health check done: no problems found.',
  },
  CHECK_FOUND: {
    'zh-CN': '体检发现 {count} 个问题，其中 {safe} 个可一键修复。',
    'en-US':
      'Health check found {count} {count:problem|problems}, {safe} of them with a safe mend.',
  },
  CHECK_NOTHING_TO_MEND: {
    'zh-CN': '没有可一键修复的问题，未写出 {file}。',
    'en-US': 'Nothing has a safe mend; {file} was not written.',
  },
  CHECK_MENDED: {
    'zh-CN': '已修复 {count} 处。点“撤销上次操作”（命令行：tuijin restore）可恢复修复前的内容。',
    'en-US':
      'Mended {count} {count:cell|cells}; Undo last run (command line: tuijin restore) puts back what was there.',
  },
} as const satisfies Record<string, Record<'zh-CN' | 'en-US', string>>;

export type IssueCode = keyof typeof MESSAGES;
