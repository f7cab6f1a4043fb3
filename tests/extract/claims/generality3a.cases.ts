import { art as artOf, claim, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';
import { ARTICLE_TAGS, type ArticleTag } from './generality2.cases.ts';

/**
 * Claims generality set 3, part A (held out): twelve invented whole articles in three styles
 * new to the sets — wire-service stories (Reuters/AP style datelines, "said on Tuesday",
 * officials speaking on condition of anonymity, hedged intelligence assessments), machine-
 * translated European news pages (byline and an unrelated teaser above the body, a "See too"/
 * "Read also" block whose teaser holds an accusation that is not part of the story, a
 * "Sources:" line, casing artefacts such as "THE Kremlin rejects", "should have" for the German
 * allegation mood, "would" for the French conditional), and threat-intelligence news (a security
 * firm attributing a campaign to an invented codename, governments attributing, embassies
 * denying, "bears the hallmarks of", "with moderate confidence").
 *
 * Names of people, companies, groups and codenames are invented; countries, capitals, real
 * agencies and international bodies are real. Annotated by reading, under SPEC §2 and
 * GUIDELINES §5-6, BEFORE any extractor was run on the texts. Evidence snippets start after a
 * machine-translation casing artefact ("THE Kremlin" -> snippet starts at "Kremlin"), as
 * GUIDELINES §1 asks.
 */

/** Tags of set 2 (ARTICLE_TAGS) plus the styles of this part. */
export const HELDOUT_A_TAGS = [...ARTICLE_TAGS, 'wire', 'mt-european', 'threat-intel', 'teaser-block', 'anonymous-official'] as const;
export type HeldoutATag = ArticleTag | 'wire' | 'mt-european' | 'threat-intel' | 'teaser-block' | 'anonymous-official';

const acc = claim('accusation');
const den = claim('denial');
const art = artOf<HeldoutATag>;

// Accepted names of recurring real actors.
const USA = ['United States', 'US', 'U.S.', 'Washington', 'American', 'United States of America'];
const RUSSIA = ['Russia', 'Moscow', 'Kremlin', 'Russian', 'Russian Federation'];
const CHINA = ['China', 'Beijing', 'Chinese'];
const IRAN = ['Iran', 'Tehran', 'Iranian', 'Islamic Republic'];

export const HELDOUT_A_CASES: readonly ClaimCase[] = [
  // ─────────────────────────────────── wire-service stories ───────────────────────────────────
  art(
    'h3a-wire-baltic-cable',
    ['wire', 'anonymous-official', 'hedged', 'quote-before', 'title-then-name', 'coref-pronoun', 'coref-description', 'denial-phrase', 'sanction-reason', 'helping', 'unnamed-claimant', 'headline', 'negative', 'no-cue'],
    'Finland suspects tanker crew of cutting Baltic power cable; Moscow calls claims "absurd"',
    `HELSINKI, Dec 3 (Reuters) - Finnish police said on Tuesday they suspected the crew of an oil tanker of deliberately dragging its anchor across the seabed to sever an undersea power cable linking Finland and Estonia, and that the vessel was part of a "shadow fleet" used by Russia to evade Western oil sanctions.

The tanker, the Cook Islands-flagged Marisol Dawn, was boarded by coast guard officers in the Gulf of Finland late on Monday and escorted to an anchorage off the port of Porvoo. Its 24 crew members have been barred from leaving the country.

"We have reason to believe the damage was caused by the anchor of this vessel and that it was not an accident," Detective Chief Inspector Ilkka Rautio of the National Bureau of Investigation told reporters in Vantaa. He said divers had found a drag mark more than 90 kilometres long on the seabed.

Rautio said the captain and two officers were being investigated on suspicion of aggravated criminal mischief and aggravated interference with telecommunications. He declined to name them.

Estonian Prime Minister Kristjan Lepik said the incident fit "a pattern of hybrid attacks by Russia against our critical infrastructure" and called on NATO to step up patrols in the Baltic Sea.

Two European security officials, speaking on condition of anonymity because they were not authorised to discuss intelligence, told Reuters their governments' assessment was that the tanker's operators were likely acting on instructions from Russian military intelligence. One of them cautioned that the evidence gathered so far was "circumstantial."

The Russian embassy in Helsinki said in a statement that the accusations were "absurd" and part of "an anti-Russian campaign in the Western media." Kremlin spokesman Arkady Lvov told reporters that Moscow had nothing to do with the incident and that it was "strange to blame Russia for everything that happens in the Baltic."

Dubai-based Seabright Maritime, which manages the Marisol Dawn according to shipping databases, did not respond to requests for comment.

A NATO spokesperson, Kaja Brekke, said the alliance was "in close contact with Finland and Estonia" but did not accuse any country.

The European Union sanctioned 52 vessels of the shadow fleet in May for helping Moscow circumvent a price cap on Russian crude. The Marisol Dawn was not among them.

Electricity flows between the two countries are expected to be fully restored by February, grid operator Nordvolt said.

(Reporting by Anne Kauppinen in Helsinki and Andrius Sytas in Vilnius; Editing by Mark Heinrich)`,
    [
      acc('Finland suspects tanker crew of cutting Baltic power cable', ['Finland'], [], 'hedged'),
      den('Moscow calls claims "absurd"', [RUSSIA], []),
      acc('Finnish police said on Tuesday they suspected the crew of an oil tanker of deliberately dragging its anchor', [['Finland', 'Finnish', 'Finnish police']], [], 'hedged'),
      acc('the vessel was part of a "shadow fleet" used by Russia to evade Western oil sanctions', [['Finland', 'Finnish', 'Finnish police']], [RUSSIA]),
      acc('"We have reason to believe the damage was caused by the anchor of this vessel and that it was not an accident,"', [['Ilkka Rautio', 'Rautio']], [], 'hedged'),
      acc('Rautio said the captain and two officers were being investigated on suspicion of aggravated criminal mischief', [['Ilkka Rautio', 'Rautio']], [], 'hedged'),
      acc('said the incident fit "a pattern of hybrid attacks by Russia against our critical infrastructure"', [['Kristjan Lepik', 'Lepik']], [RUSSIA]),
      acc("their governments' assessment was that the tanker's operators were likely acting on instructions from Russian military intelligence", [], [RUSSIA], 'hedged'),
      den('said in a statement that the accusations were "absurd"', [RUSSIA], []),
      acc('part of "an anti-Russian campaign in the Western media."', [RUSSIA], [], undefined, true),
      den('told reporters that Moscow had nothing to do with the incident', [['Arkady Lvov', 'Lvov']], []),
      den('it was "strange to blame Russia for everything that happens in the Baltic."', [['Arkady Lvov', 'Lvov']], [], undefined, true),
      acc('The European Union sanctioned 52 vessels of the shadow fleet in May for helping Moscow circumvent a price cap on Russian crude.', [['European Union', 'EU']], [RUSSIA]),
    ],
    'the tanker is a vessel (no actor) and its crew, captain and officers are unnamed (targets []); Seabright Maritime is named only as manager and is accused by nobody; "Two European security officials" are unnamed and of no single country (claimants []), Reuters only relays; "Russian military intelligence" unnamed stands for Russia (operators acting on its instructions: helping, only the helped is named); the embassy speaks for Russia; "did not accuse any country", "declined to name them", the drag-mark finding, the caution "circumstantial" and the call for patrols are no claims. The sanctioned vessels are platforms: only the helped state is a target. Doubt: the "shadow fleet" clause could be read as narration by the police rather than an accusation; kept as an accusation (police assert Russia evades sanctions).',
  ),
  art(
    'h3a-wire-philippines-shoal',
    ['wire', 'anonymous-official', 'headline', 'two-claims', 'counter-accusation', 'coref-pronoun', 'coref-metonym', 'title-then-name', 'condemn', 'quote-before', 'denial-phrase', 'no-cue', 'unnamed-claimant', 'negative'],
    'Philippines says Chinese coast guard rammed supply boat; Beijing blames Manila',
    `MANILA/BEIJING, March 18 (Reuters) - The Philippines accused China's coast guard on Monday of ramming and firing water cannon at a Philippine supply boat near the disputed Second Thomas Shoal, injuring three sailors in what Manila called the most dangerous confrontation in the South China Sea this year.

"This was a deliberate and reckless act that endangered the lives of our personnel," National Security Council spokesperson Ramon Galvez said in a statement. He said the Chinese vessel had "cut across the bow" of the supply boat at a distance of less than 10 metres before striking its stern.

China's coast guard gave a different account, saying the Philippine boat had "intruded" into Chinese waters and "deliberately collided" with a Chinese vessel that was carrying out "lawful control measures."

Chinese foreign ministry spokeswoman Chen Yaling told a regular news briefing in Beijing that Manila was "colluding with countries outside the region to stir up trouble" and bore "full responsibility" for the incident. Asked whether Chinese ships had used water cannon, she said the coast guard had acted "in a professional and restrained manner."

The U.S. State Department said in a statement that Washington "stands with our ally" and condemned China's "dangerous and escalatory actions." It repeated that an armed attack on Philippine public vessels anywhere in the South China Sea would invoke the two countries' mutual defence treaty.

A Philippine military official, who asked not to be named because he was not authorised to speak to the media, said one of the Chinese ships had also pointed a military-grade laser at the crew, temporarily blinding two sailors. Reuters could not independently verify the account.

Japan's foreign ministry expressed "serious concern" but stopped short of blaming either side.

In 2016 an arbitral tribunal in The Hague ruled that China had violated the Philippines' sovereign rights in its exclusive economic zone, a ruling Beijing rejects.

(Reporting by Karen Lema in Manila and Liz Lee in Beijing; Editing by Kim Coghill)`,
    [
      acc('Philippines says Chinese coast guard rammed supply boat', [['Philippines', 'Philippine', 'Manila']], [[...CHINA, 'China Coast Guard', 'Chinese coast guard']]),
      acc('Beijing blames Manila', [CHINA], [['Philippines', 'Philippine', 'Manila']]),
      acc("The Philippines accused China's coast guard on Monday of ramming and firing water cannon at a Philippine supply boat", [['Philippines', 'Philippine', 'Manila']], [[...CHINA, 'China Coast Guard', "China's coast guard"]]),
      acc('"This was a deliberate and reckless act that endangered the lives of our personnel,"', [['Ramon Galvez', 'Galvez']], [[...CHINA, 'China Coast Guard', "China's coast guard"]]),
      acc('He said the Chinese vessel had "cut across the bow" of the supply boat', [['Ramon Galvez', 'Galvez']], [[...CHINA, 'China Coast Guard', "China's coast guard"]], undefined, true),
      den("China's coast guard gave a different account", [[...CHINA, 'China Coast Guard', "China's coast guard"]], [], undefined, true),
      acc('saying the Philippine boat had "intruded" into Chinese waters and "deliberately collided" with a Chinese vessel', [[...CHINA, 'China Coast Guard', "China's coast guard"]], [['Philippines', 'Philippine', 'Manila']]),
      acc('Manila was "colluding with countries outside the region to stir up trouble"', [['Chen Yaling', 'Chen']], [['Philippines', 'Philippine', 'Manila']]),
      acc('bore "full responsibility" for the incident', [['Chen Yaling', 'Chen']], [['Philippines', 'Philippine', 'Manila']]),
      den('she said the coast guard had acted "in a professional and restrained manner."', [['Chen Yaling', 'Chen']], [], undefined, true),
      acc(`condemned China's "dangerous and escalatory actions."`, [[...USA, 'U.S. State Department', 'State Department']], [CHINA]),
      acc('said one of the Chinese ships had also pointed a military-grade laser at the crew', [['Philippines', 'Philippine', 'Manila']], [[...CHINA, 'China Coast Guard', "China's coast guard"]]),
      acc("ruled that China had violated the Philippines' sovereign rights in its exclusive economic zone", [], [CHINA]),
      den('a ruling Beijing rejects', [CHINA], []),
    ],
    '"China\'s coast guard" (lowercase, unnamed) stands for China, its proper name accepted as an alternative; Galvez is named with a title of an unnamed council (speaks for the Philippines, but the quote speaker is the claimant); the Chinese account "intruded ... deliberately collided" is one claim (two allegations in one clause: an annotator may split); "A Philippine military official" unnamed: the country adjective on an official stands for the Philippines (GUIDELINES; an annotator reading it as an unnamed official would give []: doubt); the unnamed tribunal in The Hague is a place-named court (claimants []); the treaty warning is hypothetical, Japan "stopped short of blaming", "could not independently verify": no claims. The denial of the ruling names no accuser (tribunal unnamed).',
  ),
  art(
    'h3a-wire-iran-kidnap-plot',
    ['wire', 'anonymous-official', 'hedged', 'headline', 'document-subject', 'according-to', 'quote-before', 'title-then-name', 'counter-accusation', 'denial-phrase', 'sanction-reason', 'unnamed-claimant', 'multi-target', 'negative'],
    "U.S. believes Iran's Revolutionary Guards directed plot against Maryland activist, officials say",
    `WASHINGTON, June 4 (Reuters) - U.S. intelligence agencies have assessed that Iran's Islamic Revolutionary Guard Corps (IRGC) most likely directed a plot to kidnap an Iranian-American activist from her home in Maryland, three U.S. officials said on Wednesday, hours after federal prosecutors unsealed charges against two men in the case.

The officials, who spoke on condition of anonymity to discuss intelligence matters, said the judgment was based in part on intercepted communications between one of the suspects and a handler in Tehran.

A criminal complaint filed in federal court in Greenbelt, Maryland, charges Farhad Nouri, 44, a Canadian citizen, and Behrouz Kalani, 51, of Glen Burnie, with conspiracy to commit kidnapping and with acting as agents of a foreign government without notifying the attorney general.

According to the complaint, Nouri paid a private investigator $30,000 to photograph the activist's house and log the movements of her two children. Prosecutors said Kalani scouted a boat ramp on the Chesapeake Bay that could have been used to take her out of the country.

"This was a plot hatched in Tehran and outsourced to criminals on American soil," Assistant Attorney General Gregory Amsel told reporters. "The Iranian regime will not silence its critics in this country."

Attorneys for the two men could not immediately be reached. A lawyer who represented Nouri in an earlier immigration matter said his client was "a businessman, not a spy" and would plead not guilty.

Iran's mission to the United Nations in New York rejected the allegations in a statement as "baseless and fabricated," saying the Islamic Republic "has no involvement whatsoever in such fictional scenarios." It accused Washington of "manufacturing plots to justify its hostile policies."

The activist, Nasrin Kashani, who hosts a Persian-language podcast critical of Iran's clerical leadership, said in a post on X that the FBI had warned her last year that she was being watched. "I knew they wanted me back in Iran. I did not know they would go this far," she wrote.

The White House declined to comment on the intelligence assessment.

A fourth official said it was possible, but not yet established, that the operation had been approved at a senior level in Tehran.

In 2022 the Treasury Department sanctioned four IRGC intelligence officers for plotting to abduct Iranian dissidents abroad.

(Reporting by Jonathan Landay and Sarah N. Lynch; Editing by Don Durfee)`,
    [
      acc("U.S. believes Iran's Revolutionary Guards directed plot against Maryland activist", [USA], [['Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards', "Iran's Revolutionary Guards"]], 'hedged'),
      acc("U.S. intelligence agencies have assessed that Iran's Islamic Revolutionary Guard Corps (IRGC) most likely directed a plot to kidnap", [USA], [['Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards']], 'hedged'),
      acc('charges Farhad Nouri, 44, a Canadian citizen, and Behrouz Kalani, 51, of Glen Burnie, with conspiracy to commit kidnapping', [], [['Farhad Nouri', 'Nouri'], ['Behrouz Kalani', 'Kalani']]),
      acc('with acting as agents of a foreign government without notifying the attorney general', [], [['Farhad Nouri', 'Nouri'], ['Behrouz Kalani', 'Kalani']], undefined, true),
      acc("According to the complaint, Nouri paid a private investigator $30,000 to photograph the activist's house", [], [['Farhad Nouri', 'Nouri']]),
      acc('Prosecutors said Kalani scouted a boat ramp on the Chesapeake Bay', [], [['Behrouz Kalani', 'Kalani']]),
      acc('"This was a plot hatched in Tehran and outsourced to criminals on American soil,"', [['Gregory Amsel', 'Amsel']], [IRAN]),
      den('said his client was "a businessman, not a spy"', [], []),
      den('would plead not guilty', [], [], undefined, true),
      den('rejected the allegations in a statement as "baseless and fabricated,"', [IRAN], []),
      den('"has no involvement whatsoever in such fictional scenarios."', [IRAN], [], undefined, true),
      acc('It accused Washington of "manufacturing plots to justify its hostile policies."', [IRAN], [USA]),
      acc('I did not know they would go this far', [['Nasrin Kashani', 'Kashani']], [IRAN], undefined, true),
      acc('it was possible, but not yet established, that the operation had been approved at a senior level in Tehran', [USA], [IRAN], 'hedged', true),
      acc('the Treasury Department sanctioned four IRGC intelligence officers for plotting to abduct Iranian dissidents abroad', [['Treasury Department', 'Treasury', 'U.S. Treasury', ...USA]], [['Islamic Revolutionary Guard Corps', 'IRGC']]),
    ],
    '"U.S. intelligence agencies" and "three U.S. officials" stand for the United States (country adjective on officials); the complaint names no issuing body (the court is a place, "federal prosecutors" unnamed): claimants []; the two charges in one clause are one claim, the second charge optional as its own claim; "Prosecutors said" unnamed: []; the unnamed former lawyer\'s denial has no actor (claimants []); "would plead not guilty" is a future plea (optional denial); Iran\'s UN mission speaks for Iran; the intercept sentence (no wrongdoer stated beyond "one of the suspects") is no claim; the Amsel warning "will not silence" presupposes (no claim); "the FBI had warned her ... she was being watched" names no watcher; "declined to comment" is no claim; the fourth (U.S.) official\'s "possible, but not yet established" is a hedged accusation an annotator may skip (optional); "IRGC intelligence officers" unnamed stand for the IRGC.',
  ),
  art(
    'h3a-wire-quetta-bombing',
    ['wire', 'anonymous-official', 'headline', 'title-then-name', 'coref-pronoun', 'coref-metonym', 'coref-description', 'quote-after', 'helping', 'multi-target', 'counter-accusation', 'denial-phrase', 'hedged', 'scattered-denial', 'negative'],
    "Pakistan blames Afghan-based militants, 'foreign hand' for Quetta station bombing",
    `ISLAMABAD, Oct 9 (Reuters) - Pakistan's interior minister on Thursday blamed a militant group operating from Afghanistan for a suicide bombing at a railway station in the southwestern city of Quetta that killed at least 26 people, most of them soldiers waiting for a train.

Interior Minister Saleem Durrani told a news conference in Islamabad that the bomber belonged to Tehrik-e-Nusrat, a banned outfit that Islamabad says shelters in Afghanistan's Kunar province. "Tehrik-e-Nusrat planned this massacre in Kunar and trained the bomber there, under the eyes of the Afghan authorities," he said.

Durrani also accused India's intelligence agency of bankrolling the group, without providing evidence. "We have traced the money trail and it leads to RAW," he said, referring to India's Research and Analysis Wing.

A spokesman for Afghanistan's Taliban administration, Hamdullah Saqib, rejected the accusation, saying on X that the Islamic Emirate "does not allow anyone to use Afghan soil against any country." He said Pakistan should "look at its own security failures instead of blaming its neighbours."

India's foreign ministry dismissed Durrani's remarks as "baseless and irresponsible" in a statement on Friday and said Pakistan remained "the epicentre of global terrorism."

Tehrik-e-Nusrat claimed responsibility for the attack in a message to journalists, saying it had targeted soldiers returning from leave.

Two Pakistani security officials, who spoke on condition of anonymity, said investigators believed the bomber had entered the country at the Chaman border crossing about a week before the attack. One of them said the group had "likely" been helped by smugglers linked to a local tribal commander, whom he did not name.

The United Nations Security Council condemned the attack "in the strongest terms" but did not attribute it to any group.

Pakistan has repeatedly accused the Taliban government of harbouring militants who attack Pakistani forces, a charge Kabul denies.

(Reporting by Asif Shahzad and Gibran Peshimam; Editing by Raju Gopalakrishnan)`,
    [
      acc("Pakistan blames Afghan-based militants, 'foreign hand' for Quetta station bombing", ['Pakistan'], []),
      acc('blamed a militant group operating from Afghanistan for a suicide bombing at a railway station', [['Saleem Durrani', 'Durrani']], ['Tehrik-e-Nusrat']),
      acc('"Tehrik-e-Nusrat planned this massacre in Kunar and trained the bomber there', [['Saleem Durrani', 'Durrani']], ['Tehrik-e-Nusrat']),
      acc('under the eyes of the Afghan authorities,"', [['Saleem Durrani', 'Durrani']], [['Afghanistan', 'Afghan', 'Kabul', 'Islamic Emirate', 'Taliban administration', 'Taliban government']], undefined, true),
      acc("Durrani also accused India's intelligence agency of bankrolling the group", [['Saleem Durrani', 'Durrani']], [['Research and Analysis Wing', 'RAW', 'India', 'Indian'], 'Tehrik-e-Nusrat']),
      acc('"We have traced the money trail and it leads to RAW,"', [['Saleem Durrani', 'Durrani']], [['Research and Analysis Wing', 'RAW']]),
      den('rejected the accusation, saying on X that the Islamic Emirate "does not allow anyone to use Afghan soil against any country."', [['Hamdullah Saqib', 'Saqib']], []),
      den('He said Pakistan should "look at its own security failures instead of blaming its neighbours."', [['Hamdullah Saqib', 'Saqib']], ['Pakistan'], undefined, true),
      den(`dismissed Durrani's remarks as "baseless and irresponsible"`, [['India', 'Indian']], [['Saleem Durrani', 'Durrani']]),
      acc('said Pakistan remained "the epicentre of global terrorism."', [['India', 'Indian']], ['Pakistan']),
      acc('said investigators believed the bomber had entered the country at the Chaman border crossing', [['Pakistan', 'Pakistani']], [], 'hedged', true),
      acc('One of them said the group had "likely" been helped by smugglers linked to a local tribal commander', [['Pakistan', 'Pakistani']], ['Tehrik-e-Nusrat'], 'hedged', true),
      acc('Pakistan has repeatedly accused the Taliban government of harbouring militants who attack Pakistani forces', ['Pakistan'], [['Afghanistan', 'Afghan', 'Kabul', 'Taliban government', 'Taliban administration', 'Islamic Emirate']]),
      den('a charge Kabul denies', [['Afghanistan', 'Kabul', 'Taliban government', 'Islamic Emirate']], ['Pakistan']),
    ],
    'the headline names no accused actor ("Afghan-based militants" unnamed there, "foreign hand" unnamed): targets []; "a militant group operating from Afghanistan" is Tehrik-e-Nusrat, named in the next sentence (description resolved forward: doubtful); "Pakistan\'s interior minister" is Durrani (title then name); "under the eyes of the Afghan authorities" accuses Afghanistan of tolerating the plot (optional, inside the same quote: may be folded into the quote claim); "bankrolling the group" is helping: RAW and the group both targets, RAW also written "India\'s intelligence agency"; the Taliban administration is Afghanistan (de facto government); "banned outfit that Islamabad says shelters in ..." left out (bare ban, sheltering stated as location): an extractor hit there is spurious; the claim of responsibility, the UNSC condemnation "did not attribute it" are no claims; "Two Pakistani security officials" stand for Pakistan; the helped group is the only named party in the smuggler sentence (optional); "a charge Kabul denies" names Pakistan as accuser in the same sentence (target).',
  ),
  // ─────────────────────────────── machine-translated European sites ───────────────────────────────
  art(
    'h3a-mt-de-sabotage-charges',
    ['mt-european', 'teaser-block', 'machine-translated', 'headline', 'document-subject', 'according-to', 'passive', 'hedged', 'helping', 'multi-target', 'coref-pronoun', 'coref-description', 'title-then-name', 'denial-phrase', 'counter-accusation', 'two-claims', 'negative'],
    'Federal Prosecutor charges three men over sabotage plans for Russian secret service',
    `By Lukas Brenner | 14.05.2026, 09:12 clock
Bundesliga: Who goes down? The big relegation check

THE Federal Prosecutor has raised charge against three German-Russian men, which should have spied out military objects in Bavaria on behalf of the Russian military secret service GRU and prepared explosive attacks. This communicated the authority in Karlsruhe on Tuesday.

According to the indictment stood the main accused Dmitri K. (39) since October 2025 in contact with a man of the GRU, named in the documents only "curator". He is accused to have photographed a railway line for the transport of military goods and the US-barracks in Grafenwöhr and to have sent the pictures over a messenger to Moscow. The two co-accused, Viktor S. (45) and Alexander W. (37), should have helped him with the scouting and procured materials for fire accelerators.

The Federal Prosecutor accuses the three men of agent activity for sabotage purposes and of the preparation of a serious act of violence endangering the state. At the men, the investigators found in April a pistol, two drones and several litres of petrol.

The Federal Minister of the Interior, Katrin Vollmer, spoke of a "new dimension of the Russian aggression". "Who plans in Germany sabotage on order of Moscow, attacks the security of all of us," said the minister. The country will "not let itself be intimidated", she added. The Russian ambassador was summoned to the Foreign Office.

THE Kremlin rejects the accusations. Kremlin speaker Wadim Orlow said in Moscow, he knows nothing of the case, and held the reports for "unfounded speculation of the German media". The Russian embassy in Berlin spoke of a "spy hysteria", which is stirred up to justify further weapons deliveries to the Ukraine.

The defender of Dmitri K. let know that his client will contest the accusations "with all decisiveness". The three accused sit since April in investigative custody. Whether it comes to a process before the Higher Regional Court of Munich, is still open.

See too

Poland: Opposition accuses government of manipulating postal vote in the country

Sources: dpa | Federal Prosecutor | tagesschau`,
    [
      acc('Federal Prosecutor charges three men over sabotage plans for Russian secret service', [['Federal Prosecutor', "Federal Prosecutor's Office", 'Federal Public Prosecutor', 'Bundesanwaltschaft']], [['Dmitri K.'], ['Viktor S.'], ['Alexander W.'], ['GRU', 'Russian military secret service', 'Russian secret service', ...RUSSIA]]),
      acc('Federal Prosecutor has raised charge against three German-Russian men, which should have spied out military objects in Bavaria on behalf of the Russian military secret service GRU', [['Federal Prosecutor', "Federal Prosecutor's Office", 'Federal Public Prosecutor', 'Bundesanwaltschaft']], [['Dmitri K.'], ['Viktor S.'], ['Alexander W.'], ['GRU', 'Russian military secret service', ...RUSSIA]]),
      acc('According to the indictment stood the main accused Dmitri K. (39) since October 2025 in contact with a man of the GRU', [['Federal Prosecutor', "Federal Prosecutor's Office", 'Federal Public Prosecutor', 'Bundesanwaltschaft']], [['Dmitri K.']]),
      acc('He is accused to have photographed a railway line for the transport of military goods', [], [['Dmitri K.']]),
      acc('should have helped him with the scouting and procured materials for fire accelerators', [], [['Viktor S.'], ['Alexander W.'], ['Dmitri K.']], 'hedged'),
      acc('The Federal Prosecutor accuses the three men of agent activity for sabotage purposes', [['Federal Prosecutor', "Federal Prosecutor's Office", 'Federal Public Prosecutor', 'Bundesanwaltschaft']], [['Dmitri K.'], ['Viktor S.'], ['Alexander W.']]),
      acc('of the preparation of a serious act of violence endangering the state', [['Federal Prosecutor', "Federal Prosecutor's Office", 'Federal Public Prosecutor', 'Bundesanwaltschaft']], [['Dmitri K.'], ['Viktor S.'], ['Alexander W.']], undefined, true),
      acc('spoke of a "new dimension of the Russian aggression"', [['Katrin Vollmer', 'Vollmer']], [RUSSIA]),
      acc('"Who plans in Germany sabotage on order of Moscow, attacks the security of all of us,"', [['Katrin Vollmer', 'Vollmer']], [RUSSIA], undefined, true),
      den('Kremlin rejects the accusations.', [RUSSIA], []),
      den('held the reports for "unfounded speculation of the German media"', [['Wadim Orlow', 'Orlow']], []),
      den('he knows nothing of the case', [['Wadim Orlow', 'Orlow']], [], undefined, true),
      den('The Russian embassy in Berlin spoke of a "spy hysteria"', [RUSSIA], []),
      acc('which is stirred up to justify further weapons deliveries to the Ukraine', [RUSSIA], [], undefined, true),
      den('his client will contest the accusations "with all decisiveness"', [], []),
    ],
    'German "sollen" rendered "should have" is the allegation mood (hedged), but in the lead it sits in a relative clause under a charge (certainty left open); "the authority in Karlsruhe" is the Federal Prosecutor; the headline and lead target the three men and the GRU (acting "on behalf of" a named state body: both targets; "Russian secret service" in the headline accepted as GRU or Russia); "According to the indictment" credits the named issuer; "He is accused to have" is an agentless passive (claimants [], though an annotator could credit the prosecutor from context: doubt); the co-accused helping Dmitri K.: all three targets; the second charge is optional (two allegations in one sentence); the minister\'s generic "Who plans ... attacks" is optional; the unnamed defender conveys the client\'s denial: claimants [] (set 2 credited a NAMED lawyer); summoning the ambassador, the search finds, custody and the "See too" teaser (an accusation outside the story) are no claims.',
  ),
  art(
    'h3a-mt-fr-disinfo-network',
    ['mt-european', 'teaser-block', 'machine-translated', 'headline', 'attribution', 'according-to', 'hedged', 'helping', 'multi-target', 'coref-pronoun', 'coref-description', 'title-then-name', 'denial-phrase', 'denial-verb', 'sanction-reason', 'counter-accusation', 'negative'],
    'Foreign interference: Viginum attributes to Russia a network of false sites aimed at the municipal elections',
    `By Claire Dumont
Published on 12/03/2026 at 18:45 - Modified on 12/03/2026 at 19:10
Fuel: the government extends the discount at the pump until summer

The French agency in charge of the fight against foreign digital interference, Viginum, has revealed this Thursday a vast network of false news sites which, according to it, is piloted from Russia and aimed to "destabilise the public debate" before the municipal elections of March. In a technical report of 40 pages, the service attributes the operation to a company based in Saint Petersburg, Lumen Media Group, which would work for the Russian presidential administration.

According to Viginum, the sites of the network, baptised "Mirage", published invented stories on migrants and fabricated quotations of ministers. At least 190 sites imitated the appearance of regional newspapers, the report specifies.

The Minister of Europe and Foreign Affairs, Jean-Baptiste Morel, denounced "an attack against our democracy" and summoned the ambassador of Russia to the Quai d'Orsay. "Russia has made of the lie a weapon of war. THE France will not let itself be done," he declared on Thursday evening on a news channel.

THE Russian embassy in Paris rejects "categorically" these "unfounded accusations", which aim according to it to "hide the failures of the French government". In a message published on Telegram, the diplomatic representation affirms that the Russia "never interferes in the internal affairs of other states".

Contacted, Lumen Media Group did not answer our requests. The company is already under European sanctions since 2024 for its participation in disinformation campaigns on the war in Ukraine.

For the researcher Hélène Marchal, of the Observatory of Digital Threats, the operation "bears all the signatures of the Russian services", even if the technical evidence does not make it possible to prove a direct link with the Kremlin. Viginum, for its part, does not accuse the Kremlin directly in its report.

Read also

Mali: the junta accuses Paris of arming jihadists in the North

Sources: Viginum, AFP`,
    [
      acc('Viginum attributes to Russia a network of false sites aimed at the municipal elections', ['Viginum'], [RUSSIA]),
      acc('a vast network of false news sites which, according to it, is piloted from Russia', ['Viginum'], [RUSSIA]),
      acc('the service attributes the operation to a company based in Saint Petersburg, Lumen Media Group', ['Viginum'], ['Lumen Media Group']),
      acc('which would work for the Russian presidential administration', ['Viginum'], ['Lumen Media Group', RUSSIA], 'hedged'),
      acc('According to Viginum, the sites of the network, baptised "Mirage", published invented stories on migrants and fabricated quotations of ministers.', ['Viginum'], ['Lumen Media Group']),
      acc('At least 190 sites imitated the appearance of regional newspapers, the report specifies.', ['Viginum'], ['Lumen Media Group'], undefined, true),
      acc('denounced "an attack against our democracy"', [['Jean-Baptiste Morel', 'Morel']], [RUSSIA]),
      acc('"Russia has made of the lie a weapon of war.', [['Jean-Baptiste Morel', 'Morel']], [RUSSIA]),
      den('Russian embassy in Paris rejects "categorically" these "unfounded accusations"', [RUSSIA], []),
      acc('which aim according to it to "hide the failures of the French government"', [RUSSIA], [['France', 'French']], undefined, true),
      den('the diplomatic representation affirms that the Russia "never interferes in the internal affairs of other states"', [RUSSIA], []),
      acc('The company is already under European sanctions since 2024 for its participation in disinformation campaigns on the war in Ukraine.', [['European Union', 'EU', 'European']], ['Lumen Media Group']),
      acc('the operation "bears all the signatures of the Russian services"', [['Hélène Marchal', 'Marchal']], [RUSSIA], 'hedged'),
    ],
    'Viginum is a named agency (affiliation France), "the service"/"it" resolve to it; the French conditional "would work for" is the allegation mood (hedged), and working for the presidential administration makes Russia a co-target; "Mirage" is a named network (platform): the claim targets its named operator (the imitation of newspapers "the report specifies" likewise, optional: it may read as a description of the network); the minister\'s "attack against our democracy" has no doer in the sentence, resolved to Russia from the story (doubt); "hide the failures" is a weak counter-accusation (optional); "European sanctions" with a stated reason credit the EU; Marchal\'s "bears all the signatures" is a hedged accusation (set 1 takes "bore all the signs" as hedged), her concession and "does not accuse the Kremlin directly" are no claims; summoning the ambassador, "did not answer our requests", the fuel teaser and the "Read also" teaser (an accusation outside the story) are no claims.',
  ),
  art(
    'h3a-mt-nl-port-intrusion',
    ['mt-european', 'teaser-block', 'machine-translated', 'headline', 'attribution', 'helping', 'multi-claimant', 'multi-target', 'hedged', 'coref-pronoun', 'coref-description', 'coref-metonym', 'title-then-name', 'quote-after', 'denial-phrase', 'negative'],
    'AIVD and MIVD: hacker group APT 47 broke into Rotterdam port on Chinese assignment',
    `By Sanne de Wit · 2 minutes reading time
Weather: code orange for slipperiness in the north of the country

The Dutch intelligence services AIVD and MIVD have on Wednesday for the first time publicly pointed a Chinese state hacker group as responsible for a break-in in the computer systems of the port of Rotterdam. According to the services the group APT 47 had in the years 2024 and 2025 access to the systems with which the container terminals are steered.

The group acted according to the intelligence services "with high probability" on assignment of the Chinese Ministry of State Security (MSS). That concludes a joint report which the services published on Wednesday. The hackers would have misused a vulnerability in the software of a Canadian supplier to penetrate.

Minister of Defence Ruben Hofstede spoke in a reaction of "a serious violation of our sovereignty by China". "This is not an isolated incident. China tries structurally to gain access to our vital infrastructure," said he. THE Netherlands summons the Chinese ambassador on Thursday.

The terminal operator Delta Quay Terminals let know that no data was stolen and that the operation was at no moment endangered.

According to the AIVD, the country is since years one of the most important targets of Chinese espionage in Europe. In its annual report of last year the service already warned for the digital threat from China.

The Chinese embassy in The Hague reacted indignantly. "THE China is itself the largest victim of cyber attacks. We firmly oppose the groundless accusations of the Dutch side," says a spokesperson in a written statement. The embassy called on the Netherlands to "stop smearing China".

See too

Belgium: Minister accuses Russia of hack at the federal police

Sources: AIVD, MIVD, NOS, ANP`,
    [
      acc('AIVD and MIVD: hacker group APT 47 broke into Rotterdam port on Chinese assignment', [['AIVD', 'General Intelligence and Security Service'], ['MIVD', 'Military Intelligence and Security Service']], ['APT 47', CHINA]),
      acc('publicly pointed a Chinese state hacker group as responsible for a break-in in the computer systems of the port of Rotterdam', [['AIVD', 'General Intelligence and Security Service'], ['MIVD', 'Military Intelligence and Security Service']], [CHINA]),
      acc('According to the services the group APT 47 had in the years 2024 and 2025 access to the systems', [['AIVD', 'General Intelligence and Security Service'], ['MIVD', 'Military Intelligence and Security Service']], ['APT 47']),
      acc('on assignment of the Chinese Ministry of State Security (MSS)', [['AIVD', 'General Intelligence and Security Service'], ['MIVD', 'Military Intelligence and Security Service']], ['APT 47', ['Ministry of State Security', 'MSS']], 'hedged'),
      acc('The hackers would have misused a vulnerability in the software of a Canadian supplier to penetrate.', [], ['APT 47'], 'hedged'),
      acc('spoke in a reaction of "a serious violation of our sovereignty by China"', [['Ruben Hofstede', 'Hofstede']], [CHINA]),
      acc('China tries structurally to gain access to our vital infrastructure', [['Ruben Hofstede', 'Hofstede']], [CHINA]),
      acc('the country is since years one of the most important targets of Chinese espionage in Europe', [['AIVD', 'General Intelligence and Security Service']], [CHINA]),
      den('China is itself the largest victim of cyber attacks.', [CHINA], [], undefined, true),
      den('We firmly oppose the groundless accusations of the Dutch side', [CHINA], [['Netherlands', 'Dutch', 'The Hague']]),
      acc('The embassy called on the Netherlands to "stop smearing China".', [CHINA], [['Netherlands', 'Dutch', 'The Hague']], undefined, true),
    ],
    'a Dutch page translated: "pointed ... as responsible" is the attribution cue; the unnamed "Chinese state hacker group" of the lead is China (as set 2 takes "a Chinese state-backed hacking group"), APT 47 being named only in the next sentence; "The group acted ... on assignment of" the MSS: both targets (on behalf of); "would have misused" is the Dutch reportive conditional (hedged) in a sentence with no attribution of its own (claimants [] although the report is meant: doubt); "said he" after the quote is Hofstede; "the country" is the Netherlands; the annual-report warning is a warning (no claim); the terminal operator\'s damage statement denies no accusation; the embassy speaks for China, "the Dutch side" is the accuser named in the denial; "stop smearing" is a demand presupposing a wrong (optional, as set 2); the weather teaser and the "See too" teaser (an accusation outside the story) are no claims.',
  ),
  art(
    'h3a-mt-pl-railway-sabotage',
    ['mt-european', 'teaser-block', 'machine-translated', 'headline', 'title-then-name', 'coref-pronoun', 'coref-metonym', 'coref-description', 'helping', 'multi-target', 'arrest-charge', 'hedged', 'denial-phrase', 'unnamed-claimant', 'no-cue', 'negative'],
    'Sabotage on the railway line Warsaw-Lublin: Prime Minister accuses Belarusian KGB',
    `Author: Marek Zielinski, 21.11.2026, 16:40
Lotto: Somebody won 12 million zloty in Krakow

The explosion on the railway line between Warsaw and Lublin, which on Sunday damaged the tracks near Deblin, was an act of sabotage ordered by the Belarusian KGB. This declared on Tuesday in the Sejm Prime Minister Andrzej Kalinowski.

According to the head of government, the explosive charge was placed by two Ukrainian citizens, Oleh M. and Yevhen P., who were recruited over the Telegram messenger and worked for the Belarusian services. Both have fled after the act over the border to Belarus, he said. "The regime in Minsk has crossed a red line," said Kalinowski.

The National Prosecutor's Office has initiated an investigation in the case of acts of sabotage of a terrorist character on behalf of a foreign intelligence. The prosecutors issued also arrest warrants against both men for sabotage and for espionage.

The Internal Security Agency (ABW) informs that a third person, a 27-year-old Polish citizen, was detained in Lublin. He should have driven the perpetrators to the place of the act.

THE Minsk rejects every responsibility. The speaker of the Belarusian foreign ministry, Pavel Hrytsuk, called the accusations of Warsaw a "provocation" and a further element of the "anti-Belarusian hysteria". The country has no interest in an escalation, he declared.

The Ukrainian foreign ministry assured its full cooperation and emphasised that "criminals recruited by foreign services do not represent Ukraine".

The opposition accused the government of having neglected the protection of the railway. "For months the services knew about the danger and did nothing," said the deputy Joanna Wrzesniak.

See too

Czech Republic: Prague accuses Moscow of arson attacks on city buses

Sources: PAP, Rzeczpospolita, ABW`,
    [
      acc('Prime Minister accuses Belarusian KGB', [['Andrzej Kalinowski', 'Kalinowski', 'Poland']], [['KGB', 'Belarusian KGB', 'Belarus', 'Belarusian']]),
      acc('was an act of sabotage ordered by the Belarusian KGB', [['Andrzej Kalinowski', 'Kalinowski']], [['KGB', 'Belarusian KGB', 'Belarus', 'Belarusian']]),
      acc('the explosive charge was placed by two Ukrainian citizens, Oleh M. and Yevhen P., who were recruited over the Telegram messenger and worked for the Belarusian services', [['Andrzej Kalinowski', 'Kalinowski']], [['Oleh M.'], ['Yevhen P.'], ['Belarus', 'Belarusian', 'KGB', 'Belarusian KGB']]),
      acc('Both have fled after the act over the border to Belarus, he said.', [['Andrzej Kalinowski', 'Kalinowski']], [['Oleh M.'], ['Yevhen P.']], undefined, true),
      acc('"The regime in Minsk has crossed a red line," said Kalinowski.', [['Andrzej Kalinowski', 'Kalinowski']], [['Belarus', 'Minsk', 'Belarusian']]),
      acc('The prosecutors issued also arrest warrants against both men for sabotage and for espionage.', [["National Prosecutor's Office", 'National Prosecutor', 'Poland']], [['Oleh M.'], ['Yevhen P.']]),
      acc('He should have driven the perpetrators to the place of the act.', [], [], 'hedged'),
      den('Minsk rejects every responsibility.', [['Belarus', 'Minsk', 'Belarusian']], []),
      den('called the accusations of Warsaw a "provocation"', [['Pavel Hrytsuk', 'Hrytsuk']], [['Poland', 'Warsaw', 'Polish']]),
      den('"criminals recruited by foreign services do not represent Ukraine"', [['Ukraine', 'Ukrainian']], [], undefined, true),
      acc('The opposition accused the government of having neglected the protection of the railway.', [], [['Poland', 'Polish']]),
      acc('"For months the services knew about the danger and did nothing,"', [['Joanna Wrzesniak', 'Wrzesniak']], [['Poland', 'Polish']], undefined, true),
    ],
    'a Polish page translated: "Prime Minister" in the headline is Kalinowski (the country accepted there); "the head of government", "he" resolve to him; the two men recruited "and worked for the Belarusian services": the men and Belarus are targets (helping; the unnamed services stand for Belarus, KGB accepted); their flight "after the act" presupposes the deed (optional); the private men are Ukrainian nationals, not Ukraine; opening an investigation "in the case of" acts is no claim, the arrest warrants with a stated crime are (one claim, two crimes); the detention of the unnamed 27-year-old states no crime (no claim), "should have driven" is the reportive mood (hedged, no named actor, ABW not credited: doubt); "The country has no interest in an escalation" is no denial; Ukraine\'s disclaimer answers no accusation against Ukraine (optional denial); the unnamed opposition accuses the government (Poland), the deputy\'s quote is about unnamed "services" (optional, Poland); the lotto teaser and the "See too" teaser are no claims.',
  ),
  // ─────────────────────────────────── threat-intelligence news ───────────────────────────────────
  art(
    'h3a-cyber-pewter-typhoon',
    ['threat-intel', 'teaser-block', 'headline', 'attribution', 'hedged', 'helping', 'multi-claimant', 'multi-target', 'coref-description', 'coref-pronoun', 'title-then-name', 'quote-paragraph', 'counter-accusation', 'denial-phrase', 'negative'],
    "Researchers tie 'Pewter Typhoon' to breaches at Southeast Asian telecoms, point to Beijing",
    `By Daniel Okoye | November 18, 2026

A China-linked espionage group spent at least two years inside the networks of telecommunications providers in Malaysia, Thailand and the Philippines, siphoning call records and text messages of government officials, according to a report released Tuesday by cybersecurity firm Kestrel Point.

The company's researchers attribute the campaign "with moderate confidence" to a group they track as Pewter Typhoon, which they say operates in support of China's Ministry of State Security. The intrusions bear the hallmarks of earlier operations by the group, including the use of a custom backdoor the researchers call ShadeLoom, the report said.

"What we're seeing is patient, well-resourced collection against the communications of senior officials," said Maya Renfrew, Kestrel Point's head of threat intelligence. "The targeting lines up squarely with Beijing's strategic interests in the South China Sea."

Renfrew said the hackers got in through unpatched edge routers made by a U.S. networking company, which she declined to name, and then moved laterally into billing systems.

One of the affected carriers, Kuala Lumpur-based Serantau Telekom, confirmed it had detected "unauthorised activity" in July and said it had notified the authorities. It did not say who it believed was responsible. Malaysia's National Cyber Security Agency said it was investigating and declined to comment on attribution.

Asked about the report, Chinese foreign ministry spokesman Lin Hao said Beijing "firmly opposes and cracks down on all forms of cyberattacks" and accused U.S. and allied security firms of "smearing China without any factual basis." "Certain companies make a living by hyping the so-called China cyber threat," Lin said.

Kestrel Point's findings echo a joint advisory issued in August by the U.S. Cybersecurity and Infrastructure Security Agency (CISA), the FBI and partner agencies in Australia and Canada, which said state-sponsored Chinese actors had breached telecommunications backbones in more than a dozen countries.

The report does not link Pewter Typhoon to any named individuals.

Related
U.S. charges Russian national with running ransomware crew that hit 200 hospitals
Europol takes down "bulletproof" hosting service used by phishing gangs`,
    [
      acc("Researchers tie 'Pewter Typhoon' to breaches at Southeast Asian telecoms", ['Kestrel Point'], ['Pewter Typhoon']),
      acc('point to Beijing', ['Kestrel Point'], [CHINA]),
      acc('A China-linked espionage group spent at least two years inside the networks of telecommunications providers', ['Kestrel Point'], [['Pewter Typhoon', ...CHINA]]),
      acc(`The company's researchers attribute the campaign "with moderate confidence" to a group they track as Pewter Typhoon`, ['Kestrel Point'], ['Pewter Typhoon'], 'hedged'),
      acc("which they say operates in support of China's Ministry of State Security", ['Kestrel Point'], ['Pewter Typhoon', ['Ministry of State Security', 'MSS']]),
      acc('The intrusions bear the hallmarks of earlier operations by the group', ['Kestrel Point'], ['Pewter Typhoon'], 'hedged'),
      acc(`"What we're seeing is patient, well-resourced collection against the communications of senior officials,"`, [['Maya Renfrew', 'Renfrew']], ['Pewter Typhoon'], undefined, true),
      acc(`The targeting lines up squarely with Beijing's strategic interests in the South China Sea.`, [['Maya Renfrew', 'Renfrew']], [CHINA], 'hedged'),
      acc('Renfrew said the hackers got in through unpatched edge routers', [['Maya Renfrew', 'Renfrew']], ['Pewter Typhoon']),
      den('said Beijing "firmly opposes and cracks down on all forms of cyberattacks"', [['Lin Hao', 'Lin', ...CHINA]], [], undefined, true),
      den('accused U.S. and allied security firms of "smearing China without any factual basis."', [['Lin Hao', 'Lin']], []),
      acc('accused U.S. and allied security firms of "smearing China without any factual basis."', [['Lin Hao', 'Lin']], []),
      acc('"Certain companies make a living by hyping the so-called China cyber threat," Lin said.', [['Lin Hao', 'Lin']], [], undefined, true),
      acc('which said state-sponsored Chinese actors had breached telecommunications backbones in more than a dozen countries', [['Cybersecurity and Infrastructure Security Agency', 'CISA'], ['FBI', 'Federal Bureau of Investigation'], 'Australia', 'Canada'], [CHINA]),
    ],
    'the unnamed "researchers" of the headline are Kestrel Point\'s; the lead\'s "China-linked espionage group" is one accused actor read either as Pewter Typhoon (named next) or as China (alternatives); "with moderate confidence" and "bear the hallmarks" are hedges; operating "in support of" the MSS is helping (both targets); Renfrew\'s first quote names no doer (optional), her second is an inference (hedged); "the hackers" are Pewter Typhoon; Lin\'s "smearing ... without any factual basis" is both a denial and a counter-accusation against unnamed firms ("U.S." on private firms is no state), same evidence; "firmly opposes" is optional as in set 2; the advisory\'s issuers include the partner agencies of Australia and Canada (their countries); the carrier\'s and NACSA\'s statements, "declined to name", "does not link" and the Related teasers (accusations outside the story) are no claims. ShadeLoom is malware (no actor).',
  ),
  art(
    'h3a-cyber-sleet-bear-denmark',
    ['threat-intel', 'teaser-block', 'headline', 'attribution', 'is-behind', 'hedged', 'condemn', 'coref-description', 'coref-pronoun', 'title-then-name', 'quote-paragraph', 'denial-phrase', 'scattered-denial', 'negative', 'no-cue'],
    'Denmark attributes water utility hack to Russian military intelligence; embassy denies',
    `By Sofie Lund, Copenhagen | 6 March 2026

Denmark's government on Thursday formally blamed Russia's military intelligence service, the GRU, for a cyberattack that shut down a drinking water plant serving 30,000 residents on the island of Funen for nearly 11 hours in December.

The Danish Defence Intelligence Service (FE) said in its assessment that the attack was carried out by a hacking unit it tracks as Sleet Bear, which is "very likely" part of GRU Unit 28130. The agency said the same group had earlier targeted energy companies in Norway and Sweden.

"This was a deliberate attack on civilian infrastructure that could have cost lives," Defence Minister Lars Holmgaard told reporters in Copenhagen. "We know who did it, and we are saying so openly."

A pro-Russian hacktivist persona calling itself "Z-Volunteers" had claimed responsibility for the outage on Telegram. FE said the persona was "a front" used by Sleet Bear to disguise a state operation.

Private security firm Nordlys Cyber, which helped the utility recover, said it had found code in the plant's control systems that was "nearly identical" to malware used in previous Sleet Bear operations, and assessed "with high confidence" that the group was behind the attack.

The Russian embassy in Copenhagen rejected the accusation as "another unfounded anti-Russian fabrication" and said Denmark had not presented "a single piece of evidence."

In a statement on behalf of the 27 member states, the European Union's foreign policy chief said the bloc "stands in solidarity with Denmark" and condemned "Russia's continued malicious behaviour in cyberspace."

NATO allies will discuss the incident at a meeting in Brussels next week, Holmgaard said. Denmark is also considering expelling Russian diplomats, he added, but declined to say how many.

Related: Sweden accuses Iran of hijacking SMS service to send threats

Updated 6 March 2026, 17:42`,
    [
      acc('Denmark attributes water utility hack to Russian military intelligence', ['Denmark'], [['GRU', 'Russian military intelligence', ...RUSSIA]]),
      den('embassy denies', [RUSSIA], []),
      acc("Denmark's government on Thursday formally blamed Russia's military intelligence service, the GRU, for a cyberattack", [['Denmark', 'Danish']], [['GRU', "Russia's military intelligence service"]]),
      acc('said in its assessment that the attack was carried out by a hacking unit it tracks as Sleet Bear', [['Danish Defence Intelligence Service', 'Defence Intelligence Service', 'FE']], ['Sleet Bear']),
      acc('which is "very likely" part of GRU Unit 28130', [['Danish Defence Intelligence Service', 'Defence Intelligence Service', 'FE']], [['GRU Unit 28130', 'Unit 28130']], 'hedged', true),
      acc('The agency said the same group had earlier targeted energy companies in Norway and Sweden.', [['Danish Defence Intelligence Service', 'Defence Intelligence Service', 'FE']], ['Sleet Bear']),
      acc('"This was a deliberate attack on civilian infrastructure that could have cost lives,"', [['Lars Holmgaard', 'Holmgaard']], [['GRU', ...RUSSIA]]),
      acc('"We know who did it, and we are saying so openly."', [['Lars Holmgaard', 'Holmgaard']], [['GRU', ...RUSSIA]], undefined, true),
      acc('FE said the persona was "a front" used by Sleet Bear to disguise a state operation.', [['Danish Defence Intelligence Service', 'Defence Intelligence Service', 'FE']], ['Sleet Bear']),
      acc(`said it had found code in the plant's control systems that was "nearly identical" to malware used in previous Sleet Bear operations`, ['Nordlys Cyber'], ['Sleet Bear'], undefined, true),
      acc('assessed "with high confidence" that the group was behind the attack', ['Nordlys Cyber'], ['Sleet Bear'], 'hedged'),
      den('rejected the accusation as "another unfounded anti-Russian fabrication"', [RUSSIA], []),
      den('said Denmark had not presented "a single piece of evidence."', [RUSSIA], [['Denmark', 'Danish']]),
      acc(`condemned "Russia's continued malicious behaviour in cyberspace."`, [['European Union', 'EU']], [RUSSIA]),
    ],
    'the headline\'s "Russian military intelligence" is the GRU named in the body (Russia accepted); in the body the named GRU is the actor; "the agency" is FE; "which is very likely part of GRU Unit 28130" ties the unit to the attack (optional: an annotator may read it as a description); Holmgaard\'s quote names no doer, resolved to the GRU blamed in the lead (Russia accepted); the persona\'s claim of responsibility is no claim, and Z-Volunteers is not a target of FE\'s "front" claim (Sleet Bear is the wrongdoer: doubt); Nordlys\' finding of identical code is optional beside its "behind" assessment; the EU\'s unnamed foreign policy chief speaks for the EU; solidarity, a meeting, considering expulsions and the Related teaser are no claims.',
  ),
  art(
    'h3a-cyber-tamarind-kitten',
    ['threat-intel', 'teaser-block', 'headline', 'attribution', 'according-to', 'hedged', 'helping', 'multi-claimant', 'multi-target', 'coref-description', 'quote-paragraph', 'anonymous-official', 'denial-phrase', 'counter-accusation', 'negative'],
    "U.S. agencies link 'Tamarind Kitten' to attacks on water controllers; Iran rejects 'fabricated' claims",
    `Posted by Ravi Menon | 6 min read

The FBI, the Cybersecurity and Infrastructure Security Agency (CISA) and the National Security Agency on Wednesday published a joint advisory warning that hackers affiliated with Iran's Islamic Revolutionary Guard Corps have compromised industrial control devices at water utilities in at least four U.S. states.

The advisory links the activity to an IRGC-affiliated group that security researchers track as Tamarind Kitten and that has posted under the hacktivist persona "Cyber Qods". According to the agencies, the group defaced the touchscreens of programmable logic controllers made by an Israeli company, Arbel Automation, with the message "Every Israeli-made equipment is a legitimate target."

Arbel Automation said its products were not vulnerable and that the affected utilities had left default passwords unchanged.

"These are not sophisticated attacks, but they show intent," an FBI official told reporters on a call, speaking on condition of anonymity under the bureau's ground rules. "The IRGC is probing our critical infrastructure and is willing to cause real-world harm."

Israel's National Cyber Directorate said in a separate statement that the same group had attempted to disrupt water systems in northern Israel in October and had been "operating on behalf of the Iranian regime for years."

Security firm Brightwater Labs said the attacks bore the hallmarks of Tamarind Kitten's earlier operations but cautioned that hacktivist personas are often used to blur responsibility. "We assess with moderate confidence that Tamarind Kitten is an IRGC contractor operation rather than a unit of the Guards itself," said Brightwater researcher Tomas Lindqvist.

Iran's mission to the United Nations did not respond to a request for comment. But foreign ministry spokesman Nasser Karimi on Thursday dismissed what he called "fabricated claims" by Washington and said the Islamic Republic was itself "the main victim of cyber terrorism by the Zionist regime and its American backers."

Related: Exchange operator blames North Korean hackers for $41 million crypto theft`,
    [
      acc("U.S. agencies link 'Tamarind Kitten' to attacks on water controllers", [USA], ['Tamarind Kitten']),
      den("Iran rejects 'fabricated' claims", [IRAN], []),
      acc("published a joint advisory warning that hackers affiliated with Iran's Islamic Revolutionary Guard Corps have compromised industrial control devices", [['FBI', 'Federal Bureau of Investigation'], ['Cybersecurity and Infrastructure Security Agency', 'CISA'], ['National Security Agency', 'NSA']], [['Islamic Revolutionary Guard Corps', 'IRGC']]),
      acc('The advisory links the activity to an IRGC-affiliated group that security researchers track as Tamarind Kitten', [['FBI', 'Federal Bureau of Investigation'], ['Cybersecurity and Infrastructure Security Agency', 'CISA'], ['National Security Agency', 'NSA']], ['Tamarind Kitten']),
      acc('According to the agencies, the group defaced the touchscreens of programmable logic controllers', [['FBI', 'Federal Bureau of Investigation'], ['Cybersecurity and Infrastructure Security Agency', 'CISA'], ['National Security Agency', 'NSA']], ['Tamarind Kitten']),
      acc('The IRGC is probing our critical infrastructure and is willing to cause real-world harm.', [['FBI', 'Federal Bureau of Investigation']], [['Islamic Revolutionary Guard Corps', 'IRGC']]),
      acc('the same group had attempted to disrupt water systems in northern Israel in October', [['National Cyber Directorate', "Israel's National Cyber Directorate", 'Israel National Cyber Directorate']], ['Tamarind Kitten']),
      acc('had been "operating on behalf of the Iranian regime for years."', [['National Cyber Directorate', "Israel's National Cyber Directorate", 'Israel National Cyber Directorate']], ['Tamarind Kitten', IRAN]),
      acc("the attacks bore the hallmarks of Tamarind Kitten's earlier operations", ['Brightwater Labs'], ['Tamarind Kitten'], 'hedged'),
      acc('"We assess with moderate confidence that Tamarind Kitten is an IRGC contractor operation rather than a unit of the Guards itself,"', [['Tomas Lindqvist', 'Lindqvist']], ['Tamarind Kitten', ['Islamic Revolutionary Guard Corps', 'IRGC']], 'hedged'),
      den('dismissed what he called "fabricated claims" by Washington', [['Nasser Karimi', 'Karimi']], [USA]),
      acc('"the main victim of cyber terrorism by the Zionist regime and its American backers."', [['Nasser Karimi', 'Karimi']], [['Israel', 'Israeli', 'Zionist regime'], USA]),
    ],
    '"U.S. agencies" of the headline are the three named agencies, taken as the United States; "hackers affiliated with" the IRGC acting for it stand for the IRGC; "an IRGC-affiliated group" links the activity to Tamarind Kitten only (the IRGC tie is a description there: doubt, an annotator may add the IRGC); "Cyber Qods" is the group\'s persona (no target); "an FBI official" resolves to the FBI (as set 1\'s "a department spokesperson"), his first quote names no doer (no claim); "the same group" is Tamarind Kitten; acting "on behalf of the Iranian regime" makes Iran a co-target; Lindqvist\'s contractor assessment ties the group to the IRGC (both targets, hedged); "cautioned that personas blur responsibility", the vendor\'s defence of its products (it answers no accusation), "did not respond", and the Related teaser are no claims; "the Zionist regime" is Israel and "its American backers" the US (helping).',
  ),
  art(
    'h3a-cyber-unc-vpn-zero-day',
    ['threat-intel', 'teaser-block', 'headline', 'attribution', 'hedged', 'multi-target', 'document-subject', 'two-claims', 'coref-description', 'coref-pronoun', 'title-then-name', 'denial-phrase', 'denial-verb', 'unnamed-claimant', 'negative'],
    'UNC6817 exploited Corvane VPN flaw for months before patch, Greyline says',
    `By Hannah Voss | Published 14:05 GMT, Monday

A previously unknown hacking group exploited a zero-day vulnerability in Corvane Networks' SecureEdge VPN appliances for at least five months before the company released a fix, cybersecurity firm Greyline Intelligence said on Monday.

Greyline, which tracks the group as UNC6817, said the intruders planted web shells on at least 340 devices belonging to government agencies, defence contractors and law firms in the United States, Germany and South Korea. The firm said it suspects the group is "China-nexus" based on overlaps in infrastructure and working hours, but stressed that the attribution was made with low confidence.

"This was a well-planned operation by an actor that knew exactly which customers it wanted," Greyline's chief executive, Omar Haddad, said in an interview.

Corvane, which is based in Austin, Texas, disputed parts of the report. In a statement, the company said it had "no evidence that customer data was exfiltrated" and that it had released a patch "within days" of being notified. It called claims that it had known about the flaw since the spring "categorically false."

The U.S. Cybersecurity and Infrastructure Security Agency added the flaw, tracked as CVE-2026-21877, to its catalogue of known exploited vulnerabilities and ordered federal civilian agencies to patch by Friday.

A proposed class action filed on Friday in federal court in Austin accuses Corvane of concealing the vulnerability from customers and of misrepresenting the security of its products. The lead plaintiff, Delmont County Credit Union, says hackers used the flaw to steal the personal data of 60,000 members. Corvane said it would "vigorously defend" itself against the lawsuit.

Separately, the ransomware gang Black Orchid has claimed on its leak site to have stolen data from two Corvane customers using the same flaw. Greyline said it had seen no evidence that Black Orchid and UNC6817 were connected.

China's embassy in Washington did not respond to a request for comment. Beijing has in the past rejected attributions by private firms as "groundless speculation."

Related
• Hackers behind hospital ransomware attack were Russian state proxies, report claims
• Patch now: critical flaw in popular file-transfer tool under active attack`,
    [
      acc('UNC6817 exploited Corvane VPN flaw for months before patch, Greyline says', [['Greyline Intelligence', 'Greyline']], ['UNC6817']),
      acc("A previously unknown hacking group exploited a zero-day vulnerability in Corvane Networks' SecureEdge VPN appliances", [['Greyline Intelligence', 'Greyline']], ['UNC6817']),
      acc('said the intruders planted web shells on at least 340 devices', [['Greyline Intelligence', 'Greyline']], ['UNC6817']),
      acc('The firm said it suspects the group is "China-nexus"', [['Greyline Intelligence', 'Greyline']], ['UNC6817', CHINA], 'hedged'),
      acc('"This was a well-planned operation by an actor that knew exactly which customers it wanted,"', [['Omar Haddad', 'Haddad']], ['UNC6817'], undefined, true),
      den('Corvane, which is based in Austin, Texas, disputed parts of the report.', [['Corvane Networks', 'Corvane']], []),
      den('the company said it had "no evidence that customer data was exfiltrated"', [['Corvane Networks', 'Corvane']], [], undefined, true),
      den('It called claims that it had known about the flaw since the spring "categorically false."', [['Corvane Networks', 'Corvane']], []),
      acc('accuses Corvane of concealing the vulnerability from customers', [['Delmont County Credit Union']], [['Corvane Networks', 'Corvane']]),
      acc('of misrepresenting the security of its products', [['Delmont County Credit Union']], [['Corvane Networks', 'Corvane']], undefined, true),
      acc('says hackers used the flaw to steal the personal data of 60,000 members', [['Delmont County Credit Union']], []),
      den('Corvane said it would "vigorously defend" itself against the lawsuit.', [['Corvane Networks', 'Corvane']], [], undefined, true),
      den('Beijing has in the past rejected attributions by private firms as "groundless speculation."', [CHINA], []),
    ],
    '"A previously unknown hacking group" is UNC6817 (named in the next sentence); "the intruders" likewise; suspecting the group is "China-nexus" accuses both the group and China (hedged: "suspects", "low confidence"); the CEO\'s quote names no wrong beyond "operation" (optional); Corvane\'s "disputed parts of the report" and "categorically false" are denials naming no accuser (Greyline only as "the report"); "no evidence that customer data was exfiltrated" denies harm, not an accusation (optional); the class action is credited to its lead plaintiff named in the next sentence (document issued by a named body: doubt, [] also defensible), two allegations = two claims (second optional); the plaintiff\'s "hackers used the flaw" names no hacker; "would vigorously defend" is a future defence (optional denial); the ransomware gang\'s claim, "no evidence ... connected", CISA\'s catalogue entry and order, "did not respond" and the Related teasers are no claims; SecureEdge is a product and CVE-2026-21877 an identifier.',
  ),
];
