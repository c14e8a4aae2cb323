/**
 * A number's text as Excel shows it under a percentage format ('0%' → '50%', '0.0%' → '12.5%'), or null when the format
 * is no percentage (its first section, colours, locales and quoted literals aside, has no '%'). A plan's '% complete'
 * column holds 0.5 and shows '50%': what a person reads, and what the reader should too.
 *
 * @example
 * formatPercentCell(0.5, '0%'); // '50%'
 * formatPercentCell(0.125, '0.0%'); // '12.5%'
 * formatPercentCell(0.5, 'General'); // null
 */
export function formatPercentCell(value: number, numFmt: string | undefined): string | null {
  const format = String(numFmt ?? '').split(';')[0].replace(/\[[^\]]*\]|"[^"]*"|\\./g, '');
  if (!format.includes('%') || !Number.isFinite(value)) return null;
  // The decimals shown are the digit places after the point ('0.0%' shows one).
  const decimals = /\.([0#?]+)/.exec(format)?.[1].length ?? 0;
  const shown = (value * 100).toFixed(Math.min(decimals, 10));
  // A leading sign the format writes ('+0.0%') is kept for positive numbers, as Excel shows it.
  const sign = value >= 0 && /^[^0#?]*\+/.test(format) ? '+' : '';
  return `${sign}${shown}%`;
}
