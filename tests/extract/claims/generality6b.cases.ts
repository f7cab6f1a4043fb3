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
    `THE HAGUE — The Dutch government on Thursday accused hackers working for Iran's Islamic Revolutionary Guard Corps of a cyberattack last month that froze container scheduling at the port of Rotterdam for nearly three days, the first time the Netherlands has publicly attributed a cyber operation to Tehran. Foreign Minister Marieke Vos told parliament in a letter that the country's Military Intelligence and Security Service (MIVD) had established "with a high degree of confidence" that a group tracked as Cobalt Falcon carried out the intrusion under the direction of the Guard Corps. "We will respond at a time and in a manner of our choosing, together with our partners," Vos told reporters afterward in The Hague. The intrusion, first detected on October 14, locked the terminal operating software used by two of the port's largest operators, leaving roughly 4,000 containers stranded on quays and delaying more than 60 vessels. Rotterdam is Europe's largest port, handling about 440 million metric tons of cargo a year, and a quarter of the Netherlands' economic output depends on trade that passes through it. The Port of Rotterdam Authority said at the time that no cargo had been lost and that the attackers had not reached systems that control ship traffic. Dutch officials summoned Iran's ambassador on Thursday afternoon. The government said it had shared technical details of the intrusion with NATO allies and with other European governments, and that port operators had since replaced the affected servers. The European Union said in a statement that the attack was "unacceptable" and called on Iran to "refrain from destabilizing behavior in cyberspace." Tehran responds At his weekly news conference in Tehran on Monday, Foreign Ministry spokesperson Nasser Kamalvand dismissed the Dutch accusation as "a fabricated scenario written in Washington and Tel Aviv." "The Islamic Republic has never carried out, and will never carry out, attacks on the civilian infrastructure of any country," he said. Kamalvand said Iran was itself "one of the main victims of cyberterrorism" and urged European governments to cooperate with Tehran rather than "repeat the accusations of others." Pattern of attacks Liesbeth Kramer, a researcher at the Noordzee Institute for Security Studies in Amsterdam, said the decision to name Iran was significant because The Hague has traditionally preferred quiet diplomacy. "Ten years ago this would have been handled behind closed doors," she told VOA. Kramer said the malware used at Rotterdam closely resembled tools found in earlier intrusions at shipping companies in the Persian Gulf, which private researchers have linked to the same Guard Corps unit. Cybersecurity firm Haldane Cyber said in a report published Wednesday that it had observed Cobalt Falcon scanning the networks of at least five other European ports since the summer. VOA could not independently verify the firm's findings. Iran has been accused by the United States and Israel of cyberattacks on water utilities and hospitals in recent years, accusations Tehran rejects.`,
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

"We followed the money one card at a time. It took us four months," Lungu said.

Police searched 240 addresses across the country on Monday and seized about $3 million in cash. Thirty-one people were detained. The Anticorruption Prosecutor's Office later charged 12 of them with passive electoral corruption and money laundering.

Ursachi denied the allegations in a video posted on Telegram, calling them "a fairy tale invented by the regime in Chisinau to explain its own unpopularity." He said he had "never paid a single voter" and would not return to Moldova to face what he called "a political court."

At her weekly briefing in Moscow on Wednesday, Russian Foreign Ministry spokesperson Irina Zhdanova said Russia "does not interfere in the internal affairs of sovereign states, including Moldova." She accused the Moldovan authorities of "jailing opposition figures and switching off television channels to guarantee the result they wanted."

Observers from the Organization for Security and Co-operation in Europe said in a preliminary statement that the vote was competitive and well administered but "overshadowed by credible reports of vote-buying and illicit foreign financing."

The governing pro-European party won 44% of the vote, short of a majority. Coalition talks are expected to take weeks. Turnout was 52%, slightly higher than in the previous parliamentary election in 2021.

Moldova, a former Soviet republic of about 2.4 million people wedged between Romania and Ukraine, applied to join the European Union in 2022 and opened membership talks last year. About 1,500 Russian troops remain in Transnistria, a breakaway region on its eastern border.

Analysts said the scale of the operation was new. "In earlier elections the money moved through local mayors and it was hard to trace. This time Moscow did not even bother to hide it," said Cristina Donici of the Black Sea Policy Centre, a think tank in Chisinau. She said she expected similar tactics in Armenia and Georgia next year.

