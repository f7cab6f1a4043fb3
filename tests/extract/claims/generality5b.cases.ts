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

The UAP, founded in 1994, has about 18 thousand students in Lima and in Arequipa. Villanueva was elected rector in 2021 for a period of five years and before was dean of the Faculty of Education.

Sunedu will have a term of 60 days working to issue its report. In case of confirming the plagiarism, the grade of doctor could be annulled, according to the University Law.

It is not the first time that an authority is questioned for this motive. In 2022, a former minister presented his resignation after that the press revealed similar irregularities in his thesis of master.

You can also be interested:
Phenomenon El Niño: Senamhi warns of rains in the north
The Chinese food that conquered the palate of Lima`,
    lima,
    'the headline passive names no accuser (claimants empty); the complaint in the lead is Cárdenas\'s (she is named as its author in the next sentence: credited to her, a doubtful forward link); Sunedu opening a procedure is an investigation, no claim; "the academic" is Cárdenas; "campaign of demolition" dismisses the accusation (denial) and blames unnamed groups (optional accusation); the university\'s denial names Cárdenas (target); the "In case of confirming" sentence is hypothetical; the press revelation about an unnamed former minister is optional; the teaser block gives nothing.',
  ),
];
