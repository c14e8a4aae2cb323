// holdout47-wres-2021-22-leadonvale: follows Gloucestershire Hospitals NHS FT's EDI 'Reports' page: 'On this page we have a list of our latest
// reports …', 'Equality report' / 'Equality Report 2021–2022' (published annually for the PSED, lists the Equality Objectives), 'Equality Delivery
// System Summary Report (EDS2)' (published May 2019, new Equality Objectives for 2019-2023 delivered through the annual Action Plan), 'Equality
// diversity and inclusion action plan' (delivered by the EDI Steering Group, monitored by the People & OD Committee reporting to the Board),
// 'Gender Pay Gap', 'Workforce Race Equality Standard (WRES)' – 'Specific actions relating to our findings are listed in the Equality of
// Opportunity Action Plan.' – and 'Workforce Disability Equality Standard (WDES)'. ASSUMED: the Equality of Opportunity Action Plan pasted below.
import { Book, Plan, C, D, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Leadon Vale Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout47-wres-2021-22-leadonvale', sheet: 'EDI reports', standard: 'WRES', period: '2021-22', trust, widths: [26, 6, 50, 10, 10, 26, 13, 13], font: { name: 'Arial', size: 10 } });
  const W = { merge: ['A', 'H'] };
  const H2 = { ...W, style: { bold: true, font: { size: 12 }, color: C.navy } };
  const LINK = { ...W, style: { color: 'FF0563C1', font: { underline: true } } };
  p.line([trust], { ...W, style: { bold: true, font: { size: 14 } } });
  p.line(['Reports'], { ...W, style: { bold: true, font: { size: 16 } } });
  p.line(['This page lists our latest equality reports. Together they show where we are making progress and what we will do next.'], W);
  p.line(['Equality report'], H2);
  p.line(['Equality Report 2021–2022'], LINK);
  p.line(['We publish this report every year to show our progress, as the Public Sector Equality Duty requires. It also sets out our current Equality Objectives.'], W);
  p.line(['Equality reports from earlier years are in our Reports and Publications section.'], W);
  p.line(['Equality Delivery System Summary Report (EDS2)'], H2);
  p.line(['EDS2 Summary Report'], LINK);
  p.line(['Published May 2019. This summary gives the grades we agreed with staff, patients and partners for our services and workplace, and our Equality Objectives for 2019-2023, which we deliver through our yearly action plan (below).'], { ...W, height: 28 });
  p.line(['Equality diversity and inclusion action plan'], H2);
  p.line(['The Equality, Diversity and Inclusion Steering Group delivers the action plan. The People and OD Committee monitors progress and reports to the Trust Board.'], W);
  p.line(['Gender Pay Gap'], H2);
  p.line(['Gender Pay Gap Report – every employer with more than 250 staff must publish its gender pay figures each year.'], LINK);
  p.line(['Workforce Race Equality Standard (WRES)'], H2);
  p.line(['The actions we are taking on our WRES findings are listed in the Equality of Opportunity Action Plan.'], W);
  p.line(['Workforce Disability Equality Standard (WDES)'], H2);
  p.line(['Where our WDES findings call for the same action, it sits in the same plan and both columns are completed.'], W);
  p.blank();
  p.line(['Equality of Opportunity Action Plan 2021/22'], { ...W, style: { bold: true, font: { size: 13 } } });
  p.line(['RAG key:', 'Complete', '', 'On track', '', 'Some delay', '', 'Not started'], { styles: [{ bold: true }, { fill: C.blue, color: C.white }, {}, { fill: C.green }, {}, { fill: C.amber }, {}, { fill: C.grey }] });
  p.header(['Equality Objective (2019-2023)', 'Ref', 'Action', 'WRES indicator', 'WDES metric', 'Lead', 'Target date', 'RAG'], { style: { fill: C.navy, color: C.white } });
  const fills = { Complete: C.blue, 'On track': C.green, 'Some delay': C.amber, 'Not started': C.grey };
  const rag = { Complete: 'blue', 'On track': 'green', 'Some delay': 'amber', 'Not started': null };
  const objs = [
    ['Objective 2: Recruit fairly and reflect the communities we serve', [
      ['2.1', 'Put a trained inclusion ambassador on every interview panel for Band 8a and above', '1, 2', '2', 'Head of Resourcing', D(2021, 9, 30), 'Complete'],
      ['2.2', 'Remove names and dates of birth from shortlisting in TRAC for all Agenda for Change posts', '2', '2', 'Head of Resourcing', D(2021, 12, 31), 'Some delay'],
      ['2.3', 'Offer a guaranteed interview to disabled applicants who meet the essential criteria and record it in TRAC', '–', '2', 'Head of Resourcing', D(2022, 3, 31), 'On track'],
    ]],
    ['Objective 3: Give every colleague fair access to development and progression', [
      ['3.1', 'Open the Aspiring Leaders programme with places held for BME colleagues in Bands 5 to 7', '1, 7', '–', 'Head of Leadership and OD', D(2022, 1, 31), 'On track'],
      ['3.2', 'Report access to non-mandatory training by ethnicity and by disability to the People and OD Committee every six months', '4', '–', 'Workforce Information Manager', D(2021, 10, 31), 'Complete'],
      ['3.3', 'Review the talent management process with the BAME and Disability staff networks', '7', '5', 'Head of Leadership and OD', D(2022, 3, 31), 'Not started'],
    ]],
    ['Objective 4: Make sure colleagues are safe from harassment and discrimination', [
      ['4.1', 'Launch a speak-up route for racist and disablist abuse from patients, with a named manager response within 48 hours', '5', '4a', 'Head of Patient Safety', D(2021, 11, 30), 'On track'],
      ['4.2', 'Use the just culture review tool before any formal disciplinary or capability case begins', '3', '3', 'Deputy Director of People', D(2021, 9, 30), 'Complete'],
      ['4.3', 'Run civility workshops in the three divisions with the highest harassment scores', '6, 8', '4a', 'EDI Lead', D(2022, 2, 28), 'Some delay'],
    ]],
  ];
  for (const [obj, acts] of objs) {
    const first = p.r + 1;
    acts.forEach(([ref, a, wres, wdes, lead, due, st], i) => {
      p.action([i === 0 ? obj : undefined, ref, a, wres, wdes, lead, due, st], { ref, indicators: wres.match(/\d+/g) || [], theme: obj, action: a, lead, due: `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`, status: st, rag: rag[st] },
        { styles: [{}, {}, {}, {}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: fills[st], ...(st === 'Complete' ? { color: C.white } : {}) }] });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute foundation trust) following a real published trust EDI 'Reports' web page (Gloucestershire Hospitals') copied to one sheet, with the plan the page points to pasted under it: trust name, 'Reports', an introduction, then SIX sub-headings each with a link line or a paragraph ('Equality report', 'Equality Delivery System Summary Report (EDS2)', 'Equality diversity and inclusion action plan', 'Gender Pay Gap', 'Workforce Race Equality Standard (WRES)', 'Workforce Disability Equality Standard (WDES)'), the plan title 'Equality of Opportunity Action Plan 2021/22' (row 20), a RAG KEY row of coloured swatch words (row 21), one header 'Equality Objective (2019-2023) | Ref | Action | WRES indicator | WDES metric | Lead | Target date | RAG' (row 22) and nine actions with the Equality Objective MERGED DOWN over its three actions. It is a joint plan: both a WRES indicator and a WDES metric column, with '–' where one does not apply. Judgement calls: this is read as the trust's WRES plan (the page's WRES paragraph points to it), so indicators come from the WRES indicator column ONLY – never from the WDES metric column ('4a', '5' etc.) – and '–' = [] (row 25, a disability-only action, stays an action with indicators []); theme = the merged Equality Objective cell; target dates are real dates shown dd/mm/yyyy; status = the RAG word, rag from its fill per the key (Complete = blue, On track = green, Some delay = amber, Not started = grey → null); the sub-headings, link lines and paragraphs above are context (the EDS2 paragraph's 2019-2023 is not a due); no progress column.", { mode: 'fill', ragCol: 'H', themeCol: 'A', crossRef: { metricCol: 'D', otherCols: ['E'] }, forbidden: ['RAG key:', 'May 2019', '2019-2023'] });
}
