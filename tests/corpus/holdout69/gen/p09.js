// holdout69-wdes-2022-23-ardenvale: mental health trust, a Board APPENDIX printed from Excel: 'Appendix 3' tag, a CONTENTS list with
// page numbers, purpose paragraph, the plan under section rows with a one-letter RAG on fills (key above), a GLOSSARY and a numbered
// CONTROLLED-COPY distribution list at the end.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Arden Vale Partnership NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout69-wdes-2022-23-ardenvale', sheet: 'Appendix 3 - WDES', standard: 'WDES', period: '2022-23', trust, widths: [7, 10, 54, 28, 15, 7, 40], font: { name: 'Arial', size: 10 } });
  const ws = p.ws; const furn = [];
  furn.push(p.line(['', '', '', '', '', 'Appendix 3', ''], { merge: ['F', 'G'], styles: [{}, {}, {}, {}, {}, { bold: true, alignment: { horizontal: 'right' } }] }));
  furn.push(p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 13 }, color: C.purple } }));
  furn.push(p.line(['Workforce Disability Equality Standard 2022 – Action Plan 2022/23 and Quarter 3 Update'], { merge: ['A', 'G'], style: { bold: true, font: { size: 15 } } }));
  p.blank();
  furn.push(p.line(['Contents', '', '', '', 'Page'], { style: { bold: true } }));
  for (const [s, pg] of [['1. Purpose', '1'], ['2. Action plan and Q3 position', '1–3'], ['3. Glossary', '4'], ['4. Distribution of controlled copies', '4']]) furn.push(p.line([s, '', '', '', pg], { merge: ['A', 'D'] }));
  p.blank();
  furn.push(p.line(['1. Purpose'], { style: { bold: true } }));
  furn.push(p.line(['To give the Board the Quarter 3 position on the WDES plan agreed in October 2022, and to ask it to note two actions at risk (WDE-04 and WDE-07).'], { merge: ['A', 'G'], height: 28 }));
  p.blank();
  furn.push(p.line(['2. Action plan and Q3 position'], { style: { bold: true } }));
  const key = p.line(['RAG:', 'G', 'Complete or on track', 'A', 'Some slippage', 'R', 'At risk / not started'], { styles: [{ bold: true }, { fill: C.green, alignment: { horizontal: 'center' } }, {}, { fill: C.amber, alignment: { horizontal: 'center' } }, {}, { fill: C.red, alignment: { horizontal: 'center' } }, {}], border: false });
  furn.push(key);
  const hdr = p.header(['Ref', 'Metric', 'Action', 'Lead', 'Due', 'RAG', 'Q3 update'], { style: { bold: true, fill: C.purple, color: C.white } });
  ws.pageSetup = { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${hdr}:${hdr}` };
  const secs = []; const FILL = { G: C.green, A: C.amber, R: C.red };
  const plan = [
    ['Inclusive recruitment and data', [
      ['WDE-01', '1', 'Add a "why we ask" explanation to the ESR self-service disability question and remind staff in the pay slip message twice a year.', 'Workforce Information Manager', 'Dec 2022', 'G', 'Declaration up from 61% to 66%.'],
      ['WDE-02', '2', 'Offer every disabled applicant the interview questions 24 hours in advance on request.', 'Recruitment Lead', 'Nov 2022', 'G', 'In the template letter since November.'],
    ]],
    ['Fair treatment', [
      ['WDE-03', '3', 'Require an Access to Work and occupational health check before any formal capability stage for performance linked to health.', 'Head of Employee Relations', 'Jan 2023', 'G', 'Policy amended; ER team briefed.'],
      ['WDE-04', '4a', 'Run a campaign on the wards on reporting abuse from service users that relates to a staff member\'s disability.', 'Head of Security and Violence Reduction', 'Mar 2023', 'R', 'Not started – lead vacancy until February.'],
      ['WDE-05', '4b', 'Make it possible to report harassment anonymously through the staff app.', 'Head of Digital', 'Feb 2023', 'A', 'App change in test; launch moved to April.'],
    ]],
    ['Valued and supported', [
      ['WDE-06', '8', 'Set up a reasonable-adjustments panel that decides requests within four weeks.', 'Head of Health and Wellbeing', 'Dec 2022', 'G', 'Panel meeting fortnightly; median 19 days.'],
      ['WDE-07', '5', 'Run a careers clinic for disabled staff with coaching from senior leaders.', 'Head of Leadership and Talent', 'Mar 2023', 'R', 'Coaches not yet recruited.'],
      ['WDE-08', '9b', 'Agree terms of reference for the DAWN (Disability and Wellbeing Network) with protected time for its officers.', 'Chief People Officer', 'Oct 2022', 'G', 'Agreed at People Committee 20 October.'],
      ['WDE-09', '10', 'Add disability to the Board diversity section of the annual report.', 'Trust Secretary', 'Jun 2023', 'A', 'Wording drafted; waits for year-end data.'],
    ]],
  ];
  for (const [t, acts] of plan) {
    secs.push(p.line([t], { merge: ['A', 'G'], style: { bold: true, fill: C.lilac }, border: true }));
    for (const [ref, m, a, lead, due, rag, upd] of acts) p.action([ref, m, a, lead, due, rag, upd], { ref, indicators: [m], theme: t, action: a, lead, due, status: rag, rag: { G: 'green', A: 'amber', R: 'red' }[rag], progress: upd }, { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, { fill: FILL[rag], bold: true, alignment: { horizontal: 'center' } }] });
  }
  p.blank();
  furn.push(p.line(['3. Glossary'], { style: { bold: true } }));
  for (const [t, m] of [['DAWN', 'Disability and Wellbeing Network – the Trust\'s staff network for disabled staff and staff with long-term conditions'], ['ESR', 'Electronic Staff Record'], ['ER', 'Employee Relations'], ['WDES', 'Workforce Disability Equality Standard – ten metrics comparing disabled and non-disabled staff']]) furn.push(p.line([t, m], { merge: ['B', 'G'], styles: [{ bold: true }], border: true }));
  p.blank();
  furn.push(p.line(['4. Distribution of controlled copies'], { style: { bold: true } }));
  furn.push(p.line(['Copy', 'Holder', '', 'Location'], { merge: ['B', 'C'], style: { bold: true, fill: C.palegrey }, border: true }));
  for (const [c, h, l] of [['1', 'Chair of the Board', 'Board papers, January 2023'], ['2', 'Chief People Officer', 'People directorate file'], ['3', 'DAWN network chair', 'Network shared drive'], ['4', 'Trust Secretary', 'Governance library']]) furn.push(p.line([c, h, '', l], { merge: ['B', 'C'], border: true }));
  furn.push(p.line(['Copies printed from the intranet are uncontrolled.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 8 } } }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold(`Original plan (fictional mental health and community foundation trust) printed as APPENDIX 3 to a Board paper: an 'Appendix 3' tag at the top right, the trust name, the title 'WDES 2022 – Action Plan 2022/23 and Quarter 3 Update', a CONTENTS list with page numbers ('1. Purpose 1', '2. Action plan and Q3 position 1–3', '3. Glossary 4', '4. Distribution of controlled copies 4'), '1. Purpose' and a paragraph that names two actions at risk, '2. Action plan and Q3 position' with a RAG KEY row (G / A / R letters on fills with their meanings), the header 'Ref | Metric | Action | Lead | Due | RAG | Q3 update' (row ${hdr}, print title), three lilac section rows ('Inclusive recruitment and data', 'Fair treatment', 'Valued and supported') with nine actions WDE-01 … WDE-09, then '3. Glossary' (DAWN, ESR, ER, WDES) and '4. Distribution of controlled copies' 'Copy | Holder | Location' with four numbered copies and an 'uncontrolled' line. Judgement calls: contents, purpose, numbered document headings, key, glossary and copy list are not actions and give no field (the page numbers '1–3' / '4' are not dues or refs; the copy holders are not leads – where an action's own Lead cell happens to name the same role, as WDE-08 and WDE-09 do, the lead comes from that cell); the purpose paragraph naming WDE-04 and WDE-07 is not an action; theme = the lilac section row above, not the numbered document heading; indicators from the Metric column ('4a', '4b', '9b' as written, 2022 metrics); status = the letter as written ('G', 'A', 'R') and rag its fill, as the key gives; progress = 'Q3 update'; due as written ('Dec 2022').`,
    { sections: secs, mode: 'fill', ragCol: 'F', forbidden: ['Chair of the Board', 'DAWN network chair', '1–3', 'Board papers, January 2023'], print: { furniture: furn, titles: `${hdr}:${hdr}`, shared: ['G', 'A', 'R', 'Chief People Officer', 'Trust Secretary'] } });
}
