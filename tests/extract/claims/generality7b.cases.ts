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
const USA = ['United States', 'US', 'U.S.', 'USA', 'Washington', 'American'];
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

Indictment Unsealed in Kansas City Federal Court

WASHINGTON  An indictment was unsealed today in the Western District of Missouri charging a Russian national with orchestrating a 2018 intrusion into the computer network of a regional hospital system and then threatening to publish the medical records of thousands of its patients unless they paid.

Andrei Valerievich Golubkin, 34, of Yekaterinburg, Russia, is charged with conspiracy to commit computer fraud, extortion involving a protected computer, wire fraud and aggravated identity theft. A second defendant, Taras Melnychuk, 29, who investigators believe is living in Ukraine, is charged with conspiracy to commit money laundering.

The charges were announced by Assistant Attorney General Brian A. Kessler of the Justice Departments Criminal Division, U.S. Attorney Paula R. Ostrander of the Western District of Missouri and Special Agent in Charge Donovan Reyes of the FBIs Kansas City Field Office.

"The defendant did not just steal data; he reached into exam rooms and turned a patients worst moment into a ransom demand," said Assistant Attorney General Kessler. "Hospitals are not soft targets, and the people who treat them that way will be found and prosecuted wherever they are."

According to the indictment, Golubkin gained access to the network of Heartland Meridian Health, which operates four hospitals and 31 clinics in Missouri and Kansas, by using credentials stolen from a billing contractor. Over the next five weeks, he allegedly copied more than 2.1 terabytes of data, including scans, diagnoses and Social Security numbers belonging to about 190,000 patients.

When Heartland Meridian refused to pay a ransom of 400 bitcoin, Golubkin began e-mailing patients directly, the indictment alleges, demanding payments of between $200 and $1,500 in exchange for deleting their records. Some patients paid. Others received copies of their own files as proof.

Melnychuk is alleged to have operated a network of cryptocurrency accounts that received the payments and converted them into Ukrainian hryvnia and U.S. dollars.

"Our message to victims is simple: report it," said U.S. Attorney Ostrander. "Paying a criminal only funds the next attack."

The FBI identified Golubkin in part through the nickname "lazarev_md," which he used on a Russian-language cybercrime forum. He remains at large and is believed to be in Russia.

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
      acc('An indictment was unsealed today in the Western District of Missouri charging a Russian national with orchestrating a 2018 intrusion', [], [['Andrei Valerievich Golubkin', 'Golubkin']], 'asserted'),
      acc('is charged with conspiracy to commit computer fraud, extortion involving a protected computer, wire fraud and aggravated identity theft', [], [['Andrei Valerievich Golubkin', 'Golubkin']], 'asserted'),
      acc('is charged with conspiracy to commit money laundering', [], [['Taras Melnychuk', 'Melnychuk']], 'asserted'),
      acc('he reached into exam rooms and turned a patients worst moment into a ransom demand', [['Brian A. Kessler', 'Kessler']], [['Andrei Valerievich Golubkin', 'Golubkin']], 'asserted'),
      acc('According to the indictment, Golubkin gained access to the network of Heartland Meridian Health', [], [['Andrei Valerievich Golubkin', 'Golubkin']], 'asserted'),
      acc('Over the next five weeks, he allegedly copied more than 2.1 terabytes of data', [], [['Andrei Valerievich Golubkin', 'Golubkin']], 'hedged'),
      acc('Golubkin began e-mailing patients directly, the indictment alleges, demanding payments', [], [['Andrei Valerievich Golubkin', 'Golubkin']], 'asserted'),
      acc('Melnychuk is alleged to have operated a network of cryptocurrency accounts that received the payments', [], [['Taras Melnychuk', 'Melnychuk']], 'hedged'),
    ],
    'headline printed twice (capture repeats it under the date): the claim means its first occurrence; the headline keeps the headline field, so the repeat in the body is furniture. The lead is agentless (officials are named only in the next-but-one sentence, which states no crime: no claim). "the defendant" in Kessler\'s quote and "a Russian national" are Golubkin. The FBI identification states no crime (no claim). Heartland Meridian is a victim; "Paying a criminal only funds the next attack" and the "soft targets" line are warnings.',
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
    `Defendant Also Ordered to Forfeit $1.9 Million

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
    'scraped page: quotation marks and apostrophes lost, so Farrow\'s and Ruhle\'s quotes run without marks; Farrow\'s second and third sentences are the same quote (run-on). The sentencing names the judge: she is the claimant; the conviction names no jury: []. The subhead (forfeiture) is no claim. "the evidence showed" frames its sentence like "according to the evidence". Farrow\'s "a military that is using it to kill civilians" is the Russian military (optional second claim). Volgatron added to the Entity List with no reason: no claim; Russian manufacturers receiving parts are counterparties. Ruhle states a general purpose: no claim. "The jury rejected that defense" is no denial.',
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
  art(
    'doj7b-router-botnet-takedown',
    ['doj', 'page-furniture', 'scrape-damage', 'cyber-intrusion', 'hedged', 'according-to', 'document-subject', 'quote-after', 'coref-pronoun', 'headline', 'negative', 'passive'],
    'Justice Department Disrupts Botnet of Hijacked Home Routers; Russian Administrator Charged',
    `Justice News

