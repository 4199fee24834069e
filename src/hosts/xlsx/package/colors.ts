import type { Element } from './xml';

/** `#RRGGBB` as the file's opaque ARGB. */
export const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * The attributes of a colour element for a colour token: `#RRGGBB`, or a reference the file
 * itself used (`theme:4:0.6`, `indexed:13`), so a team's theme colour is put back as a theme
 * colour and follows the workbook's theme, not frozen to today's RGB.
 */
export function colorAttrs(token: string): Record<string, string> {
  if (token.startsWith('#')) return { rgb: argb(token) };
  const [kind, n, tint] = token.split(':');
  return kind === 'theme' ? { theme: n ?? '0', ...(tint && { tint }) } : { indexed: n ?? '64' };
}

/**
 * A colour element as a token (see `colorAttrs`); null for none or `auto`.
 * @example colorToken(<color theme="4" tint="0.6"/>) // 'theme:4:0.6'
 */
export function colorToken(el: Element | null | undefined): string | null {
  if (!el || el.getAttribute('auto') === '1' || el.getAttribute('auto') === 'true') return null;
  const rgb = el.getAttribute('rgb');
  if (rgb) return `#${rgb.slice(-6).toUpperCase()}`;
  const theme = el.getAttribute('theme');
  const tint = el.getAttribute('tint');
  if (theme) return `theme:${theme}${tint ? `:${tint}` : ''}`;
  const indexed = el.getAttribute('indexed');
  return indexed ? `indexed:${indexed}` : null;
}
