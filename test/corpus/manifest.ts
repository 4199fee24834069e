import * as path from 'node:path';
import type { CellValue } from '../../src/core/grid';
import type { SheetFeatures } from '../support/packageFeatures';

/**
 * What each workbook of the round-trip corpus carries, as claimed by test/corpus/README.md and
 * proven by corpus.test.ts (from its parts) and test/e2e/corpus.test.ts (in LibreOffice). The
 * files are written by build.sh; a writer under test must give back all of this untouched.
 */
export interface CorpusFile {
  /** File name in test/corpus. */
  readonly file: string;
  /** Who wrote the file. */
  readonly writer: string;
  /** Sheets in order, with their visibility. */
  readonly sheets: readonly (readonly [name: string, state: 'visible' | 'hidden'])[];
  /** Defined names by name and scope (a sheet name, or null for the workbook); all of them. */
  readonly names: readonly (readonly [name: string, scope: string | null])[];
  /** Per sheet, what it carries besides cells (only the features named are checked). */
  readonly features: Readonly<Record<string, Partial<SheetFeatures>>>;
  /** Part names each matched by one of these (charts, media, pivot caches …). */
  readonly parts: readonly RegExp[];
  readonly customProperties: readonly string[];
  /**
   * The team's formula cells and the values their definitions give, worked out by hand; every
   * formula cell of the file is listed, so a command adding or losing one is seen.
   */
  readonly teamFormulas: Readonly<Record<string, Readonly<Record<string, CellValue>>>>;
  /** The sheets each command reads: the 推进表, the budget, the sales and the channel table. */
  readonly reads: {
    readonly timeline: string;
    readonly budget: string;
    readonly roi: string;
    readonly channels: string;
  };
}

export const corpusPath = (file: string): string => path.join(__dirname, file);