Office of Public Affairs

FOR IMMEDIATE RELEASE

Wednesday, February 19, 2025

Court-Authorized Operation Removed Malware From Thousands of Devices in 14 Countries

WASHINGTON – The Justice Department today announced a court-authorized operation that disrupted Ravenmesh, a network of more than 64,000 hijacked home and small-office routers that criminals rented to conceal ransomware attacks, bank fraud and the theft of login credentials, and the unsealing of an indictment charging its alleged administrator, a Russian national.

Maksim Igorevich Sokolov, 38, of Krasnodar, Russia, is charged in the District of Alaska with conspiracy to commit computer intrusion and conspiracy to commit wire fraud. He remains at large.

According to the indictment, since at least 2019 Sokolov infected routers by exploiting known vulnerabilities in older models that no longer received security updates, then sold access to the infected devices as proxies through a subscription website, charging as little as $9 a day. Customers of the service included members of the Silvercrow ransomware group and at least two crews that targeted online banking customers in the United States and Europe, the indictment alleges.

"Sokolov built a business out of other peoples routers and sold anonymity to the criminals who needed it most," said Assistant Attorney General Hollis Carver of the Justice Departments Criminal Division. "By taking down his infrastructure, we have taken away a hiding place that many cybercriminals depended on."

The operation, conducted under a warrant issued by a federal magistrate judge in Anchorage, sent commands to infected routers in the United States that deleted the malware and blocked Sokolov from regaining access. The FBI worked with authorities in Germany, the Netherlands and Poland to take the services command servers offline.

The FBI assesses that Sokolov likely also used the botnet himself to break into the email accounts of employees at two U.S. defense contractors in 2022, although he has not been charged in connection with that activity.

"Most owners of these routers had no idea their devices were working for criminals," said Special Agent in Charge Ruth Ellison of the FBIs Anchorage Field Office. "If your router is no longer supported by its manufacturer, replace it."

The Department of States Transnational Organized Crime Rewards Program is offering a reward of up to $10 million for information leading to Sokolovs arrest or conviction.

If convicted, Sokolov faces a maximum penalty of five years in prison on the intrusion conspiracy and 20 years on the wire fraud conspiracy.

An indictment is merely an allegation, and all defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.

Topic(s):

Cybercrime

Press Release Number:

25-0412

