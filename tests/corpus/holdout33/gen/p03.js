// holdout33-wres-2024-25-kestervale: follows North Cumbria Integrated Care NHS FT's published 'EDI action plan' page
// (ncic.nhs.uk/trust/equality-diversity-and-inclusion/edi-action-plan): a 'Jargon buster' of bullet definitions, the owning group's name
// ('Strategic EDI Group'), then 'Aim n - …' headings, each followed by a 'Links to …' line naming the data and the EDI Improvement Plan's
// High Impact Action(s), and numbered items '1.1: …' – some ending with their deadline in brackets '(by June 2024)'. Pasted into one column.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Kestervale Integrated Care Board';
  const p = new Plan(book, { name: 'holdout33-wres-2024-25-kestervale', sheet: 'Sheet1', standard: 'WRES', period: '2024-25', trust, widths: [120], font: { name: 'Calibri', size: 11 } });
  p.line([trust], { style: { bold: true, font: { size: 14 } } });
  p.line(['Workforce Race Equality Standard and EDI Action Plan 2024/25'], { style: { bold: true, font: { size: 12 } } });
  p.blank();
  p.line(['Jargon buster:'], { style: { bold: true } });
  for (const j of ['WRES = Workforce Race Equality Standard', 'WDES = Workforce Disability Equality Standard', 'NSS = National Staff Survey', 'HIA = High Impact Action (NHS EDI Improvement Plan, June 2023)', 'ICS = Integrated Care System']) p.line([`• ${j}`]);
  p.blank();
  p.line(['Strategic EDI Group'], { style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.blank();
  const secs = []; const ind = {};
  const aims = [
    ['Aim 1 - Make recruitment and career progression fairer for Black and minority ethnic staff', 'Links to WRES indicators 1 and 2, NSS data, NHS EDI Improvement Plan (High Impact Action 2)', ['1', '2'], [
      ['1.1', 'Complete the NHS England inclusive recruitment self-assessment and agree the ICB\'s improvement actions (by July 2024)', 'July 2024'],
      ['1.2', 'Make diverse interview panels the rule for all posts at Band 8a and above, with a trained panel member from a Black or minority ethnic background', ''],
      ['1.3', 'Publish the ICB\'s talent management plan for Black and minority ethnic staff at Bands 6 to 8b (by October 2024)', 'October 2024'],
      ['1.4', 'Report shortlisting-to-appointment ratios by ethnicity to the Strategic EDI Group every quarter', ''],
    ]],
    ['Aim 2 - Leadership that is accountable for race equality', 'Links to NSS results, WRES indicator 9 (Board representation), NHS EDI Improvement Plan (High Impact Actions 1 and 6)', ['9'], [
      ['2.1', 'Give every Board member and executive a SMART EDI objective in their 2024/25 appraisal (by June 2024)', 'June 2024'],
      ['2.2', 'Name an executive sponsor for each staff network and publish the sponsors on the intranet', ''],
      ['2.3', 'Hold a Board development session on the WRES data with the Race Equality Network (by December 2024)', 'December 2024'],
    ]],
    ['Aim 3 - A workplace free from bullying, harassment and discrimination', 'Links to WRES indicators 5 to 8, NSS data, NHS EDI Improvement Plan (High Impact Action 6)', ['5', '6', '7', '8'], [
      ['3.1', 'Launch a speaking-up route for racist incidents that does not go through the line manager, with Freedom to Speak Up Guardian support (by September 2024)', 'September 2024'],
      ['3.2', 'Review every disciplinary and grievance case by ethnicity each quarter and report themes to the People Committee', ''],
    ]],
  ];
  for (const [aim, links, inds, items] of aims) {
    secs.push(p.line([aim], { style: { bold: true, color: C.nhs } }));
    p.line([links], { style: { italic: true } });
    for (const [ref, t, due] of items) {
      const a = `${ref}: ${t}`;
      p.action([a], { ref, indicators: inds, theme: aim, action: a, due, dueSource: due ? 'labelled' : null }, { border: false });
    }
    p.blank();
  }
  p.r--; // no trailing blank row needed
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ICB) laid out like a real NHS trust's published EDI action plan web page (North Cumbria Integrated Care's), pasted into ONE COLUMN of 'Sheet1': the ICB, the title, a 'Jargon buster:' line and five '• X = …' definition bullets, the owning group's name on its own line ('Strategic EDI Group'), then three 'Aim n - …' headings, each followed by an italic 'Links to …' line that names the WRES indicators, the staff survey and the EDI Improvement Plan's HIGH IMPACT ACTION(S), and then numbered items written '1.1: …'. Some items END WITH THEIR DEADLINE IN BRACKETS ('(by July 2024)'); the others have none. No header row, no lead, no status. Judgement calls: the jargon-buster bullets are definitions, not actions (they start with a bullet like a list of items would); the 'Strategic EDI Group' line names the group that owns the whole plan – it is not any action's lead (lead '' everywhere); each Aim heading is the theme of its items; the 'Links to' line gives the items' indicators ('WRES indicators 1 and 2' → ['1','2']; 'WRES indicator 9' → ['9']; 'WRES indicators 5 to 8' → 5, 6, 7, 8) – the High Impact Action numbers in the same line are NOT WRES indicators; ref = the item number; action = the whole line as written (number and bracketed deadline included); due = the month and year in the closing '(by …)' bracket, dueSource 'labelled', '' where an item gives none ('2024/25' in an appraisal item is the appraisal year, not a deadline); status '', rag null.", { sections: secs, noLead: true, forbidden: ['Strategic EDI Group', 'June 2023'] });
}
