// holdout47-wres-2022-23-loxley: follows Sheffield Health and Care Partnership's 'Addressing racial inequalities' pages: 'Addressing racial
// inequalities across our HCP is a stated priority of all our partner organisations both individually and collectively …', the work of the
// Racial Equity and Inclusion Group and its TWO SUB-GROUPS, 'plus the agreed action plan developed through these groups' – the following pages.
// Here the pages are tabs of one workbook (overview, the group, the sub-groups, the action plan). ASSUMED: the plan's columns (sponsor and
// delivery lead, start and end, status words) and its sub-group sections.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Loxley Primary Care Collaborative';
  const page = (name, rows, width = 100) => { const ws = book.wb.addWorksheet(name); ws.getColumn(1).width = width; rows.forEach((t, i) => { const c = ws.getCell(`A${i + 1}`); c.value = t; c.alignment = { wrapText: true, vertical: 'top' }; c.font = { name: 'Arial', size: 10, ...(i === 0 ? { bold: true, size: 14, color: { argb: C.purple } } : {}) }; }); };
  page('Overview', ['Addressing racial inequalities', `${trust} – our 14 member practices, the practice-based staff we employ together and our partners in the city`, 'Tackling racial inequalities is a priority for every one of our member practices, on its own and together. A lot of work is already happening inside practices; the collaborative\'s job is to join it up, share what works and agree a small number of actions that will make the most difference.', 'The next pages describe the Racial Equity and Inclusion Group and its two sub-groups, and then set out the action plan the groups have agreed for 2022/23.', 'Contents:  Racial Equity and Inclusion Group  |  Sub-groups  |  Action plan 2022/23']);
  page('REI Group', ['Racial Equity and Inclusion Group', 'The group was set up in March 2022. It is chaired by the collaborative\'s Clinical Director and includes a GP partner and a practice manager from each neighbourhood, the chair of the Ethnically Diverse Staff Network and two community representatives.', 'It meets every two months, agrees the action plan and reports to the collaborative\'s Board.', 'The group asked that the Workforce Race Equality Standard indicators be used to measure the workforce actions, even though the WRES is not mandatory for general practice.']);
  page('Sub-groups', ['Our two sub-groups', 'Sub-group 1: Workforce – recruitment, development and fair treatment of staff employed by member practices and by the collaborative. Chair: Practice Manager, Rivelin Surgery.', 'Sub-group 2: Communities and access – how patients from ethnic minority communities reach and experience our services. Chair: Community Engagement Lead.']);
  const p = new Plan(book, { name: 'holdout47-wres-2022-23-loxley', sheet: 'Action plan 2022-23', standard: 'WRES', period: '2022-23', trust, widths: [6, 50, 13, 26, 28, 10, 10, 13], font: { name: 'Arial', size: 10 } });
  const W = { merge: ['A', 'H'] };
  p.line([`${trust} – Racial Equity and Inclusion action plan 2022/23`], { ...W, style: { bold: true, font: { size: 13 }, color: C.purple } });
  p.line(['Agreed by the Racial Equity and Inclusion Group on 6 July 2022. Status updated for the Board, January 2023.'], { ...W, style: { italic: true } });
  p.header(['No.', 'Action', 'WRES link', 'Sponsor', 'Delivery lead', 'Start', 'End', 'Status'], { style: { fill: C.purple, color: C.white } });
  const secs = [];
  const plan = [
    ['Sub-group 1: Workforce', [
      ['W1', 'Collect the ethnicity of staff in every member practice through a single annual census, so that WRES indicator 1 can be reported for the collaborative', 'Ind. 1', 'Clinical Director', 'Workforce Lead', D(2022, 7, 1), D(2022, 11, 30), 'Complete'],
      ['W2', 'Use one shared job advert and shortlisting template for salaried GP, nurse and ARRS roles, with names removed at shortlisting', 'Ind. 2', 'Clinical Director', 'Recruitment Coordinator', D(2022, 9, 1), D(2023, 3, 31), 'In progress'],
      ['W3', 'Give practice managers a short guide to handling grievances and disciplinary matters fairly, with HR advice from the collaborative before any formal step', 'Ind. 3', 'Chair of the Practice Managers\' Forum', 'HR Adviser', D(2022, 10, 1), D(2023, 1, 31), 'In progress'],
      ['W4', 'Fund protected time for members of the Ethnically Diverse Staff Network to attend four meetings a year', 'Ind. 7', 'Clinical Director', 'Network Chair', D(2022, 7, 1), D(2023, 3, 31), 'Complete'],
      ['W5', 'Add questions on bullying, harassment and discrimination to the collaborative\'s own staff survey, reported by ethnicity', 'Ind. 5–8', 'Chair of the Practice Managers\' Forum', 'Workforce Lead', D(2022, 11, 1), D(2023, 2, 28), 'Not started'],
    ]],
    ['Sub-group 2: Communities and access', [
      ['C1', 'Record the preferred language and need for an interpreter for every newly registered patient', '—', 'Clinical Director', 'Digital and Data Lead', D(2022, 8, 1), D(2022, 12, 31), 'In progress'],
      ['C2', 'Hold health checks at two mosques and a gurdwara in the east neighbourhood, with staff who speak community languages', '—', 'Community Engagement Lead', 'Neighbourhood Care Coordinator', D(2022, 9, 1), D(2023, 3, 31), 'In progress'],
      ['C3', 'Train reception teams in every practice to book interpreters and to avoid asking family members to interpret', '—', 'Chair of the Practice Managers\' Forum', 'Training Hub Lead', D(2022, 10, 1), D(2023, 3, 31), 'Not started'],
    ]],
  ];
  for (const [sec, acts] of plan) {
    secs.push(p.line([sec], { ...W, border: true, style: { bold: true, fill: C.lilac } }));
    for (const [ref, a, link, sponsor, lead, start, end, st] of acts) {
      const inds = link === '—' ? [] : link === 'Ind. 5–8' ? ['5', '6', '7', '8'] : link.match(/\d+/g);
      p.action([ref, a, link, sponsor, lead, start, end, st], { ref, indicators: inds, theme: sec, action: a, lead, due: `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][end.getUTCMonth()]}-${String(end.getUTCFullYear()).slice(2)}`, status: st }, { styles: [{}, {}, {}, {}, {}, { numFmt: 'mmm-yy' }, { numFmt: 'mmm-yy' }] });
    }
  }
  p.blank();
  p.line(['ARRS = Additional Roles Reimbursement Scheme. WRES indicators are used for the workforce actions by local agreement; general practice is not required to submit a WRES return.'], { ...W, style: { font: { size: 8 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary care collaborative of 14 practices) following a real published partnership's 'Addressing racial inequalities' pages (Sheffield Health and Care Partnership's: an overview, the Racial Equity and Inclusion Group, its two sub-groups, 'plus the agreed action plan developed through these groups'), kept here as FOUR TABS: 'Overview', 'REI Group', 'Sub-groups' (text only) and the plan 'Action plan 2022-23': a title naming the collaborative, an agreement / status-date line, one header 'No. | Action | WRES link | Sponsor | Delivery lead | Start | End | Status' (row 3), two SUB-GROUP section rows, eight actions and a glossary / note line. The plan has TWO PEOPLE COLUMNS (Sponsor, Delivery lead) and TWO DATE COLUMNS (Start, End; real dates shown 'mmm-yy'). The WRES link column uses 'Ind. 1', a range 'Ind. 5–8' and '—' for the three communities actions. Judgement calls: lead = the Delivery lead (the person doing the work); the Sponsor is not taken; due = the End date as displayed ('Nov-22'), never the Start; indicators from the WRES link column ('Ind. 5–8' → ['5','6','7','8']; '—' → []) – the communities and access actions are patient-facing but are in the agreed plan, so they stay actions with indicators []; a WRES indicator named inside an action ('so that WRES indicator 1 can be reported') agrees with its link cell; theme = the sub-group section row; status = the word as written ('Complete', 'In progress', 'Not started'), rag null (no colour); the other tabs, the agreement line (6 July 2022, January 2023) and the note line give no gold field.", { sections: secs, notFrom: ['D', 'F'], dueFrom: ['G'], forbidden: ['6 July 2022', 'January 2023'] });
}
