// holdout19-wres-2021-22-cressingham: ORDINARY WRES plan of a TEACHING HOSPITALS trust – trust + title, a KEY ROW of filled
// words above the header; header 'Action | WRES indicator(s) | Accountable lead | Delivery date | Progress to date |
// BRAG' with the ACTION FIRST and no ref; three merged PRIORITY section rows (themes); text FY-quarter and month
// timescales; status words filled.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout19-wres-2021-22-cressingham', sheet: 'Race Equality Plan', standard: 'WRES', period: '2021-22', trust: 'Cressingham Teaching Hospitals NHS Trust', widths: [58, 18, 30, 16, 42, 13] });
  p.line(['Cressingham Teaching Hospitals NHS Trust'], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Race Equality (WRES) Action Plan 2021-22 – mid-year position'], { merge: ['A', 'F'], style: { bold: true } });
  const S = { Complete: [C.blue, 'blue', C.white], 'On target': [C.green, 'green'], Slipping: [C.amber, 'amber'], 'Off target': [C.red, 'red', C.white] };
  p.line(['Key:', null, 'Complete', 'On target', 'Slipping', 'Off target'], { styles: [{ bold: true }, {}, { fill: S.Complete[0], color: C.white }, { fill: S['On target'][0] }, { fill: S.Slipping[0] }, { fill: S['Off target'][0], color: C.white }] });
  p.header(['Action', 'WRES indicator(s)', 'Accountable lead', 'Delivery date', 'Progress to date', 'BRAG'], { style: { fill: C.darkblue, color: C.white } });
  const sec = (t) => p.line([t], { merge: ['A', 'F'], border: true, style: { bold: true, fill: C.lilac } });
  const data = {
    'Priority 1: Fair recruitment and career progression': [
      ['Introduce de-biased job descriptions and adverts for all Band 7 and above posts.', 'WRES 2', ['2'], 'Head of Talent Acquisition', 'Q2 2021/22', 'New template in use since August.', 'Complete'],
      ['Put an independent inclusion assessor on every interview panel for Band 8a and above.', 'WRES 2', ['2'], 'Head of Talent Acquisition', 'Q3 2021/22', '45 assessors trained.', 'On target'],
      ['Run a talent conversation with every BME member of staff at Bands 5–7 as part of appraisal.', 'WRES 1, 7', ['1', '7'], 'Associate Director of OD', 'March 2022', 'Guidance issued; uptake 30%.', 'Slipping'],
      ['Offer secondment and acting-up opportunities through an open expression-of-interest process.', 'WRES 7', ['7'], 'Associate Director of OD', 'Q4 2021/22', 'Not yet started.', 'Off target'],
    ],
    'Priority 2: Tackling bullying, harassment and discrimination': [
      ['Train all band 7+ ward managers in civility and respectful resolution.', 'WRES 6, 8', ['6', '8'], 'Deputy Chief Nurse', 'Q3 2021/22', '60% trained.', 'On target'],
      ['Launch an anti-racism reporting route with the Race Equality Network and the FTSU Guardian.', 'WRES 5, 6, 8', ['5', '6', '8'], 'Freedom to Speak Up Guardian', 'September 2021', 'Launched 20 September.', 'Complete'],
      ['Track disciplinary cases by ethnicity monthly and use a "just culture" check before any investigation.', 'WRES 3', ['3'], 'Head of Employee Relations', 'Q2 2021/22', 'Monthly tracking in place; check live.', 'Complete'],
      ['Report non-mandatory training and CPD spend by ethnicity for each division.', 'WRES 4', ['4'], 'Head of Education', 'Q4 2021/22', 'Data extract failing.', 'Off target'],
    ],
    'Priority 3: Leadership and accountability': [
      ['Set a race equality objective for every executive director in their 2021/22 appraisal.', 'WRES 9', ['9'], 'Chief Executive', 'June 2021', 'All objectives set.', 'Complete'],
      ['Start reverse mentoring for all Board members with staff from the Race Equality Network.', 'WRES 9', ['9'], 'Chief People Officer', 'Q3 2021/22', 'Five of eleven pairs matched.', 'Slipping'],
      ['Report WRES progress to the Board every six months, with divisional scorecards.', 'WRES 1-9', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Chief People Officer', 'Q4 2021/22', 'First report to Board in October.', 'On target'],
    ],
  };
  for (const [theme, rows] of Object.entries(data)) {
    sec(theme);
    for (const [action, ind, inds, lead, due, prog, st] of rows)
      p.action([action, ind, lead, due, prog, st], { indicators: inds, theme, action, lead, due, status: st, rag: S[st][1], progress: prog }, { styles: [{}, {}, {}, {}, {}, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY mid-year WRES plan of a TEACHING HOSPITALS trust: merged trust title and 'Race Equality (WRES) Action Plan 2021-22 – mid-year position', then a KEY ROW (row 3: 'Key:' and the four status words filled in C3:F3 – Complete blue, On target green, Slipping amber, Off target red), then a dark-blue header with the ACTION FIRST and no ref column 'Action | WRES indicator(s) | Accountable lead | Delivery date | Progress to date | BRAG' (row 4). Three merged lilac PRIORITY SECTION ROWS ('Priority 1: Fair recruitment and career progression', 'Priority 2: Tackling bullying, harassment and discrimination', 'Priority 3: Leadership and accountability') each over their actions – gold theme = the section text. Indicators 'WRES N', 'WRES 1, 7', 'WRES 5, 6, 8', 'WRES 1-9' (= all nine). Job-title leads. Delivery dates are TEXT: FY quarters ('Q3 2021/22') and months ('March 2022', 'September 2021'). BRAG cells hold the status words, filled. Judgement calls: the key row above the header is not a header and not an action (its cells are the status words, but it has no action); priority rows are themes; the BRAG word is the status.", { ragCol: 'F', mode: 'fill' });
}