Updated February 20, 2025`,
    [
      acc('Russian Administrator Charged', [], [['Maksim Igorevich Sokolov', 'Sokolov']], 'asserted', true),
      acc('the unsealing of an indictment charging its alleged administrator, a Russian national', [DOJ], [['Maksim Igorevich Sokolov', 'Sokolov']], 'hedged'),
      acc('is charged in the District of Alaska with conspiracy to commit computer intrusion and conspiracy to commit wire fraud', [], [['Maksim Igorevich Sokolov', 'Sokolov']], 'asserted'),
      acc('According to the indictment, since at least 2019 Sokolov infected routers by exploiting known vulnerabilities', [], [['Maksim Igorevich Sokolov', 'Sokolov']], 'asserted'),
      acc('Customers of the service included members of the Silvercrow ransomware group', [], ['Silvercrow'], 'asserted'),
      acc('Sokolov built a business out of other peoples routers and sold anonymity to the criminals who needed it most', [['Hollis Carver', 'Carver']], [['Maksim Igorevich Sokolov', 'Sokolov']], 'asserted'),
      acc('The FBI assesses that Sokolov likely also used the botnet himself to break into the email accounts', [FBI], [['Maksim Igorevich Sokolov', 'Sokolov']], 'hedged'),
    ],
    'scraped page (apostrophes lost). Ravenmesh is infrastructure (a botnet): not an actor, and "criminals rented" names nobody; the lead\'s "its alleged administrator, a Russian national" is Sokolov, the Department announcing is the claimant, hedged by "alleged". The "Russian Administrator Charged" headline half: optional (the first half is an operation, no claim). Silvercrow is a named criminal group accused as a customer by the indictment; the banking crews are unnamed. "he has not been charged" negates a charge, but the FBI assessment in the same sentence is a hedged accusation. The warrant, the takedown, the reward and the advice to replace routers are no claims; the "had no idea" quote accuses no one.',
  ),
  art(
    'doj7b-iran-surveillance-superseding',
    ['doj', 'page-furniture', 'foreign-agent', 'helping', 'according-to', 'document-subject', 'hedged', 'quote-after', 'plea', 'denial-phrase', 'coref-description', 'coref-pronoun', 'headline', 'negative', 'multi-target'],
    "Two Men Charged with Conspiring to Surveil Iranian-American Author at the Direction of Iran's Intelligence Ministry",
    `Justice News

Office of Public Affairs

FOR IMMEDIATE RELEASE

Wednesday, July 30, 2025

A superseding indictment unsealed today in the District of Maryland charges a second man with conspiring to act as an agent of the Iranian government by surveilling an Iranian-American author and human rights advocate who lives in Montgomery County, Maryland.

Kaveh Rostami, 44, a dual Iranian and Canadian citizen who lives in Toronto, was arrested Monday in Buffalo, New York, after crossing the Peace Bridge from Canada. A co-defendant, Dariush Alemzadeh, 39, of Glen Burnie, Maryland, was arrested in February and has pleaded not guilty.

As alleged in the superseding indictment, in 2023 and 2024 an officer of Iran's Ministry of Intelligence and Security (MOIS) tasked Rostami with locating Victim-1, whose writing on conditions in Iranian prisons is banned in Iran. Rostami in turn hired Alemzadeh, a private security guard, to photograph Victim-1's home, follow Victim-1 to public events and record the license plates of visitors. In messages recovered by investigators, Rostami and Alemzadeh discussed whether Victim-1 could be persuaded to travel to a third country, the indictment alleges.

"The Iranian regime continues to hunt its critics on American soil, and it relies on hired proxies to do the work," said Assistant Attorney General for National Security Evan T. Caldicott. "Those who take the regime's money to stalk people in this country will face American justice."

"Victim-1 has been a target of the Iranian government for years, and we believe these defendants were only the latest people sent to watch her," said Special Agent in Charge Omar Kellerman of the FBI's Baltimore Field Office.

Rostami is charged with conspiracy to act as an agent of a foreign government without notice to the Attorney General, conspiracy to commit stalking and conspiracy to violate the International Emergency Economic Powers Act. If convicted, he faces a maximum of 10 years in prison on the agent charge, five years on the stalking charge and 20 years on the IEEPA charge.

Rostami had his initial appearance in the Western District of New York and was ordered detained pending transfer to Maryland. Alemzadeh remains in custody.

