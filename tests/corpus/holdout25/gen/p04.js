// holdout25-wres-2023-24-thamesreach: follows a mental health trust's published 'Anti-Racism Action Plan' (South London and Maudsley NHS FT,
// https://slam.nhs.uk/anti-racism): an ambition set in the trust strategy, then numbered KEY AREAS OF ACTION – Workforce; Service Delivery
// (PCREF); Communication and Engagement; Research; Work with the Police – each with a line on what it is for. The page shows the areas
// and their aims; the table under them (columns, refs, the WRES / PCREF link column) is ASSUMED.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'Thamesreach and Lambhurst NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout25-wres-2023-24-thamesreach', sheet: 'Anti-Racism Action Plan', standard: 'WRES', period: '2023-24', trust, widths: [7, 60, 30, 16, 16, 40] });
  p.line([`${trust} – Anti-Racism Action Plan 2023-24`], { merge: ['A', 'F'], style: { bold: true, font: { size: 14 } } });
  p.line(['Our strategy sets the ambition to be known for what we do on anti-racism. That means change from within, in everything we do, for staff, service users, carers and communities. We built this plan with them.'], { merge: ['A', 'F'], height: 30 });
  p.header(['Ref', 'What we will do', 'Lead', 'By when', 'Link', 'How we will know'], { style: { fill: C.purple, color: C.white } });
  const areas = [
    ['1. Workforce', 'Make the Trust a fair place to work for ethnically and culturally diverse staff, and for our Black colleagues in particular.', [
      ['1.1', 'Put a trained inclusion adviser on every interview panel for Band 7 posts and above.', 'Director of People', 'September 2023', 'WRES 2', 'Relative likelihood of appointment from shortlisting below 1.25'],
      ['1.2', 'Review every disciplinary case involving a Black member of staff before it goes to a formal hearing.', 'Deputy Director of HR', 'Ongoing', 'WRES 3', 'No disproportion in formal disciplinary entry'],
      ['1.3', 'Run the "Call It Out" programme in every inpatient ward, covering racist abuse from patients and colleagues.', 'Director of Nursing', 'March 2024', 'WRES 5, 6', 'Fewer Black staff reporting abuse in the staff survey'],
      ['1.4', 'Sponsor 30 Black staff at Bands 6 and 7 through the stepping-up leadership programme.', 'Head of Leadership and OD', 'March 2024', 'WRES 7', '30 sponsored places filled; progression tracked for two years'],
    ]],
    ['2. Service Delivery (PCREF)', 'Through the Patient and Carer Race Equality Framework, end the racial disparity Black communities face in our services and build their trust in them.', [
      ['2.1', 'Report Mental Health Act detentions and restrictive practice by ethnicity to every Quality Committee.', 'Medical Director', 'June 2023', 'PCREF', 'Quarterly data reviewed by the committee'],
      ['2.2', 'Co-produce a culturally appropriate care plan template with Black service users and carers.', 'Director of Nursing', 'December 2023', 'PCREF', 'Template in use on three pilot wards'],
    ]],
    ['3. Communication and Engagement', 'Make our images and language reflect the people we serve, and involve diverse communities in shaping services.', [
      ['3.1', 'Audit the Trust website and leaflets for imagery and language, and fix what the audit finds.', 'Director of Communications', 'October 2023', '—', 'Audit complete; changes made'],
    ]],
    ['4. Research', 'Open up research and access to it for ethnically and culturally diverse communities.', [
      ['4.1', 'Set a target for the share of research participants from Black communities in every new study.', 'Director of Research', 'March 2024', '—', 'Target in every new protocol'],
    ]],
    ['5. Work with the Police', 'Improve service users\' experience by working with the police, communities and acute partners, and cut the use of section 136.', [
      ['5.1', 'Agree a joint protocol with the police on section 136 and review every use each month.', 'Chief Operating Officer', 'January 2024', 'PCREF', 'Fewer section 136 detentions of Black service users'],
    ]],
  ];
  const secs = [];
  for (const [area, aim, acts] of areas) {
    secs.push(p.line([area], { merge: ['A', 'F'], style: { bold: true, fill: C.lilac }, border: true }));
    p.line([aim], { merge: ['A', 'F'], style: { italic: true } });
    for (const [ref, a, lead, due, link, how] of acts) {
      const inds = /^WRES/.test(link) ? link.match(/\d+/g) : [];
      p.action([ref, a, lead, due, link, how], { ref, indicators: inds, theme: area, action: a, lead, due, outcome: how });
    }
  }
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional trust, a mental health foundation trust) following a real published anti-racism action plan of a mental health trust (South London and Maudsley's): a title with the trust name, an intro paragraph, one purple header 'Ref | What we will do | Lead | By when | Link | How we will know' (row 3), then FIVE NUMBERED KEY AREAS OF ACTION as lilac section rows ('1. Workforce', '2. Service Delivery (PCREF)', '3. Communication and Engagement', '4. Research', '5. Work with the Police'), each followed by an italic line saying what the area is for, then its actions with refs '1.1', '1.2' … The 'Link' column ties each action to a WRES indicator ('WRES 2', 'WRES 5, 6'), to the Patient and Carer Race Equality Framework ('PCREF') or to nothing ('—'). Only the workforce area is about staff; the others are about patients, communications, research and the police. Judgement calls: EVERY row under a key area is an action of this plan – the patient-facing and police actions included – because the trust publishes them as one anti-racism plan; indicators come from the Link column only when it names WRES ('WRES 5, 6' → ['5','6']); 'PCREF' and '—' give []; theme = the key-area section row; the italic aim lines are context, not themes or actions; outcome = 'How we will know'; lead and due as written ('Ongoing' kept); no status, rag null.", { sections: secs, notFrom: ['E'] });
}
