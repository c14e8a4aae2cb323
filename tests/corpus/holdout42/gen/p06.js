// holdout42-wres-2018-19-carrowdene: a specialist trust's Board paper on the 2018 WRES data, pasted into Excel paragraph by paragraph
// (paragraph numbers in column A, text in B): purpose, key findings by indicator, then '3. Action plan for 2018-19' with three priority
// headings and the commitments as numbered paragraphs that end with '(WRES indicator n). Lead: … By: …', then monitoring and the
// recommendation.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Carrowdene Heart and Lung Hospital NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout42-wres-2018-19-carrowdene', sheet: 'Board paper', standard: 'WRES', period: '2018-19', trust, widths: [7, 112], font: { name: 'Arial', size: 10 } });
  const para = (n, t, o = {}) => p.line([n, t], { height: o.h, style: o.style, styles: o.styles });
  para('', trust, { style: { bold: true, font: { size: 12 } } });
  para('', 'Board of Directors – 27 September 2018 – Agenda item 14', { style: { bold: true } });
  para('', 'Workforce Race Equality Standard: 2018 data and action plan for 2018-19', { style: { bold: true, color: C.nhs } });
  para('', 'Presented by: Director of Workforce and OD.   Author: Equality and Inclusion Lead.', { style: { italic: true } });
  p.blank();
  const H = { styles: [{ bold: true }, { bold: true }] };
  para('1.', 'Purpose', H);
  para('1.1', 'This paper sets out the Trust\'s 2018 WRES data and asks the Board to approve the action plan for 2018-19 before it is published on the Trust\'s website.', { h: 28 });
  para('2.', 'Key findings', H);
  const finds = [
    para('2.1', 'Indicator 1: BME staff make up 24.6% of the workforce but 8.2% of staff at Band 8a and above (2017: 7.5%). There is no BME executive director.', { h: 28 }),
    para('2.2', 'Indicator 2: White applicants were 1.71 times more likely than BME applicants to be appointed from shortlisting (2017: 1.52).'),
    para('2.3', 'Indicator 3: BME staff were 1.12 times as likely to enter a formal disciplinary investigation – within the equitable range.'),
    para('2.4', 'Indicators 5 and 6: 29% of BME staff reported bullying, harassment or abuse from colleagues, against 22% of White staff.'),
    para('2.5', 'Indicator 7: 69% of BME staff believe the Trust offers equal opportunities for progression, against 87% of White staff.'),
  ];
  para('3.', 'Action plan for 2018-19', H);
  const intro = para('3.1', 'The Trust will take the following actions over the next 12 months. Each was discussed with the BME Staff Forum on 4 September 2018 and will be tracked by the People Committee.', { h: 28 });
  const secs = []; let theme = null;
  const sec = (t) => { secs.push(para('', t, { style: { bold: true, italic: true, fill: C.tan } })); theme = t; };
  const act = (ref, text, inds, lead, due) => p.action([ref, text], { ref, theme, indicators: inds, action: text, lead, due, dueSource: due ? 'labelled' : null }, { border: false, height: 42 });
  sec('Priority A – Fair recruitment and progression');
  act('3.2', 'Train every recruiting manager at Band 8a and above in inclusive recruitment, and keep a record of who has completed it so that untrained managers cannot chair a panel (WRES indicator 2). Lead: Head of Resourcing. By: December 2018.', ['2'], 'Head of Resourcing', 'December 2018');
  act('3.3', 'Put a trained BME panel member on every interview panel for Band 8a and above, drawing on a pool of volunteers from the BME Staff Forum (WRES indicators 1 and 2). Lead: Head of Resourcing. By: January 2019.', ['1', '2'], 'Head of Resourcing', 'January 2019');
  act('3.4', 'Offer a place on the regional Ready Now programme, or an internal equivalent, to every BME member of staff at Bands 7 and 8a who asks for one (WRES indicator 1). Lead: Head of Education. By: March 2019.', ['1'], 'Head of Education', 'March 2019');
  sec('Priority B – A culture free from bullying and discrimination');
  act('3.5', 'Relaunch the Respect at Work campaign in the critical care and theatres directorates, where the staff survey scores are lowest (WRES indicators 5 and 6). Lead: Deputy Chief Nurse. By: November 2018.', ['5', '6'], 'Deputy Chief Nurse', 'November 2018');
  act('3.6', 'Ask an independent HR adviser to review every formal disciplinary case involving a BME member of staff before a hearing is arranged. Lead: Head of Employee Relations. By: October 2018.', [], 'Head of Employee Relations', 'October 2018');
  act('3.7', 'Run cultural awareness sessions for the 30 managers of the largest teams, co-designed with the BME Staff Forum (WRES indicator 8). Lead: Equality and Inclusion Lead.', ['8'], 'Equality and Inclusion Lead', '');
  sec('Priority C – Leadership and accountability');
  act('3.8', 'Set each executive director a race equality objective in their 2018-19 appraisal, linked to the directorate\'s WRES figures (WRES indicator 7). Lead: Chief Executive. By: November 2018.', ['7'], 'Chief Executive', 'November 2018');
  act('3.9', 'Give the BME Staff Forum chair a standing place at the People Committee, with four hours a week of protected time (WRES indicator 9). Lead: Company Secretary. By: October 2018.', ['9'], 'Company Secretary', 'October 2018');
  para('4.', 'Monitoring', H);
  const mon = para('4.1', 'The People Committee will receive a progress report in January 2019 and at year end; the Board will receive the 2019 WRES data in July 2019.', { h: 28 });
  para('5.', 'Recommendation', H);
  const rec = para('5.1', 'The Board is asked to note the 2018 WRES data and approve the action plan in section 3.');
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a specialist heart and lung FT) – a Board paper pasted into Excel paragraph by paragraph on a sheet 'Board paper', paragraph numbers in column A and the text in a wide column B, no borders: the trust's name, 'Board of Directors – 27 September 2018 – Agenda item 14', the paper's title with the year 2018-19, a 'Presented by … Author …' line, then '1. Purpose' (1.1), '2. Key findings' (2.1–2.5, each opening with the indicator it describes and giving this year's figure against last year's), '3. Action plan for 2018-19' with an introduction (3.1), three tan PRIORITY heading rows ('Priority A – Fair recruitment and progression' …) and eight numbered commitment paragraphs 3.2–3.9, each ending '(WRES indicator n). Lead: … By: …', then '4. Monitoring' (4.1) and '5. Recommendation' (5.1). Judgement calls: the actions are paragraphs 3.2–3.9 only – the findings, the introduction, the monitoring paragraph and the recommendation are not actions (the findings' 'Indicator 2: …' openings give no indicator to anything); gold action = the whole paragraph as written, with its bracket and labels (as holdout30 heronsgate); ref = the paragraph number in column A ('3.2'); lead = the text after 'Lead:', due = the text after 'By:' (dueSource 'labelled'); 3.7 has a lead but no 'By:' (due ''); indicators = the bracketed WRES indicator(s) ('WRES indicators 1 and 2' → ['1', '2']); 3.6 names no indicator (indicators [] – not guessed from 'disciplinary'); theme = the priority heading above; the section headings ('1.', 'Purpose', '3.', 'Action plan for 2018-19' …) are non-action rows, not themes; the presenter and author on the 'Presented by' line are not leads (3.7's lead is the author's post, but given by the paragraph's own 'Lead:' label), and the Board date, the forum date (4 September 2018) and the monitoring months are not dues; no status (status '', rag null).", { sections: secs, indFrom: { bracket: true }, dataRows: [...finds, intro, mon, rec], forbidden: ['Director of Workforce and OD', '27 September 2018', '4 September 2018', 'January 2019 and at year end'] });
}
