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
    'en-US': '{file} is not an .xlsx workbook. Save it as an Excel Workbook (*.xlsx) in Excel and try again.',
  },
  FILE_CORRUPT: {
    'zh-CN': '无法读取 {file}：文件已损坏或已加密（{reason}）。请用 Excel 打开并另存一份未加密的副本。',
    'en-US': 'Cannot read {file}: the file is damaged or encrypted ({reason}). Open it in Excel and save an unencrypted copy.',
  },
  OUTPUT_DIR_MISSING: {
    'zh-CN': '输出文件夹 {dir} 不存在。请先创建它，或换一个输出位置。',
    'en-US': 'The output folder {dir} does not exist. Create it or choose another output location.',
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
    'en-US': 'Restored {cells} cells to how they were before the last run.',
  },
  HOST_SHEET_PROTECTED: {
    'zh-CN': '工作表“{sheet}”受保护，无法写入。请在“审阅 → 撤销工作表保护”后重试。工作簿未作任何更改。',
    'en-US': 'Sheet "{sheet}" is protected. Unprotect it (Review → Unprotect Sheet) and try again. Nothing was changed.',
  },
  HOST_EDIT_MODE: {
    'zh-CN': 'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。工作簿未作任何更改。',
    'en-US': 'Excel is editing a cell. Press Enter or Esc to finish editing and try again. Nothing was changed.',
  },
  HOST_REQUEST_TOO_LARGE: {
    'zh-CN': '一次写入的数据超过了 Excel 的上限。请缩小所选区域后重试。工作簿未作任何更改。',
    'en-US': 'The data sent in one request exceeds Excel\'s limit. Select a smaller area and try again. Nothing was changed.',
  },
  HOST_FAILED: {
    'zh-CN': 'Excel 未能完成操作（{reason}）。工作簿已恢复原状，请稍后重试。',
    'en-US': 'Excel could not finish ({reason}). The workbook was put back as it was; try again later.',
  },
  DEMO_WRITTEN: {
    'zh-CN': '示例工作簿已写入 {file}',
    'en-US': 'Sample workbook written to {file}',
  },
} as const satisfies Record<string, Record<'zh-CN' | 'en-US', string>>;

export type IssueCode = keyof typeof MESSAGES;
