// holdout42-wdes-2019-20-wessmoor: an ambulance trust's first WDES commitments as APPENDIX B of a Board paper, copied into Excel:
// `WDES metric | What our 2019 data tells us | Our commitment for the next 12 months | Evidence we will use to show progress | Lead |
// Supported by | Quarter`, the metric and its data narrative merged down over one or two commitments, a line on the metrics with no
// commitment, and the CHART DATA behind the paper's Figure 2 pasted underneath.
import { Book, Plan, C, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wessmoor Ambulance Service NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout42-wdes-2019-20-wessmoor', sheet: 'Appendix B', standard: 'WDES', period: '2019-20', trust, widths: [22, 34, 50, 34, 22, 22, 14], font: { name: 'Arial', size: 9 } });
  p.line(['Appendix B'], { style: { bold: true } });
  p.line([`${trust} – Workforce Disability Equality Standard 2019-20`], { merge: [['A', 'G']], style: { bold: true, font: { size: 12 } } });
  p.line(['Our commitments for the next 12 months (October 2019 – September 2020)'], { merge: [['A', 'G']], style: { italic: true } });
  p.blank();
  p.header(['WDES metric', 'What our 2019 data tells us', 'Our commitment for the next 12 months', 'Evidence we will use to show progress', 'Lead', 'Supported by', 'Quarter'], { height: 28, style: { fill: C.darkblue, color: C.white } });
  const block = (metric, data, items) => {
    const r0 = p.r + 1;
    items.forEach(([action, outcome, lead, support, due], i) => p.action([i ? '' : metric, i ? '' : data, action, outcome, lead, support, due], { indicators: [/^Metric (\d+)/.exec(metric)[1]], action, outcome, lead, due }, { height: 66, styles: [{ bold: true }, { italic: true }] }));
    mergeDown(p.ws, 'A', r0, p.r); mergeDown(p.ws, 'B', r0, p.r);
  };
  block('Metric 1 – Disabled staff across pay bands', '2.8% of staff have declared a disability on ESR; 31% have not answered the question.', [
    ['Relaunch the disability declaration for operational crews through station noticeboards and team briefs, and let staff update their record from the ESR mobile app.', 'Declaration rate on ESR each quarter; \'not declared\' below 25% by September 2020.', 'Head of Inclusion', 'Workforce Information team', 'Q3 2019/20'],
  ]);
  block('Metric 2 – Appointment from shortlisting', 'Non-disabled applicants are 1.37 times more likely to be appointed from shortlisting.', [
    ['Apply for Disability Confident Leader status, including an independent validation of our recruitment process.', 'Leader status awarded.', 'Head of Resourcing', 'Disability and Wellbeing Network', 'Q4 2019/20'],
    ['Offer reasonable adjustments at every stage of the paramedic and call handler assessment centres, and ask applicants about them in the invitation letter.', 'Number of adjustments requested and made; appointment ratio in the 2020 return.', 'Head of Resourcing', 'Clinical Education', 'Q3 2019/20'],
  ]);
  block('Metric 4 – Harassment, bullying or abuse', 'Disabled staff report more harassment from patients (44% v 37%), managers (19% v 11%) and colleagues (24% v 16%), and fewer reported it (41% v 46%).', [
    ['Include disability hate incidents in the violence and aggression reduction work and make the reporting route clear on the crew reporting app.', 'Incidents reported by disabled staff; staff survey 2020.', 'Head of Security and Violence Reduction', 'Staff side', 'Q1 2020/21'],
    ['Train the Freedom to Speak Up champions on disability, and recruit at least two champions who are members of the network.', 'Champions trained; concerns raised that mention disability.', 'Freedom to Speak Up Guardian', 'Disability and Wellbeing Network', 'Q4 2019/20'],
  ]);
  block('Metric 6 – Pressure to come to work when unwell', '33% of disabled staff felt pressure from their manager to come to work despite not feeling well enough, against 22% of non-disabled staff.', [
    ['Review the attendance management policy with the network so that disability-related absence is recorded and handled separately.', 'Revised policy agreed at the Joint Partnership Forum.', 'Deputy Director of People', 'Staff side', 'Q4 2019/20 – Q2 2020/21'],
  ]);
  block('Metric 7 – Feeling valued', '30.2% of disabled staff feel the Trust values their work, against 40.5% of non-disabled staff.', [
    ['Add a disability-inclusion conversation to the annual appraisal form for every member of staff who has declared a disability or long-term condition.', 'Appraisal audit; staff survey 2020.', 'Director of People', 'Education and Development', 'Q1 2020/21'],
  ]);
  block('Metric 9 – Engagement and voice', 'Engagement score 6.1 for disabled staff, 6.6 for non-disabled staff. The Trust does not yet have a disabled staff network.', [
    ['Launch a Disability and Wellbeing Network with an executive sponsor and a budget, and give the chair one day a month of protected time.', 'Network launched; membership; chair\'s report to the People Committee twice a year.', 'Chief Operating Officer', 'Head of Inclusion', 'Q3 2019/20'],
  ]);
  block('Metric 10 – Board membership', 'No voting Board member has declared a disability (0%); 2.8% of the workforce has.', [
    ['Invite every Board member to complete a confidential equality monitoring form, and include disability in the brief for the next non-executive appointments.', 'Board declaration rate in the 2020 return.', 'Company Secretary', 'Council of Governors', 'Q4 2019/20'],
  ]);
  const none = p.line(['Metrics 3, 5 and 8: no separate commitments this year. The capability, progression and reasonable adjustment findings are covered by Equality Objectives 2 and 3 (paragraph 4.3 of the paper).'], { merge: [['A', 'G']], height: 28, style: { italic: true } });
  p.blank();
  const chartTitle = p.line(['Chart data – Figure 2: NHS Staff Survey 2018 results used in the WDES (%)'], { merge: [['A', 'C']], style: { bold: true } });
  const chartHead = p.header(['Measure', 'Disabled staff', 'Non-disabled staff']);
  const chart = [['4 – patients / public', 44, 37], ['4 – managers', 19, 11], ['4 – colleagues', 24, 16], ['4 – reported it', 41, 46], ['5 – equal opportunities', 72, 81], ['6 – pressure to attend', 33, 22], ['7 – feel valued', 30.2, 40.5], ['8 – adequate adjustments', 64, '']].map((r) => p.line(r, { border: true }));
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance FT) – the first WDES commitments kept as 'Appendix B' of a Board paper copied into Excel (Arial 9): 'Appendix B', the trust's title line with the year, an italic line giving the twelve months (October 2019 – September 2020), then one header `WDES metric | What our 2019 data tells us | Our commitment for the next 12 months | Evidence we will use to show progress | Lead | Supported by | Quarter`; the metric ('Metric 2 – Appointment from shortlisting') and its data narrative are MERGED DOWN over one or two commitments; metrics 1, 2, 4, 6, 7, 9 and 10 have commitments, and a line under the table explains that metrics 3, 5 and 8 have none; a blank row; then the CHART DATA behind the paper's Figure 2 (title line, its own header `Measure | Disabled staff | Non-disabled staff`, eight rows of percentages labelled '4 – patients / public' …). Judgement calls: the actions are the 'Our commitment' cells (9); indicators = the metric number the merged metric cell names (the second commitment under a merged metric keeps it); the data narrative (percentages, '1.37 times', 'Engagement score 6.1') is context, not progress or outcome; outcome = 'Evidence we will use to show progress' (the measure, as written); lead = the Lead column; 'Supported by' names a supporting team or network, not the lead; due = Quarter as written ('Q3 2019/20', the range 'Q4 2019/20 – Q2 2020/21' kept whole); the metrics-3-5-8 line is not an action and its metric numbers and 'Equality Objectives 2 and 3' give no field; the chart-data block is data – its header row is a header of that small table (listed in headerRows) and its rows are not actions (their leading '4 –', '5 –' numbers are metric labels of data, not actions); no status (status '', rag null); no refs; no theme (metrics are merged context cells, not section rows).", { indFrom: { col: 'A', lead: true }, dataRows: [none, chartTitle, ...chart], notFrom: ['B', 'F'], leadCol: 'E', dueCol: 'G' });
}
