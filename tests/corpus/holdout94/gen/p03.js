// holdout94-wres-2018-19-cottisham: community trust tracker, every heading typed with a full stop, 'WRES3'-style indicators, section
// rows typed with a typo and stray spaces, status words on fills; one row has its deadline typed in the Comment column.
import { Book, Plan, C, D, shown } from './lib.js';
const T = (s) => s.split('\n').map((l) => l.replace(/ +/g, ' ').trim()).join('\n');
export async function build() {
  const book = new Book();
  const trust = 'Cottisham Community Healthcare NHS Trust';
  const p = new Plan(book, { name: 'holdout94-wres-2018-19-cottisham', sheet: 'WRES', standard: 'WRES', period: '2018-19', trust, widths: [6, 14, 52, 24, 13, 20, 40], font: { name: 'Verdana', size: 9 } });
  p.line([trust], { merge: ['A', 'G'], style: { bold: true, font: { size: 12 }, color: C.nhs } });
  p.line(['WRES Action Plan 2018 - 2019.  Updated for Jan 19 EDI Group'], { merge: ['A', 'G'], style: { bold: true } });
  p.blank();
  p.header(['No.', 'Indicator.', 'Action.', 'Lead.', 'Deadline.', 'Status.', 'Comment.'], { style: { fill: C.paleblue } });
  const F = { green: C.green, amber: C.amber, red: C.red, blue: C.lightblue };
  const rows = [
    ['  Recuitment & progression '],
    ['C1', 'WRES1', 'Publish band-by-band ethnicity figures for each locality (North, Central, Coast) in the EDI annual report', 'Workforce Information Manager', D(2018, 9, 30), 'complete - see notes', 'blue', 'In annual report p.14. Coast locality has no BME staff above band 6.', ['1']],
    ['C2', 'WRES 2', 'Diverse panels for all band 6+ district nursing and health visiting posts', 'Head of Resourcing', '31/3/19', 'on track', 'green', 'Panel pool now 24 people.', ['2']],
    ['C3', 'wres2', 'Look at why BME applicants drop out between offer and start date - exit calls with a sample', 'Recruitment team', '', 'On Track ', 'green', '31/03/19', ['2'], { due: '31/03/19', progress: '' }],
    ['C4', 'WRES4', 'Ring-fence 5 funded places on the Band 5 to 6 development programme for BME staff', 'Head of L&D', 'Dec 18', 'delayed', 'amber', 'only 2 applied - re-advertising through the network', ['4']],
    ['Treatment  at work'],
    ['C5', 'WRES 3', 'Dip-sample formal disciplinaries for BME staff - was informal resolution tried first?', 'HR Business Partner (Central)', D(2018, 11, 30), 'Complete', 'blue', '12 cases reviewed, 5 could have been informal - managers briefed', ['3']],
    ['C6', 'WRES5 & WRES6', 'Bystander training for team leaders in the community nursing teams', 'Clinical Educator ', 'Feb-19', 'on track', 'green', '3 of 5 sessions done', ['5', '6']],
    ['C7', 'WRES 7', 'Promote the Freedom to Speak Up guardian and the 2 BME champions at every locality meeting', 'FTSU Guardian', 'ongoing', 'on hold', null, 'champion role vacant since Nov', ['7']],
    ['C8', 'WRES8', 'Ask staff who report discrimination from a manager to take part in a listening group', 'Head of OD', 'March 19', 'Not started', 'red', '', ['8']],
    ['Board'],
    ['C9', 'WRES 9', 'Add race equality to the NED recruitment pack and use a diverse panel for the next NED appointment', 'Company Secretary', '31/3/19', 'on track', 'green', 'NED post advertised Jan', ['9']],
  ];
  const secs = []; let theme = null;
  for (const r of rows) {
    if (r.length === 1) { secs.push(p.line(r, { merge: ['A', 'G'], style: { bold: true, fill: C.grey } })); theme = T(r[0]); continue; }
    const [no, ind, act, lead, due, st, rag, com, inds, over = {}] = r;
    const fmt = due instanceof Date ? (due.getUTCMonth() === 1 ? 'mmm-yy' : 'dd/mm/yyyy') : null;
    const dueShown = due instanceof Date ? shown(due, fmt) : due;
    p.action([no, ind, act, lead, due, st, com], { ref: no, indicators: inds, theme, action: T(act), lead: T(lead), due: T(over.due ?? dueShown), status: T(st), rag, progress: T(over.progress ?? com) }, { styles: [{}, {}, {}, {}, fmt ? { numFmt: fmt, alignment: { horizontal: 'left' } } : {}, rag ? { fill: F[rag] } : {}, {}] });
  }
  p.blank();
  p.line(['Colour the status cell please: blue = done, green = on track, amber = delayed, red = not started.  Leave blank if on hold.'], { merge: ['A', 'G'], style: { italic: true, color: 'FF595959' } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional community trust) kept as a tracker for the EDI Group, Verdana 9. Sheet 'WRES': trust name and title merged across, a blank row, the header 'No. | Indicator. | Action. | Lead. | Deadline. | Status. | Comment.' (every heading typed with a full stop; row 4), three grey merged SECTION rows typed in a hurry ('  Recuitment & progression ' with a typo and stray spaces, 'Treatment  at work' with a double space, 'Board') over nine actions C1–C9, a blank row and an italic line saying which colour to fill for each status. Indicators typed 'WRES1', 'WRES 2', 'wres2', 'WRES5 & WRES6' (→ 5 and 6). Deadlines as real dates ('30/09/2018', '30/11/2018' dd/mm/yyyy; 'Feb-19' mmm-yy) and text ('31/3/19', 'Dec 18', 'ongoing', 'March 19'). Judgement calls: ROW 8 (C3) HAS ITS DEADLINE TYPED IN THE COMMENT COLUMN – Deadline. empty, '31/03/19' under Comment.; a careful reader takes due '31/03/19' and progress '' (the cell holds no comment). Theme = the section row above read without its stray spaces, typo kept ('Recuitment & progression', 'Treatment at work'). Status = the word as typed (trailing space dropped, case kept: 'On Track', 'complete - see notes'); rag = the fill (light blue = done → blue); C7 'on hold' is left unfilled as the instruction line says → rag null. Leads as written ('Clinical Educator ' trailing space dropped). Progress = Comment. Ref = No. The instruction line is not an action.", { mode: 'fill', ragCol: 6, sections: secs });
}
