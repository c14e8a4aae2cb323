// holdout37-wres-2023-24-wealdmoor: an ambulance trust's first WRES plan after the NHS EDI Improvement Plan (June 2023), grouped under the
// six high impact actions with THE NATIONAL DEADLINE OF EACH HIA COPIED INTO THE DEADLINE COLUMN OF ITS SECTION ROW. HIA headings and the
// 'by March 2024'-style national deadlines follow the Improvement Plan as NHS Employers summarised it (nhsemployers.org); the two-lead
// (executive / operational) columns and the March progress column follow the ambulance-trust trackers seen in earlier sources; the
// section-row deadline cell is ASSUMED (see SOURCES.md).
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Wealdmoor Ambulance Service NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout37-wres-2023-24-wealdmoor', sheet: 'WRES plan', standard: 'WRES', period: '2023-24', trust, widths: [6, 54, 11, 22, 26, 14, 40, 9] });
  p.line([`${trust} – WRES action plan 2023/24`], { merge: ['A', 'H'], style: { bold: true, font: { size: 13 } } });
  p.line(['Aligned to the NHS EDI Improvement Plan (June 2023). Each high impact action shows the national deadline set in the Improvement Plan; each of our actions has its own deadline.'], { merge: ['A', 'H'] });
  p.line(['RAG: Blue = complete   Green = on track   Amber = some delay   Red = not started / off track'], { merge: ['A', 'H'], style: { italic: true } });
  p.header(['No.', 'Action', 'WRES indicator', 'Executive lead', 'Operational lead', 'Deadline', 'Progress (March 2024)', 'RAG'], { style: { fill: 'FF00594F', color: C.white } });
  const F = { Blue: C.blue, Green: C.green, Amber: C.amber, Red: C.red }; const RG = { Blue: 'blue', Green: 'green', Amber: 'amber', Red: 'red' };
  const hias = [
    ['High Impact Action 1: Chief executives, chairs and board members must have specific and measurable EDI objectives', 'National deadline: March 2024', [
      ['1', 'Agree an EDI objective with every Board member and review it at mid-year.', '9', 'Chief Executive', 'Company Secretary', 'Dec 2023', 'All objectives agreed; mid-year reviews held in October.', 'Blue'],
      ['2', 'Report WRES progress to the Board every six months, presented with the Race Equality Network chair.', 'All', 'Chief People Officer', 'Head of EDI', 'Sep 2023', 'First report received in September; the next is due in March.', 'Green'],
    ]],
    ['High Impact Action 2: Embed fair and inclusive recruitment processes and talent management strategies', 'National deadline: June 2024', [
      ['3', 'Put a trained inclusion adviser on every interview panel for paramedic and emergency care assistant posts.', '2', 'Chief People Officer', 'Head of Resourcing', 'Jan 2024', '72 advisers trained; used on 60% of panels so far.', 'Amber'],
      ['4', 'Hold pre-application workshops in community venues for ethnic minority candidates for emergency care assistant posts.', '1, 2', 'Director of Operations', 'Community Engagement Lead', 'Feb 2024', 'Four workshops held with 110 people attending.', 'Green'],
      ['5', 'Set up a coached talent pool for ethnic minority colleagues who want to become clinical team leaders.', '7', 'Chief People Officer', 'Head of Leadership Development', 'Mar 2024', 'Not started – programme manager post vacant.', 'Red'],
    ]],
    ['High Impact Action 3: Develop and implement an improvement plan to eliminate pay gaps', 'National deadline: March 2024', [
      ['6', 'Publish the ethnicity pay gap and what drives it, starting with overtime and unsocial hours payments.', '—', 'Director of Finance', 'Head of Reward', 'Mar 2024', 'Analysis complete; to be published with the annual report.', 'Green'],
    ]],
    ['High Impact Action 4: Develop and implement an improvement plan to address health inequalities within the workforce', 'National deadline: October 2024', [
      ['7', 'Hold a wellbeing conversation with every operational colleague at appraisal and record it on the appraisal form.', '—', 'Director of Operations', 'Head of Health and Wellbeing', 'Mar 2024', 'Field added to the form; 41% recorded so far.', 'Amber'],
    ]],
    ['High Impact Action 5: Implement a comprehensive induction, onboarding and development programme for internationally recruited staff', 'National deadline: March 2024', [
      ['8', 'Give internationally recruited paramedics a buddy, a driving familiarisation course and a welcome session with the Race Equality Network.', '6', 'Director of Operations', 'International Recruitment Lead', 'Nov 2023', 'In place for both 2023 cohorts.', 'Blue'],
    ]],
    ['High Impact Action 6: Create an environment that eliminates the conditions in which bullying, discrimination, harassment and physical violence at work occur', 'National deadline: October 2024', [
      ['9', 'Introduce a route for reporting racist abuse from patients and the public, with a welfare call within 48 hours.', '5', 'Director of Quality', 'Violence Reduction Lead', 'Dec 2023', 'Route live; welfare calls made in 88% of cases.', 'Green'],
      ['10', 'Audit formal disciplinary cases by ethnicity each quarter and add a pre-formal check to every case.', '3', 'Chief People Officer', 'Head of Employee Relations', 'Oct 2023', 'Pre-formal check in place; the gap is narrowing.', 'Green'],
      ['11', 'Run cultural awareness training for all Emergency Operations Centre staff.', '6, 8', 'Director of Operations', 'EOC Training Manager', 'Mar 2024', 'Training booked from April – one quarter late.', 'Amber'],
    ]],
  ];
  const secs = []; const nat = [];
  for (const [h, dl, acts] of hias) {
    const r = p.line([h, '', '', '', '', dl, '', ''], { border: true, style: { bold: true, fill: C.tan }, styles: [{}, {}, {}, {}, {}, { italic: true }] });
    p.ws.mergeCells(`A${r}:E${r}`); p.ws.mergeCells(`F${r}:H${r}`); secs.push(r); nat.push(dl);
    for (const [no, a, w, exec, lead, due, prog, rag] of acts) {
      const inds = w === '—' ? [] : w === 'All' ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'] : w.split(', ');
      p.action([no, a, w, exec, lead, due, prog, rag], { ref: no, indicators: inds, theme: h, action: a, lead, due, status: rag, rag: RG[rag], progress: prog }, { styles: [{ alignment: { horizontal: 'center', vertical: 'top' } }, {}, { alignment: { horizontal: 'center', vertical: 'top' } }, {}, {}, {}, {}, { fill: F[rag], color: rag === 'Blue' || rag === 'Red' ? C.white : C.black }] });
    }
  }
  p.blank();
  p.line(['Plan owner: Head of EDI. Approved by the People Committee, 21 September 2023; progress updated for the March 2024 meeting.'], { merge: ['A', 'H'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional ambulance foundation trust), its first WRES plan after the NHS EDI Improvement Plan: a title naming the trust, a line saying each high impact action shows the NATIONAL deadline from the Improvement Plan while each action has its own, a RAG key line ('Blue = complete Green = on track Amber = some delay Red = not started / off track'), one dark-green header 'No. | Action | WRES indicator | Executive lead | Operational lead | Deadline | Progress (March 2024) | RAG' (row 4), then six tan HIGH IMPACT ACTION SECTION ROWS with the full HIA wording merged over A–E AND, merged over F–H under the Deadline header, an italic 'National deadline: March 2024' / 'June 2024' / 'October 2024'. Actions numbered 1–11 run on across sections. An owner line below. Judgement calls: the HIA rows are section rows (theme = the HIA wording), NOT actions, even though they carry a date in the Deadline column – they have no number, lead, indicator or RAG, and the date is the Improvement Plan's deadline for the whole HIA; no action takes it as its due (due = the action's own Deadline, 'Dec 2023', 'Sep 2023' …); lead = Operational lead (the person who delivers; the Executive lead is the accountable director, as with Delivery lead / SRO in earlier batches); indicators from the WRES indicator column ('1, 2' → ['1','2']; 'All' → all nine; '—' → []); progress = 'Progress (March 2024)'; status = the RAG word and rag = its fill (Blue = complete → blue, Green, Amber, Red); ref = No.", { sections: secs, ragCol: 'H', mode: 'fill', forbidden: nat });
}
