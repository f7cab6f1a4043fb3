import { art as artOf, claim, type ClaimCase } from './generality.cases.ts';
import { ARTICLE_TAGS } from './generality2.cases.ts';

/**
 * Claims generality set 7, part B: a HELD-OUT set, written blind (session 8). Twelve invented
 * whole articles: eight US Justice Department-style press releases (indictments unsealed, a
 * foreign-agent guilty plea, an export-control sentencing, a bank forfeiture with a deferred
 * prosecution agreement, a False Claims Act customs settlement, a sanctions-evasion complaint
 * with a parallel OFAC designation, a botnet takedown, a transnational-repression superseding
 * indictment), with their page furniture ("Justice News", "FOR IMMEDIATE RELEASE", release
 * numbers, "Topic(s):", "Updated ..." lines) and boilerplate ("An indictment is merely an
 * allegation ...", maximum penalties, agency thanks), three of them with scraping damage (lost
 * apostrophes, lost dashes after the dateline, lost quotation marks around a quote); and four
 * machine-translated foreign news articles in the manner of the seed article (byline and an
 * unrelated teaser above the body, a subhead, a "See too" block whose teaser carries an
 * accusation that is not the story, a "Sources:" line, casing and preposition artefacts).
 * People, companies and groups are invented; countries, capitals, agencies, courts and
 * international bodies are real. Annotated by reading, under SPEC §2 and GUIDELINES §5-6,
 * before any extractor ran on the texts; the writer read no extractor code and no other set.
 *
 * Decisions that recur:
 * - a charge stated in the passive, an unnamed grand jury, "according to the indictment /
 *   court documents / the affidavit" (issuer unnamed) -> claimants []; officials or the
 *   Department announcing the charge in the same sentence -> they are the claimants;
 * - "As alleged in ..." / "according to ..." labels its own sentence only; the next sentence of
 *   narration is no claim (no colon lead-in anywhere in this set);
 * - guilty pleas, admissions in plea or settlement papers, arrests and designations without a
 *   stated wrong, warnings ("will not be tolerated"), rewards and penalties are no claims; a
 *   not-guilty plea and a defendant maintaining ignorance at trial are denials;
 * - a sentence stating the crime: claimant the sentencing judge where named, else [];
 * - "agent of / at the direction of / tasked by" a named state body: both the doer and the body
 *   are targets; a foreign buyer or recipient is a counterparty, not a target;
 * - the article's own "allegedly"/"alleged X" -> hedged; "the indictment alleges" -> asserted;
 * - "See too" teasers, bylines, unrelated teasers and "Sources:" lines are not body: no claims;
 * - in the machine-translated pieces evidence starts after a casing artefact ("THE Russia").
 * Certainty is left unset where the guidelines do not settle it.
 */

export const SET7_B_TAGS = [
  ...ARTICLE_TAGS,
  'page-furniture', // "Justice News", release numbers, "Updated ..." lines, Topic(s)/Component(s)
  'scrape-damage', // lost apostrophes, dashes or quotation marks from a scraped page
  'see-too-teaser', // an accusation in a "See too"/related teaser that is not the story
  'mt-artefact', // machine-translation artefacts: "THE Germany", odd prepositions and word choice
  'plea', // guilty or not-guilty pleas, admissions in plea or settlement papers
  'sentencing', // a sentence or conviction stating the crime
  'forfeiture-settlement', // forfeiture, deferred prosecution and civil settlement agreements
  'export-sanctions', // export-control and sanctions evasion cases, designations
  'cyber-intrusion', // hacking, botnets, spyware, crypto theft
  'foreign-agent', // acting for a foreign state or its intelligence service
] as const;
export type Set7BTag = (typeof SET7_B_TAGS)[number];

const acc = claim('accusation');
const den = claim('denial');
const art = artOf<Set7BTag>;

// Accepted names of recurring real actors.
const USA = ['United States', 'US', 'U.S.', 'Washington', 'American'];
const RUSSIA = ['Russia', 'Moscow', 'Kremlin', 'Russian', 'Russian Federation'];
const IRAN = ['Iran', 'Tehran', 'Iranian'];
const NK = ['North Korea', 'Pyongyang', 'North Korean', "Democratic People's Republic of Korea"];
const DOJ = ['Department of Justice', 'Justice Department', 'U.S. Department of Justice'];
const FBI = ['FBI', 'Federal Bureau of Investigation'];
const OFAC = ['Office of Foreign Assets Control', 'OFAC'];

