// holdout54-wdes-2022-23-hartwell: large mental health and learning disability FT. Invented layout: a COVER sheet (title, purpose,
// governance route, contents, a status summary of COUNTIF formulas over the plan sheet) and an 'Action Plan' sheet with a TWO-ROW
// GROUPED HEADER ('ACTION' / 'DELIVERY' / 'PROGRESS' bands over the column names), FIVE NUMBERED OBJECTIVE rows whose sub-actions are
// numbered 1.1, 1.2 …, a '(C/O)' tag after the ref of actions carried over from 2021/22, status words on fills, and a key under the table.
import { Book, Plan, C, D, shown } from './lib.js';
const ST = { Complete: [C.blue, 'blue'], 'On track': [C.green, 'green'], Delayed: [C.amber, 'amber'], 'Not started': [C.red, 'red'] };
export async function build() {
  const book = new Book();
  const trust = 'Hartwell and Dene Partnership NHS Foundation Trust';
  const cover = book.wb.addWorksheet('Cover');
  cover.getColumn(1).width = 28; cover.getColumn(2).width = 70;
  const p = new Plan(book, { name: 'holdout54-wdes-2022-23-hartwell', sheet: 'Action Plan', standard: 'WDES', period: '2022-23', trust,
    widths: [9, 56, 11, 26, 14, 38, 44, 13] });
  const objs = [
    ['Objective 1: Know our disabled workforce – better data and higher disclosure', [
      ['1.1', 'Run a "Tell us once" campaign asking every member of staff to check and update their disability status on ESR self-service.', '1', 'Head of Workforce Information', D(2022, 10, 31), 'Unknown / not declared falls from 27% to below 20%', 'Campaign ran in October with the Disability and Neurodiversity Network; not declared now 21.6%.', 'Complete'],
      ['1.2', 'Explain on the ESR disclosure screen why the Trust asks and who can see the answer.', '1', 'ESR Systems Manager', D(2022, 9, 30), 'Explanatory text live', 'Text agreed with the network and live since September.', 'Complete'],
      ['1.3 (C/O)', 'Compare staff survey disability rates with ESR records by directorate and publish the gap.', '1', 'Head of Workforce Information', D(2022, 12, 31), 'Gap reported per directorate', 'Carried over from 2021/22. Analysis done for community and inpatient directorates; corporate services to follow.', 'Delayed'],
      ['1.4', 'Add a neurodiversity option to the equality monitoring form for new starters.', '1', 'Head of Resourcing', 'Q3 2022/23', 'Option live on TRAC and ESR', 'Change request with the NHS Jobs team.', 'On track'],
      ['1.5', 'Report board members\' disability status (with consent) in the annual WDES return.', '10', 'Company Secretary', D(2022, 8, 31), 'Board figures in the return', 'Included in the August 2022 return.', 'Complete'],
    ]],
    ['Objective 2: Fair recruitment, capability and progression', [
      ['2.1', 'Guarantee an interview to disabled applicants who meet the essential criteria, and audit that it happens.', '2', 'Head of Resourcing', D(2022, 11, 30), 'Relative likelihood of appointment from shortlisting at or near 1.0', 'Guaranteed interview confirmed in all adverts; first audit found 3 exceptions, followed up.', 'On track'],
      ['2.2', 'Give recruiting managers a short guide to adjustments at interview (extra time, questions in advance, a quiet room).', '2', 'Recruitment Lead', D(2022, 7, 31), 'Guide issued; used in 90% of panels', 'Guide issued; usage check due in Q4.', 'On track'],
      ['2.3 (C/O)', 'Separate absence related to a disability from the sickness absence triggers in the attendance policy.', '3', 'Head of Employee Relations', D(2022, 6, 30), 'Policy change ratified', 'Carried over from 2021/22. Policy ratified at JNCC in June.', 'Complete'],
      ['2.4', 'Review every formal capability case involving a disabled colleague at the case management group before it proceeds.', '3', 'Head of Employee Relations', 'Monthly', 'Relative likelihood of entering capability below 1.5', 'Group reviewing all cases; 2022 likelihood 1.71.', 'On track'],
      ['2.5', 'Offer places on the Trust\'s aspiring team leader programme to disabled staff at Bands 3–6, with adjustments built in.', '5', 'Head of Organisational Development', D(2023, 3, 31), '15 disabled staff complete the programme', 'Programme redesigned; first cohort starts February.', 'Delayed'],
    ]],
    ['Objective 3: Reasonable adjustments that are quick and follow the person', [
      ['3.1', 'Introduce a Trust-wide health and wellbeing passport that records agreed adjustments and moves with the member of staff.', '8', 'Head of Staff Wellbeing', D(2022, 10, 31), 'Passport in use; 200 passports agreed', 'Launched October; 138 passports agreed so far.', 'On track'],
      ['3.2', 'Set up a central reasonable adjustments fund so that cost never sits with the team budget.', '8', 'Director of Finance', D(2022, 9, 30), 'Fund in place; 10-day decision standard met', 'Fund of £40,000 approved; decisions within 10 days in 92% of requests.', 'Complete'],
      ['3.3', 'Train line managers in Band 6 and above to hold an adjustments conversation, using the network\'s lived-experience video.', '8', 'Learning and Development Manager', D(2023, 3, 31), '500 managers trained', '212 managers trained so far.', 'Delayed'],
      ['3.4', 'Agree a service level with IT for assistive software and equipment (install within 15 working days).', '8', 'Head of Digital Services', 'Q2 2022/23', 'Service level met in 90% of requests', '', 'Not started'],
      ['3.5', 'Fund Access to Work applications support for staff who need help completing the forms.', '8', 'Head of Staff Wellbeing', D(2022, 12, 31), 'Support available; uptake reported', 'Support commissioned from the local disability charity.', 'Complete'],
    ]],
    ['Objective 4: Safety from bullying and harassment, and no pressure to work when unwell', [
      ['4.1', 'Run focus groups with disabled staff in the three directorates with the highest harassment scores and act on what they say.', '4a', 'Head of Equality and Inclusion', D(2022, 11, 30), 'Focus group report and directorate actions', 'Groups held; directorate action plans agreed.', 'Complete'],
      ['4.2', 'Make it possible to report harassment anonymously online, and tell disabled staff how to do so.', '4b', 'Freedom to Speak Up Guardian', D(2023, 1, 31), 'Reporting rate of disabled staff up 5 points', 'Online form built; communications to go out in January.', 'On track'],
      ['4.3', 'Add a presenteeism question to every return-to-work and wellbeing conversation template.', '6', 'Head of Staff Wellbeing', D(2022, 8, 31), 'Template updated', 'Templates updated in August.', 'Complete'],
      ['4.4', 'Tell managers that feeling pressured to come to work is a risk, with examples, through the monthly managers\' briefing.', '6', 'Head of Internal Communications', 'Quarterly', 'Disabled staff reporting pressure falls below 30%', 'Two briefings issued.', 'On track'],
      ['4.5 (C/O)', 'Publish the Trust\'s zero-tolerance statement on disability-related abuse from service users, with a clear post-incident support route.', '4a', 'Director of Nursing', D(2022, 6, 30), 'Statement and support route live', 'Carried over from 2021/22. Statement drafted; clinical governance sign-off still awaited.', 'Delayed'],
    ]],
    ['Objective 5: Voice, value and leadership', [
      ['5.1', 'Give the Disability and Neurodiversity Network co-chairs protected time (one day a month) and a seat at the People Committee.', '9b', 'Chief People Officer', D(2022, 5, 31), 'Protected time agreed; seat in place', 'Agreed and in place from May.', 'Complete'],
      ['5.2', 'Hold a "You said, we did" session each quarter where the network hears what has changed.', '9a, 9b', 'Head of Equality and Inclusion', 'Quarterly', 'Engagement score of disabled staff within 0.2 of others', 'Sessions held in July and October.', 'On track'],
      ['5.3', 'Celebrate Disability History Month with a programme led by disabled staff.', '7', 'Head of Internal Communications', D(2022, 12, 16), 'Programme delivered', 'Delivered: 9 events, 640 attendees.', 'Complete'],
      ['5.4', 'Recruit a Board-level disability champion from the non-executive directors.', '10', 'Chair', D(2023, 3, 31), 'Champion named', '', 'Not started'],
    ]],
  ];
  const all = objs.flatMap(([, a]) => a);
  const count = (s) => all.filter((a) => a[7] === s).length;
  const cv = (r, a, b, st = {}) => { const row = cover.getRow(r); row.getCell(1).value = a; if (b !== undefined) row.getCell(2).value = b; row.getCell(1).font = { name: 'Arial', size: 10, bold: true, ...st }; row.getCell(2).font = { name: 'Arial', size: 10 }; row.getCell(2).alignment = { wrapText: true, vertical: 'top' }; };
  cv(1, trust, undefined, { size: 14 });
  cv(2, 'Workforce Disability Equality Standard (WDES) Action Plan 2022/23', undefined, { size: 12 });
  cv(4, 'Purpose', 'Sets out what the Trust will do in 2022/23 in response to its WDES data (published August 2022) and what our disabled staff told us.');
  cv(5, 'Governance', 'EDI Steering Group (monthly) → People Committee (quarterly) → Board (annual).');
  cv(6, 'Position', 'Quarter 3 update, January 2023');
  cv(8, 'Contents');
  cv(9, 'Cover', 'This page'); cv(10, 'Action Plan', 'The actions, grouped under five objectives');
  cv(12, 'Status summary');
  let r = 13;
  for (const s of Object.keys(ST)) { cv(r, s); cover.getCell(`B${r}`).value = { formula: `COUNTIF('Action Plan'!H:H,"${s}")`, result: count(s) }; cover.getCell(`A${r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ST[s][0] } }; r++; }
  cv(r, 'Total actions'); cover.getCell(`B${r}`).value = { formula: 'SUM(B13:B16)', result: all.length };

  p.line(['WDES Action Plan 2022/23 – Quarter 3 update'], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.blank();
  p.header(['ACTION', '', '', 'DELIVERY', '', 'PROGRESS', '', ''], { merge: [['A', 'C'], ['D', 'E'], ['F', 'H']], style: { fill: C.purple, color: C.white, alignment: { horizontal: 'center' } } });
  p.header(['Ref', 'Action', 'WDES metric', 'Lead', 'Due', 'Success measure', 'Q3 update', 'Status'], { style: { fill: C.lilac } });
  const secs = [];
  for (const [obj, acts] of objs) {
    secs.push(p.line([obj], { merge: ['A', 'H'], border: true, style: { bold: true, fill: C.palegrey } }));
    for (const [ref, a, m, lead, due, out, upd, st] of acts) {
      const g = { ref: ref.replace(' (C/O)', ''), indicators: m.split(', '), theme: obj, action: a, lead, due: due instanceof Date ? shown(due, 'dd/mm/yyyy') : due, status: st, rag: ST[st][1], progress: upd, outcome: out };
      p.action([ref, a, m, lead, due, out, upd, st], g, { styles: [{}, {}, { alignment: { horizontal: 'center' } }, {}, { numFmt: 'dd/mm/yyyy' }, {}, {}, { fill: ST[st][0], color: st === 'Complete' || st === 'Not started' ? C.white : C.black }] });
    }
  }
  p.blank();
  p.line(['Key: Complete (blue) – delivered; On track (green); Delayed (amber) – behind the due date, recovery agreed; Not started (red).'], { merge: ['A', 'H'] });
  p.line(['(C/O) after a ref = action carried over from the 2021/22 WDES plan.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Invented layout (fictional large mental health and learning disability foundation trust). Two sheets: 'Cover' (the trust name – the only place it is named –, the plan title, Purpose, Governance, 'Position: Quarter 3 update, January 2023', Contents, and a Status summary of COUNTIF formulas over the plan sheet) and 'Action Plan', the gold sheet: a title, a TWO-ROW GROUPED HEADER (row 3 'ACTION' / 'DELIVERY' / 'PROGRESS' bands merged over row 4's 'Ref | Action | WDES metric | Lead | Due | Success measure | Q3 update | Status'), five 'Objective n: …' section rows, 24 actions numbered 1.1–5.4, a key line and a '(C/O)' note. Judgement calls: both header rows are header rows; theme = the objective row above; ref = the number without the '(C/O)' tag ('1.3 (C/O)' → '1.3'), the tag only marks an action carried over from 2021/22 (the note says so); indicators from the 'WDES metric' column in the 2022 metric numbering ('4a', '4b', '9a, 9b' → ['9a','9b']); due as shown (dd/mm/yyyy) or as written ('Q3 2022/23', 'Monthly', 'Quarterly'); status = the word, rag = its fill; progress = the Q3 update ('' where empty); outcome = the success measure; the key and note lines are not actions; nothing is taken from the Cover sheet but the trust name.", { mode: 'fill', ragCol: 'H', sections: secs });
}
