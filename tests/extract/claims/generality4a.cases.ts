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

export const SET4_A_CASES: readonly ClaimCase[] = [
  // ───────────────────────────── War and conflict reporting ─────────────────────────────
  art(
    's4a-conflict-kivu-market',
    ['conflict', 'counter-accusation', 'multi-claimant', 'multi-target', 'helping', 'quote-before', 'quote-paragraph', 'coref-metonym', 'coref-description', 'coref-pronoun', 'title-then-name', 'headline', 'denial-verb', 'denial-phrase', 'scattered-denial', 'no-cue', 'negative'],
    'Congo army and rebels trade accusations after shells hit crowded market in North Kivu',
    `By Aline Mbuyi and Pierre Lokwa

GOMA, Democratic Republic of Congo, Oct 12 (Continental Wire) - At least 19 people were killed and dozens wounded on Saturday when shells slammed into a crowded market in Kanyabayonga, a trading town in Congo's North Kivu province, according to local health officials.

The Congolese army and the rebel Alliance for the Liberation of Kivu (ALK) each pinned the attack on the other within hours, dealing a fresh blow to a ceasefire brokered in the Angolan capital, Luanda, in August.

"The terrorists of the ALK and their Rwandan sponsors fired on a market full of women and children. There is no other word for this than a massacre," army spokesman Lieutenant Colonel Prosper Nkulu told reporters in Goma. He said the shells had come from rebel positions in the hills north of the town, and that fragments recovered at the scene were of a calibre "that only Kigali supplies to its proxies."

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
      acc('He said the shells had come from rebel positions in the hills north of the town', [NKULU], [ALK]),
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

The Royal Thai Army said two soldiers were wounded when small commercial drones "operated from the Cambodian side" dropped grenades on a checkpoint in Surin province shortly after midnight. In a statement, the army's Second Area Command called the attack "a premeditated breach of the ceasefire agreement" and said Cambodia "bears full responsibility for any consequences."

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
      acc('small commercial drones "operated from the Cambodian side" dropped grenades on a checkpoint in Surin province', [['Royal Thai Army', ...THAILAND]], [CAMBODIA]),
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

The 48-page report by Asia Accountability Watch, a Bangkok-based monitoring group, draws on interviews with 31 survivors and witnesses, satellite imagery, and photographs of weapon remnants collected at the site in the village of Lin Ta Lu. Researchers compared the fragments with bombs documented at earlier strikes and concluded that they came from a Yak-130 jet, an aircraft that only the Myanmar Air Force operates in the country.

The report found that the monastery, which displayed a large banner identifying it as a shelter, had no military presence at the time and that the strike came in two waves, the second hitting villagers who had run in to help the wounded.

"Bombing a clearly marked shelter full of civilians is a war crime, full stop," said Hnin Wai Phyo, the group's Myanmar researcher. "The second wave tells you this was not a mistake. Someone decided to hit the rescuers."

The group documented 11 other airstrikes on schools, clinics and religious buildings in Sagaing and Magway since January, which it described as part of "a deliberate campaign to terrorise communities seen as sympathetic to the resistance." It said the March strike was likely approved by the military's Northwestern Command, and it named the command's chief, Major General Aung Kyaw Soe, as bearing "command responsibility" for the attack.

A spokesman for the military government, Brigadier General Thura Kyaw Naing, dismissed the group's findings as "propaganda written by people who have never set foot in Myanmar." He told state broadcaster MRTV that the air force had struck "a terrorist training camp" run by the Sagaing Revolutionary Defence Force (SRDF) and that those killed were "terrorists and their collaborators."

The SRDF, one of dozens of armed groups formed after the 2021 coup, said it had no fighters in Lin Ta Lu at the time and accused the military of "lying to cover up the murder of children."

The U.N. human rights office said it was aware of the report and called for an independent investigation. Myanmar's junta has not allowed U.N. investigators into the country since the coup.

The report calls on the U.N. Security Council to refer the situation in Myanmar to the International Criminal Court, and urges governments to stop shipments of aviation fuel to the country. Similar calls have been blocked by China and Russia, which are among the military's main arms suppliers.

More than 3.5 million people are displaced inside Myanmar, according to the United Nations.

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

Researchers found that security guards employed by the company beat at least 14 residents who refused to leave their homes, and that officers of the Zimbabwe Republic Police took part in at least two of the evictions.

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
      acc('officers of the Zimbabwe Republic Police took part in at least two of the evictions', [GRA, LLWZ], [['Zimbabwe Republic Police', 'Zimbabwe']]),
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
// @@CASES@@
];
