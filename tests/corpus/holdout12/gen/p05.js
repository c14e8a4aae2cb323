// holdout12-wdes-2022-23-pendleford: ONE JOINT WRES + WDES plan on one sheet – separate 'WRES indicator(s)' and
// 'WDES metric(s)' columns ('–' where an action serves only one standard); grey theme rows; B/R/A/G letters filled.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout12-wdes-2022-23-pendleford', sheet: 'Joint Action Plan', standard: 'WDES', period: '2022-23', trust: 'Pendleford Hospitals NHS Trust', widths: [6, 58, 13, 13, 28, 16, 8, 40], font: { name: 'Arial', size: 10 } });
  p.line(['Pendleford Hospitals NHS Trust'], { merge: ['A', 'H'], style: { bold: true, font: { size: 14 }, color: C.nhs } });
  p.line(['Workforce Race and Disability Equality Standards – Joint Action Plan 2022/23'], { merge: ['A', 'H'], style: { bold: true, font: { size: 12 } } });
  p.line(['One plan for both standards, agreed with the Race Equality Network and the Disability Network. Most actions serve both; where an action serves one standard only, the other column shows "–".'], { merge: ['A', 'H'], height: 28 });
  p.blank();
  const K = { B: [C.blue, 'blue', C.white], G: [C.green, 'green', C.white], A: [C.amber, 'amber'], R: [C.red, 'red', C.white] };
  p.line(['Key', 'B – complete   G – on track   A – at risk of delay   R – delayed / not started'], { styles: [{ bold: true }] });
  p.blank();
  p.header(['No.', 'Action', 'WRES indicator(s)', 'WDES metric(s)', 'Lead', 'Timescale', 'BRAG', 'Update (March 2023)'], { style: { fill: C.grey } });
  let theme = null;
  const sec = (t) => { theme = t; p.line([t], { merge: ['A', 'H'], border: true, style: { bold: true, fill: C.palegrey } }); };
  const act = (no, action, wres, wdes, inds, lead, due, s, upd) => p.action([no, action, wres, wdes, lead, due, s, upd], { ref: no, indicators: inds, theme, action, lead, due, status: s, rag: K[s][1], progress: upd },
    { styles: [{}, {}, { alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { fill: K[s][0], bold: true, alignment: { horizontal: 'center' }, ...(K[s][2] ? { color: K[s][2] } : {}) }] });
  sec('Theme 1 – Data and governance');
  act('1', 'Run one self-service campaign on ESR asking all staff to update their ethnicity, disability and other equality information.', '1', '1', ['1'], 'Head of Workforce Information', 'Sept 2022', 'B', 'Disability not declared down from 27% to 18%; ethnicity not stated 2.1%.');
  act('2', 'Bring a joint WRES/WDES report to the People Committee twice a year, with data by division.', 'All', 'All', ['1', '2', '3', '4a', '4b', '5', '6', '7', '8', '9a', '9b', '10'], 'EDI Lead', 'Oct 2022 / Apr 2023', 'G', 'October report received; April report in preparation.');
  act('3', 'Report board membership by ethnicity and disability in the annual report.', '9', '10', ['10'], 'Company Secretary', 'June 2022', 'B', 'Published.');
  sec('Theme 2 – Recruitment and career progression');
  act('4', 'Require a trained diverse panel member for all interviews at Band 8a and above.', '2', '–', [], 'Head of Recruitment', 'Dec 2022', 'A', 'Pool of 34 panel members; not yet available for every panel.');
  act('5', 'Guarantee an interview to Disabled applicants who meet the essential criteria and check compliance monthly.', '–', '2', ['2'], 'Head of Recruitment', 'Monthly', 'G', 'Compliance 94% (Jan 2023).');
  act('6', 'Launch a "Stepping Up" development programme for staff at Bands 5–7 from under-represented groups, open to BAME and Disabled staff.', '7', '5', ['5'], 'Head of Leadership Development', 'Jan 2023', 'G', 'Cohort 1: 24 participants (15 BAME, 6 Disabled, 3 both).');
  act('7', 'Record secondment and acting-up opportunities centrally and advertise them openly.', '1, 7', '5', ['5'], 'Deputy Director of People', 'Mar 2023', 'R', 'Not started – dependent on the new vacancy system.');
  sec('Theme 3 – Bullying, harassment and discrimination');
  act('8', 'Roll out bystander training to all ward and department managers.', '5, 6, 8', '4a', ['4a'], 'Head of OD', 'Mar 2023', 'A', '310 of 620 managers trained.');
  act('9', 'Introduce a post-incident support call for any member of staff who reports racist or disablist abuse from a patient.', '5', '4a, 4b', ['4a', '4b'], 'Head of Security', 'Nov 2022', 'G', 'In place in ED and acute medicine; trust-wide from April.');
  act('10', 'Use the just culture checklist before any formal disciplinary investigation is started.', '3', '–', [], 'Head of Employee Relations', 'July 2022', 'B', 'In use since July.');
  act('11', 'Separate ill-health capability cases from performance cases in the employee relations tracker.', '–', '3', ['3'], 'Head of Employee Relations', 'Sept 2022', 'B', 'Done.');
  sec('Theme 4 – Culture and staff voice');
  act('12', 'Agree a reasonable adjustments passport and a central adjustments budget.', '–', '6, 8', ['6', '8'], 'Health and Wellbeing Lead', 'Dec 2022', 'A', 'Passport launched; budget not yet agreed.');
  act('13', 'Give both network chairs protected time (one day a week) and an executive sponsor.', '–', '9b', ['9b'], 'Chief People Officer', 'Apr 2022', 'B', 'In place.');
  p.blank();
  p.line(['Standards: WRES – Workforce Race Equality Standard (indicators 1–9); WDES – Workforce Disability Equality Standard (metrics 1–10, 2022 set with 4a/4b and 9a/9b).'], { merge: ['A', 'H'], style: { italic: true }, height: 26 });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating a JOINT WRES + WDES PLAN on one sheet: trust name, title 'Workforce Race and Disability Equality Standards – Joint Action Plan 2022/23', a merged intro, a one-line key ('B – complete G – on track A – at risk of delay R – delayed / not started'), then the header 'No. | Action | WRES indicator(s) | WDES metric(s) | Lead | Timescale | BRAG | Update (March 2023)'. Four grey merged theme rows ('Theme 1 – Data and governance' …) give the gold theme. This gold reads the plan as the WDES plan (file name wdes): gold indicators come from the 'WDES metric(s)' column only. Actions 4 and 10 serve only the WRES ('–' in the WDES column): they are still rows of this plan, so they are gold actions with indicators [] and indicator null (judgement – a reader could drop them, but the sheet presents them as actions of the joint plan). 'All' in the WDES column → the twelve 2022 metrics (4a/4b, 9a/9b). BRAG letters filled (B blue, G green, A amber, R red) – rag by fill. Timescales are text ('Sept 2022', 'Oct 2022 / Apr 2023', 'Monthly'). A footnote explaining the two standards is a non-action row.", { ragCol: 'G', mode: 'fill' });
}
