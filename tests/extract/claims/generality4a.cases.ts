import { art as artOf, claim, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';
import { ARTICLE_TAGS, type ArticleTag } from './generality2.cases.ts';

/**
 * Claims generality set 4, writer A (held out): invented whole news articles (headline and
 * body, 8-25 sentences) in five styles — war reporting where both sides blame each other,
 * human-rights NGO reports as covered by the press, United Nations debates with several
 * delegations, domestic political scandals, election-interference claims — and one long-form
 * magazine piece with a slow lead. People, companies, parties and groups are invented;
 * countries, capitals, real agencies and international bodies are real. No sentence is
 * taken from the corpus or from the earlier sets.
 *
 * Annotated by reading under SPEC §2 and GUIDELINES §5-6, BEFORE any extractor was run on
 * the texts. Same format as generality2.cases.ts. Actors are lists of accepted names;
 * `optional` marks claims an annotator could defensibly record or leave out; `note` gives
 * the doubtful decisions.
 */

/** Tags of set 2, plus the styles of this set. */
export const SET4_A_TAGS = [
  ...ARTICLE_TAGS,
  'conflict', // war reporting: shelling, drone strikes, ceasefire violations, "each side accused the other"
  'ngo-report', // a rights group's findings covered by the press ("documented", "the report found")
  'un-debate', // Security Council / General Assembly debate, several delegations in one article
  'political-scandal', // domestic scandal: opposition accuses, inquiry, minister resigns denying wrongdoing
  'long-form', // magazine-style piece with a slow narrative lead
] as const;
export type Set4ATag = (typeof SET4_A_TAGS)[number];

const acc = claim('accusation');
const den = claim('denial');
const art = artOf<Set4ATag>;

// Accepted names of recurring real actors.
const USA = ['United States', 'US', 'U.S.', 'Washington', 'American'];
const RUSSIA = ['Russia', 'Russian Federation', 'Moscow', 'Kremlin', 'Russian'];
const CHINA = ['China', 'Beijing', 'Chinese', 'Chinese Embassy', 'Chinese Embassy in Manila'];
const UN = ['United Nations', 'U.N.', 'UN'];

// Per-article actors, with the forms the text uses for them.
const CONGO = ['Democratic Republic of Congo', 'Congo', 'Congolese', 'Congolese army', 'Congo army', 'Kinshasa'];
const ALK = ['Alliance for the Liberation of Kivu', 'ALK'];
const RWANDA = ['Rwanda', 'Rwandan', 'Kigali'];
const NKULU = ['Prosper Nkulu', 'Nkulu'];
const THAILAND = ['Thailand', 'Thai', 'Bangkok'];
const CAMBODIA = ['Cambodia', 'Cambodian', 'Phnom Penh'];
const SOPHEAK = ['Sopheak Rithy', 'Sopheak'];
const MYANMAR = ['Myanmar', "Myanmar's military", 'Myanmar military', 'military government', 'junta', 'Myanmar Air Force', 'air force'];
const AAW = ['Asia Accountability Watch'];
const HNIN = ['Hnin Wai Phyo'];
const SRDF = ['Sagaing Revolutionary Defence Force', 'SRDF'];
const GRA = ['Global Rights Alliance'];
const LLWZ = ['Land and Labour Watch Zimbabwe'];
const SINORIDGE = ['Sinoridge Mining Zimbabwe', 'Sinoridge', 'Sinoridge Resources'];
const MINES = ['Ministry of Mines and Mining Development', 'Zimbabwe'];
const GUYANA = ['Guyana', 'Guyanese', 'Georgetown'];
const VENEZUELA = ['Venezuela', 'Venezuelan', 'Caracas'];
const HOLLINGSWORTH = ['Marcia Hollingsworth', 'Hollingsworth'];
const SALCEDO = ['Rodrigo Salcedo Pérez', 'Salcedo Pérez', 'Salcedo'];
const GA = ['General Assembly', 'U.N. General Assembly', ...UN];
const UKRAINE = ['Ukraine', 'Ukrainian', 'Kyiv'];
const DANYLENKO = ['Oksana Danylenko', 'Danylenko'];
const OSTAPENKO = ['Grigory Ostapenko', 'Ostapenko'];
const ALBUQUERQUE = ['Rui Albuquerque', 'Albuquerque'];
const TEIXEIRA = ['Vasco Teixeira', 'Teixeira'];
const AEROLIS = ['Aerolis Defence Systems', 'Aerolis'];
const SEABRA = ['Helena Seabra', 'Seabra'];
const HENLEY = ['Kate Henley', 'Henley'];
const GALBRAITH = ['Ross Galbraith', 'Galbraith'];
const BRACKLEY = ['Tom Brackley', 'Brackley'];
const MOLDOVA_POLICE = ['Moldova', 'Moldovan', 'Chisinau', 'National Police', 'Moldovan police'];
const MOLDOVA_NOUA = ['Moldova Nouă', 'Moldova Noua'];
const RUSU = ['Gheorghe Rusu', 'Rusu'];
const GANEA = ['Viorel Ganea', 'Ganea'];
const VORONOVA = ['Yelena Voronova', 'Voronova'];
const PHILIPPINES = ['Philippines', 'Manila', 'National Security Council', 'NSC'];
const VILLAFUERTE = ['Ramon Villafuerte', 'Villafuerte'];
const COMELEC = ['Commission on Elections', 'Comelec'];
const BUENAFLOR = ['Rodel Buenaflor', 'Buenaflor'];
const MINERA = ['Minera Andina del Centro', 'Minera Andina'];
const VALDIVIA = ['Ricardo Valdivia', 'Valdivia'];
const PUBLIC_MINISTRY = ['Public Ministry', "environmental prosecutor's office", 'Peru'];
const ETHIOPIA = ['Ethiopia', 'Ethiopian', 'Ethiopian National Defense Force', 'ENDF', 'Government Communication Service'];
const APR = ['Amhara Popular Resistance', 'APR'];
const EHRC = ['Ethiopian Human Rights Commission', 'EHRC'];

export const SET4_A_CASES: readonly ClaimCase[] = [
  // ───────────────────────────── War and conflict reporting ─────────────────────────────
  art(
    's4a-conflict-kivu-market',
    ['conflict', 'counter-accusation', 'multi-claimant', 'multi-target', 'helping', 'quote-before', 'quote-paragraph', 'coref-metonym', 'coref-description', 'coref-pronoun', 'title-then-name', 'headline', 'denial-verb', 'denial-phrase', 'scattered-denial', 'no-cue', 'negative'],
    'Congo army and rebels trade accusations after shells hit crowded market in North Kivu',
    `By Aline Mbuyi and Pierre Lokwa

GOMA, Democratic Republic of Congo, Oct 12 (Continental Wire) - At least 19 people were killed and dozens wounded on Saturday when shells slammed into a crowded market in Kanyabayonga, a trading town in Congo's North Kivu province, according to local health officials.

The Congolese army and the rebel Alliance for the Liberation of Kivu (ALK) each pinned the attack on the other within hours, dealing a fresh blow to a ceasefire brokered in the Angolan capital, Luanda, in August.

"The terrorists of the ALK and their Rwandan sponsors fired on a market full of women and children. There is no other word for this than a massacre," army spokesman Lieutenant Colonel Prosper Nkulu told reporters in Goma. He said the shells had most likely come from rebel positions in the hills north of the town, and that fragments recovered at the scene were of a calibre "that only Kigali supplies to its proxies."

The ALK told a very different story. Its spokesman, Bertrand Mugisha, said in a voice message shared with journalists that government troops and allied militias had shelled the market themselves "to blame us and sabotage the Luanda process." He added that the rebels had no artillery within range of Kanyabayonga.

Rwanda has long denied arming the ALK. Government spokesperson Claudine Uwera on Sunday called the army's statement "a recycled fabrication" and said Kinshasa was "looking for a scapegoat for its own failures on the battlefield."

A group of experts commissioned by the U.N. Security Council reported in June that Rwandan troops were fighting alongside the rebels in at least two territories, and that Kigali exercised "de facto control" over the group's military operations.

Doctors at Kanyabayonga general hospital said they were treating 63 wounded people, many with shrapnel injuries to the legs and abdomen. The hospital's director, Esther Kavira, said it had run out of blood for transfusions by Saturday evening and that four of the wounded were children under the age of 10.

The U.N. peacekeeping mission, MONUSCO, said it "strongly condemns" the shelling and called on all parties to respect the ceasefire. It did not say who it believed had fired.

Justin Kasereka, who heads a coalition of civil-society groups in the town, said residents had seen rebel fighters moving mortar tubes near the village of Kirumba on Friday night. "People here know where the shells came from," he said. "But we are not asking anyone for blame. We are asking for this war to stop."

Congo's government has repeatedly accused Rwanda of using the rebellion to plunder the region's coltan and gold. Kigali says its security concern is the presence in eastern Congo of a militia founded by perpetrators of the 1994 genocide against the Tutsi.

More than 7 million people are displaced in Congo, according to the International Organization for Migration.

Related coverage
Congo accuses Uganda of sheltering rebel commanders
Fighting displaces thousands near Lubero

(Reporting by Aline Mbuyi in Goma and Pierre Lokwa in Kinshasa; Editing by Tom Hale)`,
    [
      acc('Congo army and rebels trade accusations after shells hit crowded market', [CONGO], [ALK]),
      acc('Congo army and rebels trade accusations after shells hit crowded market', [ALK], [CONGO]),
      acc('The Congolese army and the rebel Alliance for the Liberation of Kivu (ALK) each pinned the attack on the other within hours', [CONGO], [ALK]),
      acc('The Congolese army and the rebel Alliance for the Liberation of Kivu (ALK) each pinned the attack on the other within hours', [ALK], [CONGO]),
      acc('The terrorists of the ALK and their Rwandan sponsors fired on a market full of women and children.', [NKULU], [ALK, RWANDA]),
      acc('There is no other word for this than a massacre', [NKULU], [ALK, RWANDA], undefined, true),
      acc('He said the shells had most likely come from rebel positions in the hills north of the town', [NKULU], [ALK], 'hedged'),
      acc('were of a calibre "that only Kigali supplies to its proxies."', [NKULU], [RWANDA, ALK]),
      den('The ALK told a very different story.', [ALK], [], undefined, true),
      acc('government troops and allied militias had shelled the market themselves "to blame us and sabotage the Luanda process."', [['Bertrand Mugisha', 'Mugisha']], [CONGO]),
      den('He added that the rebels had no artillery within range of Kanyabayonga.', [['Bertrand Mugisha', 'Mugisha']], []),
      den('Rwanda has long denied arming the ALK.', [RWANDA], []),
      den(`called the army's statement "a recycled fabrication"`, [['Claudine Uwera', 'Uwera']], [CONGO]),
      acc('said Kinshasa was "looking for a scapegoat for its own failures on the battlefield."', [['Claudine Uwera', 'Uwera']], [CONGO], undefined, true),
      acc('reported in June that Rwandan troops were fighting alongside the rebels in at least two territories', [[...UN, 'U.N. Security Council', 'Security Council']], [RWANDA, ALK]),
      acc(`Kigali exercised "de facto control" over the group's military operations`, [[...UN, 'U.N. Security Council', 'Security Council']], [RWANDA]),
      acc('said it "strongly condemns" the shelling', [['MONUSCO', ...UN]], [], undefined, true),
      acc('said residents had seen rebel fighters moving mortar tubes near the village of Kirumba on Friday night', [['Justin Kasereka', 'Kasereka']], [ALK], undefined, true),
      acc(`Congo's government has repeatedly accused Rwanda of using the rebellion to plunder the region's coltan and gold.`, [CONGO], [RWANDA]),
      acc('a militia founded by perpetrators of the 1994 genocide against the Tutsi', [RWANDA], [], undefined, true),
    ],
    'mutual blame (headline and lead) is one accusation per side with the same evidence; "rebels" in the headline resolves forward to the ALK and "Congo army" to Congo (an unnamed national army stands for its country; "Congolese army" also accepted); "Rwandan sponsors" and "its proxies" make Rwanda and the ALK co-targets (helping); "the army\'s statement" names the accuser, so Uwera\'s denial targets Congo (doubtful: a description, not a name); the "scapegoat" line is a counter-charge of bad faith (optional); the expert group commissioned by the Security Council is credited to the UN; MONUSCO condemns without naming a doer and "did not say who it believed had fired" (optional, no targets); Kasereka\'s sighting implies but does not state the ALK fired (optional), his "not asking anyone for blame" is no claim; "using the rebellion to plunder" targets Rwanda only (the rebellion is an event); the genocide line targets an unnamed militia (optional); the "Related coverage" headline is not the story (no claim).',
  ),
  art(
    's4a-conflict-border-truce-drones',
    ['conflict', 'counter-accusation', 'headline', 'title-then-name', 'pronoun-speaker', 'quote-before', 'quote-paragraph', 'coref-metonym', 'coref-pronoun', 'denial-phrase', 'no-cue', 'negative'],
    'Thailand, Cambodia accuse each other of breaking truce as drones return to border',
    `Bangkok says Cambodian drones dropped grenades on an army checkpoint; Phnom Penh says Thai troops fired first

By Narin Chaiyaporn, Southeast Asia correspondent
Published 09:14 GMT, Updated 14:02 GMT

SURIN, Thailand — A three-week-old ceasefire along the disputed Thai-Cambodian border frayed on Tuesday, with each side accusing the other of violating it after a night of drone attacks and artillery fire near the Ta Krabey temple complex.

The Royal Thai Army said two soldiers were wounded when small commercial drones believed to have been "operated from the Cambodian side" dropped grenades on a checkpoint in Surin province shortly after midnight. In a statement, the army's Second Area Command called the attack "a premeditated breach of the ceasefire agreement" and said Cambodia "bears full responsibility for any consequences."

Cambodia's defence ministry flatly contradicted that account. Its spokeswoman, Lieutenant General Sopheak Rithy, told a briefing in Phnom Penh that Thai forces had opened fire first with heavy machine guns at about 11:30 p.m., and that Cambodian units had "only exercised their legitimate right to self-defence." She said Cambodia had not flown drones "anywhere along the border" since the truce took effect.

"They invent an incident, then they shell our villages and call it retaliation," she said. "The world has seen this film before."

Thailand's foreign minister, Anucha Srisawat, later told parliament that Bangkok had "photographic and radar evidence" of the drones' flight path and would hand it to the ASEAN observer team. He was careful, however, to limit the charge. "I am not accusing the government in Phnom Penh of ordering this," he said. "I am saying that units on the other side of the line broke the agreement, and that someone must answer for it."

Residents of Ban Nong Khanna, a Thai village about four kilometres from the frontier, said they had spent the night in concrete bunkers. Some 1,200 people were moved to temporary shelters in a school and a Buddhist temple in Kap Choeng district.

On the Cambodian side, provincial authorities in Oddar Meanchey said a 62-year-old farmer was killed when a shell struck his house in the village of Kouk Mon. Provincial governor Chea Vuthy blamed "indiscriminate Thai artillery" for the death and said three houses had been destroyed.

The ASEAN observer team, deployed under the ceasefire deal signed in Kuala Lumpur, said it had received complaints from both sides and would visit the area "as soon as security permits." Malaysia, which holds the bloc's rotating chair, urged both governments to "exercise maximum restraint."

Analysts said the incident showed how brittle the truce remained. "Both armies have units on the border that do not fully trust their own headquarters, let alone the other side," said Kittipong Saelim, a security researcher at Chulalongkorn University, who said it was "entirely possible" that a local commander had acted without orders.

The neighbours fought a five-day war in July that killed more than 40 people and displaced some 300,000 on both sides. They have disputed sovereignty over several temples along the frontier for more than a century.`,
    [
      acc('Thailand, Cambodia accuse each other of breaking truce', [THAILAND], [CAMBODIA]),
      acc('Thailand, Cambodia accuse each other of breaking truce', [CAMBODIA], [THAILAND]),
      acc('Bangkok says Cambodian drones dropped grenades on an army checkpoint', [THAILAND], [CAMBODIA]),
      acc('Phnom Penh says Thai troops fired first', [CAMBODIA], [THAILAND]),
      acc('with each side accusing the other of violating it', [THAILAND], [CAMBODIA]),
      acc('with each side accusing the other of violating it', [CAMBODIA], [THAILAND]),
      acc('small commercial drones believed to have been "operated from the Cambodian side" dropped grenades on a checkpoint in Surin province', [['Royal Thai Army', ...THAILAND]], [CAMBODIA], 'hedged'),
      acc(`called the attack "a premeditated breach of the ceasefire agreement"`, [['Second Area Command', 'Royal Thai Army', ...THAILAND]], [CAMBODIA]),
      acc('said Cambodia "bears full responsibility for any consequences."', [['Second Area Command', 'Royal Thai Army', ...THAILAND]], [CAMBODIA]),
      den(`Cambodia's defence ministry flatly contradicted that account.`, [CAMBODIA], []),
      acc('Thai forces had opened fire first with heavy machine guns', [SOPHEAK], [THAILAND]),
      den('Cambodian units had "only exercised their legitimate right to self-defence."', [SOPHEAK], []),
      den('She said Cambodia had not flown drones "anywhere along the border" since the truce took effect.', [SOPHEAK], []),
      acc('"They invent an incident, then they shell our villages and call it retaliation," she said.', [SOPHEAK], [THAILAND]),
      acc(`Bangkok had "photographic and radar evidence" of the drones' flight path`, [['Anucha Srisawat', 'Anucha', 'Srisawat']], [CAMBODIA], undefined, true),
      acc('I am saying that units on the other side of the line broke the agreement', [['Anucha Srisawat', 'Anucha', 'Srisawat']], [CAMBODIA]),
      acc('Provincial governor Chea Vuthy blamed "indiscriminate Thai artillery" for the death', [['Chea Vuthy']], [THAILAND]),
    ],
    'the standfirst is the article\'s own text (claims count); both mutual-blame sentences give one accusation per side; the Second Area Command is a named unit of the Royal Thai Army (the army and Thailand accepted as claimant); "that account" names no accuser (denial targets empty); "They" in the quote is Thai forces; the minister\'s "not accusing the government in Phnom Penh" is a negated accusation (no claim) while "units on the other side of the line broke the agreement" accuses Cambodian units, i.e. Cambodia (doubtful: he separates the units from the government; state units still stand for the state); his "evidence" line backs the army\'s charge without restating it (optional); the observers\' complaints, Malaysia\'s urging and the analyst\'s "entirely possible" speculation are no claims.',
  ),
  art(
    's4a-ngo-monastery-airstrike',
    ['ngo-report', 'conflict', 'headline', 'document-subject', 'coref-description', 'title-then-name', 'quote-paragraph', 'hedged', 'multi-target', 'counter-accusation', 'denial-phrase', 'no-cue', 'negative'],
    'Myanmar military bombed monastery sheltering displaced families, rights group says',
    `Asia Accountability Watch matched bomb fragments to a jet flown only by the air force; the junta calls the findings "propaganda"

BANGKOK — Myanmar's military carried out an airstrike on a Buddhist monastery in Sagaing region in March that killed at least 27 civilians, most of them women and children who had fled fighting nearby, a human rights group said in a report released on Thursday.

The 48-page report by Asia Accountability Watch, a Bangkok-based monitoring group, draws on interviews with 31 survivors and witnesses, satellite imagery, and photographs of weapon remnants collected at the site in the village of Lin Ta Lu. The monastery, the village's only brick building, had housed about 150 people since January, the report says. Researchers compared the fragments with bombs documented at earlier strikes and concluded that they came from a Yak-130 jet, an aircraft that only the Myanmar Air Force operates in the country.

The report found that the monastery, which displayed a large banner identifying it as a shelter, had no military presence at the time and that the strike came in two waves, the second hitting villagers who had run in to help the wounded.

"Bombing a clearly marked shelter full of civilians is a war crime, full stop," said Hnin Wai Phyo, the group's Myanmar researcher. "The second wave tells you this was not a mistake. Someone decided to hit the rescuers."

The group documented 11 other airstrikes on schools, clinics and religious buildings in Sagaing and Magway since January, which it described as part of "a deliberate campaign to terrorise communities seen as sympathetic to the resistance." It said the March strike was likely approved by the military's Northwestern Command, and it named the command's chief, Major General Aung Kyaw Soe, as bearing "command responsibility" for the attack.

A spokesman for the military government, Brigadier General Thura Kyaw Naing, dismissed the group's findings as "propaganda written by people who have never set foot in Myanmar." He told state broadcaster MRTV that the air force had struck "a terrorist training camp" run by the Sagaing Revolutionary Defence Force (SRDF) and that those killed were "terrorists and their collaborators."

The SRDF, one of dozens of armed groups formed after the 2021 coup, said it had no fighters in Lin Ta Lu at the time and accused the military of "lying to cover up the murder of children."

The U.N. human rights office said it was aware of the report and called for an independent investigation. Myanmar's junta has not allowed U.N. investigators into the country since the coup.

The report calls on the U.N. Security Council to refer the situation in Myanmar to the International Criminal Court, and urges governments to stop shipments of aviation fuel to the country. Similar calls have been blocked by China and Russia, which are among the military's main arms suppliers.

Sagaing, a largely rural region in the country's dry zone, has seen some of the heaviest fighting since the coup. More than 3.5 million people are displaced inside Myanmar, according to the United Nations.

Sources: Asia Accountability Watch; MRTV; UN OCHA.`,
    [
      acc('Myanmar military bombed monastery sheltering displaced families, rights group says', [AAW], [MYANMAR]),
      acc('Asia Accountability Watch matched bomb fragments to a jet flown only by the air force', [AAW], [MYANMAR], undefined, true),
      den('the junta calls the findings "propaganda"', [MYANMAR], [AAW]),
      acc(`Myanmar's military carried out an airstrike on a Buddhist monastery in Sagaing region in March that killed at least 27 civilians`, [AAW], [MYANMAR]),
      acc('concluded that they came from a Yak-130 jet, an aircraft that only the Myanmar Air Force operates in the country', [AAW], [MYANMAR]),
      acc('the second hitting villagers who had run in to help the wounded', [AAW], [MYANMAR], undefined, true),
      acc('"Bombing a clearly marked shelter full of civilians is a war crime, full stop," said Hnin Wai Phyo', [HNIN], [MYANMAR]),
      acc('The second wave tells you this was not a mistake. Someone decided to hit the rescuers.', [HNIN], [MYANMAR], undefined, true),
      acc('which it described as part of "a deliberate campaign to terrorise communities seen as sympathetic to the resistance."', [AAW], [MYANMAR]),
      acc(`It said the March strike was likely approved by the military's Northwestern Command`, [AAW], [['Northwestern Command', ...MYANMAR]], 'hedged'),
      acc(`it named the command's chief, Major General Aung Kyaw Soe, as bearing "command responsibility" for the attack`, [AAW], [['Aung Kyaw Soe']]),
      den(`dismissed the group's findings as "propaganda written by people who have never set foot in Myanmar."`, [['Thura Kyaw Naing']], [AAW]),
      acc('the air force had struck "a terrorist training camp" run by the Sagaing Revolutionary Defence Force (SRDF)', [['Thura Kyaw Naing']], [SRDF]),
      acc('those killed were "terrorists and their collaborators."', [['Thura Kyaw Naing']], [], undefined, true),
      den('said it had no fighters in Lin Ta Lu at the time', [SRDF], []),
      acc('accused the military of "lying to cover up the murder of children."', [SRDF], [MYANMAR]),
    ],
    '"rights group" (headline and lead) resolves forward to Asia Accountability Watch; the military government is the state (Myanmar; "junta", the air force and the Northwestern Command accepted); "the findings" / "the group\'s findings" name the accuser, so both denials target the NGO (doubtful: a description); the forensic conclusion about the jet is an attribution (claim); the two-wave finding and the "Someone decided" quote imply but do not name the doer (optional); "likely approved" is hedged; the junta\'s "terrorist training camp" line is a counter-accusation (it is also a rebuttal, not coded twice), "those killed" are unnamed (optional); the UN office\'s call, the report\'s demands and the arms-supplier narration are no claims.',
  ),
  art(
    's4a-ngo-lithium-evictions',
    ['ngo-report', 'headline', 'document-subject', 'multi-claimant', 'two-claims', 'coref-description', 'quote-paragraph', 'unnamed-claimant', 'denial-phrase', 'counter-accusation', 'no-cue', 'negative'],
    'Report accuses Chinese-owned lithium mine in Zimbabwe of forced evictions and unpaid wages',
    `By Tendai Chikowore | The Southern Ledger | Harare

A Chinese-owned lithium mine in eastern Zimbabwe forced more than 400 families off their land without adequate compensation and routinely withheld workers' wages, the rights groups Global Rights Alliance and Land and Labour Watch Zimbabwe alleged in a joint report on Monday.

The 72-page report is based on interviews with 96 residents and former employees of the Nyamukondo mine in Buhera district, which is operated by Sinoridge Mining Zimbabwe, a subsidiary of the Shenzhen-listed Sinoridge Resources. Production began in 2023, and the mine now ships lithium concentrate to China through the port of Beira in Mozambique.

Researchers found that security guards employed by the company beat at least 14 residents who refused to leave their homes, and that officers of the Zimbabwe Republic Police appeared to have taken part in at least two of the evictions.

"What we found is a textbook case of a company treating local people as an obstacle to be cleared," said Farai Mutasa, director of Land and Labour Watch Zimbabwe. "Families who had farmed this land for generations were given 48 hours and a bag of maize meal."

Former workers told researchers that wages were held back for up to five months at a time and that those who complained to labour inspectors were dismissed. The report says the practice amounted to "forced labour under the definition of the International Labour Organization."

Sinoridge Mining Zimbabwe said in an emailed response that the relocation had been carried out "in full compliance with Zimbabwean law" and that every household had received compensation "agreed with community representatives." The company said it "categorically rejects" claims of violence by its staff and described the report as "one-sided and unverified."

Zimbabwe's Ministry of Mines and Mining Development also pushed back. Its spokesman, Tinashe Gumbo, said the government "rejects with contempt" the suggestion that police had been used to remove villagers, and accused the two organisations of "working to sabotage Zimbabwe's lithium industry on behalf of Western competitors."

The Chinese Embassy in Harare did not respond to a request for comment.

Zimbabwe holds the largest lithium reserves in Africa, and Chinese companies have invested more than $1.4 billion in the country's lithium projects since 2021. In 2022 the government banned exports of raw lithium ore to encourage local processing.

The report urges Sinoridge to compensate displaced families and calls on the government to publish the mine's environmental and relocation plans.

Related: Zimbabwe, China sign deal on battery-grade lithium plant | Miners' union warns of unsafe shafts in Kwekwe

Sources: Global Rights Alliance; Land and Labour Watch Zimbabwe; Sinoridge Mining Zimbabwe`,
    [
      acc('Report accuses Chinese-owned lithium mine in Zimbabwe of forced evictions and unpaid wages', [GRA, LLWZ], [SINORIDGE]),
      acc('A Chinese-owned lithium mine in eastern Zimbabwe forced more than 400 families off their land without adequate compensation', [GRA, LLWZ], [SINORIDGE]),
      acc(`routinely withheld workers' wages, the rights groups Global Rights Alliance and Land and Labour Watch Zimbabwe alleged`, [GRA, LLWZ], [SINORIDGE]),
      acc('Researchers found that security guards employed by the company beat at least 14 residents who refused to leave their homes', [GRA, LLWZ], [SINORIDGE]),
      acc('officers of the Zimbabwe Republic Police appeared to have taken part in at least two of the evictions', [GRA, LLWZ], [['Zimbabwe Republic Police', 'Zimbabwe']], 'hedged'),
      acc('"What we found is a textbook case of a company treating local people as an obstacle to be cleared,"', [['Farai Mutasa', 'Mutasa']], [SINORIDGE]),
      acc('Families who had farmed this land for generations were given 48 hours and a bag of maize meal.', [['Farai Mutasa', 'Mutasa']], [SINORIDGE], undefined, true),
      acc('Former workers told researchers that wages were held back for up to five months at a time', [], [SINORIDGE], undefined, true),
      acc('The report says the practice amounted to "forced labour under the definition of the International Labour Organization."', [GRA, LLWZ], [SINORIDGE]),
      den('the relocation had been carried out "in full compliance with Zimbabwean law"', [SINORIDGE], []),
      den('every household had received compensation "agreed with community representatives."', [SINORIDGE], [], undefined, true),
      den('The company said it "categorically rejects" claims of violence by its staff', [SINORIDGE], []),
      den('described the report as "one-sided and unverified."', [SINORIDGE], [], undefined, true),
      den(`Zimbabwe's Ministry of Mines and Mining Development also pushed back.`, [MINES], [], undefined, true),
      den('said the government "rejects with contempt" the suggestion that police had been used to remove villagers', [['Tinashe Gumbo', 'Gumbo']], []),
      acc(`accused the two organisations of "working to sabotage Zimbabwe's lithium industry on behalf of Western competitors."`, [['Tinashe Gumbo', 'Gumbo']], [GRA, LLWZ]),
    ],
    'the report is credited to the two groups that issued it (named in the lead); the "Chinese-owned lithium mine" is infrastructure: claims about it target its operator Sinoridge Mining Zimbabwe (the parent Sinoridge Resources accepted as a name; China is no target, "Chinese-owned" describes private ownership); the lead holds two allegations (evictions, wages) -> two claims; "Researchers" are the groups\'; the police clause targets the police only (the company is not named in that clause; helping left out, doubtful); the former workers are unnamed (optional, no claimants); "the report" in the company\'s denial is a document, not a named accuser (targets empty); "pushed back" is a denial without content (optional); the Western competitors are unnamed, so only the NGOs are targets; embassy silence, investment figures, the export ban, the report\'s demands and the Related line are no claims.',
  ),
  // ────────────────────────────────────── UN debates ──────────────────────────────────────
  art(
    's4a-un-council-border-incursion',
    ['un-debate', 'headline', 'coref-metonym', 'title-then-name', 'quote-paragraph', 'pronoun-speaker', 'counter-accusation', 'denial-phrase', 'scattered-denial', 'no-cue', 'negative'],
    'Guyana tells Security Council Venezuelan troops crossed border; Caracas calls it "theatre"',
    `UNITED NATIONS, New York (Meridian Post) — Guyana on Wednesday accused Venezuela of sending soldiers across the Cuyuni River to burn a police outpost on Guyanese soil, telling an emergency meeting of the U.N. Security Council that the incursion was "an act of aggression against a peaceful neighbour."

The 15-member council met at Guyana's request after Sunday's incident near the mining settlement of Eteringbang, in which Guyanese officials say two police officers were injured.

"Armed men in Venezuelan uniforms crossed the river, burned our outpost and planted their flag on our territory," Guyana's ambassador, Marcia Hollingsworth, told the council. "This was not a patrol that lost its way. It was a rehearsal."

The representative of Venezuela, Ambassador Rodrigo Salcedo Pérez, said no Venezuelan soldier had set foot on the eastern bank of the river and described Guyana's account as "theatre staged for the benefit of the oil companies." He went on to accuse Georgetown of handing out "illegal concessions" in waters that Venezuela claims, including to the U.S.-based Atlantic Meridian Energy.

Speaking for the United States, Deputy Ambassador Kenneth Varga said Washington "stands firmly with Guyana" and called the incursion "a flagrant violation of the U.N. Charter and of the 1899 arbitral award."

The representative of Brazil, which borders both countries, said his government was "deeply concerned" and urged both sides to refrain from any step that could escalate tensions. He did not say which side Brasília held responsible.

Russia's deputy envoy, Pavel Lebedinsky, said the United States was "arming Guyana and then acting surprised when there is tension," and that the council was being used "once again to put pressure on a sovereign government."

China's representative called for dialogue and said the dispute should be settled "through peaceful means, in accordance with international law."

Speaking on behalf of the council's three European members, France's ambassador, Hélène Dufresne, said the incursion, "if confirmed," would be a grave breach of international law.

In a right of reply, Hollingsworth said Venezuela had massed "more than 2,000 troops" near the border since January and accused Caracas of "manufacturing a crisis to distract its own people from an election it cannot win fairly."

The council took no action. A draft press statement circulated by Britain was blocked, diplomats said, without saying by whom.

The International Court of Justice is expected to rule on the merits of the border case next year.`,
    [
      acc('Guyana tells Security Council Venezuelan troops crossed border', [GUYANA], [VENEZUELA]),
      den('Caracas calls it "theatre"', [VENEZUELA], []),
      acc('Guyana on Wednesday accused Venezuela of sending soldiers across the Cuyuni River to burn a police outpost on Guyanese soil', [GUYANA], [VENEZUELA]),
      acc('telling an emergency meeting of the U.N. Security Council that the incursion was "an act of aggression against a peaceful neighbour."', [GUYANA], [VENEZUELA]),
      acc('"Armed men in Venezuelan uniforms crossed the river, burned our outpost and planted their flag on our territory,"', [HOLLINGSWORTH], [VENEZUELA]),
      acc('This was not a patrol that lost its way. It was a rehearsal.', [HOLLINGSWORTH], [VENEZUELA], undefined, true),
      den('said no Venezuelan soldier had set foot on the eastern bank of the river', [SALCEDO], []),
      den(`described Guyana's account as "theatre staged for the benefit of the oil companies."`, [SALCEDO], [GUYANA]),
      acc('He went on to accuse Georgetown of handing out "illegal concessions" in waters that Venezuela claims', [SALCEDO], [GUYANA]),
      acc('called the incursion "a flagrant violation of the U.N. Charter and of the 1899 arbitral award."', [['Kenneth Varga', 'Varga']], [VENEZUELA]),
      acc('said the United States was "arming Guyana and then acting surprised when there is tension,"', [['Pavel Lebedinsky', 'Lebedinsky']], [USA], undefined, true),
      acc('said Venezuela had massed "more than 2,000 troops" near the border since January', [HOLLINGSWORTH], [VENEZUELA], undefined, true),
      acc('accused Caracas of "manufacturing a crisis to distract its own people from an election it cannot win fairly."', [HOLLINGSWORTH], [VENEZUELA]),
    ],
    'the headline\'s "it" is Guyana\'s charge, its author not named in that clause (denial targets empty), while "Guyana\'s account" names it; the ambassador named after her first quote is its claimant and that of the run-on; Atlantic Meridian Energy receiving concessions is a counterparty (no target); the injuries, Brazil\'s concern ("did not say which side"), China\'s call, and France\'s "if confirmed" hypothetical are no claims; Russia\'s "arming Guyana" line implies provocation rather than a wrong (optional), its "council was being used" has no named doer (no claim); troop massing on one\'s own side is a threat, not clearly a wrong (optional); the blocked press statement names no one.',
  ),
  art(
    's4a-un-assembly-deported-children',
    ['un-debate', 'document-subject', 'title-then-name', 'quote-paragraph', 'pronoun-speaker', 'counter-accusation', 'two-claims', 'unnamed-claimant', 'denial-phrase', 'coref-metonym', 'negative'],
    'General Assembly demands Russia return deported Ukrainian children in divided vote',
    `By Sofia Lindqvist, U.N. correspondent

UNITED NATIONS — The U.N. General Assembly on Tuesday adopted a resolution demanding that Russia return Ukrainian children taken from occupied territories, after a debate in which delegations traded charges of kidnapping, propaganda and hypocrisy.

The resolution, drafted by Ukraine with the support of the European Union and Canada, passed by 91 votes to 12, with 57 abstentions. It states that the "forcible transfer and deportation" of Ukrainian children by the Russian Federation violates international humanitarian law and calls for their "immediate, safe and unconditional return."

Opening the debate, Ukraine's ambassador, Oksana Danylenko, said Russian authorities had removed "at least 19,500 children" from their families and placed many of them with Russian foster families or in so-called military-patriotic camps. "These children were not evacuated. They were stolen," she told the hall. "Their names were changed, their documents were changed, and now they are being taught to hate the country they were born in."

The representative of the Russian Federation, Deputy Permanent Representative Grigory Ostapenko, rejected the text as "a political document built on lies" and said the children had been moved "to save them from shelling by the Kyiv regime." Russia, he said, had "never hidden a single child" and stood ready to reunite any child with relatives who came forward.

He then turned on the sponsors, accusing Western governments of "using children as props in an information war" and of blocking humanitarian exchanges to prolong the conflict.

Belarus, whose state organisations have hosted groups of the children at summer camps, voted against the resolution, as did Nicaragua and North Korea.

Speaking on behalf of the European Union, the bloc's ambassador, Matteo Ferrante, said the EU "condemns in the strongest terms" the deportations, which it regards as a war crime. He recalled that the International Criminal Court had issued arrest warrants in 2023 for Russia's president and its commissioner for children's rights over the unlawful deportation of children.

South Africa, which abstained, said it shared concern for the children but believed the resolution would "make mediation harder, not easier." Its representative did not accuse either side of wrongdoing.

In a right of reply, Danylenko said Moscow's talk of evacuation "insults the intelligence of this hall" and that not a single child had been taken with Ukraine's consent.

Ukraine says it has so far brought back about 1,600 children, many of them through mediation by Qatar. Moscow has not published a list of the children in its care.

Resolutions of the General Assembly are not legally binding.

Related
Security Council rejects Russian draft on Black Sea shipping
U.N. rights chief says detainees in occupied areas "systematically tortured"`,
    [
      acc('after a debate in which delegations traded charges of kidnapping, propaganda and hypocrisy', [], [], undefined, true),
      acc('It states that the "forcible transfer and deportation" of Ukrainian children by the Russian Federation violates international humanitarian law', [GA], [RUSSIA]),
      acc('said Russian authorities had removed "at least 19,500 children" from their families', [DANYLENKO], [RUSSIA]),
      acc('"These children were not evacuated. They were stolen," she told the hall.', [DANYLENKO], [RUSSIA]),
      acc('Their names were changed, their documents were changed, and now they are being taught to hate the country they were born in.', [DANYLENKO], [RUSSIA], undefined, true),
      den('rejected the text as "a political document built on lies"', [OSTAPENKO], []),
      den('said the children had been moved "to save them from shelling by the Kyiv regime."', [OSTAPENKO], []),
      acc('said the children had been moved "to save them from shelling by the Kyiv regime."', [OSTAPENKO], [UKRAINE], undefined, true),
      den('Russia, he said, had "never hidden a single child"', [OSTAPENKO], []),
      acc('accusing Western governments of "using children as props in an information war"', [OSTAPENKO], []),
      acc('and of blocking humanitarian exchanges to prolong the conflict', [OSTAPENKO], []),
      acc('said the EU "condemns in the strongest terms" the deportations, which it regards as a war crime', [['Matteo Ferrante', 'Ferrante', 'European Union', 'EU']], [RUSSIA]),
      acc(`the International Criminal Court had issued arrest warrants in 2023 for Russia's president and its commissioner for children's rights over the unlawful deportation of children`, [['International Criminal Court', 'ICC']], [RUSSIA]),
      den(`Danylenko said Moscow's talk of evacuation "insults the intelligence of this hall"`, [DANYLENKO], [RUSSIA], undefined, true),
      acc(`not a single child had been taken with Ukraine's consent`, [DANYLENKO], [RUSSIA], undefined, true),
    ],
    'the headline and the lead state a demand (no claim; "children taken" is narration); "delegations traded charges" names no one (optional, both lists empty); the resolution as subject is credited to the General Assembly that adopted it (Ukraine drafted it, but the text speaks for the Assembly); Ostapenko\'s "moved to save them from shelling" is a denial and, as an aside, a charge against Kyiv (optional); "Western governments" are unnamed (no targets); "accusing ... of A and of B" gives two claims; the EU ambassador speaks for the EU (both accepted); the ICC warrants for unnamed Russian office-holders stand for Russia, credited to the ICC (Ferrante only recalls them; doubtful); South Africa "did not accuse either side" and Belarus\'s vote are no claims; the reply rebutting Russia\'s justification is not the rejection of an accusation against Ukraine (optional denial), and the consent line implies Russian taking (optional); the Related block is not the story.',
  ),
  // ──────────────────────────────── Domestic political scandal ────────────────────────────────
  art(
    's4a-scandal-helicopter-contract',
    ['political-scandal', 'headline', 'unnamed-claimant', 'title-then-name', 'quote-paragraph', 'pronoun-speaker', 'hedged', 'helping', 'multi-target', 'denial-phrase', 'scattered-denial', 'no-cue', 'negative'],
    'Portuguese defence minister resigns over helicopter deal, denies wrongdoing',
    `Opposition says minister "steered" €410 million contract to firm linked to his former aide; parliament to open inquiry

By Inês Carvalho

LISBON — Portugal's defence minister, Rui Albuquerque, resigned on Friday amid mounting pressure over a €410 million contract for military helicopters, insisting he had "acted correctly at every stage" and was stepping down "to protect the government, not because I did anything wrong."

Albuquerque, 58, had been under fire since the weekly magazine Semanário Atlântico reported last month that the contract, awarded without a public tender, went to Aerolis Defence Systems, a company whose board included Vasco Teixeira, the minister's chief of staff until 2022. The magazine later published messages in which Teixeira appeared to lobby ministry officials on the company's behalf while the tender rules were being drafted.

At a news conference in Lisbon, Albuquerque said he had "never discussed the contract" with Teixeira and had learned of his former aide's role at Aerolis "from the newspapers, like everyone else."

"I leave with my conscience clear," he said. "Every document will show that the decision was technical, not political."

The leader of the opposition Movimento Cidadania, Helena Seabra, said the resignation was "an admission dressed up as a sacrifice." She accused Prime Minister Duarte Falcão of shielding his minister for weeks "while the evidence piled up on his desk."

Her party, together with two smaller opposition groups, has gathered the signatures needed to set up a parliamentary commission of inquiry, which is expected to begin hearings in January. "We want to know who wrote the tender rules, who benefited, and who knew," Seabra told reporters outside parliament.

Falcão, speaking in Brussels at the end of an EU summit, said he accepted the resignation "with regret" and that the minister had enjoyed "my full confidence until the last minute." He did not answer questions about the contract.

The Public Prosecutor's Office confirmed on Thursday that it had opened an investigation into suspected influence peddling in the award of the contract and that Teixeira had been named a formal suspect, or arguido. No one has been charged.

Teixeira, who allegedly received €1.2 million in "consulting fees" from Aerolis in the year before the contract was signed, has not commented publicly. His lawyer, Miguel Sarmento, said his client "had no role whatsoever" in drafting the tender and that his seat on the company's board was "public, declared and entirely legal."

Aerolis said in a statement that it had won the contract "on its merits" and rejected "any insinuation of favouritism."

The 12 medium-lift helicopters, intended for the air force's search-and-rescue squadrons, are due to be delivered from 2027. The foreign minister will hold the defence portfolio on an interim basis.

This article was updated at 19:40 to include a statement from Aerolis.`,
    [
      den('Portuguese defence minister resigns over helicopter deal, denies wrongdoing', [ALBUQUERQUE], []),
      acc('Opposition says minister "steered" €410 million contract to firm linked to his former aide', [], [ALBUQUERQUE]),
      den('insisting he had "acted correctly at every stage"', [ALBUQUERQUE], []),
      den('was stepping down "to protect the government, not because I did anything wrong."', [ALBUQUERQUE], [], undefined, true),
      acc(`The magazine later published messages in which Teixeira appeared to lobby ministry officials on the company's behalf while the tender rules were being drafted.`, [['Semanário Atlântico']], [TEIXEIRA, AEROLIS], 'hedged'),
      den('Albuquerque said he had "never discussed the contract" with Teixeira', [ALBUQUERQUE], []),
      den(`had learned of his former aide's role at Aerolis "from the newspapers, like everyone else."`, [ALBUQUERQUE], [], undefined, true),
      den('"I leave with my conscience clear," he said.', [ALBUQUERQUE], [], undefined, true),
      den('Every document will show that the decision was technical, not political.', [ALBUQUERQUE], []),
      acc('said the resignation was "an admission dressed up as a sacrifice."', [SEABRA], [ALBUQUERQUE]),
      acc('She accused Prime Minister Duarte Falcão of shielding his minister for weeks "while the evidence piled up on his desk."', [SEABRA], [['Duarte Falcão', 'Falcão'], ALBUQUERQUE]),
      acc('it had opened an investigation into suspected influence peddling in the award of the contract and that Teixeira had been named a formal suspect', [["Public Prosecutor's Office"]], [TEIXEIRA], 'hedged', true),
      acc('Teixeira, who allegedly received €1.2 million in "consulting fees" from Aerolis in the year before the contract was signed', [], [TEIXEIRA], 'hedged'),
      den('said his client "had no role whatsoever" in drafting the tender', [['Miguel Sarmento', 'Sarmento']], []),
      den(`his seat on the company's board was "public, declared and entirely legal."`, [['Miguel Sarmento', 'Sarmento']], [], undefined, true),
      den('Aerolis said in a statement that it had won the contract "on its merits"', [AEROLIS], [], undefined, true),
      den('rejected "any insinuation of favouritism."', [AEROLIS], []),
    ],
    '"Opposition" in the standfirst is unnamed (no claimants), "minister" is Albuquerque, and the firm that benefits is a counterparty (no target); the magazine itself alleges the lobbying (claimant; "appeared to" hedged), "on the company\'s behalf" makes Aerolis a co-target; the contract "awarded without a public tender" is narration of a fact, no wrong asserted; the second half of the resignation sentence, the aide-role line, "conscience clear", the board-seat line and "won on its merits" restate a denial already made (optional); "an admission dressed up as a sacrifice" asserts guilt (claim, doubtful); shielding the minister is helping him, both targets; opening an investigation and naming a formal suspect for "suspected influence peddling" is not a charge (optional, hedged); "No one has been charged" and the demands for an inquiry are no claims; the relative clause with "allegedly" is a hedged claim with no claimants, Aerolis as payer left out (doubtful); the prime minister\'s "full confidence" is no denial.',
  ),
  art(
    's4a-scandal-grants-inquiry',
    ['political-scandal', 'headline', 'passive', 'title-then-name', 'quote-after', 'document-subject', 'denial-phrase', 'denial-verb', 'coref-description', 'no-cue', 'negative'],
    "Senate inquiry told minister's office rewrote grants list before election",
    `Senior bureaucrat says 27 projects rated unsuitable were funded; minister rejects "pork-barrelling" claim

By Georgia Pennington, Political reporter

CANBERRA — A senior public servant has told a Senate inquiry that staff in the office of Regional Development Minister Kate Henley rewrote a list of recommended projects for a $180 million community grants program weeks before the federal election, moving money towards marginal seats.

Ross Galbraith, a deputy secretary at the Department of Infrastructure, told the hearing on Wednesday that 34 of the 61 projects his department had ranked "highly suitable" were dropped from the final list, while 27 projects it had assessed as unsuitable received funding. "The list that came back from the minister's office was not the list we sent," he said.

Asked by independent senator Amira Costa whether he believed the changes had been made to benefit the government at the election, Galbraith replied: "I'm not in a position to judge motives. I can tell you what happened to the list."

He said he had raised concerns in writing with the department's then secretary and had been told the decisions "were a matter for the minister."

The Australian National Audit Office found in March that Henley had approved 27 grants against departmental advice without recording her reasons, as the program's guidelines require. The audit also found that 71 per cent of the money went to electorates the government held by less than five per cent or hoped to win.

Shadow regional development minister Tom Brackley said the evidence "strongly suggests a deliberate pork-barrelling operation run out of the minister's office" and that taxpayers had been "used as a campaign fund." He called on Henley to resign.

Henley, who did not attend the hearing, rejected any suggestion that her office had acted improperly. In a statement, she said all grants were "approved in accordance with the guidelines" and that ministers were "entitled to exercise discretion in the public interest."

"The characterisation of this program as a political slush fund is simply wrong," the statement said. "Projects in opposition-held electorates received funding too."

The Prime Minister's office referred questions to the minister.

Henley's former chief of staff, Liam Pritchard, is due to give evidence on Thursday. He has declined to comment publicly.

The committee, chaired by Costa, is due to report by August 15.

Updated 6.41pm AEST`,
    [
      acc("Senate inquiry told minister's office rewrote grants list before election", [], [HENLEY]),
      acc('Senior bureaucrat says 27 projects rated unsuitable were funded', [GALBRAITH], [], undefined, true),
      den('minister rejects "pork-barrelling" claim', [HENLEY], []),
      acc('staff in the office of Regional Development Minister Kate Henley rewrote a list of recommended projects', [GALBRAITH], [HENLEY]),
      acc(`"The list that came back from the minister's office was not the list we sent," he said.`, [GALBRAITH], [HENLEY], undefined, true),
      acc(`Henley had approved 27 grants against departmental advice without recording her reasons, as the program's guidelines require`, [['Australian National Audit Office']], [HENLEY]),
      acc(`said the evidence "strongly suggests a deliberate pork-barrelling operation run out of the minister's office"`, [BRACKLEY], [HENLEY], 'hedged'),
      acc('taxpayers had been "used as a campaign fund."', [BRACKLEY], [], undefined, true),
      den('rejected any suggestion that her office had acted improperly', [HENLEY], []),
      den('she said all grants were "approved in accordance with the guidelines"', [HENLEY], []),
      den('ministers were "entitled to exercise discretion in the public interest."', [HENLEY], [], undefined, true),
      den('"The characterisation of this program as a political slush fund is simply wrong," the statement said.', [HENLEY], []),
      den('Projects in opposition-held electorates received funding too.', [HENLEY], [], undefined, true),
    ],
    'the headline leaves the teller implicit (passive "told": no claimants; Galbraith is named only in the body) and "minister\'s office" is Henley\'s; the standfirst\'s funding figure names no doer (optional); "A senior public servant" in the lead is Galbraith, named in the next sentence; "I\'m not in a position to judge motives" and "a matter for the minister" are no claims; the ANAO finding of approvals against advice without the reasons the guidelines require asserts a breach (claim), its 71 per cent statistic is no claim; "used as a campaign fund" is an agentless passive (optional, no targets); the call to resign is a demand; "the statement" is Henley\'s (claimant); the follow-on denials restate the first (optional); the referral and "declined to comment" are no claims.',
  ),
  // ─────────────────────────────── Election interference ───────────────────────────────
  art(
    's4a-election-vote-buying-network',
    ['headline', 'hedged', 'helping', 'multi-target', 'conviction', 'passive', 'unnamed-claimant', 'title-then-name', 'coref-metonym', 'coref-pronoun', 'counter-accusation', 'denial-phrase', 'scattered-denial', 'negative'],
    'Moldovan police say vote-buying network paid 130,000 voters with Russian money',
    `Moscow denies involvement; opposition bloc calls raids "a witch hunt"

CHISINAU, Moldova (Eastbridge News) — Moldovan police said on Thursday they had uncovered a vote-buying network that paid tens of thousands of people ahead of next month's parliamentary election, using money that they said came from Russia and was moved through a Russian state-owned bank, Severny Kredit.

"We have documented transfers to more than 130,000 citizens. Each of them received a bank card and instructions on whom to vote for," National Police chief Viorel Ganea told a news conference, standing beside stacks of seized cash and payment cards. Officers had laid out ledgers, SIM cards and about 3 million lei in banknotes on trestle tables in the courtyard of the interior ministry.

Ganea said the scheme was orchestrated by associates of Gheorghe Rusu, a fugitive businessman who lives in Moscow and founded the opposition Moldova Nouă bloc. Rusu was convicted in absentia in 2023 of bank fraud and sentenced to 15 years in prison.

Investigators believe Rusu personally approved the monthly payments, Ganea said, though he acknowledged that police had not yet found documents bearing his signature. Police also suspect the network recruited polling-station staff in at least 30 precincts, he said.

Police searched 48 addresses across the country and detained 11 people for 72 hours. Four of them were later charged with illegal financing of a political party, prosecutors said. One of the four, a 34-year-old regional coordinator, has pleaded guilty and agreed to cooperate, according to her lawyer.

Rusu, speaking by video link from Moscow, called the allegations "a fairy tale" and said his supporters had received "legal social assistance, not bribes." He accused the authorities in Chisinau of using the police "to remove the opposition from the ballot."

Moldova Nouă's deputy leader, Ana Ciobanu, said the raids were "a witch hunt timed to the campaign" and that the bloc would file a complaint with the European Court of Human Rights. The bloc, which holds six of the 101 seats in the outgoing parliament, was polling at around 9 percent before the raids.

In Moscow, Russian Foreign Ministry spokeswoman Yelena Voronova said Russia "does not interfere in the internal affairs of other states" and that Chisinau was "blaming Russia for its own unpopularity."

Election observers from the OSCE's Office for Democratic Institutions and Human Rights said in an interim report on Wednesday that they had received "numerous credible allegations" of vote buying in the south of the country and in the autonomous region of Gagauzia. The observers did not name any party.

Moldova, a country of 2.4 million people between Ukraine and EU member Romania, applied to join the European Union in 2022. Its government has accused Russia of trying to destabilise the country since the start of the war in Ukraine, a charge Moscow rejects.

Related: Election commission bars two parties over undeclared foreign funding`,
    [
      acc('Moldovan police say vote-buying network paid 130,000 voters with Russian money', [MOLDOVA_POLICE], [RUSSIA]),
      den('Moscow denies involvement', [RUSSIA], []),
      acc('opposition bloc calls raids "a witch hunt"', [MOLDOVA_NOUA], [MOLDOVA_POLICE]),
      acc(`they had uncovered a vote-buying network that paid tens of thousands of people ahead of next month's parliamentary election`, [MOLDOVA_POLICE], []),
      acc('using money that they said came from Russia and was moved through a Russian state-owned bank, Severny Kredit', [MOLDOVA_POLICE], [RUSSIA, ['Severny Kredit']]),
      acc('Each of them received a bank card and instructions on whom to vote for', [GANEA], [], undefined, true),
      acc('Ganea said the scheme was orchestrated by associates of Gheorghe Rusu', [GANEA], [RUSU]),
      acc('Rusu was convicted in absentia in 2023 of bank fraud', [], [RUSU]),
      acc('Investigators believe Rusu personally approved the monthly payments, Ganea said', [GANEA], [RUSU], 'hedged'),
      acc('Police also suspect the network recruited polling-station staff in at least 30 precincts, he said.', [GANEA], [], 'hedged'),
      acc('Four of them were later charged with illegal financing of a political party, prosecutors said.', [], []),
      den('called the allegations "a fairy tale"', [RUSU], []),
      den('said his supporters had received "legal social assistance, not bribes."', [RUSU], []),
      acc('He accused the authorities in Chisinau of using the police "to remove the opposition from the ballot."', [RUSU], [MOLDOVA_POLICE]),
      acc('said the raids were "a witch hunt timed to the campaign"', [['Ana Ciobanu', 'Ciobanu']], [MOLDOVA_POLICE]),
      den('said Russia "does not interfere in the internal affairs of other states"', [VORONOVA], []),
      den('Chisinau was "blaming Russia for its own unpopularity."', [VORONOVA], [MOLDOVA_POLICE]),
      acc('they had received "numerous credible allegations" of vote buying in the south of the country', [['Office for Democratic Institutions and Human Rights', 'OSCE']], [], 'hedged'),
      acc('Its government has accused Russia of trying to destabilise the country since the start of the war in Ukraine', [MOLDOVA_POLICE], [RUSSIA]),
      den('a charge Moscow rejects', [RUSSIA], [MOLDOVA_POLICE]),
    ],
    'Moldova\'s police, government and "the authorities in Chisinau" are one set of accepted names (Moldova, National Police); the headline\'s network is unnamed, "Russian money" makes Russia the accused source; the standfirst\'s "opposition bloc" is Moldova Nouă, and raids called a witch hunt accuse the state of persecution (GUIDELINES, politically motivated act); the state bank that moved the money is a co-target (helping); "associates of Rusu" -> Rusu (doubtful: the associates are unnamed); the conviction has no named court (no claimants); "Investigators believe ..., Ganea said" is Ganea\'s hedged claim, as is "Police also suspect ..., he said" (the network unnamed: no targets); the detentions state no crime (no claim), the coordinator\'s guilty plea is no claim, the four charged are unnamed and "prosecutors said" is unattributed (both lists empty); the Foreign Ministry spokeswoman\'s "blaming Russia" rebuts Chisinau (denial, target Moldova); the observers\' "credible allegations" name no one (hedged, no targets), "did not name any party" is no claim; "a charge Moscow rejects" is in the same sentence as the accuser (target Moldova); the Related line is not the story.',
  ),
  art(
    's4a-election-troll-network',
    ['headline', 'hedged', 'according-to', 'document-subject', 'helping', 'multi-target', 'title-then-name', 'quote-after', 'coref-metonym', 'coref-pronoun', 'unnamed-claimant', 'denial-phrase', 'denial-verb', 'negative'],
    'Manila says foreign troll network targeted midterm candidates; Beijing rejects "groundless" claim',
    `By Carmela Dizon

MANILA — The Philippines' National Security Council said on Monday that a network of more than 800 fake social media accounts "likely directed from China" had spread disinformation about candidates critical of Beijing's conduct in the South China Sea ahead of the May midterm elections.

Ramon Villafuerte, an assistant director general of the council, told reporters that the accounts, many using stolen profile photographs of Filipino nurses and teachers, posted thousands of comments a day praising candidates who favour closer ties with Beijing and mocking their rivals. He said the council had traced the network's payments to a Hong Kong advertising company, Brightwave Media.

"We are not saying the Chinese government ordered this. We are saying it was run from China, and somebody paid for it," Villafuerte said.

The Chinese Embassy in Manila said the accusations were "groundless and irresponsible" and that China "never interferes in other countries' elections." It accused "certain Philippine politicians" of "hyping the so-called China threat to win votes."

Brightwave Media could not be reached for comment. Its website was taken offline on Monday afternoon.

Lumina Threat Labs, a Singapore-based research firm that studied the same network, said in a separate report that it had found "moderate-confidence" links to a commercial marketing operation in Fujian province that had previously run campaigns for Chinese state media. The firm said it could not determine who had commissioned the Philippine campaign.

Separately, the Commission on Elections (Comelec) on Tuesday filed a disqualification case against senatorial candidate Rodel Buenaflor, accusing him of paying for a network of Facebook pages that published fabricated opinion polls. According to the complaint, Buenaflor's campaign paid 2.3 million pesos to a Quezon City digital agency, Pixelhaus PH, which ran 40 pages posing as independent news outlets.

Buenaflor, a former television host, denied knowing about the pages and said his opponents were "recycling fake news about fake news." Pixelhaus PH did not respond to messages.

Comelec chairman Jaime Ocampo said the commission would "not hesitate" to disqualify any candidate found to have used troll farms. "If you cheat online, you cheat," he said.

About 68 million Filipinos are registered to vote in the May 12 elections, in which 12 Senate seats and all 317 House seats are at stake.`,
    [
      acc('Manila says foreign troll network targeted midterm candidates', [PHILIPPINES], []),
      den('Beijing rejects "groundless" claim', [CHINA], []),
      acc('a network of more than 800 fake social media accounts "likely directed from China" had spread disinformation', [PHILIPPINES], [CHINA], 'hedged'),
      acc('posted thousands of comments a day praising candidates who favour closer ties with Beijing and mocking their rivals', [VILLAFUERTE], [], undefined, true),
      acc(`He said the council had traced the network's payments to a Hong Kong advertising company, Brightwave Media.`, [VILLAFUERTE], [['Brightwave Media']]),
      acc('We are saying it was run from China, and somebody paid for it', [VILLAFUERTE], [], undefined, true),
      den('said the accusations were "groundless and irresponsible"', [CHINA], []),
      den(`China "never interferes in other countries' elections."`, [CHINA], []),
      acc('It accused "certain Philippine politicians" of "hyping the so-called China threat to win votes."', [CHINA], []),
      acc('it had found "moderate-confidence" links to a commercial marketing operation in Fujian province', [['Lumina Threat Labs']], [], 'hedged', true),
      acc('accusing him of paying for a network of Facebook pages that published fabricated opinion polls', [COMELEC], [BUENAFLOR]),
      acc(`According to the complaint, Buenaflor's campaign paid 2.3 million pesos to a Quezon City digital agency, Pixelhaus PH, which ran 40 pages posing as independent news outlets.`, [COMELEC], [BUENAFLOR, ['Pixelhaus PH']]),
      den('denied knowing about the pages', [BUENAFLOR], []),
      den('said his opponents were "recycling fake news about fake news."', [BUENAFLOR], [], undefined, true),
    ],
    'the National Security Council is a named agency of the Philippines (both accepted; "Manila" the metonym); the headline\'s "foreign" network names no one (no targets); "likely directed from China" is read as an accusation against China (doubtful: it may only name a place; the embassy\'s rebuttal treats it as one), hedged; the fake accounts\' posting names no doer (optional); "not saying the Chinese government ordered this" is a negated accusation (no claim) and "run from China, and somebody paid for it" names no one (optional); the embassy speaks for China; "certain Philippine politicians" are private people, unnamed (no targets); the research firm\'s "moderate-confidence links" accuse an unnamed operation (optional, hedged), "could not determine who" is no claim; the complaint is Comelec\'s (named issuer) and the agency paid to run the pages is a co-target; "could not be reached", the chairman\'s warning and "If you cheat online, you cheat" are no claims.',
  ),
  // ─────────────────────────────────────── Long form ───────────────────────────────────────
  art(
    's4a-longform-tailings-dam',
    ['long-form', 'document-subject', 'unnamed-claimant', 'title-then-name', 'coref-description', 'coref-pronoun', 'quote-paragraph', 'two-claims', 'denial-phrase', 'scattered-denial', 'no-cue', 'negative'],
    'The day the river turned grey',
    `Three years after a tailings dam gave way above a village in Peru's Andes, the families of San Bartolomé de Huaylla still argue about who let it happen. The company says it was the rain. Prosecutors say it was the company.

By Lucía Arredondo | Photographs by Diego Paucar | Long read, 14 min

Every morning at half past five, before the light has cleared the ridge, Eusebia Quispe walks down to the place where her kitchen used to be. There is nothing there now but a flat shelf of grey sediment, hard as cement, through which a few stalks of maize have pushed their way. She brings a thermos of coca tea and sits on an upturned plastic crate. Some mornings she talks to her husband, Teófilo, who was 61 when the mud took him; some mornings she only listens to the river.

Teófilo Mamani was one of 14 people killed on the night of February 9, 2023, when the wall of a tailings dam at the Huaylla zinc mine, about three kilometres upstream, gave way after four days of heavy rain. An estimated 1.2 million cubic metres of mine waste — crushed rock, water and the residue of the reagents used to separate zinc and lead from ore — poured down the ravine in less than twenty minutes, burying eleven houses, the school's football pitch and the road to Canta.

The mine's owner, Minera Andina del Centro, a mid-sized company controlled by a Lima family holding, has always maintained that the collapse was a natural disaster. "No structure in the world is designed for what fell from the sky that week," its chief executive, Ricardo Valdivia, told a congressional committee two months later. The company points to data from Peru's national weather service, Senamhi, showing that rainfall in the district that February was the highest in 40 years.

The prosecutors who have spent three years building a case see it differently. In a 900-page indictment filed in Huaral in June, the environmental prosecutor's office of Peru's Public Ministry charged Valdivia and four other executives with environmental pollution and culpable homicide. The indictment alleges that the company raised the dam's wall twice without the required permits and that its managers ignored at least three internal warnings that the structure was unstable.

One of those warnings, an email sent by a geotechnical engineer in December 2022 and quoted in the indictment, reads: "If we get a wet February, I cannot guarantee this wall." The engineer, Gustavo Ñaupari, left the company a month after the collapse and is expected to testify for the prosecution. He declined to be interviewed for this article.

Minera Andina's lawyers have asked the court to throw out the case. In a written response to my questions, the company said the wall had been raised "in accordance with the approved closure plan" and that it had "at no time received a warning indicating an imminent risk." It called the charges against its executives "an attempt to criminalise a tragedy."

In Huaylla, few people have read the indictment, but almost everyone has a theory. Some blame the company; others blame the Lima regional government, which they say approved the dam's expansion without sending anyone to inspect it; a few, quietly, blame the families who built too close to the river on land the community had sold. "Everybody knew that dam was full," said Rosaura Cóndor, who runs the village's only shop. "The engineers knew. The mayor knew. And the company kept pouring."

The state has its own questions to answer. A 2024 internal review by OEFA, Peru's environmental enforcement agency, found that its inspectors had flagged "deficiencies in the drainage system" at the Huaylla dam in 2021 but that no sanction had followed. The agency's current head, Mariela Torres, told me the inspection regime at the time had been "understaffed and, frankly, too trusting of the companies' own reports."

For Eusebia Quispe, the trial due to open in Huaral next spring is less about the law than about a word. "They keep saying 'accident'," she said, pouring the last of her tea onto the grey ground. "An accident is when nobody could have known. Here, everybody knew."

This story was supported by a grant from the Andes Reporting Fund. Read more long reads from our Environment desk.`,
    [
      den('The company says it was the rain.', [MINERA], []),
      acc('Prosecutors say it was the company.', [], [MINERA]),
      den('has always maintained that the collapse was a natural disaster', [MINERA], []),
      den('"No structure in the world is designed for what fell from the sky that week,"', [VALDIVIA], []),
      acc('The prosecutors who have spent three years building a case see it differently.', [PUBLIC_MINISTRY], [], undefined, true),
      acc('charged Valdivia and four other executives with environmental pollution and culpable homicide', [PUBLIC_MINISTRY], [VALDIVIA]),
      acc(`The indictment alleges that the company raised the dam's wall twice without the required permits`, [PUBLIC_MINISTRY], [MINERA], 'asserted'),
      acc('its managers ignored at least three internal warnings that the structure was unstable', [PUBLIC_MINISTRY], [MINERA], 'asserted'),
      den(`Minera Andina's lawyers have asked the court to throw out the case.`, [MINERA], [], undefined, true),
      den('the wall had been raised "in accordance with the approved closure plan"', [MINERA], []),
      den('it had "at no time received a warning indicating an imminent risk."', [MINERA], []),
      den('It called the charges against its executives "an attempt to criminalise a tragedy."', [MINERA], []),
      acc('Some blame the company', [], [MINERA]),
      acc('others blame the Lima regional government, which they say approved the dam\'s expansion without sending anyone to inspect it', [], [['Lima regional government']]),
      acc('a few, quietly, blame the families who built too close to the river', [], [], undefined, true),
      acc('"The engineers knew. The mayor knew. And the company kept pouring."', [['Rosaura Cóndor', 'Cóndor']], [MINERA], undefined, true),
      acc('found that its inspectors had flagged "deficiencies in the drainage system" at the Huaylla dam in 2021', [['OEFA']], [MINERA], undefined, true),
      acc('"An accident is when nobody could have known. Here, everybody knew."', [['Eusebia Quispe', 'Quispe']], [], undefined, true),
    ],
    'slow lead: the first paragraphs are scene-setting (no claims); in the standfirst "The company" resolves forward to Minera Andina del Centro (the only company of the piece), while bare "Prosecutors" is unattributed (no claimants, as in set 2); the Public Ministry\'s environmental prosecutor\'s office issued the indictment (named), so "The indictment alleges" is credited to it and stays asserted; "alleges A and B" gives two claims; "The prosecutors ... see it differently" only announces the charge (optional); the quoted engineer\'s email is a warning, "declined to be interviewed" no claim; the motion to dismiss is close to a not-guilty plea (optional denial); "the charges ... an attempt to criminalise a tragedy" is said of an accusation, so a denial; the villagers\' blame is unattributed (no claimants), the blamed families are unnamed (optional); the shopkeeper\'s and the widow\'s quotes imply negligence without stating it (optional); OEFA flagging deficiencies at the company\'s dam is a finding of fault (optional), and its head\'s "too trusting" is self-criticism, no claim.',
  ),
  art(
    's4a-conflict-amhara-bus-strike',
    ['conflict', 'ngo-report', 'headline', 'counter-accusation', 'is-behind', 'passive', 'coref-description', 'coref-pronoun', 'title-then-name', 'quote-paragraph', 'hedged', 'unnamed-claimant', 'denial-phrase', 'negative'],
    "Drone strike on bus kills 22 in Ethiopia's Amhara region; government and militia trade blame",
    `Witnesses describe a second strike minutes after the first as passengers tried to flee

By Hanna Tesfaye | Horn Bureau

BAHIR DAR, Ethiopia — A drone strike hit a crowded minibus and a roadside tea stall near the town of Debre Work in Ethiopia's Amhara region on Sunday, killing at least 22 civilians, according to hospital staff and two local officials who spoke on condition of anonymity for fear of reprisals.

The Amhara Popular Resistance (APR), a militia that has fought federal forces in the region since 2023, blamed the Ethiopian National Defense Force (ENDF), which has used armed drones extensively in the conflict.

"There were no fighters on that bus. There were farmers going to market and students going home," said Alemu Berhane, a spokesman for the APR. "The regime is punishing the people because it cannot beat us on the ground.

"Every week it is the same: a market, a wedding, a bus. They drop their bombs on the people who feed us, and then they call it counter-terrorism."

The federal Government Communication Service did not directly address the strike. In a statement on Monday, it said security forces had carried out "precise operations" against "extremist elements" in the area and accused the APR of "using civilians and public transport as cover." It said the militia was behind a wave of killings of local civil servants in several towns in recent months.

Asked whether the drone that hit the bus was operated by the military, government spokesman Legesse Worku said: "I will not comment on operational details. The army does not target civilians, and anyone who says otherwise is repeating militia propaganda."

The Ethiopian Human Rights Commission (EHRC), a state-funded but independent body, said it had received "credible information" that the strike killed civilians and that a second strike minutes later hit people who had gathered to help the wounded. It urged all parties to respect international humanitarian law and called for an independent investigation.

In a report published in July, the commission documented at least 14 drone strikes in Amhara between January and June that killed more than 200 civilians. The report found that most of them hit places where no armed fighters were present, but it stopped short of naming those responsible, noting only that the federal military was the sole force known to operate armed drones in the region.

The APR itself has been accused of serious abuses. Amnesty International said in May that APR fighters had abducted at least 40 people for ransom on the road between Gondar and Bahir Dar, an accusation the group rejected.

Ethiopia's government, which declared a state of emergency in Amhara in 2023, restricts access to the region for journalists and aid agencies, and mobile internet has been cut in much of it for months. The conflict erupted after the federal government moved to disband regional special forces following the 2022 peace deal that ended the war in Tigray.

Related: Ethiopia expels two UN officials, accusing them of "interference"`,
    [
      acc('government and militia trade blame', [ETHIOPIA], [APR]),
      acc('government and militia trade blame', [APR], [ETHIOPIA]),
      acc('The Amhara Popular Resistance (APR), a militia that has fought federal forces in the region since 2023, blamed the Ethiopian National Defense Force (ENDF)', [APR], [ETHIOPIA]),
      acc('"The regime is punishing the people because it cannot beat us on the ground.', [['Alemu Berhane', 'Berhane']], [ETHIOPIA]),
      acc('They drop their bombs on the people who feed us, and then they call it counter-terrorism.', [['Alemu Berhane', 'Berhane']], [ETHIOPIA]),
      acc('it said security forces had carried out "precise operations" against "extremist elements" in the area', [ETHIOPIA], [], undefined, true),
      acc('accused the APR of "using civilians and public transport as cover."', [ETHIOPIA], [APR]),
      acc('It said the militia was behind a wave of killings of local civil servants in several towns in recent months.', [ETHIOPIA], [APR]),
      den('The army does not target civilians', [['Legesse Worku', 'Worku']], []),
      den('anyone who says otherwise is repeating militia propaganda', [['Legesse Worku', 'Worku']], [APR], undefined, true),
      acc('a second strike minutes later hit people who had gathered to help the wounded', [EHRC], [], 'hedged', true),
      acc('the commission documented at least 14 drone strikes in Amhara between January and June that killed more than 200 civilians', [EHRC], [], undefined, true),
      acc('noting only that the federal military was the sole force known to operate armed drones in the region', [EHRC], [ETHIOPIA], 'hedged', true),
      acc('The APR itself has been accused of serious abuses.', [], [APR]),
      acc('Amnesty International said in May that APR fighters had abducted at least 40 people for ransom', [['Amnesty International', 'Amnesty']], [APR]),
      den('an accusation the group rejected', [APR], [['Amnesty International', 'Amnesty']]),
    ],
    '"government and militia trade blame" is one accusation per side (the militia resolves forward to the APR); the ENDF, the Government Communication Service, "the regime", "security forces" and "the army" all stand for Ethiopia (the named bodies accepted as alternatives); "There were no fighters on that bus" answers no accusation yet made (no claim); Berhane\'s quote runs on into the next paragraph (open quote, no attribution): "They" there is the regime, his claim; the "extremist elements" line labels unnamed people (optional); "I will not comment" is no claim, "militia propaganda" names the accuser by description (optional denial, target APR); the EHRC\'s "credible information" and its documented strikes name no doer (optional, no targets), and "stopped short of naming those responsible" while noting that only the federal military flies armed drones is an implied, hedged attribution (optional); the agentless "has been accused" has no claimants; "an accusation the group rejected" sits in the sentence naming Amnesty (target Amnesty); the lead\'s death toll and the closing background are narration; the Related line is not the story.',
  ),
];
