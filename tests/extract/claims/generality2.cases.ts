import { art as artOf, claim, TAGS, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';

/**
 * Claims generality set 2: ARTICLES. Invented news articles (8-20 sentences: headline and
 * body paragraphs) in the styles of the three sources — Wikinews geopolitics, US Justice
 * Department press releases, VOA stories — written for this test (names invented, countries,
 * agencies and international bodies real; no sentence taken from the corpus). Unlike the
 * first set of short passages, the claims here depend on CONTEXT: the accused named in the
 * lead and referred to later as "he", "the company", "the 34-year-old", "Moscow"; quotes
 * running across sentences and paragraphs with the speaker named once; speakers introduced
 * by title and named later; allegations stated as narration after an "according to the
 * indictment:" lead-in; accusations without cue words ("a flagrant breach", "illegal");
 * denials scattered through the piece. Every article also carries sentences that must NOT
 * give a claim (narration, demands, arrests without a charge, pleas, sentences of
 * "no comment").
 *
 * Annotated under SPEC §2 and GUIDELINES §5-6 exactly as the gold is, BEFORE any extractor
 * was run on the texts (cases committed first). Same format as generality.cases.ts; the
 * scorer takes this set with `--set articles`.
 */

/** Tags of the first set, plus the context patterns this set exercises. */
export const ARTICLE_TAGS = [
  ...TAGS,
  'coref-pronoun', // the accused or the speaker referred to by "he", "she", "it", "they"
  'coref-description', // "the company", "the 34-year-old", "the defendants", "the group"
  'coref-metonym', // "Moscow", "Beijing", "Khartoum" standing for the state named earlier
  'quote-paragraph', // a quote running on into the next sentence(s) or paragraph, speaker named once
  'title-then-name', // speaker introduced by title, named later (or the reverse)
  'narration-leadin', // allegations as narration under "According to the indictment:"
  'no-cue', // accusation without a cue word ("a flagrant breach", "illegal", "theft")
  'joint-statement', // summits, joint statements, several states speaking as one
  'scattered-denial', // denials far from the accusation they answer
  'wikinews', 'doj', 'voa',
] as const;
export type ArticleTag = (typeof ARTICLE_TAGS)[number];

const acc = claim('accusation');
const den = claim('denial');
const art = artOf<ArticleTag>;

// Accepted names of recurring real actors.
const USA = ['United States', 'US', 'U.S.', 'Washington', 'American'];
const RUSSIA = ['Russia', 'Moscow', 'Kremlin', 'Russian'];
const CHINA = ['China', 'Beijing', 'Chinese'];
const IRAN = ['Iran', 'Tehran', 'Iranian'];
const DOJ = ['Department of Justice', 'Justice Department', 'U.S. Department of Justice'];

export const ARTICLE_CASES: readonly ClaimCase[] = [
  // ───────────────────────────── Wikinews-style geopolitics ─────────────────────────────
  art(
    'wn-summit-mining-pact',
    ['wikinews', 'joint-statement', 'no-cue', 'coref-description', 'coref-metonym', 'quote-paragraph', 'counter-accusation', 'headline', 'condemn', 'negative'],
    'African Union summit denounces Sudan mining pact as illegal',
    `Sunday, February 8

ADDIS ABABA (Wikinews) — Leaders meeting at an African Union summit in Ethiopia on Sunday denounced a mining agreement signed last month between the government of Sudan and a Russian state-owned company, Rosgeomin, calling it illegal under international law.

In a joint statement issued at the close of the two-day meeting, the heads of state said the pact "violates the sovereignty of the Sudanese people and was concluded without any parliamentary oversight." The statement did not name any Sudanese official.

Moussa Kante, who chairs the African Union Commission, told reporters the company had "bought a licence to loot." He added: "What is happening in the gold fields of Darfur is theft, plain and simple."

Khartoum rejected the criticism. Foreign Ministry spokesperson Hamid Osman said the agreement was "fully transparent and lawful" and accused the summit of "interfering in the internal affairs of a member state."

Rosgeomin did not respond to a request for comment. The company, which was registered in Moscow in 2017, operates three mines in the region.

The pact grants the company exclusive rights to explore a 40,000-square-kilometre area for 25 years.`,
    [
      acc('African Union summit denounces Sudan mining pact as illegal', ['African Union'], ['Sudan']),
      acc('denounced a mining agreement signed last month between the government of Sudan and a Russian state-owned company, Rosgeomin, calling it illegal under international law', ['African Union'], ['Sudan', 'Rosgeomin']),
      acc('the heads of state said the pact "violates the sovereignty of the Sudanese people', ['African Union'], ['Sudan', 'Rosgeomin']),
      acc('told reporters the company had "bought a licence to loot."', [['Moussa Kante', 'Kante']], ['Rosgeomin']),
      acc('What is happening in the gold fields of Darfur is theft, plain and simple.', [['Moussa Kante', 'Kante']], ['Rosgeomin'], 'asserted', true),
      den('Khartoum rejected the criticism.', [['Sudan', 'Khartoum']], []),
      den('said the agreement was "fully transparent and lawful"', [['Hamid Osman', 'Osman']], []),
      acc('accused the summit of "interfering in the internal affairs of a member state."', [['Hamid Osman', 'Osman']], ['African Union']),
    ],
    'the heads of state at an AU summit speak as the African Union; "the company" is Rosgeomin; the theft quote names no doer (optional).',
  ),
  art(
    'wn-drone-strike-commander',
    ['wikinews', 'no-cue', 'coref-metonym', 'coref-pronoun', 'title-then-name', 'denial-phrase', 'headline', 'scattered-denial', 'negative', 'multi-claimant', 'sanction-reason'],
    'Iraq says Turkish drone strike that killed militia commander violated its sovereignty',
    `Wednesday, March 4

BAGHDAD (Wikinews) — The government of Iraq on Tuesday summoned Turkey's ambassador after a drone strike near the northern town of Sinjar killed a senior commander of a local militia and two of his bodyguards.

The commander, identified by local officials as Khalil Barzan, 41, had led the Sinjar Defence Units since 2019. Turkey considers the group an offshoot of the Kurdistan Workers' Party (PKK), which Ankara, the European Union and the United States list as a terrorist organisation.

In a statement, Iraq's foreign ministry said the strike was "a flagrant breach of Iraqi sovereignty and of the principle of good neighbourliness." The ministry said it held Ankara "fully responsible for this escalation."

Turkey's defence ministry confirmed the operation on Wednesday, saying its forces had "neutralised a terrorist responsible for attacks on Turkish soil." It said the operation was conducted "in full accordance with international law" and rejected what it called "baseless claims" of civilian casualties.

The Sinjar Defence Units said the dead men were "fighters defending their homes, not terrorists," and vowed to respond.

Local residents said a second strike hit a vehicle on the road to Dohuk an hour later. No group has claimed it.

The United Nations mission in Iraq called on both sides to exercise restraint.`,
    [
      acc('Iraq says Turkish drone strike that killed militia commander violated its sovereignty', ['Iraq'], [['Turkey', 'Turkish']]),
      acc("Turkey considers the group an offshoot of the Kurdistan Workers' Party (PKK)", ['Turkey'], ['Sinjar Defence Units'], 'asserted', true),
      acc('which Ankara, the European Union and the United States list as a terrorist organisation', [['Turkey', 'Ankara'], ['European Union', 'EU'], USA], [["Kurdistan Workers' Party", 'PKK']]),
      acc('said the strike was "a flagrant breach of Iraqi sovereignty', ['Iraq'], ['Turkey']),
      acc('The ministry said it held Ankara "fully responsible for this escalation."', ['Iraq'], ['Turkey']),
      acc('saying its forces had "neutralised a terrorist responsible for attacks on Turkish soil."', ['Turkey'], [['Khalil Barzan', 'Barzan']]),
      den('It said the operation was conducted "in full accordance with international law"', ['Turkey'], []),
      den('rejected what it called "baseless claims" of civilian casualties', ['Turkey'], []),
      den('said the dead men were "fighters defending their homes, not terrorists,"', ['Sinjar Defence Units'], []),
    ],
    "Iraq's and Turkey's unnamed ministries stand for their countries; summoning an ambassador, a claim of responsibility that nobody made and a call for restraint are no claims.",
  ),
  art(
    'wn-house-subpoena-arms',
    ['wikinews', 'coref-description', 'coref-pronoun', 'quote-paragraph', 'according-to', 'hedged', 'denial-phrase', 'title-then-name', 'scattered-denial', 'negative', 'no-cue'],
    'US House committee subpoenas defence contractor over Yemen arms sales',
    `Friday, June 12

WASHINGTON (Wikinews) — The United States House Committee on Foreign Affairs on Thursday issued a subpoena to Carrow Dynamics, a Virginia-based defence contractor, demanding documents on its sales of guided bombs to Saudi Arabia.

Committee chairman Leonard Pike said in a statement that the company "appears to have misled Congress about where its weapons ended up." According to Pike, internal emails obtained by the committee show that company executives knew the bombs had been used in strikes on civilian targets in Yemen.

"They were told, and they kept shipping," Pike said. "That is not a paperwork error. That is complicity."

Carrow Dynamics said it had "complied with every applicable export law" and called the subpoena "a political stunt." In a letter to the committee, the company's general counsel, Miriam Oduya, wrote that the firm "has never knowingly supplied weapons for unlawful use."

The Saudi embassy in Washington did not comment. Riyadh has previously denied targeting civilians and says its coalition follows the laws of armed conflict.

Human rights group Amnesty International has documented at least 14 strikes in which fragments of the company's bombs were found among civilian casualties. The group said some of the strikes "may amount to war crimes."

The committee's ranking member, Representative Dale Whitcomb, said the investigation was "a fishing expedition."

The documents are due by July 1.`,
    [
      acc('the company "appears to have misled Congress about where its weapons ended up."', [['Leonard Pike', 'Pike']], ['Carrow Dynamics'], 'hedged'),
      acc('According to Pike, internal emails obtained by the committee show that company executives knew the bombs had been used in strikes on civilian targets in Yemen.', [['Leonard Pike', 'Pike']], ['Carrow Dynamics']),
      acc('"They were told, and they kept shipping," Pike said.', [['Leonard Pike', 'Pike']], ['Carrow Dynamics'], undefined, true),
      acc('That is not a paperwork error. That is complicity.', [['Leonard Pike', 'Pike']], ['Carrow Dynamics']),
      den('Carrow Dynamics said it had "complied with every applicable export law"', ['Carrow Dynamics'], []),
      den('called the subpoena "a political stunt."', ['Carrow Dynamics'], [], undefined, true),
      den('wrote that the firm "has never knowingly supplied weapons for unlawful use."', [['Miriam Oduya', 'Oduya']], []),
      den('Riyadh has previously denied targeting civilians', [['Saudi Arabia', 'Riyadh', 'Saudi']], []),
      acc('The group said some of the strikes "may amount to war crimes."', ['Amnesty International'], [['Saudi Arabia', 'Riyadh', 'Saudi']], 'hedged', true),
    ],
    'a subpoena is no accusation; "a fishing expedition" criticises an investigation (no claim); who carried out the strikes Amnesty calls war crimes is left implicit (optional).',
  ),
  art(
    'wn-darkweb-market',
    ['wikinews', 'coref-description', 'coref-pronoun', 'according-to', 'arrest-charge', 'hedged', 'multi-claimant', 'unnamed-claimant', 'denial-phrase', 'negative', 'headline'],
    'European police shut down dark web drug market, arrest nine',
    `Saturday, October 3

THE HAGUE (Wikinews) — Police in Germany, the Netherlands and Poland have arrested nine people accused of running NightHarbor, a dark web marketplace that sold drugs, stolen card data and forged documents to more than 200,000 users, Europol said on Friday.

Europol said the marketplace had processed payments worth about €40 million since 2021. Its alleged administrator, a 34-year-old Dutch national identified only as Ruben V., was detained at his home in Utrecht on Tuesday.

According to Dutch prosecutors, the 34-year-old wrote most of the site's code and personally approved every vendor. Prosecutors said he laundered his commission through a chain of cryptocurrency exchanges.

Two of the suspects, brothers from Gdansk, are alleged to have supplied most of the synthetic drugs sold on the site. Polish police said the pair ran a laboratory producing amphetamine on an industrial scale.

A lawyer for Ruben V., Sanne Dekker, told the Dutch broadcaster NOS that her client "denies any involvement in the platform and will contest the charges."

German investigators seized servers in Frankfurt that hosted the market. The site now displays a seizure banner bearing the logos of 11 agencies.

It was the third major dark web market taken down this year.`,
    [
      acc('have arrested nine people accused of running NightHarbor', ['Germany', 'Netherlands', 'Poland'], []),
      acc('Its alleged administrator, a 34-year-old Dutch national identified only as Ruben V., was detained', [], ['Ruben V.'], 'hedged'),
      acc("According to Dutch prosecutors, the 34-year-old wrote most of the site's code and personally approved every vendor.", [['Netherlands', 'Dutch', 'Dutch prosecutors']], ['Ruben V.']),
      acc('Prosecutors said he laundered his commission through a chain of cryptocurrency exchanges.', [['Netherlands', 'Dutch', 'Dutch prosecutors']], ['Ruben V.']),
      acc('are alleged to have supplied most of the synthetic drugs sold on the site', [], [], 'hedged'),
      acc('Polish police said the pair ran a laboratory producing amphetamine on an industrial scale.', [['Poland', 'Polish', 'Polish police']], []),
      den('her client "denies any involvement in the platform and will contest the charges."', [['Sanne Dekker', 'Dekker']], []),
    ],
    'NightHarbor is a platform (no actor); the nine arrestees and the two brothers are unnamed; "Police in Germany, the Netherlands and Poland" arrest, Europol only reports; the lawyer conveying her client\'s denial is taken as its claimant (quote speaker).',
  ),
  art(
    'wn-g7-missile-launches',
    ['wikinews', 'joint-statement', 'multi-claimant', 'coref-pronoun', 'coref-metonym', 'title-then-name', 'helping', 'counter-accusation', 'state-media', 'headline', 'condemn', 'negative', 'no-cue'],
    'G7 foreign ministers condemn North Korean missile launches',
    `Thursday, April 16

TOKYO (Wikinews) — Foreign ministers of the Group of Seven on Wednesday condemned North Korea's launch of two intercontinental ballistic missiles over the Sea of Japan, calling the tests "a clear violation of multiple United Nations Security Council resolutions."

In a joint statement released after a meeting in Karuizawa, the ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States said Pyongyang's "reckless actions threaten regional and international peace and security." They also accused the North of evading sanctions through ship-to-ship transfers of oil and coal at sea.

The statement urged China and Russia to use their influence on Pyongyang. It said both countries had "repeatedly shielded" the North from action at the Security Council.

Beijing dismissed the statement. Chinese Foreign Ministry spokesperson Liu Wen said the G7 was "in no position to lecture others" and that China had always implemented Security Council resolutions "fully and strictly."

North Korea's state news agency KCNA described the launches as "a legitimate exercise of our right to self-defence" and said the G7 was "a gang of war-mongers" that had turned the region into a nuclear powder keg.

Japan's defence ministry said one of the missiles flew for about 70 minutes before falling inside Japan's exclusive economic zone. No damage was reported.

The ministers will meet again in September.`,
    [
      acc('G7 foreign ministers condemn North Korean missile launches', [['G7', 'Group of Seven']], [['North Korea', 'North Korean', 'Pyongyang']]),
      acc("condemned North Korea's launch of two intercontinental ballistic missiles over the Sea of Japan", [['G7', 'Group of Seven']], [['North Korea', 'Pyongyang']]),
      acc(`said Pyongyang's "reckless actions threaten regional and international peace and security."`, ['Canada', 'France', 'Germany', 'Italy', 'Japan', ['United Kingdom', 'UK'], USA], [['North Korea', 'Pyongyang']]),
      acc('They also accused the North of evading sanctions through ship-to-ship transfers of oil and coal at sea.', ['Canada', 'France', 'Germany', 'Italy', 'Japan', ['United Kingdom', 'UK'], USA], [['North Korea', 'Pyongyang']]),
      acc('It said both countries had "repeatedly shielded" the North from action at the Security Council.', ['Canada', 'France', 'Germany', 'Italy', 'Japan', ['United Kingdom', 'UK'], USA], [CHINA, RUSSIA, ['North Korea', 'Pyongyang']]),
      den('Beijing dismissed the statement.', [CHINA], []),
      den('and that China had always implemented Security Council resolutions "fully and strictly."', [['Liu Wen']], [['G7', 'Group of Seven']]),
      den('described the launches as "a legitimate exercise of our right to self-defence"', [['KCNA', 'North Korea']], []),
      acc('said the G7 was "a gang of war-mongers" that had turned the region into a nuclear powder keg', [['KCNA', 'North Korea']], [['G7', 'Group of Seven']]),
    ],
    'the joint statement is credited to the seven states whose ministers issued it (named in that sentence); "the North" and "both countries" resolve; shielding the North is helping it (helper and helped are targets); an urging is a demand.',
  ),
  art(
    'wn-drones-airspace',
    ['wikinews', 'no-cue', 'coref-metonym', 'coref-pronoun', 'quote-paragraph', 'title-then-name', 'denial-phrase', 'headline', 'negative'],
    'Poland says Russian drones violated its airspace during overnight attack on Ukraine',
    `Monday, September 8

WARSAW (Wikinews) — Poland's armed forces said on Monday that at least three Russian drones crossed into Polish airspace overnight during a large-scale attack on western Ukraine, and that one of them crashed in a field near the village of Dolhobyczow.

Polish Prime Minister Tomasz Wierzbicki called the incursion "a deliberate provocation" and said Moscow was "testing how NATO responds." Speaking to reporters in Warsaw, he added that the drones had flown in Polish airspace for more than seven minutes. "This was not an accident. A drone does not wander 20 kilometres off course by chance."

The Russian defence ministry said its forces had carried out "a massive strike with precision weapons on military-industrial facilities" in the Lviv and Volyn regions. It said no targets in Poland had been planned.

The Kremlin's spokesman, Anatoly Serov, said accusations of a deliberate incursion were "unfounded" and that Warsaw had presented "no evidence whatsoever" that the drones were Russian.

Ukraine's air force said 14 civilians were injured in Lviv. Ukrainian Foreign Minister Olena Marchuk said the attack "once again shows that Russia deliberately targets civilian infrastructure."

A NATO spokesperson said the alliance was in close contact with Polish authorities and was assessing the incident.

Poland has requested consultations under Article 4 of the North Atlantic Treaty.`,
    [
      acc('Poland says Russian drones violated its airspace', ['Poland'], [RUSSIA]),
      acc('at least three Russian drones crossed into Polish airspace overnight', [['Poland', 'Polish']], [RUSSIA]),
      acc('called the incursion "a deliberate provocation"', [['Tomasz Wierzbicki', 'Wierzbicki']], [RUSSIA]),
      acc('said Moscow was "testing how NATO responds."', [['Tomasz Wierzbicki', 'Wierzbicki']], [RUSSIA], undefined, true),
      acc('he added that the drones had flown in Polish airspace for more than seven minutes', [['Tomasz Wierzbicki', 'Wierzbicki']], [RUSSIA], undefined, true),
      acc('"This was not an accident. A drone does not wander 20 kilometres off course by chance."', [['Tomasz Wierzbicki', 'Wierzbicki']], [RUSSIA]),
      den('It said no targets in Poland had been planned.', [RUSSIA], []),
      den('said accusations of a deliberate incursion were "unfounded"', [['Anatoly Serov', 'Serov']], [['Poland', 'Warsaw']]),
      den('Warsaw had presented "no evidence whatsoever" that the drones were Russian', [['Anatoly Serov', 'Serov']], [['Poland', 'Warsaw']]),
      acc('the attack "once again shows that Russia deliberately targets civilian infrastructure."', [['Olena Marchuk', 'Marchuk']], [RUSSIA]),
    ],
    "the incursion claims carry no cue word; the quote after \"he added\" has no attribution of its own (speaker from context); Russia's account of its own strike is no claim; the denial sentence names Warsaw, so both denials target Poland.",
  ),
  art(
    'wn-opposition-leader-detained',
    ['wikinews', 'coref-description', 'coref-pronoun', 'quote-paragraph', 'title-then-name', 'two-claims', 'headline', 'passive', 'denial-phrase', 'arrest-charge', 'negative'],
    'Kyrgyz opposition leader detained, accused of plotting coup',
    `Tuesday, November 17

BISHKEK (Wikinews) — Security forces in Kyrgyzstan on Monday detained opposition leader Aibek Tursunov, two weeks before a parliamentary election in which his Ata-Jol party had been expected to finish second.

The State Committee for National Security (GKNB) said Tursunov had "organised a group intending to seize power by force" and had received money from abroad to fund mass riots. The committee did not say which country the money came from. If convicted, the 52-year-old faces up to 15 years in prison.

Tursunov's lawyer, Gulnara Ismailova, said her client rejected all the charges. "The case is fabricated from beginning to end. It exists for one reason: to remove the only serious rival from the ballot," she said.

The president's press secretary, Erlan Baiyzbekov, told state broadcaster KTRK that the arrest had "nothing to do with politics" and that "no one is above the law."

The Organization for Security and Co-operation in Europe (OSCE) said it was following the case closely. In a statement, the European Union's foreign policy service said the detention "raises serious concerns about the fairness of the electoral process" and called for Tursunov's release.

Several hundred supporters of the party gathered outside the GKNB headquarters on Monday evening. Police dispersed them, detaining at least 30 people.

Tursunov was previously jailed in 2015 on corruption charges he said were politically motivated.`,
    [
      acc('Kyrgyz opposition leader detained, accused of plotting coup', [], [['Aibek Tursunov', 'Tursunov']]),
      acc('said Tursunov had "organised a group intending to seize power by force"', [['State Committee for National Security', 'GKNB']], [['Aibek Tursunov', 'Tursunov']]),
      acc('had received money from abroad to fund mass riots', [['State Committee for National Security', 'GKNB']], [['Aibek Tursunov', 'Tursunov']]),
      den('said her client rejected all the charges', [['Gulnara Ismailova', 'Ismailova']], []),
      den('"The case is fabricated from beginning to end.', [['Gulnara Ismailova', 'Ismailova']], []),
      acc('It exists for one reason: to remove the only serious rival from the ballot', [['Gulnara Ismailova', 'Ismailova']], [['State Committee for National Security', 'GKNB', 'Kyrgyzstan']]),
      den('the arrest had "nothing to do with politics"', [['Erlan Baiyzbekov', 'Baiyzbekov']], []),
      acc('the detention "raises serious concerns about the fairness of the electoral process"', [['European Union', 'EU']], [['Kyrgyzstan', 'State Committee for National Security', 'GKNB']], undefined, true),
      acc('Tursunov was previously jailed in 2015 on corruption charges', [], [['Aibek Tursunov', 'Tursunov']]),
      den('he said were politically motivated', [['Aibek Tursunov', 'Tursunov']], []),
    ],
    'the detention in the lead states no crime (no claim); a case "to remove the only serious rival" is an act of the state called politically motivated (accusation against its prosecutor, GKNB); charges "politically motivated" said by the accused is a denial; the EU\'s "concerns" is optional.',
  ),
  art(
    'wn-border-clash-blame',
    ['wikinews', 'multi-claimant', 'coref-metonym', 'coref-pronoun', 'title-then-name', 'counter-accusation', 'headline', 'no-cue', 'denial-phrase', 'negative'],
    'Armenia and Azerbaijan trade blame after deadly border clash',
    `Thursday, May 21

YEREVAN (Wikinews) — Armenia and Azerbaijan accused each other on Wednesday of starting an exchange of fire along their shared border that killed three soldiers and wounded at least seven.

Armenia's defence ministry said Azerbaijani units opened fire with mortars and large-calibre weapons on Armenian positions near the village of Sotk shortly after 5 a.m. local time. Two Armenian conscripts were killed.

Baku gave a different account. Azerbaijan's defence ministry said Armenian forces had fired first and that its troops "took adequate retaliatory measures." The ministry said one Azerbaijani serviceman, Senior Lieutenant Rauf Aliyev, was killed.

A spokesperson for the Armenian prime minister, Anahit Grigoryan, said the attack was "a gross violation of the ceasefire" and showed that Baku was "not interested in peace." She called on international partners to "give an unambiguous assessment of who started this."

Azerbaijani presidential aide Farid Mammadli rejected the accusation as "disinformation" and said Yerevan was "using provocations to derail the peace talks."

The European Union's monitoring mission in Armenia said it was aware of the reports and was seeking to verify them. Russia, which has a military base in Armenia, called for calm.

The two countries fought wars over the Nagorno-Karabakh region in the 1990s and in 2020.`,
    [
      acc('Armenia and Azerbaijan trade blame after deadly border clash', ['Armenia'], ['Azerbaijan']),
      acc('Armenia and Azerbaijan trade blame after deadly border clash', ['Azerbaijan'], ['Armenia']),
      acc('Armenia and Azerbaijan accused each other on Wednesday of starting an exchange of fire', ['Armenia'], ['Azerbaijan']),
      acc('Armenia and Azerbaijan accused each other on Wednesday of starting an exchange of fire', ['Azerbaijan'], ['Armenia']),
      acc('said Azerbaijani units opened fire with mortars and large-calibre weapons on Armenian positions', [['Armenia', 'Armenian']], [['Azerbaijan', 'Azerbaijani', 'Baku']]),
      den('Baku gave a different account.', [['Azerbaijan', 'Baku']], [], undefined, true),
      acc("Azerbaijan's defence ministry said Armenian forces had fired first", ['Azerbaijan'], [['Armenia', 'Armenian', 'Yerevan']]),
      acc('said the attack was "a gross violation of the ceasefire"', [['Anahit Grigoryan', 'Grigoryan']], [['Azerbaijan', 'Baku']]),
      den('rejected the accusation as "disinformation"', [['Farid Mammadli', 'Mammadli']], []),
      acc('said Yerevan was "using provocations to derail the peace talks."', [['Farid Mammadli', 'Mammadli']], [['Armenia', 'Yerevan']]),
    ],
    'mutual blame is one accusation per side with the same evidence (GUIDELINES, clarified later); "the attack" is the Azerbaijani fire of the previous paragraph; calls for calm and verification are no claims.',
  ),
  // ─────────────────────────────── Justice Department releases ───────────────────────────────
  art(
    'doj-trade-secrets-indictment',
    ['doj', 'narration-leadin', 'coref-description', 'title-then-name', 'quote-after', 'passive', 'headline', 'helping', 'negative', 'multi-target'],
    'Two Chinese Nationals Charged with Stealing Trade Secrets from Ohio Aerospace Firm',
    `WASHINGTON – A federal grand jury in Cincinnati returned an indictment yesterday charging two Chinese nationals with conspiring to steal trade secrets from an Ohio aerospace company on behalf of a Chinese state-owned enterprise, the Justice Department announced today.

Wei Zhantao, 46, and Qiao Lin, 39, both residents of Shanghai, are charged with conspiracy to commit economic espionage and theft of trade secrets. The defendants remain at large.

According to the allegations contained in the indictment:

Beginning in 2017, Wei recruited an engineer employed by the victim company, identified as Employee-1, and paid him more than $80,000 in cash and gifts for technical drawings of turbine blade coatings. Qiao, who worked for the Shanghai Aviation Materials Group (SAMG), arranged for the drawings to be sent to SAMG's research institute. The defendants used encrypted messaging applications and personal email accounts to conceal their communications.

"This case is another example of the Chinese government's strategy of stealing rather than innovating," said Assistant Attorney General for National Security Paul Renner. "The defendants targeted an American company and its workers for the benefit of a state-owned enterprise, and we will hold them accountable."

"The FBI will not allow foreign adversaries to rob American companies of their hard-won technology," said Special Agent in Charge Dana Holloway of the FBI's Cincinnati Field Office.

Employee-1 is cooperating with the government and has pleaded guilty to a related charge.

If convicted, the defendants face up to 15 years in prison for economic espionage and up to 10 years for theft of trade secrets.

The case is being prosecuted by Assistant U.S. Attorney Kevin Maas of the Southern District of Ohio.

An indictment is merely an allegation, and all defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.`,
    [
      acc('Two Chinese Nationals Charged with Stealing Trade Secrets from Ohio Aerospace Firm', [], [['Wei Zhantao', 'Wei'], ['Qiao Lin', 'Qiao']]),
      acc('returned an indictment yesterday charging two Chinese nationals with conspiring to steal trade secrets', [DOJ], [['Wei Zhantao', 'Wei'], ['Qiao Lin', 'Qiao']]),
      acc('are charged with conspiracy to commit economic espionage and theft of trade secrets', [], [['Wei Zhantao', 'Wei'], ['Qiao Lin', 'Qiao']]),
      acc('Beginning in 2017, Wei recruited an engineer employed by the victim company', [], [['Wei Zhantao', 'Wei']]),
      acc("arranged for the drawings to be sent to SAMG's research institute", [], [['Qiao Lin', 'Qiao']]),
      acc('The defendants used encrypted messaging applications and personal email accounts to conceal their communications.', [], [['Wei Zhantao', 'Wei'], ['Qiao Lin', 'Qiao']]),
      acc("This case is another example of the Chinese government's strategy of stealing rather than innovating", [['Paul Renner', 'Renner']], [CHINA]),
      acc('The defendants targeted an American company and its workers for the benefit of a state-owned enterprise', [['Paul Renner', 'Renner']], [['Wei Zhantao', 'Wei'], ['Qiao Lin', 'Qiao']]),
    ],
    'the grand jury is unnamed, the Department announcing the charges is the claimant; the colon lead-in covers the paragraph under it (indictment issuer not named: no claimants); "the defendants" are the two named; a state-owned enterprise that benefits is no target, nor is it named where the charge is stated; the FBI warning and the guilty plea are no claims.',
  ),
  art(
    'doj-iran-export-complaint',
    ['doj', 'according-to', 'document-subject', 'coref-description', 'arrest-charge', 'passive', 'sanction-reason', 'quote-after', 'two-claims', 'headline', 'negative', 'multi-target'],
    'Texas Businessman Arrested for Illegally Exporting Industrial Equipment to Iran',
    `FOR IMMEDIATE RELEASE

HOUSTON – A Houston businessman and his company were charged in a criminal complaint unsealed today with illegally exporting industrial pumps and valves to Iran through front companies in the United Arab Emirates, in violation of U.S. sanctions.

Farzad Karimi, 58, a naturalized U.S. citizen, was arrested Tuesday at George Bush Intercontinental Airport as he prepared to board a flight to Istanbul. His company, Gulfstar Process Supply LLC, is also named as a defendant.

According to the complaint, between 2019 and 2023 Karimi and Gulfstar shipped more than $3 million worth of equipment to customers in Iran, including a subsidiary of the National Iranian Oil Company. The complaint alleges that Karimi falsified shipping documents to list Dubai as the final destination and instructed employees to remove Iranian addresses from invoices.

"Mr. Karimi knew exactly where these goods were going and went to great lengths to hide it," said U.S. Attorney Alicia Moreno for the Southern District of Texas. "Sanctions are not suggestions."

Karimi made his initial appearance before a U.S. Magistrate Judge this afternoon. His attorney, Brent Loomis, said after the hearing that his client "has always tried to follow the rules" and would plead not guilty.

The Commerce Department's Bureau of Industry and Security (BIS) also added Gulfstar and two Emirati freight forwarders, Al Noor Logistics and Sahara Gate Trading, to its Entity List for acting contrary to U.S. national security interests.

If convicted, Karimi faces up to 20 years in prison and a $1 million fine.

The charges in the complaint are merely allegations, and the defendant is presumed innocent unless and until proven guilty.`,
    [
      acc('Texas Businessman Arrested for Illegally Exporting Industrial Equipment to Iran', [], [['Farzad Karimi', 'Karimi']]),
      acc('A Houston businessman and his company were charged in a criminal complaint unsealed today with illegally exporting industrial pumps and valves to Iran', [], [['Farzad Karimi', 'Karimi'], ['Gulfstar Process Supply LLC', 'Gulfstar', 'Gulfstar Process Supply']]),
      acc('According to the complaint, between 2019 and 2023 Karimi and Gulfstar shipped more than $3 million worth of equipment to customers in Iran', [], [['Farzad Karimi', 'Karimi'], ['Gulfstar Process Supply LLC', 'Gulfstar', 'Gulfstar Process Supply']]),
      acc('The complaint alleges that Karimi falsified shipping documents to list Dubai as the final destination', [], [['Farzad Karimi', 'Karimi']]),
      acc('instructed employees to remove Iranian addresses from invoices', [], [['Farzad Karimi', 'Karimi']]),
      acc('Mr. Karimi knew exactly where these goods were going and went to great lengths to hide it', [['Alicia Moreno', 'Moreno']], [['Farzad Karimi', 'Karimi']]),
      den('his client "has always tried to follow the rules" and would plead not guilty', [['Brent Loomis', 'Loomis']], []),
      acc('to its Entity List for acting contrary to U.S. national security interests', [['Bureau of Industry and Security', 'BIS']], [['Gulfstar Process Supply LLC', 'Gulfstar', 'Gulfstar Process Supply'], 'Al Noor Logistics', 'Sahara Gate Trading']),
    ],
    'the complaint\'s issuer is not named (no claimants); "A Houston businessman and his company" are Karimi and Gulfstar; the airport arrest states no crime; Iranian buyers are counterparties, not targets; "Sanctions are not suggestions" is a warning.',
  ),
  art(
    'doj-spy-jury-conviction',
    ['doj', 'according-to', 'conviction', 'coref-description', 'coref-pronoun', 'quote-runon', 'denial-phrase', 'negative', 'title-then-name'],
    'Former Army Intelligence Analyst Convicted of Spying for Russia',
    `ALEXANDRIA, Va. – A federal jury today convicted a former U.S. Army intelligence analyst of conspiring to transmit national defense information to Russian intelligence officers.

According to court documents and evidence presented at trial, Derek Haskell, 34, of Fredericksburg, Virginia, met with an officer of Russia's Main Intelligence Directorate (GRU) in Vienna in 2021 and agreed to provide classified documents in exchange for money. Over the following year, Haskell photographed more than 60 classified pages and passed them to his handler through a dead drop in a public park.

Haskell's defense argued at trial that he had been entrapped by an undercover FBI employee posing as a Russian officer. The jury rejected that argument after two days of deliberations.

"The defendant betrayed his oath and his country for cash," said Assistant Attorney General Paul Renner. "Russia's intelligence services continue to target those entrusted with our nation's secrets, and we will continue to find and prosecute those who sell them."

The 34-year-old was arrested in March 2022 after he attempted to sell a second batch of documents. He has been in custody since.

Haskell is scheduled to be sentenced on Oct. 14 and faces a maximum penalty of life in prison. A federal district court judge will determine any sentence after considering the U.S. Sentencing Guidelines and other statutory factors.

The FBI's Washington Field Office investigated the case.`,
    [
      acc('A federal jury today convicted a former U.S. Army intelligence analyst of conspiring to transmit national defense information', [], [['Derek Haskell', 'Haskell']]),
      acc("met with an officer of Russia's Main Intelligence Directorate (GRU) in Vienna in 2021 and agreed to provide classified documents in exchange for money", [], [['Derek Haskell', 'Haskell']]),
      den('argued at trial that he had been entrapped by an undercover FBI employee', [], []),
      acc('argued at trial that he had been entrapped by an undercover FBI employee', [], ['FBI'], undefined, true),
      acc('The defendant betrayed his oath and his country for cash', [['Paul Renner', 'Renner']], [['Derek Haskell', 'Haskell']]),
      acc("Russia's intelligence services continue to target those entrusted with our nation's secrets", [['Paul Renner', 'Renner']], [[...RUSSIA, 'GRU', 'Main Intelligence Directorate']]),
      acc('The 34-year-old was arrested in March 2022 after he attempted to sell a second batch of documents.', [], [['Derek Haskell', 'Haskell']], undefined, true),
    ],
    'an unnamed jury convicting gives no claimants; "according to court documents" covers its own sentence only (the next is narration); an unnamed defence is no actor (no claimants); "The jury rejected that argument" is no denial; the Russian officers receiving are counterparties.',
  ),
  art(
    'doj-sanctions-forfeiture-plea',
    ['doj', 'according-to', 'coref-pronoun', 'coref-description', 'quote-runon', 'sanction-reason', 'headline', 'negative'],
    'Swiss Trading Firm Agrees to Forfeit $48 Million for Violating Sanctions on Venezuela',
    `WASHINGTON – Alpenhof Commodities AG, a commodities trading firm headquartered in Zug, Switzerland, has agreed to forfeit $48 million and pay a criminal fine of $12 million for conspiring to violate U.S. sanctions against Venezuela's state oil company, the Justice Department announced today.

Alpenhof pleaded guilty today in the Southern District of New York to one count of conspiracy to violate the International Emergency Economic Powers Act. As part of its plea agreement, the company admitted that between 2019 and 2021 it arranged the purchase of Venezuelan crude through a network of shell companies in Panama and Hong Kong.

According to the criminal information, the company's traders used code names for Petroleos de Venezuela, S.A. (PDVSA) in emails and chat messages and routed payments through accounts at U.S. correspondent banks without disclosing PDVSA's role.

"Alpenhof built a hidden pipeline of money that ran straight to a sanctioned regime," said U.S. Attorney Rachel Stein of the Southern District of New York. "It hid the truth from American banks to keep the oil and the profits flowing."

The Treasury Department's Office of Foreign Assets Control (OFAC) announced a separate settlement of $9 million with the firm for apparent violations of the Venezuela Sanctions Regulations.

In a statement, Alpenhof said it "deeply regrets the conduct of a small group of former employees" and had "overhauled its compliance programme."

Sentencing is scheduled for Jan. 20. Two former Alpenhof traders, Luca Brenner and Stefan Imhof, were indicted in 2022 and remain fugitives.`,
    [
      acc('Swiss Trading Firm Agrees to Forfeit $48 Million for Violating Sanctions on Venezuela', [], [['Alpenhof Commodities AG', 'Alpenhof', 'Alpenhof Commodities']], undefined, true),
      acc('has agreed to forfeit $48 million and pay a criminal fine of $12 million for conspiring to violate U.S. sanctions', [DOJ], [['Alpenhof Commodities AG', 'Alpenhof', 'Alpenhof Commodities']], undefined, true),
      acc("According to the criminal information, the company's traders used code names for Petroleos de Venezuela", [], [['Alpenhof Commodities AG', 'Alpenhof', 'Alpenhof Commodities']]),
      acc('Alpenhof built a hidden pipeline of money that ran straight to a sanctioned regime', [['Rachel Stein', 'Stein']], [['Alpenhof Commodities AG', 'Alpenhof', 'Alpenhof Commodities']]),
      acc('It hid the truth from American banks to keep the oil and the profits flowing.', [['Rachel Stein', 'Stein']], [['Alpenhof Commodities AG', 'Alpenhof', 'Alpenhof Commodities']]),
      acc('announced a separate settlement of $9 million with the firm for apparent violations of the Venezuela Sanctions Regulations', [['Office of Foreign Assets Control', 'OFAC']], [['Alpenhof Commodities AG', 'Alpenhof', 'Alpenhof Commodities']]),
      acc('were indicted in 2022 and remain fugitives', [], [['Luca Brenner', 'Brenner'], ['Stefan Imhof', 'Imhof']], undefined, true),
    ],
    'forfeiture agreements sit between a plea (no claim) and a charge announced by officials (claim): optional; the admission in the plea and the company\'s regret are no claims; "It" in the run-on quote is Alpenhof; PDVSA, the sanctioned counterparty, is no target.',
  ),
  art(
    'doj-dprk-it-workers',
    ['doj', 'according-to', 'helping', 'hedged', 'coref-description', 'coref-pronoun', 'quote-runon', 'arrest-charge', 'passive', 'headline', 'negative', 'multi-target'],
    'Justice Department Disrupts North Korean IT Worker Scheme; Two U.S. Facilitators Charged',
    `WASHINGTON – The Justice Department today announced the indictment of two U.S. residents who allegedly helped North Korean information technology workers obtain remote jobs at more than 70 American companies, generating millions of dollars for the regime in Pyongyang.

Marcus Bell, 41, of Nashville, Tennessee, and Jenna Ruiz, 36, of Tucson, Arizona, are charged with conspiracy to commit wire fraud, money laundering and identity theft. Bell was arrested this morning; Ruiz is expected to surrender.

As alleged in the indictment, the defendants ran so-called "laptop farms" from their homes, receiving company-issued computers and installing remote-access software so that workers in North Korea and China could log in as if they were in the United States. The workers used stolen identities of U.S. persons to pass background checks.

Bell and Ruiz allegedly received monthly fees for each laptop they hosted and forwarded the workers' salaries to accounts controlled by the Democratic People's Republic of Korea's Munitions Industry Department, which is responsible for the country's weapons programmes.

"These defendants helped a hostile regime put its operatives on American payrolls," said Deputy Attorney General Helen Marsh. "The money they moved funds North Korea's weapons of mass destruction."

The FBI also seized 29 websites used to advertise the workers' services and froze $1.4 million in cryptocurrency. The State Department is offering a reward of up to $5 million for information on three North Korean nationals who managed the scheme.

An indictment is merely an allegation. All defendants are presumed innocent until proven guilty.`,
    [
      acc('Two U.S. Facilitators Charged', [], [['Marcus Bell', 'Bell'], ['Jenna Ruiz', 'Ruiz']], undefined, true),
      acc('announced the indictment of two U.S. residents who allegedly helped North Korean information technology workers obtain remote jobs', [DOJ], [['Marcus Bell', 'Bell'], ['Jenna Ruiz', 'Ruiz'], ['North Korea', 'North Korean', 'Pyongyang']], 'hedged'),
      acc('are charged with conspiracy to commit wire fraud, money laundering and identity theft', [], [['Marcus Bell', 'Bell'], ['Jenna Ruiz', 'Ruiz']]),
      acc('As alleged in the indictment, the defendants ran so-called "laptop farms" from their homes', [], [['Marcus Bell', 'Bell'], ['Jenna Ruiz', 'Ruiz']], 'asserted'),
      acc('Bell and Ruiz allegedly received monthly fees for each laptop they hosted', [], [['Marcus Bell', 'Bell'], ['Jenna Ruiz', 'Ruiz']], 'hedged'),
      acc('These defendants helped a hostile regime put its operatives on American payrolls', [['Helen Marsh', 'Marsh']], [['Marcus Bell', 'Bell'], ['Jenna Ruiz', 'Ruiz'], ['North Korea', 'North Korean', 'Pyongyang']]),
      acc("The money they moved funds North Korea's weapons of mass destruction.", [['Helen Marsh', 'Marsh']], [['Marcus Bell', 'Bell'], ['Jenna Ruiz', 'Ruiz']], undefined, true),
      acc('for information on three North Korean nationals who managed the scheme', [['State Department']], [], undefined, true),
    ],
    'North Korean IT workers acting for the regime stand for North Korea (helped, so a target); "the defendants" and "These defendants" are Bell and Ruiz; the sentence after "As alleged in the indictment" is narration; the Munitions Industry Department receiving money is a counterparty; arrests and seizures state no crime.',
  ),
  art(
    'doj-ransomware-extradition',
    ['doj', 'according-to', 'document-subject', 'hedged', 'coref-pronoun', 'title-then-name', 'arrest-charge', 'denial-phrase', 'scattered-denial', 'headline', 'passive', 'negative', 'multi-claimant', 'two-claims'],
    'Moldovan National Extradited from Romania to Face Ransomware Charges',
    `PITTSBURGH – A Moldovan national was extradited from Romania to the United States to face charges for his alleged role in a ransomware group that attacked hospitals, school districts and local governments across the country, announced Assistant Attorney General Paul Renner and U.S. Attorney Claire Dwyer for the Western District of Pennsylvania.

Victor Ceban, 29, made his initial appearance in federal court in Pittsburgh on Friday. He is charged in a 12-count indictment with conspiracy to commit computer fraud, extortion and money laundering.

According to the indictment, Ceban was a core member of the Blackmoth ransomware group, which the FBI estimates extorted more than $60 million from over 400 victims since 2020. Ceban allegedly developed the group's encryption software and negotiated ransom payments with victims.

The indictment further alleges that Ceban and his co-conspirators published stolen patient records on a leak site when a hospital in Erie refused to pay.

Romanian authorities arrested Ceban in Bucharest in February at the request of the United States. The Justice Department thanked the Romanian National Police and the Directorate for Investigating Organized Crime and Terrorism for their assistance.

Ceban's attorney did not respond to a request for comment. At a hearing in Bucharest in May, Ceban told the court that he was "a programmer, not a criminal" and that he had never met the people who ran Blackmoth.

If convicted, Ceban faces up to 20 years in prison on the most serious charge.`,
    [
      acc('Moldovan National Extradited from Romania to Face Ransomware Charges', [], [['Victor Ceban', 'Ceban']]),
      acc('to face charges for his alleged role in a ransomware group that attacked hospitals', [['Paul Renner', 'Renner'], ['Claire Dwyer', 'Dwyer']], [['Victor Ceban', 'Ceban']], 'hedged'),
      acc('He is charged in a 12-count indictment with conspiracy to commit computer fraud, extortion and money laundering.', [], [['Victor Ceban', 'Ceban']]),
      acc('According to the indictment, Ceban was a core member of the Blackmoth ransomware group', [], [['Victor Ceban', 'Ceban']]),
      acc('which the FBI estimates extorted more than $60 million from over 400 victims since 2020', ['FBI'], ['Blackmoth']),
      acc("Ceban allegedly developed the group's encryption software and negotiated ransom payments with victims.", [], [['Victor Ceban', 'Ceban']], 'hedged'),
      acc('The indictment further alleges that Ceban and his co-conspirators published stolen patient records', [], [['Victor Ceban', 'Ceban']], 'asserted'),
      den('Ceban told the court that he was "a programmer, not a criminal"', [['Victor Ceban', 'Ceban']], []),
    ],
    'officials announcing the charges are the claimants; "his alleged role" makes that claim hedged; the arrest at the request of the United States states no crime; Blackmoth is a named criminal group (threat_group), the accused of the FBI estimate.',
  ),
  art(
    'doj-mixer-sentenced',
    ['doj', 'according-to', 'conviction', 'coref-description', 'quote-runon', 'title-then-name', 'denial-phrase', 'headline', 'negative', 'no-cue'],
    'Operator of Cryptocurrency Mixing Service Sentenced to 8 Years for Laundering Darknet Proceeds',
    `WASHINGTON – An Ohio man was sentenced today to eight years in prison for operating a cryptocurrency mixing service that laundered more than $300 million in bitcoin for customers of darknet marketplaces.

According to court documents, Nolan Price, 38, of Columbus, operated the service, known as Tumbler9, from 2016 until its seizure in 2022. Price advertised Tumbler9 on darknet forums as a way to make bitcoin "untraceable" and charged a fee of up to 3 percent per transaction.

Price pleaded guilty in March to conspiracy to commit money laundering. As part of his plea, he agreed to forfeit more than 4,000 bitcoin, worth roughly $150 million at the time of the seizure.

"Price did not run a privacy tool. He ran a laundromat for drug traffickers, ransomware gangs and fraudsters," said Acting Assistant Attorney General Nicole Hart of the Justice Department's Criminal Division. "Today's sentence shows that those who clean dirty money on the internet will answer for it."

At the sentencing hearing, Price's lawyer argued that his client had written the software as a privacy project and had not known the scale of criminal use. U.S. District Judge Raymond Ochoa rejected that account, saying the evidence showed Price "knew precisely who his customers were."

The IRS Criminal Investigation Cyber Crimes Unit and the FBI's Washington Field Office investigated the case, with assistance from the Netherlands Fiscal Information and Investigation Service (FIOD).`,
    [
      acc('Sentenced to 8 Years for Laundering Darknet Proceeds', [], [['Nolan Price', 'Price']]),
      acc('An Ohio man was sentenced today to eight years in prison for operating a cryptocurrency mixing service', [], [['Nolan Price', 'Price']]),
      acc('According to court documents, Nolan Price, 38, of Columbus, operated the service', [], [['Nolan Price', 'Price']]),
      acc('He ran a laundromat for drug traffickers, ransomware gangs and fraudsters', [['Nicole Hart', 'Hart']], [['Nolan Price', 'Price']]),
      den("argued that his client had written the software as a privacy project and had not known the scale of criminal use", [], []),
      acc('saying the evidence showed Price "knew precisely who his customers were."', [['Raymond Ochoa', 'Ochoa']], [['Nolan Price', 'Price']]),
    ],
    'sentences stating the crime are labelled like convictions (no named court: no claimants); the sentence after "According to court documents" is narration; the plea and forfeiture are no claims; the unnamed lawyer is no actor; the judge "rejected that account" is no denial but his finding is an accusation; "Today\'s sentence shows ..." is a warning.',
  ),
  art(
    'doj-superyacht-forfeiture',
    ['doj', 'according-to', 'document-subject', 'sanction-reason', 'helping', 'coref-pronoun', 'quote-runon', 'counter-accusation', 'denial-phrase', 'negative', 'headline'],
    'U.S. Files Civil Forfeiture Complaint Against $90 Million Superyacht of Sanctioned Russian Businessman',
    `NEW YORK – The United States today filed a civil forfeiture complaint in the Southern District of New York seeking the forfeiture of the Aurora Borealis, a 75-metre superyacht owned by sanctioned Russian businessman Oleg Zharkov.

Zharkov was designated by the Treasury Department in 2022 for operating in the energy sector of the Russian Federation economy and for providing support to the Kremlin's war against Ukraine.

According to the complaint, after his designation Zharkov and his associates continued to pay for the yacht's maintenance, crew and insurance through U.S. financial institutions, concealing his ownership behind a series of shell companies registered in the Seychelles and the British Virgin Islands. The complaint identifies a Cyprus-based lawyer, Andreas Kyprianou, as the person who set up the shell companies and signed the payment instructions.

"Sanctioned oligarchs cannot hide their assets behind paper companies and expect us not to notice," said Associate Attorney General Ruth Okafor. "Zharkov broke U.S. law to keep his yacht sailing, and now he will lose it."

Kyprianou said in an email to reporters that his firm had "acted lawfully at every stage" and had ended its relationship with Zharkov after the sanctions were imposed. Zharkov, through a spokesperson, called the seizure "an act of theft" by the U.S. government.

The yacht was detained by authorities in Fiji last year at the request of the United States. It is now moored in San Diego.

The claims made in the complaint are only allegations.`,
    [
      acc("for providing support to the Kremlin's war against Ukraine", [['Treasury Department', 'Treasury', 'Department of the Treasury']], [['Oleg Zharkov', 'Zharkov'], RUSSIA]),
      acc("According to the complaint, after his designation Zharkov and his associates continued to pay for the yacht's maintenance", [USA], [['Oleg Zharkov', 'Zharkov']]),
      acc('The complaint identifies a Cyprus-based lawyer, Andreas Kyprianou, as the person who set up the shell companies', [USA], [['Andreas Kyprianou', 'Kyprianou']]),
      acc('Zharkov broke U.S. law to keep his yacht sailing, and now he will lose it.', [['Ruth Okafor', 'Okafor']], [['Oleg Zharkov', 'Zharkov']]),
      den('his firm had "acted lawfully at every stage"', [['Andreas Kyprianou', 'Kyprianou']], []),
      acc('called the seizure "an act of theft" by the U.S. government', [['Oleg Zharkov', 'Zharkov']], [USA]),
    ],
    'the complaint is filed by "The United States" (named issuer); the designation gives its reason (accusation; supporting the Kremlin\'s war is helping Russia, both targets); the headline and the lead state no wrong ("sanctioned" alone); Okafor\'s first quote is a warning; the Fiji detention states no crime.',
  ),
  // ──────────────────────────────────────── VOA stories ────────────────────────────────────────
  art(
    'voa-journalist-sentenced',
    ['voa', 'unnamed-claimant', 'conviction', 'quote-paragraph', 'coref-metonym', 'coref-pronoun', 'denial-verb', 'scattered-denial', 'condemn', 'headline', 'negative', 'title-then-name'],
    'Belarus court sentences journalist to 7 years; rights groups call trial a sham',
    `A court in Minsk on Thursday sentenced journalist Alena Kavalchuk to seven years in prison on charges of "discrediting the Republic of Belarus" and "facilitating extremist activity," in a case that press freedom groups say is retaliation for her reporting.

Kavalchuk, 31, a correspondent for the independent news site Nasha Vesti, was arrested in 2023 after she reported on the deaths of two prisoners at a penal colony in Vitebsk region. Prosecutors said her articles were "part of an information war against the state" organised from abroad.

"This verdict has nothing to do with justice. Alena is being punished for doing her job," said Tomas Larsen, Europe program coordinator at the Committee to Protect Journalists. "The authorities in Minsk have turned the courts into an instrument of repression." He told VOA that at least 30 media workers are currently behind bars in Belarus.

Kavalchuk pleaded not guilty. In her final statement to the court, which was closed to the public, she said she had "only told the truth about what happens inside our prisons," according to her husband, Dzmitry Kavalchuk, who spoke to VOA by phone.

The Belarusian Foreign Ministry did not respond to VOA's request for comment. Officials in Minsk have repeatedly said that no one in the country is prosecuted for journalism and that those convicted broke the law.

The U.S. State Department condemned the sentence, saying in a statement that Belarusian authorities "continue to jail journalists on fabricated charges."

Belarus ranks near the bottom of the World Press Freedom Index compiled by Reporters Without Borders.`,
    [
      acc('rights groups call trial a sham', [], [['Belarus', 'Minsk', 'Belarusian']]),
      acc('sentenced journalist Alena Kavalchuk to seven years in prison on charges of "discrediting the Republic of Belarus"', [], [['Alena Kavalchuk', 'Kavalchuk']]),
      acc('in a case that press freedom groups say is retaliation for her reporting', [], [['Belarus', 'Minsk', 'Belarusian']]),
      acc('Prosecutors said her articles were "part of an information war against the state" organised from abroad.', [], [['Alena Kavalchuk', 'Kavalchuk']]),
      acc('Alena is being punished for doing her job', [['Tomas Larsen', 'Larsen']], [['Belarus', 'Minsk', 'Belarusian']]),
      acc('The authorities in Minsk have turned the courts into an instrument of repression.', [['Tomas Larsen', 'Larsen']], [['Belarus', 'Minsk', 'Belarusian']]),
      den('Kavalchuk pleaded not guilty.', [['Alena Kavalchuk', 'Kavalchuk']], []),
      den('she had "only told the truth about what happens inside our prisons,"', [['Alena Kavalchuk', 'Kavalchuk']], []),
      den('Officials in Minsk have repeatedly said that no one in the country is prosecuted for journalism', [['Belarus', 'Minsk', 'Belarusian']], []),
      acc('and that those convicted broke the law', [['Belarus', 'Minsk', 'Belarusian']], [], undefined, true),
      acc('Belarusian authorities "continue to jail journalists on fabricated charges."', [['State Department', 'U.S. State Department', ...USA]], [['Belarus', 'Minsk', 'Belarusian']]),
    ],
    'a trial or case called a sham / retaliation is an accusation against the state (GUIDELINES "politically motivated"); a court named by its city gives no claimants; unattributed "Prosecutors" give none; the husband only relays her denial; the ranking is no claim.',
  ),
  art(
    'voa-unsc-grain-strike',
    ['voa', 'unnamed-claimant', 'quote-paragraph', 'coref-metonym', 'coref-pronoun', 'title-then-name', 'no-cue', 'counter-accusation', 'denial-verb', 'negative'],
    'Security Council clashes over deadly strike on Odesa grain terminal',
    `UNITED NATIONS — Western members of the U.N. Security Council on Tuesday accused Russia of deliberately targeting Ukraine's grain exports after a missile strike on a terminal in Odesa killed six port workers and destroyed 40,000 tons of wheat.

"This was not a military target. It was a warehouse full of food meant for Africa and the Middle East," U.S. Ambassador Linda Carver told the council. "Moscow is using hunger as a weapon, and everyone in this chamber knows it."

Britain's deputy ambassador, James Whitford, said the strike was "a war crime" and called for those responsible to be held accountable.

Russia's U.N. envoy, Dmitry Volkov, denied that Russian forces had struck civilian facilities. He said the terminal had been used to store "Western-supplied weapons and ammunition" and accused Kyiv of "hiding military cargo behind grain."

Ukraine's ambassador, Serhiy Bondar, called Volkov's claims "a cynical lie" and invited the council to send inspectors to the site.

China's representative, Wang Jun, did not assign blame but said attacks on civilian infrastructure "must stop" and urged all parties to return to negotiations.

The U.N.'s humanitarian coordinator for Ukraine, Elena Duarte, told the council that grain facilities had been hit at least 15 times since July. She did not say who was responsible.

Russia holds a veto on the council, making any formal action unlikely.`,
    [
      acc("accused Russia of deliberately targeting Ukraine's grain exports", [], [RUSSIA]),
      acc('"This was not a military target. It was a warehouse full of food meant for Africa and the Middle East,"', [['Linda Carver', 'Carver']], [RUSSIA], undefined, true),
      acc('Moscow is using hunger as a weapon, and everyone in this chamber knows it.', [['Linda Carver', 'Carver']], [RUSSIA]),
      acc('said the strike was "a war crime"', [['James Whitford', 'Whitford']], [RUSSIA]),
      den('denied that Russian forces had struck civilian facilities', [['Dmitry Volkov', 'Volkov']], []),
      acc('He said the terminal had been used to store "Western-supplied weapons and ammunition"', [['Dmitry Volkov', 'Volkov']], [['Ukraine', 'Kyiv']], undefined, true),
      acc('accused Kyiv of "hiding military cargo behind grain."', [['Dmitry Volkov', 'Volkov']], [['Ukraine', 'Kyiv']]),
      den('called Volkov\'s claims "a cynical lie"', [['Serhiy Bondar', 'Bondar']], [['Dmitry Volkov', 'Volkov']]),
    ],
    '"Western members" are unnamed (no claimants); the strike is Russia\'s by context; China "did not assign blame" and the coordinator "did not say who was responsible": no claims; the headline states no claim.',
  ),
  art(
    'voa-iaea-iran-report',
    ['voa', 'document-subject', 'coref-metonym', 'coref-description', 'title-then-name', 'quote-runon', 'multi-claimant', 'joint-statement', 'denial-verb', 'denial-phrase', 'headline', 'negative', 'no-cue'],
    'IAEA report says Iran expanded enrichment, blocked inspectors',
    `VIENNA — Iran has expanded its stockpile of uranium enriched to near weapons-grade and has barred several experienced inspectors from its nuclear sites, the U.N. nuclear watchdog said in a confidential report seen by VOA on Wednesday.

The International Atomic Energy Agency (IAEA) said Iran's stockpile of uranium enriched up to 60 percent purity had grown to an estimated 180 kilograms, up from 128 kilograms in February. The agency said Tehran had also failed to explain the presence of man-made uranium particles at two undeclared sites.

The report said the decision to withdraw the accreditation of the inspectors was "unprecedented" and "seriously affects" the agency's ability to verify that Iran's program is peaceful.

Tehran rejected the findings. Iran's ambassador to the IAEA, Hossein Tavakoli, called the report "politically motivated" and said it was "drafted under pressure from Washington and its European allies."

"Iran's nuclear activities are entirely peaceful and under full safeguards," Tavakoli told reporters. "We have nothing to hide."

In a joint statement, Britain, France and Germany said Iran's enrichment had "no credible civilian justification" and warned that Tehran was "closer than ever" to the threshold of a nuclear weapon.

Israel has long accused Iran of seeking nuclear weapons, a charge Iran denies.

Diplomats said the IAEA's 35-nation Board of Governors could consider a resolution censuring Iran at its meeting next month.`,
    [
      acc('IAEA report says Iran expanded enrichment, blocked inspectors', [['International Atomic Energy Agency', 'IAEA']], [IRAN]),
      acc('has barred several experienced inspectors from its nuclear sites, the U.N. nuclear watchdog said', [['International Atomic Energy Agency', 'IAEA']], [IRAN]),
      acc("The International Atomic Energy Agency (IAEA) said Iran's stockpile of uranium enriched up to 60 percent purity had grown", [['International Atomic Energy Agency', 'IAEA']], [IRAN], undefined, true),
      acc('The agency said Tehran had also failed to explain the presence of man-made uranium particles at two undeclared sites.', [['International Atomic Energy Agency', 'IAEA']], [IRAN]),
      acc('The report said the decision to withdraw the accreditation of the inspectors was "unprecedented"', [['International Atomic Energy Agency', 'IAEA']], [IRAN], undefined, true),
      den('Tehran rejected the findings.', [IRAN], []),
      den('called the report "politically motivated"', [['Hossein Tavakoli', 'Tavakoli']], []),
      acc('said it was "drafted under pressure from Washington and its European allies."', [['Hossein Tavakoli', 'Tavakoli']], [USA], undefined, true),
      den("Iran's nuclear activities are entirely peaceful and under full safeguards", [['Hossein Tavakoli', 'Tavakoli']], []),
      acc('Britain, France and Germany said Iran\'s enrichment had "no credible civilian justification"', [['United Kingdom', 'Britain', 'UK'], 'France', 'Germany'], [IRAN]),
      acc('Israel has long accused Iran of seeking nuclear weapons', ['Israel'], [IRAN]),
      den('a charge Iran denies', [IRAN], ['Israel']),
    ],
    '"the U.N. nuclear watchdog", "the agency", "the report" are the IAEA; a growing stockpile is a fact, not a wrong (optional); "closer than ever" is a fear; a possible censure is a prediction; the denial in the Israel sentence names its accuser.',
  ),
  art(
    'voa-hrw-tibet-labor',
    ['voa', 'document-subject', 'coref-description', 'coref-metonym', 'quote-runon', 'title-then-name', 'denial-phrase', 'counter-accusation', 'sanction-reason', 'unnamed-claimant', 'headline', 'negative'],
    'Rights group says China forcing Tibetans into labor programs',
    `WASHINGTON — Chinese authorities are pressuring hundreds of thousands of rural Tibetans to leave their land and join state-run labor transfer programs that amount to forced labor, Human Rights Watch said in a report released Tuesday.

The 90-page report, based on government documents and interviews with 41 Tibetans now living abroad, says local officials set quotas for the number of workers to be transferred and punish families who refuse. "This is coercion dressed up as poverty relief," said Sophie Lindqvist, the group's senior China researcher. "Beijing is dismantling a way of life and calling it development."

Lindqvist said the programs also require participants to attend "political education" classes that praise the Communist Party and discourage religious practice.

China's Foreign Ministry rejected the report. At a regular briefing in Beijing, spokesperson Zhao Min said the allegations were "pure fabrication by an organization with a long anti-China record" and that Tibetans took part in the programs "voluntarily and happily."

"Some Western forces are using so-called human rights issues to interfere in China's internal affairs," Zhao said.

The report comes weeks after the United States added three Chinese textile companies to a trade blacklist, citing their use of forced labor in the Xinjiang region.

Human Rights Watch urged companies sourcing from Tibet to conduct independent audits of their supply chains.`,
    [
      acc('Rights group says China forcing Tibetans into labor programs', [['Human Rights Watch', 'HRW']], [CHINA]),
      acc('Chinese authorities are pressuring hundreds of thousands of rural Tibetans to leave their land', [['Human Rights Watch', 'HRW']], [CHINA]),
      acc('says local officials set quotas for the number of workers to be transferred and punish families who refuse', [['Human Rights Watch', 'HRW']], [CHINA]),
      acc('This is coercion dressed up as poverty relief', [['Sophie Lindqvist', 'Lindqvist']], [CHINA]),
      acc('Beijing is dismantling a way of life and calling it development.', [['Sophie Lindqvist', 'Lindqvist']], [CHINA]),
      acc('Lindqvist said the programs also require participants to attend "political education" classes', [['Sophie Lindqvist', 'Lindqvist']], [CHINA], undefined, true),
      den("China's Foreign Ministry rejected the report.", [[...CHINA, "China's Foreign Ministry", 'Foreign Ministry']], []),
      den('said the allegations were "pure fabrication by an organization with a long anti-China record"', [['Zhao Min', 'Zhao']], [['Human Rights Watch', 'HRW']]),
      den('Tibetans took part in the programs "voluntarily and happily."', [['Zhao Min', 'Zhao']], [], undefined, true),
      acc("Some Western forces are using so-called human rights issues to interfere in China's internal affairs", [['Zhao Min', 'Zhao']], []),
      acc('citing their use of forced labor in the Xinjiang region', [USA], []),
    ],
    '"Rights group" and "an organization with a long anti-China record" stand for Human Rights Watch; "local officials" in China are the state; "Some Western forces" are unnamed; the blacklisted companies are unnamed; the closing urging is a demand.',
  ),
  art(
    'voa-american-detained-russia',
    ['voa', 'headline', 'two-claims', 'helping', 'coref-metonym', 'coref-pronoun', 'title-then-name', 'quote-after', 'denial-phrase', 'denial-verb', 'unnamed-claimant', 'negative', 'multi-target'],
    'Russia charges American teacher with espionage; US says he is wrongfully detained',
    `WASHINGTON — Russian authorities have charged a U.S. citizen who taught English in the city of Kazan with espionage, the country's Federal Security Service (FSB) said Friday, in a case that U.S. officials described as another attempt by Moscow to take Americans hostage.

The FSB said in a statement that Daniel Whitaker, 45, had collected "information about the activities of a defense enterprise" on the instructions of U.S. intelligence. It released a video showing a man in handcuffs being led into a van.

Whitaker's family said he had lived in Russia for 11 years and had no connection to any government. "Danny is a teacher. He loves Russia. The idea that he is a spy is absurd," his sister, Karen Whitaker, told VOA.

State Department spokesperson Michael Ortiz said the United States considered Whitaker "wrongfully detained" and called on Russia to release him immediately. "The Russian government continues to use innocent Americans as bargaining chips," Ortiz said.

Kremlin spokesman Pavel Gromov said the case was a matter for the courts and denied that Russia was seeking a prisoner exchange.

If convicted, Whitaker faces up to 20 years in prison. At least four other Americans are currently held in Russia on charges Washington considers baseless.`,
    [
      acc('Russia charges American teacher with espionage', [RUSSIA], [['Daniel Whitaker', 'Whitaker']]),
      acc('US says he is wrongfully detained', [USA], [RUSSIA]),
      acc('Russian authorities have charged a U.S. citizen who taught English in the city of Kazan with espionage', [[...RUSSIA, 'Federal Security Service', 'FSB']], [['Daniel Whitaker', 'Whitaker']]),
      acc('in a case that U.S. officials described as another attempt by Moscow to take Americans hostage', [USA], [RUSSIA]),
      acc('on the instructions of U.S. intelligence', [['Federal Security Service', 'FSB']], [['Daniel Whitaker', 'Whitaker'], USA]),
      den('had no connection to any government', [], []),
      den('The idea that he is a spy is absurd', [['Karen Whitaker']], []),
      acc('said the United States considered Whitaker "wrongfully detained"', [['Michael Ortiz', 'Ortiz', ...USA]], [RUSSIA]),
      acc('The Russian government continues to use innocent Americans as bargaining chips', [['Michael Ortiz', 'Ortiz']], [RUSSIA]),
      den('denied that Russia was seeking a prisoner exchange', [['Pavel Gromov', 'Gromov']], []),
      den('held in Russia on charges Washington considers baseless', [USA], [RUSSIA], undefined, true),
    ],
    '"American teacher" and "a U.S. citizen who taught English" are Whitaker; spying "on the instructions of U.S. intelligence" is acting at its behest (both targets); the family is no actor; "wrongfully detained" accuses the detaining state; "a matter for the courts" is no denial.',
  ),
  art(
    'voa-honduras-journalist-killed',
    ['voa', 'coref-pronoun', 'title-then-name', 'quote-after', 'denial-verb', 'unnamed-claimant', 'reported-speech', 'headline', 'negative', 'multi-target', 'no-cue'],
    'Press groups demand probe after radio journalist shot dead in Honduras',
    `WASHINGTON — Media rights organizations on Monday called for a full investigation into the killing of a Honduran radio journalist who had reported on links between local officials and drug traffickers.

Rigoberto Mejia, 52, host of a morning news program on Radio Valle in the department of Olancho, was shot several times by two men on a motorcycle as he left the station on Saturday, according to police. He died on the way to the hospital.

Mejia's colleagues told VOA that he had received death threats after he reported in March that the mayor of the town of Catacamas, Oscar Funes, had awarded road-building contracts to a company linked to a drug trafficking family. Funes has denied any wrongdoing and said on Sunday that he "deeply regrets" the journalist's death.

"Rigoberto was killed for what he said on the air. There is no other explanation," said station director Lorena Pineda.

The National Police said two suspects had been arrested on Sunday and charged with murder. Police spokesperson Carlos Urbina identified them as brothers Nelson and Wilmer Castro and said they were "hired killers" who had been paid to carry out the attack. He did not say who had paid them.

The Committee to Protect Journalists said Honduran authorities "have failed for years to protect reporters who expose corruption" and that most killings of journalists in the country go unpunished.

At least 90 journalists have been killed in Honduras since 2001, according to the country's National Human Rights Commission.`,
    [
      acc('was shot several times by two men on a motorcycle as he left the station on Saturday, according to police', [], [], undefined, true),
      acc('he reported in March that the mayor of the town of Catacamas, Oscar Funes, had awarded road-building contracts to a company linked to a drug trafficking family', [['Rigoberto Mejia', 'Mejia']], [['Oscar Funes', 'Funes']]),
      den('Funes has denied any wrongdoing', [['Oscar Funes', 'Funes']], []),
      acc('Rigoberto was killed for what he said on the air.', [['Lorena Pineda', 'Pineda']], []),
      acc('The National Police said two suspects had been arrested on Sunday and charged with murder.', [['National Police']], []),
      acc('said they were "hired killers" who had been paid to carry out the attack', [['Carlos Urbina', 'Urbina']], [['Nelson Castro', 'Nelson'], ['Wilmer Castro']]),
      acc('Honduran authorities "have failed for years to protect reporters who expose corruption"', [['Committee to Protect Journalists', 'CPJ']], [['Honduras', 'Honduran']]),
    ],
    'demands for an investigation are no claims; the colleagues relay Mejia\'s own report (he is its claimant); the two suspects are named only in the next sentence (arrest claim: targets empty); "Nelson and Wilmer Castro" are two persons; the statistic is no claim.',
  ),
  art(
    'voa-sudan-rsf-report',
    ['voa', 'document-subject', 'coref-description', 'coref-pronoun', 'quote-paragraph', 'title-then-name', 'hedged', 'counter-accusation', 'denial-verb', 'denial-phrase', 'headline', 'two-claims', 'negative', 'no-cue'],
    "UN experts accuse Sudan's RSF of ethnic killings in Darfur; group denies",
    `GENEVA — A panel of United Nations experts said Thursday that Sudan's paramilitary Rapid Support Forces (RSF) and allied Arab militias carried out ethnically targeted killings of thousands of Masalit civilians in West Darfur last year, and that some of the acts may amount to genocide.

In a 60-page report to the U.N. Human Rights Council, the Independent International Fact-Finding Mission for Sudan said RSF fighters went house to house in the town of El Geneina, executing men and boys and burning homes. The mission said it had "reasonable grounds to believe" that RSF commanders, including Major General Abdelrahim Saleh, ordered or knew of the killings.

"What happened in El Geneina was not collateral damage of a war. It was a deliberate campaign to drive a people from their land," the mission's chair, Joyce Mwangi, told reporters. "The evidence points to the RSF leadership."

The report also found that the Sudanese Armed Forces (SAF) had carried out indiscriminate airstrikes on residential areas in Khartoum and Nyala, killing hundreds of civilians.

The RSF rejected the findings in a statement posted on social media, calling the report "one-sided" and saying its forces "respect international humanitarian law." The statement accused the army of "committing massacres and hiding behind international institutions."

A Sudanese army spokesperson, Brigadier Tarek Hamza, said the army only targets "military positions of the rebel militia."

The war between the army and the RSF began in April 2023 and has displaced more than 10 million people.`,
    [
      acc("UN experts accuse Sudan's RSF of ethnic killings in Darfur", [['United Nations', 'UN', 'U.N.']], [['Rapid Support Forces', 'RSF']]),
      den('group denies', [['Rapid Support Forces', 'RSF']], []),
      acc('carried out ethnically targeted killings of thousands of Masalit civilians in West Darfur last year', [['United Nations', 'UN', 'U.N.']], [['Rapid Support Forces', 'RSF']]),
      acc('and that some of the acts may amount to genocide', [['United Nations', 'UN', 'U.N.']], [['Rapid Support Forces', 'RSF']], 'hedged', true),
      acc('said RSF fighters went house to house in the town of El Geneina', [['Independent International Fact-Finding Mission for Sudan', 'Fact-Finding Mission']], [['Rapid Support Forces', 'RSF']]),
      acc('RSF commanders, including Major General Abdelrahim Saleh, ordered or knew of the killings', [['Independent International Fact-Finding Mission for Sudan', 'Fact-Finding Mission']], [['Abdelrahim Saleh', 'Saleh']], 'hedged'),
      acc('It was a deliberate campaign to drive a people from their land', [['Joyce Mwangi', 'Mwangi']], [['Rapid Support Forces', 'RSF']]),
      acc('The evidence points to the RSF leadership.', [['Joyce Mwangi', 'Mwangi']], [['Rapid Support Forces', 'RSF']]),
      acc('had carried out indiscriminate airstrikes on residential areas in Khartoum and Nyala', [['Independent International Fact-Finding Mission for Sudan', 'Fact-Finding Mission']], [['Sudanese Armed Forces', 'SAF']]),
      den('The RSF rejected the findings in a statement posted on social media', [['Rapid Support Forces', 'RSF']], []),
      acc('The statement accused the army of "committing massacres and hiding behind international institutions."', [['Rapid Support Forces', 'RSF']], [['Sudanese Armed Forces', 'SAF']]),
      den('said the army only targets "military positions of the rebel militia."', [['Tarek Hamza', 'Hamza']], []),
    ],
    '"A panel of United Nations experts" is the UN (the mission is named only later); "The report" is the mission\'s; "the army" is the SAF; the allied militias are unnamed; named officers in "RSF commanders, including X" are the targets (GUIDELINES); the closing war summary is narration.',
  ),
  art(
    'voa-cyber-attribution-uk',
    ['voa', 'attribution', 'is-behind', 'helping', 'sanction-reason', 'coref-description', 'coref-pronoun', 'coref-metonym', 'title-then-name', 'quote-after', 'denial-phrase', 'hedged', 'headline', 'negative', 'multi-target'],
    'Britain blames Chinese state hackers for breach of election watchdog',
    `LONDON — Britain on Monday publicly blamed a Chinese state-backed hacking group for a cyberattack on the country's Electoral Commission that exposed the personal data of some 40 million voters, and the United States, Australia, Canada and New Zealand said they supported the finding.

Britain's deputy prime minister, Graham Ashby, told lawmakers that the group, known as Red Lantern, was "almost certainly" acting on behalf of China's Ministry of State Security (MSS). He said the same group had targeted the email accounts of at least 11 British lawmakers who have criticized Beijing.

The U.K. sanctioned a Wuhan-based front company, Wuhan Huaxin Technology, and two individuals it said had worked for the group, Liu Peng and Chen Yu. The U.S. Treasury announced parallel sanctions, saying the company had served as "a cover for MSS cyber operations."

"This is part of a pattern of malicious activity by the Chinese state that we will not tolerate," Ashby said.

The Chinese Embassy in London called the accusations "completely fabricated and malicious slander." In a statement, the embassy said China "firmly opposes and fights all forms of cyberattacks" and urged Britain to "stop spreading false information."

New Zealand's government said separately that the same group was behind a 2021 intrusion into its parliamentary network.

Cybersecurity firm Northgate Labs said it had tracked Red Lantern since 2019 and that the group's targets included defence contractors and universities in Europe and Asia.

China routinely denies involvement in hacking and says it is itself a major victim of cyberattacks.`,
    [
      acc('Britain blames Chinese state hackers for breach of election watchdog', [['United Kingdom', 'Britain', 'UK', 'U.K.']], [CHINA]),
      acc('Britain on Monday publicly blamed a Chinese state-backed hacking group for a cyberattack', [['United Kingdom', 'Britain', 'UK', 'U.K.']], [CHINA]),
      acc('the United States, Australia, Canada and New Zealand said they supported the finding', [USA, 'Australia', 'Canada', 'New Zealand'], [CHINA], undefined, true),
      acc("was \"almost certainly\" acting on behalf of China's Ministry of State Security (MSS)", [['Graham Ashby', 'Ashby']], ['Red Lantern', ['Ministry of State Security', 'MSS']], 'hedged'),
      acc('He said the same group had targeted the email accounts of at least 11 British lawmakers', [['Graham Ashby', 'Ashby']], ['Red Lantern']),
      acc('The U.K. sanctioned a Wuhan-based front company, Wuhan Huaxin Technology, and two individuals it said had worked for the group', [['United Kingdom', 'Britain', 'UK', 'U.K.']], ['Wuhan Huaxin Technology', ['Liu Peng'], ['Chen Yu']]),
      acc('saying the company had served as "a cover for MSS cyber operations."', [['U.S. Treasury', 'Treasury', ...USA]], ['Wuhan Huaxin Technology', ['Ministry of State Security', 'MSS']]),
      acc('This is part of a pattern of malicious activity by the Chinese state that we will not tolerate', [['Graham Ashby', 'Ashby']], [CHINA]),
      den('called the accusations "completely fabricated and malicious slander."', [[...CHINA, 'Chinese Embassy']], []),
      den('the embassy said China "firmly opposes and fights all forms of cyberattacks"', [[...CHINA, 'Chinese Embassy']], [], undefined, true),
      acc('urged Britain to "stop spreading false information."', [[...CHINA, 'Chinese Embassy']], [['United Kingdom', 'Britain', 'UK', 'U.K.']], undefined, true),
      acc('said separately that the same group was behind a 2021 intrusion into its parliamentary network', ['New Zealand'], ['Red Lantern']),
      acc("the group's targets included defence contractors and universities in Europe and Asia", ['Northgate Labs'], ['Red Lantern'], undefined, true),
      den('China routinely denies involvement in hacking', [CHINA], []),
    ],
    'a "Chinese state-backed hacking group" acting for the state stands for China; "the same group" is Red Lantern; "on behalf of" the MSS makes it a target too; the sanctions state their reason ("front company", "worked for the group"); an embassy speaks for its country; supporting a finding (optional) and an urging that presupposes a wrong (optional).',
  ),
];
