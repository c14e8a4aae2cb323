// holdout26-wres-2020-21-kellingworth: follows NHS St Helens CCG's 'Governing Body Pledges' page
// (https://sthelensccg.nhs.uk/about-us/equality-and-diversity/governing-body-pledges/): a lead Governing Body GP who sits on the regional
// BAME advisory board, an intro on the CCG's commitment and the partnership's aspiration, then commitments introduced as 'We commit to …:'
// each followed by numbered pledges 'We will …' – nine pledges numbered straight through the commitments. No lead, date or status.
import { Book, Plan, C } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Kellingworth Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout26-wres-2020-21-kellingworth', sheet: 'Pledges', standard: 'WRES', period: '2020-21', trust, widths: [12, 110] });
  p.line([trust, null], { style: { bold: true, color: C.nhs }, merge: ['A', 'B'] });
  p.line(['Governing Body Pledges 2020/21', null], { style: { bold: true, font: { size: 16 } }, merge: ['A', 'B'] });
  p.line(['Through our lead Governing Body GP, Dr Anand Okafor-Reid, who sits on the regional BAME Strategic Advisory Group, the Governing Body has made nine pledges to respond to the concerns of our BAME staff and communities and to reduce inequalities.', null], { merge: ['A', 'B'], height: 45 });
  p.line(['The CCG is committed to equality, diversity and inclusion. Racism and discrimination harm the health of our communities and the working lives of our colleagues, and the pandemic has shown how unequal their effects are. The Kellingworth and Vale Health and Care Partnership, of which the CCG is a member, aims to be known for promoting equality and inclusion in its leadership, its workforce and its work.', null], { merge: ['A', 'B'], height: 60 });
  p.line(['The Governing Body has therefore pledged to take the following steps.', null], { merge: ['A', 'B'] });
  const secs = [];
  const commit = (h, pledges) => {
    p.blank();
    secs.push(p.line([h, null], { style: { bold: true, italic: true }, merge: ['A', 'B'], height: 30 }));
    for (const [n, t] of pledges) p.action([`${n}.`, t], { ref: String(n), theme: h, action: t }, { border: false, styles: [{ alignment: { horizontal: 'right' } }] });
  };
  commit('We commit to doing more, together, as leaders to increase equality and reduce inequality, and to face honestly the concerns and needs of our BAME staff and communities:', [
    [1, 'We will close the gaps in our own understanding of the racism BAME people face at work, in health and care and in society, through a development programme for every Governing Body member.'],
    [2, 'We will write a race equality action plan with named accountability and ask the providers we commission to do the same.'],
    [3, 'We will make sure BAME colleagues are represented on our key committees, our Governing Body and in the decisions we take.']]);
  commit('We commit to working environments where different perspectives and experiences are valued and heard:', [
    [4, 'We will set up a BAME staff forum and give it a direct line to the Governing Body through an executive sponsor.'],
    [5, 'We will listen to BAME colleagues through regular conversations with the Accountable Officer and act on what we hear.'],
    [6, 'We will review our recruitment and promotion processes so that they are fair and seen to be fair.']]);
  commit('We commit to using our role as commissioners to reduce inequalities for our communities:', [
    [7, 'We will ask every provider to show us its WRES results and action plan at the annual contract review.'],
    [8, 'We will use data on ethnicity to find and close gaps in access to the services we commission.'],
    [9, 'We will report our progress against these pledges to the Governing Body at a meeting held in public.']]);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional CCG) following a CCG's published Governing Body pledges page, pasted into two columns: CCG name, title, three intro paragraphs (the first naming the lead Governing Body GP who sits on a regional advisory group), then three italic commitments 'We commit to …:' each followed by numbered PLEDGES ('1.' right-aligned in column A, 'We will …' in column B) – numbering runs straight on across the commitments (1–9). No lead, date, status or indicator anywhere. Judgement calls: each pledge is an action (the Governing Body's stated commitment to act); the gold action is the pledge text in column B without its number; ref = the pledge number ('1' … '9'); theme = the 'We commit to …' row above; the GP named in the intro is the pledges' champion, not the lead of each action – lead ''; due '' (none given); indicators [] throughout – no pledge names a WRES indicator and none is guessed from wording (pledge 7 mentions providers' WRES results, which is not an indicator of this plan); status '', rag null.", { sections: secs, forbidden: ['Dr Anand Okafor-Reid'] });
}
