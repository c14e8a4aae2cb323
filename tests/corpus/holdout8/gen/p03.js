// holdout8-wres-2020-21-wealdmoor: Covid-year plan; leads are committees/groups; indicator cells in mixed forms; R/A/G letters
// filled; footnote marker '*' in an action; key, footnote and sign-off lines under the table.
import { Book, Plan, C, D } from './lib.js';
export async function build() {
  const book = new Book();
  const p = new Plan(book, { name: 'holdout8-wres-2020-21-wealdmoor', sheet: 'WRES 2020-21', standard: 'WRES', period: '2020-21', trust: 'Wealdmoor and District NHS Foundation Trust', widths: [14, 56, 26, 14, 40, 7] });
  p.line(['Wealdmoor and District NHS Foundation Trust – WRES Action Plan 2020-21'], { merge: ['A', 'F'], style: { bold: true, font: { size: 13 } } });
  p.blank();
  p.header(['WRES Indicator(s)', 'Action', 'Who', 'When', 'How will we measure success?', 'RAG'], { style: { fill: C.nhs, color: C.white } });
  const F = { R: C.red, A: C.amber, G: C.green }; const RG = { R: 'red', A: 'amber', G: 'green' };
  const act = (ind, inds, action, lead, due, outcome, rag, dueFmt) => p.action([ind, action, lead, due, outcome, rag], { indicators: inds, action, lead, due: dueFmt || due, status: rag, rag: RG[rag] ?? null, outcome }, { styles: [{}, {}, {}, dueFmt ? { numFmt: 'dd/mm/yy' } : {}, {}, rag ? { fill: F[rag], bold: true, alignment: { horizontal: 'center' } } : {}] });
  act('Ind 1', ['1'], 'Complete a Covid-19 individual risk assessment with every BAME member of staff and record it on ESR, with a follow-up conversation for anyone identified as high risk.', 'Executive Team', 'June 2020', '100% of BAME staff offered a risk assessment; completion recorded on ESR', 'G');
  act('1, 7 & 9', ['1', '7', '9'], 'Agree aspirational targets for BAME representation at Band 8a and above and on the Board, in line with the Model Employer goals, and report progress to the People Committee.', 'People Committee', 'Sept 2020', 'Targets agreed and published in the annual report', 'G');
  act('2', ['2'], 'Pilot diverse interview panels, with a trained BAME panel member, for all Band 7 and above posts in two care groups.', 'Recruitment Team', 'Q3', 'Relative likelihood of appointment from shortlisting below 1.25', 'A');
  act('Ind 3', ['3'], 'Introduce a decision-making checklist so that every case involving a BAME colleague is reviewed by a senior manager before a formal disciplinary investigation starts.*', 'Head of Employee Relations', D(2020, 11, 30), 'Relative likelihood of entering the formal disciplinary process at or below 1.0', 'A', '30/11/20');
  act('4', ['4'], 'Report access to non-mandatory training and CPD by ethnicity every quarter to the EDI Steering Group.', 'EDI Steering Group', 'Quarterly', 'Quarterly report received', 'G');
  act('WRES 5 & 6', ['5', '6'], 'Run the "Respect" campaign with the BAME Staff Network on the impact of racist abuse, and support staff to report it.', 'BAME Staff Network / OD Team', 'End of March 2021', 'Fewer BAME staff reporting harassment, bullying or abuse in the 2020 Staff Survey', 'R');
  act('6', ['6'], 'Train Freedom to Speak Up champions from BAME backgrounds in every care group.', 'Freedom to Speak Up Guardian', 'Dec 2020', '12 BAME champions trained', 'A');
  act('7', ['7'], 'Launch a reciprocal mentoring programme between BAME staff and executive and senior leaders.', 'Director of People', 'Nov-20', 'Programme launched; first cohort evaluated', 'G');
  act('8', ['8'], 'Hold a Board development session on race and privilege, led by an external facilitator.*', 'Chair / Director of People', 'Feb 2021', 'Session held; Board members\' personal commitments published', '');
  act('All', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 'Hold listening events with BAME staff, including bank and night staff, and use what we hear to refresh this plan.', 'BAME Staff Network', 'Monthly', 'Plan refreshed by March 2021', 'G');
  act('1 & 9', ['1', '9'], 'Include diversity of candidates as a requirement in all executive search briefs.', 'Director of People', 'Complete', 'All briefs since June 2020 include the requirement', 'G');
  p.blank();
  p.line(['RAG: R = not started / off track, A = in progress, G = complete or on track'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['* Subject to funding from the Charitable Funds Committee.'], { merge: ['A', 'F'], style: { italic: true } });
  p.line(['Prepared by: Equality and Inclusion Lead, August 2020'], { merge: ['A', 'C'] });
  p.line(['Approved: People Committee, 24 September 2020'], { merge: ['A', 'C'] });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust), an ordinary Covid-year WRES plan. One merged title row naming trust, standard and period, a blank row, then the header on row 3 (white on NHS blue): 'WRES Indicator(s) | Action | Who | When | How will we measure success? | RAG'. Lead = 'Who', which is mostly a COMMITTEE OR GROUP rather than a person ('Executive Team', 'People Committee', 'EDI Steering Group', 'BAME Staff Network / OD Team' – gold lead = the whole cell); outcome = 'How will we measure success?' (the measure cells contain figures such as '1.25', which are not dates). Indicator cells in mixed forms: 'Ind 1', '1, 7 & 9' → ['1','7','9'], '2', 'Ind 3', 'WRES 5 & 6' → ['5','6'], 'All' → all nine, '1 & 9'. 'When' is text ('June 2020', 'Sept 2020', 'Q3', 'Quarterly', 'End of March 2021', 'Dec 2020', 'Nov-20' typed as text, 'Feb 2021', 'Monthly', 'Complete' – written in the timescale cell for an action already done; gold due = 'Complete' as written) plus one real date shown dd/mm/yy ('30/11/20'). RAG letters R / A / G, filled in their colour, keyed by a line under the table; the Board session action has an empty RAG cell (rag null). Two actions end with a footnote marker '*' (kept in the gold action text). After a blank row: the RAG key line, the footnote, and 'Prepared by' / 'Approved' sign-off lines are non-action rows. Theme null.", { ragCol: 'F', mode: 'fill' });
}
