// holdout67-wdes-2019-20-kelderby: mental health trust, first WDES year. Rows typed as if the sheet were a fixed-width form: an action
// too long for its cell CONTINUES ON THE NEXT ROW (text only in the action column – and, twice, in the Who column as well). No wrap text.
import { Book, Plan, C } from './lib.js';
import { join } from './h.js';
export async function build() {
  const book = new Book();
  const trust = 'Kelderby and Wolds Mental Health NHS Foundation Trust';
  const p = new Plan(book, { name: 'holdout67-wdes-2019-20-kelderby', sheet: 'WDES 2019-20', standard: 'WDES', period: '2019-20', trust, widths: [10, 7, 80, 30, 12, 12], font: { name: 'Calibri', size: 11 } });
  p.line(['Workforce Disability Equality Standard – Action Plan 2019/20'], { style: { bold: true, font: { size: 14 } } });
  p.line([trust]);
  p.line(['Status: NS = not started, IP = in progress, C = complete'], { style: { italic: true } });
  p.blank();
  p.header(['Metric', 'Ref', 'What we will do', 'Who', 'When', 'Status'], { style: { fill: C.grey } });
  const stFill = { NS: null, IP: C.amber, C: C.green };
  // [metric, ref, [action lines], [who lines], when, status, inds]
  const acts = [
    ['1', 'D1', ['Run a "why it matters" campaign encouraging staff to update their disability status on ESR self-service,', 'led by staff who have shared their own stories'], ['Workforce Information Manager'], 'Oct 2019', 'C', ['1']],
    ['2', 'D2', ['Add the Disability Confident guaranteed interview wording to every advert and check shortlisting', 'decisions against it each quarter'], ['Recruitment Manager'], 'Dec 2019', 'IP', ['2']],
    ['3', 'D3', ['Review the capability policy so that no formal stage starts before reasonable adjustments have been', 'considered and recorded, with the Disability Network and staff side'], ['Head of Employee Relations and', 'Disability Network Chair'], 'Mar 2020', 'IP', ['3']],
    ['4', 'D4', ['Launch a Reasonable Adjustments Passport'], ['OD Lead'], 'Jan 2020', 'C', ['4']],
    ['4', 'D5', ['Add a module on disability harassment to the Respect at Work training for managers and make it', 'part of the induction for new Band 7 and above staff from January; report numbers to the', 'People Committee'], ['Learning and Development Manager'], 'Feb 2020', 'NS', ['4']],
    ['5', 'D6', ['Hold two focus groups with disabled staff about why they feel the Trust offers fewer chances of', 'career progression'], ['Equality Lead'], 'Nov 2019', 'C', ['5']],
    ['6', 'D7', ['Tell managers through the Managers\' Briefing that disabled staff must not be pressed to come to work', 'when unwell and signpost the occupational health self-referral route'], ['Head of Occupational Health and', 'Head of Communications'], 'Dec 2019', 'IP', ['6']],
    ['9', 'D8', ['Set up a Disability Staff Network with protected time for its chair'], ['Director of People'], 'Sep 2019', 'C', ['9']],
    ['10', 'D9', ['Ask the Board to name a non-executive disability champion'], ['Trust Secretary'], 'Mar 2020', 'NS', ['10']],
  ];
  const NW = { alignment: { wrapText: false, vertical: 'top' } };
  for (const [m, ref, lines, who, when, st, inds] of acts) {
    p.action([m, ref, lines[0], who[0], when, st], { ref, indicators: inds, action: lines[0], lead: join(...who), due: when, status: st, rag: st === 'C' ? 'green' : st === 'IP' ? 'amber' : null },
      { style: NW, styles: [{}, {}, {}, {}, {}, stFill[st] ? { fill: stFill[st] } : {}] });
    const n = Math.max(lines.length, who.length);
    for (let i = 1; i < n; i++) {
      const r = p.line(['', '', lines[i] ?? '', who[i] ?? '', '', ''], { border: true, style: NW });
      const a = p.actions[p.actions.length - 1]; if (lines[i]) a.action = join(a.action, lines[i]); (p.joins[a.row] ||= []).push(r);
    }
  }
  p.blank();
  p.line(['Signed off by the People Committee on 25 September 2019.']);
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Fictional mental health foundation trust, first WDES year (2019/20). Title, trust line, status key line, header 'Metric | Ref | What we will do | Who | When | Status'. Typed as a fixed-width form with wrap text OFF: where an action is too long it CONTINUES ON THE NEXT ROW(S) – the continuation rows carry text only in the action column (and twice also the second half of the Who cell: 'Head of Employee Relations and' / 'Disability Network Chair'), with no metric, ref, date or status. Judgement calls: one action per Ref; its action text is the ref row's text JOINED with its continuation rows in order (single space); the continuation rows are non-action rows, never actions; lead = the Who text joined across rows likewise ('Head of Employee Relations and Disability Network Chair'); due = When as written ('Oct 2019'); ref = D-number; indicators = Metric (2019 WDES metrics, whole 4 and 9); status = the letter as written (NS / IP / C), rag from its fill (IP amber, C green), NS unfilled → rag null; theme null; no progress column. Key line and sign-off line are context.", { mode: 'fill', ragCol: 'F' });
}
