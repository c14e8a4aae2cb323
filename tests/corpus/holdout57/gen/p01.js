// holdout57-wres-2016-17-ridgewell: an acute trust's early WRES plan in THREE columns – 'Indicator' merged down beside its actions,
// 'What we will do' as long paragraphs, and 'Who and by when' as one SENTENCE per action naming the lead (and sometimes a partner)
// and the date. ASSUMED layout (no single source), typical of first-year plans typed straight into Excel.
import { Book, Plan, C, mergeDown } from './lib.js';
import { fitRows } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Ridgewell Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout57-wres-2016-17-ridgewell', sheet: 'WRES plan', standard: 'WRES', period: '2016-17', trust, widths: [24, 78, 44], font: { name: 'Calibri', size: 11 } });
  p.line([`${trust}`], { merge: ['A', 'C'], style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard – action plan for 2016/17'], { merge: ['A', 'C'], style: { bold: true, font: { size: 12 } } });
  p.line(['Our second WRES return (July 2016) showed some improvement in the number of BME staff in senior nursing posts but little change elsewhere. The actions below were agreed with the BME Staff Network at its meeting on 14 June 2016 and will be reported to the Workforce and OD Committee twice during the year.'], { merge: ['A', 'C'], height: 48 });
  p.blank();
  p.header(['Indicator', 'What we will do', 'Who and by when'], { style: { fill: C.nhs, color: C.white } });
  const groups = [
    ['Indicator 1\nBME staff in each AfC band compared with the workforce as a whole', ['1'], [
      ['Break the band profile down by directorate and share it with each directorate\'s senior team, so that every directorate can see where BME staff are under-represented above Band 6 and agree its own improvement figure for the next return.', 'The Head of Workforce Information, with the directorate HR business partners, by the end of October 2016.', 'Head of Workforce Information', 'end of October 2016'],
      ['Run two "Stepping Up" development cohorts of twelve places each for BME nurses and allied health professionals at Bands 5 and 6, with a senior sponsor for every participant and protected study time agreed with their manager before the course begins.', 'Led by the Associate Director of Nursing (Education); the first cohort to finish by March 2017.', 'Associate Director of Nursing (Education)', 'March 2017'],
    ]],
    ['Indicator 2\nRelative likelihood of appointment from shortlisting', ['2'], [
      ['Put a trained BME assessor on the interview panel for every post at Band 7 and above. We will train a pool of at least thirty assessors from across the Trust and keep a rota so that no panel is delayed waiting for one.', 'The Head of Recruitment will own this and have the pool trained by December 2016.', 'Head of Recruitment', 'December 2016'],
      ['Check shortlisting and appointment figures every quarter for each directorate and ask the directorate to explain any post where a shortlisted BME candidate was not appointed and the gap is wider than the Trust average.', 'Head of Recruitment – quarterly from September 2016.', 'Head of Recruitment', 'quarterly from September 2016'],
    ]],
    ['Indicator 3\nEntry into the formal disciplinary process', ['3'], [
      ['Introduce a pre-formal check for every proposed disciplinary case so that an HR manager who is not involved looks at whether an informal route would be fairer, and record the outcome of the check.', 'Deputy Director of HR; to be in place before 1 November 2016.', 'Deputy Director of HR', '1 November 2016'],
    ]],
    ['Indicators 5 and 6\nHarassment, bullying or abuse from patients and from staff', ['5', '6'], [
      ['Write to every ward and department manager about the new zero-tolerance poster campaign, then visit the twelve areas with the highest staff survey scores for harassment to talk through what support staff need after an incident.', 'The Staff Health and Wellbeing Manager, supported by the BME Staff Network chair, by March 2017.', 'Staff Health and Wellbeing Manager', 'March 2017'],
    ]],
    ['Indicator 9\nBME Board membership', ['9'], [
      ['Ask the recruitment agency used for non-executive appointments to produce a long list that includes BME candidates for each vacancy, and advertise through the regional BME leadership networks as well as the usual national press.', 'Trust Secretary, for the next non-executive vacancy (expected spring 2017).', 'Trust Secretary', 'spring 2017'],
    ]],
  ];
  const secs = [];
  for (const [ind, inds, acts] of groups) {
    const first = p.r + 1;
    acts.forEach(([a, ww, lead, due], i) => {
      p.action([i === 0 ? ind : undefined, a, ww], { indicators: inds, action: a, lead, due, dueSource: 'column' }, { styles: [{ bold: true }] });
    });
    mergeDown(p.ws, 'A', first, p.r);
  }
  p.blank();
  p.line(['Approved by the Workforce and OD Committee, 19 July 2016. Next review: January 2017.'], { merge: ['A', 'C'], style: { italic: true } });
  fitRows(p);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, an acute foundation trust) in THREE COLUMNS: trust name, plan title, an intro paragraph (the July 2016 return, the BME Staff Network meeting of 14 June 2016), a blank row, one NHS-blue header 'Indicator | What we will do | Who and by when' (row 5), then seven actions with the indicator cell ('Indicator 2\\nRelative likelihood …', 'Indicators 5 and 6\\n…') merged down beside its one or two actions, and an approval line under the table. The action cells are long paragraphs (two or three sentences each – one action per row). The 'Who and by when' cell is ONE SENTENCE per action that names the lead, sometimes a partner, and a date ('The Head of Recruitment will own this and have the pool trained by December 2016.'; 'Led by the Associate Director of Nursing (Education); the first cohort to finish by March 2017.'; 'Head of Recruitment – quarterly from September 2016.'). Judgement calls: lead = the role that leads, read out of the sentence – the partner after 'with' / 'supported by' is not added (the directorate HR business partners, the BME Staff Network chair); due = the date phrase as written ('end of October 2016', 'quarterly from September 2016', '1 November 2016' from 'before 1 November 2016', 'spring 2017' from the bracket), dueSource 'column' (the column gives it); indicators from the merged indicator cell ('Indicators 5 and 6' → ['5','6']); the indicator cell is merged context, not a theme (theme null); no status column (status '', rag null); the intro's dates, the approval and review dates are not dues.", { indFrom: { from: 'col', col: 'A' }, notFrom: [], sentenceCol: 'C' });
}