The FBI's Baltimore Field Office is investigating the case, with assistance from the Royal Canadian Mounted Police.

An indictment is merely an allegation. All defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.

Updated July 31, 2025`,
    [
      acc("Two Men Charged with Conspiring to Surveil Iranian-American Author at the Direction of Iran's Intelligence Ministry", [], [['Kaveh Rostami', 'Rostami'], ['Dariush Alemzadeh', 'Alemzadeh'], ['Ministry of Intelligence and Security', 'MOIS', "Iran's Intelligence Ministry", 'Intelligence Ministry']], 'asserted'),
      acc('charges a second man with conspiring to act as an agent of the Iranian government', [], [['Kaveh Rostami', 'Rostami'], IRAN], 'asserted'),
      den('was arrested in February and has pleaded not guilty', [['Dariush Alemzadeh', 'Alemzadeh']], []),
      acc("As alleged in the superseding indictment, in 2023 and 2024 an officer of Iran's Ministry of Intelligence and Security (MOIS) tasked Rostami with locating Victim-1", [], [['Ministry of Intelligence and Security', 'MOIS'], ['Kaveh Rostami', 'Rostami']], 'asserted'),
      acc('Rostami and Alemzadeh discussed whether Victim-1 could be persuaded to travel to a third country, the indictment alleges', [], [['Kaveh Rostami', 'Rostami'], ['Dariush Alemzadeh', 'Alemzadeh']], 'asserted', true),
      acc('The Iranian regime continues to hunt its critics on American soil', [['Evan T. Caldicott', 'Caldicott']], [IRAN], 'asserted'),
      acc('Victim-1 has been a target of the Iranian government for years', [['Omar Kellerman', 'Kellerman']], [IRAN], 'asserted'),
      acc('we believe these defendants were only the latest people sent to watch her', [['Omar Kellerman', 'Kellerman']], [['Kaveh Rostami', 'Rostami'], ['Dariush Alemzadeh', 'Alemzadeh']], 'hedged'),
      acc('Rostami is charged with conspiracy to act as an agent of a foreign government without notice to the Attorney General', [], [['Kaveh Rostami', 'Rostami']], 'asserted'),
    ],
    '"at the direction of" / "agent of" a named state body is helping it: the headline targets both men and the MOIS, the lead the second man (Rostami) and Iran. "A co-defendant" states no crime in its own sentence: no claim. Alemzadeh\'s not-guilty plea is a denial. "As alleged in ..." labels its own sentence (the MOIS officer stands for the MOIS; Rostami tasked); the next sentence (hiring Alemzadeh) is narration, no claim. Discussing travel to a third country is a wrong only by implication: optional. "a foreign government" in the charge sentence is unnamed: no Iran. The arrest, detention and "Those who take the regime\'s money ..." are no claims. Victim-1 is no actor.',
  ),
  // ───────────────────────────── machine-translated foreign news ─────────────────────────────
  art(
    'mt7b-germany-rail-sabotage',
    ['machine-translated', 'mt-artefact', 'see-too-teaser', 'headline', 'coref-metonym', 'title-then-name', 'quote-after', 'denial-verb', 'denial-phrase', 'multi-claimant', 'unnamed-claimant', 'attribution', 'is-behind', 'negative', 'foreign-agent'],
    'Germany accuses Russia of sabotage in railway cables and expels diplomats',
    `by Marcelo
Smart watch with ECG arrives in stores with 30% of discount

THE Germany's government announced this Tuesday the expulsion of three Russian diplomats after the investigators concluded that the cutting of cables of the railway network in October was executed by order of the military intelligence from Russia, the GRU. The attack paralyzed the train traffic in the north of the country during almost 14 hours and left more than 200,000 passengers without transport. The repair of the cables took almost two days and cost around 3 million euros, according to the operator of the network.

According to the Interior Minister, Henrike Voss, the evidences show that two men recruited by Telegram received payments in cryptocurrency to do the sabotage and that them reported directly to an officer of the GRU based in the embassy of Russia in Berlin. "We have no doubts of who is behind of this. It is the Russian state that attacks our infrastructure," said the minister in a press conference in the capital.

