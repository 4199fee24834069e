import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fillMessage, localeFor, type IssueCode, type Locale } from '../core/issues';
import { parseNumberText } from '../core/numbers/parseNumberText';
import { SAMPLE_MILESTONES, SAMPLE_SHEET, sampleWorkbook } from '../core/sample/sampleWorkbook';
import { generateTimeline } from '../core/timeline/generateTimeline';
import { HostError } from '../hosts/errors';
import { XlsxHost } from '../hosts/xlsx/XlsxHost';
import { parseArgs, UsageError } from './args';
import { budgetCommand } from './commands/budget';
import { roiCommand } from './commands/roi';
import { timelineCommand } from './commands/timeline';

/** Exit codes: 0 done; 1 the workbook cannot be used (a message says why); 2 usage; 3 a bug. */
export const EXIT = { ok: 0, unusable: 1, usage: 2, bug: 3 } as const;

export const SAMPLE_FILE = '推进表助手-示例.xlsx';

const HELP: Record<Locale, string> = {
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

interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Runs the CLI and returns its exit code; never throws. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<number> {
  let locale = localeFor(env.LANG);
  try {
    const args = parseArgs(
      argv,
      ['--out', '--lang', '--sheet', '--anchor', '--template', '--reserve', '--margin'],
      ['--help', '--json', '--create'],
    );
    const lang = args.options.get('--lang')?.at(-1);
    if (lang) locale = localeFor(lang);
    const say = (code: IssueCode, params: Record<string, string | number>) =>
      fillMessage(code, locale, params);
    const [command, ...rest] = args.positional;
    if (args.flags.has('--help') || command === undefined || command === 'help') {
      io.out(HELP[locale]);
      return command === undefined && !args.flags.has('--help') ? EXIT.usage : EXIT.ok;
    }
    const out = args.options.get('--out')?.at(-1);
    switch (command) {
      case 'demo': {
        const dir = out ?? 'out';
        if (out === undefined) await fs.mkdir(dir, { recursive: true });
        // The sample 推进表, then the main job on it: its timeline from the sample milestones.
        const host = XlsxHost.create();
        for (const sp of sampleWorkbook()) host.writeSheetPlan(sp);
        const timeline = generateTimeline(host.readGrid(SAMPLE_SHEET), {
          anchors: SAMPLE_MILESTONES,
        });
        if (!timeline?.plan) throw new Error('the sample workbook did not generate a timeline');
        await host.apply(timeline.plan);
        const file = path.join(dir, SAMPLE_FILE);
        await host.save(file);
        io.out(say('DEMO_WRITTEN', { file: path.resolve(file) }));
        return EXIT.ok;
      }
      case 'timeline': {
        if (!out) throw new UsageError('timeline needs -o OUT.xlsx');
        const sheet = args.options.get('--sheet')?.at(-1);
        const template = args.options.get('--template')?.at(-1);
        return await timelineCommand(
          {
            input: requireInput(rest),
            output: out,
            ...(sheet !== undefined && { sheet }),
            ...(template !== undefined && { template }),
            anchors: args.options.get('--anchor') ?? [],
            json: args.flags.has('--json'),
          },
          locale,
          io,
        );
      }
      case 'budget': {
        if (!out) throw new UsageError('budget needs -o OUT.xlsx');
        const sheet = args.options.get('--sheet')?.at(-1);
        const reserve = args.options.get('--reserve')?.at(-1);
        const rate = reserve === undefined ? undefined : parseNumberText(reserve);
        if (rate !== undefined && !(rate !== null && rate >= 0 && rate < 1))
          throw new UsageError('--reserve wants a rate such as 10% or 0.1');
        return await budgetCommand(
          {
            input: requireInput(rest),
            output: out,
            ...(sheet !== undefined && { sheet }),
            ...(rate != null && { reserveRate: rate }),
            json: args.flags.has('--json'),
            create: args.flags.has('--create'),
          },
          locale,
          io,
        );
      }
      case 'roi': {
        if (!out) throw new UsageError('roi needs -o OUT.xlsx');
        const sheet = args.options.get('--sheet')?.at(-1);
        const given = args.options.get('--margin')?.at(-1);
        const margin = given === undefined ? undefined : parseNumberText(given);
        if (margin !== undefined && !(margin !== null && margin > 0 && margin < 1))
          throw new UsageError('--margin wants a gross margin such as 40% or 0.4');
        return await roiCommand(
          {
            input: requireInput(rest),
            output: out,
            ...(sheet !== undefined && { sheet }),
            ...(margin != null && { margin }),
            json: args.flags.has('--json'),
          },
          locale,
          io,
        );
      }
      case 'sheets': {
        const host = await XlsxHost.open(requireInput(rest));
        const sheets = await host.listSheets();
        io.out(
          args.flags.has('--json')
            ? JSON.stringify(sheets, null, 2)
            : sheets
                .filter((s) => s.visible)
                .map((s) => s.name)
                .join('\n'),
        );
        return EXIT.ok;
      }
      case 'restore': {
        const input = requireInput(rest);
        if (!out) throw new UsageError('restore needs -o OUT.xlsx');
        const host = await XlsxHost.open(input);
        const result = await host.restore();
        if (!result) {
          io.err(say('NOTHING_TO_RESTORE', {}));
          return EXIT.unusable;
        }
        await host.save(out);
        io.out(say('RESTORED', { cells: result.restoredCells }));
        return EXIT.ok;
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${HELP[locale]}`);
      return EXIT.usage;
    }
    if (e instanceof HostError) {
      io.err(fillMessage(e.code, locale, e.params));
      return EXIT.unusable;
    }
    io.err(
      `${locale === 'zh-CN' ? '程序出错，请把下面的信息发给我们' : 'Internal error; please report this'}: ${e instanceof Error ? e.stack : String(e)}`,
    );
    return EXIT.bug;
  }
}

function requireInput(rest: readonly string[]): string {
  const input = rest[0];
  if (!input) throw new UsageError('missing input workbook');
  return input;
}

if (require.main === module) {
  void main(process.argv.slice(2), process.env, {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
  }).then((code) => {
    process.exitCode = code;
  });
}
