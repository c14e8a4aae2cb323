/** Month names as Excel shows them in English number formats. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A date cell's text as Excel shows it under its number format ('mmm-yy' → 'Jan-20', 'dd/mm/yyyy' →
 * '31/03/2023', 'd mmm yyyy' → '30 Sep 2024'). Handles the day, month and year codes plans use; a format
 * with no date codes (or none at all) shows the UK day, as Excel's default short date does here.
 *
 * @example
 * formatDateCell(new Date(Date.UTC(2020, 0, 1)), 'mmm-yy'); // 'Jan-20'
 */
export function formatDateCell(date: Date, numFmt: string | undefined): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  // Colour, locale and condition sections ("[$-809]", "[Red]") and quoted or escaped literals are not codes.
  const format = String(numFmt ?? '').split(';')[0].replace(/\[[^\]]*\]/g, '');
  if (!/[dmy]/i.test(format.replace(/"[^"]*"|\\./g, ''))) return `${pad(d)}/${pad(m + 1)}/${y}`;
  const tokens = format.match(/"[^"]*"|\\.|y+|m+|d+|[hs]+|AM\/PM|./gi) ?? [];
  const hasTime = tokens.some((t) => /^[hs]+$/i.test(t));
  return tokens
    .map((t, i) => {
      const lower = t.toLowerCase();
      if (t.startsWith('"')) return t.slice(1, -1);
      if (t.startsWith('\\')) return t.slice(1);
      if (/^y+$/.test(lower)) return lower.length <= 2 ? pad(y % 100) : String(y);
      if (/^d+$/.test(lower)) return lower.length === 1 ? String(d) : lower.length === 2 ? pad(d) : lower.length === 3 ? DAYS[date.getUTCDay()].slice(0, 3) : DAYS[date.getUTCDay()];
      if (/^m+$/.test(lower)) {
        // 'mm' after an hour is minutes; a plan's dates carry no time, so show nothing for it.
        if (hasTime && /^h/i.test(tokens[i - 1] ?? '')) return '00';
        return lower.length === 1 ? String(m + 1) : lower.length === 2 ? pad(m + 1) : lower.length === 3 ? MONTHS[m].slice(0, 3) : lower.length === 4 ? MONTHS[m] : MONTHS[m][0];
      }
      if (/^[hs]+$/.test(lower) || lower === 'am/pm') return '';
      return t;
    })
    .join('')
    .trim();
}

const pad = (n: number) => String(n).padStart(2, '0');
