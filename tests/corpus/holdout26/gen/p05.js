// holdout26-wres-2019-20-wyrebridge: follows an acute trust's 'Workforce Race Equality Standard (WRES) 2019 Report'
// (https://vdocument.in/workforce-race-equality-standard-wres-2019-workforce-race-equality-standard.html): an Executive Summary naming
// the nine indicators in three WORKFORCE THEMES – workforce diversity (indicators 1 – 4), staff experience (indicators 5 – 8) and
// leadership diversity (indicator 9) – a list of key findings (workforce composite, consultant workforce, medical / non-medical
// shares), and 'Areas of focus for the coming year, 2019/20'.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wyrebridge Teaching Hospitals NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout26-wres-2019-20-wyrebridge', sheet: 'WRES 2019', standard: 'WRES', period: '2019-20', trust, widths: [30, 62, 11, 30, 14, 14] });
  const wide = (t, st = {}, h) => p.line([t, null, null, null, null, null], { merge: ['A', 'F'], style: st, height: h });
  wide(trust, { bold: true, color: C.nhs });
  wide('Workforce Race Equality Standard (WRES) 2019 Report', { bold: true, font: { size: 16 } });
  wide('Executive Summary', { bold: true, font: { size: 12 } });
  wide('The nine WRES indicators fall into three workforce themes: workforce diversity (indicators 1 – 4), staff experience (indicators 5 – 8) and leadership diversity (indicator 9). This report compares 2018/19 with 2017/18 under each theme and sets out our areas of focus for 2019/20.', {}, 45);
  wide('Key findings', { bold: true });
  for (const t of ['• The Trust\'s workforce is White 79.6%, BAME 19.1% and 1.3% unknown.', '• 58% of the consultant workforce is BAME.', '• 13.4% of the non-medical workforce is BAME, against 24% of the local working-age population.', '• BAME staff were 1.62 times more likely than White staff to enter a formal disciplinary process.']) wide(t);
  p.blank();
  wide('Areas of focus for the coming year, 2019/20', { bold: true, font: { size: 13 }, color: C.nhs });
  p.line(['Key:', 'Complete', 'On track', 'Delayed', 'Not started', null], { styles: [{ bold: true }, { fill: C.green }, { fill: C.lightgreen }, { fill: C.amber }, { fill: C.grey }] });
  p.header(['Area of focus', 'What we will do', 'Indicator', 'Executive lead', 'Quarter', 'Status'], { style: { fill: C.navy, color: C.white } });
  const secs = [];
  const theme = (h, rows) => {
    secs.push(p.line([h, null, null, null, null, null], { merge: ['A', 'F'], style: { bold: true, fill: C.paleblue } }));
    let first = true;
    for (const [area, t, ind, lead, q, st] of rows) {
      const fill = { Complete: C.green, 'On track': C.lightgreen, Delayed: C.amber, 'Not started': C.grey }[st];
      const rag = { Complete: 'green', 'On track': 'green', Delayed: 'amber', 'Not started': null }[st];
      p.action([area, t, ind, lead, q, st], { indicators: ind ? ind.split(', ') : [], theme: h, action: t, lead, due: q, status: st, rag }, { border: true, styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, {}, { fill }] });
      first = false;
    }
  };
  theme('Workforce diversity (indicators 1 – 4)', [
    ['Representation at band 7 and above', 'Set a target for BAME representation at bands 7 to 8b in every division\'s workforce plan.', '1', 'Chief People Officer', 'Q2 2019/20', 'Complete'],
    ['Recruitment', 'Use diverse interview panels and anonymised shortlisting for all posts at band 7 and above.', '2', 'Chief People Officer', 'Q3 2019/20', 'On track'],
    ['Disciplinary process', 'Introduce a pre-formal review of every case, led by a senior HR manager and a trained BAME colleague.', '3', 'Chief People Officer', 'Q2 2019/20', 'On track'],
    ['Training and development', 'Publish the criteria for funded CPD and report who receives it by ethnicity.', '4', 'Chief Nurse', 'Q4 2019/20', 'Not started']]);
  theme('Staff experience (indicators 5 – 8)', [
    ['Bullying and harassment', 'Train 150 staff as active bystanders, starting in the emergency department and theatres.', '5, 6', 'Chief Nurse', 'Q3 2019/20', 'Delayed'],
    ['Discrimination', 'Give the BAME staff network a direct route to the Board through a non-executive champion.', '8', 'Chief Executive', 'Q1 2019/20', 'Complete']]);
  theme('Leadership diversity (indicator 9)', [
    ['Board representation', 'Offer Board shadowing places to BAME senior managers and report the outcome to the Nominations Committee.', '9', 'Chair', 'Q4 2019/20', 'On track']]);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute teaching trust) following an acute trust's published WRES 2019 Report: trust name, title, an Executive Summary paragraph naming the three workforce THEMES with their indicator RANGES ('workforce diversity (indicators 1 – 4)' …), 'Key findings' bullets with percentages and a ratio, then 'Areas of focus for the coming year, 2019/20', a colour KEY row (Complete dark green, On track light green, Delayed amber, Not started grey), the header `Area of focus | What we will do | Indicator | Executive lead | Quarter | Status`, and three theme rows (shaded, merged) each followed by its actions. Judgement calls: theme = the theme row ('Workforce diversity (indicators 1 – 4)'); indicators = the Indicator column only ('5, 6' → ['5','6']) – the RANGE in the theme row ('1 – 4') is not the action's indicator list; the area of focus is a short label, not the action (action = 'What we will do'); due = the Quarter cell as written ('Q2 2019/20'); status = the status word, rag from its fill (Complete and On track green, Delayed amber, Not started grey → null); the key findings and the key row are context.", { sections: secs, mode: 'fill', ragCol: 'F', notFrom: ['A'] });
}
