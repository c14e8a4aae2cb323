// holdout74-wdes-2026-27-lyndmoor: acute FT, WDES plan for 2026-27 written in spring 2026: SUB-HEADINGS typed in bold in the Action
// column only (no fill, not merged, nothing else on the row); a grey 'Staff in scope …' figures row under the first; at the end of the
// grid a green 'Endorsed by the network …' row and an 'For 2027-28 (not in this year's plan) …' idea row. Accountable beside Responsible,
// Start beside Complete by (real dates 'mmm yyyy'); plain status words.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Lyndmoor and Haverleigh NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout74-wdes-2026-27-lyndmoor', sheet: 'WDES 2026-27', standard: 'WDES', period: '2026-27', trust, widths: [9, 56, 22, 28, 10, 12, 12], font: { name: 'Aptos', size: 10 } });
  const ws = p.ws;
  p.line(['Workforce Disability Equality Standard (WDES) – action plan 2026-27'], { merge: ['A', 'G'], style: { bold: true, font: { size: 14 } } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, color: C.nhs } });
  p.line(['Based on the 2025 WDES data (ESR at 31 March 2025 and the 2025 NHS Staff Survey). Owner: Associate Director of Inclusion.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  p.blank();
  const hdr = p.header(['Metric', 'Action', 'Accountable', 'Responsible', 'Start', 'Complete by', 'Status'], { style: { fill: 'FF41B6E6', color: C.black } });
  const fmt = 'mmm yyyy';
  const ig = {}; const secs = []; let theme = null;
  const subhead = (t) => { theme = t; const r = p.line(['', t], { border: true, styles: [{}, { bold: true, font: { size: 11 } }] }); secs.push(r); ig[r] = `sub-heading (${secs.length})`; };
  const act = (m, a, acc, resp, s, e, st) => p.action([m, a, acc, resp, s, e, st], { indicators: m.split(', '), theme, action: a, lead: resp, due: shown(e, fmt), status: st },
    { styles: [{ alignment: { horizontal: 'center' } }, {}, { color: 'FF595959' }, {}, { numFmt: fmt }, { numFmt: fmt }, {}] });
  subhead('Recruitment and declaration');
  const fig = p.line(['', 'Staff in scope at 31 March 2025: 6,412 · disability or long-term condition declared on ESR: 6.8% (436) · 2025 NHS Staff Survey: 27.1%'], { border: true, styles: [{}, { italic: true, color: 'FF7F7F7F', font: { size: 9 } }] });
  ig[fig] = 'figures row';
  act('1', 'Ask every new starter to answer the disability question on their first day, with the induction team explaining why we ask.', 'Chief People Officer', 'Head of Workforce Systems', D(2026, 4, 1), D(2026, 6, 30), 'In progress');
  act('2', 'Build the Disability Confident Leader checks into TRAC so that an interview offer is recorded for every disabled applicant who meets the essential criteria.', 'Chief People Officer', 'Head of Resourcing', D(2026, 5, 1), D(2026, 9, 30), 'Not started');
  act('3', 'Review every capability case from 2025-26 by disability status with staff side and network representatives.', 'Deputy Chief People Officer', 'Head of Employee Relations', D(2026, 7, 1), D(2026, 10, 31), 'Not started');
  subhead('Adjustments and wellbeing');
  act('8', 'Launch the reasonable adjustments passport in the ESR app, so that agreed adjustments move with staff when they change team.', 'Chief People Officer', 'Health & Wellbeing Lead', D(2026, 4, 1), D(2026, 12, 31), 'In progress');
  act('7', 'Train managers in neurodiversity-inclusive supervision, starting with the emergency department and theatres.', 'Chief Nurse', 'Head of Education', D(2026, 6, 1), D(2027, 3, 31), 'Not started');
  act('4a, 4b', 'Add disability-related abuse to the violence and aggression dashboard and report it to the Health & Safety Committee every quarter.', 'Chief Operating Officer', 'Head of Health & Safety', D(2026, 4, 1), D(2026, 7, 31), 'In progress');
  act('6', 'Run a campaign with the network on staying at home when unwell, and check that managers apply adjusted absence triggers.', 'Deputy Chief People Officer', 'Head of Employee Relations', D(2026, 9, 1), D(2027, 1, 31), 'Not started');
  subhead('Voice and leadership');
  act('9a', 'Hold four network listening sessions with executive directors during the year and publish what changed as a result.', 'Chief Executive', 'Disability & Neurodiversity Network chair', D(2026, 4, 1), D(2027, 3, 31), 'In progress');
  act('5', 'Reserve places on the aspiring leaders programme for disabled staff at Bands 5 to 7, with adjustments agreed before the course starts.', 'Chief People Officer', 'Head of Leadership & OD', D(2026, 7, 1), D(2027, 2, 28), 'Not started');
  act('10', 'Repeat the confidential Board declaration and, where members agree, include their lived experience in the annual WDES report.', 'Chair', 'Company Secretary', D(2026, 6, 1), D(2026, 9, 30), 'Not started');
  const end = p.line(['', 'Endorsed by the Disability & Neurodiversity Network committee on 18 March 2026 (minute DN/26/14).'], { border: true, styles: [{}, { italic: true, color: C.green }] });
  ig[end] = 'endorsement row';
  const idea = p.line(['', 'For 2027-28 (not in this year’s plan): the network asked for protected time for network activity (metric 9b) – to be costed in the autumn and considered for next year’s plan.'], { border: true, styles: [{}, { italic: true, color: 'FF7F7F7F' }] });
  ig[idea] = 'next-year idea row';
  ws.dataValidations.add(`G${hdr + 1}:G${p.r}`, { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete,Delayed"'] });
  ws.views = [{ state: 'frozen', ySplit: hdr }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional acute FT) for 2026-27, written in spring 2026 on the 2025 WDES data. Sheet 'WDES 2026-27': title, trust, an italic data / owner line, a blank row, the blue header 'Metric | Action | Accountable | Responsible | Start | Complete by | Status' (row ${hdr}, frozen), then ten actions under three SUB-HEADINGS. In-grid non-action rows: ${secs.map((r) => `row ${r}`).join(', ')} (sub-headings) – 'Recruitment and declaration', 'Adjustments and wellbeing', 'Voice and leadership' typed in bold in the ACTION column only, nothing else on the row (no fill, not merged): headings, not actions – each is the theme of the actions under it; row ${fig} (figures row) – a small grey italic 'Staff in scope at 31 March 2025: 6,412 · … 6.8% (436) · …' line in the Action column under the first sub-heading: data, not an action; row ${end} (endorsement row) – a green italic 'Endorsed by the Disability & Neurodiversity Network committee on 18 March 2026 (minute DN/26/14).' at the foot of the grid: a record of endorsement, not an action, and its date is no due; row ${idea} (next-year idea row) – 'For 2027-28 (not in this year’s plan): the network asked for protected time … (metric 9b) – to be costed …': the plan itself says it is not in this year's plan, so it is not an action and metric 9b has no action. Judgement calls: theme = the sub-heading above; indicators from the Metric column in the 2025 codes ('4a, 4b' → both); lead = Responsible, NEVER Accountable; due = Complete by as displayed (real dates shown 'mmm yyyy', e.g. 'Jun 2026'), never Start; no ref (the Metric column is not a ref); status = the drop-down word, uncoloured (rag null).`,
    { sections: secs, notFrom: ['C', 'E'], forbidden: ['18 March 2026', 'Associate Director of Inclusion'], inGrid: ig });
}
