// holdout71-wres-2020-21-ridgecombe: community health trust, a WRES plan in the shape of a real published 2020/21 equality-standard plan
// of a mental health FT (source 000): 'Indicator | Action(s) | Lead | Date | Status | Progress | Anticipated Outcome | Completed', the
// indicator wording merged down (centred) beside actions numbered '1a.', '1b.' …, long bulleted progress notes, 'As above' cells, a
// Completed month beside the Date, status from a drop-down with no colour; one merged cell covers indicators 5 AND 6.
import { Book, Plan, C, D, shown, mergeDown } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Ridgecombe Community Health NHS Trust';
  const p = new Plan(book, { name: 'holdout71-wres-2020-21-ridgecombe', sheet: 'WRES Action Plan 2020-21', standard: 'WRES', period: '2020-21', trust, widths: [34, 40, 24, 9, 12, 60, 34, 11], font: { name: 'Arial', size: 10 } });
  p.line(['WRES ACTION PLAN 2020/2021'], { merge: ['A', 'H'], height: 22, style: { bold: true, font: { size: 14 } } });
  p.line([`At ${trust} (RCHT) we recognise there is no quick fix to long-standing race inequalities. This action plan will be delivered alongside our People Strategy over the next five years, to create a fairer culture for our staff, patients and carers, free from discrimination.`], { merge: ['A', 'H'], height: 40 });
  p.blank();
  p.header(['Indicator', 'Action(s)', 'Lead', 'Date', 'Status', 'Progress', 'Anticipated Outcome', 'Completed'], { height: 18, style: { fill: C.navy, color: C.white } });
  const first = p.r + 1;
  const blocks = [
    ['1. Percentage of staff in each of the AfC Bands 1-9 and VSM (including executive Board members) compared with the percentage of staff in the overall workforce. Snapshot as at 31 March 2020.',
      ['1a. Run a data campaign to cut the number of staff whose ethnicity is \'not stated\' in ESR', 'Senior EDI Lead', D(2020, 1, 1), 'In Progress', '• Campaign launched in January 2020 with a communications plan; paused in March because of Covid-19.\n• Relaunched in September 2020, with each locality given its own WRES data.\n• \'Not stated\' down from 9.2% to 7.4%.', 'Fewer \'not stated\' records, so that the data can be trusted.', null],
      ['1b. Embed race inclusion explicitly in the new People Strategy', 'Head of Human Resources', D(2020, 9, 1), 'In Progress', '• The People Strategy goes to the Board in November 2020 with an implementation plan.\n• A People Committee of the Board has been set up to oversee it, with a sub-group on culture and staff experience.', 'A People Strategy that names race equality as a priority, with deliverables and timescales.', null],
      ['1c. Review and correct protected characteristic data as part of the move to a single establishment in ESR', 'Workforce Systems Manager', D(2020, 10, 1), 'In Progress', 'Part of the 2020/21 ESR establishment project; the data cleanse of the first two localities is complete.', 'This will support the above action', null]],
    ['2. Relative likelihood of White staff being appointed from shortlisting compared to BME staff across all posts.',
      ['2a. Add unconscious bias to the recruitment and selection training for managers', 'Resourcing Business Partner', D(2020, 1, 1), 'Completed', '• Training updated to cover bias at shortlisting and interview.\n• 142 managers trained in 16 sessions since April 2019.', 'Recruiting managers able to recognise bias, conscious or not.', D(2020, 4, 1)],
      ['2b. Train BME Network members to sit on recruitment panels for Band 7 and above', 'Resourcing Business Partner/ BME Network Chair', D(2020, 12, 1), 'In Progress', 'Nine network members trained in September 2020; the first panels sat in October.', 'BME colleagues on senior panels and more BME appointments at Band 7 and above.', null]],
    ['3. Relative likelihood of BME staff entering the formal disciplinary process compared to White staff.',
      ['3a. Record disciplinary data so that it shows any disproportion by ethnicity at each stage', 'Senior HR Business Partner', D(2020, 3, 1), 'Completed', 'Quarterly employee relations dashboard by ethnicity in place.', 'Disproportion spotted early and acted on.', D(2020, 2, 1)],
      ['3b. Set up a decision-making panel that checks every case before it becomes formal', 'Head of Human Resources', '2019', 'In Progress', '• Panel in place since November 2019.\n• 37 cases reviewed, 21 resolved informally.', 'Fewer BME staff entering formal processes.', null]],
    ['5 and 6. Percentage of BME staff experiencing harassment, bullying or abuse from patients, relatives or the public (5) and from staff (6) in the last 12 months.',
      ['5a. Launch a zero tolerance campaign on racist abuse of staff, whether from patients, visitors or colleagues, in community clinics and in patients\' homes', 'Head of Security and Health & Safety', D(2020, 11, 1), 'Paused', 'Paused because of Covid-19 visiting restrictions; posters and leaflets are ready to go.', 'Staff confident that racist abuse will be acted on.', null],
      ['5b. Create safe spaces for BME staff to talk about their experiences, led by the BME Network', 'Senior EDI Lead/ BME Network Chair', D(2020, 9, 1), 'In Progress', 'Monthly virtual \'Let\'s Talk\' sessions since June 2020, with up to 30 attending.', 'Create a culture of openness without fear of reprisal.', null],
      ['5c. Train the Freedom to Speak Up champions to support staff who report harassment or bullying, by the public or by colleagues', 'Freedom to Speak Up Guardian', D(2020, 10, 1), 'In Progress', 'As above', 'As above cell', null]],
    ['7. Percentage of BME staff believing that the Trust provides equal opportunities for career progression or promotion.',
      ['7a. Review acting-up and secondment opportunities to check they are advertised and open to all', 'Resourcing Business Partner/Head of Human Resources', '2019', 'In Progress', 'Analysis of 2019 acting-up posts complete; 2020 data is not yet held centrally.', 'Equal access to development opportunities.', null],
      ['7b. Explore a reciprocal mentoring programme with the executive team', 'Head of Organisational Development', null, 'Not Started', 'Not started because of Covid-19; to be scoped for 2021/22.', 'Senior leaders who understand the lived experience of BME colleagues.', null]],
    ['9. Percentage difference between the organisation\'s Board voting membership and its overall workforce.',
      ['9a Diversify the Board so that it reflects the workforce and the community we serve', 'Chair', D(2020, 1, 1), 'In Progress', 'Advert for two non-executive directors placed with a diversity-focused search agency in October 2020.', 'Increase BME representation at Board level', null]],
  ];
  for (const [ind, ...acts] of blocks) {
    const start = p.r + 1;
    const inds = /^\s*((?:\d+\s*(?:,|and|&)?\s*)+)/.exec(ind)[1].match(/\d+/g);
    acts.forEach(([act, lead, date, st, prog, out, done], i) => {
      const ref = /^(\d+[a-z])/.exec(act)[1];
      const due = date instanceof Date ? shown(date, 'mmm-yy') : date || '';
      p.action([i === 0 ? ind : '', act, lead, date ?? '', st, prog, out, done ?? ''], { ref, indicators: inds, action: act, lead, due, status: st, progress: prog, outcome: out, completed: done ? shown(done, 'mmm-yy') : '' },
        { styles: [{ alignment: { vertical: 'middle' } }, {}, {}, { numFmt: 'mmm-yy', alignment: { horizontal: 'center' } }, { alignment: { horizontal: 'center' } }, {}, {}, { numFmt: 'mmm-yy', alignment: { horizontal: 'center' } }] });
    });
    mergeDown(p.ws, 'A', start, p.r);
  }
  for (let r = first; r <= p.r; r++) p.ws.getCell(`E${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not Started,In Progress,Completed,Paused"'] };
  p.ws.views = [{ state: 'frozen', ySplit: 4 }];
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community health trust) laid out like a real published 2020/21 equality-standard action plan of a mental health FT (source 000), here for the WRES: sheet 'WRES Action Plan 2020-21', the title 'WRES ACTION PLAN 2020/2021', an intro paragraph that names the trust ('At Ridgecombe Community Health NHS Trust (RCHT) …'), a blank row, a navy header (row 4, frozen) 'Indicator | Action(s) | Lead | Date | Status | Progress | Anticipated Outcome | Completed', then thirteen actions. The INDICATOR cell (number and wording) is merged down, vertically centred, beside its actions; one merged cell covers TWO indicators ('5 and 6. Percentage of BME staff experiencing harassment … (5) and from staff (6) …'). Actions are numbered in their text ('1a.', '2b.', '9a' without a full stop). Date and Completed are real dates shown mmm-yy ('Jan-20'); two dates are typed as the year '2019'; one Date is blank. Status comes from a drop-down (Not Started / In Progress / Completed / Paused) with no colour. Progress notes are long, some as '•' lines; two cells say only 'As above' / 'As above cell'; one outcome says 'This will support the above action'. Judgement calls: ref = the number at the start of the action, the action keeps it ('1a. Run a data campaign …'); indicators from the merged indicator cell – the number(s) it starts with, '5 and 6.' → ['5','6'] for 5a, 5b and 5c (the action numbers all start with 5); due = Date as shown ('Jan-20', '2019'; '' for 7b), NEVER the Completed month; completed = the Completed month as shown ('Apr-20', 'Feb-20'); status = the drop-down word as written ('Paused', 'Not Started'), rag null (no colour, no key); progress and outcome as written, 'As above' and 'As above cell' kept (they refer to the row above but are this row's own cells); theme null (the indicator is a column).", { indCol: { col: 'A', mode: 'lead' }, notFrom: ['H'] });
}
