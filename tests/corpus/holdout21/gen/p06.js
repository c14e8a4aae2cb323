// holdout21-wdes-2020-21-marlstone: ORDINARY Covid-year WDES plan of a COMMUNITY trust with HEALTH IN JUSTICE (prison
// healthcare) services – table from column B (empty margin A); title lines and a services line; header 'WDES Metric | Our 2020
// data | Priority action | Accountable lead | Deadline | Update – February 2021 | RAG'; 'Metric N – short title' (whole 4 and
// 9); 'd mmm yyyy' dates; RAG LETTERS C / G / A / R filled (C = complete, blue); key and COVID note under the table.
import { Book, Plan, C, D, shown, ALL_WDES } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout21-wdes-2020-21-marlstone', sheet: 'WDES 2020-21', standard: 'WDES', period: '2020-21', trust: 'Marlstone Community Health NHS Trust', widths: [3, 24, 34, 54, 28, 14, 40, 6], startCol: 2 });
  p.line(['Marlstone Community Health NHS Trust'], { merge: ['B', 'H'], style: { bold: true, font: { size: 14 }, color: 'FF005EB8' } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2020-21'], { merge: ['B', 'H'], style: { bold: true } });
  p.line(['Covers all our staff, including the Health in Justice teams at HMP Marlstone and HMP Orwell Fields.'], { merge: ['B', 'H'], style: { italic: true } });
  p.blank();
  p.header(['WDES Metric', 'Our 2020 data', 'Priority action', 'Accountable lead', 'Deadline', 'Update – February 2021', 'RAG'], { style: { fill: 'FFD9E1F2' } });
  const L = { C: [C.blue, 'blue', C.white], G: [C.green, 'green'], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  const F = 'd mmm yyyy';
  const data = [
    ['Metric 1 – Workforce representation', ['1'], '3.1% of staff have a disability recorded on ESR; 21% said so in the staff survey.', 'Ask every team, including prison healthcare teams without ESR self-service access, to complete a paper equality update form.', 'Head of Workforce Information', D(2020, 12, 31), 'Paper forms sent to both prisons in November; 140 returned.', 'G'],
    ['Metric 2 – Recruitment', ['2'], 'Relative likelihood of appointment from shortlisting 1.31.', 'Remove the requirement for a full driving licence from community posts where it is not essential, and say so in adverts.', 'Head of Recruitment', D(2020, 9, 30), 'Done: 37 job descriptions changed.', 'C'],
    ['Metric 3 – Capability', ['3'], 'Disabled staff 2.1 times as likely to enter the formal capability process (small numbers).', 'Add an occupational health referral and adjustments review to the first stage of the capability policy.', 'Head of Employee Relations', D(2021, 3, 31), 'Policy review paused in the first wave; restarted January.', 'A'],
    ['Metric 4 – Harassment, bullying or abuse', ['4'], '36% of disabled staff experienced harassment from patients or the public; higher in prison healthcare.', 'Work with prison governors on a joint protocol for supporting healthcare staff after abuse by prisoners.', 'Associate Director, Health in Justice', D(2021, 2, 28), 'Meetings with both governors cancelled during lockdown.', 'R'],
    ['Metric 4 – Harassment, bullying or abuse', ['4'], '', 'Promote the Freedom to Speak Up Guardian and champions to community and prison teams working away from base.', 'Freedom to Speak Up Guardian', D(2020, 11, 30), 'Virtual drop-ins held monthly.', 'G'],
    ['Metric 5 – Career progression', ['5'], '38% of disabled staff believe there are equal opportunities for progression.', 'Guarantee disabled staff who apply for the Band 6 development programme a coaching session before interview.', 'Head of Learning and OD', D(2021, 3, 31), 'Programme moved online; first cohort March.', 'A'],
    ['Metric 6 – Presenteeism', ['6'], '33% of disabled staff felt pressure to come to work when unwell.', 'Give managers guidance on shielding, COVID-19 risk assessments and home working for disabled staff.', 'Head of Health and Wellbeing', D(2020, 6, 30), 'Guidance issued June; risk assessments 96% complete.', 'C'],
    ['Metric 7 – Feeling valued', ['7'], '35% of disabled staff are satisfied with how the organisation values their work.', 'Include disabled staff stories in the weekly COVID-19 staff briefing.', 'Head of Communications', D(2020, 10, 31), 'Four stories published.', 'C'],
    ['Metric 8 – Reasonable adjustments', ['8'], '72% say adequate adjustments have been made.', 'Buy equipment for staff working from home (chairs, screen readers, headsets) from a central budget.', 'Head of Health and Wellbeing', D(2020, 12, 31), '63 requests met; 9 waiting.', 'G'],
    ['Metric 9 – Engagement and voice', ['9'], 'Engagement score 6.5 (non-disabled 6.9). No disabled staff network.', 'Launch a Disabled Staff Network that meets online so community and prison staff can join.', 'Director of People', D(2020, 10, 31), 'Network launched 15 October; 31 members.', 'C'],
    ['Metric 10 – Board', ['10'], 'No Board member has declared a disability.', 'Add a confidential disability declaration to the Board register of interests process.', 'Trust Secretary', D(2021, 3, 31), 'Not started.', 'R'],
    ['All metrics', ALL_WDES, '', 'Publish the WDES data and this plan on the Trust website.', 'Director of People', D(2020, 10, 31), 'Published 29 October.', 'C'],
  ];
  for (const [m, inds, dat, action, lead, due, upd, l] of data)
    p.action([m, dat, action, lead, due, upd, l], { indicators: inds, action, lead, due: shown(due, F), status: l, rag: L[l][1], progress: upd }, { styles: [{ bold: true }, {}, {}, {}, { numFmt: F }, {}, { fill: L[l][0], bold: true, alignment: { horizontal: 'center', vertical: 'top' }, ...(L[l][2] ? { color: L[l][2] } : {}) }] });
  p.blank();
  p.line(['RAG key: C = complete (blue); G = on track; A = delayed; R = not started or at risk.'], { merge: ['B', 'H'], style: { italic: true } });
  p.line(['COVID-19: several deadlines were moved after the first wave; the Update column gives the revised position.'], { merge: ['B', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY Covid-year WDES plan of a COMMUNITY trust whose services include HEALTH IN JUSTICE (prison healthcare): the plan sits in B:H with an EMPTY MARGIN column A; three merged lines (blue trust name, 'Workforce Disability Equality Standard – Action Plan 2020-21', an italic line naming the two prisons covered), a blank row, then a pale-blue header 'WDES Metric | Our 2020 data | Priority action | Accountable lead | Deadline | Update – February 2021 | RAG' (row 5). Metrics as 'Metric N – short title' from the pre-2021 set (whole 4 and 9; 'Metric 4 – Harassment, bullying or abuse' twice; 'All metrics' = all ten). 'Our 2020 data' is the finding (empty for three rows). Leads are job titles. Deadline holds real dates shown 'd mmm yyyy'. RAG is a bold LETTER filled: C blue (complete), G green, A amber, R red; the key and a COVID-19 note sit under the table. No refs. Judgement calls: the action is 'Priority action'; 'Our 2020 data' is context, not progress or outcome; progress = the February 2021 update; the status is the letter as written ('C') and C = complete = blue; theme null.", { ragCol: 'H', mode: 'fill', notFrom: ['C'] });
}
