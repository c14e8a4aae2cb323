import { readStatusCaption } from './read-status-caption';

/**
 * The heading names a status or a period and no subject: "Completed during 2022/23", "Closed actions", "Actions
 * carried forward from 2021/22", "Ongoing", "Part A – New actions for 2025/26". Such a caption sorts the actions under
 * it by how far they have got or when, not by what they are about, so it is not their theme (a subject —
 * "Recruitment", "Completed staff survey actions", "Part A – Recruitment" — is). What it names: `readStatusCaption`.
 *
 * @example
 * namesStatusOrPeriod('Completed during 2022/23'); // true
 * namesStatusOrPeriod('Part B – Continuing actions carried forward from 2024/25'); // true
 * namesStatusOrPeriod('New starters and induction'); // false
 */
export function namesStatusOrPeriod(heading: string): boolean {
  return readStatusCaption(heading) !== null;
}
