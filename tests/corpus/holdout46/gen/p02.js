// holdout46-wdes-2023-24-fenmarsh: an acute trust's WDES plan made ACCESSIBLE with its Disability and Long-Term Conditions Network: Arial 14,
// no merged cells, no blank rows, no colour used to carry meaning, one idea per cell, descriptive full-sentence headings, an 'About this
// plan' sheet first that explains the format, and 'End of worksheet' written under the table.
import { Book, Plan } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Fenmarsh Hospitals NHS Trust';
  const F = { name: 'Arial', size: 14 };
  const about = book.wb.addWorksheet('About this plan');
  about.getColumn(1).width = 110;
  ['About this plan',
    'This spreadsheet has 2 worksheets. This is worksheet 1. Worksheet 2 is called Action plan.',
    `The action plan is ${trust}'s plan for the Workforce Disability Equality Standard (WDES) for 1 April 2023 to 31 March 2024.`,
    'We wrote the plan with the Disability and Long-Term Conditions Network. Network members asked for it to be in large print, with no merged cells and one idea in each cell, so that it works with screen readers.',
    'Each row of the action plan is one action. The columns are, from left to right: action number, the WDES metric, what we will do, who is responsible, when it will be done by, how we will know it has worked, and what has happened so far.',
    'If you need this plan in another format, please email the Equality, Diversity and Inclusion team.',
    'End of worksheet'].forEach((t, i) => { const c = about.getCell(`A${i + 1}`); c.value = t; c.font = { ...F, bold: i === 0 }; c.alignment = { wrapText: true, vertical: 'top' }; });
  const p = new Plan(book, { name: 'holdout46-wdes-2023-24-fenmarsh', sheet: 'Action plan', standard: 'WDES', period: '2023-24', trust, widths: [12, 20, 55, 30, 24, 45, 50], font: F });
  p.line(['Action plan for the Workforce Disability Equality Standard (WDES), 1 April 2023 to 31 March 2024'], { style: { bold: true, font: { size: 16 } } });
  p.line([`${trust}, written with the Disability and Long-Term Conditions Network`]);
  p.header(['Action number', 'WDES metric this action is for', 'What we will do', 'Who is responsible', 'When it will be done by', 'How we will know it has worked', 'What has happened so far (October 2023 update)']);
  const acts = [
    ['Metric 1', 'Run a campaign to help staff update their disability status on the Electronic Staff Record, explaining why it matters and who sees it.', 'Workforce Information Manager', 'End of June 2023', 'Fewer staff records say "not declared"', 'The campaign ran in May and June. 212 staff updated their record.'],
    ['Metric 2', 'Check our shortlisting process to find out why disabled applicants are less likely to be appointed.', 'Head of Resourcing', 'End of September 2023', 'A report with findings goes to the People Committee', 'The review has started. Findings are due in November.'],
    ['Metric 3', 'Stop using the capability process for health-related cases until a manager has talked about reasonable adjustments with the member of staff.', 'Head of Employee Relations', 'End of July 2023', 'No formal capability case starts without a recorded adjustments conversation', 'Done. The policy was changed in July.'],
    ['Metrics 4a and 4b', 'Write a short guide for managers on how to respond when a disabled member of staff reports bullying or harassment.', 'Disability and Long-Term Conditions Network with the EDI Lead', 'End of December 2023', 'More disabled staff say they or a colleague reported it when it happened', 'A first draft was shared with network members in September.'],
    ['Metric 5', 'Offer disabled staff a career conversation with a trained coach.', 'Head of Learning and Development', 'End of March 2024', 'At least 40 career conversations held', ''],
    ['Metric 6', 'Include a question about pressure to come to work when unwell in every return-to-work meeting.', 'Head of Occupational Health', 'End of October 2023', 'The staff survey result for metric 6 improves', 'The return-to-work form has been changed. Managers were told in the October briefing.'],
    ['Metric 7', 'Start a Health and Wellbeing Passport that staff can take with them when they move job inside the Trust.', 'Health and Wellbeing Lead', 'End of September 2023', 'Passports in use in every division', 'Passport launched in August. 64 passports agreed so far.'],
    ['Metric 8', 'Make the reasonable adjustments process quicker by having one central budget for equipment.', 'Deputy Director of People', 'End of January 2024', 'Equipment arrives within 6 weeks of being agreed', ''],
    ['Metric 9b', 'Pay for network members to attend one network meeting a month in work time.', 'Chief People Officer', 'End of May 2023', 'Network attendance goes up', 'Done. Agreed by the Executive Team in May.'],
    ['Metric 10', 'Ask the network to help us recruit a non-executive director with lived experience of disability.', 'Chair of the Trust', 'End of March 2024', 'A disabled Board member is appointed', ''],
  ];
  acts.forEach(([m, a, who, when, know, sofar], i) => {
    p.action([i + 1, m, a, who, when, know, sofar], { ref: String(i + 1), indicators: m.match(/\d+[ab]?/g), action: a, lead: who, due: when, outcome: know, progress: sofar });
  });
  p.line(['End of worksheet'], { border: false });
  p.ws.views = [{ state: 'frozen', ySplit: 3 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute trust) made ACCESSIBLE with the Disability and Long-Term Conditions Network. Two sheets: 'About this plan' (worksheet 1: what the spreadsheet holds, that it was written with the network in large print, no merged cells and one idea per cell for screen readers, the column order in words, how to ask for another format, 'End of worksheet') and 'Action plan' (the gold sheet). On 'Action plan', everything is Arial 14 with no merged cells, no blank rows and no colour carrying meaning: a title giving the plan and its dates in full ('1 April 2023 to 31 March 2024'), the trust and network line, then ONE header of descriptive full-sentence headings on row 3 'Action number | WDES metric this action is for | What we will do | Who is responsible | When it will be done by | How we will know it has worked | What has happened so far (October 2023 update)' (frozen), ten actions, and 'End of worksheet' under the table. Judgement calls: ref = the action number (1–10, stored as numbers); indicators from the metric column ('Metrics 4a and 4b' → ['4a','4b']; 'Metric 9b' → ['9b']); lead = 'Who is responsible' as written (the network itself shares one action: 'Disability and Long-Term Conditions Network with the EDI Lead'); due as written ('End of June 2023'); outcome = 'How we will know it has worked'; progress = 'What has happened so far' (blank for three actions → ''); NO status column – the progress sentences ('Done. The policy was changed in July.') are progress, not a status word, so status '' and rag null. 'End of worksheet' and the About sheet are not actions.", { accessible: { aboutSheet: 'About this plan' }, fieldCols: { ref: 'A', lead: 'D', due: 'E', outcome: 'F', progress: 'G' }, indicatorsFrom: 'B', dataRows: [14] });
}
