// holdout43-wdes-2023-24-caldermoor: follows North West Ambulance Service's 'WDES data report 2023/24' page (https://nwas.nhs.uk/?p=15616):
// the period line '1 April 2023 – 31 March 2024', the PDF link line with its size, 'Introduction' (the data the trust must publish; the
// Equality Act and PSED; the trust's EDI priorities as two 'We will …' bullets), 'Workforce Disability Equality Standard (WDES)' (ten
// metrics; the data used to write an action plan building on the EDI Improvement Plan's high impact actions), the data period, submission
// month and 'This is the sixth year of reporting', then 'Metric 1: …' sections. ASSUMED: each metric's two-year figures and its
// 'What we will do next' bullets, with a lead and date written into some bullets.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Caldermoor Ambulance Service NHS Trust';
  const p = new Plan(book, { name: 'holdout43-wdes-2023-24-caldermoor', sheet: 'WDES 2023-24', standard: 'WDES', period: '2023-24', trust, widths: [70, 16, 16, 16], font: { name: 'Arial', size: 10 } });
  const W = ['A', 'D'];
  p.line([`${trust} – Workforce Disability Equality Standard (WDES) data report`], { merge: W, style: { bold: true, font: { size: 14, color: { argb: C.darkgreen || 'FF00703C' } } } });
  p.line(['1 April 2023 – 31 March 2024'], { merge: W });
  p.line(['WDES data report 2023/24 (396kB pdf)'], { merge: W, style: { font: { underline: true, color: { argb: 'FF0563C1' } } } });
  p.line(['Introduction'], { merge: W, style: { bold: true, font: { size: 12 } } });
  p.line(['NHS England requires us to publish our workforce data on disability every year. Acting on the inequalities the data shows is part of how we meet the Equality Act 2010 and the Public Sector Equality Duty, and it sits at the centre of our equality, diversity and inclusion priorities:'], { merge: W, height: 44 });
  p.line(['• We will make sure colleagues and future recruits have fair access to jobs and to progression, so that every level of the trust, including the Board, reflects the communities we serve.'], { merge: W, height: 30, ambiguous: true });
  p.line(['• We will develop our leaders and staff to understand discrimination and its effect, so that colleagues and patients notice a real difference.'], { merge: W, height: 30, ambiguous: true });
  p.line(['Workforce Disability Equality Standard (WDES)'], { merge: W, style: { bold: true, font: { size: 12 } } });
  p.line(['The WDES is ten metrics comparing the working lives and careers of disabled and non-disabled colleagues. We use the figures to write and publish an action plan that builds on the high impact actions in the NHS EDI Improvement Plan, and comparing each year with the last shows whether we are making progress.'], { merge: W, height: 44 });
  p.line(['The data covers 1 April 2023 to 31 March 2024 and was sent to NHS England in May 2024, as the national timetable requires. This is the sixth year we have reported, and as before the data includes results from the NHS Staff Survey.'], { merge: W, height: 30 });
  const secs = [];
  const metric = (code, title, figs, bullets) => {
    p.blank();
    secs.push(p.line([`Metric ${code}: ${title}`], { merge: W, style: { bold: true, fill: C.palegrey }, height: 30 }));
    p.header(['', '2023', '2024', 'Change'], { style: { bold: true } });
    for (const f of figs) p.line(f, { border: true });
    p.line(['What we will do next'], { style: { italic: true, bold: true } });
    for (const b of bullets) {
      const t = `• ${b.text}`;
      p.action([t], { theme: `Metric ${code}: ${title}`, indicators: [code], action: t, lead: b.lead || '', due: b.due || '', dueSource: b.due ? 'action text' : null }, { merge: W, border: false, height: 30 });
    }
  };
  metric('1', 'Percentage of staff in AfC pay bands, medical and dental subgroups and very senior managers, compared with the overall workforce', [['Disabled colleagues (ESR)', '5.2%', '6.4%', '+1.2'], ['Not declared', '11.8%', '10.1%', '-1.7']], [
    { text: 'Ask every new starter to complete their equality information on their first day in the training school, with an explanation of why it matters (Lead: Head of Inclusion; by September 2024).', lead: 'Head of Inclusion', due: 'September 2024' },
    { text: 'Report the declaration rate for each of the five operational areas to the People Committee twice a year.' },
  ]);
  metric('2', 'Relative likelihood of non-disabled applicants being appointed from shortlisting compared with disabled applicants', [['Relative likelihood', '1.27', '1.19', '-0.08']], [
    { text: 'Make the guaranteed interview scheme part of the paramedic and call handler recruitment days, with a named contact for adjustments (Lead: Recruitment Manager; by July 2024).', lead: 'Recruitment Manager', due: 'July 2024' },
  ]);
  metric('3', 'Relative likelihood of disabled colleagues entering the formal capability process', [['Relative likelihood', '2.40', '1.65', '-0.75']], [
    { text: 'Require an occupational health referral and an adjustment discussion before any formal capability meeting takes place.' },
    { text: 'Audit capability cases opened in 2023/24 with staff side colleagues and share the themes with area managers (Lead: Employee Relations Lead; by December 2024).', lead: 'Employee Relations Lead', due: 'December 2024' },
  ]);
  metric('4a', 'Harassment, bullying or abuse from patients, managers and other colleagues', [['From patients / public – disabled', '39.1%', '37.4%', '-1.7'], ['From patients / public – non-disabled', '31.0%', '30.2%', '-0.8']], [
    { text: 'Extend body-worn cameras to all patient transport crews and make sure disabled colleagues know how to request one.' },
    { text: 'Train 40 more "Speak Up" champions at stations and in the control rooms, at least ten of them members of the Enable network (by March 2025).', due: 'March 2025' },
  ]);
  metric('6', 'Disabled colleagues feeling pressure from their manager to come to work when unwell', [['Disabled', '31.5%', '28.8%', '-2.7'], ['Non-disabled', '21.3%', '20.6%', '-0.7']], [
    { text: 'Review the attendance policy so that disability-related absence is recorded separately and does not count towards the trigger points (Lead: Deputy Director of People).', lead: 'Deputy Director of People' },
  ]);
  metric('8', 'Disabled colleagues saying adequate adjustments have been made', [['Disabled', '64.7%', '68.1%', '+3.4']], [
    { text: 'Publish a "requesting an adjustment" guide for operational managers and a named adjustments adviser for each area.' },
    { text: 'Fund adjustments centrally from April 2024 so that a station\'s budget never decides whether a colleague gets the equipment they need.' },
  ]);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, an ambulance service trust) following the layout of a real ambulance trust's WDES data report web page: title, the period line '1 April 2023 – 31 March 2024', a PDF link line, 'Introduction' with a paragraph and the trust's two EDI priorities as '•' lines written 'We will …', the WDES heading and two paragraphs, then SIX METRIC SECTIONS, each a shaded heading 'Metric n: …', a small figures table ('' | 2023 | 2024 | Change) with one or two rows, the label 'What we will do next' and one or two '•' actions merged across the sheet. Some bullets carry their lead and date in brackets at the end ('(Lead: Head of Inclusion; by September 2024)'), some only a lead or only a date, some neither. Judgement calls: the two EDI priorities in the introduction are the trust's standing priorities, not this plan's actions (non-action rows, listed as ambiguous since they read 'We will …'); the figures rows and their header rows are data, not actions; theme = the metric heading, indicators = its code ('4a' for the harassment section); action = the whole bullet as written, brackets included; lead = the name after 'Lead:' when the bullet gives one, else ''; due = the date after 'by' when given (dueSource 'action text'), else '' (dueSource null) – never borrowed from a neighbouring bullet; 'from April 2024' in the last bullet is when the new funding starts, not a deadline, so its due is ''; no status, rag null; ref '' (bullets).", { sections: secs });
}