The two suspects, a Moldovan of 27 years and a German of 31 years, were arrested in Hamburg in November and are in preventive prison since then. The Federal Prosecutor's Office accuses them of agent activity with purposes of sabotage and of dangerous interference in the rail traffic.

THE Russia rejected the accusations. The spokesman of the Kremlin, Dmitri Orlanov, said that Moscow "has nothing to see with these incidents" and classified the decision of Berlin as "one more hostile step of the German side". The Russian embassy promised a response "in mirror".

Increase of the attacks in Europe

The case is not isolated. In the last two years, the authorities of Poland, of Lithuania and of the United Kingdom also attributed to Russian services acts of sabotage and arson against warehouses, railways and companies that help the Ukraine. Specialists heard by the newspaper Hamburger Tageblatt say that the recruitment of "disposable agents" by the internet, with small payments, is a tendency that the police have difficulty to follow.

The expelled diplomats have seven days to leave the German territory.

See too

Access other news about security on Mundotech, such as the report that accuses a Chinese app of shopping of sending the data of millions of users to servers in Shenzhen without authorization.

Sources: Reuters | Deutsche Welle | Tagesschau`,
    [
      acc('Germany accuses Russia of sabotage in railway cables', [['Germany', 'German']], [RUSSIA], 'asserted'),
      acc("Germany's government announced this Tuesday the expulsion of three Russian diplomats after the investigators concluded that the cutting of cables of the railway network in October was executed by order of the military intelligence from Russia, the GRU", [['Germany', "Germany's government", 'Berlin', 'German']], [['GRU', 'military intelligence from Russia']], 'asserted'),
      acc('According to the Interior Minister, Henrike Voss, the evidences show that two men recruited by Telegram received payments in cryptocurrency to do the sabotage and that them reported directly to an officer of the GRU', [['Henrike Voss', 'Voss']], ['GRU'], 'asserted'),
      acc('It is the Russian state that attacks our infrastructure', [['Henrike Voss', 'Voss']], [RUSSIA], 'asserted'),
      acc("The Federal Prosecutor's Office accuses them of agent activity with purposes of sabotage", [["Federal Prosecutor's Office"]], [], 'asserted'),
      den('Russia rejected the accusations.', [RUSSIA], []),
      den('said that Moscow "has nothing to see with these incidents"', [['Dmitri Orlanov', 'Orlanov']], []),
      acc('the authorities of Poland, of Lithuania and of the United Kingdom also attributed to Russian services acts of sabotage and arson', ['Poland', 'Lithuania', ['United Kingdom', 'UK']], [RUSSIA], 'asserted'),
    ],
    'byline, the watch teaser, "See too" with its teaser (an accusation against a Chinese app that is not the story) and the Sources line are not body: no claims. Evidence starts after the "THE" casing artefact. The expulsion gives its reason, so it is an accusation by Germany against the GRU (the group description of state agents stands for the agency; lenient scoring accepts Russia). "them reported to an officer of the GRU": the GRU directed the sabotage (target); the two arrested men are unnamed (prosecutor\'s accusation with targets []). Telegram is a platform. Orlanov calling the expulsion "one more hostile step" criticises a decision: no claim. "Russian services" stand for Russia. The specialists\' sentence accuses no one; the promised "mirror" response is a prediction.',
  ),
  art(
    'mt7b-ecuador-spyware-journalists',
    ['machine-translated', 'mt-artefact', 'see-too-teaser', 'cyber-intrusion', 'hedged', 'attribution', 'denial-verb', 'denial-phrase', 'scattered-denial', 'coref-description', 'quote-paragraph', 'unnamed-claimant', 'headline', 'negative', 'reported-speech', 'condemn'],
    'Laboratory finds spyware in telephones of five journalists in Ecuador',
    `by Redação Giro
The new version of the popular game of football arrives with surprises