VOA could not independently verify the police figures.`,
    [
      acc('Moldova says Russian money financed vote-buying network before election', [['Moldova', 'Moldovan']], [RUSSIA]),
      acc('Moldovan police said Tuesday that they had dismantled a network that paid tens of thousands of voters to back pro-Russian candidates', [['General Police Inspectorate', 'Moldova', 'Moldovan']], []),
      acc('officials said the money had been sent from Moscow through a chain of shell companies and prepaid bank cards', [['Moldova', 'Moldovan']], [RUSSIA]),
      acc('He said the scheme was organized by Vadim Ursachi', [['Viorel Lungu', 'Lungu']], [['Vadim Ursachi', 'Ursachi']]),
      acc('was sentenced in absentia in 2023 to 15 years in prison for bank fraud', [], [['Vadim Ursachi', 'Ursachi']]),
      acc("The Anticorruption Prosecutor's Office later charged 12 of them with passive electoral corruption and money laundering.", [["Anticorruption Prosecutor's Office"]], []),
      den('Ursachi denied the allegations in a video posted on Telegram, calling them "a fairy tale invented by the regime in Chisinau', [['Vadim Ursachi', 'Ursachi']], [['Moldova', 'Chisinau', 'Moldovan']]),
      den('He said he had "never paid a single voter"', [['Vadim Ursachi', 'Ursachi']], []),
      acc('would not return to Moldova to face what he called "a political court."', [['Vadim Ursachi', 'Ursachi']], [['Moldova', 'Moldovan', 'Chisinau']], undefined, true),
      den('said Russia "does not interfere in the internal affairs of sovereign states, including Moldova."', [['Irina Zhdanova', 'Zhdanova']], []),
      acc('She accused the Moldovan authorities of "jailing opposition figures and switching off television channels', [['Irina Zhdanova', 'Zhdanova']], [['Moldova', 'Moldovan', 'Chisinau']]),
      acc('"overshadowed by credible reports of vote-buying and illicit foreign financing."', [['Organization for Security and Co-operation in Europe', 'OSCE']], [], 'hedged'),
      acc('This time Moscow did not even bother to hide it', [['Cristina Donici', 'Donici']], [RUSSIA]),
    ],
    'the headline\'s "Moldova says" stands for the police/officials; "officials said" after "Moldovan police" is read as Moldova (the officials are Moldovan in context; an annotator might leave [] — kept, with the country). The sentencing states the crime -> claim with no named court ([]). The charge by the named prosecutor\'s office targets unnamed detainees ([]). Ursachi\'s "fairy tale invented by the regime in Chisinau" is part of his denial and names the accuser (target Moldova, as "the regime in Caracas" in the Venezuela article); "a political court" calls the proceedings political (an accusation of political persecution under "Clarified later", optional as a passing phrase). The lead\'s first clause (police dismantled a network that paid voters) accuses an unnamed network (targets []); the second clause (money from Moscow) is a separate claim against Russia. Zhdanova\'s denial sentence names no accuser ([]); her counter-accusation is a separate sentence. OSCE "credible reports" names no doer: claimants OSCE, targets [], hedged (reports). Detention without a charge, the expectation about Armenia and Georgia (prediction), the vote result and "VOA could not independently verify" are no claims.',
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
      acc('said a patrol of eight soldiers came under fire from Cambodian positions', [['Prasert Thongdee', 'Prasert', 'Thongdee']], [['Cambodia', 'Cambodian']]),
      acc('when Cambodian troops opened fire without any provocation', [['Prasert Thongdee', 'Prasert', 'Thongdee']], [['Cambodia', 'Cambodian']]),
      acc('He said Thai soldiers had crossed some 200 meters into Cambodian territory and fired at a Cambodian outpost', [['Chea Sokhom', 'Chea']], [['Thailand', 'Thai']]),
      den('Cambodian troops "acted only in self-defense."', [['Chea Sokhom', 'Chea']], [], undefined, true),
      acc('"a violation of Cambodia\'s sovereignty and territorial integrity."', [['Cambodia', "Cambodia's Foreign Ministry", 'Foreign Ministry']], [['Thailand', 'Thai']]),
      den('rejected Phnom Penh\'s account as "inconsistent with the facts on the ground"', [['Nikorn Saetang', 'Nikorn', 'Saetang']], [['Cambodia', 'Phnom Penh']]),
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
      acc('have been detained in China on espionage-related grounds since 2014', [], [], undefined, true),
      acc('Most were later convicted and sentenced to prison terms of between three and 15 years.', [], [], undefined, true),
      acc('Beijing has a habit of using detained foreigners as bargaining chips when relations sour', [['Tomoko Arai', 'Arai']], [CHINA]),
    ],
    '"a Japanese executive" in the lead is Morimoto (named in the third paragraph); the arrest states a crime (espionage) and "on suspicion of" frames it as suspicion: hedged (an annotator might keep it asserted as a charge). The detention by the MSS on March 22 states no crime: no claim. "will be handled in accordance with the law" and "did not say what ... was accused of" are no claims; the Cabinet Secretary\'s release request is a demand. Tanabe\'s and the company\'s statements are denials on Morimoto\'s behalf with no accuser named (targets []). The 17 detentions "on espionage-related grounds" are arrests with a stated crime but no named arrester or arrestee (optional); "Most were later convicted" names neither court nor convicts and the crime only by reference: optional. Complaints that a law is vague criticise a law (no wrong asserted); the closing disputes are background.',
  ),
  art(
    'voa6b-egypt-disappearances-report',
    ['voa', 'ngo-report', 'document-subject', 'two-claims', 'counter-accusation', 'coref-description', 'coref-metonym', 'title-then-name', 'denial-phrase', 'headline', 'negative', 'quote-runon'],
    'Rights group documents hundreds of enforced disappearances in Egypt; Cairo rejects report',
    `CAIRO — Egyptian security forces forcibly disappeared at least 412 people last year, holding many of them for weeks or months in unofficial detention sites before they appeared before prosecutors, a human rights group said in a report released Monday. The Cairo Centre for Detainee Rights said most of those it documented were held by the National Security Agency, the Interior Ministry's domestic intelligence arm, and that at least 37 told the group they had been beaten or given electric shocks during interrogation. The 94-page report is based on interviews with former detainees, relatives and lawyers, as well as court records. The centre said the average period of disappearance was 41 days, and that 23 people were still missing at the end of the year. "Disappearance has become a routine stage of arrest in Egypt, not an exception," the centre's executive director, Mona Sabry, said at a news conference held by video link from Berlin, where the group has been based since 2021. "Families go from police station to police station and are told their son does not exist. Then one day he appears in a prosecutor's office, charged with joining a terrorist group." Egypt's State Information Service said in a statement that the Cairo Centre's report relied on "unverified testimonies and anonymous sources" and contained "a long list of fabrications." The statement accused the group of receiving foreign funding to "tarnish the image of the Egyptian state." Egyptian officials have long said that there are no political prisoners in the country and that all detainees are held under judicial supervision. The U.N. Working Group on Enforced or Involuntary Disappearances said in its last annual report that it had transmitted more than 300 cases to the Egyptian government that remain unresolved. In 2021, Cairo launched a national human rights strategy, and the president has since pardoned hundreds of prisoners. The report comes weeks before Egypt's human rights record is due to be examined by the U.N. Human Rights Council in Geneva. The centre said it had sent a summary of its findings to the Public Prosecution in January and had received no reply. VOA could not independently verify the accounts in the report.`,
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

