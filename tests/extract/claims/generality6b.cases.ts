import { art as artOf, claim, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';
import { ARTICLE_TAGS, type ArticleTag } from './generality2.cases.ts';

/**
 * Claims generality set 6, writer B: held-out ARTICLES (session 7). Invented news articles in the
 * manner of Voice of America international news (state-to-state accusations over cyber attacks,
 * election interference, border clashes, detained citizens, reports by NGOs and UN bodies, a
 * ministry spokesperson's rebuttal at a regular briefing, analysts quoted, "VOA could not
 * independently verify") and three machine-translated news pieces in the manner of the seed
 * article (translation artefacts, a byline and an unrelated teaser above the body, a "See too"
 * block, a "Sources:" line). Names of people, companies and groups are invented; countries,
 * capitals, agencies, courts and international bodies are real. Written and annotated by reading,
 * under SPEC §2 and GUIDELINES §5-6, BEFORE any extractor was run on the texts (blind writer).
 * Some articles are captured as one long paragraph with inline subheads, as the real VOA
 * captures are.
 */

/** Set-2 tags plus the styles of this set ('voa' is already in ARTICLE_TAGS). */
export const SET6_B_TAGS = [...ARTICLE_TAGS, 'briefing', 'ngo-report', 'analyst', 'mt-news'] as const;
export type Set6BTag = (typeof SET6_B_TAGS)[number] | ArticleTag;

const acc = claim('accusation');
const den = claim('denial');
const art = artOf<Set6BTag>;

// Accepted names of recurring real actors.
const USA = ['United States', 'US', 'U.S.', 'Washington', 'American'];
const RUSSIA = ['Russia', 'Moscow', 'Kremlin', 'Russian'];
const CHINA = ['China', 'Beijing', 'Chinese'];
const IRAN = ['Iran', 'Tehran', 'Iranian'];

export const SET6_B_CASES: readonly ClaimCase[] = [
  // ─────────────────────────────────────────── VOA ───────────────────────────────────────────
  art(
    'voa6b-rotterdam-port-iran',
    ['voa', 'briefing', 'analyst', 'attribution', 'helping', 'coref-metonym', 'coref-pronoun', 'title-then-name', 'denial-phrase', 'counter-accusation', 'passive', 'headline', 'negative', 'multi-claimant', 'quote-after'],
    'Netherlands blames Iran-linked hackers for cyberattack on Rotterdam port systems',
    `THE HAGUE — The Dutch government on Thursday accused hackers working for Iran's Islamic Revolutionary Guard Corps of a cyberattack last month that froze container scheduling at the port of Rotterdam for nearly three days, the first time the Netherlands has publicly attributed a cyber operation to Tehran. Foreign Minister Marieke Vos told parliament in a letter that the country's Military Intelligence and Security Service (MIVD) had established "with a high degree of confidence" that a group tracked as Cobalt Falcon carried out the intrusion under the direction of the Guard Corps. "We will respond at a time and in a manner of our choosing, together with our partners," Vos told reporters afterward in The Hague. The intrusion, first detected on October 14, locked the terminal operating software used by two of the port's largest operators, leaving roughly 4,000 containers stranded on quays and delaying more than 60 vessels. The Port of Rotterdam Authority said at the time that no cargo had been lost and that the attackers had not reached systems that control ship traffic. Dutch officials summoned Iran's ambassador on Thursday afternoon. The European Union said in a statement that the attack was "unacceptable" and called on Iran to "refrain from destabilizing behavior in cyberspace." Tehran responds At his weekly news conference in Tehran on Monday, Foreign Ministry spokesperson Nasser Kamalvand dismissed the Dutch accusation as "a fabricated scenario written in Washington and Tel Aviv." "The Islamic Republic has never carried out, and will never carry out, attacks on the civilian infrastructure of any country," he said. Kamalvand said Iran was itself "one of the main victims of cyberterrorism" and urged European governments to cooperate with Tehran rather than "repeat the accusations of others." Pattern of attacks Liesbeth Kramer, a researcher at the Noordzee Institute for Security Studies in Amsterdam, said the decision to name Iran was significant because The Hague has traditionally preferred quiet diplomacy. "Ten years ago this would have been handled behind closed doors," she told VOA. Kramer said the malware used at Rotterdam closely resembled tools found in earlier intrusions at shipping companies in the Persian Gulf, which private researchers have linked to the same Guard Corps unit. Cybersecurity firm Haldane Cyber said in a report published Wednesday that it had observed Cobalt Falcon scanning the networks of at least five other European ports since the summer. VOA could not independently verify the firm's findings. Iran has been accused by the United States and Israel of cyberattacks on water utilities and hospitals in recent years, accusations Tehran rejects.`,
    [
      acc('Netherlands blames Iran-linked hackers for cyberattack on Rotterdam port systems', [['Netherlands', 'Dutch']], [IRAN]),
      acc("The Dutch government on Thursday accused hackers working for Iran's Islamic Revolutionary Guard Corps of a cyberattack last month", [['Netherlands', 'Dutch']], [['Islamic Revolutionary Guard Corps', 'Guard Corps', 'IRGC', ...IRAN]]),
      acc('a group tracked as Cobalt Falcon carried out the intrusion under the direction of the Guard Corps', [['Marieke Vos', 'Vos'], ['Military Intelligence and Security Service', 'MIVD']], ['Cobalt Falcon', ['Islamic Revolutionary Guard Corps', 'Guard Corps']]),
      acc('called on Iran to "refrain from destabilizing behavior in cyberspace."', [['European Union', 'EU']], [IRAN], undefined, true),
      den('dismissed the Dutch accusation as "a fabricated scenario written in Washington and Tel Aviv."', [['Nasser Kamalvand', 'Kamalvand']], [['Netherlands', 'Dutch']]),
      acc('a fabricated scenario written in Washington and Tel Aviv', [['Nasser Kamalvand', 'Kamalvand']], [USA, ['Israel', 'Tel Aviv']], undefined, true),
      den('The Islamic Republic has never carried out, and will never carry out, attacks on the civilian infrastructure of any country', [['Nasser Kamalvand', 'Kamalvand']], []),
      acc('which private researchers have linked to the same Guard Corps unit', [], [['Islamic Revolutionary Guard Corps', 'Guard Corps']], undefined, true),
      acc('it had observed Cobalt Falcon scanning the networks of at least five other European ports since the summer', [['Haldane Cyber']], ['Cobalt Falcon']),
      acc('Iran has been accused by the United States and Israel of cyberattacks on water utilities and hospitals in recent years', [USA, 'Israel'], [IRAN]),
      den('accusations Tehran rejects', [IRAN], [USA, 'Israel']),
    ],
    'one-paragraph capture with inline subheads ("Tehran responds", "Pattern of attacks": no claims). "hackers working for" the Guard Corps stand for it (Iran accepted too). The letter states the MIVD\'s finding: Vos and the MIVD both claimants. "with a high degree of confidence" is an intelligence confidence grade, left without certainty. EU "unacceptable" + call to refrain presupposes a wrong: optional. Kamalvand\'s "written in Washington and Tel Aviv" accuses the US and Israel of fabricating: optional. Kramer\'s resemblance remark is narration of malware; the relative clause "private researchers have linked" is an unnamed-claimant attribution (optional). Summoning an ambassador, "We will respond", "one of the main victims", the urging and "VOA could not independently verify" are no claims. The closing denial targets the accusers named in its sentence (as the dev gold does for "a charge New Delhi quickly rejected").',
  ),
  art(
    'voa6b-moldova-vote-buying',
    ['voa', 'briefing', 'analyst', 'arrest-charge', 'conviction', 'coref-pronoun', 'coref-metonym', 'title-then-name', 'denial-phrase', 'counter-accusation', 'hedged', 'unnamed-claimant', 'headline', 'negative', 'scattered-denial'],
    'Moldova says Russian money financed vote-buying network before election',
    `CHISINAU, MOLDOVA — Moldovan police said Tuesday that they had dismantled a network that paid tens of thousands of voters to back pro-Russian candidates in this month's parliamentary elections, and officials said the money had been sent from Moscow through a chain of shell companies and prepaid bank cards.

Viorel Lungu, head of the General Police Inspectorate, told a news conference that investigators had identified about 38,000 people who received payments of between $50 and $200 each. He said the scheme was organized by Vadim Ursachi, a fugitive businessman who was sentenced in absentia in 2023 to 15 years in prison for bank fraud and who has lived in Russia since.

"This was not politics. It was a purchase, paid for in rubles and converted into lei," Lungu said.

Police searched 240 addresses across the country on Monday and seized about $3 million in cash. Thirty-one people were detained. The Anticorruption Prosecutor's Office later charged 12 of them with passive electoral corruption and money laundering.

Ursachi denied the allegations in a video posted on Telegram, calling them "a fairy tale invented by the regime in Chisinau to explain its own unpopularity." He said he had "never paid a single voter" and would not return to Moldova to face what he called "a political court."

At her weekly briefing in Moscow on Wednesday, Russian Foreign Ministry spokesperson Irina Zhdanova said Russia "does not interfere in the internal affairs of sovereign states, including Moldova." She accused the Moldovan authorities of "jailing opposition figures and switching off television channels to guarantee the result they wanted."

Observers from the Organization for Security and Co-operation in Europe said in a preliminary statement that the vote was competitive and well administered but "overshadowed by credible reports of vote-buying and illicit foreign financing."

The governing pro-European party won 44% of the vote, short of a majority. Coalition talks are expected to take weeks.

Analysts said the scale of the operation was new. "In earlier elections the money moved through local mayors and it was hard to trace. This time Moscow did not even bother to hide it," said Cristina Donici of the Black Sea Policy Centre, a think tank in Chisinau. She said she expected similar tactics in Armenia and Georgia next year.

VOA could not independently verify the police figures.`,
    [
      acc('Moldova says Russian money financed vote-buying network before election', ['Moldova'], [RUSSIA]),
      acc('officials said the money had been sent from Moscow through a chain of shell companies and prepaid bank cards', [['Moldova', 'Moldovan']], [RUSSIA]),
      acc('He said the scheme was organized by Vadim Ursachi', [['Viorel Lungu', 'Lungu']], [['Vadim Ursachi', 'Ursachi']]),
      acc('was sentenced in absentia in 2023 to 15 years in prison for bank fraud', [], [['Vadim Ursachi', 'Ursachi']]),
      acc('This was not politics. It was a purchase, paid for in rubles and converted into lei', [['Viorel Lungu', 'Lungu']], [], undefined, true),
      acc("The Anticorruption Prosecutor's Office later charged 12 of them with passive electoral corruption and money laundering.", [["Anticorruption Prosecutor's Office"]], []),
      den('Ursachi denied the allegations in a video posted on Telegram', [['Vadim Ursachi', 'Ursachi']], []),
      den('He said he had "never paid a single voter"', [['Vadim Ursachi', 'Ursachi']], []),
      den('said Russia "does not interfere in the internal affairs of sovereign states, including Moldova."', [['Irina Zhdanova', 'Zhdanova']], []),
      acc('She accused the Moldovan authorities of "jailing opposition figures and switching off television channels', [['Irina Zhdanova', 'Zhdanova']], [['Moldova', 'Moldovan', 'Chisinau']]),
      acc('"overshadowed by credible reports of vote-buying and illicit foreign financing."', [['Organization for Security and Co-operation in Europe', 'OSCE']], [], 'hedged'),
      acc('This time Moscow did not even bother to hide it', [['Cristina Donici', 'Donici']], [RUSSIA]),
    ],
    'the headline\'s "Moldova says" stands for the police/officials; "officials said" after "Moldovan police" is read as Moldova (the officials are Moldovan in context; an annotator might leave [] — kept, with the country). The sentencing states the crime -> claim with no named court ([]). "It was a purchase" accuses nobody named: optional. The charge by the named prosecutor\'s office targets unnamed detainees ([]). Ursachi\'s "fairy tale invented by the regime in Chisinau" is part of his denial (the denial sentence names the accuser only inside the counter-charge; targets left []). Zhdanova\'s denial sentence names no accuser ([]); her counter-accusation is a separate sentence. OSCE "credible reports" names no doer: claimants OSCE, targets [], hedged (reports). Detention without a charge, the expectation about Armenia and Georgia (prediction), the vote result and "VOA could not independently verify" are no claims.',
  ),
  art(
    'voa6b-thai-cambodia-border',
    ['voa', 'briefing', 'analyst', 'multi-claimant', 'counter-accusation', 'coref-metonym', 'title-then-name', 'denial-phrase', 'headline', 'negative', 'scattered-denial', 'no-cue'],
    'Thailand, Cambodia trade accusations after soldier killed in border shooting',
    `BANGKOK — A Thai soldier was killed and two others were wounded in an exchange of fire with Cambodian troops along a disputed stretch of the border early Sunday, the Thai army said, the deadliest incident between the neighbors in more than a decade.

Each side said the other had fired first.

Thai army spokesperson Colonel Prasert Thongdee said a patrol of eight soldiers came under fire from Cambodian positions near the Ta Muen Thom temple in Surin province at about 5:30 a.m. "Our soldiers were on Thai soil, on a routine patrol, when Cambodian troops opened fire without any provocation," he said. Corporal Anan Saelim, 24, died on the way to hospital.

In Phnom Penh, Cambodian Defense Ministry spokesperson Lieutenant General Chea Sokhom gave a different account. He said Thai soldiers had crossed some 200 meters into Cambodian territory and fired at a Cambodian outpost, and that Cambodian troops "acted only in self-defense."

Cambodia's Foreign Ministry later handed a protest note to Thailand's chargé d'affaires over what it called "a violation of Cambodia's sovereignty and territorial integrity."

Thai Prime Minister Chaiyawat Somboon ordered three border crossings in the area closed until further notice. "Our priority is the safety of the people who live along the border," he told reporters at Government House.

At a regular briefing on Monday, Thai Foreign Ministry spokesperson Nikorn Saetang rejected Phnom Penh's account as "inconsistent with the facts on the ground" and said Bangkok would present evidence, including drone footage, to the Cambodian side.

Malaysia, which chairs the Association of Southeast Asian Nations this year, called on both countries to exercise restraint and offered to host talks.

Sirin Wattanakul, a security analyst at Chulalongkorn University in Bangkok, said the shooting came amid rising nationalist sentiment on both sides. "Neither government can be seen to back down, and that is what makes an incident like this dangerous," she said.

The two countries fought a series of deadly clashes between 2008 and 2011 over land around the Preah Vihear temple. In 2013 the International Court of Justice ruled that the area around the temple belonged to Cambodia.

VOA could not independently verify either side's account.`,
    [
      acc('Thailand, Cambodia trade accusations after soldier killed in border shooting', ['Thailand'], ['Cambodia']),
      acc('Thailand, Cambodia trade accusations after soldier killed in border shooting', ['Cambodia'], ['Thailand']),
      acc('Each side said the other had fired first.', [['Thailand', 'Thai']], [['Cambodia', 'Cambodian']], undefined, true),
      acc('Each side said the other had fired first.', [['Cambodia', 'Cambodian']], [['Thailand', 'Thai']], undefined, true),
      acc('said a patrol of eight soldiers came under fire from Cambodian positions', [['Prasert Thongdee', 'Prasert']], [['Cambodia', 'Cambodian']]),
      acc('when Cambodian troops opened fire without any provocation', [['Prasert Thongdee', 'Prasert']], [['Cambodia', 'Cambodian']]),
      acc('He said Thai soldiers had crossed some 200 meters into Cambodian territory and fired at a Cambodian outpost', [['Chea Sokhom', 'Chea']], [['Thailand', 'Thai']]),
      den('Cambodian troops "acted only in self-defense."', [['Chea Sokhom', 'Chea']], [], undefined, true),
      acc('"a violation of Cambodia\'s sovereignty and territorial integrity."', [['Cambodia', "Cambodia's Foreign Ministry", 'Foreign Ministry']], [['Thailand', 'Thai']]),
      den('rejected Phnom Penh\'s account as "inconsistent with the facts on the ground"', [['Nikorn Saetang', 'Nikorn']], [['Cambodia', 'Phnom Penh']]),
    ],
    'mutual accusations in the headline are one accusation per side with the same evidence (Clarified later); "Each side said the other had fired first" likewise, optional because the sides are "each side"/"the other" only. The lead ("the Thai army said") narrates the exchange of fire without a doer: no claim. Prasert\'s two sentences give two claims (paraphrase, then quote). Chea\'s "acted only in self-defense" rebuts the Thai account (optional denial). The protest note: unnamed-by-name "Cambodia\'s Foreign Ministry" stands for Cambodia (ministry accepted). Thai names: given name first, so "Prasert"/"Nikorn" are the short forms as Thai usage would give them. Closing crossings, the safety quote, the ASEAN call, the analyst\'s remark, the ICJ ruling (a territorial ruling, no wrong) and "VOA could not independently verify" are no claims.',
  ),
  art(
    'voa6b-japanese-executive-china',
    ['voa', 'briefing', 'analyst', 'arrest-charge', 'hedged', 'coref-pronoun', 'coref-description', 'title-then-name', 'denial-phrase', 'headline', 'negative', 'quote-after'],
    'China confirms arrest of Japanese drug company executive on spying charge',
    `BEIJING — China on Wednesday confirmed that a Japanese executive of a pharmaceutical company detained in March had been formally arrested on suspicion of espionage, a step that under Chinese law usually leads to trial.

Asked about the case at a regular news briefing, Foreign Ministry spokesperson Lin Haoran said the man "was caught engaging in espionage activities" and that his case "will be handled in accordance with the law." Lin did not say what the executive was accused of doing or where he was being held.

Japan's government has identified the man as Kenji Morimoto, 58, the head of the Beijing office of Osaka-based Hoshino Pharmaceutical. He was detained by officers of the Ministry of State Security on March 22, a day before he was due to fly home at the end of a three-year posting.

In Tokyo, Chief Cabinet Secretary Hiroshi Tanabe told reporters that the government had "repeatedly requested his early release through every available channel." "Japan has seen nothing to suggest that Mr. Morimoto did anything illegal," he said. Japanese diplomats have visited him five times, most recently in early June, and found him in stable health, Tanabe added.

Hoshino Pharmaceutical said in a statement that it was "confident that Mr. Morimoto always complied with the laws of China and Japan" and that it would continue to support his family. The company has operated in China since 1998 and employs about 400 people there.

At least 17 Japanese nationals have been detained in China on espionage-related grounds since 2014, according to the Japanese government. Most were later convicted and sentenced to prison terms of between three and 15 years.

Japanese business groups have complained that China's 2023 revision of its counterespionage law is so vague that ordinary business activities, such as gathering market data, could be treated as spying.

Tomoko Arai, a China specialist at Keio University in Tokyo, said the timing of the arrest was not accidental. "Beijing has a habit of using detained foreigners as bargaining chips when relations sour, and relations with Tokyo are at a low point," she said.

The two governments are at odds over Japan's plans to deploy long-range missiles on its southwestern islands and over the release of treated water from the Fukushima nuclear plant, which Beijing opposes.`,
    [
      acc('China confirms arrest of Japanese drug company executive on spying charge', [CHINA], [['Kenji Morimoto', 'Morimoto']]),
      acc('had been formally arrested on suspicion of espionage', [CHINA], [['Kenji Morimoto', 'Morimoto']], 'hedged'),
      acc('the man "was caught engaging in espionage activities"', [['Lin Haoran', 'Lin']], [['Kenji Morimoto', 'Morimoto']]),
      den('"Japan has seen nothing to suggest that Mr. Morimoto did anything illegal," he said.', [['Hiroshi Tanabe', 'Tanabe']], []),
      den('it was "confident that Mr. Morimoto always complied with the laws of China and Japan"', [['Hoshino Pharmaceutical', 'Hoshino']], []),
      acc('Most were later convicted and sentenced to prison terms of between three and 15 years.', [], [], undefined, true),
      acc('Beijing has a habit of using detained foreigners as bargaining chips when relations sour', [['Tomoko Arai', 'Arai']], [CHINA]),
    ],
    '"a Japanese executive" in the lead is Morimoto (named in the third paragraph); the arrest states a crime (espionage) and "on suspicion of" frames it as suspicion: hedged (an annotator might keep it asserted as a charge). The detention by the MSS on March 22 states no crime: no claim. "will be handled in accordance with the law" and "did not say what ... was accused of" are no claims; the Cabinet Secretary\'s release request is a demand. Tanabe\'s and the company\'s statements are denials on Morimoto\'s behalf with no accuser named (targets []). "Most were later convicted" names neither court nor convicts and the crime only by reference: optional. Complaints that a law is vague criticise a law (no wrong asserted); the closing disputes are background.',
  ),
  art(
    'voa6b-egypt-disappearances-report',
    ['voa', 'ngo-report', 'document-subject', 'two-claims', 'counter-accusation', 'coref-description', 'coref-metonym', 'title-then-name', 'denial-phrase', 'headline', 'negative', 'quote-runon'],
    'Rights group documents hundreds of enforced disappearances in Egypt; Cairo rejects report',
    `CAIRO — Egyptian security forces forcibly disappeared at least 412 people last year, holding many of them for weeks or months in unofficial detention sites before they appeared before prosecutors, a human rights group said in a report released Monday. The Cairo Centre for Detainee Rights said most of those it documented were held by the National Security Agency, the Interior Ministry's domestic intelligence arm, and that at least 37 told the group they had been beaten or given electric shocks during interrogation. The 94-page report is based on interviews with former detainees, relatives and lawyers, as well as court records. The centre said the average period of disappearance was 41 days, and that 23 people were still missing at the end of the year. "Disappearance has become a routine stage of arrest in Egypt, not an exception," the centre's executive director, Mona Sabry, said at a news conference held by video link from Berlin, where the group has been based since 2021. "Families go from police station to police station and are told their son does not exist. Then one day he appears in a prosecutor's office, charged with joining a terrorist group." Egypt's State Information Service said in a statement that the Cairo Centre's report relied on "unverified testimonies and anonymous sources" and contained "a long list of fabrications." The statement accused the group of receiving foreign funding to "tarnish the image of the Egyptian state." Egyptian officials have long said that there are no political prisoners in the country and that all detainees are held under judicial supervision. The U.N. Working Group on Enforced or Involuntary Disappearances said in its last annual report that it had transmitted more than 300 cases to the Egyptian government that remain unresolved. In 2021, Cairo launched a national human rights strategy, and the president has since pardoned hundreds of prisoners. VOA could not independently verify the accounts in the report.`,
    [
      acc('Rights group documents hundreds of enforced disappearances in Egypt', [['Cairo Centre for Detainee Rights', 'Cairo Centre']], [['Egypt', 'Egyptian']], undefined, true),
      den('Cairo rejects report', [['Egypt', 'Cairo']], []),
      acc('Egyptian security forces forcibly disappeared at least 412 people last year', [['Cairo Centre for Detainee Rights', 'Cairo Centre']], [['Egypt', 'Egyptian']]),
      acc('most of those it documented were held by the National Security Agency', [['Cairo Centre for Detainee Rights', 'Cairo Centre']], [['National Security Agency']]),
      acc('at least 37 told the group they had been beaten or given electric shocks during interrogation', [['Cairo Centre for Detainee Rights', 'Cairo Centre']], [['National Security Agency']]),
      acc('Disappearance has become a routine stage of arrest in Egypt, not an exception', [['Mona Sabry', 'Sabry']], [['Egypt', 'Egyptian']]),
      den("said in a statement that the Cairo Centre's report relied on \"unverified testimonies and anonymous sources\"", [['State Information Service', 'Egypt']], [['Cairo Centre for Detainee Rights', 'Cairo Centre']]),
      acc('The statement accused the group of receiving foreign funding to "tarnish the image of the Egyptian state."', [['State Information Service', 'Egypt']], [['Cairo Centre for Detainee Rights', 'Cairo Centre']]),
      den('Egyptian officials have long said that there are no political prisoners in the country', [['Egypt', 'Egyptian']], []),
      acc('it had transmitted more than 300 cases to the Egyptian government that remain unresolved', [['Working Group on Enforced or Involuntary Disappearances', 'U.N. Working Group on Enforced or Involuntary Disappearances', 'United Nations', 'U.N.']], [['Egypt', 'Egyptian']], undefined, true),
    ],
    'one-paragraph capture. The headline names the group only as "Rights group" (resolved to the Cairo Centre); "documents ... disappearances in Egypt" leaves the doer implicit: optional. The lead and the next sentence state the report\'s findings (claimant the centre). "held by the National Security Agency" in a report on enforced disappearances is the wrong itself (holding in unofficial sites); the beatings are a second allegation in the same sentence; the torturer is left implicit, read as the NSA in context (an annotator could give []). Sabry\'s Berlin quote continues: "charged with joining a terrorist group" is narration inside the quote, not a separate claim. The SIS names the Cairo Centre in its denial (target). "no political prisoners" is a standing denial with no accuser named. The UN working group\'s transmitted cases imply unresolved disappearances: optional. The strategy, pardons and "VOA could not independently verify" are no claims.',
  ),
  art(
    'voa6b-myanmar-school-strikes',
    ['voa', 'ngo-report', 'document-subject', 'hedged', 'counter-accusation', 'coref-description', 'coref-pronoun', 'title-then-name', 'denial-phrase', 'headline', 'negative', 'quote-paragraph', 'unnamed-claimant'],
    'UN rights office says Myanmar military airstrikes hit schools, killing dozens of children',
    `GENEVA — Myanmar's military carried out at least 14 airstrikes on schools in areas held by armed resistance groups over the past year, killing at least 53 children and 9 teachers, the U.N. human rights office said Friday.

In a report covering the 12 months to the end of September, the Office of the U.N. High Commissioner for Human Rights said that in most of the cases it examined there was no sign of any fighters or military equipment near the schools at the time of the attack, and that some of the strikes "may amount to war crimes."

"These were not stray bombs. Schools were struck in the middle of the morning, when classes were full, and in several cases the same school was hit twice," spokesperson Elena Marchetti told reporters in Geneva.

"The pattern tells us that the military either knew or did not care who was inside. Either way, those who gave the orders must answer for it."

The deadliest strike documented in the report hit a middle school in a village in Sagaing region in May, killing 19 pupils. Satellite images reviewed by VOA show the main building and two classrooms destroyed.

Myanmar's military government, which seized power in a coup in February 2021, rejected the report. Its spokesperson, Major General Zaw Htet Naing, told state television on Saturday that the armed forces "target only terrorists and their hideouts" and that the U.N. office had relied on "information fed to it by terrorist groups."

He accused the Sagaing Revolutionary Army, one of dozens of armed groups fighting the military, of storing weapons and explosives in village schools and using pupils as "human shields."

A spokesperson for the group, who gave his name as Ko Thura, denied the accusation in a message to VOA. "Our fighters do not go near schools. The children who died were killed by the junta's jets," he wrote.

More than 3.5 million people have been displaced inside Myanmar since the coup, according to U.N. figures. The military has lost control of large parts of the country's border regions to ethnic armed organizations and resistance forces.

VOA could not independently verify the claims made by either side.`,
    [
      acc('UN rights office says Myanmar military airstrikes hit schools, killing dozens of children', [['Office of the U.N. High Commissioner for Human Rights', 'UN rights office', 'U.N. human rights office', 'United Nations', 'UN', 'U.N.']], [['Myanmar']]),
      acc("Myanmar's military carried out at least 14 airstrikes on schools", [['Office of the U.N. High Commissioner for Human Rights', 'U.N. human rights office', 'United Nations', 'U.N.']], [['Myanmar']]),
      acc('some of the strikes "may amount to war crimes."', [['Office of the U.N. High Commissioner for Human Rights', 'U.N. human rights office', 'United Nations', 'U.N.']], [['Myanmar']], 'hedged'),
      acc('These were not stray bombs.', [['Elena Marchetti', 'Marchetti']], [['Myanmar']], undefined, true),
      acc('The pattern tells us that the military either knew or did not care who was inside.', [['Elena Marchetti', 'Marchetti']], [['Myanmar']]),
      den("Myanmar's military government, which seized power in a coup in February 2021, rejected the report.", [['Myanmar']], []),
      den('the armed forces "target only terrorists and their hideouts"', [['Zaw Htet Naing']], []),
      den('the U.N. office had relied on "information fed to it by terrorist groups."', [['Zaw Htet Naing']], [['Office of the U.N. High Commissioner for Human Rights', 'U.N. office', 'United Nations', 'U.N.']], undefined, true),
      acc('He accused the Sagaing Revolutionary Army, one of dozens of armed groups fighting the military, of storing weapons and explosives in village schools', [['Zaw Htet Naing']], [['Sagaing Revolutionary Army']]),
      den('denied the accusation in a message to VOA', [['Ko Thura']], []),
      acc("The children who died were killed by the junta's jets", [['Ko Thura']], [['Myanmar']]),
    ],
    'Myanmar\'s military (the junta) is the state\'s military: the country. The second paragraph\'s "no sign of any fighters" is part of the finding already claimed; only the "may amount to war crimes" clause is taken (hedged). Marchetti\'s quote runs into the next paragraph; "not stray bombs" alone is an implication (optional); "those who gave the orders must answer" is a demand. "seized power in a coup" is narration. The junta spokesperson\'s second clause rejects the UN office\'s sources (denial naming the UN office, optional as a second denial in the same sentence). The counter-accusation against the named group and its denial follow; Ko Thura\'s last line is a counter-counter-accusation against the junta. "human shields" is part of the same accusation (one allegation sentence, one claim). Satellite images "reviewed by VOA" and the displacement figures are narration.',
  ),
];
