// holdout83-wdes-2026-27-oakhallow: a system-wide WDES plan for an ICS (seven organisations) under three system priorities; an
// 'Organisation' column of short codes (context); a second tab lists each partner's WDES contact (not leads); status words, no colour.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Oakhallow and Penmoor Integrated Care System';
  const p = new Plan(book, { name: 'holdout83-wdes-2026-27-oakhallow', sheet: 'ICS WDES plan 26-27', standard: 'WDES', period: '2026-27', trust, widths: [8, 16, 10, 56, 34, 12, 14], font: { name: 'Arial', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.teal } });
  p.line(['System Workforce Disability Equality Standard plan 2026/27 – one plan for all partners, agreed by the System People & Culture Board'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['Organisation codes: OUH Oakhallow University Hospitals NHS FT; PHC Penmoor Healthcare NHS Trust; OPMH Oakhallow & Penmoor Mental Health NHS FT; TCS Tamsey Community Services; PCN primary care networks; ICB the ICB’s own staff; ALL every partner.'], { merge: ['A', 'G'], height: 40, style: { italic: true, font: { size: 9 } } });
  p.header(['Ref', 'Organisation', 'Metric', 'Action', 'Lead (role, organisation)', 'By', 'Status'], { style: { fill: C.teal, color: C.white } });
  const P = [
    ['Priority A: Know our workforce', [
      ['A1', 'ALL', '1', 'Agree one system wording for the disability question on ESR and on primary care payroll forms.', 'Head of Workforce Intelligence, ICB', 'Jun 2026', 'Complete'],
      ['A2', 'PCN', '1', 'Bring primary care staff disability data into the system dashboard for the first time, with practices’ consent.', 'Primary Care Workforce Lead, ICB', 'Oct 2026', 'In progress'],
      ['A3', 'OUH, PHC', '2', 'Compare shortlisting-to-appointment ratios for disabled applicants across the two acute trusts and share what differs.', 'Resourcing Lead, OUH', 'Sep 2026', 'In progress'],
    ]],
    ['Priority B: Fair and healthy work', [
      ['B1', 'OPMH', '3', 'Put a reasonable-adjustments check in front of every formal capability meeting in inpatient services.', 'Employee Relations Manager, OPMH', 'Aug 2026', 'In progress'],
      ['B2', 'ALL', '4a, 4b', 'Run one system campaign on disability harassment from patients, with shared posters and a reporting QR code.', 'System Communications Lead', 'Nov 2026', 'Not started'],
      ['B3', 'TCS', '6', 'Stop counting adjustment-passport absence towards sickness triggers in community teams.', 'HR Business Partner, TCS', 'Jul 2026', 'Complete'],
      ['B4', 'ALL', '8', 'Set up a system workplace adjustments service so staff moving between partners keep their equipment and passport.', 'Associate Director of People, PHC', 'Mar 2027', 'Not started'],
    ]],
    ['Priority C: Voice and leadership', [
      ['C1', 'ALL', '9b', 'Form a system disability staff network forum of all partner network chairs, meeting every two months.', 'System EDI Programme Manager', 'May 2026', 'Complete'],
      ['C2', 'ICB', '5, 7', 'Open the system “Ready to Lead” programme to disabled staff in all partners with paid adjustments.', 'Head of System Leadership, ICB', 'Jan 2027', 'In progress'],
      ['C3', 'ALL', '10', 'Ask every partner board to publish its board disability declaration rate in its annual report.', 'Director of Corporate Affairs, ICB', 'Mar 2027', 'Not started'],
    ]],
  ];
  const sections = [];
  for (const [pr, acts] of P) {
    sections.push(p.line([pr], { merge: ['A', 'G'], style: { bold: true, fill: 'FFE2EFDA' }, border: true }));
    for (const [ref, org, met, act, lead, by, st] of acts) p.action([ref, org, met, act, lead, by, st], { ref, indicators: met.split(', '), theme: pr, action: act, lead, due: by, status: st }, { styles: [{ bold: true }, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }] });
  }
  p.ws.dataValidations.add(`G5:G${p.r}`, { type: 'list', allowBlank: true, formulae: ['"Not started,In progress,Complete"'] });
  p.blank();
  p.line(['Partner WDES contacts are on the next tab. Progress goes to the System People & Culture Board in October 2026 and April 2027.'], { merge: ['A', 'G'], style: { italic: true } });
  const c = book.wb.addWorksheet('Partner contacts');
  c.getColumn(1).width = 46; c.getColumn(2).width = 28; c.getColumn(3).width = 30;
  [['Organisation', 'WDES contact', 'Role'], ['Oakhallow University Hospitals NHS FT', 'Priya Ramaswamy', 'Inclusion Manager'], ['Penmoor Healthcare NHS Trust', 'Tom Eccleshall', 'EDI Lead'], ['Oakhallow & Penmoor Mental Health NHS FT', 'Bernadette Nwosu', 'Head of Inclusion'], ['Tamsey Community Services', 'Gwyn Petherick', 'HR Business Partner'], ['Primary care networks', 'via the ICB Primary Care Workforce Lead', ''], ['NHS Oakhallow and Penmoor ICB', 'Marcus Lindqvist', 'System EDI Programme Manager']].forEach((r, i) => { const row = c.getRow(i + 1); r.forEach((v, j) => { if (v) row.getCell(j + 1).value = v; row.getCell(j + 1).font = { name: 'Arial', size: 10, bold: i === 0 }; }); });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional integrated care system): ONE WDES plan for seven organisations. Sheet 'ICS WDES plan 26-27': the system's name, a bold title, an italic line DECODING the organisation codes (OUH, PHC, OPMH, TCS, PCN, ICB, ALL), the teal header 'Ref | Organisation | Metric | Action | Lead (role, organisation) | By | Status' (row 4), three PRIORITY section rows merged across ('Priority A: Know our workforce' …) each over its actions (A1–A3, B1–B4, C1–C3: ten actions), a blank row and a closing line; a second tab 'Partner contacts' lists each partner's WDES contact. Judgement calls: identity = the system as the title states it ('Oakhallow and Penmoor Integrated Care System'), not a partner; the Organisation column ('ALL', 'OUH, PHC' …) is context, never a lead; lead = 'Lead (role, organisation)' kept whole ('Resourcing Lead, OUH'); the contacts on the other tab are not leads; due = By as typed; ref = Ref; indicators from Metric ('4a, 4b', '5, 7' → both; '9b', '10'); theme = the priority section row; status = the drop-down word, no colour → rag null. The code line and closing line are not actions; the Board months are no dues.", { sections, notFrom: ['B'], forbidden: ['ALL', 'ICB', 'PCN', 'October 2026', 'Marcus Lindqvist'] });
}
