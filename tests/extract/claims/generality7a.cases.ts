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
    `BANGKOK — Myanmar's military government on Sunday denied that its aircraft bombed a Buddhist monastery in the Sagaing region where hundreds of displaced villagers were sheltering, after local rescuers said at least 23 people, including nine children, were killed. A spokesperson for the ruling State Administration Council, Brigadier General Thet Naing Oo, said in a statement read on state television that "no air operation was carried out in that area on that day." He blamed the deaths on "an explosion of ammunition stored by terrorists inside the compound." The military refers to all armed resistance groups as terrorists. Residents of Nyaung Kone village, reached by phone, told VOA that a jet circled the village twice before dropping two bombs shortly after 9 p.m. local time. "There were no fighters there, only old people and children who had run from the fighting," said one man, who asked not to be named for fear of reprisal. Rescuers said they pulled bodies from the rubble until dawn and that a further 40 people were wounded. The Chindwin Valley Defense Force, the armed group active around the village, said it had no weapons stored at the monastery and accused the military of "deliberately bombing civilians to punish villages that support the revolution." Shadow government calls for referral The National Unity Government, formed by lawmakers ousted in the 2021 coup, called the attack "a war crime" and said it would send evidence to the Independent Investigative Mechanism for Myanmar, a U.N. body based in Geneva. The Myanmar Witness Network, a monitoring group, said satellite images taken Monday showed two craters consistent with aerial bombs inside the monastery grounds, contradicting the military's account. The office of the U.N. humanitarian coordinator said it was "deeply alarmed" by reports of civilian casualties but did not say who was responsible. Fighting across Sagaing has displaced more than 1 million people since the coup. The military has killed more than 6,000 civilians since it seized power, according to a tally kept by a local monitoring group. Access to the region is restricted, and VOA could not independently verify the casualty figures.`,
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
    `PRISTINA, KOSOVO — Kosovo's government on Thursday accused Serbia of supplying weapons and training to an armed group that clashed with Kosovo police near the northern town of Zubin Potok last week, an accusation Belgrade immediately rejected. Interior Minister Arben Hoxhaj told a news conference in Pristina that police had seized rifles, anti-tank launchers and commercial drones "manufactured in Serbia and delivered from Serbian army depots within the past year." "This was not a group of angry locals. It was a unit organized, financed and equipped by Belgrade," Hoxhaj said. One police officer was killed and two were wounded in the shootout, which lasted several hours. Police said four gunmen were detained and a fifth, Dragan Milosavljević, fled across the boundary line. Kosovo's Special Prosecution said it had charged the four detained men and, in absentia, Milosavljević with terrorism and endangering the constitutional order. Belgrade responds In Belgrade, Defense Minister Nemanja Ristić dismissed Hoxhaj's accusations as a fabrication meant to justify the persecution of Serbs in Kosovo. "Serbia has nothing to do with the events in Zubin Potok, and Pristina knows it," Ristić said. Serbia does not recognize the 2008 declaration of independence of its former province, which is home to about 1.8 million people, most of them ethnic Albanians. NATO steps up patrols The NATO-led peacekeeping mission, KFOR, said it had increased patrols along the boundary line and was "in contact with all parties." The European Union's foreign policy spokesperson, Karin Ahlström, told reporters in Brussels that the bloc was "following developments with concern" and urged both governments to avoid steps that could inflame tensions. About 4,500 KFOR troops remain in Kosovo, more than 25 years after the war ended.`,
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
  // ───────────────────────────── Wikinews-style short reports ─────────────────────────────
  art(
    'wn7a-guyana-venezuela-incursion',
    ['wikinews', 'sources-list', 'headline', 'coref-description', 'coref-metonym', 'according-to', 'document-subject', 'quote-after', 'denial-verb', 'counter-accusation', 'condemn', 'negative', 'no-cue'],
    'Guyana accuses Venezuela of sending troops across Essequibo border',
    `Wednesday, May 14, 2025

Guyana's government on Tuesday accused Venezuela of sending about 40 soldiers across the Cuyuni River into the disputed Essequibo region. According to a statement from Guyana's foreign ministry, the soldiers destroyed a police outpost at Eteringbang and detained two Guyanese gold miners for several hours before returning across the river.

The ministry called the incursion "a grave violation of Guyana's sovereignty and territorial integrity" and said it had summoned Venezuela's ambassador in Georgetown. Foreign Minister Rosalind Persaud told reporters the soldiers "came in uniform, in boats flying Venezuelan flags, and they knew exactly where they were."

The two miners, brothers Keon and Dwayne Harripersad, told the Stabroek News that Venezuelan soldiers held them at gunpoint and took their phones and about 200 grams of gold.

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
      acc('told the Stabroek News that Venezuelan soldiers held them at gunpoint', [['Keon Harripersad'], ['Dwayne Harripersad']], [VENEZUELA]),
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

Moldova's Security and Intelligence Service (SIS) said in a statement that its officers had recorded the diplomat meeting protest organisers on at least six occasions since August and handing over envelopes containing cash. The service did not say how much money was involved.

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
];

