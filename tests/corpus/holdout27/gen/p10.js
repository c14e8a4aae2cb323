// holdout27-wdes-2021-22-oakhanger: a specialist orthopaedic hospital fills in its REGION'S WDES TEMPLATE, which comes PRE-FILLED WITH ONE
// ROW PER METRIC (the metric's wording already typed in). The trust writes its actions against the metrics, inserts a row where it has
// two, leaves some metrics with no action, and the regional reviewer adds feedback in a column of their own.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Oakhanger Orthopaedic Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout27-wdes-2021-22-oakhanger', sheet: 'Template', standard: 'WDES', period: '2021-22', trust, widths: [8, 44, 52, 24, 13, 9, 38, 40] });
  p.line(['South Coast People Board – WDES action plan template 2021/22 (v2)'], { merge: ['A', 'H'], style: { bold: true, fill: C.navy, color: C.white, font: { size: 12 } } });
  p.line(['Organisation:', trust], { merge: ['B', 'H'], border: true, styles: [{ bold: true }] });
  p.line(['Completed by:', 'EDI Lead, 12 July 2021'], { merge: ['B', 'H'], border: true, styles: [{ bold: true }] });
  p.line(['Guidance: one row per metric is provided. Add rows if you have more than one action. Leave the action blank if you have no action for a metric this year. RAG: G = on track / complete, A = some risk, R = at risk.'], { merge: ['A', 'H'], style: { color: C.red, italic: true }, height: 30 });
  p.header(['Metric', 'Metric description (do not edit)', 'Action', 'Lead', 'Target date', 'RAG', 'Progress update', 'Regional reviewer feedback'], { style: { fill: C.paleblue } });
  const RF = { G: C.green, A: C.amber, R: C.red };
  const rows = [
    ['1', 'Percentage of staff in AfC pay bands or medical and dental subgroups and VSM compared with the overall workforce', [['Push ESR self-service disability declaration at induction and in the annual pay-slip message', 'Workforce Information Lead', '30.09.21', 'G', 'Message on September payslips agreed.', 'Good – can you share declaration rates next time?']]],
    ['2', 'Relative likelihood of non-disabled staff compared to disabled staff being appointed from shortlisting across all posts', [['Audit all shortlisting decisions for guaranteed interview scheme applicants for six months', 'Recruitment Manager', 'Q3 21/22', 'A', 'Audit started in August; 2 months of data.', ''], ['Add a disabled staff member to the panel for every Band 7 and above clinical post', 'Recruitment Manager', '31.03.22', 'R', 'Network has only 3 volunteers.', 'Consider paid time for panel members.']]],
    ['3', 'Relative likelihood of disabled staff compared to non-disabled staff entering the formal capability process', [['Make an occupational health referral compulsory before any formal capability meeting for a disabled employee', 'Head of HR', '31.12.21', 'G', 'Policy amended.', '']]],
    ['4a(i)', 'Harassment, bullying or abuse from patients / service users, their relatives or the public', [['', '', '', '', '', 'No action? Your 4a figure is the highest in the region.']]],
    ['4a(ii)', 'Harassment, bullying or abuse from managers', [['Train all theatre and ward managers in the Civility Saves Lives session', 'Head of Learning', 'Q4 21/22', 'A', 'Three sessions held, two cancelled for staffing.', '']]],
    ['4a(iii)', 'Harassment, bullying or abuse from other colleagues', []],
    ['4b', 'Staff saying that the last time they experienced harassment, bullying or abuse at work, they or a colleague reported it', [['Relaunch the "Speak up, we\'re listening" campaign with a disability focus', 'FTSU Guardian', '30.11.21', 'G', 'Relaunched in November.', '']]],
    ['5', 'Believing that the trust provides equal opportunities for career progression or promotion', []],
    ['6', 'Felt pressure from their manager to come to work, despite not feeling well enough to perform their duties', [['Revise the attendance policy so disability-related absence is recorded separately and not counted towards triggers', 'Head of HR', '31.03.22', 'A', 'Draft out to consultation.', '']]],
    ['7', 'Satisfied with the extent to which their organisation values their work', []],
    ['8', 'Employer has made adequate adjustment(s) to enable them to carry out their work', [['Set up a reasonable adjustments log so requests and decisions can be tracked', 'HR Advisory Team', '31.10.21', 'G', 'Log live on SharePoint.', '']]],
    ['9a', 'The staff engagement score for disabled staff, compared to non-disabled staff', []],
    ['9b', 'Has your organisation facilitated the voices of disabled staff to be heard?', [['Set up a Disability and Wellbeing Network with an executive sponsor and agreed time for members', 'Director of Workforce', '30.09.21', 'G', 'First meeting held 14 September.', 'Great to see.']]],
    ['10', 'Percentage difference between the Board voting membership and the overall workforce, by disability', []],
  ];
  const blankRows = [], metricOnly = [];
  for (const [m, desc, acts] of rows) {
    if (!acts.length) { metricOnly.push(p.line([m, desc, undefined, undefined, undefined, undefined, undefined, undefined], { border: true, styles: [{ bold: true }, { color: 'FF595959' }] })); continue; }
    const first = p.r + 1;
    acts.forEach(([a, lead, due, rag, upd, fb], i) => {
      const vals = [i ? undefined : m, i ? undefined : desc, a || undefined, lead, due, rag, upd, fb];
      const styles = [{ bold: true }, { color: 'FF595959' }, {}, {}, {}, { fill: RF[rag], alignment: { horizontal: 'center' } }, {}, { color: C.blue, italic: true }];
      if (!a) { metricOnly.push(p.line(vals, { border: true, styles })); return; }
      p.action(vals, { indicators: [m.replace(/\(.*\)$/, '')], action: a, lead, due, status: rag, rag: { G: 'green', A: 'amber', R: 'red' }[rag], progress: upd }, { styles });
    });
    if (p.r > first) { p.ws.mergeCells(`A${first}:A${p.r}`); p.ws.mergeCells(`B${first}:B${p.r}`); }
  }
  p.blank();
  p.line(['Return to the South Coast People Board EDI mailbox by 16 July 2021.'], { merge: ['A', 'H'], style: { italic: true, color: C.red } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist orthopaedic hospital) written into its REGION'S WDES TEMPLATE, which arrives PRE-FILLED WITH ONE ROW PER 2021 METRIC (1, 2, 3, 4a(i), 4a(ii), 4a(iii), 4b, 5, 6, 7, 8, 9a, 9b, 10) and that metric's wording already typed in grey: a navy template title, 'Organisation:' and 'Completed by:' label rows, a red italic guidance line (one row per metric, add rows for a second action, leave blank if no action; the G / A / R key), a pale-blue header 'Metric | Metric description (do not edit) | Action | Lead | Target date | RAG | Progress update | Regional reviewer feedback' (row 5), the metric rows, a blank row and a red return-by line. The trust wrote eight actions; for metric 2 it INSERTED A SECOND ROW, the metric code and wording MERGED DOWN over both; SIX METRIC ROWS (4a(iii), 5, 7, 9a, 10, and 4a(i)) have NO ACTION – 4a(i)'s row carries only the regional reviewer's feedback ('No action? …'). Target dates dd.mm.yy as typed text or 'Q3 21/22'; RAG letters G / A / R on green / amber / red fills. The last column is the REGIONAL REVIEWER'S feedback in blue italic. Judgement calls: a metric row is an action only when its Action cell is filled – the six metric rows with no action are non-action rows (the template's pre-filled wording is not an action, and a reviewer's question is not one either); indicators = the row's metric (the merged code for the inserted row), the template's sub-rows 4a(i) / 4a(ii) / 4a(iii) giving metric '4a'; theme null – the metric wording is the indicator's description, not a theme; status = the RAG letter as written, rag from its fill; due as written; lead as written; progress = 'Progress update'; the reviewer's feedback is not progress (no gold field from column H); refs '' (the metric code is the indicator, not a ref).", { mode: 'fill', ragCol: 'F', dataRows: metricOnly, notFrom: ['B', 'H'] });
}
