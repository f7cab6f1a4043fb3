import { art as artOf, claim, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';
import { ARTICLE_TAGS, type ArticleTag } from './generality2.cases.ts';

/**
 * Claims generality set 5, part B (held out): twelve invented whole news articles, written
 * blind (no extractor run, no extractor code read) and annotated by reading under SPEC §2 and
 * GUIDELINES §5-6. Names of people, companies, outlets and groups are invented; countries,
 * capitals, real agencies and international bodies are real. Styles: espionage and
 * intelligence, sanctions and trade disputes, machine-translated foreign news, live blogs,
 * press-freedom disputes, academic and scientific misconduct. Density is kept close to real
 * articles: about half of the sentences carry no claim (background, figures, procedure,
 * reactions, teasers, "Related" blocks, boilerplate).
 *
 * Same format as generality2.cases.ts: evidence is a verbatim snippet of the headline or body,
 * actors are lists of accepted names, `optional` marks what an annotator could fairly leave out.
 */

/** Tags of set 2 plus this part's styles ('machine-translated' is already in the set-1 list). */
export const SET5_B_TAGS = [...ARTICLE_TAGS, 'espionage', 'trade', 'live-blog', 'press-freedom', 'misconduct'] as const;
export type Set5BTag = (typeof SET5_B_TAGS)[number];

const acc = claim('accusation');
const den = claim('denial');
const art = artOf<Set5BTag>;

// Accepted names of recurring real actors.
const USA = ['United States', 'US', 'U.S.', 'Washington', 'American'];
const RUSSIA = ['Russia', 'Moscow', 'Russian', 'Kremlin', 'Russian embassy', 'Embassy of Russia'];
const CHINA = ['China', 'Beijing', 'Chinese'];
const IRAN = ['Iran', 'Tehran', 'Iranian'];

type Claims = readonly ExpectedClaim[];

// ───────────────────────────── 1. espionage: arrest of an alleged spy ─────────────────────────────
const NORWAY_PST = ['Norwegian Police Security Service', 'PST', 'Police Security Service', 'Norway', 'Norwegian'];
const PST = ['Norwegian Police Security Service', 'PST', 'Police Security Service'];
const EBRA = ['Kamran Ebrahimi-Lund', 'Ebrahimi-Lund'];
const AASEN = ['Henrik Aasen', 'Aasen'];
const oslo: Claims = [
  acc('Norway charges immigration interpreter with spying on Iranian dissidents', [NORWAY_PST], [EBRA]),
  acc('has been charged with passing information about Iranian dissidents to Tehran', [PST], [EBRA]),
  acc("According to the PST's charge sheet, Ebrahimi-Lund copied interview notes from at least 40 asylum cases", [PST], [EBRA]),
  acc("The service believes the contact was an officer of Iran's Ministry of Intelligence.", [PST], [['Ministry of Intelligence', "Iran's Ministry of Intelligence", ...IRAN]], 'hedged', true),
  acc('the information was used by Iranian intelligence to put pressure on relatives of the asylum seekers', [['Marte Skogstad', 'Skogstad']], [[...IRAN, 'Ministry of Intelligence']], 'hedged'),
  den('said his client did not accept criminal guilt', [AASEN], []),
  den('he has never handed anything to any intelligence service', [AASEN], []),
  den('This case rests on assumptions.', [AASEN], [], undefined, true),
  den('Tehran has in the past rejected accusations that its intelligence services monitor Iranians abroad', [IRAN], []),
  acc('It is the third case in Europe this year involving alleged surveillance of Iranian exiles.', [], [], 'hedged', true),
  acc('Danish police arrested two men suspected of photographing the home of an Iranian opposition activist', [['Denmark', 'Danish', 'Danish police']], [], 'hedged'),
];

// ───────────────────────────── 2. espionage: leaked intelligence report ─────────────────────────────
const BIS = ['Security Information Service', 'BIS', 'Czech Security Information Service'];
const CZECH = ['Czech Republic', 'Czechia', 'Czech', 'Prague', 'Czech authorities'];
const GRU = ['GRU', "Russia's military intelligence agency", 'Russian military intelligence'];
const prague: Claims = [
  acc('Leaked Czech intelligence report links Russian military intelligence to depot fire', [[...BIS, ...CZECH]], [[...GRU, ...RUSSIA]]),
  acc(`was "with high probability" set by people recruited by Russia's military intelligence agency, the GRU`, [BIS], [GRU], 'hedged'),
  acc('It names a Moldovan man, Valeriu Ciobanu, as the "organiser on the ground"', [BIS], [['Valeriu Ciobanu', 'Ciobanu']]),
  acc('was detained in Brno in November on suspicion of arson', [], [['Valeriu Ciobanu', 'Ciobanu']]),
  den('her client "had no contact with any foreign state, Russian or otherwise."', [['Lucie Horáková', 'Horáková']], []),
  acc('said they believed the Vlachovice fire fitted a broader pattern of sabotage commissioned by Moscow', [], [RUSSIA], 'hedged'),
  den('called the report "another anti-Russian fabrication"', [RUSSIA], []),
  acc('accused the Czech authorities of "inventing a Russian trace for every fire and every power cut."', [RUSSIA], [CZECH]),
  acc('after concluding that GRU officers were behind explosions at an ammunition depot in Vrbětice in 2014', [CZECH], [[...GRU, ...RUSSIA]]),
  den('an accusation Moscow has always denied', [RUSSIA], [CZECH]),
];

// ───────────────────────────── 3. trade: anti-dumping duties ─────────────────────────────
const ADC = ['Anti-Dumping Commission'];
const MOFCOM = ['Ministry of Commerce', "China's Ministry of Commerce", ...CHINA];
const canberra: Claims = [
  acc('Australia slaps anti-dumping duties on Chinese and Malaysian solar glass', [['Australia', 'Australian']], [], undefined, true),
  acc('after the Anti-Dumping Commission found that exporters had been selling it in Australia for less than they charge at home', [ADC], []),
  acc('says the price undercutting caused "material injury" to the only local maker of the product', [ADC], [], undefined, true),
  acc('which the commission said had "understated its production costs by recording raw materials at non-market prices."', [ADC], [['Zhejiang Lianhe Photovoltaic Glass', 'Zhejiang Lianhe']]),
  acc('they cannot compete with product sold below cost', [['Rebecca Thwaites', 'Thwaites']], [], undefined, true),
  den('This is about fair trade, not protectionism.', [['Rebecca Thwaites', 'Thwaites']], [], undefined, true),
  acc('said Beijing had "poured subsidies into producers who then flooded our market"', [['Darren Moyle', 'Moyle']], [CHINA]),
  den(`described the commission's calculations as "seriously flawed."`, [MOFCOM], [ADC]),
  acc('the ministry accused Canberra of "protectionism disguised as fair trade"', [MOFCOM], [['Australia', 'Canberra', 'Australian']]),
  den('it "rejects the finding of dumping"', [['Kuantan Solar Materials', 'Kuantan']], []),
];

// ───────────────────────────── 4. trade: forced labour in a supply chain ─────────────────────────────
const CBP = ['U.S. Customs and Border Protection', 'Customs and Border Protection', 'CBP'];
const APF = ['Andaman Pearl Foods', 'Andaman Pearl'];
const THAI = ['Thailand', 'Thai', 'Bangkok'];
const bangkok: Claims = [
  acc('US blocks shrimp from Thai exporter over forced labour on supplier boats', [[...USA, ...CBP]], [APF]),
  acc('saying it had information that “reasonably indicates” the use of forced labour on fishing vessels that supply the company', [CBP], [APF], 'hedged'),
  acc('CBP said its investigators had identified debt bondage, withheld wages and the retention of identity documents among crews', [CBP], []),
  acc('Several told the group that captains had taken their passports to stop them leaving.', [], []),
  acc('Men were kept at sea for months, paid nothing and told they owed money for their own recruitment', [['Sombat Chaiyaphum', 'Chaiyaphum']], [], undefined, true),
  acc('The company knew where its fish came from. It chose not to ask.', [['Sombat Chaiyaphum', 'Chaiyaphum']], [APF]),
  den('It said it “does not tolerate forced labour in any form”', [APF], []),
  den('none of the six vessels had supplied it since 2023', [APF], [], undefined, true),
  den('found “no evidence of human trafficking or forced labour.”', [['Department of Fisheries', 'Thailand’s Department of Fisheries', ...THAI]], []),
  den('the U.S. decision was based on “old and unverified information.”', [['Kittisak Wongsuwan', 'Wongsuwan']], [[...USA, ...CBP]]),
  acc('when the European Union issued a “yellow card” to Bangkok over illegal, unreported and unregulated fishing', [['European Union', 'EU']], [THAI]),
];

// ───────────────────────────── 5. machine-translated: espionage arrest (from Portuguese) ─────────────────────────────
const PF = ['Federal Police', 'PF'];
const NOG = ['Ademir Saraiva Nogueira', 'Nogueira'];
const brasilia: Claims = [
  acc('Federal Police arrests retired colonel accused of to sell military secrets to foreign agents', [PF], [NOG]),
  acc('arrested on this Tuesday (12) a retired colonel of the Brazilian Army suspected of selling documents classified about the defense of the Amazon', [PF], [NOG], 'hedged'),
  acc('would have received at least R$ 900 thousand in cryptocurrencies between 2022 and 2024', [PF], [NOG], 'hedged'),
  acc('the newspaper Folha do Planalto informed that investigators point to Russia', [], [RUSSIA], 'hedged'),
  acc('who according to the PF acted as "intermediary" and washed the money through his company', [PF], [['Rogério Tavares Lins', 'Lins']]),
  den('the colonel "never had access to documents classified after passing to the reserve"', [['Caio Figueiredo', 'Figueiredo']], []),
  den('will prove his innocence', [['Caio Figueiredo', 'Figueiredo']], [], undefined, true),
  den('declared that the accusations are "fantasies without any base"', [RUSSIA], []),
  den('Russia "does not interfere in the internal affairs of Brazil"', [RUSSIA], []),
];

// ───────────────────────────── 6. machine-translated: thesis plagiarism (from Spanish) ─────────────────────────────
const VILLA = ['Héctor Villanueva Quispe', 'Villanueva', 'Héctor Villanueva'];
const CARD = ['Mariela Cárdenas Rojas', 'Cárdenas', 'Mariela Cárdenas'];
const UAP = ['University Andean of the Pacific', 'UAP', 'Office of Image Institutional'];
const lima: Claims = [
  acc('Rector of the University Andean of the Pacific is accused of plagiarize his doctoral thesis', [], [VILLA]),
  acc('after a complaint that points that more of 40% of his doctoral thesis was copied of other works without to cite the source', [CARD], [VILLA]),
  acc('entire chapters "were copied and pasted, with the same errors of typing of the originals"', [CARD], [VILLA]),
  acc('It is a systematic appropriation of the work of others', [CARD], [VILLA]),
  acc('the university removed her of two courses in retaliation', [CARD], [UAP]),
  den('rector rejected the accusations by means of a communiqué', [VILLA], []),
  den('his thesis "complies with all the norms of the epoch"', [VILLA], []),
  den('the complaint forms part of a "campaign of demolition"', [VILLA], []),
  acc('promoted by "groups that lost the last university elections"', [VILLA], [], undefined, true),
  den('denied that Cárdenas has been sanctioned', [UAP], [CARD]),
  acc('the press revealed similar irregularities in his thesis of master', [], [], undefined, true),
];

// ───────────────────────────── 7. live blog: retaliatory tariffs ─────────────────────────────
const MEX = ['Mexico', 'Mexican'];
const HOLT = ['Raymond Holt', 'Holt'];
const COMMERCE = ['Commerce Department', 'Department of Commerce', 'U.S. Commerce Department'];
const mexico: Claims = [
  acc('U.S. Commerce Secretary accuses Mexico of letting Chinese steel "pass through" its mills', [HOLT], [MEX]),
  den('U.S. allegations of transshipment were "false and irresponsible."', [['Mexican Steel Producers Chamber', 'Camexa']], [USA]),
  acc(`Press secretary Dana Whitlock said Mexico's tariffs were "unjustified"`, [['Dana Whitlock', 'Whitlock']], [MEX], undefined, true),
  acc('the Commerce Department said steel from "certain Mexican producers" contained slabs melted in China and was being shipped north to evade U.S. duties on Chinese steel', [COMMERCE], []),
  acc('which it said had "failed to demonstrate the origin" of at least 180,000 tons shipped last year', [COMMERCE], [['Aceros del Bajío'], ['Laminadora Norte']]),
  den('Laminadora Norte told us it had "never imported a single ton of Chinese slab"', [['Laminadora Norte']], []),
  acc('said Mexico had become "a back door for Chinese overcapacity"', [HOLT], [MEX], undefined, true),
  acc('accused Mexican customs officials of "looking the other way" while steel was relabelled', [HOLT], [MEX]),
  acc('to what she called "unilateral and illegal" U.S. duties', [['Lucía Ferrer', 'Ferrer']], [USA]),
  den('claims that Chinese steel was being routed through third countries were "groundless."', [CHINA], []),
];

// ───────────────────────────── 8. live blog: raid on a broadcaster ─────────────────────────────
const GEO = ['Georgia', 'Georgian', 'Georgian government', 'Tbilisi'];
const TALGA = ['Talga TV', 'Talga'];
const GEO_SEARCH = ["Prosecutor's Office", ...GEO];
const DOLIDZE = ['Ketevan Dolidze', 'Dolidze'];
const tbilisi: Claims = [
  acc(`government accuses broadcaster of foreign-funded 'sabotage'`, [GEO], [TALGA]),
  acc('Government says broadcaster "financed from abroad to sabotage the elections"', [GEO], [TALGA]),
  acc('the regulator said had "insulted the honour and dignity" of a government minister', [['Communications Commission']], [TALGA]),
  acc('It says the search is part of a criminal case opened under the articles on sabotage', [["Prosecutor's Office"]], [TALGA], undefined, true),
  acc('She called the search "an act of intimidation aimed at silencing the last independent voices before the vote"', [DOLIDZE], [GEO_SEARCH]),
  den(`said all of the channel's funding was "declared, audited and legal."`, [DOLIDZE], []),
  acc('They are not looking for evidence. They are looking for our sources', [DOLIDZE], [GEO_SEARCH], undefined, true),
  acc('This government has decided that journalism is a crime.', [DOLIDZE], [GEO]),
  acc('It accuses Talga TV of being "financed from abroad to sabotage the elections"', [GEO], [TALGA]),
  acc('of "spreading panic on the instructions of foreign handlers."', [GEO], [TALGA]),
];

// ───────────────────────────── 9. press freedom: government vs broadcaster ─────────────────────────────
const KENYA = ['Kenya', 'Kenyan', 'Kenyan government'];
const NYOTA = ['Nyota TV', 'Nyota'];
const OTIENO = ['Miriam Achieng Otieno', 'Otieno', 'Miriam Otieno'];
const AKN = ['Association of Kenyan Newsrooms'];
const nairobi: Claims = [
  acc(`Government accuses Nyota TV of 'one-sided' protest coverage`, [KENYA], [NYOTA]),
  acc(`The Kenyan government has accused privately owned Nyota TV of "deliberately inflaming" last week's anti-tax protests`, [KENYA], [NYOTA]),
  acc(`in a letter that the broadcaster's management described as an attempt to dictate its editorial line`, [NYOTA], [KENYA]),
  acc('its live broadcasts had "glorified violence, amplified unverified casualty figures and given a platform to individuals calling for the overthrow', [['Daniel Oloo Nyamweya', 'Nyamweya']], [NYOTA]),
  den('rejected the suggestion that it had incited anyone', [OTIENO], []),
  den('If the pictures were uncomfortable, that is not our fault', [OTIENO], [], undefined, true),
  den('She added that the station had carried statements by the police and by government spokespersons "every single hour" of the protests.', [OTIENO], [], undefined, true),
  acc('said the letter was "a thinly veiled threat"', [AKN], [KENYA], undefined, true),
  acc('accused the ministry of "reviving the playbook of 2018, when stations were switched off for covering the opposition."', [AKN], [KENYA]),
  acc('some media houses had "chosen a side" during the protests', [['Abdi Hassan Warsame', 'Warsame']], [], undefined, true),
  acc('which has accused police of using live ammunition against unarmed demonstrators', [['Kenya National Commission on Human Rights']], [KENYA]),
  den('Police have said officers acted in self-defence.', [], []),
];

// ───────────────────────────── 10. misconduct: fabricated data ─────────────────────────────
const HANBIT = ['Hanbit Biomedical Research Institute', 'Hanbit'];
const SEO = ['Seo Min-jae', 'Seo'];
const daejeon: Claims = [
  acc('Investigation finds Korean liver study used fabricated data', [HANBIT], []),
  acc('lead author blames former postdoc', [SEO], []),
  acc('has concluded that a widely cited 2021 study on liver regeneration in mice contained fabricated data and manipulated images', [HANBIT], []),
  acc('had been "duplicated, spliced or altered in ways that cannot be explained by error."', [HANBIT], [], undefined, true),
  acc(`The report holds the paper's corresponding author, Seo Min-jae, "primarily responsible" for the misconduct`, [HANBIT], [SEO]),
  den('Seo said he "did not fabricate or instruct anyone to fabricate any data"', [SEO], []),
  acc('blamed a former postdoctoral researcher, whom he did not name, for assembling the images', [SEO], []),
  acc(`found "no evidence" that she had acted without Seo's knowledge`, [HANBIT], [SEO], undefined, true),
  acc('an anonymous user who noted that two images of liver tissue appeared to be the same picture rotated by 90 degrees', [], [], 'hedged'),
  acc('said the manipulation was "not subtle."', [['Elisabeth Brandt', 'Brandt']], [], undefined, true),
];

// ───────────────────────────── 11. misconduct: data irregularities at a research firm ─────────────────────────────
const EMA = ['European Medicines Agency', 'EMA'];
const VAIDYA = ['Vaidya Clinical Research', 'Vaidya'];
const amsterdam: Claims = [
  acc('EU regulator recommends suspending generic drugs tested by Indian research firm over data irregularities', [EMA], [VAIDYA]),
  acc('because the studies used to approve them were carried out by an Indian contract research firm whose data, it said, could not be relied on', [EMA], [VAIDYA]),
  acc('inspections at Vaidya Clinical Research in Pune had found "serious irregularities"', [EMA], [VAIDYA]),
  acc('These findings raise serious concerns about the validity and integrity of the data', [EMA], [VAIDYA], undefined, true),
  den('it "categorically denies any deliberate manipulation of data"', [VAIDYA], []),
  den('the anomalies found by inspectors "reflect documentation gaps, not misconduct."', [VAIDYA], []),
  acc('study coordinators at the firm had been instructed to "make the numbers match" when samples went missing', [], [VAIDYA], 'hedged'),
  acc('accused European regulators of "applying standards to Indian sites that they do not apply at home."', [['Federation of Indian Generic Manufacturers']], [EMA]),
];

// ───────────────────────────── 12. machine-translated: broadcaster suspended (from French) ─────────────────────────────
const HAC = ['Superior Authority of the Communication', 'HAC'];
const SAHEL = ['Sahel 24'];
const FAMA = ['Malian Armed Forces', 'FAMa', 'Mali', 'Malian'];
const bamako: Claims = [
  acc('which it accuses of having diffused "defamatory and unverified allegations" against the Malian Armed Forces (FAMa)', [HAC], [SAHEL]),
  acc('inhabitants of the region of Ségou affirmed that soldiers had executed eleven civilians', [], [FAMA]),
  acc('a parent of the victims who accused "the military and their partners" of having burned the granaries', [], [FAMA]),
  acc('the report "undermines the morale of the troops" and constitutes "an apology of the terrorism"', [[...HAC, 'Moussa Kéita Sangaré', 'Sangaré']], [SAHEL]),
  den('direction of Sahel 24 contests these accusations', [SAHEL], []),
  den('We made our work of journalists.', [['Aïssata Dembélé', 'Dembélé']], [], undefined, true),
  acc('She denounced "a decision political which aims to reduce to silence all the voices that do not applaud"', [['Aïssata Dembélé', 'Dembélé']], [HAC]),
  acc('the operation of Dialaba had permitted to "neutralize terrorists"', [FAMA], [], undefined, true),
  den('and that "no civilian" had been targeted', [FAMA], []),
  acc('The organization Reporters Without Borders (RSF) "condemns firmly" this suspension', [['Reporters Without Borders', 'RSF']], [HAC], undefined, true),
  acc('invites the authorities of the transition to "cease to muzzle the press"', [['Reporters Without Borders', 'RSF']], [['Mali', 'Malian']], undefined, true),
  acc('several media French have been suspended in Mali, accused by the authorities of "false information"', [['Mali', 'Malian']], []),
];

export const SET5_B_CASES: readonly ClaimCase[] = [
  art(
    'es-oslo-interpreter-charged',
    ['espionage', 'arrest-charge', 'coref-description', 'coref-metonym', 'quote-paragraph', 'title-then-name', 'denial-phrase', 'hedged', 'headline', 'negative'],
    'Norway charges immigration interpreter with spying on Iranian dissidents',
    `By Ingrid Halvorsen, Oslo

Published 14:22 CET

An interpreter who worked for Norway's immigration authorities has been charged with passing information about Iranian dissidents to Tehran, the Norwegian Police Security Service (PST) said on Thursday, in what officials described as one of the most serious intelligence cases in the country in a decade.

The man, a 47-year-old Norwegian citizen of Iranian origin named in court records as Kamran Ebrahimi-Lund, was arrested at his home in Drammen on Tuesday. He faces up to three years in prison if convicted.

According to the PST's charge sheet, Ebrahimi-Lund copied interview notes from at least 40 asylum cases between 2021 and 2024 and handed them to a contact he met several times in Istanbul. The service believes the contact was an officer of Iran's Ministry of Intelligence.

"We have reason to believe that the information was used by Iranian intelligence to put pressure on relatives of the asylum seekers who still live in Iran," PST senior police attorney Marte Skogstad told reporters at a briefing in Oslo. "People who fled to Norway must be able to speak to our authorities without fear."

Skogstad declined to say how the service had become aware of the case or whether anyone else was under investigation.

The Norwegian Directorate of Immigration (UDI), which used Ebrahimi-Lund as a freelance interpreter from 2019, said it had suspended all his assignments and was reviewing the cases he had worked on.

His defence lawyer, Henrik Aasen, said his client did not accept criminal guilt. "He travelled to Turkey to visit his mother, and he has never handed anything to any intelligence service," Aasen told the newspaper Vestlandsposten. "This case rests on assumptions."

The Iranian embassy in Oslo did not respond to a request for comment. Tehran has in the past rejected accusations that its intelligence services monitor Iranians abroad.

Foreign Minister Eirik Thorsen said Iran's chargé d'affaires would be summoned. "If the information in the charge is confirmed, this is completely unacceptable interference on Norwegian soil," he said.

It is the third case in Europe this year involving alleged surveillance of Iranian exiles. In March, Danish police arrested two men suspected of photographing the home of an Iranian opposition activist in Aarhus.

A custody hearing is scheduled for Friday at the Oslo District Court.

Related:
Sweden expels Iranian diplomat accused of plotting against exile TV channel
Analysis: How Tehran keeps watch on its diaspora

Updated 16:05 CET: Adds comment from foreign minister.`,
    oslo,
    'the headline\'s "immigration interpreter" and the lead\'s "An interpreter" are Ebrahimi-Lund, named only in the second paragraph (taken as the target, as set 2 does for "a former U.S. Army intelligence analyst"); PST charging = Norway in the headline (both names accepted); the Iranian ministry receiving the notes is a counterparty (the PST belief about it is optional); "Iranian intelligence" using the notes is Iran (or its ministry); the minister\'s "If ... confirmed" is hypothetical, the summons and the UDI suspension are no claims; the Related headline is not the story; the Danish arrest states a suspected act (accusation by Denmark, arrestees unnamed).',
  ),
  art(
    'es-prague-leaked-depot-report',
    ['espionage', 'document-subject', 'attribution', 'is-behind', 'hedged', 'unnamed-claimant', 'coref-metonym', 'denial-phrase', 'counter-accusation', 'arrest-charge', 'headline', 'negative'],
    'Leaked Czech intelligence report links Russian military intelligence to depot fire',
    `PRAGUE — A classified assessment by the Czech Security Information Service (BIS) concludes that a fire which destroyed part of an ammunition storage site near the town of Vlachovice last October was "with high probability" set by people recruited by Russia's military intelligence agency, the GRU, according to a copy of the document seen by the news site Hlídací Týdeník.

The report, dated February and marked secret, is based partly on intercepted communications and an analysis of cryptocurrency payments. It names a Moldovan man, Valeriu Ciobanu, as the "organiser on the ground" who hired two local men to start the blaze for about 12,000 euros.

Ciobanu, 36, was detained in Brno in November on suspicion of arson but has not been charged with any offence connected to a foreign power. His lawyer, Lucie Horáková, told Hlídací Týdeník that her client "had no contact with any foreign state, Russian or otherwise."

The BIS declined to comment on the authenticity of the document. A spokesman for the service, Jan Pelikán, said only that it "does not publicly discuss the content of its reports."

Intelligence officials in two other European countries, who spoke on condition of anonymity, said they believed the Vlachovice fire fitted a broader pattern of sabotage commissioned by Moscow against facilities that supply weapons to Ukraine.

The fire burned for three days and forced the evacuation of roughly 400 residents. No one was injured. The site's operator, Moravská zbrojní, a private company that stores artillery shells for export, said at the time that it was investigating a possible electrical fault.

Interior Minister Tomáš Bartoš said he would not comment on a classified document but added: "Anyone who thinks they can burn our warehouses without consequences is mistaken."

The Russian embassy in Prague called the report "another anti-Russian fabrication" and accused the Czech authorities of "inventing a Russian trace for every fire and every power cut."

In 2021, Prague expelled 18 Russian diplomats after concluding that GRU officers were behind explosions at an ammunition depot in Vrbětice in 2014, an accusation Moscow has always denied.

Read more:
Czech government tightens rules on drone purchases
Who guards Europe's arms depots?`,
    prague,
    '"Czech intelligence report" in the headline is the BIS (the Czech Republic accepted too), "Russian military intelligence" the GRU (Russia accepted); the report as subject is credited to the BIS; "with high probability" hedges; the detention "on suspicion of arson" states a crime (accusation, no named arresting body); the negated "has not been charged with any offence connected to a foreign power" is no claim; the unnamed foreign officials give no claimants; the embassy speaks for Russia; the minister\'s line is a warning; the 2021 expulsion states its reason, and its denial names the accuser (Prague).',
  ),
  art(
    'tr-canberra-solar-glass-duties',
    ['trade', 'document-subject', 'coref-description', 'coref-metonym', 'quote-paragraph', 'title-then-name', 'denial-phrase', 'counter-accusation', 'sanction-reason', 'headline', 'negative', 'no-cue'],
    'Australia slaps anti-dumping duties on Chinese and Malaysian solar glass',
    `Trade & Industry | Liam Corcoran | 4 min read

CANBERRA — Australia will impose anti-dumping duties of between 9.8% and 41.2% on solar panel glass from China and Malaysia after the Anti-Dumping Commission found that exporters had been selling it in Australia for less than they charge at home, Industry Minister Rebecca Thwaites said on Wednesday.

The commission's final report, tabled in parliament on Wednesday morning, says the price undercutting caused "material injury" to the only local maker of the product, Glassworks Whyalla, whose share of the market fell from 38% to 21% between 2021 and 2024. The company cut 160 jobs last year.

The highest rate applies to Zhejiang Lianhe Photovoltaic Glass, which the commission said had "understated its production costs by recording raw materials at non-market prices." Two Malaysian exporters, Kuantan Solar Materials and Perak Optiglass, received rates of 9.8% and 14.5%.

"Our manufacturers can compete with anyone in the world, but they cannot compete with product sold below cost," Thwaites told reporters. "This is about fair trade, not protectionism."

Glassworks Whyalla, which lodged the original complaint in 2023, welcomed the decision. Its chief executive, Darren Moyle, said Beijing had "poured subsidies into producers who then flooded our market" and that relief had come "two years too late."

China's Ministry of Commerce said it "firmly opposes" the duties and described the commission's calculations as "seriously flawed." In a statement posted on its website, the ministry accused Canberra of "protectionism disguised as fair trade" and said it would "take necessary measures to safeguard the legitimate rights and interests of Chinese enterprises."

Zhejiang Lianhe did not reply to emailed questions. Kuantan Solar Materials said in a stock exchange filing that it "rejects the finding of dumping" and would seek a review by the Anti-Dumping Review Panel.

Rooftop installers have warned that panel prices could rise. Glass makes up about 8% of the cost of a typical residential panel, according to the Smart Rooftop Association, an industry group.

Trade lawyer Priya Ramanathan of Meridian Trade Advisory said she did not expect the decision to set off a broader dispute. "Beijing will make noise, but it has more to lose than to gain from another round with Canberra," she said.

The duties apply for five years from 1 July.

Related: Indonesia opens probe into Vietnamese steel coil imports | Explainer: what 'material injury' means

Topics: Trade, Manufacturing, Energy`,
    canberra,
    'dumping is done by exporters (private firms): "Chinese and Malaysian solar glass" does not make the countries targets, so the headline duty (a measure named after the wrong, no doer) is optional with no targets and the commission\'s finding targets nobody by name; the minister announces but the commission finds (claimant); Thwaites\'s lines are implicit (optional); Beijing subsidising producers that flooded the market accuses China; "firmly opposes" is no denial, "seriously flawed" is (targeting the commission it names), the "protectionism" charge a counter-accusation; the threat of measures, the welcome and the analyst\'s prediction are no claims.',
  ),
  art(
    'tr-cbp-thai-shrimp-forced-labour',
    ['trade', 'sanction-reason', 'unnamed-claimant', 'coref-description', 'quote-paragraph', 'title-then-name', 'denial-phrase', 'hedged', 'headline', 'negative', 'no-cue'],
    'US blocks shrimp from Thai exporter over forced labour on supplier boats',
    `By Nadia Brooks, Supply Chain Correspondent

BANGKOK/WASHINGTON, May 14 — U.S. Customs and Border Protection (CBP) on Tuesday ordered its ports to detain shrimp and other seafood from Andaman Pearl Foods, one of Thailand’s larger exporters, saying it had information that “reasonably indicates” the use of forced labour on fishing vessels that supply the company.

The withhold release order, the first against a Thai seafood firm since 2022, means shipments will be held at the border unless importers can show they were not produced with forced labour. Andaman Pearl shipped about $86 million of frozen shrimp to the United States last year, according to ImportLens, a trade data firm.

CBP said its investigators had identified debt bondage, withheld wages and the retention of identity documents among crews on at least six trawlers that sell their catch to the company.

The order follows a 2024 report by the Migrant Crew Rights Network, a Bangkok-based group, which interviewed 58 fishermen from Myanmar and Cambodia who had worked on boats linked to Andaman Pearl. Several told the group that captains had taken their passports to stop them leaving.

“Men were kept at sea for months, paid nothing and told they owed money for their own recruitment,” the network’s director, Sombat Chaiyaphum, said in an interview. “The company knew where its fish came from. It chose not to ask.”

Andaman Pearl said in a statement that it was “surprised and disappointed” by the order. It said it “does not tolerate forced labour in any form” and that none of the six vessels had supplied it since 2023. The company said it would ask CBP to modify the order.

Thailand’s Department of Fisheries said it had inspected the vessels in February and found “no evidence of human trafficking or forced labour.” Its deputy director-general, Kittisak Wongsuwan, told reporters the U.S. decision was based on “old and unverified information.”

Thai seafood exports to the United States have fallen by almost a third since 2015, when the European Union issued a “yellow card” to Bangkok over illegal, unreported and unregulated fishing.

At least two U.S. grocery chains import shrimp from Andaman Pearl, according to ImportLens. Neither responded to requests for comment.

Sources: CBP; Migrant Crew Rights Network; ImportLens`,
    bangkok,
    'the order blocks the exporter\'s goods for forced labour in its supply chain: a measure with its reason, targeting the company it is issued against (the headline "Thai exporter" is Andaman Pearl, named in the lead), though the abuse itself is on unnamed boats; CBP\'s findings among crews and the fishermen\'s account name no doer (targets empty; the fishermen are unnamed); "The company knew ..." accuses Andaman Pearl without a cue; "surprised and disappointed" and the request to modify the order are no denials; the vessel point is optional; the Thai department is a named agency; the EU yellow card states its reason (accuses Thailand).',
  ),
  art(
    'mt-brasilia-colonel-secrets',
    ['machine-translated', 'espionage', 'arrest-charge', 'according-to', 'hedged', 'coref-description', 'title-then-name', 'denial-phrase', 'headline', 'negative'],
    'Federal Police arrests retired colonel accused of to sell military secrets to foreign agents',
    `by Renata
Smartphone with 5 cameras arrives in Brazil for Black Friday

THE Federal Police (PF) arrested on this Tuesday (12) a retired colonel of the Brazilian Army suspected of selling documents classified about the defense of the Amazon to agents of a intelligence service foreign, according to the corporation. The action, called Operation Sentinela, fulfilled two arrest warrants and six of search and seizure in Brasília and in Manaus. The PF did not inform the name of the judge who authorized the prisons.

According to the investigation of the PF, the colonel Ademir Saraiva Nogueira, of 61 years, would have received at least R$ 900 thousand in cryptocurrencies between 2022 and 2024 for to pass information on radars, position of troops and the program Calha Norte. The corporation did not reveal which country would be behind the payments, but the newspaper Folha do Planalto informed that investigators point to Russia.

THE second arrested is the businessman Rogério Tavares Lins, owner of a company of import of electronics in Manaus, who according to the PF acted as "intermediary" and washed the money through his company.

In note, the Army affirmed that "repudiates with vehemence any conduct contrary to the values of the institution" and that collaborates with the investigations. THE Ministry of Defense did not manifest itself until the closing of this edition.

The defense of Nogueira, made by the lawyer Caio Figueiredo, affirmed that the colonel "never had access to documents classified after passing to the reserve" and that the prison is "unnecessary and disproportional". "My client is a patriot that served the country for 35 years and will prove his innocence," said the lawyer. The defense of Lins was not located.

THE Embassy of Russia in Brasília, sought by the report, declared that the accusations are "fantasies without any base" and that Russia "does not interfere in the internal affairs of Brazil".

The program Calha Norte, created in 1985, coordinates the military presence in the region of border of the North of the country.

The case will be sent to the Federal Justice, which will decide if the two stay in preventive prison. If condemned for espionage, they can take up to 15 years of reclusion.

See too
Government announces new rules for the purchase of drones by the police
THE Petrobras reports record profit in the trimester`,
    brasilia,
    'evidence starts after the "THE" casing artefact; "a retired colonel" / "the colonel" is Nogueira; the translated conditional "would have received" is the Portuguese hedge (teria recebido); "the corporation" is the PF; investigators unnamed, the newspaper only relays (claimants empty); the foreign service is unnamed, so the sale has no second target; the Army\'s "repudiates ... any conduct" states no wrong by anyone named, the arrest called "unnecessary and disproportional" criticises a decision (no claims); the teaser, the sentence hypothetical and the See too block give none.',
  ),
  art(
    'mt-lima-rector-plagiarism',
    ['machine-translated', 'misconduct', 'document-subject', 'according-to', 'passive', 'quote-before', 'coref-description', 'denial-phrase', 'counter-accusation', 'headline', 'negative', 'no-cue'],
    'Rector of the University Andean of the Pacific is accused of plagiarize his doctoral thesis',
    `Lima, 3 of March. – THE National Superintendence of Higher Education University (Sunedu) opened a procedure of supervision against the rector of the University Andean of the Pacific (UAP), Héctor Villanueva Quispe, after a complaint that points that more of 40% of his doctoral thesis was copied of other works without to cite the source.

The complaint was presented by the investigator Mariela Cárdenas Rojas, teacher of the same university, who compared the thesis, sustained in 2016, with dissertations of universities of Chile and of Spain. According to Cárdenas, entire chapters "were copied and pasted, with the same errors of typing of the originals".

"It is not about some quotes forgotten. It is a systematic appropriation of the work of others", said the academic to this newspaper. She also affirmed that, after presenting the complaint, the university removed her of two courses in retaliation.

THE rector rejected the accusations by means of a communiqué published in the social networks of the university. Villanueva affirmed that his thesis "complies with all the norms of the epoch" and that the complaint forms part of a "campaign of demolition" promoted by "groups that lost the last university elections".

The UAP, through its Office of Image Institutional, denied that Cárdenas has been sanctioned and informed that the change of courses obeys to "a reorganization academic planned since the year past".

The UAP, founded in 1994, has about 18 thousand students in Lima and in Arequipa. Villanueva was elected rector in 2021 for a period of five years and before was dean of the Faculty of Education. The thesis, of 312 pages, treats of the management of the water in the communities of the high Andes.

Sunedu will have a term of 60 days working to issue its report. In case of confirming the plagiarism, the grade of doctor could be annulled, according to the University Law.

It is not the first time that an authority is questioned for this motive. In 2022, a former minister presented his resignation after that the press revealed similar irregularities in his thesis of master.

You can also be interested:
Phenomenon El Niño: Senamhi warns of rains in the north
The Chinese food that conquered the palate of Lima`,
    lima,
    'the headline passive names no accuser (claimants empty); the complaint in the lead is Cárdenas\'s (she is named as its author in the next sentence: credited to her, a doubtful forward link); Sunedu opening a procedure is an investigation, no claim; "the academic" is Cárdenas; "campaign of demolition" dismisses the accusation (denial) and blames unnamed groups (optional accusation); the university\'s denial names Cárdenas (target); the "In case of confirming" sentence is hypothetical; the press revelation about an unnamed former minister is optional; the teaser block gives nothing.',
  ),
  art(
    'lb-mexico-steel-retaliation',
    ['live-blog', 'trade', 'coref-metonym', 'coref-pronoun', 'title-then-name', 'denial-phrase', 'counter-accusation', 'multi-target', 'document-subject', 'unnamed-claimant', 'headline', 'negative', 'no-cue'],
    'Live updates: Mexico hits back with tariffs on 312 US products as steel row escalates',
    `LIVE — Last updated 19:42 ET

Mexico has announced 25% tariffs on a list of U.S. farm and industrial goods in response to Washington's new duties on Mexican steel. Follow our live coverage below.

Key points
• Mexico's Economy Ministry publishes list of 312 U.S. products facing 25% tariffs from June 1
• U.S. Commerce Secretary accuses Mexico of letting Chinese steel "pass through" its mills
• Mexican steel chamber offers to share import records with U.S. officials

19:42 ET
That's where we'll leave our live coverage for today. Thanks for following along.

19:10 ET — Steelmakers push back
The Mexican Steel Producers Chamber (Camexa) said in a statement that U.S. allegations of transshipment were "false and irresponsible." Its president, Eduardo Villaseñor, said the chamber would hand its import records to U.S. authorities "line by line."

18:25 ET — Pecan growers alarmed
The American Pecan Growers Council said the tariffs would hit its members "like a hailstorm in harvest week." Roughly 60% of U.S. pecan exports go to Mexico. The council did not blame either government, saying only that it wanted "both capitals back at the table."

17:48 ET — White House reacts
Press secretary Dana Whitlock said Mexico's tariffs were "unjustified" and that the administration would "respond appropriately." Asked whether the U.S. would retaliate further, she said she would not "get ahead of the president."

16:30 ET — What Washington alleges
In a notice published this morning in the Federal Register, the Commerce Department said steel from "certain Mexican producers" contained slabs melted in China and was being shipped north to evade U.S. duties on Chinese steel. The notice named two companies, Aceros del Bajío and Laminadora Norte, which it said had "failed to demonstrate the origin" of at least 180,000 tons shipped last year.

Laminadora Norte told us it had "never imported a single ton of Chinese slab" and would challenge the findings in court. Aceros del Bajío did not respond to our questions.

15:05 ET — Holt: Mexico 'a back door'
Speaking in Pittsburgh, Commerce Secretary Raymond Holt said Mexico had become "a back door for Chinese overcapacity" and accused Mexican customs officials of "looking the other way" while steel was relabelled. "We gave our partners two years to fix this," he said.

14:12 ET — Mexico publishes its list
Mexico's Economy Ministry has published the list of 312 products in the official gazette. It includes pecans, pork, bourbon, cranberries and washing machines.

Economy Secretary Lucía Ferrer told reporters the measure was "a proportionate response" to what she called "unilateral and illegal" U.S. duties. "Mexico does not start trade wars," she said.

13:30 ET — Beijing weighs in
Asked about the dispute at a regular briefing, a Chinese foreign ministry spokesperson said claims that Chinese steel was being routed through third countries were "groundless."

Related coverage
US slaps duties on Mexican steel, citing 'surge' in imports
Peso falls to three-month low as tariff fight widens`,
    mexico,
    'entries run newest first, so "U.S. Commerce Secretary" in the key points is named (Raymond Holt) only further down; the key points are prose list items (annotated); Camexa\'s denial names the U.S. as accuser; "unjustified" criticises a measure (optional), "a back door" is a metaphor before the explicit accusation (optional); the Commerce Department notice (a named issuer) is the claimant of both notice sentences, the producers are unnamed in the first; "Mexican customs officials" stand for Mexico; the pecan council "did not blame" anyone, the Whitlock non-answer and the Related block give nothing; the unnamed Chinese spokesperson speaks for China.',
  ),
  art(
    'lb-tbilisi-broadcaster-search',
    ['live-blog', 'press-freedom', 'coref-pronoun', 'coref-description', 'quote-paragraph', 'title-then-name', 'denial-phrase', 'counter-accusation', 'sanction-reason', 'headline', 'negative', 'no-cue', 'two-claims'],
    "Live: Police search Talga TV offices in Tbilisi as government accuses broadcaster of foreign-funded 'sabotage'",
    `Live reporting by Nino Abashidze and Tom Ferris

Key events
11:05 Government says broadcaster "financed from abroad to sabotage the elections"
13:20 Talga TV director speaks to reporters outside the building
16:45 EU: search "deeply concerning"

17:30
Police have now left the building, Talga TV's deputy director Giorgi Lomidze tells us. Officers took two servers and the laptops of four journalists from the investigative unit. Lomidze says the channel will be back on air with its evening bulletin at 21:00 local time.

16:45
The European Union's foreign policy spokesperson, Anna Kovač, has described the search as "deeply concerning." In a written statement she said that "independent media must be able to work without pressure or intimidation" and called on the Georgian authorities to return material protected by source confidentiality. The statement stopped short of accusing the government of acting illegally.

15:10
A bit of background: Talga TV was founded in 2019 and is one of the last nationally available channels critical of the governing Georgian Path party. The Communications Commission has fined it three times since 2023, most recently over a documentary that the regulator said had "insulted the honour and dignity" of a government minister.

14:02
The Prosecutor's Office has now issued a statement. It says the search is part of a criminal case opened under the articles on sabotage and on "financing activities against the constitutional order," and that investigators are examining payments of about 2.3 million lari from a foundation registered in Lithuania. No one has been charged, the statement says.

13:20
Talga TV's director general, Ketevan Dolidze, has spoken to reporters outside the building. She called the search "an act of intimidation aimed at silencing the last independent voices before the vote" and said all of the channel's funding was "declared, audited and legal."

"They are not looking for evidence. They are looking for our sources," she said. "This government has decided that journalism is a crime."

12:15
Police have blocked the street in front of the station. About 200 people have gathered behind the cordon, some holding copies of newspapers. We saw at least one person being detained; it was not clear why.

11:05
The prime minister's office has issued a short statement. It accuses Talga TV of being "financed from abroad to sabotage the elections" and of "spreading panic on the instructions of foreign handlers." It does not say who the handlers are.

10:40
Good morning. Officers from the Prosecutor's Office and the State Security Service arrived at the Tbilisi offices of Talga TV shortly after 9 a.m. We'll bring you updates throughout the day.

Filed under: Georgia, Media freedom, Elections`,
    tbilisi,
    'the prime minister\'s office and "the government" are Georgia; the search (by the Prosecutor\'s Office and the State Security Service, told only in the last, oldest entry) is accused as one act of the state: the Prosecutor\'s Office or Georgia accepted as its single target (an extractor listing both searching bodies would be defensible too); the fine states its reason (accusation by the Communications Commission); a criminal case with "No one has been charged" is optional; the EU "stopped short of accusing" (no claim) and its call is a demand; the detention "not clear why" states no crime; the 11:05 entry makes two allegations (two claims).',
  ),
  art(
    'pf-nairobi-nyota-tv-letter',
    ['press-freedom', 'document-subject', 'coref-description', 'coref-pronoun', 'title-then-name', 'quote-paragraph', 'denial-phrase', 'counter-accusation', 'unnamed-claimant', 'headline', 'negative', 'no-cue'],
    "Government accuses Nyota TV of 'one-sided' protest coverage",
    `By WANJIRU KAMAU

Posted on Thursday, July 10

The Kenyan government has accused privately owned Nyota TV of "deliberately inflaming" last week's anti-tax protests through one-sided coverage, in a letter that the broadcaster's management described as an attempt to dictate its editorial line.

In the letter, dated July 8 and seen by this newspaper, Information Principal Secretary Daniel Oloo Nyamweya told the station's chief executive that its live broadcasts had "glorified violence, amplified unverified casualty figures and given a platform to individuals calling for the overthrow of a legitimately elected government."

The letter asks the station to "show cause within seven days" why the Communications Authority of Kenya should not review its broadcasting licence.

ALSO READ: Senators demand audit of police overtime payments

Nyota TV chief executive Miriam Achieng Otieno said the station "stands by every minute" of its coverage and rejected the suggestion that it had incited anyone. "We broadcast what happened on the streets of Nairobi, Kisumu and Mombasa. If the pictures were uncomfortable, that is not our fault," she said.

She added that the station had carried statements by the police and by government spokespersons "every single hour" of the protests.

The Association of Kenyan Newsrooms said the letter was "a thinly veiled threat" and accused the ministry of "reviving the playbook of 2018, when stations were switched off for covering the opposition."

Interior Cabinet Secretary Abdi Hassan Warsame told a press conference in Nakuru on Wednesday that some media houses had "chosen a side" during the protests, without naming any station. "Freedom of the press is not freedom to burn the country," he said.

At least 19 people were killed during the protests, according to the Kenya National Commission on Human Rights, which has accused police of using live ammunition against unarmed demonstrators. Police have said officers acted in self-defence.

The Communications Authority declined to comment on the letter, saying it had "not received any formal referral."

Media lawyer Nekesa Wafula said a licence review over editorial content would be unconstitutional. "The state cannot punish a broadcaster for what it chooses to show," she said.

Share this story: Facebook | X | WhatsApp | Email`,
    nairobi,
    '"The government" (headline) and "the ministry" (the unnamed information ministry) are Kenya; the management\'s "attempt to dictate its editorial line" accuses the state of interference (kept required, doubtful); the letter\'s content is credited to the official who signed it; the show-cause demand, the ALSO READ teaser, the regulator\'s no-comment and the lawyer\'s hypothetical give no claims; "stands by every minute" is folded into the explicit rejection in the same sentence; Warsame names no station (optional); unnamed "Police" deny (no claimants), while the commission\'s accusation of police targets Kenya (state agents).',
  ),
  art(
    'ms-daejeon-fabricated-liver-study',
    ['misconduct', 'document-subject', 'coref-pronoun', 'coref-description', 'title-then-name', 'denial-phrase', 'counter-accusation', 'unnamed-claimant', 'hedged', 'headline', 'negative'],
    'Investigation finds Korean liver study used fabricated data; lead author blames former postdoc',
    `SCIENCE | RESEARCH INTEGRITY

By Claire Dumont

An investigation committee at the Hanbit Biomedical Research Institute in Daejeon has concluded that a widely cited 2021 study on liver regeneration in mice contained fabricated data and manipulated images, and has recommended that the paper be retracted.

The committee's 48-page report, released on Monday, found that at least 11 of the study's 27 figure panels had been "duplicated, spliced or altered in ways that cannot be explained by error." It said raw data for two key experiments "did not exist."

The study, published in the Journal of Hepatic Biology, reported that a compound called HB-207 restored liver function in mice with severe damage within 14 days. It has been cited more than 600 times and helped the institute win a 9 billion won (about $6.5 million) government grant in 2022.

The report holds the paper's corresponding author, Seo Min-jae, "primarily responsible" for the misconduct, saying he supervised the preparation of every figure. Seo, 52, stepped down as head of the institute's regenerative medicine centre last month.

In a statement issued through his lawyer, Seo said he "did not fabricate or instruct anyone to fabricate any data" and blamed a former postdoctoral researcher, whom he did not name, for assembling the images. "I trusted the work of my team," he said.

The committee said it had interviewed the former postdoc, who now works abroad, and found "no evidence" that she had acted without Seo's knowledge. It did not name her.

Concerns about the paper were first raised in 2023 on PubPeer, a website where scientists discuss published research, by an anonymous user who noted that two images of liver tissue appeared to be the same picture rotated by 90 degrees.

Elisabeth Brandt, an image-integrity consultant who reviewed the paper at the journal's request, said the manipulation was "not subtle." "Once you overlay the panels, you can see the same cells in three different experiments," she said.

The Journal of Hepatic Biology said it was "reviewing the committee's findings" and had attached an expression of concern to the article.

South Korea's Ministry of Science and ICT said it would ask the National Research Foundation of Korea to consider recovering the grant. Under the country's rules, researchers found to have committed misconduct can be barred from public research funding for up to 10 years.

Two of the paper's co-authors have asked for their names to be removed from it.

Correction, Oct. 3: An earlier version of this article misstated the number of figure panels examined by the committee.`,
    daejeon,
    'the unnamed committee and its report stand for the Hanbit institute (also for the headline\'s "Investigation"); the findings about the study name no author until the report "holds" Seo responsible, so they have no targets (the headline and lead included, though an annotator might give Seo: doubtful); the blamed postdoc is unnamed (targets empty); the committee\'s "no evidence" rebuts Seo\'s defence (optional accusation); "did not exist" about raw data is left out as a finding about missing files; PubPeer is a website (the user is anonymous); the journal\'s review, the ministry\'s plan, the rules and the correction line give no claims.',
  ),
  art(
    'ms-ema-indian-cro-generics',
    ['misconduct', 'trade', 'sanction-reason', 'coref-description', 'coref-pronoun', 'denial-phrase', 'counter-accusation', 'unnamed-claimant', 'hedged', 'headline', 'negative'],
    'EU regulator recommends suspending generic drugs tested by Indian research firm over data irregularities',
    `AMSTERDAM, Feb 21 (Pharma Wire) - The European Medicines Agency (EMA) on Friday recommended suspending the marketing authorisations of 38 generic medicines because the studies used to approve them were carried out by an Indian contract research firm whose data, it said, could not be relied on.

The agency's human medicines committee said inspections at Vaidya Clinical Research in Pune had found "serious irregularities", including signs that blood samples from different volunteers had been swapped. "These findings raise serious concerns about the validity and integrity of the data," the committee said in a statement.

The recommendation, which must be confirmed by the European Commission, affects medicines for high blood pressure, epilepsy and diabetes sold in at least nine EU countries. The EMA said there was no evidence of harm to patients and that medicines considered critical could stay on the market while companies repeat the studies.

Vaidya said in a statement that it "categorically denies any deliberate manipulation of data" and that the anomalies found by inspectors "reflect documentation gaps, not misconduct." The company said it had hired an independent auditor and had "cooperated fully" with the inspections.

The inspections were prompted by a former employee, who told Spanish inspectors in 2023 that study coordinators at the firm had been instructed to "make the numbers match" when samples went missing, according to two people familiar with the matter.

It is the second time in three years that European regulators have acted against an Indian testing firm. India's Central Drugs Standard Control Organisation said it was "examining the EMA's observations" and would carry out its own inspection.

The Federation of Indian Generic Manufacturers called the recommendation "disproportionate" and accused European regulators of "applying standards to Indian sites that they do not apply at home."

Generic makers that used Vaidya's studies include Medinova Generics of Portugal and Kraeva Pharma of Bulgaria, neither of which is accused of wrongdoing. Both said they would repeat the studies at other sites.

Reporting by Sofia Marchetti; Editing by Paul Grange

Our Standards: The Pharma Wire Trust Principles.`,
    amsterdam,
    '"EU regulator", "the agency" and its unnamed human medicines committee are the EMA; the suspension states its reason (accusation against the firm, named only in the second paragraph for the headline and lead); "no evidence of harm to patients" is no denial by the accused; the former employee is unnamed and the account is relayed by anonymous sources (hedged, no claimants; "the firm" is Vaidya); "disproportionate" criticises a decision, the double-standard charge is a counter-accusation ("European regulators" taken as the EMA, doubtful); "neither of which is accused of wrongdoing" is a negated accusation.',
  ),
  art(
    'mt-bamako-sahel24-suspended',
    ['machine-translated', 'press-freedom', 'sanction-reason', 'unnamed-claimant', 'document-subject', 'coref-description', 'title-then-name', 'quote-before', 'denial-phrase', 'denial-verb', 'condemn', 'passive', 'headline', 'negative'],
    'Mali: the HAC suspends the chain Sahel 24 for two months after a report on the army',
    `Published the 14/11 at 18h32 | By The Editorial with agencies

THE Superior Authority of the Communication (HAC) announced this Wednesday the suspension for two months of the chain of television private Sahel 24, which it accuses of having diffused "defamatory and unverified allegations" against the Malian Armed Forces (FAMa).

In cause, a report diffused last week in which inhabitants of the region of Ségou affirmed that soldiers had executed eleven civilians during an operation in the village of Dialaba, in October. The chain had also given the word to a parent of the victims who accused "the military and their partners" of having burned the granaries.

In its decision, the HAC estimates that the report "undermines the morale of the troops" and constitutes "an apology of the terrorism", according to the text signed by its president, Moussa Kéita Sangaré.

THE direction of Sahel 24 contests these accusations. "We made our work of journalists. We gave the word to the villagers and we asked the army for its version, it did not answer," declared to our editorial its director of publication, Aïssata Dembélé. She denounced "a decision political which aims to reduce to silence all the voices that do not applaud".

Contacted, the Direction of the Information and Public Relations of the Armies (Dirpa) did not wish to react. In a communiqué published in October, the army had affirmed that the operation of Dialaba had permitted to "neutralize terrorists" and that "no civilian" had been targeted.

Sahel 24, created in 2017, emits from Bamako and claims an audience of several million viewers in the country and in the diaspora. The suspension enters in vigour immediately, according to the HAC, and the chain can present a recourse before the Supreme Court.

Since the coup of 2020, Mali is directed by a military transition, which had promised elections for 2024 before postponing them without date.

The organization Reporters Without Borders (RSF) "condemns firmly" this suspension and invites the authorities of the transition to "cease to muzzle the press". Since 2022, several media French have been suspended in Mali, accused by the authorities of "false information".

To read also
Niger: the junta announces the reopening of the border with Benin
Football: the Eagles qualified for the CAN`,
    bamako,
    'the headline states no wrong ("after a report": no claim); evidence starts after the "THE" artefact; "the chain" (chaîne) is Sahel 24; the villagers and the victim\'s relative are unnamed (no claimants), the accused "soldiers" / "the military" are the FAMa (Mali accepted); the HAC decision is credited to the HAC (its signing president accepted); "the army" is the FAMa, whose "neutralize terrorists" names nobody (optional); RSF condemning the suspension and its call to stop muzzling the press are optional (a condemnation with no wrong stated; a demand that presupposes one); the final passive names the authorities (Mali) and no outlet.',
  ),
];
