// holdout13-wdes-2019-20-fenwold: ORDINARY FIRST WDES PLAN (mental health) – NHS-blue title, metric cell MERGED DOWN
// over each group, BLANK SPACER ROWS between groups, mmm-yy dates, status words filled, key line BELOW the table.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout13-wdes-2019-20-fenwold', sheet: 'WDES 2019-20', standard: 'WDES', period: '2019-20', trust: 'Fenwold Partnership NHS Foundation Trust', widths: [16, 60, 26, 10, 14, 46], font: { name: 'Calibri', size: 11 } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2019/20'], { merge: ['A', 'F'], style: { bold: true, fill: C.nhs, color: C.white, font: { size: 14 } } });
  p.line(['Fenwold Partnership NHS Foundation Trust'], { merge: ['A', 'F'], style: { bold: true } });
  p.blank();
  p.header(['Metric', 'Action', 'Lead', 'By', 'Status', 'Comments'], { style: { fill: 'FFDEEAF6' } });
  const S = { 'Not started': [C.red, 'red'], 'In progress': [C.amber, 'amber'], Complete: [C.green, 'green'] };
  const group = (label, inds, rows, spacer = true) => {
    const first = p.r + 1;
    rows.forEach(([action, lead, due, status, comment = ''], i) => p.action([i ? undefined : label, action, lead, due, status, comment], { indicators: inds, action, lead, due: shown(due, 'mmm-yy'), status, rag: S[status][1], progress: comment },
      { styles: [{}, {}, {}, { numFmt: 'mmm-yy' }, { fill: S[status][0] }] }));
    mergeDown(p.ws, 'A', first, p.r);
    if (spacer) p.blank();
  };
  group('Metric 1', ['1'], [
    ['Run a "Count me in" campaign asking staff to update their disability status on ESR self-service.', 'Workforce Information Manager', D(2019, 11, 30), 'Complete', 'Campaign ran in November; declaration rate up from 2.9% to 4.6%.'],
    ['Add a disability question to the new starter form and the appraisal paperwork.', 'HR Business Partner (Corporate)', D(2020, 3, 31), 'In progress', 'Appraisal form updated; starter form with IT.'],
  ]);
  group('Metric 2', ['2'], [['Sign up to Disability Confident Level 2 and guarantee an interview to Disabled applicants who meet the essential criteria.', 'Recruitment Lead', D(2020, 1, 31), 'Complete', 'Level 2 awarded January 2020.']]);
  group('Metric 3', ['3'], [['Record disability in capability cases and review every case where ill health or reasonable adjustments are a factor.', 'Head of Employee Relations', D(2020, 3, 31), 'Not started']]);
  group('Metric 4', ['4'], [
    ['Include disability in the bullying and harassment training for team leaders on inpatient wards.', 'Head of Learning and Development', D(2020, 2, 29), 'In progress', 'Two of five sessions delivered.'],
    ['Promote the Freedom to Speak Up Guardian and the Disability Staff Network as routes for reporting harassment.', 'Freedom to Speak Up Guardian', D(2019, 12, 31), 'Complete'],
  ]);
  group('Metric 5', ['5'], [['Hold career conversations for Disabled staff through the network and track outcomes.', 'Disability Staff Network Chair', D(2020, 3, 31), 'Not started', 'Network chair post vacant until February.']]);
  group('Metrics 6 & 7', ['6', '7'], [['Introduce a reasonable adjustments passport and a guide for managers.', 'Health and Wellbeing Lead', D(2020, 1, 31), 'In progress', 'Passport drafted and tested with the network.']]);
  group('Metric 8', ['8'], [['Set up a central budget and a single route for workplace adjustments so that staff do not wait for local funding.', 'Deputy Director of Workforce', D(2020, 3, 31), 'Not started']]);
  group('Metric 9', ['9'], [['Launch the Disability Staff Network with an executive sponsor and protected time for the chair.', 'Director of Workforce', D(2019, 10, 31), 'Complete', 'Launched on 3 October 2019 with 38 members.']]);
  group('Metric 10', ['10'], [['Ask Board members to complete the equality monitoring form and report Board disability data annually.', 'Trust Secretary', D(2020, 3, 31), 'In progress']], false);
  p.blank();
  p.line(['RAG: Red – not started   Amber – in progress   Green – complete'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Last reviewed: 3 March 2020 by the Disability Equality Steering Group'], { merge: ['A', 'F'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust) imitating an ORDINARY FIRST WDES plan of a mental-health trust: an NHS-blue merged title, the trust name, a blank row, one light-blue header 'Metric | Action | Lead | By | Status | Comments' (row 4). The Metric cell ('Metric 1' … 'Metrics 6 & 7' … 'Metric 10') is MERGED DOWN over its group (gold indicators repeated on every action of the group) and a BLANK SPACER ROW separates the groups (empty, so not listed). 'By' holds real dates shown mmm-yy ('Nov-19'). Status words filled red / amber / green (Not started / In progress / Complete), keyed by an italic line BELOW the table; a 'Last reviewed' line under it. Progress = Comments where written. 2019 framework: whole metrics 4 and 9. No refs; theme null.", { ragCol: 'E', mode: 'fill' });
}