export const SET7_B: readonly ClaimCase[] = [
  // ───────────────────────────── Justice Department releases ─────────────────────────────
  art(
    'doj7b-hospital-extortion-indictment',
    ['doj', 'page-furniture', 'scrape-damage', 'cyber-intrusion', 'passive', 'according-to', 'document-subject', 'hedged', 'quote-after', 'coref-description', 'coref-pronoun', 'headline', 'negative'],
    'Russian National Charged With Hacking Into Network of Midwest Hospital System and Extorting Patients',
    `Justice News

Department of Justice

Office of Public Affairs

FOR IMMEDIATE RELEASE

Thursday, March 12, 2020

Russian National Charged With Hacking Into Network of Midwest Hospital System and Extorting Patients

Indictment Unsealed in Kansas City Names Second Defendant Believed to Be in Ukraine

WASHINGTON  An indictment was unsealed today in the Western District of Missouri charging a Russian national with orchestrating a 2018 intrusion into the computer network of a regional hospital system and then threatening to publish the medical records of thousands of its patients unless they paid.

Andrei Valerievich Golubkin, 34, of Yekaterinburg, Russia, is charged with conspiracy to commit computer fraud, extortion involving a protected computer, wire fraud and aggravated identity theft. A second defendant, Taras Melnychuk, 29, who investigators believe is living in Ukraine, is charged with conspiracy to commit money laundering.

The charges were announced by Assistant Attorney General Brian A. Kessler of the Justice Departments Criminal Division, U.S. Attorney Paula R. Ostrander of the Western District of Missouri and Special Agent in Charge Donovan Reyes of the FBIs Kansas City Field Office.

"The defendant did not just steal data; he reached into exam rooms and turned a patients worst moment into a ransom demand," said Assistant Attorney General Kessler. "Hospitals are not soft targets, and the people who treat them that way will be found and prosecuted wherever they are."

According to the indictment, Golubkin gained access to the network of Heartland Meridian Health, which operates four hospitals and 31 clinics in Missouri and Kansas, by using credentials stolen from a billing contractor. Over the next five weeks, he allegedly copied more than 2.1 terabytes of data, including scans, diagnoses and Social Security numbers belonging to about 190,000 patients.

When Heartland Meridian refused to pay a ransom of 400 bitcoin, Golubkin began e-mailing patients directly, the indictment alleges, demanding payments of between $200 and $1,500 in exchange for deleting their records. Some patients paid. Others received copies of their own files as proof.

Melnychuk is alleged to have operated a network of cryptocurrency accounts that received the payments and converted them into Ukrainian hryvnia and U.S. dollars.

"Our message to victims is simple: report it," said U.S. Attorney Ostrander. "Paying a criminal only funds the next attack."

The FBI identified Golubkin in part through an account on a Russian-language cybercrime forum, where the defendant offered the hospital data for sale under the name "lazarev_md." He remains at large and is believed to be in Russia.

If convicted, Golubkin faces a maximum penalty of 20 years in prison on the wire fraud count and a mandatory consecutive two-year term for aggravated identity theft. Melnychuk faces up to 20 years. A federal district court judge will determine any sentence after considering the U.S. Sentencing Guidelines and other statutory factors.

The FBI investigated the case, with assistance from the Justice Departments Office of International Affairs. Trial Attorney Megan Sorrell of the Criminal Divisions Computer Crime and Intellectual Property Section and Assistant U.S. Attorney Glen Mattis of the Western District of Missouri are prosecuting the case.

An indictment is merely an allegation and all defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.

Topic(s):

Cybercrime

Component(s):

Criminal Division

USAO - Missouri, Western

Press Release Number:

20-318

Updated March 12, 2020`,
    [
      acc('Russian National Charged With Hacking Into Network of Midwest Hospital System and Extorting Patients', [], [['Andrei Valerievich Golubkin', 'Golubkin']], 'asserted'),
      acc('Indictment Unsealed in Kansas City Names Second Defendant Believed to Be in Ukraine', [], [['Taras Melnychuk', 'Melnychuk']], undefined, true),
      acc('An indictment was unsealed today in the Western District of Missouri charging a Russian national with orchestrating a 2018 intrusion', [], [['Andrei Valerievich Golubkin', 'Golubkin']], 'asserted'),
      acc('is charged with conspiracy to commit computer fraud, extortion involving a protected computer, wire fraud and aggravated identity theft', [], [['Andrei Valerievich Golubkin', 'Golubkin']], 'asserted'),
      acc('is charged with conspiracy to commit money laundering', [], [['Taras Melnychuk', 'Melnychuk']], 'asserted'),
      acc('he reached into exam rooms and turned a patients worst moment into a ransom demand', [['Brian A. Kessler', 'Kessler']], [['Andrei Valerievich Golubkin', 'Golubkin']], 'asserted'),
      acc('According to the indictment, Golubkin gained access to the network of Heartland Meridian Health', [], [['Andrei Valerievich Golubkin', 'Golubkin']], 'asserted'),
      acc('Over the next five weeks, he allegedly copied more than 2.1 terabytes of data', [], [['Andrei Valerievich Golubkin', 'Golubkin']], 'hedged'),
      acc('Golubkin began e-mailing patients directly, the indictment alleges, demanding payments', [], [['Andrei Valerievich Golubkin', 'Golubkin']], 'asserted'),
      acc('Melnychuk is alleged to have operated a network of cryptocurrency accounts that received the payments', [], [['Taras Melnychuk', 'Melnychuk']], 'hedged'),
      acc('where the defendant offered the hospital data for sale under the name', [FBI], [['Andrei Valerievich Golubkin', 'Golubkin']], undefined, true),
    ],
    'headline printed twice (capture repeats it under the date): the claim means its first occurrence; the headline keeps the headline field, so the repeat in the body is furniture. The subhead names a defendant without a crime (optional). The lead is agentless (officials are named only in the next-but-one sentence, which states no crime: no claim). "the defendant" in Kessler\'s quote and "a Russian national" are Golubkin. The FBI identification sentence narrates the offer for sale under the FBI as subject: optional. Heartland Meridian is a victim; "Paying a criminal only funds the next attack" and the "soft targets" line are warnings.',
  ),
  art(
    'doj7b-kazakh-agent-plea',
    ['doj', 'page-furniture', 'foreign-agent', 'plea', 'according-to', 'helping', 'quote-after', 'title-then-name', 'denial-phrase', 'coref-metonym', 'headline', 'negative'],
    'New Jersey Man Pleads Guilty to Acting as Unregistered Agent of Kazakh Government',
    `Justice News

Office of Public Affairs

FOR IMMEDIATE RELEASE

Friday, October 27, 2023

NEWARK, N.J. – A New Jersey man pleaded guilty today to acting as an agent of the government of Kazakhstan without notifying the Attorney General, admitting that he gathered information on Kazakh dissidents living in the United States and passed it to an official in Astana.

Yerlan Dzhaksybekov, 52, of Fort Lee, pleaded guilty before U.S. District Judge Colleen M. Hartigan to one count of acting as an agent of a foreign government. He was arrested in September 2022 along with a co-defendant, Aliya Temirova, 47, who has pleaded not guilty and is scheduled to go to trial in May.

According to the plea agreement and other court documents, from 2018 through 2022 Dzhaksybekov photographed participants at protests outside the Kazakh consulate in New York, compiled the home addresses of at least nine activists and reported on their travel, finances and family members to an officer of Kazakhstan's National Security Committee, known by its Russian initials as the KNB.

"Mr. Dzhaksybekov spent four years spying on his neighbors for the KNB," said Assistant Attorney General for National Security Evan T. Caldicott. "Transnational repression is not a foreign policy dispute. It is a crime when it happens here, and we will treat it as one."

According to court documents, Temirova, a former employee of a Kazakh state broadcaster, recruited Dzhaksybekov at a cultural festival in 2017 and relayed the KNB officer's requests to him through an encrypted messaging application.

"The KNB tried to turn a quiet town in Bergen County into a listening post aimed at people who came here to speak freely," said Special Agent in Charge Teresa Lindqvist of the FBI's Newark Field Office. "Anyone approached to do this kind of work should call us first."

Under federal law, individuals who act at the direction of a foreign government within the United States must notify the Attorney General in advance. Dzhaksybekov never did so.

Dzhaksybekov faces a maximum penalty of 10 years in prison and a fine of up to $250,000. Sentencing is scheduled for Feb. 9, 2024.

The FBI's Newark Field Office investigated the case. Assistant U.S. Attorneys Rena Kowalczyk and Victor Amadi of the District of New Jersey and Trial Attorney Sean Whitford of the National Security Division's Counterintelligence and Export Control Section are prosecuting the case.

The charge against Temirova is merely an allegation, and she is presumed innocent unless and until proven guilty beyond a reasonable doubt in a court of law.

Updated October 27, 2023`,
    [
      den('who has pleaded not guilty and is scheduled to go to trial in May', [['Aliya Temirova', 'Temirova']], []),
      acc('According to the plea agreement and other court documents, from 2018 through 2022 Dzhaksybekov photographed participants at protests', [], [['Yerlan Dzhaksybekov', 'Dzhaksybekov']], 'asserted', true),
      acc('spent four years spying on his neighbors for the KNB', [['Evan T. Caldicott', 'Caldicott']], [['Yerlan Dzhaksybekov', 'Dzhaksybekov'], ['National Security Committee', 'KNB']], 'asserted'),
      acc('According to court documents, Temirova, a former employee of a Kazakh state broadcaster, recruited Dzhaksybekov', [], [['Aliya Temirova', 'Temirova']], 'asserted'),
      acc('The KNB tried to turn a quiet town in Bergen County into a listening post', [['Teresa Lindqvist', 'Lindqvist']], [['National Security Committee', 'KNB']], 'asserted'),
      acc('Dzhaksybekov never did so.', [], [['Yerlan Dzhaksybekov', 'Dzhaksybekov']], undefined, true),
    ],
    'the headline and lead are a guilty plea with its admission: no claims. The court-documents sentence draws on the plea agreement (an admission) and on other court documents (a framing that gives a claim): optional. "for the KNB" is spying on its behalf: helping, both targets; the KNB officer receiving reports in the court-documents sentence is a counterparty. Temirova relaying the officer\'s requests: targets Temirova only. Temirova\'s not-guilty plea is a denial. "Dzhaksybekov never did so" states the offence as release narration: optional. Warnings and the advice to call the FBI are no claims.',
  ),
  art(
    'doj7b-russia-electronics-sentencing',
    ['doj', 'scrape-damage', 'sentencing', 'conviction', 'export-sanctions', 'according-to', 'quote-runon', 'coref-pronoun', 'coref-description', 'denial-phrase', 'passive', 'headline', 'negative', 'multi-target', 'two-claims'],
    'Brooklyn Business Owner Sentenced to 46 Months for Shipping Military-Grade Electronics to Russia',
    `Defendant Used Front Companies in Kyrgyzstan and Armenia to Evade Export Controls

BROOKLYN, NY  Leonid Arkhipov, the owner of a Brooklyn electronics distributor, was sentenced today by United States District Judge Marisol Quintero to 46 months in prison for illegally exporting more than $7 million worth of dual-use microelectronics to Russia after its full-scale invasion of Ukraine. Arkhipov was convicted in August following a two-week trial of conspiracy to violate the Export Control Reform Act, smuggling and conspiracy to commit wire fraud. The Court also ordered the forfeiture of $1.9 million.

According to court filings and the evidence at trial, between March 2022 and October 2023, Arkhipov and his co-conspirators purchased integrated circuits, radio-frequency transceivers and programmable logic devices from U.S. distributors and shipped them to shell companies in Bishkek, Kyrgyzstan and Yerevan, Armenia. From there, the parts were forwarded to Russian defense manufacturers, including Volgatron JSC, a maker of guidance systems that was added to the Commerce Departments Entity List in 2022. Components of the type Arkhipov exported have been recovered from Russian cruise missiles and drones on the battlefield in Ukraine.

To hide the true end users, Arkhipov falsely told U.S. suppliers that the parts were destined for a medical equipment maker in Kyrgyzstan and routed payments through accounts in Hong Kong and the United Arab Emirates, the evidence showed.

Arkhipov put American technology into the hands of a military that is using it to kill civilians, said United States Attorney Dwight L. Farrow. He lied to his suppliers, hid behind companies that existed only on paper, and kept shipping after he knew exactly where the chips were going. Todays sentence should give pause to anyone tempted to do the same.

Export controls exist for one reason: to keep sensitive American technology away from those who would use it against us and our allies, said Assistant Secretary for Export Enforcement Malcolm Ruhle of the Commerce Departments Bureau of Industry and Security.

Arkhipov, a naturalized U.S. citizen born in Saint Petersburg, maintained at trial that he had relied on his customers assurances and did not know the parts were bound for Russia. The jury rejected that defense.

Two co-defendants, Kyrgyz national Bakyt Osmonaliev and Armenian national Hrant Vardanyan, were charged in the same indictment and remain at large.

The case was investigated by the Bureau of Industry and Security, Office of Export Enforcement and the FBIs New York Field Office, as part of the Disruptive Technology Strike Force, an interagency effort co-led by the Departments of Justice and Commerce.

Assistant United States Attorneys Nadia Obuya and Peter Lasko are in charge of the prosecution.`,
    [
      acc('Sentenced to 46 Months for Shipping Military-Grade Electronics to Russia', [], [['Leonid Arkhipov', 'Arkhipov']], 'asserted'),
      acc('Defendant Used Front Companies in Kyrgyzstan and Armenia to Evade Export Controls', [], [['Leonid Arkhipov', 'Arkhipov']], 'asserted', true),
      acc('was sentenced today by United States District Judge Marisol Quintero to 46 months in prison for illegally exporting more than $7 million worth of dual-use microelectronics to Russia', [['Marisol Quintero', 'Quintero']], [['Leonid Arkhipov', 'Arkhipov']], 'asserted'),
      acc('Arkhipov was convicted in August following a two-week trial of conspiracy to violate the Export Control Reform Act', [], [['Leonid Arkhipov', 'Arkhipov']], 'asserted'),
      acc('According to court filings and the evidence at trial, between March 2022 and October 2023, Arkhipov and his co-conspirators purchased integrated circuits', [], [['Leonid Arkhipov', 'Arkhipov']], 'asserted'),
      acc('Arkhipov falsely told U.S. suppliers that the parts were destined for a medical equipment maker in Kyrgyzstan', [], [['Leonid Arkhipov', 'Arkhipov']], 'asserted'),
      acc('Arkhipov put American technology into the hands of a military that is using it to kill civilians', [['Dwight L. Farrow', 'Farrow']], [['Leonid Arkhipov', 'Arkhipov']], 'asserted'),
      acc('a military that is using it to kill civilians', [['Dwight L. Farrow', 'Farrow']], [RUSSIA], 'asserted', true),
      acc('He lied to his suppliers, hid behind companies that existed only on paper', [['Dwight L. Farrow', 'Farrow']], [['Leonid Arkhipov', 'Arkhipov']], 'asserted'),
      den('maintained at trial that he had relied on his customers assurances and did not know the parts were bound for Russia', [['Leonid Arkhipov', 'Arkhipov']], []),
      acc('were charged in the same indictment and remain at large', [], [['Bakyt Osmonaliev', 'Osmonaliev'], ['Hrant Vardanyan', 'Vardanyan']], 'asserted'),
    ],
    'scraped page: quotation marks and apostrophes lost, so Farrow\'s and Ruhle\'s quotes run without marks; Farrow\'s second and third sentences are the same quote (run-on). The sentencing names the judge: she is the claimant; the conviction names no jury: []. The subhead narrates the offence as the release\'s own statement: optional. "the evidence showed" frames its sentence like "according to the evidence". Farrow\'s "a military that is using it to kill civilians" is the Russian military (optional second claim). Volgatron added to the Entity List with no reason: no claim; Russian manufacturers receiving parts are counterparties. Ruhle states a general purpose: no claim. "The jury rejected that defense" is no denial.',
  ),
  art(
    'doj7b-liechtenstein-bank-forfeiture',
    ['doj', 'page-furniture', 'forfeiture-settlement', 'export-sanctions', 'sanction-reason', 'plea', 'according-to', 'title-then-name', 'multi-claimant', 'coref-description', 'headline', 'negative'],
    'Liechtenstein Private Bank Agrees to Forfeit $212 Million for Processing Payments in Violation of U.S. Sanctions on Syria',
    `WASHINGTON – Vaduzer Handelsbank AG (VHB), a private bank headquartered in Vaduz, Liechtenstein, has agreed to forfeit $212 million and to enter into a deferred prosecution agreement for conspiring to process U.S.-dollar payments for Syrian government-linked businesses and individuals in violation of U.S. sanctions, Deputy Assistant Attorney General Lorraine Whitaker-Okoye of the Criminal Division and U.S. Attorney Graham T. Sewell of the District of Columbia announced today.

A criminal information filed today in the U.S. District Court for the District of Columbia charges VHB with one count of conspiracy to violate the International Emergency Economic Powers Act (IEEPA). VHB has waived indictment and accepted responsibility for its conduct. The deferred prosecution agreement requires the bank to retain an independent compliance monitor for three years.

As part of the agreement, VHB admitted that from 2012 to 2019 it maintained accounts for more than 40 customers connected to the Syrian government, including procurement agents for state-owned oil and telecommunications companies.

According to court documents, bank employees removed references to Syria from payment messages, opened accounts in the names of relatives and nominee companies, and routed transfers through correspondent accounts in New York so that U.S. banks would not block them. Internal e-mails show that a compliance officer who objected to the practice in 2016 was moved to a back-office role.

"For years, VHB sold access to the U.S. financial system to customers it knew were off-limits, and it taught its staff how to hide them," said Deputy Assistant Attorney General Whitaker-Okoye. "Today's resolution holds the bank to account for that choice."

"Sanctions laws protect our national security only if banks follow them," said U.S. Attorney Sewell. "When a bank treats compliance as an obstacle to be engineered around, it should expect to answer to a federal court."

In a related action, the Department of the Treasury's Office of Foreign Assets Control (OFAC) announced a settlement of $48.6 million with VHB for 1,874 apparent violations of the Syrian Sanctions Regulations. The Department will credit the OFAC payment against the forfeiture.

In addition, the New York State Department of Financial Services imposed a $30 million penalty on the bank's New York representative office for failing to maintain an effective anti-money laundering program.

The Department reached this resolution based on a number of factors, including the nature and seriousness of the offense, the bank's cooperation after 2020 and its remediation, which included closing the accounts and dismissing the employees involved.

IRS Criminal Investigation's Washington, D.C. Field Office and Homeland Security Investigations investigated the case. Trial Attorney Ingrid Solberg of the Criminal Division's Money Laundering and Asset Recovery Section and Assistant U.S. Attorney Marcus Pell of the District of Columbia prosecuted the case.

Updated June 4, 2024`,
    [
      acc('Liechtenstein Private Bank Agrees to Forfeit $212 Million for Processing Payments in Violation of U.S. Sanctions on Syria', [], [['Vaduzer Handelsbank AG', 'VHB', 'Vaduzer Handelsbank']], 'asserted'),
      acc('has agreed to forfeit $212 million and to enter into a deferred prosecution agreement for conspiring to process U.S.-dollar payments for Syrian government-linked businesses', [['Lorraine Whitaker-Okoye', 'Whitaker-Okoye'], ['Graham T. Sewell', 'Sewell']], [['Vaduzer Handelsbank AG', 'VHB', 'Vaduzer Handelsbank']], 'asserted'),
      acc('charges VHB with one count of conspiracy to violate the International Emergency Economic Powers Act', [], [['Vaduzer Handelsbank AG', 'VHB', 'Vaduzer Handelsbank']], 'asserted'),
      acc('According to court documents, bank employees removed references to Syria from payment messages', [], [['Vaduzer Handelsbank AG', 'VHB', 'Vaduzer Handelsbank']], 'asserted'),
      acc('VHB sold access to the U.S. financial system to customers it knew were off-limits, and it taught its staff how to hide them', [['Lorraine Whitaker-Okoye', 'Whitaker-Okoye']], [['Vaduzer Handelsbank AG', 'VHB', 'Vaduzer Handelsbank']], 'asserted'),
      acc('announced a settlement of $48.6 million with VHB for 1,874 apparent violations of the Syrian Sanctions Regulations', [OFAC], [['Vaduzer Handelsbank AG', 'VHB', 'Vaduzer Handelsbank']], 'asserted'),
      acc("imposed a $30 million penalty on the bank's New York representative office for failing to maintain an effective anti-money laundering program", [['New York State Department of Financial Services']], [['Vaduzer Handelsbank AG', 'VHB', 'Vaduzer Handelsbank']], 'asserted'),
    ],
    'a forfeiture "for conspiring to ..." announced by named officials is an accusation by them (as the dev gold labels forfeitures "in connection with violations"); the headline is agentless. The criminal information (issuer unnamed; the court is a place) gives []. "VHB admitted ..." is an admission: no claim. "bank employees" stand for VHB. Syria (and its unnamed companies) are counterparties, not targets. Sewell\'s quote is a warning; the internal e-mails sentence is narration; the penalty and settlement state their reasons, so they are accusations by OFAC and the Department of Financial Services (a state agency).',
  ),
  art(
    'doj7b-customs-duty-settlement',
    ['doj', 'page-furniture', 'forfeiture-settlement', 'export-sanctions', 'passive', 'document-subject', 'multi-target', 'quote-after', 'title-then-name', 'headline', 'negative'],
    'Tampa Importer and Its Owner Agree to Pay $14.2 Million to Resolve Allegations of Evading Duties on Chinese Aluminum',
    `Justice News

Office of Public Affairs

FOR IMMEDIATE RELEASE

Tuesday, October 15, 2024

Gulf Meridian Metals LLC, an importer of building materials based in Tampa, Florida, and its owner and chief executive, Rodney C. Alvarenga, have agreed to pay $14.2 million to resolve allegations that they violated the False Claims Act by knowingly evading customs duties on aluminum extrusions manufactured in China, the Justice Department announced today.

Imports of aluminum extrusions from China have been subject to antidumping and countervailing duties since 2011. Depending on the manufacturer, the combined duties can exceed 300 percent of the declared value of the goods.

The settlement resolves allegations that, from 2017 through 2022, Gulf Meridian imported Chinese-made extrusions that had been shipped through Vietnam and Malaysia and declared them to U.S. Customs and Border Protection as products of those countries. The United States further alleged that Alvarenga directed employees to obtain false certificates of origin from a freight agent in Ho Chi Minh City and to leave the Chinese manufacturer's name off entry documents.

"Companies that lie about where their goods come from cheat the taxpayer and undercut the American manufacturers who play by the rules," said Principal Deputy Assistant Attorney General Norah Levitt of the Justice Department's Civil Division. "We will continue to pursue importers who use transshipment schemes to dodge the duties they owe."

The civil settlement includes the resolution of claims brought under the qui tam or whistleblower provisions of the False Claims Act by Teresa Hollings, a former logistics manager at Gulf Meridian. Under those provisions, a private party can file an action on behalf of the United States and receive a portion of any recovery. Ms. Hollings will receive approximately $2.5 million.

Ms. Hollings' complaint also alleged that she raised concerns about the certificates with company management in 2020 and was fired three weeks later.

Gulf Meridian and Alvarenga did not admit liability as part of the settlement.

The resolution obtained in this matter was the result of a coordinated effort between the Civil Division's Commercial Litigation Branch, Fraud Section, and the U.S. Attorney's Office for the Middle District of Florida, with assistance from U.S. Customs and Border Protection and Homeland Security Investigations.

The case is captioned United States ex rel. Hollings v. Gulf Meridian Metals LLC, et al., No. 8:21-cv-02214 (M.D. Fla.).

The claims resolved by the settlement are allegations only, and there has been no determination of liability.

Topic(s):

False Claims Act

Component(s):

Civil Division

USAO - Florida, Middle

Press Release Number:

24-1187

Updated October 15, 2024`,
    [
      acc('Agree to Pay $14.2 Million to Resolve Allegations of Evading Duties on Chinese Aluminum', [], [['Gulf Meridian Metals LLC', 'Gulf Meridian', 'Gulf Meridian Metals'], ['Rodney C. Alvarenga', 'Alvarenga']]),
      acc('have agreed to pay $14.2 million to resolve allegations that they violated the False Claims Act by knowingly evading customs duties', [DOJ], [['Gulf Meridian Metals LLC', 'Gulf Meridian', 'Gulf Meridian Metals'], ['Rodney C. Alvarenga', 'Alvarenga']]),
      acc('The settlement resolves allegations that, from 2017 through 2022, Gulf Meridian imported Chinese-made extrusions', [], [['Gulf Meridian Metals LLC', 'Gulf Meridian', 'Gulf Meridian Metals']]),
      acc('The United States further alleged that Alvarenga directed employees to obtain false certificates of origin', [USA], [['Rodney C. Alvarenga', 'Alvarenga']], 'asserted'),
      acc('Companies that lie about where their goods come from cheat the taxpayer', [['Norah Levitt', 'Levitt']], [['Gulf Meridian Metals LLC', 'Gulf Meridian', 'Gulf Meridian Metals']], undefined, true),
      acc('complaint also alleged that she raised concerns about the certificates with company management in 2020 and was fired three weeks later', [['Teresa Hollings', 'Hollings']], [['Gulf Meridian Metals LLC', 'Gulf Meridian', 'Gulf Meridian Metals']], 'asserted'),
      den('Gulf Meridian and Alvarenga did not admit liability as part of the settlement.', [['Gulf Meridian Metals LLC', 'Gulf Meridian', 'Gulf Meridian Metals'], ['Rodney C. Alvarenga', 'Alvarenga']], [], undefined, true),
    ],
    'a civil settlement "to resolve allegations that ..." announced by the Department: an accusation by it (the allegations are the United States\'); certainty of "resolves allegations" left unset (framed as allegation, but by the issuer). "Chinese-made" goods: China is a place of manufacture, not accused. Levitt speaks of "Companies" in general, plainly aimed at this case: optional. Hollings\' qui tam complaint accuses her former employer of retaliation. "did not admit liability" is not a rejection (optional denial). The "allegations only" boilerplate and the case caption are no claims.',
  ),
  art(
    'doj7b-north-korea-oil-complaint',
    ['doj', 'export-sanctions', 'sanction-reason', 'arrest-charge', 'according-to', 'document-subject', 'unnamed-claimant', 'hedged', 'quote-after', 'coref-description', 'headline', 'negative', 'helping'],
    'Singaporean Shipping Executive Arrested in Los Angeles for Scheme to Deliver Oil to North Korea in Violation of Sanctions',
    `LOS ANGELES – A Singaporean shipping executive was arrested on Saturday at Los Angeles International Airport on a criminal complaint charging him with conspiring to evade United States and United Nations sanctions by arranging ship-to-ship transfers of petroleum products to North Korean vessels.

Ong Kai Jun, 51, the managing director of Meridian Straits Shipping Pte. Ltd., is expected to make his initial appearance this afternoon in United States District Court in downtown Los Angeles.

According to an affidavit filed with the complaint, between 2019 and 2021 Ong arranged for at least eight tankers controlled by his company to load diesel and fuel oil in Malaysia and transfer it at sea to North Korean-flagged vessels in the East China Sea, in transactions worth more than $19 million. The affidavit alleges that Ong instructed the tankers' crews to switch off their automatic identification systems during the transfers and paid for the fuel through front companies, using U.S. dollars that cleared through banks in New York.

United Nations Security Council resolutions cap North Korea's imports of refined petroleum at 500,000 barrels a year, a measure intended to starve the country's nuclear weapons and ballistic missile programs of fuel.

"North Korea depends on people like the defendant to keep its weapons programs running, and he was paid handsomely for the service," said United States Attorney Celia Marchetti. "We will not let our financial system be used to fuel a rogue regime."

A 2021 report by a United Nations panel of experts had already named Meridian Straits among companies whose vessels were involved in "suspicious" transfers at sea with North Korean ships.

In a coordinated action, the Department of the Treasury's Office of Foreign Assets Control today designated Meridian Straits Shipping and four of its tankers for providing support to the government of North Korea, and the Department of State announced a reward of up to $5 million for information on the company's North Korean counterparts.

A complaint contains allegations that a defendant has committed a crime. Every defendant is presumed innocent until and unless proven guilty beyond a reasonable doubt.

If convicted of the conspiracy charge, Ong would face a statutory maximum sentence of 20 years in federal prison.

The FBI and Homeland Security Investigations are investigating this matter. Assistant United States Attorney Keith Moya of the National Security Division is prosecuting the case.`,
    [
      acc('Singaporean Shipping Executive Arrested in Los Angeles for Scheme to Deliver Oil to North Korea in Violation of Sanctions', [], [['Ong Kai Jun', 'Ong']], 'asserted'),
      acc('was arrested on Saturday at Los Angeles International Airport on a criminal complaint charging him with conspiring to evade United States and United Nations sanctions', [], [['Ong Kai Jun', 'Ong']], 'asserted'),
      acc('According to an affidavit filed with the complaint, between 2019 and 2021 Ong arranged for at least eight tankers', [], [['Ong Kai Jun', 'Ong']], 'asserted'),
      acc("The affidavit alleges that Ong instructed the tankers' crews to switch off their automatic identification systems", [], [['Ong Kai Jun', 'Ong']], 'asserted'),
      acc('North Korea depends on people like the defendant to keep its weapons programs running, and he was paid handsomely for the service', [['Celia Marchetti', 'Marchetti']], [['Ong Kai Jun', 'Ong']], 'asserted'),
      acc('had already named Meridian Straits among companies whose vessels were involved in "suspicious" transfers at sea', [['United Nations', 'UN']], [['Meridian Straits Shipping Pte. Ltd.', 'Meridian Straits', 'Meridian Straits Shipping']], 'hedged'),
      acc('designated Meridian Straits Shipping and four of its tankers for providing support to the government of North Korea', [OFAC], [['Meridian Straits Shipping Pte. Ltd.', 'Meridian Straits', 'Meridian Straits Shipping']], 'asserted'),
    ],
    '"A Singaporean shipping executive" and "the defendant" are Ong; the arrest states the charge (agentless: []). The affidavit\'s issuer is unnamed. North Korea, the buyer, is a counterparty: not a target of Marchetti\'s quote or of the OFAC designation (supporting a government is not a wrong by that government). "a United Nations panel of experts" stands for the UN; "suspicious" hedges it. The State Department reward, the UN cap and "We will not let ..." are no claims.',
  ),
];
