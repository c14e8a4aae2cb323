// holdout31-wres-2020-21-lindenholme: follows NHS Lincolnshire ICB's page 'Our commitment to equality, inclusion and human rights'
// (lincolnshire.icb.nhs.uk/about-us/our-board-and-committees/our-commitment-to-equality-inclusion-and-human-rights/): an opening
// paragraph on the annual equality report, a numbered list of five priorities, the fifth expanded as an equality objective for BAME
// staff and communities, an 'Objective: …' line, and 'Actions with regards to the workforce:-' followed by the actions. The second list
// ('Actions with regards to communities:-') is ASSUMED from the objective's wording (staff AND communities). Pasted into one column.
import { Book, Plan, C, ALL_WRES } from './lib.js';
export async function build() {
  const book = new Book();
  const trust = 'NHS Lindenholme Clinical Commissioning Group';
  const p = new Plan(book, { name: 'holdout31-wres-2020-21-lindenholme', sheet: 'Sheet1', standard: 'WRES', period: '2020-21', trust, widths: [115], font: { name: 'Arial', size: 11 } });
  p.line([trust], { style: { bold: true, color: C.nhs, font: { size: 13 } } });
  p.line(['Our commitment to equality, inclusion and human rights'], { style: { bold: true, font: { size: 13 } } });
  p.line(["NHS Lindenholme Clinical Commissioning Group is committed to commissioning services and employing staff in ways that meet the diverse needs of our population and workforce. We publish our Annual Equality Report at the end of March each year, together with our Workforce Race Equality Standard (WRES) report. This page sets out our equality priorities for 2020-21 and the actions we have agreed in response to the impact of Covid-19 on Black, Asian and minority ethnic (BAME) staff and communities."], { height: 75 });
  p.line(['Our equality priorities for 2020-21 are:'], { style: { bold: true } });
  const pri = ['1. Workforce data and staff support', '2. Visible leaders who champion equality, diversity and human rights', '3. Equality, diversity and human rights training', '4. Standards and charter marks', '5. An equality objective for the CCG to support BAME staff and communities in response to national reports.'];
  const priRows = pri.map((t) => p.line([t]));
  p.blank();
  p.line(['5. Equality objective to support BAME staff and communities'], { style: { bold: true, font: { size: 12 } } });
  p.line(['Objective: Put in place actions within the CCG to assess and reduce the disproportionate impact of Covid-19 on BAME staff and communities, in line with the health inequalities set out in the PHE disparities report (June 2020).'], { height: 32 });
  const secs = [];
  const lists = [
    ['Actions with regards to the workforce:-', [
      ['• Offer every BAME member of staff a Covid-19 risk assessment with their line manager, and record the adjustments agreed.', []],
      ["• Share the CCG's WRES data with the BAME staff network and agree this year's WRES actions with them (WRES indicators 1 to 9).", ALL_WRES],
      ['• Add a BAME member of staff to every interview panel for posts at Band 7 and above (WRES indicator 2).', ['2']],
      ["• Give BAME staff access to the regional reverse mentoring and 'Stepping Up' programmes (WRES indicator 7).", ['7']],
      ['• Ask every Governing Body member to complete cultural awareness training.', []],
      ['• Set up a confidential route, through the Freedom to Speak Up Guardian, for staff to raise concerns about racism (WRES indicators 6 and 8).', ['6', '8']],
    ]],
    ['Actions with regards to communities:-', [
      ['• Use local ethnicity data to target Covid-19 testing and vaccination messages at the neighbourhoods with the largest BAME populations.', []],
      ['• Require our main providers to share their WRES action plans with the CCG through the quality schedule of their contracts.', []],
      ['• Fund community champions from BAME voluntary groups to share public health advice in community languages.', []],
    ]],
  ];
  for (const [head, acts] of lists) {
    secs.push(p.line([head], { style: { bold: true, italic: true } }));
    for (const [a, inds] of acts) p.action([a], { indicators: inds, theme: head, action: a }, { border: false });
  }
  p.blank();
  p.line(['Progress against these actions will be reported to the Governing Body in our Annual Equality Report 2021.'], { style: { italic: true } });
  await book.save(`${p.name}.xlsx`);
  p.saveGold("Original plan (fictional body, a clinical commissioning group, for its own staff and its communities) laid out like a real published ICB equality page (NHS Lincolnshire ICB's 'Our commitment to equality, inclusion and human rights'), pasted into ONE COLUMN on 'Sheet1': the CCG's name, the page title, an opening paragraph, 'Our equality priorities for 2020-21 are:' and a NUMBERED LIST of five priorities (rows 5–9), the fifth expanded below as '5. Equality objective to support BAME staff and communities' with an 'Objective: …' line that cites the PHE disparities report (June 2020), then two lists: 'Actions with regards to the workforce:-' (six bullets) and 'Actions with regards to communities:-' (three bullets), and a closing line on reporting. NO TABLE, NO LEAD, NO DATES for the actions. Judgement calls: the actions are the '•' bullets under the two 'Actions with regards to …:-' lines – the numbered priorities are headings of the CCG's equality programme (four of them never expanded on the page), not actions; the objective line and the report date in it are not an action or a due; the community bullets are actions of this plan too (indicators [] – they name no WRES indicator, and 'WRES action plans' of providers is not one); indicators only where a bullet names WRES indicators ('WRES indicators 1 to 9' → all nine, 'WRES indicators 6 and 8' → ['6','8']), [] otherwise; theme = the 'Actions with regards to …:-' line above, as written; lead '' and due '' throughout (none named); the closing reporting line is not an action; no status, rag null.", { sections: secs, dataRows: priRows, noLead: true, noDue: true, forbidden: ['June 2020', '2020-21', 'Governing Body', 'Freedom to Speak Up Guardian'] });
}
