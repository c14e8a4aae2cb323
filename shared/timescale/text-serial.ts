/** Five digits of the plans' era as text (1982–2064, as `cellKind` reads a serial number): 30000–59999. */
const TEXT_SERIAL = /^\s*([3-5]\d{4})\s*$/;

/**
 * The date serial a text holds alone ('45565'), as a Power BI 'Export data' or a CSV writes a date column when it leaves
 * every value as text: the number Excel would have shown as a date. Null for any other text (a year, a ref, a sentence).
 * A serial means the day it counts to, so a due typed so is read and shown as that day ('30/09/2024'), not as the digits.
 *
 * @example
 * textSerial('45565'); // 45565 (30 September 2024)
 * textSerial('2024');  // null — a year
 * textSerial('12345'); // null — before the plans' era: a number, no date
 */
export function textSerial(text: string): number | null {
  if (text.length > 9) return null;
  const m = TEXT_SERIAL.exec(text);
  return m && Number(m[1]) >= 30_000 ? Number(m[1]) : null;
}
