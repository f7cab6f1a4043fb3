import { art as artOf, claim, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';
import { ARTICLE_TAGS, type ArticleTag } from './generality2.cases.ts';

/**
 * Claims generality set 7, part A: HELD-OUT articles, written BLIND (no extractor code, cue
 * list, eval output or other set read; nothing run on the texts but an evidence-substring
 * check). 12 invented articles: 7 Voice of America-style staff stories (international
 * politics, courts and rights cases, conflict) and 5 Wikinews-style short reports (date line,
 * neutral attribution, a "Sources" list at the end). Names of people, militias, NGOs and
 * firms invented; countries, capitals, agencies, courts and international bodies real.
 * Four VOA bodies are whitespace-squashed into ONE paragraph with their subheads left inline
 * ("... in Zubin Potok. NATO steps up patrols The NATO-led ..."), as the real VOA captures are.
 *
 * Recurring decisions (GUIDELINES §5-6):
 * - lower-case "X's foreign ministry" / "the ministry" stand for the country; a capitalised,
 *   named body (Security and Intelligence Service, Special Prosecution) is its own actor.
 * - an arrest warrant, charge, expulsion or arrest that STATES the crime is an accusation by
 *   the body acting (unnamed "police", "prosecutors" -> no claimants); a bare summons,
 *   detention, "presumed innocent", a plea deal, a call for calm or restraint, "following the
 *   case closely", sympathy and criticism without a wrong are not claims.
 * - dismissing a charge ("a fabrication", "a political document", "groundless") is a denial
 *   (accusers named in that statement are its targets); a counter-charge in the same breath
 *   is an accusation of its own, with clause-level evidence.
 * - "Sources" list items and a "RELATED:" teaser are not prose of the story: no claims even
 *   where their headlines accuse.
 * - acts described by unnamed witnesses ("a jet circled and dropped bombs") where the doer is
 *   only implied are `optional`.
 * - about half or more of each article's sentences are background, procedure, figures and
 *   reactions with no claim.
 */

export const SET7_A_TAGS = [
  ...ARTICLE_TAGS,
  'squashed-body', // VOA body flattened into one paragraph, subheads inline
  'inline-subhead', // a subhead run into the text with no punctuation
  'sources-list', // Wikinews "Sources" list at the end (accusing headlines in it are no claims)
  'court-procedure', // warrants, charges, pleas, hearings, sentences, presumption of innocence
  'related-block', // a "RELATED:" teaser inside the body
] as const;
export type Set7ATag = (typeof SET7_A_TAGS)[number];

const acc = claim('accusation');
const den = claim('denial');
const art = artOf<Set7ATag>;

// Accepted names of recurring real actors.
const RUSSIA = ['Russia', 'Moscow', 'Kremlin', 'Russian'];
const MYANMAR = ['Myanmar', 'Naypyitaw', 'State Administration Council'];
const SERBIA = ['Serbia', 'Belgrade', 'Serbian'];
const KOSOVO = ['Kosovo', 'Pristina'];
const ICC = ['International Criminal Court', 'ICC'];
const VENEZUELA = ['Venezuela', 'Caracas', 'Venezuelan'];
const GUYANA = ['Guyana', 'Georgetown', 'Guyanese'];
const MOLDOVA = ['Moldova', 'Chișinău', 'Moldovan'];

export const SET7_A: readonly ClaimCase[] = [
  // ───────────────────────────── VOA-style staff stories ─────────────────────────────
  art(
    'voa7a-kenya-habeas-corpus',
    ['voa', 'squashed-body', 'inline-subhead', 'court-procedure', 'coref-description', 'title-then-name', 'quote-before', 'denial-phrase', 'unnamed-claimant', 'hedged', 'negative'],
    'Kenyan court orders police to produce missing activists as rights groups allege abductions',
    `NAIROBI, KENYA — A judge at Kenya's High Court on Tuesday ordered the National Police Service to produce three young activists who have not been seen since they were bundled into unmarked cars outside a Nairobi shopping center nine days ago, or to explain under oath where they are. Justice Miriam Otieno gave the police inspector general until Friday to respond to a habeas corpus petition filed by the Law Society of Kenya on behalf of the families of Brian Wekesa, 24, Faith Njambi, 22, and Daniel Korir, 27. The three ran a popular satirical account on the social media platform X that mocked lawmakers over a new finance bill. "The petitioners have placed before this court credible evidence that the three were taken by persons acting under the color of state authority," Otieno said in her ruling. The judge warned that she could summon the inspector general in person and hold him in contempt if the police failed to comply. Police spokesperson Resila Onyango told VOA the service "has not arrested, detained or otherwise held" any of the three and was "as eager as the families to find them." Pattern of disappearances The Kenya National Commission on Human Rights said last month it had recorded 61 cases of abduction and enforced disappearance since June, and that witnesses in most of them identified the abductors as police officers. "We are seeing a deliberate campaign to silence young critics of the government, and the police are at the center of it," Halima Abdi, the commission's vice chair, told VOA. Interior Minister Samuel Kiprono has rejected the accusations, telling parliament last week that "no Kenyan is being abducted by the state" and that some of the missing had "gone into hiding to embarrass the government." Wanjiru Mbugua, a director at Amnesty International's Kenya section, said the minister's remarks were "an insult to grieving families." The activists' lawyer, Peter Karanja, said relatives had been turned away from at least four police stations where they went to ask for information. Anti-tax protests in June left at least 19 people dead, according to the rights commission, and hundreds more were arrested. The U.S. Embassy in Nairobi said in a statement it was "following the case closely" and urged Kenyan authorities to respect due process. The next hearing is set for Friday morning.`,
    [
      acc('as rights groups allege abductions', [], [], 'hedged', true),
      acc('credible evidence that the three were taken by persons acting under the color of state authority', [['Miriam Otieno', 'Otieno']], [['Kenya', 'Kenyan']]),
      den('told VOA the service "has not arrested, detained or otherwise held" any of the three', [['Resila Onyango', 'Onyango']], []),
      acc('and that witnesses in most of them identified the abductors as police officers', [['Kenya National Commission on Human Rights']], [['National Police Service']]),
      acc('We are seeing a deliberate campaign to silence young critics of the government, and the police are at the center of it', [['Halima Abdi', 'Abdi']], [['National Police Service']]),
      den('Interior Minister Samuel Kiprono has rejected the accusations, telling parliament last week that "no Kenyan is being abducted by the state"', [['Samuel Kiprono', 'Kiprono']], []),
      acc('some of the missing had "gone into hiding to embarrass the government."', [['Samuel Kiprono', 'Kiprono']], [['Brian Wekesa', 'Wekesa'], ['Faith Njambi', 'Njambi'], ['Daniel Korir', 'Korir']], undefined, true),
    ],
    'The headline\'s "rights groups allege abductions" names no accuser or doer (optional). The judge\'s "credible evidence that ... persons acting under the color of state authority" is an accusation against the state (state agents unnamed stand for the country), not a finding; the unnamed "police" in the abductors sentence and in Abdi\'s quote resolve to the National Police Service named in the lead. Kiprono\'s "gone into hiding to embarrass the government" accuses "some of the missing" of a ruse (optional; targets the three by context). The order to produce, the contempt warning, "an insult to grieving families", turned away at police stations, "following the case closely" and the demand for due process are no claims.',
  ),
  art(
    'voa7a-myanmar-monastery-strike',
    ['voa', 'squashed-body', 'inline-subhead', 'denial-verb', 'denial-phrase', 'counter-accusation', 'headline', 'hedged', 'according-to', 'unnamed-claimant', 'coref-description', 'negative', 'no-cue'],
    'Myanmar military denies bombing monastery where displaced villagers sheltered',
    `BANGKOK — Myanmar's military government on Sunday denied that its aircraft bombed a Buddhist monastery in the Sagaing region where hundreds of displaced villagers were sheltering, after local rescuers said at least 23 people, including nine children, were killed. A spokesperson for the ruling State Administration Council, Brigadier General Thet Naing Oo, said in a statement read on state television that "no air operation was carried out in that area on that day." He blamed the deaths on "an explosion of ammunition stored by terrorists inside the compound." The military refers to all armed resistance groups as terrorists. Residents of Nyaung Kone village, reached by phone, told VOA that a jet circled the village twice before dropping two bombs shortly after 9 p.m. local time. "There were no fighters there, only old people and children who had run from the fighting," said one man, who asked not to be named for fear of reprisal. Rescuers said they pulled bodies from the rubble until dawn and that a further 40 people were wounded. Photos shared by the rescue team showed the monastery's main hall reduced to a heap of bricks and twisted roofing. The abbot, who survived with burns to his arms, was taken to a clinic in a nearby town. The Chindwin Valley Defense Force, the armed group active around the village, said it had no weapons stored at the monastery and accused the military of "deliberately bombing civilians to punish villages that support the revolution." Shadow government calls for referral The National Unity Government, formed by lawmakers ousted in the 2021 coup, called the attack "a war crime" and said it would send evidence to the Independent Investigative Mechanism for Myanmar, a U.N. body based in Geneva. The mechanism did not immediately comment. The Myanmar Witness Network, a monitoring group, said satellite images taken Monday showed two craters consistent with aerial bombs inside the monastery grounds, contradicting the military's account. The office of the U.N. humanitarian coordinator said it was "deeply alarmed" by reports of civilian casualties but did not say who was responsible. Fighting across Sagaing has displaced more than 1 million people since the coup. The military has killed more than 6,000 civilians since it seized power, according to a tally kept by a local monitoring group. Access to the region is restricted, and VOA could not independently verify the casualty figures. The military has scheduled elections for December, which most opposition groups have said they will boycott.`,
    [
      den('Myanmar military denies bombing monastery where displaced villagers sheltered', [MYANMAR], []),
      den("Myanmar's military government on Sunday denied that its aircraft bombed a Buddhist monastery", [MYANMAR], []),
      den('"no air operation was carried out in that area on that day."', [['Thet Naing Oo']], []),
      acc('He blamed the deaths on "an explosion of ammunition stored by terrorists inside the compound."', [['Thet Naing Oo']], []),
      acc('told VOA that a jet circled the village twice before dropping two bombs', [], [MYANMAR], undefined, true),
      den('"There were no fighters there, only old people and children who had run from the fighting,"', [], [], undefined, true),
      den('said it had no weapons stored at the monastery', [['Chindwin Valley Defense Force']], []),
      acc('accused the military of "deliberately bombing civilians to punish villages that support the revolution."', [['Chindwin Valley Defense Force']], [MYANMAR]),
      acc('called the attack "a war crime"', [['National Unity Government']], [MYANMAR]),
      acc('showed two craters consistent with aerial bombs inside the monastery grounds, contradicting the military\'s account', [['Myanmar Witness Network']], [MYANMAR], 'hedged', true),
      acc('The military has killed more than 6,000 civilians since it seized power, according to a tally kept by a local monitoring group.', [], [MYANMAR]),
    ],
    'The military (and its State Administration Council) is Myanmar; its spokesperson the person. "terrorists" in the blame sentence is no named actor (targets []). The residents\' account implies the military only through "a jet" and the anonymous villager\'s "no fighters there" rebuts the military without naming it: both optional. The satellite "consistent with" sentence is an indirect, hedged charge (optional). "did not say who was responsible" and the displacement figure are no claims; the 6,000 tally is attributed ("according to") so it is an accusation with an unnamed accuser.',
  ),
  art(
    'voa7a-kosovo-serbia-militia',
    ['voa', 'squashed-body', 'inline-subhead', 'headline', 'coref-metonym', 'title-then-name', 'quote-before', 'quote-runon', 'denial-phrase', 'counter-accusation', 'court-procedure', 'negative', 'no-cue'],
    'Kosovo accuses Serbia of arming northern militia',
    `PRISTINA, KOSOVO — Kosovo's government on Thursday accused Serbia of supplying weapons and training to an armed group that clashed with Kosovo police near the northern town of Zubin Potok last week, an accusation Belgrade immediately rejected. Interior Minister Arben Hoxhaj told a news conference in Pristina that police had seized rifles, anti-tank launchers and commercial drones "manufactured in Serbia and delivered from Serbian army depots within the past year." "This was not a group of angry locals. It was a unit organized, financed and equipped by Belgrade," Hoxhaj said. One police officer was killed and two were wounded in the shootout, which lasted several hours. Police said four gunmen were detained and a fifth, Dragan Milosavljević, fled across the boundary line. Ethnic Serbs form a majority in four municipalities in the north, where many still use Serbian documents and currency. Kosovo's Special Prosecution said it had charged the four detained men and, in absentia, Milosavljević with terrorism and endangering the constitutional order. Belgrade responds In Belgrade, Defense Minister Nemanja Ristić dismissed Hoxhaj's accusations as a fabrication meant to justify the persecution of Serbs in Kosovo. "Serbia has nothing to do with the events in Zubin Potok, and Pristina knows it," Ristić said. Serbia does not recognize the 2008 declaration of independence of its former province, which is home to about 1.8 million people, most of them ethnic Albanians. NATO steps up patrols The NATO-led peacekeeping mission, KFOR, said it had increased patrols along the boundary line and was "in contact with all parties." The European Union's foreign policy spokesperson, Karin Ahlström, told reporters in Brussels that the bloc was "following developments with concern" and urged both governments to avoid steps that could inflame tensions. About 4,500 KFOR troops remain in Kosovo, more than 25 years after the war ended. Talks between the two governments, mediated by the EU, have been stalled since last year.`,
    [
      acc('Kosovo accuses Serbia of arming northern militia', [KOSOVO], [SERBIA]),
      acc('accused Serbia of supplying weapons and training to an armed group', [KOSOVO], [SERBIA]),
      den('an accusation Belgrade immediately rejected', [SERBIA], [KOSOVO]),
      acc('"manufactured in Serbia and delivered from Serbian army depots within the past year."', [['Arben Hoxhaj', 'Hoxhaj']], [SERBIA]),
      acc('It was a unit organized, financed and equipped by Belgrade', [['Arben Hoxhaj', 'Hoxhaj']], [SERBIA]),
      acc('had charged the four detained men and, in absentia, Milosavljević with terrorism and endangering the constitutional order', [['Special Prosecution', "Kosovo's Special Prosecution"]], [['Dragan Milosavljević', 'Milosavljević']]),
      den("dismissed Hoxhaj's accusations as a fabrication", [['Nemanja Ristić', 'Ristić']], [['Arben Hoxhaj', 'Hoxhaj']]),
      acc('meant to justify the persecution of Serbs in Kosovo', [['Nemanja Ristić', 'Ristić']], [KOSOVO]),
      den('"Serbia has nothing to do with the events in Zubin Potok, and Pristina knows it,"', [['Nemanja Ristić', 'Ristić']], []),
    ],
    'The denial in the lead names its accuser in the same sentence (Kosovo\'s government) so it targets Kosovo. Hoxhaj\'s seized-weapons sentence is an accusation without a cue. Ristić\'s "a fabrication meant to justify the persecution of Serbs" is a denial plus a counter-accusation (clauses). "and Pristina knows it" names Kosovo but accuses it of nothing on its own (targets []). Detentions without a stated crime, KFOR patrols and the EU\'s concern and appeal are no claims.',
  ),
  art(
    'voa7a-icc-car-warrant',
    ['voa', 'squashed-body', 'inline-subhead', 'court-procedure', 'conviction', 'document-subject', 'according-to', 'headline', 'coref-description', 'quote-after', 'denial-phrase', 'negative', 'two-claims'],
    'ICC issues arrest warrant for Central African militia leader over killings of civilians',
    `THE HAGUE, NETHERLANDS — Judges at the International Criminal Court have issued an arrest warrant for Bertrand Yakité, the leader of an armed group in the north of the Central African Republic, on charges of war crimes and crimes against humanity, the court said Monday. The warrant was issued under seal in March and made public this week at the request of the prosecutor's office. According to the warrant, fighters of Yakité's Union for the Renewal of Ouham killed at least 140 civilians in attacks on villages around Bossangoa in 2022 and 2023, burned hundreds of homes and forcibly recruited boys as young as 12. "The evidence shows that these were not the excesses of undisciplined fighters but a deliberate policy set at the top," Deputy Prosecutor Nadia Ferreira said in a video statement. Under the court's rules, Yakité is presumed innocent until proven guilty, and he would make an initial appearance before a pretrial chamber once in custody. The court has no police force of its own and relies on member states to carry out its arrest warrants. Group rejects charges Fidèle Zoumandé, a spokesman for the group, told VOA by phone from an undisclosed location that its fighters "have never attacked civilians" and dismissed the warrant as "a political document." He said Yakité would not surrender. The government in Bangui welcomed the announcement and said the militia had "terrorized the northwest for years." The U.N. peacekeeping mission, MINUSCA, said it stood ready to support national authorities in executing the warrant. Victims wait The Central African Republic has been in turmoil since 2013, when mainly Muslim rebels seized power and Christian militias rose up against them. A 2019 peace deal signed by 14 armed groups, including Yakité's, has largely collapsed. The ICC has handled several cases from the country; in 2021 it convicted another militia commander, Alfred Dambo, of using child soldiers and sentenced him to 14 years in prison. Aid groups say more than half of the country's 5 million people need humanitarian assistance.`,
    [
      acc('ICC issues arrest warrant for Central African militia leader over killings of civilians', [ICC], []),
      acc('have issued an arrest warrant for Bertrand Yakité', [ICC], [['Bertrand Yakité', 'Yakité']]),
      acc("According to the warrant, fighters of Yakité's Union for the Renewal of Ouham killed at least 140 civilians", [ICC], [['Bertrand Yakité', 'Yakité'], ['Union for the Renewal of Ouham']]),
      acc('these were not the excesses of undisciplined fighters but a deliberate policy set at the top', [['Nadia Ferreira', 'Ferreira']], [['Bertrand Yakité', 'Yakité']]),
      den('its fighters "have never attacked civilians"', [['Fidèle Zoumandé', 'Zoumandé']], []),
      den('dismissed the warrant as "a political document."', [['Fidèle Zoumandé', 'Zoumandé']], []),
      acc('said the militia had "terrorized the northwest for years."', [['Central African Republic', 'Bangui']], [['Union for the Renewal of Ouham']]),
      acc('in 2021 it convicted another militia commander, Alfred Dambo, of using child soldiers', [ICC], [['Alfred Dambo', 'Dambo']]),
    ],
    'The headline names the accused only by description ("Central African militia leader"), so targets [] there; the lead names Yakité. The warrant is the court\'s document ("According to the warrant" -> ICC); "fighters of Yakité\'s Union ..." targets the leader and the group. Ferreira\'s "set at the top" is read as aimed at Yakité (the only leader named). Presumption of innocence, unsealing, "would not surrender", MINUSCA\'s offer and the 2019 deal are no claims; "a political document" said of the warrant by the accused side is a denial (no accuser named in it). The Dambo conviction names the court ("it") and the crime.',
  ),
  art(
    'voa7a-tunisia-conspiracy-verdict',
    ['voa', 'court-procedure', 'conviction', 'headline', 'unnamed-claimant', 'quote-paragraph', 'denial-verb', 'denial-phrase', 'coref-description', 'title-then-name', 'no-cue', 'negative'],
    'Tunisian court jails opposition figures in ‘conspiracy’ case; families call verdict revenge',
    `TUNIS, TUNISIA — A Tunisian court on Saturday sentenced 11 opposition politicians, lawyers and businessmen to prison terms of between eight and 30 years on charges of conspiring against state security, in a trial that foreign diplomats had asked to observe and were kept out of.

The defendants, several of whom have spent more than two years in pretrial detention, were convicted of “forming a terrorist group” and “plotting to change the nature of the state,” according to their lawyers. Three of the defendants were tried in absentia. The heaviest sentence went to Kamel Ben Salah, a former finance minister who founded the opposition Karama Front in 2019.

Ben Salah, who boycotted the final session, has denied all the charges. In a letter read out by his daughter, Yasmine, outside the courthouse, he said he had been jailed “for meeting diplomats and talking about politics, which in any democracy is called opposition.”

Defense lawyer Samia Gharbi said the prosecution had presented “not a single document, not a single recording” linking her clients to violence.

“This file is empty,” she told VOA. “The only thing in it is the names of people the president does not like.”

The verdicts were read out shortly after midnight, after a hearing that lasted more than 14 hours. Relatives of the defendants chanted slogans in the courtroom and several were escorted out by police. Prosecutors had asked for the maximum penalty for all of the accused.

Tunisia’s justice ministry has said the defendants are being tried for offenses under the penal code and the 2015 counterterrorism law, not for their opinions.

Since the president suspended parliament in July 2021 and began ruling by decree, dozens of his critics, including journalists, judges and party leaders, have been detained.

Human Rights Watch called the trial “a travesty” staged to “eliminate any organized opposition before next year’s elections.” The U.N. human rights office in Geneva urged the authorities to release everyone held for exercising their basic freedoms.

The European Union said it had taken note of the verdict and would follow the appeal process closely. Defense lawyers said they would file appeals within the 10 days allowed under Tunisian law.`,
    [
      acc('families call verdict revenge', [], [['Tunisia', 'Tunisian']]),
      acc('A Tunisian court on Saturday sentenced 11 opposition politicians, lawyers and businessmen to prison terms of between eight and 30 years on charges of conspiring against state security', [['Tunisia', 'Tunisian']], []),
      acc('were convicted of “forming a terrorist group” and “plotting to change the nature of the state,” according to their lawyers', [], []),
      den('Ben Salah, who boycotted the final session, has denied all the charges.', [['Kamel Ben Salah', 'Ben Salah']], []),
      acc('he said he had been jailed “for meeting diplomats and talking about politics, which in any democracy is called opposition.”', [['Kamel Ben Salah', 'Ben Salah']], [['Tunisia', 'Tunisian']], undefined, true),
      den('said the prosecution had presented “not a single document, not a single recording” linking her clients to violence', [['Samia Gharbi', 'Gharbi']], []),
      acc('The only thing in it is the names of people the president does not like.', [['Samia Gharbi', 'Gharbi']], [['Tunisia', 'Tunisian']], undefined, true),
      den('the defendants are being tried for offenses under the penal code and the 2015 counterterrorism law, not for their opinions', [['Tunisia', 'Tunisian']], []),
      acc('Human Rights Watch called the trial “a travesty” staged to “eliminate any organized opposition before next year’s elections.”', [['Human Rights Watch']], [['Tunisia', 'Tunisian']]),
    ],
    'A sentence that states the charge is labelled like a conviction: "A Tunisian court" (country adjective) -> Tunisia; the defendants are unnamed there (targets []); the passive "were convicted of ..., according to their lawyers" has no named court and unnamed defendants (both []). The headline\'s "families call verdict revenge" calls an act of the state political (GUIDELINES "politically motivated": accusation against the state, unnamed accusers). Ben Salah\'s "jailed for meeting diplomats" and Gharbi\'s "people the president does not like" accuse the state of persecution only by implication (optional; the unnamed president -> Tunisia). The justice ministry (lower-case) rebuts the political-persecution charge: a denial by Tunisia. The U.N. call to release detainees presupposes the wrong without asserting it (no claim); "have been detained" states no crime.',
  ),
  art(
    'voa7a-nicaragua-nationality',
    ['voa', 'court-procedure', 'document-subject', 'passive', 'quote-paragraph', 'denial-phrase', 'condemn', 'multi-claimant', 'coref-metonym', 'scattered-denial', 'negative'],
    'Nicaragua strips 60 more critics of citizenship, seizes their property',
    `SAN JOSÉ, COSTA RICA — The Managua Court of Appeals has declared 60 more critics of Nicaragua's government "traitors to the homeland," stripping them of their citizenship and ordering the confiscation of their homes, land and bank accounts, in a ruling published Thursday.

Those named include the novelist Ernesto Lacayo, the former Sandinista guerrilla commander Rosa Amelia Vílchez and a retired Catholic bishop, Julio Ortega Baltodano. Most of them already live in exile, in Costa Rica, Spain or the United States.

The ruling cannot be appealed. A constitutional reform approved by the National Assembly last year allows the state to revoke the nationality of anyone it deems a traitor. More than 450 people have lost their Nicaraguan nationality since February 2023.

Vílchez, who has lived in San José since 2019, was also accused of "financing terrorism" through a literacy charity she ran in the city of León. Reached by VOA, she laughed at the accusation.

"I have never financed anything but schoolbooks," she said. "This is a regime that punishes people for thinking. They took my country from me, and now they want my mother's house."

The U.S. State Department condemned the decision as "another assault on the fundamental rights of the Nicaraguan people" and said Washington was considering visa restrictions on the judges who signed it.

Spain, which granted citizenship to more than 200 stripped Nicaraguans in 2023, said it would offer the same to those named this week. Costa Rica's government said it would issue travel documents to any of them living in the country.

A U.N. group of experts on Nicaragua concluded in a report last year that the government's persecution of opponents amounted to crimes against humanity. Managua dismissed the report as "lies of imperialism."

Nicaragua's government did not respond to VOA's request for comment on Thursday's ruling.`,
    [
      acc('The Managua Court of Appeals has declared 60 more critics of Nicaragua\'s government "traitors to the homeland,"', [['Managua Court of Appeals']], []),
      acc('was also accused of "financing terrorism" through a literacy charity she ran in the city of León', [], [['Rosa Amelia Vílchez', 'Vílchez']]),
      den('Reached by VOA, she laughed at the accusation.', [['Rosa Amelia Vílchez', 'Vílchez']], [], undefined, true),
      den('"I have never financed anything but schoolbooks,"', [['Rosa Amelia Vílchez', 'Vílchez']], []),
      acc('This is a regime that punishes people for thinking.', [['Rosa Amelia Vílchez', 'Vílchez']], [['Nicaragua', 'Managua', 'Nicaraguan']]),
      acc('condemned the decision as "another assault on the fundamental rights of the Nicaraguan people"', [['State Department', 'U.S. State Department', 'United States', 'U.S.', 'Washington']], [['Nicaragua', 'Managua', 'Nicaraguan'], ['Managua Court of Appeals']]),
      acc("concluded in a report last year that the government's persecution of opponents amounted to crimes against humanity", [['United Nations', 'U.N.', 'U.N. group of experts on Nicaragua']], [['Nicaragua', 'Managua', 'Nicaraguan']]),
      den('Managua dismissed the report as "lies of imperialism."', [['Nicaragua', 'Managua', 'Nicaraguan']], []),
    ],
    '"Traitors to the homeland" is a designation naming a wrong (accusation) by the named court; the 60 are unnamed in that sentence (targets []). "was also accused of" is agentless (claimants []). Laughing at an accusation is read as dismissing it (optional). "the decision" the State Department condemns is the court\'s ruling for the state: targets both Nicaragua and the court (doubtful: an annotator might give Nicaragua alone). "A U.N. group of experts" is a description: the U.N. it belongs to is the claimant (its own name accepted too; doubtful). Spain\'s and Costa Rica\'s offers, the constitutional reform and "did not respond" are no claims. "Managua dismissed the report" names no accuser in the statement itself ("the report" is not an actor).',
  ),
  art(
    'voa7a-poland-rail-spy',
    ['voa', 'related-block', 'court-procedure', 'according-to', 'arrest-charge', 'headline', 'hedged', 'multi-target', 'state-media', 'denial-phrase', 'coref-metonym', 'coref-pronoun', 'negative'],
    'Poland charges railway worker with spying for Belarus',
    `WARSAW, POLAND — Polish prosecutors have charged a 41-year-old railway dispatcher with passing information about military transports bound for Ukraine to Belarusian intelligence, the National Prosecutor's Office said Tuesday.

The suspect, identified only as Tomasz K. in line with Polish privacy law, was detained in the eastern city of Lublin last month and remains in custody. A court will decide next month whether to extend his detention by three months.

According to prosecutors, he photographed train schedules and loading ramps at a rail hub near the Ukrainian border and sent the images over an encrypted messaging app to a handler in Minsk in exchange for about $4,000 in cryptocurrency.

He faces up to 10 years in prison if convicted. His lawyer, Marek Zielonka, said his client had admitted taking the photographs but "had no idea who was on the other end" of the conversation.

RELATED: Belarus accuses Lithuania of flying drones over border, Vilnius denies

Poland has detained more than 30 people on suspicion of spying or sabotage for Russia and Belarus since Russia's full-scale invasion of Ukraine in 2022. Several rail lines in the country's east carry most of the Western weapons delivered to Kyiv.

Interior Minister Paweł Sikora said on Tuesday that Minsk and Moscow were "running a coordinated campaign of sabotage against Poland, using people recruited on the internet for small sums." He said the government would expand a program of security checks for railway staff.

Belarus's state news agency BelTA quoted an unnamed foreign ministry official as calling the case "another spy mania invented in Warsaw to justify militarization."

The Belarusian embassy in Warsaw did not respond to a request for comment.`,
    [
      acc('Poland charges railway worker with spying for Belarus', [['Poland', 'Polish']], []),
      acc('Polish prosecutors have charged a 41-year-old railway dispatcher with passing information about military transports bound for Ukraine to Belarusian intelligence', [["National Prosecutor's Office", 'Poland', 'Polish']], []),
      acc('According to prosecutors, he photographed train schedules and loading ramps at a rail hub near the Ukrainian border', [["National Prosecutor's Office", 'Poland', 'Polish']], [['Tomasz K.']]),
      den('"had no idea who was on the other end" of the conversation', [['Marek Zielonka', 'Zielonka']], []),
      acc('Poland has detained more than 30 people on suspicion of spying or sabotage for Russia and Belarus', [['Poland', 'Polish']], [RUSSIA, ['Belarus', 'Minsk', 'Belarusian']], 'hedged', true),
      acc('Minsk and Moscow were "running a coordinated campaign of sabotage against Poland', [['Paweł Sikora', 'Sikora']], [['Belarus', 'Minsk', 'Belarusian'], RUSSIA]),
      den('calling the case "another spy mania invented in Warsaw to justify militarization."', [['Belarus', 'Minsk', 'Belarusian']], [['Poland', 'Polish', 'Warsaw']]),
    ],
    'The dispatcher is unnamed in the charge sentences (targets []) and named as Tomasz K. only in the next sentence; "he" in the "According to prosecutors" sentence resolves to him. Belarus as the receiving intelligence service is a counterparty, not a target, in the charge (GUIDELINES). "Polish prosecutors ... the National Prosecutor\'s Office said" may fairly be either actor (both accepted). The lawyer conveys an admission (no claim) and a denial of knowledge (denial). The 30 detentions "for Russia and Belarus" (acting for the states -> targets) are background with unnamed detainees (optional). BelTA\'s unnamed foreign-ministry official -> Belarus; "invented in Warsaw" names the accuser (Poland) as the denial\'s target; BelTA would be reported_by. The RELATED teaser is not body: no claim.',
  ),
  // ───────────────────────────── Wikinews-style short reports ─────────────────────────────
  art(
    'wn7a-guyana-venezuela-incursion',
    ['wikinews', 'sources-list', 'headline', 'coref-description', 'coref-metonym', 'according-to', 'document-subject', 'quote-after', 'denial-verb', 'counter-accusation', 'condemn', 'negative', 'no-cue'],
    'Guyana accuses Venezuela of sending troops across Essequibo border',
    `Wednesday, May 14, 2025

Guyana's government on Tuesday accused Venezuela of sending about 40 soldiers across the Cuyuni River into the disputed Essequibo region. According to a statement from Guyana's foreign ministry, the soldiers destroyed a police outpost at Eteringbang and detained two Guyanese gold miners for several hours before returning across the river. Eteringbang is a remote mining settlement reachable mainly by river and small aircraft.

The ministry called the incursion "a grave violation of Guyana's sovereignty and territorial integrity" and said it had summoned Venezuela's ambassador in Georgetown. Foreign Minister Rosalind Persaud told reporters the soldiers "came in uniform, in boats flying Venezuelan flags, and they knew exactly where they were."

The two miners, brothers Keon and Dwayne Harripersad, told the Stabroek News that Venezuelan soldiers held them at gunpoint and took their phones and about 200 grams of gold. They were released the same evening and returned to their camp. The Guyana Defence Force said it had sent additional troops to the area as a precaution.

Venezuela's foreign ministry rejected the account, saying in a communiqué that no Venezuelan unit had entered "any territory not under Venezuelan jurisdiction." It described the accusation as "part of a media campaign orchestrated by transnational oil companies."

Venezuela claims the Essequibo, which makes up about two-thirds of Guyana's territory, under an 1899 arbitration award it regards as void. The International Court of Justice, which is hearing the dispute, ordered Caracas in 2023 to refrain from any action that would alter the situation on the ground.

The Caribbean Community (CARICOM) condemned what it called a violation of Guyanese territory. Brazil, which borders both countries, said it was following the situation "with concern" and called for dialogue.

Sources

"Guyana protests 'incursion' by Venezuelan troops at Eteringbang" — Stabroek News, May 13, 2025
"Venezuela accuses Guyana of staging border 'provocation' for oil firms" — Reuters, May 13, 2025
"CARICOM condemns violation of Guyana's territory" — Caribbean Community, May 13, 2025`,
    [
      acc('Guyana accuses Venezuela of sending troops across Essequibo border', [GUYANA], [VENEZUELA]),
      acc('accused Venezuela of sending about 40 soldiers across the Cuyuni River', [GUYANA], [VENEZUELA]),
      acc("According to a statement from Guyana's foreign ministry, the soldiers destroyed a police outpost at Eteringbang", [GUYANA], [VENEZUELA]),
      acc('The ministry called the incursion "a grave violation of Guyana\'s sovereignty and territorial integrity"', [GUYANA], [VENEZUELA]),
      acc('the soldiers "came in uniform, in boats flying Venezuelan flags, and they knew exactly where they were."', [['Rosalind Persaud', 'Persaud']], [VENEZUELA], undefined, true),
      acc('told the Stabroek News that Venezuelan soldiers held them at gunpoint', [['Keon Harripersad', 'Keon'], ['Dwayne Harripersad']], [VENEZUELA]),
      den("Venezuela's foreign ministry rejected the account", [VENEZUELA], []),
      den('It described the accusation as "part of a media campaign orchestrated by transnational oil companies."', [VENEZUELA], []),
      acc('The Caribbean Community (CARICOM) condemned what it called a violation of Guyanese territory.', [['Caribbean Community', 'CARICOM']], [VENEZUELA]),
    ],
    'Lower-case foreign ministries are their countries. "the soldiers" are Venezuelan soldiers acting for the state -> Venezuela. Persaud\'s quote implies deliberate intrusion without naming a wrong (optional). The "media campaign orchestrated by transnational oil companies" is read as a denial (dismissing the accusation); the companies are unnamed, so no separate accusation is expected. The ICJ order (2023) is background, not an accusation; "regards as void" is no claim. The Sources list headlines ("Venezuela accuses Guyana ...") are not body: no claims.',
  ),
  art(
    'wn7a-moldova-expels-diplomat',
    ['wikinews', 'sources-list', 'headline', 'hedged', 'sanction-reason', 'arrest-charge', 'unnamed-claimant', 'coref-metonym', 'denial-phrase', 'counter-accusation', 'negative'],
    'Moldova expels Russian diplomat over alleged funding of protests',
    `Friday, October 10, 2025

Moldova on Thursday declared a Russian embassy attaché, Artyom Belenko, persona non grata and gave him 72 hours to leave the country, saying he had channelled money to organisers of anti-government protests in Chișinău.

Moldova's Security and Intelligence Service (SIS) said in a statement that its officers had recorded the diplomat meeting protest organisers on at least six occasions since August and handing over envelopes containing cash. The service did not say how much money was involved. Belenko had been accredited to the embassy since 2022.

Several thousand people have rallied outside the parliament building in Chișinău on most weekends since late summer, demanding the government's resignation over rising energy prices. Government spokesperson Daniela Rotaru said on Thursday that "foreign money will not decide the future of this country."

The Russian foreign ministry called the expulsion "groundless" and accused Chișinău of "inventing pretexts to please its Western curators." It promised a "proportionate response."

The Movement for Dignity, which has organised most of the rallies, said it was funded by "ordinary citizens" and had never received money from any foreign state. Moldovan police on Wednesday detained three of its members on suspicion of illegal party financing; all three were released the next day pending further investigation.

Moldova, a candidate for membership of the European Union, has expelled at least eight Russian diplomats since 2022.

Sources

"Moldova orders Russian attaché out, citing protest cash" — Reuters, October 9, 2025
"Moscow vows response after Chișinău expels diplomat" — TASS, October 9, 2025
"SIS: diplomat met protest organisers at least six times" — NewsMaker, October 9, 2025`,
    [
      acc('Moldova expels Russian diplomat over alleged funding of protests', [MOLDOVA], [RUSSIA], 'hedged'),
      acc('saying he had channelled money to organisers of anti-government protests in Chișinău', [MOLDOVA], [['Artyom Belenko', 'Belenko']]),
      acc('had recorded the diplomat meeting protest organisers on at least six occasions since August and handing over envelopes containing cash', [['Security and Intelligence Service', 'SIS']], [['Artyom Belenko', 'Belenko']]),
      den('The Russian foreign ministry called the expulsion "groundless"', [RUSSIA], []),
      acc('accused Chișinău of "inventing pretexts to please its Western curators."', [RUSSIA], [MOLDOVA]),
      den('said it was funded by "ordinary citizens" and had never received money from any foreign state', [['Movement for Dignity']], []),
      acc('detained three of its members on suspicion of illegal party financing', [MOLDOVA], [], 'hedged'),
    ],
    'The headline\'s unnamed "Russian diplomat" is a state agent by nationality -> Russia (hedged by "alleged"); in the body the named attaché is the target. An expulsion with its reason is an accusation. Rotaru\'s warning presupposes the wrong without asserting it (no claim, as in adjudication). "groundless" said of the expulsion rebuts the charge -> denial with no accuser named. Detention "on suspicion of" a stated crime: accusation by Moldovan police (-> Moldova), hedged ("suspicion"), the three unnamed. The Sources list is not body.',
  ),
  art(
    'wn7a-echr-azerbaijan-journalist',
    ['wikinews', 'sources-list', 'court-procedure', 'headline', 'conviction', 'passive', 'arrest-charge', 'denial-phrase', 'coref-metonym', 'title-then-name', 'negative'],
    'European Court of Human Rights rules Azerbaijan jailed journalist to punish her reporting',
    `Thursday, March 5, 2026

The European Court of Human Rights (ECHR) on Tuesday ruled that Azerbaijan violated the rights of investigative journalist Leyla Mammadli by holding her for 14 months on charges that, the court found, were "brought for the purpose of silencing her."

The seven-judge chamber, sitting in Strasbourg, found violations of Articles 5, 10 and 18 of the European Convention on Human Rights, which protect the right to liberty and freedom of expression and bar states from restricting rights for improper purposes. It ordered Baku to pay her €25,000 in damages and €4,000 in costs.

Mammadli, 38, was arrested in 2021 on charges of tax evasion and illegal entrepreneurship after publishing a series of reports on offshore companies linked to relatives of senior officials. She was released in 2022 under a presidential pardon and now lives in Berlin.

"The court has confirmed what we knew all along: the charges were invented to stop my work," Mammadli told Wikinews by telephone.

Elnur Gasimov, who represents the government of Azerbaijan before the court, said the government "respects the Court" but disagreed with the ruling. Mammadli "was prosecuted for financial crimes, not for journalism," he said.

Either party may ask for the case to be referred to the court's Grand Chamber within three months. The Committee of Ministers of the Council of Europe supervises the execution of the court's judgments.

The Committee to Protect Journalists lists Azerbaijan among the ten countries that jail the most journalists.

Sources

"Strasbourg court: Azerbaijan jailed reporter to silence her" — Agence France-Presse, March 3, 2026
"Case of Mammadli v. Azerbaijan" — European Court of Human Rights, March 3, 2026
"Azerbaijan accused of 'hostage diplomacy' over jailed reporters" — Eurasianet, February 11, 2026`,
    [
      acc('European Court of Human Rights rules Azerbaijan jailed journalist to punish her reporting', [['European Court of Human Rights', 'ECHR']], [['Azerbaijan', 'Baku']]),
      acc('ruled that Azerbaijan violated the rights of investigative journalist Leyla Mammadli', [['European Court of Human Rights', 'ECHR']], [['Azerbaijan', 'Baku']]),
      acc('found violations of Articles 5, 10 and 18 of the European Convention on Human Rights', [['European Court of Human Rights', 'ECHR']], [['Azerbaijan', 'Baku']]),
      acc('was arrested in 2021 on charges of tax evasion and illegal entrepreneurship', [], [['Leyla Mammadli', 'Mammadli']]),
      den('the charges were invented to stop my work', [['Leyla Mammadli', 'Mammadli']], []),
      den('said the government "respects the Court" but disagreed with the ruling', [['Elnur Gasimov', 'Gasimov']], [['European Court of Human Rights', 'ECHR']], undefined, true),
      den('"was prosecuted for financial crimes, not for journalism,"', [['Elnur Gasimov', 'Gasimov']], []),
    ],
    'A court ruling that a state violated rights is an accusation by the named court; the chamber\'s "found violations" repeats it in another sentence (another claim). The arrest sentence states the charges, no arresting body: claimants []. Mammadli\'s "the charges were invented" is said of an accusation by the accused: a DENIAL (GUIDELINES, "politically motivated" clarified later), no accuser named in it. Disagreeing with the ruling is a mild rejection of the court\'s finding (optional denial; "the Court" is named in the same statement, so it is the target). Gasimov rebuts the court\'s finding of persecution (denial, the court not named in that quote); that he restates the financial charges is not recorded as a new accusation. Damages, referral rules and the CPJ ranking are no claims; Sources are not body.',
  ),
  art(
    'wn7a-spain-smuggling-network',
    ['wikinews', 'sources-list', 'arrest-charge', 'according-to', 'hedged', 'coref-description', 'unnamed-claimant', 'court-procedure', 'denial-phrase', 'negative'],
    'Spanish police dismantle people-smuggling network; 14 arrested',
    `Saturday, June 21, 2025

Spain's National Police arrested 14 people in Almería, Murcia and Alicante this week on suspicion of smuggling migrants from Algeria across the Mediterranean in overloaded speedboats, the force said on Friday.

According to the National Police, the network, which investigators nicknamed "Los Halcones", charged each passenger between €4,000 and €7,000 and brought at least 900 people to the Spanish coast since early 2024. Investigators said six migrants drowned last November when the pilot of one of the group's boats forced passengers into the water off Cabo de Gata to escape a patrol vessel.

Europol, which supported the operation, said a 52-year-old Algerian man described as the network's leader was arrested in Marseille on a European arrest warrant and is awaiting transfer to Spain.

Officers seized four speedboats, €230,000 in cash and eleven vehicles in 22 searches. A court in Almería ordered nine of the suspects held in pretrial detention; the other five were released under court supervision.

Inmaculada Ferrer, a lawyer for two of the suspects, told the newspaper La Voz de Almería that her clients were "fishermen who rented out a boat, not traffickers."

According to Spain's interior ministry, about 9,800 migrants reached the Balearic Islands and the south-east coast by sea last year, most of them from Algeria.

Sources

"La Policía desarticula una red que introdujo a 900 migrantes en lanchas" — La Voz de Almería, June 20, 2025
"14 arrested in Spain over deadly migrant smuggling route" — Europol, June 20, 2025`,
    [
      acc('arrested 14 people in Almería, Murcia and Alicante this week on suspicion of smuggling migrants from Algeria', [['National Police', "Spain's National Police"]], [], 'hedged'),
      acc('According to the National Police, the network, which investigators nicknamed "Los Halcones", charged each passenger between €4,000 and €7,000', [['National Police', "Spain's National Police"]], [['Los Halcones']]),
      acc("Investigators said six migrants drowned last November when the pilot of one of the group's boats forced passengers into the water", [], [['Los Halcones']]),
      acc("a 52-year-old Algerian man described as the network's leader was arrested in Marseille", [['Europol']], [], 'hedged', true),
      den('her clients were "fishermen who rented out a boat, not traffickers."', [['Inmaculada Ferrer', 'Ferrer']], []),
    ],
    'A nicknamed smuggling ring is a named criminal group (threat_group). Arrests "on suspicion of" a stated crime: accusation by the National Police, hedged, arrestees unnamed. "Investigators" are unnamed (claimants []), though an annotator may resolve them to the National Police. The Europol sentence is an arrest on a warrant with the man only "described as" leader (optional, hedged). The headline\'s "dismantle people-smuggling network" states an operation, not an allegation (no claim). Pretrial detention and seizures are no claims; the lawyer\'s rebuttal is a denial; La Voz de Almería only relays it. Sources are not body.',
  ),
  art(
    'wn7a-philippines-water-cannon',
    ['wikinews', 'sources-list', 'headline', 'coref-metonym', 'counter-accusation', 'denial-phrase', 'title-then-name', 'quote-after', 'two-claims', 'negative'],
    'Philippines says Chinese coast guard fired water cannon at supply boat near Sabina Shoal',
    `Monday, August 17, 2026

The Philippines on Sunday accused China's coast guard of firing water cannon at a government supply boat near Sabina Shoal in the South China Sea, injuring three crew members and disabling the vessel's engine.

Ramon Datu, a spokesperson for the Philippine National Security Council, said two Chinese vessels "deliberately aimed at the bridge and the navigation equipment" during the hour-long encounter. The boat was towed back to Palawan by a Philippine navy ship. The three crew members were treated for cuts and bruises and released.

China's coast guard said in a statement that the Philippine vessel had "illegally intruded" into waters near the shoal, which Beijing calls Xianbin Jiao, and that its ships had taken "necessary control measures in accordance with the law." At a regular briefing in Beijing on Monday, foreign ministry spokesperson Zhao Wenli said Manila "bears full responsibility" for the incident.

Sabina Shoal lies about 140 kilometres west of Palawan, inside the Philippines' exclusive economic zone. In 2016 an arbitral tribunal in The Hague ruled that China's sweeping claims in the South China Sea had no legal basis; Beijing does not recognise the ruling.

The United States ambassador in Manila, Karen Whitlow, said the United States "stands with its ally" and repeated that the two countries' mutual defence treaty covers attacks on Philippine public vessels anywhere in the South China Sea.

Sources

"PH accuses China of water cannon attack near Sabina Shoal" — Philippine News Agency, August 16, 2026
"China coast guard says it expelled Philippine vessel" — Xinhua, August 16, 2026`,
    [
      acc('Philippines says Chinese coast guard fired water cannon at supply boat near Sabina Shoal', [['Philippines', 'Philippine', 'Manila']], [['China', 'Chinese', 'Beijing']]),
      acc("accused China's coast guard of firing water cannon at a government supply boat near Sabina Shoal", [['Philippines', 'Philippine', 'Manila']], [['China', 'Chinese', 'Beijing']]),
      acc('two Chinese vessels "deliberately aimed at the bridge and the navigation equipment"', [['Ramon Datu', 'Datu']], [['China', 'Chinese', 'Beijing']]),
      acc('the Philippine vessel had "illegally intruded" into waters near the shoal', [['China', 'Chinese', 'Beijing']], [['Philippines', 'Philippine', 'Manila']]),
      den('its ships had taken "necessary control measures in accordance with the law."', [['China', 'Chinese', 'Beijing']], []),
      acc('Manila "bears full responsibility" for the incident', [['Zhao Wenli', 'Zhao']], [['Philippines', 'Philippine', 'Manila']]),
    ],
    'Lower-case "China\'s coast guard" and "Chinese vessels" (state vessels) stand for China; the Philippine National Security Council\'s spokesperson is the claimant as a person. The coast guard statement holds a counter-accusation and a justification (denial) in two clauses. The 2016 tribunal ruling that China\'s claims "had no legal basis" is a legal finding, not wrongdoing (no claim); the US ambassador\'s support and the treaty are no claims; Sources are not body.',
  ),
];