The report is based on 112 interviews with survivors, teachers and health workers, as well as photographs, video and satellite imagery. The office said it had asked the military government for access to the affected areas but had received no reply.

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
  art(
    'voa6b-philippines-shoal-ramming',
    ['voa', 'briefing', 'analyst', 'counter-accusation', 'coref-metonym', 'coref-pronoun', 'title-then-name', 'quote-after', 'denial-phrase', 'headline', 'negative', 'two-claims', 'unnamed-claimant', 'conviction'],
    'Philippines accuses Chinese coast guard of ramming supply boat; Beijing says Manila provoked clash',
    `MANILA, PHILIPPINES — A Chinese coast guard ship deliberately rammed a Philippine supply boat and blasted it with a water cannon near a disputed shoal in the South China Sea on Saturday, injuring three crew members, the Philippine Coast Guard said.

The boat was carrying food, water and fuel to a small detachment of marines stationed aboard the BRP Sierra Madre, a World War II-era navy ship that Manila deliberately ran aground on Second Thomas Shoal in 1999 to assert its claim to the area.

Coast guard spokesperson Commodore Rafael Ocampo released a video that appeared to show the much larger Chinese vessel turning sharply into the side of the wooden-hulled boat. "This was not an accident. It was a deliberate and dangerous maneuver that could have killed our people," Ocampo told a news conference. Two of the injured crew were treated for cuts and a third for a suspected broken wrist, he said.

The supply boat later reached the Sierra Madre and unloaded part of its cargo, the coast guard said. Second Thomas Shoal lies about 200 kilometers west of the Philippine island of Palawan and more than 1,000 kilometers from China's Hainan island.

The Department of Foreign Affairs in Manila summoned a senior Chinese diplomat and lodged what it said was its 12th diplomatic protest this year.

At a regular briefing in Beijing on Monday, Chinese Foreign Ministry spokesperson Gao Jun said the Philippine boat had "intruded" into waters near Ren'ai Jiao, China's name for the shoal, and had "dangerously approached" a Chinese vessel "in disregard of repeated warnings."

"The China Coast Guard took necessary control measures in accordance with the law. The operation was professional, restrained and legitimate," Gao said. He said the Philippine side bore "full responsibility" for the incident and should "stop its provocations immediately."

In Washington, State Department spokesperson Thomas Whitcomb condemned what he called the "dangerous and destabilizing actions" of the China Coast Guard. He said an armed attack on Philippine public vessels anywhere in the South China Sea would invoke U.S. commitments under the two countries' 1951 Mutual Defense Treaty.

Renato Villanueva, a maritime security analyst at the University of the Philippines, said he expected more confrontations as Manila tries to repair the rusting Sierra Madre. "China wants the ship to fall apart. The Philippines wants to keep it afloat. Those two goals cannot both be met for long," he said.

In 2016, an arbitral tribunal in The Hague ruled that China's sweeping claims in the South China Sea had no legal basis and that Beijing had violated the Philippines' sovereign rights by interfering with Filipino fishing and oil exploration. China has refused to recognize the ruling.`,
    [
      acc('Philippines accuses Chinese coast guard of ramming supply boat', ['Philippines'], [['China Coast Guard', ...CHINA]]),
      acc('Beijing says Manila provoked clash', [CHINA], [['Philippines', 'Manila', 'Philippine']]),
      acc('A Chinese coast guard ship deliberately rammed a Philippine supply boat and blasted it with a water cannon', [['Philippine Coast Guard']], [['China Coast Guard', ...CHINA]]),
      acc('It was a deliberate and dangerous maneuver that could have killed our people', [['Rafael Ocampo', 'Ocampo']], [['China Coast Guard', ...CHINA]]),
      acc('said the Philippine boat had "intruded" into waters near Ren\'ai Jiao', [['Gao Jun', 'Gao']], [['Philippines', 'Philippine', 'Manila']]),
      den('The China Coast Guard took necessary control measures in accordance with the law.', [['Gao Jun', 'Gao']], []),
      acc('He said the Philippine side bore "full responsibility" for the incident', [['Gao Jun', 'Gao']], [['Philippines', 'Philippine', 'Manila']]),
      acc('condemned what he called the "dangerous and destabilizing actions" of the China Coast Guard', [['Thomas Whitcomb', 'Whitcomb']], [['China Coast Guard', ...CHINA]]),
      acc("Beijing had violated the Philippines' sovereign rights by interfering with Filipino fishing and oil exploration", [], [CHINA]),
      den('China has refused to recognize the ruling.', [CHINA], []),
    ],
    'a "Chinese coast guard ship" is the China Coast Guard (named later; China accepted). The lead\'s ramming and water cannon are one coordinated allegation of one incident (one claim; an annotator might split it). "The operation was professional, restrained and legitimate" continues Gao\'s denial (not a second claim). The lodged protest states no wrong; the treaty sentence is a hypothetical; the analyst\'s remark is a prediction. The 2016 tribunal is unnamed ("an arbitral tribunal in The Hague"): claimants []; refusing to recognise the ruling is a denial (GUIDELINES, refusing to recognise the accuser) with no accuser named.',
  ),
  art(
    'voa6b-korea-crypto-heist',
    ['voa', 'analyst', 'attribution', 'is-behind', 'helping', 'hedged', 'coref-description', 'coref-metonym', 'title-then-name', 'quote-runon', 'denial-phrase', 'joint-statement', 'headline', 'negative', 'multi-claimant'],
    'South Korea says North Korean hackers stole $120 million from crypto exchange',
    `SEOUL — South Korean police said Thursday that North Korean state hackers were behind the theft of about $120 million worth of cryptocurrency from a Seoul-based exchange in August, the largest such heist in the country's history. The Korean National Police Agency said the IP addresses, malware and laundering route used in the attack matched earlier operations by a group it calls Silent Birch, which it believes is controlled by North Korea's Reconnaissance General Bureau, the country's main foreign intelligence agency. The exchange, Hanbit Coin, is the country's fourth-largest by trading volume, with about 2 million registered users. It halted withdrawals for nine days after the theft and has since repaid customers from its own reserves. The company said the attackers had gained access through the laptop of a software engineer who had been approached on a professional networking site by a fake recruiter offering a job in Singapore. Police said about $40 million of the stolen funds had been converted to bitcoin through mixing services and over-the-counter brokers, and that $6 million had been frozen with the help of foreign exchanges. "This operation shows the patience of North Korean cyber units," said Kim Dong-hyun, head of the agency's cyber investigation bureau. "They spent four months building trust with a single employee before they touched the wallets." North Korea did not respond to the accusation. Pyongyang has consistently denied involvement in hacking and cryptocurrency theft, calling such reports a smear campaign led by the United States. Funding weapons Park Seo-yeon, who studies North Korean cyber operations at Korea University, said the theft fits a strategy of using stolen cryptocurrency to fund the country's nuclear and missile programs in defiance of U.N. sanctions. "Every sanctions report of the last five years has said the same thing, and every year the numbers are bigger," she said. A U.N. panel of experts that monitored sanctions on North Korea estimated that the country stole about $3 billion in cryptocurrency between 2017 and 2023. The panel's mandate expired in 2024 after Russia vetoed its renewal at the Security Council. The United States, Japan and South Korea said in a joint statement in January that they would step up cooperation against North Korean cybercrime, including by sharing information on laundering networks. South Korea's Financial Services Commission said it would review security standards at all 29 licensed exchanges by the end of the year. VOA could not independently verify the police findings.`,
    [
      acc('South Korea says North Korean hackers stole $120 million from crypto exchange', ['South Korea'], [['North Korea', 'North Korean', 'Pyongyang']]),
      acc('South Korean police said Thursday that North Korean state hackers were behind the theft', [['South Korea', 'South Korean', 'Korean National Police Agency']], [['North Korea', 'North Korean', 'Pyongyang']]),
      acc('matched earlier operations by a group it calls Silent Birch', [['Korean National Police Agency']], ['Silent Birch']),
      acc("which it believes is controlled by North Korea's Reconnaissance General Bureau", [['Korean National Police Agency']], ['Silent Birch', ['Reconnaissance General Bureau']], 'hedged'),
      acc('the attackers had gained access through the laptop of a software engineer', [['Hanbit Coin']], [], undefined, true),
      acc('This operation shows the patience of North Korean cyber units', [['Kim Dong-hyun', 'Kim']], [['North Korea', 'North Korean', 'Pyongyang']]),
      den('Pyongyang has consistently denied involvement in hacking and cryptocurrency theft', [['North Korea', 'Pyongyang']], []),
      acc('calling such reports a smear campaign led by the United States', [['North Korea', 'Pyongyang']], [USA], undefined, true),
      acc('the theft fits a strategy of using stolen cryptocurrency to fund the country\'s nuclear and missile programs in defiance of U.N. sanctions', [['Park Seo-yeon', 'Park']], [['North Korea', 'North Korean', 'Pyongyang']]),
      acc('estimated that the country stole about $3 billion in cryptocurrency between 2017 and 2023', [['United Nations', 'U.N.']], [['North Korea', 'North Korean']]),
      acc('they would step up cooperation against North Korean cybercrime', [USA, 'Japan', 'South Korea'], [['North Korea', 'North Korean']], undefined, true),
    ],
    'one-paragraph capture with an inline subhead ("Funding weapons": no claim). "South Korean police" are the Korean National Police Agency (named next); the country accepted. "controlled by" the RGB is acting at its behest: both the group and the bureau are targets; "it believes" -> hedged. The exchange narrating how unnamed attackers got in: optional (accuser named, accused not). Kim\'s quote presupposes the attribution (kept); the second quote sentence is narration of method. North Korea "did not respond" is no claim; its standing denial and "smear campaign led by the United States" (optional counter-accusation). The U.N. panel is unnamed by proper name: the U.N. The Russian veto is narration; the joint statement\'s "North Korean cybercrime" presupposes the wrong (optional).',
  ),
  art(
    'voa6b-venezuela-colombians-detained',
    ['voa', 'arrest-charge', 'ngo-report', 'coref-metonym', 'coref-pronoun', 'title-then-name', 'quote-after', 'denial-phrase', 'unnamed-claimant', 'headline', 'negative', 'multi-target', 'two-claims'],
    "Venezuela accuses detained Colombians of plotting sabotage; Bogota calls charges 'absurd'",
    `CARACAS, VENEZUELA — Venezuela's interior minister said Tuesday that two Colombian citizens, Andres Felipe Rios and Julian Mora, arrested near the border town of San Antonio del Tachira were part of a "mercenary cell" that planned to blow up an electricity substation, and he accused the CIA of financing the plot.

San Antonio del Tachira lies across the Simon Bolivar International Bridge from the Colombian city of Cucuta, one of the busiest crossings between the two countries. Tens of thousands of people cross it every day to work, shop or see a doctor.

Interior Minister Hector Villegas said Rios, 31, and Mora, 27, were stopped at a police checkpoint on Friday, and displayed on state television what he said had been found in their pickup truck: a drone, two kilograms of plastic explosives and three satellite phones.

"We will show every piece of evidence to the world, so that nobody can say we invented this," Villegas said. He said the two men would appear before a court in Caracas on Thursday.

Colombia's Foreign Ministry said in a statement that the men were volunteers with Fundacion Puentes, a Colombian charity that delivers medicine to clinics on both sides of the border, and called the accusations "absurd and without any basis." It demanded immediate consular access, which it said Caracas had refused for eight days.

Mora's sister, Paula Mora, told VOA by phone from the Colombian city of Cucuta that her brother is a nurse. "He has never touched a weapon in his life. He was carrying insulin, not explosives," she said.

In Washington, a State Department spokesperson said the claim of U.S. involvement was "categorically false" and "the latest invention of the regime in Caracas."

Venezuela has in recent years arrested dozens of foreigners, including Americans, Colombians and Spaniards, accusing them of plots ranging from assassination attempts to sabotage of the power grid. Rights groups say many are held for months without being brought before a judge and are used as bargaining chips in negotiations with their governments.

The Caracas-based Observatory of Arbitrary Detentions says at least 86 foreign nationals are currently held in Venezuela for political reasons. Its director, Gabriela Linares, said families often learn of an arrest only days later, from other detainees' relatives.

Relations between the two neighbors, restored in 2022 after a three-year break, have cooled in recent months over migration and the handling of armed groups along their 2,200-kilometer border.

VOA could not independently verify either government's account.`,
    [
      acc('Venezuela accuses detained Colombians of plotting sabotage', ['Venezuela'], [['Andres Felipe Rios', 'Rios'], ['Julian Mora', 'Mora']]),
      den("Bogota calls charges 'absurd'", [['Colombia', 'Bogota']], []),
      acc('were part of a "mercenary cell" that planned to blow up an electricity substation', [['Hector Villegas', 'Villegas']], [['Andres Felipe Rios', 'Rios'], ['Julian Mora', 'Mora']]),
      acc('he accused the CIA of financing the plot', [['Hector Villegas', 'Villegas']], [['CIA', 'Central Intelligence Agency', ...USA]]),
      den('called the accusations "absurd and without any basis."', [['Colombia', "Colombia's Foreign Ministry", 'Foreign Ministry']], []),
      acc('which it said Caracas had refused for eight days', [['Colombia', "Colombia's Foreign Ministry", 'Foreign Ministry']], [['Venezuela', 'Caracas']], undefined, true),
      den('He has never touched a weapon in his life.', [['Paula Mora']], []),
      den('said the claim of U.S. involvement was "categorically false"', [[...USA, 'State Department']], [['Venezuela', 'Caracas']]),
      acc('accusing them of plots ranging from assassination attempts to sabotage of the power grid', [['Venezuela']], []),
      acc('are used as bargaining chips in negotiations with their governments', [], [['Venezuela']]),
      acc('at least 86 foreign nationals are currently held in Venezuela for political reasons', [['Observatory of Arbitrary Detentions']], [['Venezuela']]),
    ],
    'the headline\'s "detained Colombians" are the two named men; the minister (title first, named next) is the claimant. "the latest invention of the regime in Caracas" names the accuser inside the denial sentence: target Venezuela. the minister\'s "nobody can say we invented this" quote is no claim. The court appearance, the demand for access and the relations paragraph are no claims; "refused" consular access is a wrong only implicitly (optional). "Rights groups say" is an unnamed claimant. Linares\'s remark on how families learn of arrests is narration. The displayed seized items are the minister\'s narration supporting the claim already recorded.',
  ),
  // ─────────────────────────── machine-translated news (seed manner) ───────────────────────────
  art(
    'mt6b-germany-fake-news-sites',
    ['mt-news', 'machine-translated', 'sanction-reason', 'hedged', 'coref-metonym', 'title-then-name', 'quote-after', 'denial-verb', 'headline', 'negative', 'is-behind'],
    'Germany accuses Russia of campaign of fake news sites before the federal elections',
    `by Juliana
Review of the Galaxy Tab S9: the tablet that want to replace your notebook

The Federal Ministry of the Interior of Germany accused the Russia of orchestrating a campaign of disinformation with more than 100 false websites that imitated the big German newspapers, in the weeks before the federal elections of February. According to the ministry, the fake pages published articles against the support to Ukraine and spread videos manipulated with artificial intelligence that showed politicians in situations that never happened.

The operation, baptized by the investigators as “Mirror Storm”, would have been conducted by a company of Moscow called Agency of Social Projects, that already had been sanctioned by the European Union in 2023 for spreading propaganda of the Kremlin in the European countries. THE Federal Office for Information Security (BSI) pointed out that at least 50 thousand accounts of social networks were used to share the links, many of them created in the same days of the campaign.

For the German minister of the Interior, Katrin Albers, the case is “a direct attack against our democracy”. “Who is behind this sits in Moscow, and we know it”, says the minister in press conference in Berlin. She also said that the sites were removed of the air after notification to the companies of hosting.


Answer of the Kremlin

THE Russia denies any participation in the campaign. The spokesman of the Kremlin, Dmitri Saveliev, said that the accusations are “absurd” and part of a “hysteria of russophobia” of the German government, that according to him needs of an external enemy to explain its problems.

According to the Reuters agency, the government of Germany should present the case to the other members of the European Union in the next meeting of the ministers of Foreign Affairs, in Brussels. It is not yet clear if new sanctions will be proposed.

See too

Access other news about politics and technology on Portal Conecta, such as the recent report that accuses the TikTok of promoting contents of extremists for adolescents in Europe.

Sources: Reuters | DW | Der Spiegel | The Guardian`,
    [
      acc('Germany accuses Russia of campaign of fake news sites before the federal elections', ['Germany'], [RUSSIA]),
      acc('accused the Russia of orchestrating a campaign of disinformation with more than 100 false websites', [['Federal Ministry of the Interior', 'Germany']], [RUSSIA]),
      acc('would have been conducted by a company of Moscow called Agency of Social Projects', [['Federal Ministry of the Interior', 'Germany']], [['Agency of Social Projects']], 'hedged'),
      acc('had been sanctioned by the European Union in 2023 for spreading propaganda of the Kremlin', [['European Union', 'EU']], [['Agency of Social Projects']]),
      acc('the case is “a direct attack against our democracy”', [['Katrin Albers', 'Albers']], [RUSSIA], undefined, true),
      acc('Who is behind this sits in Moscow, and we know it', [['Katrin Albers', 'Albers']], [RUSSIA]),
      den('Russia denies any participation in the campaign.', [RUSSIA], []),
      den('said that the accusations are “absurd” and part of a “hysteria of russophobia” of the German government', [['Dmitri Saveliev', 'Saveliev']], [['Germany', 'German']]),
    ],
    'machine-translated; "by Juliana", the tablet teaser, the "See too" block (its TikTok accusation is not the story) and the "Sources:" line are boilerplate. The ministry is named, Germany accepted. "According to the ministry, the fake pages published ..." narrates what the pages did with no named doer beyond the campaign already claimed (not recorded; an annotator might add it with targets []). "would have been conducted" is the translated reportative conditional (hedged); "investigators" are the ministry\'s. The sanction states its reason (EU claimant). "a direct attack" names no doer in its sentence (optional, Russia by context). The Russia denial snippet starts after the "THE" casing artefact. Saveliev\'s denial names the German government: target. The BSI account count, the Reuters-sourced plan and the sanctions question are no claims.',
  ),
  art(
    'mt6b-brazil-hospital-ransomware',
    ['mt-news', 'machine-translated', 'arrest-charge', 'hedged', 'coref-description', 'title-then-name', 'denial-phrase', 'headline', 'negative', 'according-to', 'passive'],
    'Federal Police arrests suspects of the hacker attack that paralyzed hospitals in the South of Brazil',
    `by Rafael
The best smartphones custo-benefício to buy in 2025

The Federal Police (PF) arrested this Tuesday (14) four suspects of participating in the cyberattack with ransomware that paralyzed the systems of 23 public hospitals of the state of Rio Grande do Sul in March. The suspects are investigated by the crimes of invasion of computer device, extortion and criminal organization, informed the corporation in note.

Among the arrested is Leandro Vasconcelos, of 29 years, pointed by the PF as the leader of the group in Brazil. According to the investigation, the group, known as Vortex Team, would have received about R$ 18 million in ransoms paid in bitcoins by at least three private hospitals and one laboratory, between 2023 and 2025.

During the attack of March, the emergency services of the hospitals had to work with paper forms for almost two weeks and surgeries were postponed. THE Vortex Team assumed the attack in a page of the dark web in the same week and published data of more than 200 thousand patients.

The minister of the Health, Helena Prado, classified the attack as “a crime against the life” and said that the government will invest R$ 400 million in digital security for the public hospitals until the end of the year.

The lawyer of Vasconcelos, Marcos Teixeira, said that his client is “a programmer without any relation with the facts” and that the defense will prove his innocence in the court.

THE company of cybersecurity Kryptos Labs, that helped in the investigation, pointed out that the Vortex Team functions in the model of “ransomware as a service”, renting its tools to affiliates in other countries. The operation also had the support of Europol and of the police of Portugal, where a fifth suspect was arrested.

See too

Access other news about security on Portal Conecta, such as the fine applied to Meta by the ANPD for the use of data of users to train artificial intelligence without authorization.

Sources: G1 | Folha de S.Paulo | TecMundo`,
    [
      acc('Federal Police arrests suspects of the hacker attack that paralyzed hospitals in the South of Brazil', [['Federal Police', 'PF']], []),
      acc('arrested this Tuesday (14) four suspects of participating in the cyberattack with ransomware', [['Federal Police', 'PF']], []),
      acc('The suspects are investigated by the crimes of invasion of computer device, extortion and criminal organization', [['Federal Police', 'PF']], [], 'hedged', true),
      acc('pointed by the PF as the leader of the group in Brazil', [['Federal Police', 'PF']], [['Leandro Vasconcelos', 'Vasconcelos']]),
      acc('would have received about R$ 18 million in ransoms paid in bitcoins', [['Federal Police', 'PF']], ['Vortex Team'], 'hedged'),
      acc('classified the attack as “a crime against the life”', [['Helena Prado', 'Prado']], ['Vortex Team'], undefined, true),
      den('his client is “a programmer without any relation with the facts”', [['Marcos Teixeira', 'Teixeira']], []),
      acc('the Vortex Team functions in the model of “ransomware as a service”', [['Kryptos Labs']], ['Vortex Team'], undefined, true),
    ],
    'machine-translated from Portuguese ("pointed by the PF as" = named by the PF as; "are investigated by the crimes of" = under investigation for). The arrest states its crime (participating in the ransomware attack): claimant PF, arrestees unnamed (targets []), also in the headline. "investigated by the crimes" is suspicion (hedged; optional as a restatement of the arrest). "According to the investigation" is the PF\'s (named just before). The group\'s own claim of the attack is a claim of responsibility (no claim); leaking patient data is narration. Prado\'s "crime" names the attack, not a doer (optional, Vortex by context). The fifth arrest in Portugal states no crime. Byline, teaser, "See too" (its ANPD fine is not the story) and "Sources:" are boilerplate.',
  ),
  art(
    'mt6b-taiwan-cable-cut',
    ['mt-news', 'machine-translated', 'briefing', 'arrest-charge', 'hedged', 'coref-metonym', 'counter-accusation', 'title-then-name', 'denial-verb', 'headline', 'negative', 'passive'],
    'Taiwan accuses ship with Chinese crew of cutting submarine cable; Beijing speaks in “political manipulation”',
    `by Thiago
Xiaomi launches new robot vacuum with navegação a laser and mop that lifts alone

The Coast Guard Administration of Taiwan accused the crew of a cargo ship of cutting intentionally one of the submarine cables that connect the island to the archipelago of Matsu, leaving about 12 thousand residents without internet for more than two weeks. The ship, named Xin Yuan 7 and registered in Togo, would have dragged its anchor for about 10 kilometers over the cable, according to the authorities of Taipei.

The captain of the ship, the Chinese Wang Dezhi, was detained in the port of Keelung and is accused of the crime of destruction of infrastructure of telecommunications, that foresees penalty of up to seven years of prison. The other eight crew members were liberated after depositions.

For the Taiwanese government, the incident is part of a pattern of actions of “gray zone” of Beijing to pressure the island without war: since 2023, at least 11 cables were damaged in similar circumstances. THE Taipei District Prosecutors Office said that investigates if the owner of the ship, a company of Hong Kong called Shun Hai Shipping, received orders of the Chinese government.


China answers

THE China rejected the accusations. In the regular press conference of Wednesday, the spokeswoman of the Taiwan Affairs Office, Chen Meiling, said that the case is “a common maritime accident” and accused the authorities of the island of “political manipulation” to increase the tension in the strait.

Taiwan is governed in an independent way since 1949, but Beijing considers the island part of its territory and does not discard the use of force to take control of it.

See too

Access other news on Portal Conecta, like the accusation of the United States against Chinese cranes in American ports for possible espionage.

Sources: Focus Taiwan | Reuters | BBC`,
    [
      acc('Taiwan accuses ship with Chinese crew of cutting submarine cable', ['Taiwan'], []),
      acc('Beijing speaks in “political manipulation”', [CHINA], ['Taiwan']),
      acc('accused the crew of a cargo ship of cutting intentionally one of the submarine cables', [['Coast Guard Administration', 'Taiwan']], []),
      acc('would have dragged its anchor for about 10 kilometers over the cable, according to the authorities of Taipei', [['Taiwan', 'Taipei']], [], 'hedged'),
      acc('was detained in the port of Keelung and is accused of the crime of destruction of infrastructure of telecommunications', [], [['Wang Dezhi', 'Wang']]),
      acc('the incident is part of a pattern of actions of “gray zone” of Beijing to pressure the island without war', [['Taiwan', 'Taiwanese']], [CHINA]),
      acc('received orders of the Chinese government', [['Taipei District Prosecutors Office']], [['Shun Hai Shipping'], CHINA], 'hedged', true),
      den('China rejected the accusations.', [CHINA], []),
      den('said that the case is “a common maritime accident”', [['Chen Meiling', 'Chen']], []),
      acc('accused the authorities of the island of “political manipulation”', [['Chen Meiling', 'Chen']], [['Taiwan']]),
    ],
    'machine-translated; byline, teaser, "See too" (its US accusation is not the story) and "Sources:" are boilerplate; subhead "China answers" no claim. The crew are private persons of Chinese nationality (not China) and the ship is no actor: targets []. "would have dragged" is the translated reportative (hedged). The captain "is accused of the crime" with no accuser named: claimants [] (detention with a stated crime). "For the Taiwanese government" frames an accusation against Beijing. The prosecutors "investigate if" the owner received orders: a suspicion, optional, hedged; acting on orders makes both owner and state targets. The China denial snippet starts after the "THE" artefact. "political manipulation" is a counter-accusation against Taiwan ("the authorities of the island"). Taiwan is a country (GUIDELINES). The closing background is narration.',
  ),
];
