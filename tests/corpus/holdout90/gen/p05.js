// holdout90-wdes-2021-22-dunthwaite: mental health trust. The 'RAG' cell is a FORMULA pointing at a HIDDEN 'Score' column (1–3); a
// 3-traffic-light ICON SET with the number hidden is all a reader sees. One action not yet scored (empty score → formula shows nothing).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Dunthwaite and Fellside Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout90-wdes-2021-22-dunthwaite', sheet: 'WDES Action Plan', standard: 'WDES', period: '2021-22', trust, widths: [7, 10, 50, 26, 12, 40, 7, 3, 10], font: { name: 'Arial', size: 10 } });
  p.line([`${trust}`], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.purple } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2021-22'], { merge: ['A', 'G'], style: { bold: true } });
  p.line(['RAG (lights):  green = complete or on track   amber = at risk   red = off track.  No light = not yet assessed.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  const h = p.header(['Ref', 'Metric', 'Action', 'Responsible lead', 'Completion date', 'Progress update (Dec 2021)', 'RAG', '', 'Score (1–3)'], { style: { fill: C.lilac } });
  p.ws.getColumn(8).hidden = true; p.ws.getColumn(9).hidden = true;
  p.ws.views = [{ state: 'frozen', ySplit: h }];
  const rows = [
    ['D01', 'M1', 'Add disability declaration to the annual appraisal form so every member of staff is asked once a year.', 'Head of Workforce Systems', 'Sep 2021', 'Question added; 1,140 records updated since August.', 3, ['1']],
    ['D02', 'M2', 'Give recruiting managers a short guide on making adjustments at interview, and ask candidates about adjustments in every invitation letter.', 'Recruitment Lead', 'Oct 2021', 'Letters changed; guide with the Disability Network for review.', 2, ['2']],
    ['D03', 'M3', 'Review the last three years of capability cases involving disabled staff with Staff Side and publish what we learn.', 'Head of Employee Relations', 'Jan 2022', 'Data pulled; review meeting not yet arranged.', 1, ['3']],
    ['D04', 'M4a', 'Give ward staff on adult acute and PICU wards training in dealing with disability-related abuse from patients.', 'Head of Nursing – Inpatients', 'Mar 2022', 'Training designed; first sessions in January.', 2, ['4a']],
    ['D05', 'M4b', 'Make sure reports of harassment from managers or colleagues can be made confidentially through the FTSU Guardian.', 'Freedom to Speak Up Guardian', 'Nov 2021', 'Confidential route publicised in November.', 3, ['4b']],
    ['D06', 'M5', 'Offer coaching from the Trust’s coaching pool to disabled staff at Bands 5–7 who apply for promotion.', 'Head of OD', 'Feb 2022', '', null, ['5']],
    ['D07', 'M6, M7', 'Train line managers in supportive return-to-work conversations and in not pressing staff to attend when unwell.', 'Head of HR Operations', 'Mar 2022', 'Module on the Learning Hub; 210 managers completed.', 3, ['6', '7']],
    ['D08', 'M8', 'Set a 6-week target for putting agreed reasonable adjustments in place, and report against it to the People Committee.', 'Occupational Health Lead', 'Dec 2021', 'Target agreed; average now 11 weeks.', 1, ['8']],
    ['D09', 'M9a, M9b', 'Give the Disability & Neurodiversity Network a budget and two hours of protected time a month for its chair.', 'Chief People Officer', 'Jul 2021', 'Budget and time agreed in July.', 3, ['9a', '9b']],
  ];
  let first = 0, last = 0;
  for (const [ref, met, act, lead, by, upd, score, inds] of rows) {
    const r = p.r + 1;
    const rag = score == null ? null : { 3: 'green', 2: 'amber', 1: 'red' }[score];
    p.action([ref, met, act, lead, by, upd, score == null ? { formula: `IF(I${r}="","",I${r})`, result: '' } : { formula: `IF(I${r}="","",I${r})`, result: score }, '', score ?? ''], { ref, indicators: inds, action: act, lead, due: by, status: '', rag, progress: upd },
      { styles: [{}, {}, {}, {}, {}, {}, { alignment: { horizontal: 'center', vertical: 'middle' } }, {}, { alignment: { horizontal: 'center' } }] });
    if (!first) first = r; last = r;
  }
  p.ws.addConditionalFormatting({ ref: `G${first}:G${last}`, rules: [{ type: 'iconSet', iconSet: '3TrafficLights1', showValue: false, priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }] }] });
  for (let r = first; r <= last; r++) p.ws.getCell(`I${r}`).dataValidation = { type: 'whole', operator: 'between', allowBlank: true, showErrorMessage: true, formulae: [1, 3] };
  p.blank();
  p.line(['Approved by the People and Culture Committee, 14 October 2021. Next review: April 2022.'], { merge: ['A', 'G'], style: { italic: true, font: { size: 9 } } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional mental health FT), Arial 10. Sheet 'WDES Action Plan': purple trust name, title, an italic KEY LINE for the lights (green = complete or on track, amber = at risk, red = off track, no light = not yet assessed), a blank row, a lilac header 'Ref | Metric | Action | Responsible lead | Completion date | Progress update (Dec 2021) | RAG | (hidden H) | Score (1–3)' (row 5, frozen) – columns H and I are HIDDEN, nine actions D01–D09 and an approval line. The RAG cell (G) holds a FORMULA =IF(In=\"\",\"\",In) that copies the hidden score; a '3 Traffic Lights' ICON SET with the value hidden paints it (3 green, 2 amber, 1 red), so a reader sees only a light. D06 has no score – its formula shows nothing and no light. Judgement calls: status '' (no word is ever shown), rag = the light (3 → green, 2 → amber, 1 → red); D06 → rag null; the hidden score column gives no field of its own; indicators from 'M' codes ('M6, M7' → ['6','7'], 'M9a, M9b' → ['9a','9b']); ref = Ref; lead = Responsible lead; due = Completion date as typed ('Sep 2021'); progress = Progress update ('' for D06). The approval and next-review dates are no dues. Theme null.", { mode: 'icon', ragCol: 'G', icons: { 3: 'green', 2: 'amber', 1: 'red' }, forbidden: ['14 October 2021', 'April 2022'] });
}
