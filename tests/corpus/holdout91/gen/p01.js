// holdout91-wres-2016-17-quillford: acute trust, the WRES plan as found on the HR shared drive in December 2016 – a working draft two
// people have typed into: an action pasted in twice (the second copy unnumbered, in the other editor's Calibri), a numbered placeholder
// 'Action 7 – to be agreed', a row holding only '…', a lead 'TBC' and editors' queries in the Comments column beside real updates.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Quillford Hospitals NHS Trust';
  const p = new Plan(book, { name: 'holdout91-wres-2016-17-quillford', sheet: 'WRES 16-17 (working)', standard: 'WRES', period: '2016-17', trust, widths: [6, 11, 50, 26, 12, 7, 44], font: { name: 'Arial', size: 10 } });
  p.line([trust], { style: { bold: true, font: { size: 12 } } });
  p.line(['WRES Action Plan 2016/17 – WORKING DRAFT (do not circulate)'], { style: { bold: true, color: C.darkred } });
  p.line(['RAG:  G = on track   A = some slippage   R = off track.   Blank = not yet rated.'], { merge: ['A', 'G'], style: { italic: true } });
  p.blank();
  p.header(['Ref', 'WRES Indicator', 'Action', 'Lead', 'Timescale', 'RAG', 'Comments'], { style: { fill: C.grey } });
  p.ws.views = [{ state: 'frozen', ySplit: 5 }];
  const F = { G: C.green, A: C.amber, R: C.red };
  const RAG = { G: 'green', A: 'amber', R: 'red' };
  const act = (ref, ind, a, lead, due, rag, com, gold = {}) => {
    const progress = gold.progress ?? com;
    return p.action([ref, ind, a, lead, due, rag, com], { ref, indicators: ind.split(/,\s*|\s*&\s*/), action: a, lead: gold.lead ?? lead, due, status: rag, rag: RAG[rag] ?? null, progress },
      { styles: [{}, { alignment: { horizontal: 'center' } }, {}, {}, {}, rag ? { fill: F[rag], bold: true, alignment: { horizontal: 'center' } } : {}, {}] });
  };
  act('1', '1', 'Produce a breakdown of BME staff by band for each clinical division and for corporate services, and send it to divisional boards every six months.', 'Head of Workforce Information', 'Sept 2016', 'G', 'First cut done for medicine and surgery (Oct). Corporate to follow.');
  act('2', '2', 'Require every shortlisting panel for Band 7 and above to include someone trained in fair recruitment, and record the panel on TRAC.', 'Recruitment Manager', 'Dec 2016', 'A', 'Panel field added to TRAC; only 40% of panels filled it in during November.');
  act('3', '2', 'Remove names and dates of birth from application forms at shortlisting for all nursing posts.', 'TBC', 'Mar 2017', '', 'NB check with Sarah whether recruitment or OD own this one', { progress: '' });
  const orig = act('4', '3', 'Ask the Deputy Director of HR to review every decision to start a formal disciplinary against a BME member of staff before the letter goes out.', 'Deputy Director of HR', 'Oct 2016', 'G', 'In place since 3 October. 11 cases reviewed, 4 dealt with informally instead.');
  act('5', '4', 'Publish the list of funded external courses each quarter and report take-up by ethnicity to the Education Committee.', 'Head of Learning & Development', 'Jan 2017', 'R', 'No report yet – L&D system cannot record ethnicity until the upgrade.');
  act('6', '5 & 6', 'Put up posters in ED and the acute medical unit saying racist abuse of staff will be reported to the police, and train security staff to respond.', 'Head of Security', 'Nov 2016', 'A', 'Posters up in ED. AMU waiting for print.');
  const ph7 = p.line(['7', '', 'Action 7 – to be agreed', '', '', '', ''], { border: true, style: { color: 'FF808080' } });
  act('8', '7', 'Start a mentoring scheme pairing BME nurses at Bands 5–6 with senior nurses from another division.', 'Director of Nursing', 'Mar 2017', 'G', '14 pairs matched; launch event 24 November.');
  const dup = p.line(['', '3', 'DDHR to check all formal disciplinaries for BME staff before they start', 'DDHR', 'Oct 16', '', 'KP – added from the WRES group notes 14/9. Same as no. 4?? delete one'], { border: true, style: { font: { name: 'Calibri', size: 11 } } });
  const phd = p.line(['', '', '…', '', '', '', ''], { border: true });
  act('9', '9', 'Ask NHS Improvement to include BME candidates on the long list for the two non-executive director posts due in 2017.', 'Chief Executive', 'Mar 2017', 'A', '[JS: is this still right? Board said the NED process sits with NHSI now]', { progress: '' });
  p.blank();
  p.line(['Next WRES working group 12 January 2017 – please bring updates on your rows.'], { merge: ['A', 'G'], style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional acute trust) as FOUND MID-YEAR on the HR shared drive: a working draft two people have typed into. Trust name, title 'WRES Action Plan 2016/17 – WORKING DRAFT (do not circulate)', an italic RAG key line (G / A / R, blank = not yet rated), a blank row, a grey header 'Ref | WRES Indicator | Action | Lead | Timescale | RAG | Comments' (row 5, frozen), then the rows and, after a blank row, an italic 'Next WRES working group 12 January 2017' line. Unfinished signs: ref 3 has lead 'TBC', no RAG and only an editor's note ('NB check with Sarah …') in Comments; row 12 is a numbered PLACEHOLDER ('7' | 'Action 7 – to be agreed', grey, nothing else); row 14 is action 4 TYPED IN AGAIN by a second editor (unnumbered, Calibri 11, abbreviated 'DDHR to check all formal disciplinaries …', comment 'KP – added from the WRES group notes 14/9. Same as no. 4?? delete one'); row 15 holds only '…'; ref 9's Comments cell is an editor's query '[JS: is this still right? …]'. Judgement calls: the placeholder, the '…' row and the duplicate are NOT actions (the duplicate repeats ref 4, which is the plan's fully filled, numbered row; its own comment says it is the same); ref 3 is an action with lead 'TBC' kept as written, status '' and rag null (blank = not yet rated); progress = Comments where it is an update, '' where the cell holds only an editor's query (ref 3, ref 9) – the queries are no progress; lead = Lead, due = Timescale as typed; status = the RAG letter, rag from its fill; indicators from the indicator column ('5 & 6' → both); ref = the number typed (the refs jump from 6 to 8 because 7 is the placeholder); theme null; the meeting date in the closing line is no due.", { mode: 'fill', ragCol: 6, dupOf: { [dup]: orig }, dupCol: 'C', placeholders: [ph7, phd], draft: ['NB check with Sarah', '[JS:', 'KP –'], forbidden: ['12 January 2017', 'DDHR'] });
}