/** An Excel serial date (1900 system) for a wall-clock time, as the files store dates. */
export function serial(y: number, m: number, d: number, h = 0, min = 0): number {
  return (Date.UTC(y, m - 1, d, h, min) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** 序号 counting down a 推进表: A{from+1} = A{from} + 1 … up to `to`. */
function countingRows(from: number, to: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let row = from + 1; row <= to; row++) out[`A${row}`] = row - from + 1;
  return out;
}

const OPENPYXL = 'openpyxl 3.0.9 (build.py)';

/** Rows are openpyxl's default sheetPr: outline symbols shown with summary rows below and right. */
const OPENPYXL_SHEET_PR = {
  sheetPr: ['outlinePr', 'pageSetUpPr'],
  outlinePr: { summaryBelow: '1', summaryRight: '1' },
};

/** 聚划算: the same team formulas in the openpyxl file and in LibreOffice's resave of it. */
const JHS_FORMULAS = {
  推进表: { H1: 1, ...countingRows(4, 20) },
  // 20000 + 12000 + 3000 + 5000 typed; the team's own total keeps the 保证金 in.
  预算: { F11: 40000, G11: 21500 + 9000 + 1000 + 1500 + 1600 + 7200 + 3000 + 5000 },
  店铺数据: { F2: (48000 + 72000 + 240000 + 54000 + 42000) / 5 },
  推广渠道: { B8: 39000, C8: 1980000, D8: 24800, E8: 146500, F8: 3.76 },
  备注: {
    D2: 2, // 目标 on 备注, not the 1 of 推进表's own 目标
    D3: serial(2026, 11, 11, 10),
    D4: serial(2026, 11, 11, 10) - serial(2026, 10, 12),
    D5: 1 / 0.4,
    D6: 3.76,
  },
};

const JHS_NAMES = [
  ['目标', '推进表'],
  ['目标', '备注'],
  ['开团时间', null],
  ['毛利率', null],
  ['负责人列表', null],
  ['_xlnm._FilterDatabase', '推进表'],
  ['_xlnm.Print_Titles', '推进表'],
  ['_xlnm.Print_Area', '推进表'],
] as const;

const JHS_SHEETS = [
  ['推进表', 'visible'],
  ['预算', 'visible'],
  ['店铺数据', 'visible'],
  ['推广渠道', 'visible'],
  ['备注', 'visible'],
] as const;

const JHS_READS = { timeline: '推进表', budget: '预算', roi: '店铺数据', channels: '推广渠道' };

/** What the 聚划算 book's sheets carry whoever saved it last. */
const JHS_COMMON = {
  推进表: {
    images: ['xl/media/image1.png'],
    comments: ['D7', 'E12'],
    conditionalFormats: ['G4:G20', 'E4:E20'],
    dataValidations: ['G4:G20', 'F4:F20'],
    merges: ['A1:E1', 'B4:B13', 'B14:B17', 'B18:B20'],
    groupedRows: 9,
    autoFilter: 'A3:H20',
    hyperlinks: ['H10'],
  },
  预算: {
    charts: ['barChart'],
    comments: ['B9'],
    conditionalFormats: ['G3:G10'],
    dataValidations: ['D3:D10'],
  },
  店铺数据: { charts: ['lineChart'], comments: ['F4'], conditionalFormats: ['F5:F9'] },
  推广渠道: { conditionalFormats: ['F4:F7'] },
};

export const CORPUS: readonly CorpusFile[] = [
  {
    file: 'openpyxl-juhuasuan.xlsx',
    writer: OPENPYXL,
    sheets: JHS_SHEETS,
    names: JHS_NAMES,
    features: {
      推进表: {
        ...JHS_COMMON.推进表,
        sheetPr: ['tabColor', 'outlinePr', 'pageSetUpPr'],
        outlinePr: { summaryBelow: '0', summaryRight: '1' },
        frozenAt: 'E4',
      },
      预算: { ...JHS_COMMON.预算, ...OPENPYXL_SHEET_PR, frozenAt: 'A3' },
      店铺数据: { ...JHS_COMMON.店铺数据, ...OPENPYXL_SHEET_PR, frozenAt: 'B5' },
      推广渠道: { ...JHS_COMMON.推广渠道, ...OPENPYXL_SHEET_PR },
      备注: { ...OPENPYXL_SHEET_PR, comments: [], charts: [] },
    },
    parts: [
      /^xl\/charts\/chart1\.xml$/,
      /^xl\/charts\/chart2\.xml$/,
      /^xl\/drawings\/drawing\d\.xml$/,
      /^xl\/media\/image1\.png$/,
      /^xl\/comments\/comment\d\.xml$/,
      /^xl\/drawings\/commentsDrawing\d\.vml$/,
    ],
    customProperties: [],
    teamFormulas: JHS_FORMULAS,
    reads: JHS_READS,
  },
  {
    file: 'openpyxl-dacu.xlsx',
    writer: OPENPYXL,
    sheets: [
      ['双11 推进表', 'visible'],
      ['双11 预算', 'visible'],
      ['店铺数据', 'visible'],
      ['推广渠道', 'visible'],
      ['参数', 'hidden'],
    ],
    names: [
      ['预算总额', null],
      ['预算总额', '双11 预算'],
      ['毛利率', null],
      ['部门列表', null],
      ['目标转化率', null],
      ['_xlnm.Print_Titles', '双11 推进表'],
      ['_xlnm.Print_Area', '双11 推进表'],
    ],
    features: {
      '双11 推进表': {
        comments: ['D8'],
        sheetPr: ['outlinePr', 'pageSetUpPr'],
        outlinePr: { summaryBelow: '0', summaryRight: '0' },
        frozenAt: 'E6',
        conditionalFormats: ['I6:I14'],
        dataValidations: ['C6:C14'],
        merges: ['B6:B9', 'B10:B12', 'B13:B14'],
        groupedRows: 3,
      },
      '双11 预算': {
        ...OPENPYXL_SHEET_PR,
        charts: ['pieChart'],
        comments: ['B10'],
        conditionalFormats: ['E3:E10'],
      },
      店铺数据: {
        ...OPENPYXL_SHEET_PR,
        charts: ['lineChart'],
        images: ['xl/media/image1.png'],
        tables: ['销售明细'],
        frozenAt: 'A4',
      },
      推广渠道: { ...OPENPYXL_SHEET_PR, charts: ['barChart'] },
      参数: OPENPYXL_SHEET_PR,
    },
    parts: [/^xl\/tables\/table1\.xml$/, /^xl\/charts\/chart3\.xml$/, /^xl\/media\/image1\.png$/],
    customProperties: [],
    teamFormulas: {
      '双11 推进表': {},
      '双11 预算': {
        E3: 52000 / 50000,
        E4: 28500 / 30000,
        E5: 16200 / 15000,
        E6: 36000 / 40000,
        E7: 8300 / 8000,
        E8: 1,
        E9: 1,
        E10: 1,
        C11: 179000,
        D11: 52000 + 28500 + 16200 + 36000 + 8300 + 6000 + 20000 + 10000,
        C12: 179000 / 200000, // the sheet's own 预算总额 over the cap
      },
      店铺数据: {
        J3: 90000 + 140000 + 720000 + 120000, // SUM(销售明细[支付金额])
        J4: 0.03,
        J5: 200000, // the workbook's 预算总额 (the cap), not 双11 预算's own
        J6: 0.35,
        J7: (2500 + 3100 + 15800 + 2600) / 1070000,
      },
      推广渠道: {},
      参数: { B4: 200000 },
    },
    reads: { timeline: '双11 推进表', budget: '双11 预算', roi: '店铺数据', channels: '推广渠道' },
  },
  {
    file: 'libreoffice-dianpu.xlsx',
    writer: 'LibreOffice 7.4 (build.sh: soffice --convert-to xlsx of the flat ODS build.py writes)',
    sheets: [
      ['推进表', 'visible'],
      ['预算', 'visible'],
      ['店铺数据', 'visible'],
      ['推广渠道', 'visible'],
      ['渠道汇总', 'visible'],
      ['说明', 'visible'],
    ],
    names: [
      ['_xlnm.Print_Area', '推进表'],
      ['毛利率', null],
      ['活动开始', null],
      ['目标', '推进表'],
      ['目标', '说明'],
    ],
    features: {
      推进表: {
        comments: ['D5'],
        sheetPr: ['pageSetUpPr'],
        outlinePr: null,
        frozenAt: null,
        conditionalFormats: ['G4:G10'],
        dataValidations: ['G4:G10'],
        merges: ['A1:D1', 'B4:B7', 'B8:B9'],
      },
      预算: { comments: ['B6'], conditionalFormats: ['G3:G7'], dataValidations: ['D3:D7'] },
      渠道汇总: { pivotTables: 1 },
    },
    parts: [
      /^xl\/pivotTables\/pivotTable1\.xml$/,
      /^xl\/pivotCache\/pivotCacheDefinition1\.xml$/,
      /^xl\/pivotCache\/pivotCacheRecords1\.xml$/,
      /^xl\/comments\d\.xml$/,
      /^xl\/drawings\/vmlDrawing\d\.vml$/,
      /^docProps\/custom\.xml$/,
    ],
    customProperties: ['已审批', '负责人', '项目编号', '预算上限'],
    teamFormulas: {
      推进表: { H1: 3 },
      预算: { F8: 15000 + 12000, G8: 14200 + 1500 + 600 + 1000 + 12800 },
      店铺数据: { F9: 36000 + 60000 + 42000 },
      推广渠道: {},
      渠道汇总: {},
      说明: { B2: 4, B3: 1 / 0.45, B4: serial(2026, 9, 20, 10) },
    },
    reads: { timeline: '推进表', budget: '预算', roi: '店铺数据', channels: '推广渠道' },
  },
  {
    file: 'libreoffice-juhuasuan.xlsx',
    writer: 'LibreOffice 7.4 (build.sh: soffice --convert-to xlsx of openpyxl-juhuasuan.xlsx)',
    sheets: JHS_SHEETS,
    names: [
      ['_xlnm.Print_Area', '推进表'],
      ['_xlnm._FilterDatabase', '推进表'],
      ['开团时间', null],
      ['毛利率', null],
      ['负责人列表', null],
      ['_xlnm.Print_Titles', '推进表'],
      ['目标', '推进表'],
      ['目标', '备注'],
    ],
    features: {
      // LibreOffice keeps the tab colour but drops outlinePr, and headless it keeps no panes.
      推进表: {
        ...JHS_COMMON.推进表,
        sheetPr: ['tabColor', 'pageSetUpPr'],
        outlinePr: null,
        frozenAt: null,
      },
      预算: JHS_COMMON.预算,
      // The data bar twice: the rule, and its x14 extension that Excel 2010 reads.
      店铺数据: { ...JHS_COMMON.店铺数据, extConditionalFormats: ['F5:F9'] },
      推广渠道: JHS_COMMON.推广渠道,
    },
    parts: [
      /^xl\/charts\/chart1\.xml$/,
      /^xl\/charts\/chart2\.xml$/,
      /^xl\/media\/image1\.png$/,
      /^xl\/comments\d\.xml$/,
      /^xl\/drawings\/vmlDrawing\d\.vml$/,
    ],
    customProperties: [],
    teamFormulas: JHS_FORMULAS,
    reads: JHS_READS,
  },
];
