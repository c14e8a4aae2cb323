// holdout74-wdes-2019-20-tollerford: community trust, first WDES year (whole metrics 1–10), the Head of Inclusion's tracker for the
// People & Culture Group: RISK-TO-DELIVERY rows typed under two actions, each with its mitigation in the Progress column and its risk
// rating ('High' on red, 'Medium' on amber) in the RAG column; a yellow 'NB' row saying who covers a vacant post's actions.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Tollerford Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout74-wdes-2019-20-tollerford', sheet: 'WDES 2019-20', standard: 'WDES', period: '2019-20', trust, widths: [8, 50, 26, 12, 44, 8], font: { name: 'Arial', size: 10 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Disability Equality Standard – our first action plan, 2019/20'], { merge: ['A', 'F'], style: { bold: true } });
  p.line(['Owner: Head of Inclusion. Position at 17 January 2020 for the People & Culture Group.'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['RAG:  B = complete   G = on track   A = some slippage   R = off track / not started'], { merge: ['A', 'F'], style: { font: { size: 9 } } });
  const hdr = p.header(['Metric', 'Action', 'Owner', 'Target date', 'Progress (Jan 2020)', 'RAG'], { style: { fill: C.teal, color: C.white } });
  const F = { B: C.blue, G: C.green, A: C.amber, R: C.red }; const RG = { B: 'blue', G: 'green', A: 'amber', R: 'red' };
  const fmt = 'dd/mm/yyyy';
  const act = (m, a, owner, d, prog, rag) => p.action([m, a, owner, d, prog, rag], { indicators: [m], action: a, lead: owner, due: shown(d, fmt), status: rag, rag: RG[rag], progress: prog },
    { styles: [{ alignment: { horizontal: 'center' } }, {}, {}, { numFmt: fmt, alignment: { horizontal: 'center' } }, {}, { fill: F[rag], bold: true, alignment: { horizontal: 'center' }, color: rag === 'B' ? C.white : undefined }] });
  const risk = (text, mitigation, level, fill) => p.line(['', text, '', '', mitigation, level], { border: true, styles: [{}, { italic: true, color: C.darkred }, {}, {}, { italic: true }, { fill, bold: true, font: { size: 8 }, alignment: { horizontal: 'center' } }] });
  act('1', 'Run a “Declare and be counted” campaign asking staff to update their disability status on ESR self-service, with help sessions at the three community hubs.', 'Workforce Information Manager', D(2019, 10, 31), 'Campaign ran in October; declaration rose from 2.9% to 4.6%.', 'B');
  act('1', 'Add a disability question to the bank staff registration form so that bank-only workers are counted.', 'Staff Bank Manager', D(2019, 9, 30), 'Form changed; 61 bank workers have declared so far.', 'B');
  act('2', 'Sign up to Disability Confident Level 2 and offer a guaranteed interview to disabled applicants who meet the essential criteria.', 'Recruitment Lead', D(2019, 12, 31), 'Level 2 awarded in November; the TRAC flag is live.', 'G');
  act('3', 'Review every capability case started on health grounds in the last two years to check that reasonable adjustments were offered first.', 'Senior HR Adviser (Employee Relations)', D(2020, 1, 31), '14 of 19 cases reviewed; report being drafted.', 'A');
  act('4', 'Train district nursing team leaders to respond when a disabled colleague reports abuse from a patient or carer during a home visit.', 'Head of Nursing – Adult Community Services', D(2020, 3, 31), 'Session designed; dates clashed with the flu campaign.', 'A');
  const r1 = risk('Risk to delivery: team leaders cannot be released during the winter pressures period (December to February).', 'Mitigation: offer a 45-minute version at the existing team leader forum in March.', 'High', C.red);
  act('5', 'Open the internal leadership programme “Lead the Way” to Band 4 and 5 staff and keep four places in each cohort for disabled staff.', 'Head of Learning & OD', D(2020, 4, 30), 'Two places taken in the January cohort.', 'G');
  const nb = p.line(['NB: the Head of Learning & OD post is vacant from 1 February 2020. Until it is filled the Deputy Director of Workforce will cover the Head of Learning & OD’s actions in this plan.'], { merge: ['A', 'F'], border: true, height: 28, style: { fill: C.yellow } });
  act('6', 'Publish a plain-English guide to staying off work when unwell, written with the Disability Network, for staff who feel under pressure to come in.', 'Head of Inclusion', D(2020, 2, 29), 'Not started – waiting for the attendance policy review.', 'R');
  act('7', 'Hold quarterly listening events with disabled staff, chaired by the Chief Nurse, and publish what changed as a result.', 'Chief Nurse', D(2020, 3, 31), 'First event held 5 December 2019; 23 staff attended.', 'G');
  act('8', 'Set up a central reasonable adjustments budget so that equipment no longer depends on a team’s own budget.', 'Director of Finance', D(2020, 3, 31), 'Business case goes to the Executive Team on 4 February.', 'A');
  const r2 = risk('Risk to delivery: no recurrent funding identified for the central budget in the 2020/21 financial plan.', 'Mitigation: use Access to Work first and bid to the charitable funds committee for year one.', 'Medium', C.amber);
  act('8', 'Add disability awareness and how to agree reasonable adjustments to the new-manager induction day.', 'Head of Learning & OD', D(2020, 3, 31), 'Content drafted with the Disability Network.', 'G');
  act('9', 'Give the Disability Network chair two hours of protected time a week and a standing item at the People & Culture Group.', 'Director of Workforce & OD', D(2019, 8, 31), 'In place since September.', 'B');
  act('10', 'Ask Board members to complete a voluntary disability declaration and report the result in the 2020 WDES return.', 'Trust Secretary', D(2020, 3, 31), 'Form circulated; 7 of 12 returned.', 'A');
  ws.views = [{ state: 'frozen', ySplit: hdr }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional community trust), its first WDES plan (2019 metrics, whole 1–10). Sheet 'WDES 2019-20': trust, title, an italic owner / position line, a RAG key (B/G/A/R), then the teal header 'Metric | Action | Owner | Target date | Progress (Jan 2020) | RAG' (row ${hdr}, frozen); twelve action rows with real dates shown dd/mm/yyyy and a letter on its fill in the RAG column. In-grid non-action rows: row ${r1} and row ${r2} (risk row) – 'Risk to delivery: …' typed in dark red italic in the Action column under the action it threatens, its 'Mitigation: …' in the Progress column and its risk RATING ('High' on red, 'Medium' on amber) in the RAG column; they set out no work of their own, the rating is not a status and the mitigation is not the progress of the action above (that action's progress is its own cell); row ${nb} (note row) – a yellow merged 'NB' saying the Deputy Director of Workforce will cover the vacant Head of Learning & OD's actions: a note, not an action, and it changes no lead – the two actions owned by 'Head of Learning & OD' keep that Owner as written. Judgement calls: indicators from the Metric column (whole metrics in 2019); lead = Owner; due = Target date as displayed; no ref (the Metric column is not a ref); progress = the Progress cell; status = the letter, rag from its fill (B on blue = complete). The owner / position line's date and role give no field. Theme null.`,
    { mode: 'fill', ragCol: 6, forbidden: ['High', 'Medium', 'Deputy Director of Workforce', '17 January 2020'], inGrid: { [r1]: 'risk row (1)', [r2]: 'risk row (2)', [nb]: 'note row' }, trapFills: [r1, r2] });
}
