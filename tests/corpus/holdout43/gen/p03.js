// holdout43-wdes-2020-21-medlock: follows Maidstone and Tunbridge Wells NHS Trust's disability page
// (https://www.mtw.nhs.uk/equality-and-diversity-inclusion/disability/): 'Disability Confident Leader' with the scheme's four bulleted aims,
// 'The Workforce Disability Equality Standard (WDES)' with two paragraphs (ten measures; commissioned by the EDC, mandated through the
// Standard Contract, trusts only for two years; why it matters), 'At MTW we take the WDES data very seriously and have developed action
// plans from both WDES reports which can be read here:', then 'Disability Network' ('ability' in bold). ASSUMED: the two links, and the
// second year's action plan pasted under them as a table with RAG letters.
import { Book, Plan, C, rich } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Medlock and Twyford Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout43-wdes-2020-21-medlock', sheet: 'Disability', standard: 'WDES', period: '2020-21', trust, widths: [6, 20, 56, 26, 14, 7] });
  const W = ['A', 'F'];
  p.line([trust], { merge: W, style: { bold: true, font: { size: 14 } } });
  p.line(['Equality, diversity and inclusion › Disability'], { merge: W, style: { font: { size: 9, color: { argb: 'FF7F7F7F' } } } });
  p.blank();
  p.line(['Disability Confident Leader'], { merge: W, style: { bold: true, font: { size: 12, color: { argb: C.purple } } } });
  p.line(['We take positive action for disabled people and hold Disability Confident Leader status. The government\'s Disability Confident scheme sets a standard for employers and helps them to:'], { merge: W, height: 30 });
  const aims = ['• challenge attitudes towards disability', '• increase understanding of disability', '• remove barriers', '• make sure disabled people have the chance to fulfil their potential and realise their aspirations.'].map((t) => p.line([t], { merge: W }));
  p.blank();
  p.line(['The Workforce Disability Equality Standard (WDES)'], { merge: W, style: { bold: true, font: { size: 12, color: { argb: C.purple } } } });
  p.line(['The WDES started in 2019. It is ten measures that let NHS organisations compare the experiences of Disabled and non-disabled staff. It was commissioned by the Equality and Diversity Council, piloted with trusts, and is mandated through the NHS Standard Contract; for its first two years it applies to NHS trusts and foundation trusts only.'], { merge: W, height: 58 });
  p.line(['It matters because a workforce that feels included and valued gives safer care and better patient experience. The standard helps us understand what working here is like for Disabled colleagues, find good practice and compare ourselves with similar trusts.'], { merge: W, height: 44 });
  p.line(['At Medlock and Twyford we take the WDES data seriously and have written an action plan after each of our two WDES reports. They can be read here:'], { merge: W, height: 30 });
  p.line(['WDES action plan 2019-20 (PDF, 212KB)'], { merge: W, style: { font: { underline: true, color: { argb: 'FF0563C1' } } } });
  p.line(['WDES action plan 2020-21'], { merge: W, style: { font: { underline: true, color: { argb: 'FF0563C1' } } } });
  p.blank();
  p.header(['No.', 'WDES metric', 'Action', 'Lead', 'Timescale', 'RAG'], { style: { fill: C.purple, font: { color: { argb: C.white }, bold: true } } });
  const F = { G: C.green, A: C.amber, R: C.red };
  const rows = [
    ['1', 'Metric 1 – workforce', 'Add a prompt to update disability status to the annual appraisal form and to the ESR self-service home page.', 'Head of Workforce Information', 'Dec 2020', 'G'],
    ['2', 'Metric 2 – shortlisting', 'Train all band 7 and above recruiting managers in the guaranteed interview scheme and in offering adjustments at interview.', 'Recruitment Manager', 'Mar 2021', 'A'],
    ['3', 'Metric 3 – capability', 'Record disability status on every new capability case so that the metric can be reported from the case tracker rather than by hand.', 'Employee Relations Manager', 'Oct 2020', 'G'],
    ['4', 'Metric 4 – harassment', 'Promote the Freedom to Speak Up guardians and the disability network as routes for reporting disability-related abuse from patients and visitors.', 'Freedom to Speak Up Guardian', 'Ongoing', 'G'],
    ['5', 'Metric 5 – progression', 'Ring-fence four places on the Aspire leadership programme for Disabled colleagues.', 'Head of Learning and Development', 'Apr 2021', 'R'],
    ['6', 'Metric 7 – feeling valued', 'Hold a celebration event in Disability History Month with stories from Disabled colleagues across the trust.', 'Communications Manager', 'Dec 2020', 'G'],
    ['7', 'Metric 8 – adjustments', 'Set up a central reasonable adjustments fund and publish how to apply for it on the intranet.', 'Deputy Director of Workforce', 'Jan 2021', 'A'],
    ['8', 'Metric 9 – voice', 'Give the network chair a standing item at the Workforce Committee twice a year.', 'Director of Workforce', 'Sep 2020', 'G'],
    ['9', 'Metric 10 – Board', 'Include an invitation to declare a disability in the next Board development day and in non-executive recruitment packs.', 'Trust Secretary', 'Mar 2021', 'A'],
  ];
  for (const [n, m, a, l, t, r] of rows) {
    const ind = /Metric (\d+)/.exec(m)[1];
    p.action([n, m, a, l, t, r], { ref: n, indicators: [ind], action: a, lead: l, due: t, status: r, rag: { G: 'green', A: 'amber', R: 'red' }[r] }, { height: 30, styles: [{}, {}, {}, {}, {}, { fill: F[r], bold: true, alignment: { horizontal: 'center' } }] });
  }
  p.line(['RAG: G – complete or on track; A – some delay; R – not started or at risk. Updated November 2020.'], { merge: W, style: { italic: true, font: { size: 9 } } });
  p.blank();
  p.line(['Disability Network'], { merge: W, style: { bold: true, font: { size: 12, color: { argb: C.purple } } } });
  p.line([rich('Our Dis', { text: 'ability', font: { bold: true } }, ' Staff Network writes "ability" in bold on purpose: it wants the trust to notice what Disabled colleagues can do, and the knowledge and lived experience they bring, rather than what they cannot. The network is open to anyone with a disability or long-term condition, carers and allies.')], { merge: W, height: 44 });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an acute hospitals trust) following the layout of a real acute trust's disability web page: trust name and breadcrumb; 'Disability Confident Leader' with a paragraph and FOUR '•' lines that are the scheme's aims (written in the imperative: 'challenge attitudes …', 'remove barriers'); 'The Workforce Disability Equality Standard (WDES)' with two paragraphs; a line saying an action plan was written after each of the two WDES reports and two link lines ('WDES action plan 2019-20 (PDF, 212KB)', 'WDES action plan 2020-21'); the 2020-21 plan as a table 'No. | WDES metric | Action | Lead | Timescale | RAG' with nine rows and a RAG letter G / A / R filled in its colour; a RAG key line under the table; then 'Disability Network' with a paragraph whose 'ability' is bold. Judgement calls: the four Disability Confident bullets are the scheme's aims, not the trust's actions (non-action rows), though they read like instructions; the two link lines are document names, not actions; ref = the No. column; indicators = the number in 'Metric n – …' (action No. 6 is 'Metric 7 – feeling valued': ref and metric number differ from there on); lead and due from their columns ('Ongoing' kept as written); status = the RAG letter as written, rag from its fill (G green, A amber, R red, as the key says); the key line is a note, not an action; theme null.", { mode: 'fill', ragCol: 'F', dataRows: aims });
}
