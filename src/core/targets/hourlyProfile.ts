/**
 * The default share of 爆发日's sales in each hour, 00:00 first: a 大促 day sells most at
 * midnight when it opens and again in the evening, least before dawn. An assumption, labelled so
 * on the sheet; the team types its own last campaign's curve over it (the cells are inputs).
 */
const WEIGHTS = [
  12, 5, 2.5, 1.5, 1, 1, 1, 1.5, 2.5, 4, 5, 5, 4.5, 4, 4, 4, 3.5, 3.5, 4, 5, 7.5, 8, 7, 6,
] as const;

const TOTAL = WEIGHTS.reduce((s, w) => s + w, 0);

/** Each hour's share of the day, summing to 1. */
export const HOURLY_PROFILE: readonly number[] = WEIGHTS.map((w) => w / TOTAL);

/** `00:00-01:00` … `23:00-24:00`: slots 计算ROI reads as its time key. */
export const HOUR_SLOTS: readonly string[] = WEIGHTS.map((_, h) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(h)}:00-${pad(h + 1)}:00`;
});
