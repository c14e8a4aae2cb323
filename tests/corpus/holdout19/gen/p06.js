// holdout19-wdes-2020-21-wyvernbridge: NEW LAYOUT – THE RAG IS A NUMBER 1–4 WITH A KEY. An integrated care trust (acute +
// community) scores each action 1–4 in a 'RAG rating (1-4)' column – plain numbers, no fill, no icon – decoded only by
// a key line above the header (4 = complete/blue … 1 = off track/red); one new action not yet rated (blank).
import { Book, Plan, C, D, shown, ALL_WDES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout19-wdes-2020-21-wyvernbridge', sheet: 'WDES 2020-21', standard: 'WDES', period: '2020-21', trust: 'Wyvernbridge Integrated Care NHS Trust', widths: [7, 14, 56, 28, 15, 11, 44] });
  p.line(['Wyvernbridge Integrated Care NHS Trust'], { style: { bold: true, font: { size: 14, color: { argb: C.nhs } } } });
  p.line(['WDES action plan 2020/21 – progress review, December 2020'], { style: { bold: true } });
  p.line(['RAG rating:  4 = Complete (blue)   3 = On track (green)   2 = At risk (amber)   1 = Off track (red)   blank = not yet rated'], { merge: ['A', 'G'], style: { bold: true, font: { size: 9 } } });
  const h = p.header(['Ref', 'WDES metric', 'Action', 'Lead', 'Due', 'RAG rating (1-4)', 'Update'], { style: { fill: C.nhs, color: C.white, alignment: { wrapText: true, vertical: 'middle' } } });
  const WORDS = { 4: 'blue', 3: 'green', 2: 'amber', 1: 'red' };
  const F = 'mmmm yyyy';
  const data = [
    ['WD1', 'Metric 1', ['1'], 'Ask all staff to update their disability status on ESR, with a short film from disabled colleagues in acute and community teams.', 'Head of Workforce Systems', D(2020, 11, 30), 4, 'Film released; declaration up from 3.1% to 4.6%.'],
    ['WD2', 'Metric 2', ['2'], 'Audit shortlisting of disabled applicants who asked for adjustments at interview.', 'Head of Recruitment', D(2021, 1, 31), 3, 'Audit sample drawn.'],
    ['WD3', 'Metric 3', ['3'], 'Give managers a checklist of reasonable adjustments to consider before a capability hearing.', 'Head of Employee Relations', D(2020, 12, 31), 2, 'Checklist drafted; union consultation delayed by COVID-19 pressures.'],
    ['WD4', 'Metric 4', ['4'], 'Include disability-related abuse in the violence prevention training for community nurses.', 'Head of Health and Safety', D(2021, 3, 31), 3, 'Training content updated.'],
    ['WD5', 'Metric 5', ['5'], 'Offer coaching to disabled staff applying for Band 6 and above posts.', 'Head of Organisational Development', D(2021, 3, 31), 1, 'Coaching paused; coaches redeployed.'],
    ['WD6', 'Metric 6', ['6'], 'Support disabled staff who are shielding or working from home with a wellbeing conversation every month.', 'Head of Health and Wellbeing', D(2020, 10, 31), 4, 'Monthly conversations in place since October.'],
    ['WD7', 'Metric 7', ['7'], 'Hold quarterly listening sessions with the Disabled Staff Network and act on what we hear.', 'Director of People', D(2021, 3, 31), 3, 'Two sessions held online.'],
    ['WD8', 'Metric 8', ['8'], 'Set up a remote-working adjustments route (equipment, software) with a 10-day turnaround.', 'Head of Health and Wellbeing', D(2020, 12, 31), 2, 'Average turnaround 17 days.'],
    ['WD9', 'Metric 9', ['9'], 'Give the Disabled Staff Network chair two days a month protected time.', 'Director of People', D(2020, 9, 30), 4, 'Agreed in September.'],
    ['WD10', 'Metric 10', ['10'], 'Report Board members\' disability status in the annual WDES return.', 'Trust Secretary', D(2021, 3, 31), null, 'New action added in December.'],
    ['WD11', 'All metrics', ALL_WDES, 'Publish the 2020 WDES data and this plan on the website and intranet.', 'Equality and Diversity Lead', D(2020, 10, 31), 1, 'Publication missed the October deadline.'],
  ];
  for (const [ref, m, inds, action, lead, due, score, upd] of data)
    p.action([ref, m, action, lead, due, score, upd], { ref, indicators: inds, action, lead, due: shown(due, F), status: score === null ? '' : String(score), rag: score === null ? null : WORDS[score], progress: upd }, { styles: [{}, {}, {}, {}, { numFmt: F }, { alignment: { horizontal: 'center', vertical: 'top' } }] });
  p.blank();
  p.line(['Ratings agreed at the EDI Steering Group, 9 December 2020.'], { style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) with a real-world layout NO EARLIER BATCH HAS: THE RAG IS A NUMBER 1–4 DECODED BY A KEY. An integrated care trust (acute + community) scores each WDES action in a 'RAG rating (1-4)' column holding a plain NUMBER (4, 3, 2 or 1) – no fill, no font colour, no icon set, no data validation – and the only key is a bold line directly above the header: '4 = Complete (blue)  3 = On track (green)  2 = At risk (amber)  1 = Off track (red)  blank = not yet rated'. Rows 1–2: trust (NHS blue) and 'WDES action plan 2020/21 – progress review, December 2020' unmerged in column A; row 3 the key line; row 4 an NHS-blue header 'Ref | WDES metric | Action | Lead | Due | RAG rating (1-4) | Update'. Refs WD1–WD11; 'Metric N' one per action (pre-2021 set, whole 4 and 9), 'All metrics' = all ten; job-title leads; due real dates shown 'mmmm yyyy'. One action (WD10, added in December) has a BLANK rating. Italic footnote below. Gold: status = the number as written ('4', '3', '2', '1'), rag = its colour from the key line (4 blue, 3 green, 2 amber, 1 red); the blank rating has status '' and rag null. Judgement calls: a careful reader decodes the number with the key, so the numbers are the status and the key gives the RAG even though no cell is coloured; a blank rating is no status; 'Update' is progress.", { ragCol: 'F', mode: 'word', words: { 4: 'blue', 3: 'green', 2: 'amber', 1: 'red' }, numRag: { col: 'F', keyRow: 3 } });
}
