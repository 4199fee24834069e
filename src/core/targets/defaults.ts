import { toSerial } from '../calendar/serial';

/**
 * The assumptions a 目标 sheet starts from when the workbook has no history to offer, each shown
 * beside its cell as an assumption. Figures follow the documents: 转化率 3 %, a 大促 split into
 * 预热 / 蓄水 / 爆发 / 返场 (10-20..10-31, 11-01..11-10, 11-11), 爆发 carrying the most.
 */
export const TARGET_ASSUMPTIONS = {
  target: 1200000,
  aov: 180,
  conversion: 0.03,
  margin: 0.35,
  burstDay: toSerial({ year: 2026, month: 11, day: 11 }),
} as const;

/** A phase of the campaign: its share of the target and its length in days. */
export interface PhaseDefault {
  readonly name: string;
  readonly share: number;
  readonly days: number;
}

/** The phases in time order; 爆发 is the launch day the hourly plan and inverse answers use. */
export const PHASES: readonly PhaseDefault[] = [
  { name: '预热', share: 0.15, days: 12 },
  { name: '蓄水', share: 0.25, days: 10 },
  { name: '爆发', share: 0.5, days: 1 },
  { name: '返场', share: 0.1, days: 3 },
];

/** The phase whose first day is the 爆发日 input. */
export const BURST_PHASE = 2;

/** A channel: its share of the sales target and the ROI (成交金额 ÷ 花费) the team expects of it. */
export interface ChannelDefault {
  readonly name: string;
  readonly share: number;
  /** Null for unpaid traffic: no spend. */
  readonly roi: number | null;
}

/** 万相台无界's scenes and 淘宝客, plus the unpaid rest (自然流量 brings sales without spend). */
export const CHANNELS: readonly ChannelDefault[] = [
  { name: '关键词推广（直通车）', share: 0.3, roi: 5 },
  { name: '人群推广（引力魔方）', share: 0.15, roi: 3 },
  { name: '全站推广（万相台）', share: 0.2, roi: 4 },
  { name: '淘宝客', share: 0.1, roi: 8 },
  { name: '自然流量', share: 0.25, roi: null },
];

/** The three scenarios side by side; 目标 is the plan as typed, the others scale it. */
export const SCENARIOS = [
  { name: '保守', multiplier: 0.8 },
  { name: '目标', multiplier: 1 },
  { name: '冲刺', multiplier: 1.2 },
] as const;

/** The scenario the switch starts on. */
export const DEFAULT_SCENARIO = '目标';
