// holdout74-wres-2024-25-stanwold: community and mental health trust, the plan laid out for the committee pack: page 1 ends with a
// 'Continued overleaf ►' row and a manual page break; page 2 starts with the header typed again and a 'Theme 1 – … (continued)' row;
// a 'W2.3 – number not used' row keeps the numbering. No status (a plan for approval); a Measure of success column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stanwold Partnership NHS Trust';
  const p = new Plan(book, { name: 'holdout74-wres-2024-25-stanwold', sheet: 'WRES plan 24-25', standard: 'WRES', period: '2024-25', trust, widths: [8, 54, 10, 26, 13, 38], font: { name: 'Arial', size: 10 } });
  const ws = p.ws;
  p.line([trust], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 }, color: C.teal } });
  p.line(['Workforce Race Equality Standard – Action Plan 2024/25'], { merge: ['A', 'F'], style: { bold: true, font: { size: 12 } } });
  p.line(['For approval: People, Equality and Culture Committee, 24 September 2024'], { merge: ['A', 'F'], style: { italic: true } });
  p.blank();
  const H = ['Ref', 'Action', 'WRES indicator', 'Lead', 'Target date', 'Measure of success'];
  const hs = { fill: C.teal, color: C.white };
  const h1 = p.header(H, { style: hs });
  const ig = {}; const secs = []; let theme = null;
  const sec = (t) => { theme = t; secs.push(p.line([t], { merge: ['A', 'F'], border: true, style: { bold: true, fill: 'FFD9F2EF' } })); };
  const act = (ref, a, ind, lead, due, how) => p.action([ref, a, ind, lead, due, how], { ref, indicators: ind.split(', '), theme, action: a, lead, due, outcome: how }, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, {}] });
  sec('Theme 1 – Fair recruitment and progression');
  act('W1.1', 'Put an ethnic minority panel member, trained in inclusive recruitment, on every interview panel for Band 7 and above.', '2', 'Head of Recruitment', 'Oct 2024', 'Relative likelihood of appointment from shortlisting below 1.25 in the 2025 data');
  act('W1.2', 'Give every unsuccessful internal ethnic minority candidate for a Band 6 or above post a feedback conversation and a development offer.', '2, 7', 'Associate Director of People', 'Dec 2024', 'Feedback offered in every case; 20 cases audited a quarter');
  act('W1.3', 'Run the “Next Step” career coaching programme for ethnic minority staff at Bands 4 to 6 in community nursing and health visiting.', '1, 7', 'Head of Leadership & OD', 'Q3 2024/25', '30 staff complete the programme; 10 promoted within a year');
  act('W1.4', 'Publish the ethnicity pay gap alongside the gender pay gap report.', '1', 'Head of Workforce Information', 'March 2025', 'Report published and discussed at the committee');
  const over = p.line(['Continued overleaf ►'], { merge: ['A', 'F'], border: true, style: { italic: true, font: { size: 9 }, alignment: { horizontal: 'right' } } });
  ig[over] = 'continued-overleaf row';
  ws.getRow(over).addPageBreak();
  const h2 = p.header(H, { style: hs });
  const cont = p.line(['Theme 1 – Fair recruitment and progression (continued)'], { merge: ['A', 'F'], border: true, style: { bold: true, italic: true, fill: 'FFD9F2EF' } });
  ig[cont] = 'continued section row';
  act('W1.5', 'Check access to non-mandatory training and CPD by ethnicity every quarter and follow up with teams where it is uneven.', '4', 'Head of Learning', 'Quarterly', 'Relative likelihood of accessing CPD between 0.8 and 1.25');
  sec('Theme 2 – Fair treatment at work');
  act('W2.1', 'Have a second senior manager review every decision to start formal disciplinary action against an ethnic minority member of staff.', '3', 'Head of Employee Relations', 'Jul 2024', 'Relative likelihood of entering formal disciplinary below 1.25');
  act('W2.2', 'Agree with the community mental health teams how to respond to racist abuse from service users and carers, including a debrief for the member of staff.', '5', 'Associate Director of Nursing', 'Nov 2024', 'Procedure in use in all 12 community teams');
  const nu = p.line(['W2.3', 'Number not used – action withdrawn before approval and folded into W2.2.', '', '', '', ''], { border: true, style: { color: 'FF808080', italic: true } });
  ig[nu] = 'number-not-used row';
  act('W2.4', 'Train every team manager in a short session on calling out racist behaviour between colleagues.', '6, 8', 'Head of Leadership & OD', 'Jan 2025', '85% of team managers trained');
  sec('Theme 3 – Leadership and accountability');
  act('W3.1', 'Give every executive and senior leader an objective on race equality, assessed in their appraisal.', '9', 'Chief People Officer', 'Jun 2024', 'Objective in every executive appraisal');
  act('W3.2', 'Start reverse mentoring between Race Equality Network members and the Board.', '9', 'Trust Secretary', 'Sep 2024', 'Every Board member paired by September');
  p.blank();
  p.line(['Prepared by: Head of Equality, Diversity & Inclusion · Version 1.3 · 12/09/2024'], { merge: ['A', 'F'], style: { font: { size: 8 }, color: 'FF808080' } });
  ws.pageSetup = { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional community and mental health trust) laid out for the committee pack, two printed pages. Sheet 'WRES plan 24-25': trust, title, an italic 'For approval: … 24 September 2024' line, a blank row, the teal header 'Ref | Action | WRES indicator | Lead | Target date | Measure of success' (row ${h1}), then three THEME rows (themes) and ten actions. In-grid non-action rows: row ${over} (continued-overleaf row) – 'Continued overleaf ►' right-aligned at the foot of page 1, with a manual page break under it: print furniture, not an action; the header typed again at the top of page 2 (row ${h2}) is a HEADER row; row ${cont} (continued section row) – 'Theme 1 – Fair recruitment and progression (continued)' repeats the theme for the printed page: not an action, and not a new theme – W1.5 under it keeps the theme 'Theme 1 – Fair recruitment and progression' as the section row first wrote it, without '(continued)'; row ${nu} (number-not-used row) – ref W2.3 with 'Number not used – action withdrawn before approval and folded into W2.2.' in grey italic: keeps the numbering, sets out no work. Judgement calls: a plan for approval has no status (status '', rag null); ref = Ref; indicators from the WRES indicator column ('2, 7' → both, in order); lead = Lead; due = Target date as written ('Q3 2024/25', 'Quarterly', 'March 2025'); outcome = Measure of success. The approval-meeting and prepared-by dates are no dues.`,
    { sections: secs, forbidden: ['24 September 2024', '12/09/2024', 'Head of Equality, Diversity & Inclusion'], inGrid: ig });
}
