// holdout49-wdes-2021-22-brantwick: a community trust's WDES plan with a TICK column – two people filled it in, one typing ✓ and the
// other ✔, with x for not done; a 'Data' sheet of metric figures first; the header of the tick column is the tick itself.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brantwick Community Health NHS Trust';
  const data = book.wb.addWorksheet('Data');
  data.getColumn(1).width = 52; data.getColumn(2).width = 14; data.getColumn(3).width = 14;
  const dr = [[`${trust} – WDES metrics 2021`], [], ['Metric', 'Disabled', 'Non-disabled'], ['4a  Harassment from patients / public', '29.8%', '22.1%'], ['4b  Harassment from managers', '14.2%', '8.7%'], ['5  Equal opportunities for career progression', '49.5%', '56.0%'], ['6  Presenteeism', '31.0%', '20.4%'], ['7  Feeling valued', '33.6%', '44.9%'], ['8  Adequate adjustments', '71.2%', '']];
  dr.forEach((v, i) => { const row = data.getRow(i + 1); v.forEach((x, j) => { row.getCell(j + 1).value = x; if (i === 0 || i === 2) row.getCell(j + 1).font = { bold: true }; }); });
  const p = new Plan(book, { name: 'holdout49-wdes-2021-22-brantwick', sheet: 'Actions', standard: 'WDES', period: '2021-22', trust, widths: [9, 50, 26, 14, 6, 40] });
  p.line(['WDES action plan 2021/22'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 }, color: C.teal } });
  p.line(['Figures on the Data tab. Tick when done, x if it did not happen, leave blank if still going. Reviewed at the Disability Equality Group.'], { merge: ['A', 'F'], style: { italic: true } });
  p.header(['Metric', 'We will…', 'Owner', 'When', '✓', 'Notes'], { style: { fill: 'FFE2F0D9' } });
  const rows = [
    ['1', 'Run a "Why tell us?" campaign so staff update their disability status in ESR self-service.', 'Workforce Information Manager', 'Sep 21', '✓', 'Declaration up from 3.9% to 5.6%.'],
    ['2', 'Check every shortlisting panel applies the Disability Confident interview guarantee.', 'Recruitment Lead', 'Dec 21', '✔', 'Monthly audit in place since October.'],
    ['4a', 'Give lone-working community nurses a quick way to report verbal abuse from patients on the e-rostering app.', 'Health & Safety Manager', 'Jan 22', 'x', 'App supplier could not add the button this year.'],
    ['4b', 'Add a session on ableist language to the Leading Teams course for band 6 and 7 managers.', 'OD Practitioner', 'Nov 21', '✔', ''],
    ['5', 'Offer disabled staff a place on the Stepping Up career coaching scheme.', 'Head of OD', 'Mar 22', '', 'Nine places taken so far.'],
    ['6 & 7', 'Launch a wellbeing conversation that covers disability and long-term conditions in every appraisal.', 'Head of OD', 'Oct 21', '✓', 'Form changed; in use from October.'],
    ['8', 'Move reasonable adjustments to a central budget with a tailored adjustments passport.', 'Deputy Director of People', 'Mar 22', '', 'Passport drafted; budget bid in.'],
    ['9a', 'Fund the disability network chair for one day a month of protected time.', 'Director of People', 'Jul 21', '✓', 'Agreed by Exec 6 July.'],
    ['10', 'Invite disabled staff to a board development session on the WDES results.', 'Trust Secretary', 'Feb 22', 'x', 'Session cancelled (winter pressures); rebooked for May.'],
  ];
  for (const [m, act, own, when, tick, note] of rows) {
    p.action([m, act, own, when, tick, note], { indicators: m === '6 & 7' ? ['6', '7'] : [m], action: act, lead: own, due: when, status: tick, progress: note }, { styles: [{}, {}, {}, {}, { alignment: { horizontal: 'center' }, font: { size: 12 } }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) in TWO SHEETS: 'Data' (the trust named in its title, then a small table of WDES 2021 figures, disabled against non-disabled) and 'Actions' (gold sheet): a teal title 'WDES action plan 2021/22' (row 1, the trust not repeated), an italic instruction line (row 2: tick when done, x if it did not happen, blank if still going), one pale-green header 'Metric | We will… | Owner | When | ✓ | Notes' (row 3) – the STATUS COLUMN'S HEADER IS A TICK – and nine actions. PROGRESS IS RECORDED AS TICKS typed by two different people: '✓' (U+2713) on some rows and '✔' (U+2714) on others, 'x' for not done, blank for still going. No fill, no colour. Judgement calls: status = the mark exactly as typed ('✓', '✔', 'x'), '' where blank – the two tick characters are not made one, and nothing is turned into a word; rag null (the instruction line explains the marks but gives no colours); progress = Notes, '' where empty; indicators from the Metric column in the 2021 set ('4a', '9a', '6 & 7' → ['6','7']); lead = Owner; due = When as typed ('Sep 21', text); no refs, theme null; the Data sheet's figures are not actions.", { statusCol: 'E', progressCol: 'F' });
}
