// holdout22-wres-2018-19-ketterby: ORDINARY WRES tracker of a COMMUNITY trust running 0-19 public health nursing and sexual health
// services across four local authorities – trust, title and version line UNMERGED in column A; pale-orange header 'Ref | Service |
// WRES indicator | Action | Lead | Target date | Status | Update (Nov 2018)'; a per-row 'Service' column; 'N – short name'
// indicators; 'Name, role' leads; dd.mm.yy; filled status words; a vertical KEY BLOCK below.
import { Book, Plan, C, D, shown, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ketterby Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout22-wres-2018-19-ketterby', sheet: 'WRES 2018-19', standard: 'WRES', period: '2018-19', trust, widths: [7, 20, 20, 54, 34, 11, 12, 42] });
  p.line([trust], { border: false, style: { bold: true, font: { size: 13 } } });
  p.line(['Workforce Race Equality Standard action plan 2018/19'], { style: { bold: true } });
  p.line(['Version 3 – updated 12 November 2018 for the People Committee'], { style: { italic: true } });
  p.blank();
  p.header(['Ref', 'Service', 'WRES indicator', 'Action', 'Lead', 'Target date', 'Status', 'Update (Nov 2018)'], { style: { fill: C.tan } });
  const S = { Complete: [C.blue, 'blue', C.white], 'On track': [C.green, 'green'], Slipped: [C.amber, 'amber'], 'Not started': [C.red, 'red', C.white] };
  const F = 'dd.mm.yy';
  const data = [
    ['All services', '1 – Workforce', ['1'], 'Publish the ethnicity of staff by band for each of the four local authority contracts.', 'Gareth Pryce, Workforce Information Lead', D(2018, 9, 30), 'Complete', 'Published with the 2018 WRES report.'],
    ['0-19 Public Health Nursing', '1 – Workforce', ['1'], 'Offer BME community staff nurses a place on the specialist community public health nursing (health visiting) training route.', 'Marian Okafor, Head of 0-19 Services', D(2019, 3, 31), 'On track', 'Six applications; interviews in January.'],
    ['All services', '2 – Shortlisting', ['2'], 'Add a diverse panel member to every interview for Band 6 and above.', 'Lucy Barraclough, Recruitment Manager', D(2018, 12, 31), 'Slipped', 'Panel pool of 10; not enough for the sexual health clinics.'],
    ['Sexual Health', '2 – Shortlisting', ['2'], 'Advertise sexual health nurse and health adviser posts through community and faith organisations as well as NHS Jobs.', 'Dr Ravi Menon, Clinical Director, Sexual Health', D(2019, 1, 31), 'On track', 'Two community partners agreed.'],
    ['All services', '3 – Disciplinary', ['3'], 'Review every formal disciplinary case from the last two years by ethnicity and report the findings to the People Committee.', 'Sian Hughes, Head of Employee Relations', D(2018, 11, 30), 'Complete', 'Reported on 12 November.'],
    ['All services', '4 – Training', ['4'], 'Record access to non-mandatory training and CPD by ethnicity for each service.', 'Peter Lowe, Head of Learning', D(2019, 2, 28), 'On track', 'Data now recorded on the learning system.'],
    ['Sexual Health', '5/6 – Harassment', ['5', '6'], 'Introduce a clear process for clinic staff to report racist abuse from service users, with a manager debrief each time.', 'Dr Ravi Menon, Clinical Director, Sexual Health', D(2018, 12, 31), 'Slipped', 'Process drafted; reporting form not yet on Datix.'],
    ['0-19 Public Health Nursing', '5/6 – Harassment', ['5', '6'], 'Make lone-working devices and a buddy system available to all health visitors making home visits.', 'Marian Okafor, Head of 0-19 Services', D(2019, 3, 31), 'Not started', 'Funding bid submitted.'],
    ['All services', '7 – Progression', ['7'], 'Run a "Stepping Up" leadership programme for BME staff at Bands 5–7.', 'Peter Lowe, Head of Learning', D(2019, 3, 31), 'On track', '14 staff on the first cohort.'],
    ['All services', '8 – Discrimination', ['8'], 'Train Freedom to Speak Up champions in each locality to support staff who experience discrimination.', 'Helen Asante, Freedom to Speak Up Guardian', D(2019, 1, 31), 'On track', '8 of 12 champions trained.'],
    ['All services', 'All', ALL_WRES, 'Report WRES progress to the People Committee every quarter and to the Board twice a year.', 'Claire Dunmore, Director of People', D(2019, 3, 31), 'On track', 'Q1 and Q2 reports made.'],
  ];
  let n = 0;
  for (const [svc, ind, inds, action, lead, due, st, upd] of data) {
    const ref = `KC${++n}`;
    p.action([ref, svc, ind, action, lead, due, st, upd], { ref, indicators: inds, action, lead, due: shown(due, F), status: st, rag: S[st][1], progress: upd }, { styles: [{}, {}, {}, {}, {}, { numFmt: F }, { fill: S[st][0], ...(S[st][2] ? { color: S[st][2] } : {}) }] });
  }
  p.blank();
  p.line(['Key', ''], { at: 7, style: { bold: true } });
  for (const [w, m] of [['Complete', 'Action finished'], ['On track', 'Will be delivered by the target date'], ['Slipped', 'Behind the target date but recoverable'], ['Not started', 'Not yet begun']])
    p.line([w, m], { at: 7, border: true, styles: [{ fill: S[w][0], ...(S[w][2] ? { color: S[w][2] } : {}) }, {}] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY WRES tracker of a COMMUNITY trust running 0-19 public health nursing and sexual health services across four local authorities: trust, title and an italic 'Version 3 – updated 12 November 2018 …' line UNMERGED in column A, a blank row, then a pale-orange header 'Ref | Service | WRES indicator | Action | Lead | Target date | Status | Update (Nov 2018)' (row 5). Refs 'KC1'…'KC11'. 'Service' names the service the action is for ('All services', '0-19 Public Health Nursing', 'Sexual Health'). The indicator is 'N – short name' ('2 – Shortlisting', '5/6 – Harassment' = ['5','6'], 'All' = all nine). Leads are 'Name, role' ('Dr Ravi Menon, Clinical Director, Sexual Health'), kept whole. Target dates are real dates shown dd.mm.yy. Status words filled: Complete blue, On track green, Slipped amber, Not started red. Under the table, after a blank row, a vertical KEY BLOCK in G:H (a 'Key' label and four rows, each a filled status word with its meaning). Judgement calls: 'Service' is a per-row label, not a theme and not the lead (theme null); the lead is the whole 'Name, role' cell; the key block rows are not actions; the version line is not an action.", { ragCol: 'G', mode: 'fill', notFrom: ['B'] });
}
