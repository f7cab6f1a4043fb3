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
    ['doj', 'press-release', 'sentencing', 'plea', 'conviction', 'according-to', 'coref-description', 'is-behind', 'denial-phrase', 'quote-runon', 'title-then-name', 'headline', 'negative'],
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

  // ───────────────────────────── 7. state hackers, hack-and-leak ─────────────────────────────
  art(
    'a6-doj-gru-hack-leak',
    ['doj', 'press-release', 'according-to', 'attribution', 'sanction-reason', 'hedged', 'two-claims', 'coref-description', 'quote-runon', 'multi-target', 'headline', 'negative'],
    "Three Officers of Russia's GRU Charged with Hacking Washington Think Tank and Leaking Altered Emails",
    `FOR IMMEDIATE RELEASE

Thursday, July 17, 2025

WASHINGTON – A federal grand jury in the District of Columbia has returned an indictment charging three officers of Russia's Main Intelligence Directorate (GRU) with hacking into the computer networks of the Caldwell Institute for Eurasian Policy, a Washington-based think tank, and publishing thousands of stolen emails in an effort to discredit its researchers, the Justice Department announced today.

The defendants, Kirill Andreyevich Lobov, 35, Yegor Semyonovich Tarasenko, 41, and Maxim Olegovich Rudnev, 29, are officers assigned to GRU Military Unit 46021, according to the indictment. All three are believed to be in Russia.

According to the indictment, beginning in March 2023, the conspirators sent spearphishing emails to more than 200 employees, fellows and donors of the institute, stole the login credentials of at least 18 of them, and copied the contents of their email accounts. The defendants then allegedly created a website, "EurasiaFiles," and social media personas posing as a whistleblower inside the institute, which they used to release selected emails, some of them altered, between November 2023 and February 2024.

The releases were timed to coincide with congressional hearings at which institute researchers testified about Russian sanctions evasion.

"The GRU stole private communications and then doctored them, with the goal of silencing American experts whose work the Kremlin did not like," said Assistant Attorney General for National Security Conrad Whitely. "These officers hid behind fake personas and foreign servers, but today we are putting names and faces to their conduct."

"Hack-and-leak operations are designed to sow distrust, and the FBI will continue to expose them," said Assistant Director Lucia Ferraro of the FBI's Cyber Division.

The State Department's Rewards for Justice program is offering a reward of up to $10 million for information leading to the identification or location of the three defendants.

In a related action, the Treasury Department's Office of Foreign Assets Control (OFAC) designated the three officers and two Russian companies, Vektor-Media LLC and Sever Digital Solutions, for their roles in the operation, which OFAC said was part of a broader Russian government effort to undermine public confidence in U.S. institutions.

The Caldwell Institute detected the intrusion in January 2024 and reported it to the FBI. Its president, Margaret Ellery, said in a statement that the institute was grateful to investigators and that "our researchers will not be intimidated."

Lobov, Tarasenko and Rudnev are each charged with conspiracy to commit computer fraud, conspiracy to commit wire fraud and aggravated identity theft. If convicted, they face a maximum penalty of 20 years in prison for wire fraud conspiracy and a mandatory two-year sentence for aggravated identity theft.

The FBI's Washington Field Office investigated the case. Assistant U.S. Attorneys Harriet Obi and Samuel Lindqvist of the District of Columbia and Trial Attorney Karen Voss of the National Security Division's National Security Cyber Section are prosecuting the case.

An indictment is merely an allegation. All defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.`,
    [
      acc("Three Officers of Russia's GRU Charged with Hacking Washington Think Tank and Leaking Altered Emails", [], [['Main Intelligence Directorate', 'GRU']]),
      acc("has returned an indictment charging three officers of Russia's Main Intelligence Directorate (GRU) with hacking into the computer networks of the Caldwell Institute", [DOJ], [['Main Intelligence Directorate', 'GRU']]),
      acc('According to the indictment, beginning in March 2023, the conspirators sent spearphishing emails to more than 200 employees', [], [['Kirill Andreyevich Lobov', 'Lobov'], ['Yegor Semyonovich Tarasenko', 'Tarasenko'], ['Maxim Olegovich Rudnev', 'Rudnev']]),
      acc('The defendants then allegedly created a website, "EurasiaFiles," and social media personas posing as a whistleblower', [], [['Kirill Andreyevich Lobov', 'Lobov'], ['Yegor Semyonovich Tarasenko', 'Tarasenko'], ['Maxim Olegovich Rudnev', 'Rudnev']], 'hedged'),
      acc('The GRU stole private communications and then doctored them', [['Conrad Whitely', 'Whitely']], [['Main Intelligence Directorate', 'GRU']]),
      acc('These officers hid behind fake personas and foreign servers, but today we are putting names and faces to their conduct.', [['Conrad Whitely', 'Whitely']], [['Kirill Andreyevich Lobov', 'Lobov'], ['Yegor Semyonovich Tarasenko', 'Tarasenko'], ['Maxim Olegovich Rudnev', 'Rudnev']], 'asserted', true),
      acc('designated the three officers and two Russian companies, Vektor-Media LLC and Sever Digital Solutions, for their roles in the operation', [['Office of Foreign Assets Control', 'OFAC']], [['Kirill Andreyevich Lobov', 'Lobov'], ['Yegor Semyonovich Tarasenko', 'Tarasenko'], ['Maxim Olegovich Rudnev', 'Rudnev'], ['Vektor-Media LLC', 'Vektor-Media'], 'Sever Digital Solutions']),
      acc('which OFAC said was part of a broader Russian government effort to undermine public confidence in U.S. institutions', [['Office of Foreign Assets Control', 'OFAC']], [RUSSIA]),
      acc('are each charged with conspiracy to commit computer fraud, conspiracy to commit wire fraud and aggravated identity theft', [], [['Kirill Andreyevich Lobov', 'Lobov'], ['Yegor Semyonovich Tarasenko', 'Tarasenko'], ['Maxim Olegovich Rudnev', 'Rudnev']]),
    ],
    `"three officers of Russia's GRU" with no names in the same sentence stand for the agency (hard case "Group descriptions of state agents"): targets GRU in the headline and lead; "the conspirators" / "The defendants" / "These officers" after the names are the three persons. The Department announcing is the claimant of the lead (the grand jury is unnamed). "are officers assigned to GRU Military Unit 46021, according to the indictment" is identification without a stated crime (no claim). The "releases were timed" sentence is narration; "testified about Russian sanctions evasion" is a topic, not a claim. Whitely's second sentence restates the conduct as hiding (optional). The reward "for information leading to the identification or location" states no crime; the FBI line is general. OFAC: designation with reason (three officers, two companies) and the clause blaming the Russian government, two claims.`,
  ),

  // ───────────────────────────── 8. company DPA, foreign bribery ─────────────────────────────
  art(
    'a6-doj-fcpa-dredging-dpa',
    ['doj', 'press-release', 'agreement', 'plea', 'according-to', 'two-claims', 'coref-description', 'quote-runon', 'sanction-reason', 'headline', 'negative', 'multi-target'],
    'Dutch Dredging Company Agrees to Pay Over $95 Million to Resolve Foreign Bribery Charges',
    `FOR IMMEDIATE RELEASE

Tuesday, April 8, 2025

Former Executive Pleads Guilty; Two Others Charged

WASHINGTON – Van Oosterhout Maritiem B.V. (VOM), a dredging and marine construction company headquartered in Rotterdam, the Netherlands, has agreed to pay more than $95 million to resolve an investigation into bribes it paid to government officials in Ecuador and Mozambique to win port-expansion contracts, the Justice Department announced today.

VOM entered into a three-year deferred prosecution agreement in connection with a criminal information filed today in the Eastern District of New York charging the company with conspiracy to violate the anti-bribery provisions of the Foreign Corrupt Practices Act (FCPA).

The company's former regional director for Latin America, Hendrik Schoonhoven, 61, pleaded guilty in March to conspiracy to violate the FCPA and is awaiting sentencing. Two other men, former VOM sales agent Rui Matavele, 55, of Maputo, and Ecuadorian businessman Esteban Carrion Lazo, 49, were charged in an indictment unsealed today with conspiracy to violate the FCPA and conspiracy to commit money laundering.

As part of its agreement, VOM admitted that between 2015 and 2020 it paid more than $18 million in bribes, disguised as consulting fees, to intermediaries who passed portions of the money to officials at Ecuador's state port authority and at Mozambique's Ministry of Transport and Communications.

According to the indictment, Matavele and Carrion Lazo set up sham consulting companies in Panama and Portugal to funnel the payments to the officials, and Carrion Lazo personally delivered cash to a senior port official in Guayaquil in 2018.

"VOM treated bribery as a cost of doing business," said Acting Assistant Attorney General Philippa Grange of the Justice Department's Criminal Division. "For five years, its executives paid off officials on two continents to win contracts, and they hid those payments behind invoices for consulting work that was never done."

"Corruption of foreign officials distorts markets and undermines the rule of law in the countries where it happens," said Assistant Director in Charge Marcus Tillery of the FBI's Washington Field Office.

The department reached this resolution based on a number of factors, including VOM's cooperation and its remediation, which included terminating the executives involved. VOM did not receive full credit for cooperation because it did not voluntarily disclose the conduct and was slow to produce documents held in the Netherlands.

The department agreed to credit $12 million of the penalty against a fine the company paid to the Public Prosecution Service of the Netherlands in a related settlement for the same conduct.

In a statement, VOM's chief executive, Annelies de Ruyter, said the company "accepts responsibility for the unacceptable conduct of former employees" and had "fundamentally changed the way we work."

The FBI's International Corruption Unit investigated the case. Trial Attorneys Owen Pratt and Leila Haddadi of the Criminal Division's Fraud Section and Assistant U.S. Attorney Benjamin Osei for the Eastern District of New York are prosecuting the case. The Justice Department's Office of International Affairs provided assistance, as did authorities in the Netherlands, Ecuador and Mozambique.

The charges against Matavele and Carrion Lazo are merely allegations, and they are presumed innocent unless and until proven guilty.`,
    [
      acc('Dutch Dredging Company Agrees to Pay Over $95 Million to Resolve Foreign Bribery Charges', [], [['Van Oosterhout Maritiem B.V.', 'VOM', 'Van Oosterhout Maritiem']]),
      acc('Two Others Charged', [], [['Rui Matavele', 'Matavele'], ['Esteban Carrion Lazo', 'Carrion Lazo']], 'asserted', true),
      acc('has agreed to pay more than $95 million to resolve an investigation into bribes it paid to government officials in Ecuador and Mozambique', [DOJ], [['Van Oosterhout Maritiem B.V.', 'VOM', 'Van Oosterhout Maritiem']]),
      acc('charging the company with conspiracy to violate the anti-bribery provisions of the Foreign Corrupt Practices Act (FCPA)', [], [['Van Oosterhout Maritiem B.V.', 'VOM', 'Van Oosterhout Maritiem']]),
      acc('were charged in an indictment unsealed today with conspiracy to violate the FCPA and conspiracy to commit money laundering', [], [['Rui Matavele', 'Matavele'], ['Esteban Carrion Lazo', 'Carrion Lazo']]),
      acc('According to the indictment, Matavele and Carrion Lazo set up sham consulting companies in Panama and Portugal', [], [['Rui Matavele', 'Matavele'], ['Esteban Carrion Lazo', 'Carrion Lazo']]),
      acc('Carrion Lazo personally delivered cash to a senior port official in Guayaquil in 2018', [], [['Esteban Carrion Lazo', 'Carrion Lazo']], 'asserted', true),
      acc('VOM treated bribery as a cost of doing business', [['Philippa Grange', 'Grange']], [['Van Oosterhout Maritiem B.V.', 'VOM', 'Van Oosterhout Maritiem']]),
      acc('its executives paid off officials on two continents to win contracts', [['Philippa Grange', 'Grange']], [['Van Oosterhout Maritiem B.V.', 'VOM', 'Van Oosterhout Maritiem']]),
      acc('against a fine the company paid to the Public Prosecution Service of the Netherlands in a related settlement for the same conduct', [['Public Prosecution Service', 'Public Prosecution Service of the Netherlands']], [['Van Oosterhout Maritiem B.V.', 'VOM', 'Van Oosterhout Maritiem']], 'asserted', true),
    ],
    `Resolution "to Resolve Foreign Bribery Charges" in the headline and "to resolve an investigation into bribes it paid ..., the Justice Department announced" are accusations (like the forfeiture headlines and leads of the dev gold); the subhead "Two Others Charged" optional (set 2 precedent). The former executive's plea and VOM's admissions in its agreement are no claims (admissions), though worded as bribery. The indictment sentence holds two allegations (sham companies by both; cash delivery by Carrion Lazo): the second optional. "its executives" in Grange's quote stands for VOM. Tillery's line is general; "did not voluntarily disclose the conduct" is a cooperation assessment, not a wrong; the Dutch fine "for the same conduct" is a penalty with its reason by reference (optional). De Ruyter accepts responsibility: no claim. Ecuador, Mozambique, the Netherlands, Panama, Portugal are places / counterparties.`,
  ),

  // ───────────────────────────── 9. sentencing, crypto-scam money launderer ─────────────────────────────
  art(
    'a6-doj-sentenced-pig-butchering',
    ['doj', 'press-release', 'sentencing', 'plea', 'conviction', 'according-to', 'unnamed-claimant', 'denial-phrase', 'quote-runon', 'title-then-name', 'headline', 'negative'],
    'California Man Sentenced to More Than 11 Years for Laundering Millions Stolen in Cryptocurrency Investment Scams',
    `FOR IMMEDIATE RELEASE

Wednesday, August 13, 2025

LOS ANGELES – A Monterey Park man was sentenced today to 135 months in federal prison for laundering more than $22 million taken from victims of so-called "pig butchering" cryptocurrency investment scams run from compounds in Cambodia.

U.S. District Judge Eleanor Vrabel also ordered Kelvin Huo, 42, to pay $22.6 million in restitution. Huo pleaded guilty in November 2024 to conspiracy to commit money laundering and operating an unlicensed money transmitting business.

According to court documents, Huo and his co-conspirators opened bank accounts in the names of more than 70 shell companies, received wire transfers from victims who believed they were investing on a cryptocurrency trading platform, and converted the funds into the stablecoin Tether before sending them to digital wallets controlled by scam operators overseas.

Victims were typically contacted through dating apps or wrong-number text messages by scammers who spent weeks building a relationship before steering the conversation to investments. A retired schoolteacher in Oregon lost $1.1 million; a Navy veteran in Florida took out a second mortgage on his home.

Many of the people sending the messages were themselves victims of human trafficking, lured to Cambodia by fake job offers and forced to work in guarded compounds, according to the United Nations Office on Drugs and Crime.

"Money launderers like Kelvin Huo are the plumbing that makes these scams work," said Acting U.S. Attorney Bernadette Salcido for the Central District of California. "Without people willing to open accounts and move the money, the criminal syndicates in Southeast Asia could not steal from Americans on this scale."

At the sentencing hearing, Huo told the court that he had believed the money came from legitimate overseas investors and that he "did not know" the victims were being deceived. Judge Vrabel said that account was contradicted by messages in which Huo joked with a co-conspirator about "fresh pigs."

Cambodian police raided several scam compounds in Sihanoukville in 2024 and deported hundreds of foreign workers.

The U.S. Secret Service and Homeland Security Investigations investigated the case. Assistant U.S. Attorneys Nathaniel Gorski and Irene Palacios prosecuted the case.

If you believe you are a victim of a cryptocurrency investment scam, report it to the FBI's Internet Crime Complaint Center at www.ic3.gov.`,
    [
      acc('Sentenced to More Than 11 Years for Laundering Millions Stolen in Cryptocurrency Investment Scams', [], [['Kelvin Huo', 'Huo']]),
      acc('A Monterey Park man was sentenced today to 135 months in federal prison for laundering more than $22 million', [], [['Kelvin Huo', 'Huo']]),
      acc('According to court documents, Huo and his co-conspirators opened bank accounts in the names of more than 70 shell companies', [], [['Kelvin Huo', 'Huo']]),
      acc('Many of the people sending the messages were themselves victims of human trafficking', [['United Nations Office on Drugs and Crime']], []),
      acc('Money launderers like Kelvin Huo are the plumbing that makes these scams work', [['Bernadette Salcido', 'Salcido']], [['Kelvin Huo', 'Huo']]),
      den('Huo told the court that he had believed the money came from legitimate overseas investors', [['Kelvin Huo', 'Huo']], []),
      acc('Judge Vrabel said that account was contradicted by messages in which Huo joked with a co-conspirator about "fresh pigs."', [['Eleanor Vrabel', 'Vrabel']], [['Kelvin Huo', 'Huo']]),
    ],
    `The sentence "for laundering" states the crime (no named court: claimants []; "A Monterey Park man" = Huo). The restitution order and the plea are no claims. The victim/scammer paragraph is narration (unnamed scammers). UNODC's "according to" line alleges trafficking by nobody named: claimants UNODC, targets [] (GUIDELINES: allegations naming no accused still count). Salcido's second sentence is a counterfactual about unnamed syndicates (no claim). Huo's statement at sentencing rebuts knowledge: a denial (despite his plea). The judge's finding that it was contradicted by the "fresh pigs" messages asserts knowing laundering: accusation by the named judge. Cambodian police raids and deportations state no crime by a named actor.`,
  ),

  // ───────────────────────────── 10. Wikinews: sabotage plot, Bulgaria ─────────────────────────────
  art(
    'a6-wn-bulgaria-depot-plot',
    ['wikinews', 'headline', 'according-to', 'hedged', 'coref-pronoun', 'coref-description', 'coref-metonym', 'title-then-name', 'denial-verb', 'denial-phrase', 'counter-accusation', 'quote-after', 'two-claims', 'negative'],
    'Bulgarian prosecutors charge businessman over alleged sabotage plot at arms depot; Moscow denies involvement',
    `Friday, March 14, 2025

Prosecutors in Bulgaria on Thursday charged a businessman from the Black Sea city of Burgas and four other people with plotting to set fire to an ammunition depot near the town of Karnobat, in what they described as an operation ordered by Russian military intelligence.

According to the Prosecutor General's Office, the group watched the depot, which is operated by the state-owned arms maker Trakia Defence Industries, for several weeks in January and obtained incendiary devices that were seized during searches of two houses in Burgas on Tuesday. Bulgarian prosecutors said the businessman, Rumen Dobrev, 58, who owns a freight company, had been recruited in 2023 through a Telegram channel and paid €40,000 in cash and cryptocurrency.

The other four suspects, all Bulgarian citizens aged between 19 and 34, were arrested in Burgas and Sofia. Their names were not released.

Deputy Prosecutor General Stanislava Yordanova told a news conference in Sofia that the plot was "part of a pattern of sabotage organised by the Russian services across Europe", citing fires at warehouses in Poland and Lithuania last year. She said investigators were still trying to establish whether the group had planned further attacks. The investigation began in December after a security guard at the depot reported a drone flying over the site at night, according to prosecutors.

The Russian Embassy in Sofia rejected the accusations. In a statement posted on its Telegram channel, it called them "another provocation" aimed at justifying higher military spending and said Russia "has nothing to do with" the case.

Dobrev's lawyer, Ivaylo Genchev, told the Sofia daily Utro Dnes that his client was "a transport businessman, not a saboteur" and that the devices found at one of the houses "do not belong to him".

The depot, which stores artillery shells and small-arms ammunition, employs around 300 people. Trakia Defence Industries said in a short statement that production had not been affected. If convicted, the five face up to 15 years in prison.

Bulgaria, a member of NATO and the European Union, has become one of the largest producers of artillery ammunition in Europe since 2022, and much of its output has been shipped to Ukraine through third countries.

Bulgaria has expelled more than a dozen Russian diplomats since 2022, accusing them of espionage.

Sources

"Bulgaria charges five over plot to burn arms depot" — Reuters, March 13, 2025

"Russian embassy rejects Bulgarian sabotage claims" — Associated Press, March 13, 2025

"Prosecutors: Burgas businessman paid €40,000 for depot arson" — Bulgarian News Agency, March 13, 2025`,
    [
      acc('Bulgarian prosecutors charge businessman over alleged sabotage plot at arms depot', [['Bulgaria', 'Bulgarian']], [['Rumen Dobrev', 'Dobrev']], 'hedged'),
      den('Moscow denies involvement', [RUSSIA], []),
      acc('charged a businessman from the Black Sea city of Burgas and four other people with plotting to set fire to an ammunition depot', [['Bulgaria', 'Bulgarian']], [['Rumen Dobrev', 'Dobrev']]),
      acc('in what they described as an operation ordered by Russian military intelligence', [['Bulgaria', 'Bulgarian']], [RUSSIA]),
      acc("According to the Prosecutor General's Office, the group watched the depot", [["Prosecutor General's Office", 'Prosecutor General']], [['Rumen Dobrev', 'Dobrev']]),
      acc('Bulgarian prosecutors said the businessman, Rumen Dobrev, 58, who owns a freight company, had been recruited in 2023', [['Bulgaria', 'Bulgarian']], [['Rumen Dobrev', 'Dobrev']]),
      acc('the plot was "part of a pattern of sabotage organised by the Russian services across Europe"', [['Stanislava Yordanova', 'Yordanova']], [RUSSIA]),
      den('The Russian Embassy in Sofia rejected the accusations.', [[...RUSSIA, 'Russian Embassy']], []),
      den('it called them "another provocation" aimed at justifying higher military spending', [[...RUSSIA, 'Russian Embassy']], []),
      den('said Russia "has nothing to do with" the case', [[...RUSSIA, 'Russian Embassy']], [], 'asserted', true),
      acc('it called them "another provocation" aimed at justifying higher military spending', [[...RUSSIA, 'Russian Embassy']], [['Bulgaria', 'Bulgarian']], 'asserted', true),
      den('his client was "a transport businessman, not a saboteur"', [['Ivaylo Genchev', 'Genchev']], []),
      acc('Bulgaria has expelled more than a dozen Russian diplomats since 2022, accusing them of espionage.', [['Bulgaria', 'Bulgarian']], [RUSSIA]),
    ],
    `"Prosecutors in Bulgaria" / "Bulgarian prosecutors" stand for Bulgaria (country adjective on officials); the named Prosecutor General's Office is its own agency in the "According to" sentence (lenient scoring accepts either). "a businessman from ... Burgas" and "the group" resolve to Dobrev, the only named suspect (the four unnamed add no target); headline "alleged" -> hedged. "Russian military intelligence" (unnamed agency) and "the Russian services" stand for Russia. The embassy speaks for Russia: its rejection and "another provocation" are denials, "has nothing to do with" a second clause of the same rejection (optional), and "provocation aimed at justifying higher military spending" implies a fabrication by Bulgaria (optional counter-accusation). Expelling diplomats "accusing them of espionage": diplomats are state agents -> Russia. Arrests, "whether the group had planned further attacks", maximum penalty and the Sources list (headlines with "charges", "rejects") are no claims.`,
  ),

  // ───────────────────────────── 11. Wikinews: scam compound raid, Philippines ─────────────────────────────
  art(
    'a6-wn-philippines-scam-compound',
    ['wikinews', 'arrest-charge', 'unnamed-claimant', 'denial-verb', 'denial-phrase', 'title-then-name', 'coref-description', 'negative'],
    'Philippine police raid online scam hub north of Manila, free hundreds of foreign workers',
    `Thursday, July 10, 2025

Philippine police on Tuesday raided a compound in the town of Porac, in Pampanga province, and freed 386 foreign workers, most of them from China, Vietnam and Indonesia.

The Philippine National Police (PNP) said the compound housed an unlicensed online gambling operation that also ran romance and investment scams targeting people in the United States, Europe and China. According to the PNP's Anti-Cybercrime Group, the property was leased by Golden Meridian Gaming Corp., a company whose licence to serve offshore gamblers was revoked by the Philippine Amusement and Gaming Corporation (PAGCOR) in 2024.

Col. Marites Dumalagan, a PNP spokesperson, said many of the workers had been recruited with offers of customer-service jobs, had their passports taken on arrival and were beaten if they failed to meet daily quotas. Police arrested 14 people at the site, including eight Chinese nationals described as supervisors, on charges of human trafficking and serious illegal detention.

Golden Meridian's lawyer, Rodolfo Sablan, said the company had subleased the property to another firm in 2024 and "has no knowledge of, and no involvement in, whatever was happening inside."

Senator Amado Villaruz said the raid showed that "someone in local government has been protecting these operations for years", and called for a Senate inquiry. Porac mayor Ernesto Dizon denied any involvement, telling reporters that the town had twice asked national agencies to inspect the compound.

The Chinese embassy in Manila said it "firmly opposes" all forms of gambling and fraud and would work with Philippine authorities to repatriate its citizens.

The Philippines banned offshore gaming operators, known locally as POGOs, in 2024 after a series of raids uncovered trafficking and fraud at licensed sites. Officials have said some operators moved into smaller, unlicensed compounds after the ban.

Sources

"Police free hundreds in raid on Pampanga scam hub" — Philippine News Agency, July 9, 2025

"Philippines: 14 held as trafficking victims freed from gaming compound" — Agence France-Presse, July 9, 2025`,
    [
      acc('The Philippine National Police (PNP) said the compound housed an unlicensed online gambling operation', [['Philippine National Police', 'PNP']], []),
      acc('said many of the workers had been recruited with offers of customer-service jobs, had their passports taken on arrival and were beaten', [['Marites Dumalagan', 'Dumalagan']], []),
      acc('Police arrested 14 people at the site, including eight Chinese nationals described as supervisors, on charges of human trafficking', [['Philippine National Police', 'PNP', 'Philippines', 'Philippine']], []),
      den('"has no knowledge of, and no involvement in, whatever was happening inside."', [['Rodolfo Sablan', 'Sablan']], []),
      acc('"someone in local government has been protecting these operations for years"', [['Amado Villaruz', 'Villaruz']], []),
      den('Porac mayor Ernesto Dizon denied any involvement', [['Ernesto Dizon', 'Dizon']], []),
    ],
    `No accused is named: the operation, the traffickers and the "someone in local government" are unnamed, so the accusations have targets [] (Golden Meridian is tied to the site only as its former lessee: ownership/lease is no wrong, hard case). The raid and the freeing of workers (headline and lead) are narration, no crime charged to anyone. The spokesperson relays what workers told police: she is the claimant (named speaker). "Police arrested ... on charges of" = arrest with a stated crime by the police (PNP; the country as an accepted alternative), eight Chinese nationals are private people (China not a target). PAGCOR's revocation states no reason. Sablan denies for the company (he is the named speaker). Dizon's denial answers Villaruz but Villaruz is not named in his statement: targets []. The embassy's "firmly opposes" is no denial; the POGO-ban background ("raids uncovered trafficking") is narration.`,
  ),

  // ───────────────────────────── 12. Wikinews: extradition ruling, Spain / Venezuela ─────────────────────────────
  art(
    'a6-wn-spain-extradition-pdvsa',
    ['wikinews', 'according-to', 'document-subject', 'coref-pronoun', 'coref-metonym', 'denial-verb', 'counter-accusation', 'two-claims', 'helping', 'multi-target', 'unnamed-claimant', 'negative'],
    'Spanish court approves extradition of former Venezuelan oil official to United States',
    `Wednesday, November 5, 2025

Spain's National Court on Tuesday approved the extradition to the United States of Rafael Ordonez Pittier, a former finance director at Venezuela's state oil company PDVSA, who is wanted in Miami on charges of laundering bribes paid to win contracts with the company.

A three-judge panel ruled that the request met the requirements of the extradition treaty between the two countries and rejected arguments by the defence that the prosecution was politically motivated.

According to the indictment filed in federal court in Florida, Ordonez accepted more than $12 million in bribes from contractors between 2012 and 2017 and laundered the money through property purchases in Miami and Madrid. U.S. prosecutors allege that he was one of at least a dozen PDVSA managers who took kickbacks in exchange for moving contractors up the company's payment queue.

Ordonez, 61, has lived in Madrid since 2018 and was arrested there in March at the request of the United States. He denies the charges. He was released on bail in May and must report to a police station twice a week.

His lawyer, Beatriz Llorente, told Spanish media that her client was "being used as a trophy" in the dispute between Washington and Caracas, and said she would appeal to the Constitutional Court.

Venezuela's foreign ministry condemned the ruling as "a new act of judicial piracy" and accused Spain of "serving as an instrument of Washington's economic war against the Venezuelan people".

The United States embassy in Madrid declined to comment.

PDVSA, which has been under U.S. sanctions since 2019, did not respond to a request for comment.

Under Spanish law, the extradition must still be approved by the Council of Ministers, which has the final say but has rarely blocked a transfer approved by the court. Spain is home to more than 200,000 Venezuelans who have left their country over the past decade.

Sources

"Spain's top criminal court backs extradition of ex-PDVSA executive" — Reuters, November 4, 2025

"Venezuela denounces Spanish ruling on former oil manager" — Agence France-Presse, November 4, 2025`,
    [
      acc('who is wanted in Miami on charges of laundering bribes paid to win contracts with the company', [], [['Rafael Ordonez Pittier', 'Ordonez']]),
      acc('rejected arguments by the defence that the prosecution was politically motivated', [], [USA], 'asserted', true),
      acc('According to the indictment filed in federal court in Florida, Ordonez accepted more than $12 million in bribes', [], [['Rafael Ordonez Pittier', 'Ordonez']]),
      acc('U.S. prosecutors allege that he was one of at least a dozen PDVSA managers who took kickbacks', [USA], [['Rafael Ordonez Pittier', 'Ordonez']]),
      den('He denies the charges.', [['Rafael Ordonez Pittier', 'Ordonez']], []),
      acc('her client was "being used as a trophy" in the dispute between Washington and Caracas', [['Beatriz Llorente', 'Llorente']], [USA], 'asserted', true),
      acc('condemned the ruling as "a new act of judicial piracy"', [['Venezuela', 'Venezuelan', 'Caracas']], [['National Court', 'Spain', 'Spanish']]),
      acc(`accused Spain of "serving as an instrument of Washington's economic war against the Venezuelan people"`, [['Venezuela', 'Venezuelan', 'Caracas']], [['Spain', 'Spanish'], USA]),
    ],
    `"wanted in Miami on charges of" is a charge with no named accuser (Miami a place). The defence's argument that "the prosecution was politically motivated" is an accusation of political persecution against the prosecuting state ("Clarified later": said of an act of the state); the defence is unnamed (claimants []) and the panel's "rejected" is no denial: optional, as is Llorente's "used as a trophy" (a political-motive charge by implication against Washington). The indictment "filed in federal court in Florida" has no named issuer; "U.S. prosecutors" stand for the United States. "He denies the charges" is a denial with no accuser named in it. Venezuela's (unnamed, lowercase) foreign ministry speaks for Venezuela; "the ruling" is the National Court's (Spain accepted as an alternative); the second clause accuses Spain of serving Washington's "economic war": Spain and the United States both targets (helping). The arrest "at the request of the United States", the embassy's no-comment, the bare "under U.S. sanctions" of PDVSA, bail and the Council of Ministers background are no claims. PDVSA is the company, not a target.`,
  ),
];
