// holdout48-wdes-2023-24-mersedge: follows a county council's published 'Race Equality Action Plan' page (Devon County Council,
// https://www.devon.gov.uk/equality/our-commitment/anti-racism-framework/actions): '16 objectives sit under four organisational themes.
// More detailed actions sit under each objective.', each theme with its numbered objectives ('Objective 5: Strengthen grievance and
// disciplinary procedures' …), then the live-progress (Power BI) and six-monthly reporting lines. A local authority's layout, taken up
// here by an NHS trust for ONE joint race and disability plan. ASSUMED: the actions under each objective, the Standard column naming
// WRES / WDES, leads, targets and the October position on fills.
import { Book, Plan, C, D, shown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Mersedge Community and Mental Health NHS Trust';
  const p = new Plan(book, { name: 'holdout48-wdes-2023-24-mersedge', sheet: 'Action plan', standard: 'WDES', period: '2023-24', trust, widths: [62, 20, 28, 13, 16], font: { name: 'Arial', size: 10 } });
  const M = ['A', 'E'];
  p.line(['Fair Treatment Action Plan 2023-24 – race and disability'], { merge: M, style: { bold: true, font: { size: 14 } } });
  p.line([trust], { merge: M, style: { bold: true, color: C.teal } });
  p.line(['8 objectives sit under four organisational themes. More detailed actions sit under each objective. The Standard column shows whether an action answers our WRES findings, our WDES findings, or both.'], { merge: M, height: 30 });
  const hdr = p.header(['Action', 'Standard', 'Lead', 'Target', 'Position at October 2023'], { style: { fill: C.teal, color: C.white } });
  const S = { 'Complete': C.green, 'On track': C.lightgreen, 'At risk': C.amber, 'Not yet due': null };
  const RG = { 'Complete': 'green', 'On track': 'green', 'At risk': 'amber', 'Not yet due': null };
  const themes = [
    ['Strengthening governance and accountability', [
      ['Objective 1: Build EDI leadership and capacity', [
        ['Give each executive director an objective on race and disability equality, reviewed at appraisal.', 'WRES 9 / WDES 10', 'Chief Executive', D(2023, 9, 30), 'Complete'],
        ['Recruit two disabled colleagues as associate members of the People Committee.', 'WDES 10', 'Director of Corporate Affairs', D(2024, 1, 31), 'On track'],
      ]],
      ['Objective 2: Support staff networks to influence decisions', [
        ['Fund protected time for the chairs of the Race Equality Network and the Disability Network.', 'WRES 7 / WDES 9b', 'Chief People Officer', D(2023, 10, 31), 'Complete'],
      ]],
    ]],
    ['Creating a safe and inclusive working environment', [
      ['Objective 3: Strengthen grievance, capability and disciplinary procedures', [
        ['Add a pre-investigation check by a senior manager for every disciplinary case involving an ethnic minority colleague.', 'WRES 3', 'Head of Employee Relations', D(2023, 12, 31), 'On track'],
        ['Separate ill-health capability from performance capability in policy, with an occupational health review before any formal stage.', 'WDES 3', 'Head of Employee Relations', D(2024, 3, 31), 'At risk'],
      ]],
      ['Objective 4: Protect staff at risk of identity-based harm', [
        ['Give teams a script and a reporting route for abuse from patients and visitors that names race and disability.', 'WRES 5 / WDES 4a', 'Head of Security and Violence Reduction', D(2024, 2, 29), 'On track'],
        ['Publish harassment reports by ethnicity every quarter to divisional boards.', 'WRES 6', 'Head of Staff Experience', D(2024, 3, 31), 'Not yet due'],
        ['Run a campaign so colleagues know how to report harassment from managers and colleagues, with the Disability Network.', 'WDES 4b', 'Freedom to Speak Up Guardian', D(2024, 3, 31), 'Not yet due'],
      ]],
    ]],
    ['Shaping organisational culture', [
      ['Objective 5: Make reasonable adjustments quick and lasting', [
        ['Introduce a reasonable adjustments passport that moves with the colleague between teams.', 'WDES 8', 'Head of Health and Wellbeing', D(2023, 11, 30), 'Complete'],
        ['Set up a central budget for adjustments so that cost never delays a request.', 'WDES 8', 'Director of Finance', D(2024, 3, 31), 'At risk'],
      ]],
      ['Objective 6: Open up development and progression', [
        ['Ring-fence places on the Rising Leaders programme for ethnic minority colleagues.', 'WRES 7', 'Head of Leadership', D(2024, 1, 31), 'On track'],
        ['Offer disabled colleagues a career conversation with a trained coach within a year.', 'WDES 5', 'Head of Leadership', D(2024, 3, 31), 'Not yet due'],
      ]],
    ]],
    ['Building better understanding through data and insight', [
      ['Objective 7: Improve the data we hold', [
        ['Ask all colleagues to check their ethnicity and disability records on ESR during the October campaign.', 'WRES 1 / WDES 1', 'Head of Workforce Information', D(2023, 10, 31), 'Complete'],
      ]],
      ['Objective 8: Understand and report the impact of our work', [
        ['Audit shortlisting outcomes for disabled applicants every six months and report to the People Committee.', 'WDES 2', 'Head of Resourcing', D(2024, 3, 31), 'On track'],
        ['Survey Race Equality Network members on what has changed since last year.', 'WRES 7, 8', 'EDI Lead', D(2024, 3, 31), 'Not yet due'],
      ]],
    ]],
  ];
  const objRows = [], themeRows = [];
  for (const [theme, objs] of themes) {
    themeRows.push(p.line([theme], { merge: M, border: true, style: { bold: true, fill: C.navy, color: C.white } }));
    for (const [obj, acts] of objs) {
      objRows.push(p.line([obj], { merge: M, border: true, style: { bold: true, fill: C.paleblue } }));
      for (const [a, std, lead, due, st] of acts) {
        const vals = [a, std, lead, due, st]; const styles = [{}, {}, {}, { numFmt: 'dd/mm/yyyy' }, { fill: S[st] || undefined }];
        if (/WDES/.test(std)) p.action(vals, { indicators: /WDES ([^/]+)/.exec(std)[1].match(/\d+[ab]?/g), theme: obj, action: a, lead, due: shown(due, 'dd/mm/yyyy'), status: st, rag: RG[st] }, { styles });
        else p.line(vals, { border: true, styles, ambiguous: true });
      }
    }
  }
  p.blank();
  p.line(['You can view live progress against this plan in our Power BI report on the intranet. If you would like it in a different format please contact the EDI team.'], { merge: M, height: 28 });
  p.line(['We report progress to the People Committee every six months – in the autumn and in the spring.'], { merge: M });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community and mental health trust) laid out like a county council's published Race Equality Action Plan page (Devon's: objectives numbered 1–16 under four organisational themes, 'More detailed actions sit under each objective.'), here ONE joint race and disability plan: title, trust, the intro line, ONE header 'Action | Standard | Lead | Target | Position at October 2023' (row 4), then four navy THEME rows, each over two pale-blue OBJECTIVE rows ('Objective 3: Strengthen grievance, capability and disciplinary procedures'), each over its actions; the Standard column names 'WRES 3', 'WDES 8', or both ('WRES 5 / WDES 4a'); targets are real dates shown dd/mm/yyyy; the October position is a status word on a fill (Complete green, On track light green, At risk amber, Not yet due unfilled); two closing lines on the Power BI report and six-monthly reporting. Judgement calls: read as the trust's WDES plan – rows naming WDES alone or jointly are actions; the four rows naming only WRES are NOT WDES actions and are listed as ambiguous non-action rows; indicators = the WDES part only ('WRES 7 / WDES 9b' → ['9b']); theme = the nearest OBJECTIVE row (the theme rows above are broader headings); 'Not yet due' on no fill → rag null; the Power BI and reporting lines are not actions.", { mode: 'fill', ragCol: 'E', sections: objRows, dataRows: themeRows, combined: { col: 'B', own: 'WDES', other: 'WRES', ownCodes: 'WDES ([^/]+)', from: hdr + 1, to: p.r } });
}
