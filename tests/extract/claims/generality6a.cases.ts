import { art as artOf, claim, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';
import { ARTICLE_TAGS, type ArticleTag } from './generality2.cases.ts';

/**
 * Held-out claims set 6, writer A (session 7): twelve invented articles written blind (no
 * extractor run on them, no extractor code read), mimicking the real corpus: nine US Justice
 * Department press releases (deferred prosecution / forfeiture agreements, guilty pleas,
 * sentencings, extradition, indictments and complaints unsealed, sanctions evasion, export
 * control, hacking and fraud rings, foreign agents) with their standard paragraphs (who
 * announced, the charges, maximum penalties, "an indictment is merely an allegation", the
 * investigating agencies, the prosecutors) and three Wikinews-style short reports (dateline
 * date, neutral "according to", several sources, a "Sources" list at the end).
 *
 * Names of people, companies and groups are invented; countries, capitals, agencies, courts
 * and international bodies are real. Annotated under SPEC §2 and GUIDELINES §5-6 (hard cases,
 * "Decided in adjudication", "Clarified later") as the gold is. `optional`: an annotator could
 * defensibly record the item or not; every doubtful decision is in the case `note`.
 *
 * Procedure is mostly NOT claims (guilty pleas, admissions in agreements, arrests without a
 * stated crime, maximum penalties, "merely an allegation", thanks to agencies, warnings), and
 * narration after an "According to court documents" sentence is not a claim; charges, sentences
 * stating the crime, officials announcing charges, "the indictment alleges", designations and
 * list entries with a reason, quotes asserting wrongdoing, and not-guilty pleas / defence
 * rebuttals (denials) are.
 */

/** Tags of set 2, plus this set's styles ('wikinews' is already in ARTICLE_TAGS; repeated as the brief lists it). */
export const SET6_A_TAGS = [
  ...ARTICLE_TAGS,
  'press-release', // a DOJ-style press release with its boilerplate paragraphs
  'plea', // a guilty plea (no claim) next to charges against others
  'sentencing', // a sentencing stating the crime, the sentencing hearing
  'agreement', // deferred prosecution / forfeiture / settlement agreement with a bank or company
  'wikinews',
] as const;
export type Set6ATag = (typeof SET6_A_TAGS)[number];

const acc = claim('accusation');
const den = claim('denial');
const art = artOf<Set6ATag>;

// Accepted names of recurring real actors.
const USA = ['United States', 'US', 'U.S.', 'Washington', 'American'];
const RUSSIA = ['Russia', 'Moscow', 'Kremlin', 'Russian'];
const DOJ = ['Department of Justice', 'Justice Department', 'U.S. Department of Justice'];

export const SET6_A_CASES: readonly ClaimCase[] = [
  // ───────────────────────────── 1. bank deferred prosecution / forfeiture ─────────────────────────────
  art(
    'a6-doj-bank-dpa-cuba-syria',
    ['doj', 'press-release', 'agreement', 'according-to', 'document-subject', 'multi-claimant', 'quote-runon', 'coref-description', 'sanction-reason', 'headline', 'negative'],
    'Austrian Bank Agrees to Forfeit $212 Million and Enter Deferred Prosecution Agreement for Moving Payments for Sanctioned Cuban and Syrian Entities',
    `Share

Facebook

Twitter

Email

Justice News

Department of Justice

Office of Public Affairs

FOR IMMEDIATE RELEASE

Thursday, June 12, 2014

WASHINGTON – Kestrel Handelsbank AG (Kestrel), a private bank headquartered in Vienna, Austria, has agreed to forfeit $212 million to the United States and to enter into a deferred prosecution agreement for illegally processing payments on behalf of sanctioned entities in Cuba and Syria, announced Assistant Attorney General Lorraine M. Vasquez of the Criminal Division, U.S. Attorney Desmond K. Oyelaran of the District of Columbia and Assistant Director in Charge Peter J. Halloran of the FBI's Washington Field Office.

In a parallel action, the Treasury Department's Office of Foreign Assets Control (OFAC) assessed a $38 million civil penalty against the bank for apparent violations of the Cuban Assets Control Regulations and the Syrian Sanctions Regulations, which will be deemed satisfied by the forfeiture.

A criminal information filed today in the U.S. District Court for the District of Columbia charges Kestrel with one count of conspiring to violate the International Emergency Economic Powers Act (IEEPA) and the Trading with the Enemy Act (TWEA). Kestrel waived indictment, agreed to the filing of the information, and has accepted responsibility for its conduct by stipulating to the accuracy of a statement of facts filed with the agreement.

According to court documents, from at least 2006 through 2012, Kestrel processed more than 3,400 U.S. dollar transactions worth approximately $460 million through U.S. financial institutions for customers in Cuba and Syria, including entities on OFAC's list of Specially Designated Nationals. Employees in the bank's Vienna payments unit routinely deleted references to Cuban and Syrian parties from SWIFT messages, a practice an internal manual called "cleaning" the payment, so that the transfers would not be stopped by filters at U.S. banks. Senior managers were aware of the practice by 2007 but did not end it until 2012, when a compliance officer reported it to the bank's supervisory board.

"For six years, Kestrel Handelsbank treated U.S. sanctions as an obstacle to be engineered around," said Assistant Attorney General Vasquez. "The bank's employees scrubbed the names of sanctioned customers from payment messages so that American banks would unknowingly move their money. Today's agreement makes clear that a bank that profits from hiding the identity of sanctioned parties will pay a price."

"Any bank that clears dollars has an obligation to know who is on the other end of a transaction," said U.S. Attorney Oyelaran. "Kestrel chose not to know, and then it hid what it did know."

"The FBI will continue to work with our partners at the Treasury Department and in the banking industry to protect the integrity of the U.S. financial system," said Assistant Director in Charge Halloran.

Under the terms of the agreement, the department will recommend dismissal of the information after three years if Kestrel abides by its terms, including by retaining an independent compliance monitor and continuing to cooperate with the government's investigation of individuals. Of the $212 million, $106 million will be paid to the United States and $106 million to the New York County District Attorney's Office, which conducted a parallel investigation.

In a statement, Kestrel said it "deeply regrets the failures of the past" and noted that the employees responsible have left the bank.

The case was investigated by the FBI's Washington Field Office and IRS Criminal Investigation. The case is being prosecuted by Trial Attorneys Miriam Castellanos and Jonah B. Whitfield of the Criminal Division's Money Laundering and Asset Recovery Section and Assistant U.S. Attorney Rhea Dasgupta of the District of Columbia.

Deferred Prosecution Agreement

Statement of Facts

Topic(s):

Financial Fraud

Component(s):

Criminal Division

Press Release Number:

14-652

Updated June 12, 2014`,
    [
      acc('Agrees to Forfeit $212 Million and Enter Deferred Prosecution Agreement for Moving Payments for Sanctioned Cuban and Syrian Entities', [], [['Kestrel Handelsbank AG', 'Kestrel', 'Kestrel Handelsbank']]),
      acc('has agreed to forfeit $212 million to the United States and to enter into a deferred prosecution agreement for illegally processing payments on behalf of sanctioned entities in Cuba and Syria', [['Lorraine M. Vasquez', 'Vasquez'], ['Desmond K. Oyelaran', 'Oyelaran'], ['Peter J. Halloran', 'Halloran']], [['Kestrel Handelsbank AG', 'Kestrel', 'Kestrel Handelsbank']]),
      acc('assessed a $38 million civil penalty against the bank for apparent violations of the Cuban Assets Control Regulations', [['Office of Foreign Assets Control', 'OFAC']], [['Kestrel Handelsbank AG', 'Kestrel', 'Kestrel Handelsbank']]),
      acc('charges Kestrel with one count of conspiring to violate the International Emergency Economic Powers Act (IEEPA)', [], [['Kestrel Handelsbank AG', 'Kestrel', 'Kestrel Handelsbank']]),
      acc('According to court documents, from at least 2006 through 2012, Kestrel processed more than 3,400 U.S. dollar transactions', [], [['Kestrel Handelsbank AG', 'Kestrel', 'Kestrel Handelsbank']]),
      acc('treated U.S. sanctions as an obstacle to be engineered around', [['Lorraine M. Vasquez', 'Vasquez']], [['Kestrel Handelsbank AG', 'Kestrel', 'Kestrel Handelsbank']]),
      acc("The bank's employees scrubbed the names of sanctioned customers from payment messages", [['Lorraine M. Vasquez', 'Vasquez']], [['Kestrel Handelsbank AG', 'Kestrel', 'Kestrel Handelsbank']]),
      acc('Kestrel chose not to know, and then it hid what it did know.', [['Desmond K. Oyelaran', 'Oyelaran']], [['Kestrel Handelsbank AG', 'Kestrel', 'Kestrel Handelsbank']]),
    ],
    `Forfeiture agreement announced by named officials "for illegally processing payments" = accusation by the announcers (as the dev gold does the Lloyds lead); the headline forfeiture "for Moving Payments for Sanctioned ... Entities" agentless. The OFAC penalty states its reason ("for apparent violations") -> OFAC claimant, "the bank" = Kestrel (as set 2 did with an OFAC settlement; not hedged: "apparent" is OFAC's legal term). The criminal information filed in a court: the court is a place, no claimants. "According to court documents" covers its sentence only; the "cleaning" and senior-manager sentences after it are narration. Waiver/acceptance of responsibility, regret, "will pay a price" (warning), the FBI line, the split of the money (no misconduct stated) and the boilerplate are no claims. Cuba, Syria, Austria are places (actors, never targets: counterparties).`,
  ),

  // ───────────────────────────── 2. guilty plea, export control to Russia ─────────────────────────────
  art(
    'a6-doj-plea-chips-russia',
    ['doj', 'press-release', 'plea', 'according-to', 'sanction-reason', 'passive', 'title-then-name', 'coref-pronoun', 'quote-runon', 'headline', 'negative'],
    'Brooklyn Electronics Distributor Pleads Guilty to Shipping Military-Grade Microchips to Russia Through Türkiye',
    `FOR IMMEDIATE RELEASE

Tuesday, March 4, 2025

Co-Defendant Remains at Large in Istanbul

BROOKLYN, NY – Arkady Voskresensky, 52, of Brooklyn, New York, pleaded guilty today in federal court to conspiring to violate the Export Control Reform Act (ECRA) by shipping export-controlled microelectronics to Russia through a front company in Türkiye, announced U.S. Attorney Marisol T. Ibanez for the Eastern District of New York, Assistant Attorney General for National Security Gerald Fenwick and Assistant Secretary for Export Enforcement Nadia Okonkwo-Reyes of the Department of Commerce.

Voskresensky's company, Tallis Component Supply Inc., also pleaded guilty to the same charge. When sentenced, Voskresensky faces up to 20 years in prison and a fine of up to $1 million.

According to court filings, between April 2022 and October 2023, Voskresensky and his co-defendant, Turkish national Emre Baltacioglu, bought more than $7 million worth of field-programmable gate arrays, analog-to-digital converters and other integrated circuits from U.S. distributors and shipped them to Istanbul-based Saray Dis Ticaret Ltd., a company controlled by Baltacioglu, without the licenses required for export to Russia.

From Istanbul, the components were re-exported to Moscow-based companies that supply Russia's military-industrial base, including Nevatron JSC, which has been on the Commerce Department's Entity List since 2022 for its role in producing guidance systems for Russian cruise missiles. To conceal the true destination, Voskresensky listed Saray as the end user on export paperwork and told U.S. suppliers that the parts were for a Turkish maker of agricultural drones.

Investigators later matched serial numbers on several of the chips to components recovered by Ukrainian authorities from the debris of cruise missiles that struck Kyiv in December 2023.

"This defendant put American technology into the hands of a military that is using it to kill civilians in Ukraine," said U.S. Attorney Ibanez. "He knew where these parts were going, and he lied to his suppliers to get them there."

"Export controls are one of our most important tools to degrade Russia's ability to wage its unprovoked war against Ukraine," said Assistant Attorney General Fenwick. "We will continue to find and prosecute those who help the Kremlin evade them, wherever they are located."

Baltacioglu was charged in the same indictment with conspiracy to violate the ECRA, smuggling and money laundering. He is believed to be in Türkiye and remains a fugitive.

Sentencing is scheduled for July 17 before U.S. District Judge Harriet Lindqvist.

The Commerce Department's Bureau of Industry and Security and Homeland Security Investigations investigated the case as part of the Disruptive Technology Strike Force, an interagency effort co-led by the Departments of Justice and Commerce to target illicit actors who seek to acquire sensitive U.S. technology.

Assistant U.S. Attorneys Colin Ferrante and Leah Abramowitz are prosecuting the case, with assistance from Trial Attorney Sunil Mathur of the National Security Division's Counterintelligence and Export Control Section.

The charges against Baltacioglu are merely allegations, and he is presumed innocent unless and until proven guilty.`,
    [
      acc('According to court filings, between April 2022 and October 2023, Voskresensky and his co-defendant, Turkish national Emre Baltacioglu, bought more than $7 million worth', [], [['Arkady Voskresensky', 'Voskresensky'], ['Emre Baltacioglu', 'Baltacioglu']]),
      acc("which has been on the Commerce Department's Entity List since 2022 for its role in producing guidance systems for Russian cruise missiles", [['Department of Commerce', 'Commerce Department']], [['Nevatron JSC', 'Nevatron']]),
      acc('This defendant put American technology into the hands of a military that is using it to kill civilians in Ukraine', [['Marisol T. Ibanez', 'Ibanez']], [['Arkady Voskresensky', 'Voskresensky']]),
      acc('This defendant put American technology into the hands of a military that is using it to kill civilians in Ukraine', [['Marisol T. Ibanez', 'Ibanez']], [RUSSIA], 'asserted', true),
      acc('He knew where these parts were going, and he lied to his suppliers to get them there.', [['Marisol T. Ibanez', 'Ibanez']], [['Arkady Voskresensky', 'Voskresensky']]),
      acc("to degrade Russia's ability to wage its unprovoked war against Ukraine", [['Gerald Fenwick', 'Fenwick']], [RUSSIA], 'asserted', true),
      acc('Baltacioglu was charged in the same indictment with conspiracy to violate the ECRA, smuggling and money laundering.', [], [['Emre Baltacioglu', 'Baltacioglu']]),
    ],
    `The lead is a guilty plea announced by officials: no claim (pleas are not claims even when announced); the company's plea and the headline ("Pleads Guilty to Shipping ...") likewise. "According to court filings" covers its sentence; the re-export and "To conceal the true destination" sentences are narration. The Entity List entry gives its reason -> Commerce Department claimant, Nevatron target. Ibanez's "a military that is using it to kill civilians" is also an accusation of Russia (optional: Russia is not named in the quote); Fenwick's "unprovoked war" is a presupposing framing (optional). "He is believed to be in Türkiye" is a hedged location, no claim; "those who help the Kremlin evade them" is a warning. Türkiye, Ukraine are places.`,
  ),

  // ───────────────────────────── 3. sentencing, malware author ─────────────────────────────
  art(
    'a6-doj-sentenced-banking-trojan',
    ['doj', 'press-release', 'sentencing', 'conviction', 'according-to', 'coref-description', 'is-behind', 'denial-phrase', 'quote-runon', 'title-then-name', 'headline', 'negative'],
    'Latvian National Sentenced to Nine Years for Developing Malware That Drained Accounts of U.S. Businesses',
    `FOR IMMEDIATE RELEASE

Friday, September 19, 2025

RICHMOND, Va. – A Latvian man was sentenced today to nine years in prison for developing and renting out "Corvid," a banking trojan that infected more than 40,000 computers in the United States and was used to steal at least $28 million from the accounts of small businesses, municipalities and nonprofit organizations.

According to court documents, Raivis Dzenis, 37, of Riga, Latvia, wrote the code for Corvid in 2018 and leased access to the malware to other cybercriminals on Russian-language forums for up to $5,000 a month. Customers used Corvid to capture online banking credentials and initiate wire transfers to accounts controlled by money mules in the United States.

Dzenis was arrested in Riga in June 2023 at the request of the United States and extradited in February 2024. He pleaded guilty in May to conspiracy to commit computer fraud and conspiracy to commit wire fraud.

"Mr. Dzenis built a tool whose only purpose was to empty the bank accounts of American businesses, and he sold it to anyone who could pay," said U.S. Attorney Theodora Quaye for the Eastern District of Virginia. "Today's sentence should remind those who write malicious code for profit that distance from our borders is no protection."

"The victims in this case were a church in Ohio, a school district in Texas and hundreds of small businesses that lost their payrolls overnight," said Special Agent in Charge Rowan Eastley of the FBI's Richmond Field Office. "Behind Corvid was a businessman who measured his success in stolen paychecks."

In addition to the prison term, U.S. District Judge Cornelia Baptiste ordered Dzenis to pay $28.4 million in restitution and to forfeit cryptocurrency worth approximately $3.1 million, which the government said represented proceeds of the scheme.

At the sentencing hearing, Dzenis apologized to the victims and told the court he had "never imagined" how the malware would be used. His attorney, Peter Szabo, asked for a sentence of five years, arguing that Dzenis had not himself stolen any money and had written Corvid as a "proof of concept" before others turned it into a criminal product.

Judge Baptiste rejected that argument, noting that Dzenis had provided customer support to buyers and had added features to evade antivirus software after news reports described the thefts.

The FBI's Richmond Field Office investigated the case, with assistance from the Latvian State Police and the Justice Department's Office of International Affairs.

Assistant U.S. Attorneys Grant Yoshida and Felicia Moreau prosecuted the case.

Updated September 19, 2025`,
    [
      acc('Latvian National Sentenced to Nine Years for Developing Malware That Drained Accounts of U.S. Businesses', [], [['Raivis Dzenis', 'Dzenis']]),
      acc('A Latvian man was sentenced today to nine years in prison for developing and renting out "Corvid,"', [], [['Raivis Dzenis', 'Dzenis']]),
      acc('According to court documents, Raivis Dzenis, 37, of Riga, Latvia, wrote the code for Corvid in 2018', [], [['Raivis Dzenis', 'Dzenis']]),
      acc('Mr. Dzenis built a tool whose only purpose was to empty the bank accounts of American businesses', [['Theodora Quaye', 'Quaye']], [['Raivis Dzenis', 'Dzenis']]),
      acc('Behind Corvid was a businessman who measured his success in stolen paychecks.', [['Rowan Eastley', 'Eastley']], [['Raivis Dzenis', 'Dzenis']]),
      acc('which the government said represented proceeds of the scheme', [USA], [['Raivis Dzenis', 'Dzenis']], 'asserted', true),
      den('told the court he had "never imagined" how the malware would be used', [['Raivis Dzenis', 'Dzenis']], [], 'asserted', true),
      den('arguing that Dzenis had not himself stolen any money and had written Corvid as a "proof of concept"', [['Peter Szabo', 'Szabo']], []),
      acc('noting that Dzenis had provided customer support to buyers and had added features to evade antivirus software', [['Cornelia Baptiste', 'Baptiste']], [['Raivis Dzenis', 'Dzenis']]),
    ],
    `Sentences stating the crime are labelled like convictions, no named court in the lead -> claimants [] ("A Latvian man" = Dzenis). The arrest "at the request of the United States" states no crime; the plea, the restitution order and "Today's sentence should remind ..." (warning) are no claims. Eastley's "Behind Corvid was a businessman" = Dzenis (description; Corvid is malware, not an actor). "which the government said represented proceeds of the scheme": the government (US) ties the money to the crime (optional: an accusation only by implication). Dzenis's "never imagined" after a guilty plea is a minimising plea at sentencing (optional denial); his named lawyer's rebuttal is a denial. The judge's finding after "rejected that argument" is an accusation by the named judge (as set 2's judge Ochoa); "rejected" itself is no denial.`,
  ),

  // ───────────────────────────── 4. extradition, call-center fraud ring ─────────────────────────────
  art(
    'a6-doj-extradition-callcenter',
    ['doj', 'press-release', 'according-to', 'document-subject', 'hedged', 'denial-verb', 'denial-phrase', 'scattered-denial', 'coref-pronoun', 'coref-description', 'multi-target', 'headline', 'negative'],
    'Alleged Leader of Thailand-Based Call-Center Fraud Ring Extradited to Philadelphia',
    `FOR IMMEDIATE RELEASE

Wednesday, May 21, 2025

PHILADELPHIA – A Dutch national accused of running call centers that swindled elderly Americans out of more than $14 million has been extradited from Thailand to face wire fraud and money laundering charges, announced U.S. Attorney Jerome A. Castellano for the Eastern District of Pennsylvania.

Maarten Verbeek, 44, who also used the name "Martin Brooks," arrived in Philadelphia on Tuesday and made his initial appearance before U.S. Magistrate Judge Leonora Fitch. He pleaded not guilty to all counts and was ordered detained pending trial.

Verbeek and four co-defendants, Kittisak Boonmee, Ronan Hale, Priya Venkataraman and Tobias Greer, were indicted by a federal grand jury in October 2023 on charges of conspiracy to commit wire fraud, wire fraud and conspiracy to commit money laundering. Boonmee and Hale pleaded guilty earlier this year; Venkataraman and Greer remain fugitives.

According to the indictment, from 2019 to 2023 the defendants operated call centers in Bangkok and Pattaya whose employees posed as technicians from well-known software companies and as U.S. government officials. Callers told victims, most of them over 65, that their computers had been hacked or that their bank accounts were being used by drug traffickers, and persuaded them to wire money to "safe" accounts or to hand cash to couriers.

The indictment alleges that Verbeek hired and trained the call-center staff, wrote the scripts they used and directed the laundering of the proceeds through shell companies in Hong Kong and the United Arab Emirates.

One victim, an 81-year-old widow from Bucks County, lost her entire retirement savings of $740,000 in less than three weeks.

"Verbeek allegedly built a business on the fear and trust of older Americans," said U.S. Attorney Castellano. "Thanks to our partners in the Royal Thai Police, he will now answer for that conduct in an American courtroom."

Thai authorities arrested Verbeek at a resort on Koh Samui in August 2024 at the request of the United States. His Thai lawyer had challenged the extradition, arguing that the charges rested on the testimony of "disgruntled former employees" and that Verbeek had sold his interest in the call centers before most of the thefts took place.

If convicted, Verbeek faces a maximum penalty of 20 years in prison on each count.

The FBI's Philadelphia Field Office and the U.S. Postal Inspection Service investigated the case. The Justice Department's Office of International Affairs and the Royal Thai Police provided significant assistance in securing the arrest and extradition.

Assistant U.S. Attorneys Kathleen Ortt and Samuel Haddad are prosecuting the case.

An indictment is merely an allegation, and all defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.

If you or someone you know is age 60 or older and has been a victim of financial fraud, help is available at the National Elder Fraud Hotline: 1-833-FRAUD-11 (1-833-372-8311).`,
    [
      acc('Alleged Leader of Thailand-Based Call-Center Fraud Ring Extradited to Philadelphia', [], [['Maarten Verbeek', 'Verbeek', 'Martin Brooks']], 'hedged'),
      acc('A Dutch national accused of running call centers that swindled elderly Americans out of more than $14 million', [['Jerome A. Castellano', 'Castellano']], [['Maarten Verbeek', 'Verbeek', 'Martin Brooks']]),
      den('He pleaded not guilty to all counts', [['Maarten Verbeek', 'Verbeek', 'Martin Brooks']], []),
      acc('were indicted by a federal grand jury in October 2023 on charges of conspiracy to commit wire fraud', [], [['Maarten Verbeek', 'Verbeek', 'Martin Brooks'], ['Kittisak Boonmee', 'Boonmee'], ['Ronan Hale', 'Hale'], ['Priya Venkataraman', 'Venkataraman'], ['Tobias Greer', 'Greer']]),
      acc('According to the indictment, from 2019 to 2023 the defendants operated call centers in Bangkok and Pattaya', [], [['Maarten Verbeek', 'Verbeek', 'Martin Brooks'], ['Kittisak Boonmee', 'Boonmee'], ['Ronan Hale', 'Hale'], ['Priya Venkataraman', 'Venkataraman'], ['Tobias Greer', 'Greer']]),
      acc('The indictment alleges that Verbeek hired and trained the call-center staff', [], [['Maarten Verbeek', 'Verbeek', 'Martin Brooks']], 'asserted'),
      acc('Verbeek allegedly built a business on the fear and trust of older Americans', [['Jerome A. Castellano', 'Castellano']], [['Maarten Verbeek', 'Verbeek', 'Martin Brooks']], 'hedged'),
      den('arguing that the charges rested on the testimony of "disgruntled former employees"', [], []),
    ],
    `"Alleged Leader of ... Fraud Ring" headline: hedged, claimants [] (hard case). The lead's "accused of running" with the announcing U.S. Attorney: he is the claimant; the extradition names no other accuser. Not-guilty plea = denial. "the defendants" = the five named. The "Callers told victims" sentence is narration (attribution covers its own sentence). The speaker's own "allegedly" stays hedged; "The indictment alleges" stays asserted. The arrest "at the request of the United States" states no crime. The unnamed Thai lawyer's rebuttal is a denial with no claimant (an unnamed lawyer is no actor). Hotline numbers are no figures and no claims.`,
  ),

  // ───────────────────────────── 5. foreign agents, transnational repression ─────────────────────────────
  art(
    'a6-doj-belarus-agents-complaint',
    ['doj', 'press-release', 'according-to', 'document-subject', 'helping', 'hedged', 'coref-description', 'coref-metonym', 'multi-claimant', 'multi-target', 'quote-runon', 'denial-phrase', 'cue-noun', 'headline', 'negative'],
    'Two Men Charged with Acting as Agents of Belarusian Intelligence in Scheme to Spy on Exiled Dissidents',
    `FOR IMMEDIATE RELEASE

Thursday, October 9, 2025

Defendants Allegedly Tracked Opposition Figures and Their Families at the Direction of Minsk

WASHINGTON – A criminal complaint was unsealed today in the Northern District of Illinois charging a Chicago-area man and a Belarusian intelligence officer with acting as illegal agents of the Government of Belarus by conducting surveillance of Belarusian pro-democracy activists living in the United States.

The charges were announced by Assistant Attorney General for National Security Maureen T. Adebayo and U.S. Attorney Robert C. Lindgren for the Northern District of Illinois.

Aliaksandr Kovalchyk, 47, a naturalized U.S. citizen who lives in Schaumburg, Illinois, was arrested this morning. Dzmitry Varabei, 39, an officer of Belarus's State Security Committee (KGB), is believed to be in Minsk.

According to the complaint, beginning in 2021, Varabei tasked Kovalchyk with photographing participants at opposition rallies in Chicago and New York, identifying their relatives in Belarus, and reporting on the fundraising of the Free Belarus Diaspora Council, a nonprofit group that supports the families of political prisoners. Kovalchyk allegedly received at least $36,000 for his work, paid in cash during trips to Warsaw and through cryptocurrency transfers, and communicated with Varabei through an encrypted messaging application under the code name "Beekeeper."

In at least two instances, the complaint alleges, the KGB used information supplied by Kovalchyk to summon activists' relatives in Belarus for questioning.

"The Belarusian regime's campaign of intimidation does not stop at its borders," said Assistant Attorney General Adebayo. "As alleged, the defendants sought to turn the freedoms that exiles enjoy in this country into a tool for punishing them and their families at home."

"People who come to the United States to escape repression should not have to fear that the government they fled is watching them here," said U.S. Attorney Lindgren.

"The FBI will not tolerate foreign governments surveilling, harassing or threatening people in the United States," said Special Agent in Charge Douglas Weir of the FBI's Chicago Field Office.

Kovalchyk made his initial appearance this afternoon before U.S. Magistrate Judge Anita Sorensen. His attorney, Laura Mendelsohn, said in a statement that her client "is a community volunteer, not a spy," and that the charges "grossly distort ordinary contacts with family back home."

If convicted, each defendant faces a maximum penalty of 10 years in prison for acting as an agent of a foreign government without notice to the Attorney General and five years for conspiracy.

The FBI's Chicago Field Office is investigating the case. Assistant U.S. Attorneys Nora Kessler and Tomas Urbina and Trial Attorney Bethany Cole of the National Security Division's Counterintelligence and Export Control Section are prosecuting the case.

A criminal complaint is merely an allegation. All defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.

If you believe you have been the target of transnational repression by a foreign government, please contact the FBI at 1-800-CALL-FBI or tips.fbi.gov.`,
    [
      acc('Two Men Charged with Acting as Agents of Belarusian Intelligence in Scheme to Spy on Exiled Dissidents', [], [['Aliaksandr Kovalchyk', 'Kovalchyk'], ['Dzmitry Varabei', 'Varabei']]),
      acc('Defendants Allegedly Tracked Opposition Figures and Their Families at the Direction of Minsk', [], [['Aliaksandr Kovalchyk', 'Kovalchyk'], ['Dzmitry Varabei', 'Varabei'], ['Belarus', 'Minsk', 'Belarusian', 'Government of Belarus']], 'hedged'),
      acc('charging a Chicago-area man and a Belarusian intelligence officer with acting as illegal agents of the Government of Belarus', [], [['Aliaksandr Kovalchyk', 'Kovalchyk'], ['Dzmitry Varabei', 'Varabei']]),
      acc('The charges were announced by Assistant Attorney General for National Security Maureen T. Adebayo and U.S. Attorney Robert C. Lindgren', [['Maureen T. Adebayo', 'Adebayo'], ['Robert C. Lindgren', 'Lindgren']], [['Aliaksandr Kovalchyk', 'Kovalchyk'], ['Dzmitry Varabei', 'Varabei']]),
      acc('According to the complaint, beginning in 2021, Varabei tasked Kovalchyk with photographing participants at opposition rallies', [], [['Dzmitry Varabei', 'Varabei'], ['Aliaksandr Kovalchyk', 'Kovalchyk']]),
      acc('Kovalchyk allegedly received at least $36,000 for his work', [], [['Aliaksandr Kovalchyk', 'Kovalchyk']], 'hedged'),
      acc("the KGB used information supplied by Kovalchyk to summon activists' relatives in Belarus for questioning", [], [['State Security Committee', 'KGB'], ['Aliaksandr Kovalchyk', 'Kovalchyk']], 'asserted'),
      acc("The Belarusian regime's campaign of intimidation does not stop at its borders", [['Maureen T. Adebayo', 'Adebayo']], [['Belarus', 'Minsk', 'Belarusian', 'Government of Belarus']]),
      acc('As alleged, the defendants sought to turn the freedoms that exiles enjoy in this country into a tool for punishing them', [['Maureen T. Adebayo', 'Adebayo']], [['Aliaksandr Kovalchyk', 'Kovalchyk'], ['Dzmitry Varabei', 'Varabei']], 'asserted'),
      den('her client "is a community volunteer, not a spy,"', [['Laura Mendelsohn', 'Mendelsohn']], []),
    ],
    `Acting as an "agent of" a government: only the persons are targets (as the Boeing/Chung dev gold: the principal state is a counterparty); "at the Direction of Minsk" is acting at the behest of the state -> Belarus a target too (hard case "on behalf of / at the behest of"); the subhead's "Defendants" are the two named below (forward resolution, doubtful but the only reading). The complaint unsealed "in the Northern District of Illinois" has no named issuer (place). "the KGB used information supplied by Kovalchyk": the KGB does the wrong, Kovalchyk helps -> both targets (doubtful). Lindgren's "the government they fled is watching them here" is general (no claim, an annotator might take it as an accusation of Belarus: left out), Weir's is a warning, the arrest and "believed to be in Minsk" state no crime. The lawyer's second clause ("grossly distort ...") is the same rejection: one denial.`,
  ),

  // ───────────────────────────── 6. sanctions evasion, Iranian oil ─────────────────────────────
  art(
    'a6-doj-iran-oil-tanker',
    ['doj', 'press-release', 'according-to', 'document-subject', 'helping', 'sanction-reason', 'hedged', 'two-claims', 'quote-runon', 'unnamed-claimant', 'headline', 'negative'],
    'Greek Shipping Executive Charged with Moving Iranian Oil on Behalf of Revolutionary Guard',
    `FOR IMMEDIATE RELEASE

Monday, February 24, 2025

United States Also Files Complaint to Forfeit 1.2 Million Barrels of Iranian Crude

NEW YORK – An indictment was unsealed today in the Southern District of New York charging Nikolaos Andrianakis, 58, a Greek national and the managing director of Piraeus-based Thalassa Meridian Shipping S.A., with conspiring to violate U.S. sanctions by arranging the sale and transport of Iranian oil on behalf of the Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF), which the United States has designated a Foreign Terrorist Organization.

The United States also filed a civil forfeiture complaint against approximately 1.2 million barrels of crude oil aboard the tanker Aurelia Star, alleging that the cargo belongs to the IRGC-QF and was shipped in violation of U.S. sanctions.

Andrianakis was arrested on Saturday at John F. Kennedy International Airport and is expected to appear this afternoon before U.S. Magistrate Judge Victor Liang.

According to the indictment, between 2021 and 2024 Andrianakis used vessels managed by Thalassa Meridian to load Iranian crude at Kharg Island and transfer it at sea to other tankers off the coast of Malaysia, where the oil was blended and relabeled as Malaysian or Iraqi in origin before being sold to refineries in China. The tankers routinely switched off their automatic identification system transponders during the transfers, and crew members were instructed to falsify logbooks, the indictment alleges.

Proceeds of the sales, more than $300 million, were routed through front companies in the United Arab Emirates and Hong Kong to accounts controlled by Arvand Petro Trading, a company the Treasury Department designated in 2023 for selling oil on behalf of the IRGC-QF.

"The IRGC-QF relies on oil money to fund its terrorist proxies across the Middle East, and it relies on people like the defendant to move that oil," said U.S. Attorney Jocelyn R. Whitcombe for the Southern District of New York. "Mr. Andrianakis allegedly made himself a willing part of that machinery, disguising the origin of millions of barrels so that the Revolutionary Guard could keep getting paid."

"Sanctions evasion at sea is a global enterprise, and so is our response," said Assistant Director Brendan Kaye of the FBI's Counterintelligence Division.

Andrianakis is charged with conspiracy to violate the International Emergency Economic Powers Act, conspiracy to commit money laundering and conspiracy to provide material support to a designated foreign terrorist organization. If convicted, he faces a maximum penalty of 20 years in prison on each count.

The FBI's New York Field Office and Homeland Security Investigations are investigating the case. Assistant U.S. Attorneys Daniel Ruiz-Ortega and Maya Feld are prosecuting the case, with assistance from the National Security Division's Counterintelligence and Export Control Section.

The charges in the indictment and the claims in the forfeiture complaint are merely allegations. The defendant is presumed innocent unless and until proven guilty beyond a reasonable doubt in a court of law.`,
    [
      acc('Greek Shipping Executive Charged with Moving Iranian Oil on Behalf of Revolutionary Guard', [], [['Nikolaos Andrianakis', 'Andrianakis'], ['Islamic Revolutionary Guard Corps-Qods Force', 'IRGC-QF', 'Revolutionary Guard']]),
      acc('charging Nikolaos Andrianakis, 58, a Greek national and the managing director of Piraeus-based Thalassa Meridian Shipping S.A., with conspiring to violate U.S. sanctions', [], [['Nikolaos Andrianakis', 'Andrianakis'], ['Islamic Revolutionary Guard Corps-Qods Force', 'IRGC-QF', 'Revolutionary Guard']]),
      acc('which the United States has designated a Foreign Terrorist Organization', [USA], [['Islamic Revolutionary Guard Corps-Qods Force', 'IRGC-QF', 'Revolutionary Guard']]),
      acc('alleging that the cargo belongs to the IRGC-QF and was shipped in violation of U.S. sanctions', [USA], [['Islamic Revolutionary Guard Corps-Qods Force', 'IRGC-QF', 'Revolutionary Guard']], 'asserted', true),
      acc('According to the indictment, between 2021 and 2024 Andrianakis used vessels managed by Thalassa Meridian to load Iranian crude', [], [['Nikolaos Andrianakis', 'Andrianakis']]),
      acc('crew members were instructed to falsify logbooks, the indictment alleges', [], []),
      acc('a company the Treasury Department designated in 2023 for selling oil on behalf of the IRGC-QF', [['Treasury Department', 'Department of the Treasury']], [['Arvand Petro Trading', 'Arvand Petro'], ['Islamic Revolutionary Guard Corps-Qods Force', 'IRGC-QF', 'Revolutionary Guard']]),
      acc('The IRGC-QF relies on oil money to fund its terrorist proxies across the Middle East, and it relies on people like the defendant to move that oil', [['Jocelyn R. Whitcombe', 'Whitcombe']], [['Islamic Revolutionary Guard Corps-Qods Force', 'IRGC-QF', 'Revolutionary Guard'], ['Nikolaos Andrianakis', 'Andrianakis']]),
      acc('Mr. Andrianakis allegedly made himself a willing part of that machinery', [['Jocelyn R. Whitcombe', 'Whitcombe']], [['Nikolaos Andrianakis', 'Andrianakis']], 'hedged'),
      acc('Andrianakis is charged with conspiracy to violate the International Emergency Economic Powers Act', [], [['Nikolaos Andrianakis', 'Andrianakis']]),
    ],
    `"on behalf of" the IRGC-QF makes it a co-target of the charge (headline and lead, as the nine-Iranians dev gold); the appositive designation is a second claim in the lead sentence (clause evidence). The forfeiture complaint "alleging that the cargo belongs to the IRGC-QF and was shipped in violation": ownership is no wrong and the shipper is unnamed (optional, IRGC-QF as target). The indictment-alleged logbook sentence names no doer (agentless passive): targets [] (an annotator might resolve to Andrianakis; kept []). "the sale ... to refineries in China": buyers are counterparties. The proceeds-routing clause is narration; the Treasury designation with its reason is a claim. Whitcombe's first sentence: IRGC-QF funds terrorists and the defendant helps it -> both targets. Arrest, maximum penalties, warning line and boilerplate: none.`,
  ),
];
