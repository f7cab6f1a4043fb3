import { art as artOf, claim, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';
import { ARTICLE_TAGS, type ArticleTag } from './generality2.cases.ts';

/**
 * Claims generality set 5, part A (held-out, session 6): twelve invented whole news articles —
 * short wire-service items, diplomatic spats, corporate litigation and antitrust, health and
 * pharmaceutical fraud, pollution blamed on a company or a neighbouring state, local police
 * and crime stories — written for this test with the claims a careful annotator records under
 * SPEC §2 and GUIDELINES §5-6. Names of people, companies, groups and outlets are invented;
 * countries, capitals, real agencies and international bodies are real. Written to the
 * density of real articles (most sentences carry no claim), with the page furniture real
 * outlets print (bylines, "Updated" lines, "Related" blocks, reporting credits). Annotated by
 * reading, BEFORE any extractor was run on the texts; nothing but a verbatim-evidence check
 * and the type checker was run on them.
 */

/** Tags of set 2, plus the styles of this set. */
export const SET5_A_TAGS = [
  ...ARTICLE_TAGS,
  'wire', // short wire-service item: terse, attribution at the end, reporting credits
  'diplomatic', // embassy statements, summoned envoys, expulsions, tit-for-tat
  'litigation', // complaints, regulators, lawsuits, settlements
  'health-fraud', // falsified medicines, hidden side effects, billing fraud
  'environment', // pollution blamed on a company or a neighbouring state
  'local-crime', // local police and court story: charges, "police say", a lawyer denies
] as const;
export type Set5ATag = (typeof SET5_A_TAGS)[number];

const acc = claim('accusation');
const den = claim('denial');
const art = artOf<Set5ATag>;

// Accepted names of recurring real actors.
const RUSSIA = ['Russia', 'Moscow', 'Kremlin', 'Russian'];
const CHINA = ['China', 'Beijing', 'Chinese'];
const CZECH = ['Czech Republic', 'Czechia', 'Prague', 'Czech'];
const BELARUS = ['Belarus', 'Minsk', 'Belarusian'];
const LITHUANIA = ['Lithuania', 'Vilnius', 'Lithuanian'];
const INDONESIA = ['Indonesia', 'Jakarta', 'Indonesian'];
const EC = ['European Commission', 'Commission', 'EU', 'European Union'];

const PALM4: readonly (readonly string[])[] = [
  ['PT Sumber Lestari Agro', 'Sumber Lestari Agro', 'Sumber Lestari'],
  ['PT Kapuas Hijau', 'Kapuas Hijau'],
  ['PT Tanjung Raya Plantations', 'Tanjung Raya Plantations', 'Tanjung Raya'],
  ['PT Mitra Sawit Nusantara', 'Mitra Sawit Nusantara', 'Mitra Sawit'],
];
const POTASH3: readonly (readonly string[])[] = [
  ['Prairie Basin Minerals', 'Prairie Basin'],
  ['Northcrest Nutrients', 'Northcrest'],
  ['Kellan Agri-Resources', 'Kellan'],
];

export const SET5_A_CASES: readonly ClaimCase[] = [
  // ─────────────────────────────────── 1. wire, diplomatic ───────────────────────────────────
  art(
    'w5a-lithuania-expels-belarus-diplomat',
    ['wire', 'diplomatic', 'headline', 'sanction-reason', 'coref-pronoun', 'coref-metonym', 'helping', 'denial-phrase', 'quote-after', 'title-speaker', 'negative', 'no-cue'],
    "Lithuania expels Belarusian diplomat over 'hostile activities'",
    `VILNIUS, March 12 (Baltic Wire Service) - Lithuania on Thursday ordered a Belarusian diplomat to leave the country within five days, saying he had engaged in activities incompatible with his diplomatic status.

The foreign ministry said the counsellor, whom it did not name, had gathered information on military infrastructure near the border and passed it to the KGB, Belarus's state security service.

"We will not tolerate intelligence work dressed up as diplomacy," Foreign Minister Rokas Vaitkus told reporters in Vilnius.

The Belarusian embassy said the decision was "groundless and provocative" and that Minsk would respond "in a mirror manner".

Belarus has expelled two Lithuanian diplomats since January, accusing them of secret contacts with the exiled opposition.

Relations between the neighbours have been strained since 2020, when Lithuania gave shelter to opposition figures who fled a crackdown after a disputed presidential election. The border between the two countries has been closed to passenger traffic since last autumn.

Lithuania's State Security Department said in its annual threat assessment last month that the Belarusian and Russian services were "working as one" against the Baltic states.

(Reporting by Ieva Kalnaite; Editing by Tom Ashworth)`,
    [
      acc("Lithuania expels Belarusian diplomat over 'hostile activities'", [LITHUANIA], [BELARUS]),
      acc('saying he had engaged in activities incompatible with his diplomatic status', [LITHUANIA], [BELARUS]),
      acc("had gathered information on military infrastructure near the border and passed it to the KGB, Belarus's state security service", [LITHUANIA], [BELARUS, ['KGB']]),
      acc('"We will not tolerate intelligence work dressed up as diplomacy," Foreign Minister Rokas Vaitkus told reporters', [['Rokas Vaitkus', 'Vaitkus']], [BELARUS], undefined, true),
      den('The Belarusian embassy said the decision was "groundless and provocative"', [BELARUS], []),
      acc('Belarus has expelled two Lithuanian diplomats since January, accusing them of secret contacts with the exiled opposition.', [BELARUS], [LITHUANIA]),
      acc('the Belarusian and Russian services were "working as one" against the Baltic states', [['State Security Department', ...LITHUANIA]], [BELARUS, RUSSIA], undefined, true),
    ],
    'an unnamed diplomat stands for his state (Belarus); passing information to the KGB is acting for it (the KGB a co-target, doubtful: it is his own state\'s service); the minister\'s warning presupposes spying (optional); the embassy names no accuser (denial targets []); "respond in a mirror manner" is a threat; the security department\'s "working as one against" is hostile activity but vague (optional); the reporting credit is furniture.',
  ),
  // ─────────────────────────────── 2. wire, environment (neighbour) ───────────────────────────────
  art(
    'w5a-indonesia-haze-plantations',
    ['wire', 'environment', 'headline', 'cue-verb', 'coref-description', 'coref-metonym', 'title-then-name', 'denial-verb', 'denial-phrase', 'counter-accusation', 'quote-after', 'negative', 'multi-target'],
    'Indonesia blames plantation firms for fires as haze blankets Singapore, Malaysia',
    `JAKARTA, Sept 18 (Asia Wire Service) - Indonesia's environment ministry said on Wednesday it had sealed off land held by four palm oil companies in Riau and West Kalimantan provinces where satellite data showed fires had been set deliberately to clear land for planting.

The ministry named the companies as PT Sumber Lestari Agro, PT Kapuas Hijau, PT Tanjung Raya Plantations and PT Mitra Sawit Nusantara, and said it would seek civil damages from all four. Clearing land by fire is illegal in Indonesia but remains common because it is cheap.

Fires across Sumatra and Borneo have burned an estimated 180,000 hectares since July, according to the national disaster agency, and the smoke has pushed air pollution in Singapore and southern Malaysia to unhealthy levels for a sixth day.

Malaysia's environment minister, Nurul Azwa Hamdan, said on Tuesday that Jakarta had "once again failed to stop its plantation companies from exporting their pollution to us" and called for an emergency meeting of ASEAN environment ministers.

Indonesian Environment Minister Bambang Sudarto brushed off the criticism, saying several of the firms burning land in Indonesia were owned by Malaysian and Singaporean investors. "They should look at their own businesses before they point at us," he told reporters.

PT Kapuas Hijau said in a statement that the fires had started outside its concession and spread onto its land, and that it "has never used fire to clear land." The other three companies did not respond to requests for comment.

Singapore's National Environment Agency said the 24-hour Pollutant Standards Index reached 142 in the west of the island on Wednesday morning. Schools remained open but outdoor activities were cancelled.

(Reporting by Dewi Anggraini; Additional reporting by Lim Wei Jie in Singapore; Editing by Clare Hobbs)`,
    [
      acc('Indonesia blames plantation firms for fires', [INDONESIA], PALM4),
      acc('it had sealed off land held by four palm oil companies in Riau and West Kalimantan provinces where satellite data showed fires had been set deliberately to clear land for planting', [INDONESIA], []),
      acc('The ministry named the companies as PT Sumber Lestari Agro, PT Kapuas Hijau, PT Tanjung Raya Plantations and PT Mitra Sawit Nusantara', [INDONESIA], PALM4, undefined, true),
      acc('Jakarta had "once again failed to stop its plantation companies from exporting their pollution to us"', [['Nurul Azwa Hamdan', 'Hamdan']], [INDONESIA]),
      den('Indonesian Environment Minister Bambang Sudarto brushed off the criticism', [['Bambang Sudarto', 'Sudarto']], []),
      acc('saying several of the firms burning land in Indonesia were owned by Malaysian and Singaporean investors', [['Bambang Sudarto', 'Sudarto']], [], undefined, true),
      den('that it "has never used fire to clear land."', [['PT Kapuas Hijau', 'Kapuas Hijau']], []),
      den('the fires had started outside its concession and spread onto its land', [['PT Kapuas Hijau', 'Kapuas Hijau']], [], undefined, true),
    ],
    'the unnamed ministry is Indonesia; the headline\'s "plantation firms" resolve to the four named in the story (headline summarises the story, as set 2 does), but the lead\'s "four palm oil companies" are named only in the next sentence (targets [] as in set 2\'s Honduras arrest); naming them there is identification tied to the lead\'s allegation (optional); "brushed off" is a denial without a cue word; investors grouped by nationality are private (counter-accusation, targets [], optional); "The fires had started outside its concession" is a second denial clause (optional); "they should look at their own businesses" is a rebuke.',
  ),
  // ───────────────────────────────────── 3. diplomatic ─────────────────────────────────────
  art(
    'w5a-prague-expels-russian-diplomats',
    ['diplomatic', 'headline', 'sanction-reason', 'hedged', 'quote-paragraph', 'coref-pronoun', 'coref-metonym', 'title-then-name', 'denial-phrase', 'arrest-charge', 'negative', 'multi-target', 'multi-claimant'],
    'Prague expels 18 Russian diplomats over 2019 depot blasts; Moscow vows response',
    `By Petra Novotna, Central Europe Correspondent
Published 14:22 CET | Updated 19:05 CET

PRAGUE — The Czech government on Saturday ordered 18 staff of the Russian embassy to leave the country within 48 hours, after Prime Minister Jan Horacek said investigators had a "well-founded suspicion" that officers of Russia's military intelligence took part in two explosions at an ammunition depot near the eastern village of Lhotka in 2019.

The blasts killed two warehouse workers and destroyed about 50 tonnes of artillery shells stored there by a private arms dealer.

Speaking at a hastily arranged news conference alongside Foreign Minister Tereza Maresova, Horacek said the 18 had been identified by the country's counter-intelligence service as undeclared intelligence officers.

"Their presence here was never about diplomacy," he said. "It was about sabotage on the territory of a NATO member state, and it ended with two Czech citizens dead."

Police said they were seeking two men suspected of planting the explosives, who had entered the country on Moldovan and Tajik passports under the names Ruslan Borovkov and Aleksandr Petrenko. Investigators believe both names are false. Photographs of the pair were published on the police website on Saturday afternoon.

The Russian foreign ministry called the allegations "absurd" and the latest episode of "Prague's anti-Russian hysteria." Its spokeswoman, Irina Sokolova, said Moscow would respond in kind and that "the authors of this provocation will bear full responsibility for the destruction of our relations."

In a tit-for-tat move announced late on Saturday, the ministry said it was expelling 20 staff of the Czech embassy in Moscow.

The expulsions leave Russia's embassy in Prague, once one of its largest in Europe, with around 60 staff.

Slovakia and Poland said in a joint statement that they stood in "full solidarity with our Czech allies in the face of Russian subversive actions."

President Milos Dvorak, who has sought warmer ties with Moscow in the past, said he would wait for the investigation to conclude before commenting.

Related:
Bulgaria links warehouse fires to foreign saboteurs, opens inquiry
Moldova accuses Moscow of plotting to topple its government`,
    [
      acc('Prague expels 18 Russian diplomats over 2019 depot blasts', [CZECH], [RUSSIA]),
      acc(`investigators had a "well-founded suspicion" that officers of Russia's military intelligence took part in two explosions at an ammunition depot`, [['Jan Horacek', 'Horacek']], [RUSSIA], 'hedged'),
      acc("Horacek said the 18 had been identified by the country's counter-intelligence service as undeclared intelligence officers", [['Jan Horacek', 'Horacek']], [RUSSIA], undefined, true),
      acc('It was about sabotage on the territory of a NATO member state, and it ended with two Czech citizens dead.', [['Jan Horacek', 'Horacek']], [RUSSIA]),
      acc('Police said they were seeking two men suspected of planting the explosives', [CZECH], [['Ruslan Borovkov', 'Borovkov'], ['Aleksandr Petrenko', 'Petrenko']], 'hedged'),
      den('The Russian foreign ministry called the allegations "absurd"', [RUSSIA], [CZECH]),
      acc('"the authors of this provocation will bear full responsibility for the destruction of our relations."', [['Irina Sokolova', 'Sokolova']], [CZECH], undefined, true),
      acc('"full solidarity with our Czech allies in the face of Russian subversive actions."', ['Slovakia', 'Poland'], [RUSSIA], undefined, true),
    ],
    'the Czech government, unnamed police and "Prague" are the Czech Republic; the expelled diplomats stand for Russia; the denial\'s sentence names Prague ("Prague\'s anti-Russian hysteria"), so it targets the Czech Republic; the two wanted men are named in the sentence that states the suspicion (targets; their passports\' countries are places); the tit-for-tat expulsion states no reason (no claim); "bear full responsibility for the provocation" blames the Czech side but is a threat (optional); solidarity "in the face of Russian subversive actions" presupposes a wrong (optional); the Related block is furniture.',
  ),
  // ───────────────────────────────────── 4. litigation / antitrust ─────────────────────────────────────
  art(
    'w5a-eu-charges-delivery-app',
    ['litigation', 'headline', 'cue-verb', 'document-subject', 'hedged', 'quote-paragraph', 'coref-description', 'title-then-name', 'denial-phrase', 'unnamed-claimant', 'negative'],
    'EU accuses food delivery app Zesto of rigging rankings to favour its own kitchens',
    `By Luc Verhaegen
Brussels | Updated 11 June

BRUSSELS — The European Commission on Tuesday formally charged Zesto, the Amsterdam-based food delivery platform, with abusing its dominant position in six EU countries by pushing restaurants that compete with its own "dark kitchens" down its search results.

In a statement of objections sent to the company, the Commission set out its preliminary view that since at least 2021 Zesto has demoted independent restaurants in its app rankings in France, Belgium, the Netherlands, Spain, Portugal and Austria while reserving the top slots for meals cooked in kitchens it owns.

"Restaurants depend on these platforms to reach their customers. If the platform is also a competitor, it cannot be allowed to rig the game," Competition Commissioner Anneke Vos told a news conference. "That is what we believe has happened here."

A statement of objections does not prejudge the outcome of an investigation. If the Commission confirms a breach, Zesto could be fined up to 10 percent of its global annual turnover, which reached €4.1 billion last year.

Zesto said it "strongly disagrees" with the Commission's preliminary findings and would continue to engage with it constructively. "Our ranking rewards speed, quality and price, not ownership," a company spokesperson said in an emailed statement, adding that its own kitchens account for less than 8 percent of orders on the platform.

The case was opened in 2023 after a complaint by Restaurateurs Europe, a Brussels-based trade association. Its secretary general, Hélène Marchetti, said the charge "confirms what our members have been saying for three years: Zesto buries anyone who will not cook for it."

In a separate case, Zesto agreed in March to pay $38 million to settle a lawsuit brought by the attorney general of Illinois, which alleged that the company had added hidden "service fees" to orders in the state. Zesto settled without admitting wrongdoing.

Zesto's shares closed 3.2 percent lower in Amsterdam.

Related: Zesto couriers in Madrid strike over pay cuts`,
    [
      acc('EU accuses food delivery app Zesto of rigging rankings to favour its own kitchens', [EC], ['Zesto']),
      acc('formally charged Zesto, the Amsterdam-based food delivery platform, with abusing its dominant position in six EU countries', [EC], ['Zesto']),
      acc('the Commission set out its preliminary view that since at least 2021 Zesto has demoted independent restaurants in its app rankings', [EC], ['Zesto'], 'hedged'),
      acc('"That is what we believe has happened here."', [['Anneke Vos', 'Vos']], ['Zesto'], 'hedged'),
      den(`Zesto said it "strongly disagrees" with the Commission's preliminary findings`, ['Zesto'], [EC]),
      den('"Our ranking rewards speed, quality and price, not ownership," a company spokesperson said', ['Zesto'], []),
      acc('the charge "confirms what our members have been saying for three years: Zesto buries anyone who will not cook for it."', [['Hélène Marchetti', 'Marchetti', 'Restaurateurs Europe']], ['Zesto']),
      acc('which alleged that the company had added hidden "service fees" to orders in the state', [['Illinois', 'attorney general of Illinois']], ['Zesto']),
      den('Zesto settled without admitting wrongdoing.', ['Zesto'], [], undefined, true),
    ],
    'the headline\'s "EU" is the Commission (names given as alternatives); the statement of objections is the Commission\'s document and its "preliminary view" a hedge (my call: hedged); Vos\'s first quote sentence is general and the claim is "what we believe has happened here" (hedged), which resolves to Zesto from context; the possible fine is hypothetical; the Illinois attorney general (a sub-national government acting) is the suit\'s claimant; settling "without admitting wrongdoing" is neither admission nor clear denial (optional); the Related line is furniture.',
  ),
  // ───────────────────────────────────── 5. litigation / antitrust ─────────────────────────────────────
  art(
    'w5a-potash-price-fixing-suit',
    ['litigation', 'headline', 'cue-verb', 'according-to', 'document-subject', 'quote-after', 'coref-description', 'helping', 'unnamed-claimant', 'denial-phrase', 'negative', 'multi-target'],
    "Farmers' lawsuit accuses three fertilizer makers of fixing potash prices",
    `By Daniel Okoro
Agriculture Desk

DES MOINES, Iowa — A group of Midwestern corn and soybean growers filed a federal antitrust lawsuit on Monday accusing Prairie Basin Minerals, Northcrest Nutrients and Kellan Agri-Resources, three of North America's largest fertilizer producers, of conspiring to inflate the price of potash.

The proposed class action, filed in U.S. District Court for the Southern District of Iowa, could cover tens of thousands of farms in 12 states.

According to the complaint, executives of the three companies used the quarterly meetings of an industry trade group to agree on when to idle mines, cutting output in step and pushing prices up by as much as 60 percent between 2021 and 2023.

"These companies did not compete. They took turns," said Marcy Lindahl, a lawyer at Hale Lindahl LLP, which represents the farmers. "And every family farm in this country paid for it."

The lawsuit further alleges that the producers swapped detailed inventory figures through a Minneapolis consultant, Harlan Voss, who is not named as a defendant. Voss did not return calls.

Prairie Basin said in a statement that the claims were "without merit" and that its production decisions "have always been made independently, based on market conditions." Northcrest declined to comment on pending litigation. Kellan did not respond to messages left on Monday.

The suit comes as the Justice Department's antitrust division reviews competition in the fertilizer sector following complaints from farm groups. The department has not accused any company of wrongdoing.

Potash prices roughly tripled in 2021 and 2022 amid sanctions on Belarus and Russia, two of the world's largest exporters, and have since eased. Fertilizer accounts for about a third of the cost of growing corn.

Senator Ruth Haldane, a Nebraska Republican, said the allegations, if proven, would amount to "a shakedown of American agriculture."

Last year Northcrest paid $12 million to settle a separate suit by Canadian distributors who said it had overcharged them for more than a decade. It did not admit liability.

The farmers are seeking triple damages and an order barring the companies from sharing production plans.`,
    [
      acc("Farmers' lawsuit accuses three fertilizer makers of fixing potash prices", [], POTASH3),
      acc('filed a federal antitrust lawsuit on Monday accusing Prairie Basin Minerals, Northcrest Nutrients and Kellan Agri-Resources', [], POTASH3),
      acc('According to the complaint, executives of the three companies used the quarterly meetings of an industry trade group to agree on when to idle mines', [], POTASH3),
      acc('"These companies did not compete. They took turns," said Marcy Lindahl', [['Marcy Lindahl', 'Lindahl']], POTASH3),
      acc('The lawsuit further alleges that the producers swapped detailed inventory figures through a Minneapolis consultant, Harlan Voss', [], [...POTASH3, ['Harlan Voss', 'Voss']]),
      den('Prairie Basin said in a statement that the claims were "without merit"', [['Prairie Basin Minerals', 'Prairie Basin']], []),
      den('its production decisions "have always been made independently, based on market conditions."', [['Prairie Basin Minerals', 'Prairie Basin']], [], undefined, true),
      acc('a separate suit by Canadian distributors who said it had overcharged them for more than a decade', [], [['Northcrest Nutrients', 'Northcrest']]),
    ],
    'the unnamed growers (plaintiffs) give no claimants, nor does "the complaint" they filed; the law firm only represents them (its lawyer\'s quote is hers); a consultant the trade figures were swapped through is a helper (co-target, doubtful: "not named as a defendant"); "the three companies"/"the producers" resolve; the second denial clause repeats the first (optional); "has not accused" is negated, "if proven" hypothetical, the sanctions bare, "declined to comment" and "did not admit liability" no claims; Canadian distributors are private (no state).',
  ),
  // ───────────────────────────────────── 6. health fraud ─────────────────────────────────────
  art(
    'w5a-kenya-fake-antimalarials',
    ['health-fraud', 'headline', 'no-cue', 'according-to', 'hedged', 'quote-after', 'title-then-name', 'coref-description', 'coref-pronoun', 'denial-phrase', 'counter-accusation', 'unnamed-claimant', 'negative', 'multi-target'],
    'Kenya suspends drug importer over fake malaria tablets sent to public hospitals',
    `NAIROBI, Kenya — Kenya's drug regulator has suspended the licence of Nairobi importer Jirani Pharma Ltd after laboratory tests found that batches of an antimalarial it supplied to public hospitals contained less than a fifth of the stated active ingredient, officials said on Thursday.

The Pharmacy and Poisons Board said the artemether-lumefantrine tablets were "falsified products deliberately labelled to deceive" and ordered them recalled from more than 300 health facilities in 11 counties.

The board's chief executive, Dr. Faith Wambui, told a news conference in Nairobi that the company had bought the tablets from an unlicensed manufacturer abroad and repackaged them under the name of a well-known Indian brand. "This is not a quality lapse. Somebody knowingly put fake medicine into the hands of sick children," she said.

The Directorate of Criminal Investigations said two of the company's directors, Samuel Kiprono Rotich and Abdi Hassan Farah, were arrested on Wednesday evening and would be arraigned on Monday.

According to a draft charge sheet seen by this newspaper, the two are suspected of dealing in counterfeit medicines and of conspiring to defraud the Kenya Medical Supplies Authority, which bought the consignment. The authority paid about 212 million shillings ($1.6 million) for it, according to tender records.

Rotich's lawyer, Peter Mugo Njenga, said his client "has never seen, touched or ordered a single one of these tablets" and described the case as "a commercial vendetta dressed up as a public health emergency." He said rival importers who lost the hospital tender had "fed the board false information."

Farah could not be reached for comment. The company's offices in Nairobi's Industrial Area were locked on Thursday.

In a medical product alert issued in June, the World Health Organization said falsified antimalarials had been found in at least five East African countries. It did not name a supplier.

Malaria killed more than 12,000 people in Kenya last year, according to the health ministry.

Updated 6:40 p.m. EAT`,
    [
      acc('Kenya suspends drug importer over fake malaria tablets sent to public hospitals', [['Kenya', 'Pharmacy and Poisons Board']], [['Jirani Pharma Ltd', 'Jirani Pharma']]),
      acc('has suspended the licence of Nairobi importer Jirani Pharma Ltd after laboratory tests found that batches of an antimalarial it supplied to public hospitals contained less than a fifth of the stated active ingredient', [['Kenya', 'Pharmacy and Poisons Board']], [['Jirani Pharma Ltd', 'Jirani Pharma']]),
      acc('said the artemether-lumefantrine tablets were "falsified products deliberately labelled to deceive"', [['Pharmacy and Poisons Board']], [['Jirani Pharma Ltd', 'Jirani Pharma']]),
      acc('the company had bought the tablets from an unlicensed manufacturer abroad and repackaged them under the name of a well-known Indian brand', [['Faith Wambui', 'Wambui']], [['Jirani Pharma Ltd', 'Jirani Pharma']]),
      acc('Somebody knowingly put fake medicine into the hands of sick children', [['Faith Wambui', 'Wambui']], [['Jirani Pharma Ltd', 'Jirani Pharma']], undefined, true),
      acc('According to a draft charge sheet seen by this newspaper, the two are suspected of dealing in counterfeit medicines', [], [['Samuel Kiprono Rotich', 'Rotich'], ['Abdi Hassan Farah', 'Farah']], 'hedged'),
      acc('and of conspiring to defraud the Kenya Medical Supplies Authority', [], [['Samuel Kiprono Rotich', 'Rotich'], ['Abdi Hassan Farah', 'Farah']], 'hedged'),
      den('said his client "has never seen, touched or ordered a single one of these tablets"', [['Peter Mugo Njenga', 'Njenga']], []),
      den('described the case as "a commercial vendetta dressed up as a public health emergency."', [['Peter Mugo Njenga', 'Njenga']], [], undefined, true),
      acc('He said rival importers who lost the hospital tender had "fed the board false information."', [['Peter Mugo Njenga', 'Njenga']], []),
      acc('the World Health Organization said falsified antimalarials had been found in at least five East African countries', [['World Health Organization', 'WHO']], [], undefined, true),
    ],
    '"Kenya\'s drug regulator" in the headline and lead is the Pharmacy and Poisons Board, named in the next sentence (both names accepted); the suspension states its reason (accusation); "Somebody knowingly" leaves the doer vague (optional, target the company from context); the arrest states no charge (no claim); the draft charge sheet has no named issuer (claimants []); the charge sheet states two allegations ("dealing in counterfeit medicines" and "conspiring to defraud" the authority, a victim, not a target): two claims; the lawyer\'s "vendetta" describes the case as a plot by rivals (optional denial); his counter-accusation names no rival (targets []); the WHO alert names no supplier (optional); the outlet\'s "seen by this newspaper" credits no named medium.',
  ),
  // ───────────────────────────────────── 7. health fraud ─────────────────────────────────────
  art(
    'w5a-milan-drugmaker-liver-reports',
    ['health-fraud', 'headline', 'according-to', 'document-subject', 'hedged', 'quote-paragraph', 'unnamed-claimant', 'coref-description', 'coref-pronoun', 'denial-phrase', 'title-then-name', 'cue-verb', 'negative', 'no-cue'],
    'Milan prosecutors say drugmaker Farmavia hid liver-damage reports on painkiller',
    `By Giulia Ferraresi
MILAN, Oct 7

Prosecutors in Milan have placed Farmavia's former chief executive Stefano Menotti and two other former managers under investigation on suspicion of concealing reports of serious liver damage linked to the company's best-selling painkiller, Dolvexa, according to court documents seen by this newspaper.

The inquiry centres on 212 reports of suspected adverse reactions that doctors and pharmacists sent to Farmavia between 2018 and 2021. Prosecutors allege that the company logged fewer than 40 of them in the periodic safety reports it was required to file with the Italian Medicines Agency (AIFA), and that managers ordered staff to reclassify the rest as "non-serious."

Dolvexa, a combination of ibuprofen and a muscle relaxant, was sold without prescription in Italy until 2022, when AIFA restricted it after a cluster of hospital admissions in Lombardy.

A former pharmacovigilance officer at the company, who asked not to be named because she is a witness in the case, said she was told in 2019 to "stop writing essays" about cases of jaundice. "Everyone in that department knew what the numbers meant," she said. "The decision to bury them came from the top floor."

In a statement, Farmavia said it had "always met its pharmacovigilance obligations in full" and was cooperating with investigators. It said the classification of the reports had followed "standard medical criteria applied across the industry."

Menotti's lawyer, Carla Benedetti, said her client had learned of the reports "from the newspapers, like everyone else" and had played no part in how they were handled.

AIFA said it had opened its own review of Dolvexa's safety file and would publish its conclusions by the end of the year. The European Medicines Agency said it was in contact with the Italian authorities.

A patients' association, Rete Pazienti Epatici, is preparing a civil claim on behalf of 57 people who suffered liver injury after taking the drug. Its president, Mauro Lisi, accused Farmavia of "putting sales targets ahead of patients' livers for years."

If charged and convicted, the three could face up to six years in prison. Farmavia's shares fell 6 percent in Milan on Monday.

Sources: court filings; AIFA; company statement`,
    [
      acc('Milan prosecutors say drugmaker Farmavia hid liver-damage reports on painkiller', [], ['Farmavia']),
      acc("under investigation on suspicion of concealing reports of serious liver damage linked to the company's best-selling painkiller", [], [['Stefano Menotti', 'Menotti']], 'hedged'),
      acc('Prosecutors allege that the company logged fewer than 40 of them in the periodic safety reports', [], ['Farmavia']),
      acc('and that managers ordered staff to reclassify the rest as "non-serious."', [], ['Farmavia'], undefined, true),
      acc('"The decision to bury them came from the top floor."', [], ['Farmavia']),
      den('Farmavia said it had "always met its pharmacovigilance obligations in full"', ['Farmavia'], []),
      den('It said the classification of the reports had followed "standard medical criteria applied across the industry."', ['Farmavia'], []),
      den('had played no part in how they were handled', [['Carla Benedetti', 'Benedetti']], []),
      acc(`accused Farmavia of "putting sales targets ahead of patients' livers for years."`, [['Mauro Lisi', 'Lisi']], ['Farmavia']),
    ],
    'prosecutors marked only by a city ("Milan prosecutors", "Prosecutors in Milan") give no claimants, like a court named by its city; "according to court documents" has no issuer; the two other managers are unnamed (Menotti the only target); the company\'s concealment alleged in a second clause about unnamed "managers" (optional, target the company); the unnamed witness gives no claimant, "the top floor" is the company\'s management; her "stop writing essays" is narration of an instruction (no claim); a lawyer\'s "learned of the reports from the newspapers" is framed as a denial of involvement (evidence the clause that denies); reviews, a civil claim being prepared and the conditional prison term are no claims.',
  ),
  // ─────────────────────────────── 8. environment (neighbouring state) ───────────────────────────────
  art(
    'w5a-kazakhstan-ili-river-spill',
    ['environment', 'diplomatic', 'headline', 'cue-verb', 'no-cue', 'coref-description', 'coref-metonym', 'title-then-name', 'denial-verb', 'denial-phrase', 'multi-target', 'negative'],
    'Kazakhstan blames Chinese chemical plant for fish die-off in border river',
    `ALMATY, Kazakhstan — Kazakhstan's ecology ministry said on Friday that a chemical plant run by Xinjiang Tianhe Chemical Co. across the border in China had discharged untreated wastewater into the Ili River, killing tens of thousands of fish downstream and forcing villages to stop drawing drinking water from it.

Samples taken near the border post of Khorgos showed ammonia at 40 times the permitted level and traces of phenol, the ministry said.

Ecology Minister Yerlan Abdrakhmanov told reporters in Astana that Kazakh officials had twice asked their Chinese counterparts since August for data on the plant's discharges "and received nothing but silence." "Our neighbours are treating a shared river as their sewer," he said.

The ministry said it had handed a protest note to the Chinese embassy and would seek compensation for fishing cooperatives on Lake Balkhash, into which the Ili flows.

China's foreign ministry rejected the accusation. Spokesperson Gao Xiaoming told a regular briefing in Beijing that monitoring stations on the Chinese side "have detected no abnormal discharge" and that the Kazakh side should "avoid hasty conclusions not based on science."

Tianhe Chemical, which makes fertiliser and PVC at the plant outside the city of Yining, did not answer calls. Regional state media reported in September that the plant had passed an environmental inspection.

Taza Ozen, a Kazakh environmental group, said the die-off was the third on the river since 2019 and faulted both governments for "years of neglect" of a joint water commission that has not met since 2020.

The Ili supplies about 80 percent of the water flowing into Balkhash, one of the largest lakes in Central Asia. Anglers in the delta village of Bakanas said dead carp and pike had been washing up for a week.`,
    [
      acc('Kazakhstan blames Chinese chemical plant for fish die-off in border river', ['Kazakhstan'], [['Xinjiang Tianhe Chemical Co.', 'Tianhe Chemical', 'Tianhe']]),
      acc('a chemical plant run by Xinjiang Tianhe Chemical Co. across the border in China had discharged untreated wastewater into the Ili River', [['Kazakhstan', 'Kazakh']], [['Xinjiang Tianhe Chemical Co.', 'Tianhe Chemical', 'Tianhe']]),
      acc('"Our neighbours are treating a shared river as their sewer," he said.', [['Yerlan Abdrakhmanov', 'Abdrakhmanov']], [CHINA]),
      den("China's foreign ministry rejected the accusation.", [CHINA], []),
      den('monitoring stations on the Chinese side "have detected no abnormal discharge"', [['Gao Xiaoming', 'Gao']], [['Kazakhstan', 'Kazakh']]),
      den('the Kazakh side should "avoid hasty conclusions not based on science."', [['Gao Xiaoming', 'Gao']], [['Kazakhstan', 'Kazakh']]),
      acc('faulted both governments for "years of neglect" of a joint water commission', [['Taza Ozen']], [['Kazakhstan', 'Kazakh'], CHINA]),
    ],
    'the plant\'s operator is a company ("Chinese chemical plant" is a private firm, not the state); the minister\'s "our neighbours" is China; asking for data and getting "silence" is a complaint, not a wrong (no claim); the protest note and compensation are demands; Gao\'s sentence names "the Kazakh side", so both his denials target Kazakhstan (as set 2 does for a sentence naming the accuser); state media reporting a passed inspection is no denial; "faulted ... for years of neglect" is a cue outside the usual list; the anglers\' account is narration.',
  ),
  // ─────────────────────────────── 9. environment (company) ───────────────────────────────
  art(
    'w5a-brazil-tailings-river-suit',
    ['environment', 'litigation', 'headline', 'document-subject', 'sanction-reason', 'quote-before', 'title-speaker', 'coref-description', 'denial-phrase', 'unnamed-claimant', 'negative', 'no-cue'],
    'Brazilian prosecutors sue miner over tailings leak that turned river orange',
    `By Ana Beatriz Moura
BELO HORIZONTE, Brazil

Federal prosecutors in Brazil on Tuesday filed a civil lawsuit seeking 1.2 billion reais ($220 million) from mining company Mineração Serra Alta, saying a leak from one of its tailings dams in Minas Gerais state had contaminated 90 kilometres of the Ouro Fino river.

In the lawsuit, the Federal Public Prosecutor's Office (MPF) says the company knew for at least two years that drainage pipes at its Ouro Fino dam were corroded and repeatedly postponed repairs to cut costs.

The leak on Oct. 3 sent iron-rich sludge into the river, turning it a rust-orange colour and killing fish along a stretch that supplies water to about 40,000 people.

Minas Gerais' state environment foundation, Feam, last week fined the company 45 million reais for "causing pollution that made the river unfit for human use."

"This was not an act of nature. It was a choice made in a spreadsheet," prosecutor Renata Guimarães said at a news conference in Belo Horizonte.

Serra Alta said in a statement that the overflow had been caused by "rainfall far above any historical record" and that the dam "remains structurally stable." It said it had hired an independent auditor and was delivering bottled water to affected communities.

Residents of the riverside town of São José do Ouro Fino said the company had ignored their complaints about discoloured well water for months before the leak.

Serra Alta, which is controlled by the Toronto-based investment fund Northwind Capital, produces about 8 million tonnes of iron ore a year.

Brazil has suffered two of the world's worst tailings dam disasters, at Mariana in 2015 and Brumadinho in 2019, which together killed more than 280 people.

A federal judge is expected to rule within days on the prosecutors' request to freeze 300 million reais of the company's assets.

Related coverage:
Mining regulator orders inspections of 60 dams after Ouro Fino leak`,
    [
      acc('Brazilian prosecutors sue miner over tailings leak that turned river orange', [["Federal Public Prosecutor's Office", 'MPF', 'Brazil', 'Brazilian']], [['Mineração Serra Alta', 'Serra Alta']]),
      acc('saying a leak from one of its tailings dams in Minas Gerais state had contaminated 90 kilometres of the Ouro Fino river', [["Federal Public Prosecutor's Office", 'MPF', 'Brazil', 'Brazilian']], [['Mineração Serra Alta', 'Serra Alta']]),
      acc('the company knew for at least two years that drainage pipes at its Ouro Fino dam were corroded and repeatedly postponed repairs to cut costs', [["Federal Public Prosecutor's Office", 'MPF']], [['Mineração Serra Alta', 'Serra Alta']]),
      acc('last week fined the company 45 million reais for "causing pollution that made the river unfit for human use."', [['Feam']], [['Mineração Serra Alta', 'Serra Alta']]),
      acc('"This was not an act of nature. It was a choice made in a spreadsheet," prosecutor Renata Guimarães said', [['Renata Guimarães', 'Guimarães']], [['Mineração Serra Alta', 'Serra Alta']]),
      den('Serra Alta said in a statement that the overflow had been caused by "rainfall far above any historical record"', [['Mineração Serra Alta', 'Serra Alta']], []),
      acc('said the company had ignored their complaints about discoloured well water for months before the leak', [], [['Mineração Serra Alta', 'Serra Alta']], undefined, true),
    ],
    '"Federal prosecutors in Brazil"/"Brazilian prosecutors" are the MPF named in the next sentence (country and office both accepted); the fine states its reason (accusation by Feam, a named state body); the prosecutor\'s quote names no doer but follows the suit against the company (target from context); blaming the rain is a denial of fault without a cue word; residents are unnamed and ignoring complaints is a soft wrong (optional); the asset-freeze request, the parent fund and the Mariana/Brumadinho background are no claims; the Related line is furniture.',
  ),
  // ───────────────────────────────────── 10. local crime (UK) ─────────────────────────────────────
  art(
    'w5a-leeds-takeaway-arson',
    ['local-crime', 'headline', 'arrest-charge', 'passive', 'hedged', 'quote-paragraph', 'title-then-name', 'coref-description', 'coref-pronoun', 'denial-phrase', 'unnamed-claimant', 'negative'],
    'Man, 34, charged over string of arson attacks on Leeds takeaways',
    `By Rachel Denholm, Crime Reporter
Published: 08:15, 22 February | Updated: 13:40

A man has been charged with arson after a series of fires at fast-food shops in east Leeds that police believe were linked to a dispute over delivery territory.

Dean Hollis, 34, of Harehills Lane, was charged on Thursday with four counts of arson with intent to endanger life, West Yorkshire Police said.

Fires were started at the front doors of four takeaways on Roundhay Road and York Road between December 28 and February 9. Nobody was seriously hurt, but a family of five living above one of the shops, the Golden Fryer, had to be rescued by firefighters using a ladder.

Detective Inspector Sarah Cowling said: "We believe these fires were set deliberately, in the early hours, by someone who knew that people were asleep upstairs. It is sheer luck that no one was killed."

Police say a second man, aged 29, who was arrested on suspicion of arson last week, has been released on bail pending further inquiries.

Hollis appeared before Leeds Magistrates' Court on Friday, where he spoke only to confirm his name, age and address. He was remanded in custody to appear at Leeds Crown Court on March 20.

His solicitor, Amir Qureshi, told the court his client "strongly denies any involvement" and had been at his mother's home in Bradford on the nights of the fires. "He will be pleading not guilty," Mr Qureshi said.

The owner of the Golden Fryer, Tariq Mahmood, said the attacks followed months of threats from "people who wanted us off this road." "We've been here 19 years. Somebody decided they wanted our customers," he said.

Anyone with information is asked to call West Yorkshire Police on 101, quoting crime reference 13260039112.

Related: Shop owners call for more patrols on Roundhay Road`,
    [
      acc('Man, 34, charged over string of arson attacks on Leeds takeaways', [], [['Dean Hollis', 'Hollis']]),
      acc('A man has been charged with arson after a series of fires at fast-food shops in east Leeds', [], []),
      acc('was charged on Thursday with four counts of arson with intent to endanger life, West Yorkshire Police said', [['West Yorkshire Police']], [['Dean Hollis', 'Hollis']]),
      acc('"We believe these fires were set deliberately, in the early hours, by someone who knew that people were asleep upstairs.', [['Sarah Cowling', 'Cowling']], [['Dean Hollis', 'Hollis']], 'hedged', true),
      acc('Police say a second man, aged 29, who was arrested on suspicion of arson last week', [['West Yorkshire Police']], [], 'hedged'),
      den('told the court his client "strongly denies any involvement"', [['Amir Qureshi', 'Qureshi']], []),
      den(`had been at his mother's home in Bradford on the nights of the fires`, [['Amir Qureshi', 'Qureshi']], [], undefined, true),
      den('"He will be pleading not guilty," Mr Qureshi said.', [['Amir Qureshi', 'Qureshi']], [], undefined, true),
      acc('the attacks followed months of threats from "people who wanted us off this road."', [['Tariq Mahmood', 'Mahmood']], []),
    ],
    'the headline names nobody but summarises the story (target Hollis, as set 2 resolves headlines); the lead\'s "A man" is named only in the next sentence (targets [], set 2\'s Honduras precedent), and "police believe were linked to a dispute" accuses nobody; the passive charge announced by the named force has it as claimant; the inspector\'s "someone" is vague (optional, hedged by "We believe"); "Police say" (the force of the story) for the second, unnamed arrestee; the alibi and the announced not-guilty plea are further denials (optional); the court appearance, the remand and the appeal for information are no claims; the shop owner\'s threats claim names no one.',
  ),
  // ───────────────────────────────────── 11. local crime (US) ─────────────────────────────────────
  art(
    'w5a-youth-league-treasurer-theft',
    ['local-crime', 'headline', 'arrest-charge', 'passive', 'document-subject', 'according-to', 'quote-paragraph', 'title-then-name', 'coref-pronoun', 'denial-phrase', 'unnamed-claimant', 'two-claims', 'negative', 'no-cue'],
    'Former treasurer accused of siphoning $410,000 from Harlow Falls youth sports league',
    `HARLOW FALLS, Pa. — Denise Karlsson, a former treasurer of the Harlow Falls Youth Athletic Association, was arrested Wednesday and charged with theft and forgery after investigators said she diverted more than $410,000 of the league's money to pay her mortgage, credit card bills and a timeshare in Florida.

Karlsson, 52, handled the association's accounts from 2017 until last spring, when a new board member noticed that the league could not pay for new uniforms despite record registration numbers, according to an affidavit filed by the Pennsylvania State Police.

The affidavit says Karlsson wrote 143 checks to herself from the league's account and forged the signature of the association's president, Tom Bracken, on at least 60 of them.

It also says she told a trooper in January that she had "borrowed" the money and always intended to pay it back.

Northfield County District Attorney Greg Pastorini called the case "a betrayal of every family that ever paid a registration fee."

"These were bake-sale dollars and car-wash dollars," Pastorini said at a news conference. "She treated them like her personal line of credit."

Karlsson's attorney, Michael Dunleavy, said his client looked forward to "telling her side of the story in court" and warned against a "rush to judgment." He did not dispute that money was missing but said the league's bookkeeping had been "chaotic for years, long before she took over."

Karlsson was released on $50,000 unsecured bail. A preliminary hearing is scheduled for Dec. 9.

Bracken said the league had cancelled its spring tournament trip to Ohio and raised fees for next season. "The kids are the ones paying for this," he said.

The association has since moved its accounts to a bank that requires two signatures on every check.

Comments are closed on this story.`,
    [
      acc('Former treasurer accused of siphoning $410,000 from Harlow Falls youth sports league', [], [['Denise Karlsson', 'Karlsson']]),
      acc('was arrested Wednesday and charged with theft and forgery', [], [['Denise Karlsson', 'Karlsson']]),
      acc(`after investigators said she diverted more than $410,000 of the league's money`, [], [['Denise Karlsson', 'Karlsson']]),
      acc("The affidavit says Karlsson wrote 143 checks to herself from the league's account", [['Pennsylvania State Police']], [['Denise Karlsson', 'Karlsson']]),
      acc("forged the signature of the association's president, Tom Bracken, on at least 60 of them", [['Pennsylvania State Police']], [['Denise Karlsson', 'Karlsson']]),
      acc('called the case "a betrayal of every family that ever paid a registration fee."', [['Greg Pastorini', 'Pastorini']], [['Denise Karlsson', 'Karlsson']]),
      acc('"She treated them like her personal line of credit."', [['Greg Pastorini', 'Pastorini']], [['Denise Karlsson', 'Karlsson']], undefined, true),
      den('warned against a "rush to judgment."', [['Michael Dunleavy', 'Dunleavy']], [], undefined, true),
      den(`said the league's bookkeeping had been "chaotic for years, long before she took over."`, [['Michael Dunleavy', 'Dunleavy']], [], undefined, true),
    ],
    'the charge is passive with no named charging body (claimants []); unnamed "investigators" give none; the affidavit is credited to the State Police, named as its filer in the sentence before (the document subject "The affidavit says"); its two allegations (checks, forgery) are two claims; "according to an affidavit" over the board member noticing a shortfall states no wrong; her "borrowed" statement is an admission (no claim); the DA\'s "betrayal" has no cue word; the lawyer\'s "rush to judgment" and "chaotic bookkeeping" (he does not dispute the loss) are at best weak denials (optional); bail, hearing, the president\'s lament and the comments line are no claims.',
  ),
  // ─────────────────────────────────── 12. wire, diplomatic ───────────────────────────────────
  art(
    'w5a-manila-water-cannon-protest',
    ['wire', 'diplomatic', 'headline', 'no-cue', 'cue-verb', 'coref-metonym', 'title-speaker', 'quote-before', 'counter-accusation', 'denial-phrase', 'condemn', 'unnamed-claimant', 'negative'],
    'Philippines summons Chinese envoy over water cannon attack on fisheries ship',
    `MANILA, June 3 (Pacific Wire) - The Philippines summoned China's deputy chief of mission on Monday to protest what it called the "dangerous and illegal" use of water cannon by the Chinese coast guard against a Philippine fisheries vessel near Sabina Shoal, the foreign ministry said.

Three crew members were hurt and the vessel's mast was damaged, the Bureau of Fisheries and Aquatic Resources said. Sabina Shoal lies about 140 km west of the Philippine island of Palawan, inside Manila's exclusive economic zone.

"This is the fourth such incident this year, and it will not be the last unless Beijing is held to account," National Security Council spokesman Ramon Villaflor told reporters.

The Chinese embassy in Manila said the Philippine ship had "illegally intruded" into waters near Xianbin Jiao, China's name for the shoal, and that the coast guard had taken "necessary control measures in accordance with the law." It accused Manila of "staging provocations for the cameras."

An arbitral tribunal in The Hague ruled in 2016 that China's sweeping claims in the South China Sea had no legal basis, a decision Beijing does not recognise. Manila has lodged more than 200 diplomatic protests with Beijing since 2022.

The United States, a treaty ally of the Philippines, said it "stands with our Philippine allies" and condemned what it called China's "dangerous manoeuvres."

(Reporting by Karla Mendoza in Manila and Wu Jian in Beijing; Editing by Sam Petrovic)`,
    [
      acc('Philippines summons Chinese envoy over water cannon attack on fisheries ship', [['Philippines', 'Philippine', 'Manila']], [CHINA], undefined, true),
      acc('to protest what it called the "dangerous and illegal" use of water cannon by the Chinese coast guard', [['Philippines', 'Philippine', 'Manila']], [CHINA]),
      acc('it will not be the last unless Beijing is held to account', [['Ramon Villaflor', 'Villaflor']], [CHINA], undefined, true),
      acc('the Philippine ship had "illegally intruded" into waters near Xianbin Jiao', [CHINA], [['Philippines', 'Philippine', 'Manila']]),
      den('the coast guard had taken "necessary control measures in accordance with the law."', [CHINA], []),
      acc('It accused Manila of "staging provocations for the cameras."', [CHINA], [['Philippines', 'Philippine', 'Manila']]),
      acc("ruled in 2016 that China's sweeping claims in the South China Sea had no legal basis", [], [CHINA], undefined, true),
      den('a decision Beijing does not recognise', [CHINA], [], undefined, true),
      acc(`condemned what it called China's "dangerous manoeuvres."`, [['United States', 'US', 'U.S.']], [CHINA]),
    ],
    'the embassy, the coast guard and the foreign ministry stand for their states; the summons in the headline is motivated by an "attack" (optional; set 2 treats a bare summons as no claim); "unless Beijing is held to account" presupposes a wrong (optional); the crew injuries are narration; a tribunal named by its city gives no claimants, and its ruling that claims have "no legal basis" is a finding of unlawfulness at most (optional); refusing to recognise it is a denial (GUIDELINES, voa) but it is background (optional, the tribunal unnamed so targets []); "stands with" is support, no claim.',
  ),
];
