import type { Locale } from '../core/issues';

/** `tuijin --help`, in the user's language. */
export const HELP: Record<Locale, string> = {
  'zh-CN': `推进表助手 命令行 (tuijin)

用法:
  tuijin demo [-o 文件夹]               写出示例活动工作簿并生成时间表（默认写到 ./out，文件夹不存在时会新建）
  tuijin timeline 工作簿.xlsx -o 输出.xlsx [--sheet 名称] [--anchor 名称=YYYY-MM-DD[THH:MM]]... [--json]
                                       为推进表的每个事项生成计划开始、计划截止（公式）
        [--template juhuasuan|dianpu|dacu]  先按模板新建推进表（聚划算商品团/单招店铺活动/大促）
  tuijin reuse 工作簿.xlsx -o 输出.xlsx --from 名称=YYYY-MM-DD[THH:MM] --to 名称=YYYY-MM-DD[THH:MM]... [--sheet 名称] [--json]
                                       复用到下次活动：写死的日期改成相对里程碑的时间（开团前12天，原时间另列保留），
                                       里程碑改为 --to 的新日期并生成时间表；每个里程碑一对 --from/--to
  tuijin budget 工作簿.xlsx -o 输出.xlsx [--sheet 名称] [--create] [--reserve 10%] [--json]
                                       预算表：小计、分类合计、风险备用金、预算总额、计划对比实际（公式）
  tuijin roi 工作簿.xlsx -o 输出.xlsx [--sheet 名称] [--margin 40%] [--json]
                                       在销售数据旁写出 KPI 与 ROI 公式（总投入取自预算表）
  tuijin targets 工作簿.xlsx -o 输出.xlsx [--target 120万] [--aov 180] [--conversion 3%]
                 [--margin 35%] [--burst-day 2026-11-11] [--json]
                                       目标拆解：新建“目标”表，三个情景、按阶段和渠道拆出访客数与花费、
                                       对照预算总额，倒推保本转化率、最低客单价、最高花费（公式）
  tuijin review 工作簿.xlsx -o 输出.xlsx [--json]
                                       活动复盘：新建“复盘”表，进度（按时/延期/未完成、延期最多的 5 项）、
                                       预算执行、结果对照目标与保本ROI、渠道ROI排名和图表，一页 A4 横向（公式）
  tuijin check 工作簿.xlsx [--json] [--fix -o 输出.xlsx]
                                       工作簿体检（只读）：被改成数值或别的公式的助手公式、空的或文字的里程碑、#REF!、
                                       反着算的渠道ROI、对不上的合计行、超出工作日历的日期、无法撤销的备份；
                                       --fix 一键修复安全的几项（可用 restore 撤销）。发现问题时退出码为 4
  tuijin sheets 工作簿.xlsx [--json]     列出工作簿中的工作表
  tuijin restore 工作簿.xlsx -o 输出.xlsx  撤销上次由推进表助手写入的内容
  tuijin --help                        显示本帮助

选项:
  -o 输出.xlsx         写到另一个文件；不能是输入的工作簿本身、文件夹或只读文件。输入是 .xlsm 时写 .xlsm，
                       否则写 .xlsx（要 CSV 或 .xls 请在 Excel/WPS 中另存为）
  --in-place           代替 -o：改写输入的工作簿，改写前先把原文件复制为 工作簿.bak.xlsx
  --lang zh-CN|en-US   输出语言（默认跟随系统 LANG，非英文时为中文）

写文件时先写同一文件夹中的临时文件，写完再替换目标，出错时不会留下写了一半的文件。

退出码: 0 完成；4 体检发现问题；1 工作簿或文件无法使用（会说明是哪个文件、该怎么做，且不写任何文件）；2 用法错误；3 程序错误`,
  'en-US': `推进表助手 command line (tuijin)

Usage:
  tuijin demo [-o DIR]                  write the sample campaign workbook with its timeline (default ./out;
                                        the folder is created when missing)
  tuijin timeline BOOK.xlsx -o OUT.xlsx [--sheet NAME] [--anchor NAME=YYYY-MM-DD[THH:MM]]... [--json]
                                        planned start and due for every task of the 推进表, as formulas
        [--template juhuasuan|dianpu|dacu]  first create the 推进表 from a template
  tuijin reuse BOOK.xlsx -o OUT.xlsx --from NAME=YYYY-MM-DD[THH:MM] --to NAME=YYYY-MM-DD[THH:MM]... [--sheet NAME] [--json]
                                        reuse a finished plan: typed dates become deadlines on their nearest
                                        milestone (开团前12天, old text kept in 原时间), milestones set to the
                                        --to dates, timeline generated; one --from/--to pair per milestone
  tuijin budget BOOK.xlsx -o OUT.xlsx [--sheet NAME] [--create] [--reserve 10%] [--json]
                                        the budget as formulas: subtotals, categories, reserve, total, actual
  tuijin roi BOOK.xlsx -o OUT.xlsx [--sheet NAME] [--margin 40%] [--json]
                                        KPI and ROI formulas beside the sales data (spend from the budget)
  tuijin targets BOOK.xlsx -o OUT.xlsx [--target 1200000] [--aov 180] [--conversion 3%]
                 [--margin 35%] [--burst-day 2026-11-11] [--json]
                                        a 目标 sheet: three scenarios, visitors and spend by phase and channel
                                        against 预算总额, break-even answers worked backwards, as formulas
  tuijin review BOOK.xlsx -o OUT.xlsx [--json]
                                        a 复盘 sheet: progress (on time / late / not done, five largest slips),
                                        budget against actual, results against target and break-even ROI,
                                        channels ranked by ROI, charts; one A4 landscape page, as formulas
  tuijin check BOOK.xlsx [--json] [--fix -o OUT.xlsx]
                                        health check (read-only): the add-in's formulas typed or pasted over,
                                        empty or text milestones, #REF!, an inverse channel ROI column, totals
                                        that disagree, dates past the work calendar, a backup undo cannot use;
                                        --fix applies the safe mends (undo with restore). Exit 4 when found
  tuijin sheets BOOK.xlsx [--json]      list the sheets of a workbook
  tuijin restore BOOK.xlsx -o OUT.xlsx  undo what 推进表助手 last wrote
  tuijin --help                         show this help

Options:
  -o OUT.xlsx          write another file; never the input itself, a folder or a read-only file.
                       An .xlsm input is written as .xlsm, anything else as .xlsx (for CSV or .xls,
                       use Save As in Excel or WPS)
  --in-place           instead of -o: update the input workbook, first copying it to BOOK.bak.xlsx
  --lang zh-CN|en-US   language of messages (default: from LANG; Chinese unless English)

Files are written to a temporary file in the same folder and then put in place, so a failure never
leaves a half-written file.

Exit codes: 0 done; 4 check found problems; 1 the workbook or a file cannot be used (the message names it and says what to
do; nothing is written); 2 usage; 3 a bug`,
};