Investigators of the Bastion Lab, of the University of Geneva, identified infections by a spyware called "Cobalto" in the cellphones of five Ecuadorian journalists that investigated corruption in contracts of the ports of Guayaquil. The report, published this Wednesday, affirms with "high confidence" that the operator of the espionage is an agency of the government of Ecuador.

According to the researchers, the infections happened between March and August of last year, through messages of WhatsApp that simulated notifications of delivery of packages. Once installed, the program allowed to read messages, to activate the microphone and to copy the photos of the devices without the victim to notice.

THE Cobalto is commercialized by the company Veritrace Systems, registered in Cyprus, that sells the tool only to governments. In a note sent to the reporters, the Veritrace said that "does not operate the systems of its clients" and that it "rejects categorically any insinuation of participation in the espionage of journalists". The company did not inform if Ecuador is between its clients.

"What happened is a crime against the press and against the democracy of the country," declared the president of the National Union of Journalists of Ecuador, Paulina Cedeño. "The State spied on those who inspect the State." The union asks for an independent investigation and the preservation of the servers.

THE government of Ecuador denied that it has acquired or used the program. In a statement, the Secretariat of Communication said that the accusations "lack of any technical base" and that the country "respects the freedom of expression in its totality".

What says the report

The Bastion Lab says that found in the devices traces of the same infrastructure of servers used in previous attacks against activists in two other countries of Latin America. The laboratory did not name these countries.

One of the journalists affected, Esteban Lara, of the digital newspaper La Brújula, told that he suspected of the espionage when sources began to receive calls of unknown people that knew details of their conversations.

See too

Access other news about privacy in the Giro Digital, such as the case of the social network that is accused by European regulators of to use the photos of minors to train artificial intelligence.

Sources: Bastion Lab | El Universo | Associated Press`,
    [
      acc('affirms with "high confidence" that the operator of the espionage is an agency of the government of Ecuador', [['Bastion Lab']], [['Ecuador', 'Ecuadorian']], 'hedged'),
      den('the Veritrace said that "does not operate the systems of its clients"', [['Veritrace Systems', 'Veritrace']], []),
      den('it "rejects categorically any insinuation of participation in the espionage of journalists"', [['Veritrace Systems', 'Veritrace']], []),
      acc('What happened is a crime against the press and against the democracy of the country', [['Paulina Cedeño', 'Cedeño']], [], 'asserted', true),
      acc('The State spied on those who inspect the State.', [['Paulina Cedeño', 'Cedeño']], [['Ecuador', 'Ecuadorian']], 'asserted'),
      den('government of Ecuador denied that it has acquired or used the program', [['Ecuador', 'government of Ecuador']], []),
      den('the Secretariat of Communication said that the accusations "lack of any technical base"', [['Secretariat of Communication', 'Ecuador']], []),
    ],
    'the byline, the game teaser, "See too" (its teaser accuses a social network: not the story) and Sources are not body. The lab\'s "high confidence" attribution is hedged; "the operator ... is an agency of the government of Ecuador" names no agency, so the target is Ecuador. The journalists\' union is named only through its president: Cedeño is the claimant; "the State" in her quote is Ecuador; her first sentence names no doer (optional, targets []). Veritrace\'s two statements are two denials; "sells the tool only to governments" is narration. The Secretariat of Communication is its own agency (affiliation Ecuador; Ecuador accepted as alternative). The lab\'s note on shared infrastructure and Lara\'s suspicion name no wrongdoer: no claims. WhatsApp is a platform.',
  ),
  art(
    'mt7b-japan-exchange-heist',
    ['machine-translated', 'mt-artefact', 'see-too-teaser', 'cyber-intrusion', 'attribution', 'multi-claimant', 'joint-statement', 'state-media', 'denial-phrase', 'counter-accusation', 'hedged', 'coref-metonym', 'headline', 'negative', 'is-behind'],
    'Japan and USA point North Korea as responsible for theft of US$ 230 million in cryptocurrencies',
    `by Kelvin
Covid 19: new variant worries the specialists

