// holdout48-wres-2024-25-stainmore: follows a district council's published 'Including Everyone Framework' action list (Cherwell District
// Council, https://cherwell.gov.uk/info/5/your-council/1110/including-everyone-framework/2): every line carries a hierarchical code –
// 'EDI1.01 Engage with, and support local community groups and organisations' (an outcome) and under it 'EDI1.01.01 Review existing
// relations …' (an action) – so that outcomes and actions sit in one list told apart only by the length of the code. A local
// authority's layout, taken up here by a primary care collaborative for its WRES plan. ASSUMED: the priority rows (RE1–RE3), the WRES,
// HIA, lead and target columns beside the codes.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Stainmore Primary Care Collaborative';
  const p = new Plan(book, { name: 'holdout48-wres-2024-25-stainmore', sheet: 'Delivery plan', standard: 'WRES', period: '2024-25', trust, widths: [13, 66, 9, 8, 34, 12], font: { name: 'Calibri', size: 11 } });
  const M = ['A', 'F'];
  p.line([trust], { merge: M, style: { bold: true, font: { size: 14 }, color: C.darkblue } });
  p.line(['Race Equality Framework 2024-25 – delivery plan'], { merge: M, style: { bold: true, font: { size: 12 } } });
  p.line(['We are not required to publish the Workforce Race Equality Standard, but our eleven member practices have chosen to report against it. Every line has a code: the first part is the priority (RE1–RE3), the second the outcome, the third the action.'], { merge: M, height: 44 });
  const hdr = p.header(['Code', 'Description', 'WRES', 'HIA', 'Lead', 'Target date'], { style: { fill: C.darkblue, color: C.white } });
  const plan = [
    ['RE1', 'Fair recruitment and progression', [
      ['RE1.01', 'Reach and recruit from all of our local communities', [
        ['RE1.01.01', 'Advertise every clinical and reception vacancy through the two community radio stations and the mosque and gurdwara notice boards, as well as NHS Jobs.', '2', 'HIA 2', 'Workforce Lead (Collaborative)', 'Jun 2024'],
        ['RE1.01.02', 'Remove names and personal details from applications before shortlisting in all member practices.', '2', 'HIA 2', 'Practice Managers Forum chair', 'Sep 2024'],
      ]],
      ['RE1.02', 'Open up progression for ethnic minority staff', [
        ['RE1.02.01', 'Fund five places for ethnic minority receptionists and healthcare assistants on the care navigator to practice manager pathway.', '7', 'HIA 2', 'Training Hub Lead', 'Mar 2025'],
        ['RE1.02.02', 'Record who is offered non-mandatory training and CPD in each practice and compare by ethnicity at year end.', '4', 'HIA 2', 'Workforce Lead (Collaborative)', 'Mar 2025'],
      ]],
    ]],
    ['RE2', 'Safe and respectful workplaces', [
      ['RE2.01', 'Tackle abuse from patients and the public', [
        ['RE2.01.01', 'Adopt one zero-tolerance notice and one reporting form for racist abuse at every front desk.', '5', 'HIA 6', 'Clinical Director, Fellside PCN', 'Jul 2024'],
        ['RE2.01.02', 'Give every reception team a debrief session after any reported incident of racist abuse.', '5, 6', 'HIA 6', 'Practice managers', 'Ongoing'],
      ]],
      ['RE2.02', 'Treat concerns and discipline fairly', [
        ['RE2.02.01', 'Ask the collaborative HR adviser to review every proposed formal disciplinary case before a practice starts it.', '3', 'HIA 6', 'HR Adviser', 'Sep 2024'],
      ]],
    ]],
    ['RE3', 'Leadership and accountability', [
      ['RE3.01', 'Make race equality part of how partners lead', [
        ['RE3.01.01', 'Add race equality to the agenda of the partners’ board every quarter, with the WRES data presented by the Workforce Lead.', '9', 'HIA 1', 'Chair, Partners’ Board', 'Quarterly'],
        ['RE3.01.02', 'Offer a buddy from the same staff group to every internationally recruited GP and nurse in their first six months.', '—', 'HIA 5', 'Training Hub Lead', 'Dec 2024'],
      ]],
    ]],
  ];
  const prio = [], outs = [];
  for (const [pc, pname, outcomes] of plan) {
    prio.push(p.line([pc, pname], { border: true, merge: ['B', 'F'], style: { bold: true, fill: C.tan } }));
    for (const [oc, oname, acts] of outcomes) {
      outs.push(p.line([oc, oname], { border: true, style: { bold: true } }));
      for (const [code, a, w, hia, lead, due] of acts) p.action([code, a, w, hia, lead, due], { ref: code, indicators: w === '—' ? [] : w.split(', '), theme: oname, action: a, lead, due }, { styles: [{}, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, { alignment: { horizontal: 'center', vertical: 'top' } }] });
    }
  }
  p.blank();
  p.line(['Progress is reviewed by the Collaborative Workforce Group each quarter and reported to the Partners’ Board.'], { merge: M, style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional primary care collaborative of eleven GP practices, reporting the WRES by choice) laid out like a council's published framework action list in which every line carries a HIERARCHICAL CODE (Cherwell's 'EDI1.01' outcome / 'EDI1.01.01' action): title, plan name, an intro paragraph that explains the codes, ONE header 'Code | Description | WRES | HIA | Lead | Target date' (row 4), then three tan PRIORITY rows ('RE1' | 'Fair recruitment and progression', merged B–F), bold OUTCOME rows ('RE1.01' | 'Reach and recruit from all of our local communities', bordered like the table, nothing in WRES / HIA / Lead / Target), and ACTION rows with a three-part code ('RE1.01.01'). Judgement calls: only the three-part codes are actions – the one- and two-part codes are headings in the same columns (the outcome rows have a code and a description exactly like an action, but no lead or date); ref = the full code; theme = the OUTCOME's description (the nearest heading), not its code; indicators from the WRES column ('5, 6' → ['5','6']; '—' → [] for the international recruitment buddy); the HIA column ('HIA 2', 'HIA 5') gives no indicator; lead and target as written ('Practice managers', 'Ongoing', 'Quarterly'); no status (status '', rag null).", { dataRows: [...prio, ...outs], crossRef: { metricCol: 'C', otherCols: [] } });
}
