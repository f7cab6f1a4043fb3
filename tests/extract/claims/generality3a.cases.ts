import { claim, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';
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
const art = (id: string, tags: readonly HeldoutATag[], headline: string, text: string, claims: readonly ExpectedClaim[], note?: string): ClaimCase => ({
  id,
  tags,
  headline,
  text,
  claims,
  ...(note ? { note } : {}),
});

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

A NATO spokesperson, Ingrid Solheim, said the alliance was "in close contact with Finland and Estonia" but did not accuse any country.

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
      acc('said one of the Chinese ships had also pointed a military-grade laser at the crew', [], [[...CHINA, 'China Coast Guard', "China's coast guard"]]),
      acc("ruled that China had violated the Philippines' sovereign rights in its exclusive economic zone", [], [CHINA]),
      den('a ruling Beijing rejects', [CHINA], []),
    ],
    '"China\'s coast guard" (lowercase, unnamed) stands for China, its proper name accepted as an alternative; Galvez is named with a title of an unnamed council (speaks for the Philippines, but the quote speaker is the claimant); the Chinese account "intruded ... deliberately collided" is one claim (two allegations in one clause: an annotator may split); "A Philippine military official" unnamed and asked not to be named: claimants [] (a country adjective on officials stands for the country — Philippines would also be defensible: doubt); the unnamed tribunal in The Hague is a place-named court (claimants []); the treaty warning is hypothetical, Japan "stopped short of blaming", "could not independently verify": no claims. The denial of the ruling names no accuser (tribunal unnamed).',
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
      acc('it was possible, but not yet established, that the operation had been approved at a senior level in Tehran', [], [IRAN], 'hedged', true),
      acc('the Treasury Department sanctioned four IRGC intelligence officers for plotting to abduct Iranian dissidents abroad', [['Treasury Department', 'Treasury', 'U.S. Treasury', ...USA]], [['Islamic Revolutionary Guard Corps', 'IRGC']]),
    ],
    '"U.S. intelligence agencies" and "three U.S. officials" stand for the United States (country adjective on officials); the complaint names no issuing body (the court is a place, "federal prosecutors" unnamed): claimants []; the two charges in one clause are one claim, the second charge optional as its own claim; "Prosecutors said" unnamed: []; the unnamed former lawyer\'s denial has no actor (claimants []); "would plead not guilty" is a future plea (optional denial); Iran\'s UN mission speaks for Iran; the intercept sentence (no wrongdoer stated beyond "one of the suspects") is no claim; the Amsel warning "will not silence" presupposes (no claim); "the FBI had warned her ... she was being watched" names no watcher; "declined to comment" is no claim; the fourth official\'s "possible, but not yet established" is a hedged accusation an annotator may skip (optional); "IRGC intelligence officers" unnamed stand for the IRGC.',
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
      acc('denounced "an attack against our democracy"', [['Jean-Baptiste Morel', 'Morel']], [RUSSIA]),
      acc('"Russia has made of the lie a weapon of war.', [['Jean-Baptiste Morel', 'Morel']], [RUSSIA]),
      den('Russian embassy in Paris rejects "categorically" these "unfounded accusations"', [RUSSIA], []),
      acc('which aim according to it to "hide the failures of the French government"', [RUSSIA], [['France', 'French']], undefined, true),
      den('the diplomatic representation affirms that the Russia "never interferes in the internal affairs of other states"', [RUSSIA], []),
      acc('The company is already under European sanctions since 2024 for its participation in disinformation campaigns on the war in Ukraine.', [['European Union', 'EU', 'European']], ['Lumen Media Group']),
      acc('the operation "bears all the signatures of the Russian services"', [['Hélène Marchal', 'Marchal']], [RUSSIA]),
    ],
    'Viginum is a named agency (affiliation France), "the service"/"it" resolve to it; the French conditional "would work for" is the allegation mood (hedged), and working for the presidential administration makes Russia a co-target; "Mirage" is a named network (platform): the claim targets its named operator; the minister\'s "attack against our democracy" has no doer in the sentence, resolved to Russia from the story (doubt); "hide the failures" is a weak counter-accusation (optional); "European sanctions" with a stated reason credit the EU; Marchal\'s "bears all the signatures" is an accusation, her concession and "does not accuse the Kremlin directly" are no claims; summoning the ambassador, "did not answer our requests", the fuel teaser and the "Read also" teaser (an accusation outside the story) are no claims.',
  ),
];