The National Police Agency of Japan and the FBI, the federal police of the United States, affirmed in a joint statement this Friday that the group of hackers known as Obsidian Mule, linked to the North Korean regime, is behind the invasion of the cryptocurrency exchange Kaminari Coin, in Tokyo, that resulted in the theft of the equivalent of US$ 230 million in May.

According to the statement, the criminals sent to an employee of the company a false offer of job by the LinkedIn and, with the access of his computer, changed the transactions of the "hot wallet" of the exchange. The funds were distributed in hundreds of addresses and later converted in bitcoin by services of mixing.

THE Obsidian Mule is considered by the American authorities as a unit of the Reconnaissance General Bureau, the main agency of intelligence of Pyongyang. The FBI estimates that the group and other North Korean hackers stole more than US$ 1.3 billion in cryptocurrencies only in the last year, money that would be used to finance the program of missiles of the country.

The Kaminari Coin suspended the withdrawals during two weeks and promised to reimburse the clients with its own resources. The president of the company, Takeshi Moriyama, apologized in a press conference and said that the security of the platform "failed in a point that we did not foresee".

THE North Korea did not comment directly. But the state agency KCNA published a commentary in which calls the accusations of "cyber attacks" of "invention of the United States to justify its hostile policy" and affirms that Washington is "the true empire of the hacking".

Experts of blockchain consulted by the reporting affirm that it is likely that part of the money is already converted in cash in exchanges of Asia.

See too

Read also in the Showmetech: the hacker that accused the Meta of not to pay the reward promised for a failure of security.

Sources: Nikkei | The Record | BleepingComputer`,
    [
      acc('Japan and USA point North Korea as responsible for theft of US$ 230 million in cryptocurrencies', ['Japan', USA], [NK], 'asserted'),
      acc('affirmed in a joint statement this Friday that the group of hackers known as Obsidian Mule, linked to the North Korean regime, is behind the invasion of the cryptocurrency exchange Kaminari Coin', [['National Police Agency', 'National Police Agency of Japan'], FBI], ['Obsidian Mule'], 'asserted'),
      acc('According to the statement, the criminals sent to an employee of the company a false offer of job by the LinkedIn', [['National Police Agency', 'National Police Agency of Japan'], FBI], ['Obsidian Mule'], 'asserted', true),
      acc('The FBI estimates that the group and other North Korean hackers stole more than US$ 1.3 billion in cryptocurrencies only in the last year', [FBI], ['Obsidian Mule', NK], 'hedged'),
      den('calls the accusations of "cyber attacks" of "invention of the United States to justify its hostile policy"', ['KCNA'], [USA]),
      acc('affirms that Washington is "the true empire of the hacking"', ['KCNA'], [USA], 'asserted'),
    ],
    'byline, the Covid teaser, "See too" (its teaser holds an accusation against Meta, not the story) and Sources are not body. The joint statement of the two agencies: claimants both agencies (the headline credits Japan and the USA); "linked to the North Korean regime" is an appositive tie, not an act: target Obsidian Mule only (lenient scoring would not rescue North Korea, a deliberate choice). "the criminals" in the next sentence are Obsidian Mule, under "According to the statement" (optional: a narrated method). "is considered by the American authorities as a unit of the Reconnaissance General Bureau" is an identification, no wrong stated (no claim). "North Korean hackers" stealing for the state stand for North Korea; "estimates" hedges. KCNA, the state agency, denies (rebutting the United States) and counter-accuses; "North Korea did not comment" is no claim. Kaminari Coin\'s apology and the experts\' "likely" laundering (no actor) are no claims; LinkedIn is a platform.',
  ),
  art(
    'mt7b-moldova-vote-buying',
    ['machine-translated', 'mt-artefact', 'see-too-teaser', 'arrest-charge', 'according-to', 'hedged', 'denial-verb', 'denial-phrase', 'counter-accusation', 'coref-metonym', 'title-then-name', 'quote-after', 'headline', 'negative', 'helping', 'condemn'],
    'Moldova denounces scheme of purchase of votes financed with money from Russia',
    `by Ana Luiza
