import type { Locale } from '../core/issues';

/** `tuijin --help`, in the user's language. */
export const HELP: Record<Locale, string> = {
  'zh-CN': `推进表助手 命令行 (tuijin)

用法:
  tuijin demo [-o 文件夹]               写出示例活动工作簿并生成时间表（默认写到 ./out）
  tuijin timeline 工作簿.xlsx -o 输出.xlsx [--sheet 名称] [--anchor 名称=YYYY-MM-DD[THH:MM]]... [--json]
                                       为推进表的每个事项生成计划开始、计划截止（公式）
        [--template juhuasuan|dianpu|dacu]  先按模板新建推进表（聚划算商品团/单招店铺活动/大促）
  tuijin budget 工作簿.xlsx -o 输出.xlsx [--sheet 名称] [--create] [--reserve 10%] [--json]
                                       预算表：小计、分类合计、风险备用金、预算总额、计划对比实际（公式）
  tuijin roi 工作簿.xlsx -o 输出.xlsx [--sheet 名称] [--margin 40%] [--json]
                                       在销售数据旁写出 KPI 与 ROI 公式（总投入取自预算表）
  tuijin sheets 工作簿.xlsx [--json]     列出工作簿中的工作表
  tuijin restore 工作簿.xlsx -o 输出.xlsx  撤销上次由推进表助手写入的内容
  tuijin --help                        显示本帮助

选项:
  --lang zh-CN|en-US   输出语言（默认跟随系统 LANG，非英文时为中文）

退出码: 0 完成；1 工作簿无法使用（会说明原因，且不写任何文件）；2 用法错误；3 程序错误`,
  'en-US': `推进表助手 command line (tuijin)

Usage:
  tuijin demo [-o DIR]                  write the sample campaign workbook with its timeline (default ./out)
  tuijin timeline BOOK.xlsx -o OUT.xlsx [--sheet NAME] [--anchor NAME=YYYY-MM-DD[THH:MM]]... [--json]
                                        planned start and due for every task of the 推进表, as formulas
        [--template juhuasuan|dianpu|dacu]  first create the 推进表 from a template
  tuijin budget BOOK.xlsx -o OUT.xlsx [--sheet NAME] [--create] [--reserve 10%] [--json]
                                        the budget as formulas: subtotals, categories, reserve, total, actual
  tuijin roi BOOK.xlsx -o OUT.xlsx [--sheet NAME] [--margin 40%] [--json]
                                        KPI and ROI formulas beside the sales data (spend from the budget)
  tuijin sheets BOOK.xlsx [--json]      list the sheets of a workbook
  tuijin restore BOOK.xlsx -o OUT.xlsx  undo what 推进表助手 last wrote
  tuijin --help                         show this help

Options:
  --lang zh-CN|en-US   language of messages (default: from LANG; Chinese unless English)

Exit codes: 0 done; 1 the workbook cannot be used (the message says why; nothing is written); 2 usage; 3 a bug`,
};
