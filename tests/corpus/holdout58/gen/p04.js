// holdout58-wres-2016-17-severnmoor: ambulance trust, first-year style WRES plan 16 columns wide: the indicator and its 2016 figures
// (BME / White / Gap under a merged '2016 data' band) MERGED DOWN over the one or two actions that answer them; resource, cost,
// dependencies and risks columns; text timescales; one 'Progress (March 2017)' column; no status column.
import { Book, Plan, C, wideAction, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Severnmoor Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout58-wres-2016-17-severnmoor', sheet: 'Sheet1', standard: 'WRES', period: '2016-17', trust, font: { name: 'Arial', size: 10 },
    widths: [6, 30, 9, 9, 9, 44, 28, 20, 18, 20, 10, 26, 26, 14, 34, 6] });
  const ws = p.ws;
  p.line([`${trust}`], { merge: ['A', 'O'], style: { bold: true, font: { size: 14 }, color: C.darkgreen || C.green } });
  p.line(['Workforce Race Equality Standard – Action Plan 2016/17'], { merge: ['A', 'O'], style: { bold: true, font: { size: 12 } } });
  p.line(['Approved by the Trust Board on 27 July 2016. Figures are from the WRES return of 1 April 2016 (BME = Black and Minority Ethnic).'], { merge: ['A', 'O'], style: { italic: true } });
  const band = p.header(['', '', '2016 data', '', '', '', '', '', '', '', '', '', '', '', ''], { merge: [['C', 'E']], style: { fill: C.grey, alignment: { horizontal: 'center' } } });
  const hdr = p.header(['Ind.', 'Indicator', 'BME', 'White', 'Gap', 'Action', 'Outcome sought', 'Lead', 'Supported by', 'Resource required', 'Cost (£)', 'Dependencies', 'Risks to delivery', 'Timescale', 'Progress (March 2017)'], { style: { fill: C.grey } });
  ws.views = [{ state: 'frozen', xSplit: 5, ySplit: hdr }];
  const M = { action: 5, outcome: 6, lead: 7, due: 13, progress: 14 };
  const groups = [
    ['1', 'Staff in each AfC band and VSM compared with the workforce as a whole', 0.041, 0.959, '', [
      ['Advertise paramedic and emergency care assistant posts through community radio, mosques, temples and churches in the three cities.', 'More BME applicants for frontline roles', 'Head of Recruitment', 'Communications Team', 'Advertising budget', 6000, 'Recruitment campaign calendar', 'Low response outside the cities', 'Sept 2016', 'Two campaigns run; BME applicants up from 3.9% to 6.2%.'],
      ['Offer pre-application workshops on the driving licence (C1) requirement to BME community groups.', 'Fewer BME applicants lost at the licence stage', 'Head of Education', 'Fleet Training', 'Trainer time', 2500, 'Fleet training capacity', 'Candidates cannot fund C1 test', 'Q3 2016/17', 'Three workshops held with 41 attendees.'],
    ]],
    ['2', 'Relative likelihood of White staff being appointed from shortlisting compared with BME staff', 0.26, 0.41, 1.58, [
      ['Train every recruiting manager in unconscious bias before they next sit on a panel.', 'Likelihood ratio below 1.25', 'Head of Recruitment', 'EDI Manager', 'E-learning licence', 1200, 'LMS upgrade', 'Managers not released for training', 'December 2016', '78% of recruiting managers trained.'],
    ]],
    ['3', 'Relative likelihood of BME staff entering the formal disciplinary process', 0.031, 0.018, 1.72, [
      ['Have an HR business partner review each case against a BME colleague before a formal investigation starts.', 'Fewer cases going formal without a review', 'Head of HR', '', 'Within existing resources', 0, 'None', 'Case volumes in winter', 'October 2016', 'In place from October; 6 of 9 cases resolved informally.'],
    ]],
    ['4', 'Relative likelihood of staff accessing non-mandatory training and CPD', 0.33, 0.38, 0.87, [
      ['Publish all CPD opportunities on the intranet with a clear application route, instead of by station manager nomination.', 'Equal access to CPD', 'Head of Education', 'Station Managers', 'Intranet page', 0, 'Intranet redesign', '', 'January 2017', 'Page live January 2017.'],
    ]],
    ['5', 'Staff experiencing harassment, bullying or abuse from patients, relatives or the public (staff survey)', 0.42, 0.35, '', [
      ['Record racist abuse from patients as a category on the incident reporting system and follow each report up within 72 hours.', 'Every racist incident followed up', 'Head of Risk', 'Control Room Managers', 'Datix configuration', 800, 'Datix supplier', 'Under-reporting by crews', 'November 2016', 'Category live; 23 reports in first four months.'],
      ['Give crews a short script and a flag on the patient record for repeat abusers.', 'Crews feel supported', 'Head of Operations', 'Clinical Safety Lead', 'None', 0, 'Patient record flag (CAD)', 'Information governance approval', 'March 2017', 'IG approval awaited.'],
    ]],
    ['7', 'BME staff believing the trust provides equal opportunities for career progression or promotion', 0.63, 0.74, '', [
      ['Start a BME staff network with an executive sponsor and a budget.', 'Network meeting quarterly', 'Director of Workforce', 'EDI Manager', 'Staff time and budget', 3000, 'Executive sponsor agreed', 'Low membership at rural stations', 'Q2 2016/17', 'Network launched September 2016 with 38 members.'],
    ]],
  ];
  for (const [ind, name, bme, white, gap, acts] of groups) {
    const first = p.r + 1;
    acts.forEach((a, i) => {
      const v = i === 0 ? [ind, name, bme, white, gap, ...a] : ['', '', '', '', '', ...a];
      const pct = ind === '1' || ind === '5' || ind === '7' || ind === '3';
      const st = { 2: { numFmt: pct ? '0.0%' : '0.00' }, 3: { numFmt: pct ? '0.0%' : '0.00' }, 4: { numFmt: '0.00' }, 10: { numFmt: '£#,##0' } };
      wideAction(p, v, M, { indicators: [ind], lead: a[2], due: a[8] }, { styles: st });
    });
    const last = p.r;
    for (const c of ['A', 'B', 'C', 'D', 'E']) mergeDown(ws, c, first, last);
  }
  p.blank();
  p.line(['Indicators 6, 8 and 9 are covered by the Organisational Development Strategy and are not repeated here.'], { merge: ['A', 'O'], style: { italic: true } });
  p.line(['Signed: ………………………  Director of Workforce          Date: ………………'], { merge: ['A', 'O'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original wide first-years plan (fictional ambulance trust), 15 filled columns on 'Sheet1': trust name, title, an approval-and-source line, a grey BAND ROW ('2016 data' merged over C–E, row 4) above the header (row 5) 'Ind. | Indicator | BME | White | Gap | Action | Outcome sought | Lead | Supported by | Resource required | Cost (£) | Dependencies | Risks to delivery | Timescale | Progress (March 2017)'; frozen at F6. The indicator number, its wording and its 2016 figures (percentages, likelihood ratios, some gaps blank) are MERGED DOWN over the one or two actions that answer them. No status column. A note that indicators 6, 8 and 9 sit elsewhere and an unsigned signature line close the sheet. Judgement calls: every row with an action is an action, the second action of a merged group taking the indicator of the merged cell; indicators from the Ind. column only – '1-9' style numbers never appear, and the figures (0.041, 1.58…) are not indicators, progress or outcomes; lead = Lead, never 'Supported by'; due = Timescale as written ('Sept 2016', 'Q3 2016/17', 'March 2017'); outcome = Outcome sought; progress = Progress (March 2017); Resource, Cost, Dependencies and Risks are context; status '' and rag null throughout; the footnote naming indicators 6, 8 and 9 is not an action and gives no indicators; the signature line's role is not a lead; theme null.",
    { wide: { headerRow: hdr, bands: [band] }, cols: { action: 'F', lead: 'H', due: 'N', outcome: 'G', progress: 'O', status: 'P' }, indCol: 'A', frozen: [5, hdr], notFrom: ['I', 'J', 'L', 'M'] });
}
