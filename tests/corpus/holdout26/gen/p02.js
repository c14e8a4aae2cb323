// holdout26-wres-2017-18-brindlewood: follows Bridgewater Community Healthcare NHS Trust's 'Workforce Race Equality Standard Action
// Plan 2016' (https://paperzz.com/doc/6995911/wres-2016-action-plan---bridgewater-community-healthcare-nhs): an introduction on the WRES
// and the trust's submissions, a note that the first two parts address two staff survey KEY FINDINGS ('KF26', 'KF21'), then 'Action
// Set 1 - KF26 Percentage of staff experiencing harassment, bullying or abuse from staff in the last 12 months' with columns 'Actions
// Required / Lead on Action(s)', then further action sets on other WRES areas (a BME network, training, recruitment).
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Brindlewood Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout26-wres-2017-18-brindlewood', sheet: 'Action Plan 2017', standard: 'WRES', period: '2017-18', trust, widths: [70, 34, 18] });
  p.line([`${trust}`, null, null], { style: { bold: true, color: C.nhs }, merge: ['A', 'C'] });
  p.line(['Workforce Race Equality Standard Action Plan 2017', null, null], { style: { bold: true, font: { size: 16 } }, merge: ['A', 'C'] });
  p.line(['The Workforce Race Equality Standard (WRES)', null, null], { style: { bold: true }, merge: ['A', 'C'] });
  p.line(['NHS England made the WRES mandatory for NHS providers in 2015 because BME staff continue to have a worse experience of employment than White staff. We published our second full year of WRES data in July 2017, and the Board agreed the actions in this plan to respond to what the analysis showed.', null, null], { merge: ['A', 'C'], height: 45 });
  p.line(['The first two action sets respond to the two staff survey key findings where experience has fallen furthest since 2015 – KF26 and KF21. The later sets cover other parts of the WRES: our BME staff network, access to training and recruitment.', null, null], { merge: ['A', 'C'], height: 45 });
  const secs = [];
  const set = (h, lead, acts) => {
    p.blank();
    secs.push(p.line([h, null, null], { style: { bold: true, fill: C.paleblue }, merge: ['A', 'C'], height: 30 }));
    p.header(['Actions Required', 'Lead on Action(s)', 'Timescale'], { style: { fill: C.grey } });
    const r0 = p.r + 1;
    for (const [t, due, inds] of acts) p.action([t, p.r + 1 === r0 ? lead : null, due], { indicators: inds, theme: h, action: t, lead, due }, { border: true });
    mergeDown(p.ws, 'B', r0, p.r);
  };
  set('Action Set 1 - KF26 Percentage of staff experiencing harassment, bullying or abuse from staff in the last 12 months (WRES 6)', 'Head of Human Resources', [
    ['Publish the Dignity at Work policy in the staff bulletin every quarter, alongside the Employee Code of Conduct', 'Quarterly', ['6']],
    ['Launch an anti-bullying campaign with the staff side and the BME network during Anti-Bullying Week', 'November 2017', ['6']],
    ['Set up a confidential line on which staff can leave a message for an HR adviser to call them back', 'January 2018', ['6']]]);
  set('Action Set 2 - KF21 Percentage of staff believing that the organisation provides equal opportunities for career progression or promotion (WRES 7)', 'Associate Director of Organisational Development', [
    ['Add a question on career conversations to the appraisal form and report completion by ethnicity', 'April 2018', ['7']],
    ['Offer a reciprocal mentoring scheme pairing BME staff with members of the executive team', 'March 2018', ['7']]]);
  set('Action Set 3 - BME staff network', 'Equality and Diversity Lead', [
    ['Establish a BME staff network with terms of reference and an executive sponsor', 'September 2017', []],
    ['Give network members protected time to attend meetings, agreed with their line managers', 'October 2017', []]]);
  set('Action Set 4 - Access to non-mandatory training (WRES 4)', 'Learning and Development Manager', [
    ['Record every application for non-mandatory training on the learning system so that it can be analysed by ethnicity', 'December 2017', ['4']],
    ['Review the data every six months at the Workforce Committee', 'Six-monthly', ['4']]]);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) following a community trust's published 'Workforce Race Equality Standard Action Plan': trust name and title, a 'The Workforce Race Equality Standard (WRES)' heading and two introduction paragraphs (the second explaining that the first two sets answer staff survey key findings KF26 and KF21), then four ACTION SETS, each a shaded merged row 'Action Set 1 - KF26 Percentage of staff experiencing … (WRES 6)' followed by its own header 'Actions Required | Lead on Action(s) | Timescale'. The lead is written once per set and MERGED DOWN beside all its actions. Judgement calls: every action row takes the set's lead (merged cell); theme = the action set row; indicators = the WRES number in brackets at the end of the set heading ('(WRES 6)' → ['6']) – the ACTION SET NUMBER ('Action Set 1') and the staff survey KEY FINDING code ('KF26', 'KF21') are not WRES indicators; Action Set 3 (BME staff network) names no indicator → []; due = the Timescale cell as written, including 'Quarterly' and 'Six-monthly'; no status, rag null; the introduction paragraphs are context.", { sections: secs });
}