Five tips to save battery in the cellphone

The police of Moldova announced this Thursday that dismantled a network of purchase of votes that would have paid at least 130,000 electors to vote in the candidates of the party Vatra Renewal in the parliamentary elections of September. According to the head of the National Inspectorate of Investigations, Victor Ciobanu, the payments were made by bank cards and in cash, and the investigation continues in four districts. Moldova, candidate to the European Union since 2022, has about 2.4 million inhabitants, and the new Parliament will have 101 seats.

In the operation, the agents made more than 200 searches and detained 14 people, between them two deputies of the local councils. The prosecutors accuse the fugitive businessman Grigore Munteanu, who lives in Moscow since 2023, of to coordinate the scheme and to finance it with at least 40 million euros.

"It is an attack organized against our sovereignty, planned and paid from the Kremlin," affirmed the president of the country in a message in the social networks. The European Union condemned what called "a flagrant interference of Russia in the democratic process of a candidate country". The vote of September is considered decisive for the path of the country toward the European bloc.

THE Vatra Renewal denies any irregularity. Its leader, Irina Botnaru, said that the party "never received one cent of foreign money" and that the operation is "a political persecution ordered by the government to eliminate the opposition before the vote".

THE Russia also rejected the accusations. The spokeswoman of the Ministry of Exterior, Valentina Zorina, said that Chisinau "invents external enemies to hide its own failures".

Munteanu, that left the country in 2022, did not respond to the contacts of the reporting. The detained will be presented to the judge in the next 72 hours. The Central Electoral Commission informed that the calendar of the elections is maintained.

See too

Read more in the Giro Digital: the influencer accused by the Receita Federal of to hide millions in a scheme of sale of courses online.

Sources: Reuters | Ziarul de Gardă | Agence France-Presse`,
    [
      acc('dismantled a network of purchase of votes that would have paid at least 130,000 electors to vote in the candidates of the party Vatra Renewal', [['Moldova', 'police of Moldova']], [], 'hedged'),
      acc('The prosecutors accuse the fugitive businessman Grigore Munteanu, who lives in Moscow since 2023, of to coordinate the scheme and to finance it', [], [['Grigore Munteanu', 'Munteanu']], 'asserted'),
      acc('It is an attack organized against our sovereignty, planned and paid from the Kremlin', [['Moldova']], [RUSSIA], 'asserted'),
      acc('The European Union condemned what called "a flagrant interference of Russia in the democratic process of a candidate country"', [['European Union', 'EU']], [RUSSIA], 'asserted'),
      den('Vatra Renewal denies any irregularity.', [['Vatra Renewal']], []),
      den('the party "never received one cent of foreign money"', [['Irina Botnaru', 'Botnaru']], []),
      acc('the operation is "a political persecution ordered by the government to eliminate the opposition before the vote"', [['Irina Botnaru', 'Botnaru']], [['Moldova', 'Chisinau']], 'asserted'),
      den('Russia also rejected the accusations.', [RUSSIA], []),
      den('said that Chisinau "invents external enemies to hide its own failures"', [['Valentina Zorina', 'Zorina']], [['Moldova', 'Chisinau']]),
    ],
    'byline, battery-tips teaser, "See too" (its teaser accuses an influencer: not the story) and Sources are not body. "would have paid" is the translated conditional of a report (hedged); the police of Moldova are the country; the party whose candidates were voted for merely benefits (no target, like a state that merely benefits) and the network\'s organisers are unnamed: targets []. Ciobanu describes the payments without naming a payer (no claim). "The prosecutors" are unnamed (no country adjective): []. The unnamed president speaks for Moldova. Botnaru\'s "political persecution ordered by the government" is said of an act of the state: an accusation against Moldova (GUIDELINES, clarified later). Zorina\'s "invents external enemies" rebuts Chisinau (denial targeting it). The 14 arrests state no charge; Munteanu\'s silence is no denial.',
  ),
];
