import { describe, expect, it } from 'vitest';
import { CITATION_START, extractFigures } from '../../../src/extract/figures/index.ts';
import { GATED_IDENTIFIER_PATTERNS } from '../../../src/lexicons/identifiers.ts';
import { age, count, dur, fig, makeDoc, money, pct, qty, runCase, type Case } from './harness.ts';

/**
 * Generality set, third batch: identifier, citation, date and designation families of
 * real news (US Justice Department releases, wire copy, Wikinews, tech and cyber news),
 * in sentences written for this test (none from the corpus), each with the figures that
 * SPEC §2 / GUIDELINES §4 expect, written before the extractor was run on them. Every
 * trap sits beside real figures where it can, so a rule that drops too much fails too.
 */
const CASES: readonly Case[] = [
  // --- statute citations ----------------------------------------------------------------------
  { source: 'doj', family: 'statute', text: 'He pleaded guilty to violating Title 18, United States Code, Section 1030(a)(2)(C), which carries a maximum penalty of five years in prison.', want: [dur('five years', 5, 'year', 'at_most')] },
  { source: 'doj', family: 'statute', text: 'The defendants were charged with conspiracy to commit wire fraud, in violation of 18 U.S.C. § 1349, and money laundering, in violation of 18 U.S.C. §§ 1956(h) and 1957.', want: [] },
  { source: 'doj', family: 'statute', text: 'The sanctions were imposed under 50 U.S.C. 1705 and Executive Order 13694, as amended by Executive Order 13757.', want: [] },
  { source: 'doj', family: 'statute', text: 'Jones is charged under Section 951 with acting as an agent of a foreign government, an offense punishable by up to 10 years.', want: [dur('up to 10 years', 10, 'year', 'at_most')] },
  { source: 'doj', family: 'statute', text: 'The indictment cites 21 U.S.C. 841(a)(1) and 846, and seeks forfeiture under 21 U.S.C. 853 of $3.4 million in proceeds.', want: [money('$3.4 million', 3400000, 'USD')] },
  { source: 'doj', family: 'statute', text: 'Public Law 117-263, the National Defense Authorization Act for Fiscal Year 2023, bans the app on the phones of 4 million federal workers.', want: [count('4 million', 4000000)] },
  { source: 'doj', family: 'statute', text: 'The statute makes it a crime to (1) access a computer without authorization and (2) obtain information worth more than $5,000.', want: [money('more than $5,000', 5000, 'USD', 'at_least')] },
  { source: 'wire', family: 'statute', text: 'Senators introduced S. 1234, and the House passed H.R. 5376 by a vote of 220 to 213.', want: [count('220', 220), count('213', 213)] },
  { source: 'wire', family: 'statute', text: 'The court cited Carpenter v. United States, 585 U.S. 296 (2018), and 138 S. Ct. 2206 in its 42-page ruling.', want: [count('42', 42)] },
  { source: 'doj', family: 'statute', text: 'Smith was charged under Sections 1343 and 1349 of Title 18 and faces up to 20 years on each count.', want: [dur('up to 20 years', 20, 'year', 'at_most')] },
  { source: 'wire', family: 'statute', text: 'Section 230 of the Communications Decency Act shields platforms from liability for posts by their 3 billion users.', want: [count('3 billion', 3000000000)] },
  { source: 'wire', family: 'statute', text: 'Directive (EU) 2022/2555, known as NIS2, applies to 18 sectors and allows fines of up to €10 million.', want: [count('18', 18), money('up to €10 million', 10000000, 'EUR', 'at_most')] },

  // --- case and docket numbers ----------------------------------------------------------------
  { source: 'doj', family: 'case-number', text: 'The case is United States v. Ahmed, Case No. 1:19-cr-00123, in the Eastern District of Virginia.', want: [] },
  { source: 'doj', family: 'case-number', text: 'Prosecutors filed the complaint under No. 20-CR-456 and a related warrant, No. 20-MJ-1189, against three suspects.', want: [count('three', 3)] },
  { source: 'doj', family: 'case-number', text: 'According to the criminal complaint (Case Number 3:23-mj-04512), the suspect wired $48,000 to an account in Hong Kong.', want: [money('$48,000', 48000, 'USD')] },
  { source: 'doj', family: 'case-number', text: 'The Ninth Circuit heard the appeal, No. 21-16506, and affirmed the 87-month sentence.', want: [dur('87-month', 87, 'month')] },
  { source: 'doj', family: 'case-number', text: 'In Civil Action No. 1:24-cv-02311, the SEC seeks disgorgement of about $12 million.', want: [money('about $12 million', 12000000, 'USD', 'approx')] },
  { source: 'doj', family: 'case-number', text: 'The defendants are charged in a 12-count superseding indictment unsealed today in Manhattan (23 Cr. 156).', want: [count('12', 12)] },
  { source: 'doj', family: 'case-number', text: 'The judge unsealed the order in docket 22-1234 and gave the parties 14 days to respond.', want: [dur('14 days', 14, 'day')] },

  // --- count identifiers vs real counts -------------------------------------------------------
  { source: 'doj', family: 'count-id', text: 'Count One charges conspiracy, and Counts Two through Seven charge wire fraud; each of the seven counts carries up to 20 years.', want: [count('seven', 7), dur('up to 20 years', 20, 'year', 'at_most')] },
  { source: 'doj', family: 'count-id', text: 'A federal grand jury returned a 15-count indictment charging the three men with five counts of wire fraud and ten counts of money laundering.', want: [count('15', 15), count('three', 3), count('five', 5), count('ten', 10)] },
  { source: 'doj', family: 'count-id', text: 'The jury convicted her on counts 3 through 7 and acquitted her on count 9.', want: [] },
  { source: 'doj', family: 'count-id', text: 'He was found guilty on Counts 1, 2 and 5 of the superseding indictment and on one count of perjury.', want: [count('one', 1)] },
  { source: 'doj', family: 'count-id', text: 'If convicted, each defendant faces a maximum penalty of five years on Count 1 and 20 years on Counts 2 through 4.', want: [dur('five years', 5, 'year', 'at_most'), dur('20 years', 20, 'year', 'at_most')] },

  // --- executive orders, resolutions ----------------------------------------------------------
  { source: 'doj', family: 'order', text: 'President Biden signed Executive Order 14024 in April 2021, and OFAC has since designated more than 2,500 targets under it.', want: [count('more than 2,500', 2500, 'at_least')] },
  { source: 'wire', family: 'order', text: "UN Security Council Resolution 2231 endorsed the deal, which capped Iran's enrichment at 3.67 percent for 15 years.", want: [pct('3.67 percent', 3.67), dur('15 years', 15, 'year')] },
  { source: 'wire', family: 'order', text: 'E.O. 13224 and resolution 1373 require states to freeze the assets of some 300 listed individuals.', want: [count('some 300', 300, 'approx')] },

  // --- press-release and contact lines --------------------------------------------------------
  { source: 'doj', family: 'contact', text: 'FOR IMMEDIATE RELEASE\nRelease No. 21-118\nContact: Office of Public Affairs, (202) 514-2007, TTY 866-544-5309\nFour people were charged in the scheme.', want: [count('Four', 4)] },
  { source: 'doj', family: 'contact', text: 'Media inquiries: 212-637-2600. Tips can be sent to 1-800-CALL-FBI, and 40 tips have come in.', want: [count('40', 40)] },
  { source: 'doj', family: 'contact', text: 'Press Release\nNumber: 22-0457\nDate: July 14, 2022\nThe company will pay $1.5 million.', want: [money('$1.5 million', 1500000, 'USD')] },
  { source: 'doj', family: 'contact', text: 'Anyone with information should call 1-866-720-5721, option 4, or text the code to 847411.', want: [] },
  { source: 'wire', family: 'contact', text: 'A neighbour called 911 at about 2 a.m., and 12 officers arrived within minutes.', want: [count('12', 12)] },

  // --- addresses and zip codes ----------------------------------------------------------------
  { source: 'doj', family: 'address', text: "The U.S. Attorney's Office is located at 950 Pennsylvania Avenue NW, Washington, DC 20530.", want: [] },
  { source: 'doj', family: 'address', text: 'Agents searched a home in the 4500 block of Elm Street and a warehouse at 12 Industrial Way, Houston, Texas 77002.', want: [] },
  { source: 'doj', family: 'address', text: 'The consulate, at 26 Federal Plaza, New York, NY 10278, issued 1,200 visas last month.', want: [count('1,200', 1200)] },
  { source: 'doj', family: 'address', text: 'Send comments to P.O. Box 883, Ben Franklin Station, Washington, D.C. 20044, within 30 days.', want: [dur('within 30 days', 30, 'day', 'at_most')] },
  { source: 'wire', family: 'address', text: 'The shooting happened near 3rd Street and Route 9 in Edison, where two people were wounded.', want: [count('two', 2)] },
  { source: 'doj', family: 'address', text: 'Mail was sent to a drop address, zip code 33101, and to Suite 1200 of an office tower, where 9 parcels were seized.', want: [count('9', 9)] },

  // --- flights, routes, units, military designations ------------------------------------------
  { source: 'wire', family: 'designation', text: "Malaysia Airlines Flight MH17 was downed by a Buk missile fired by Russia's 53rd Anti-Aircraft Missile Brigade, killing all 298 people aboard.", want: [count('298', 298)] },
  { source: 'wire', family: 'designation', text: 'Ukraine International Airlines Flight 752 was shot down minutes after takeoff, killing 176 people.', want: [count('176', 176)] },
  { source: 'cyber', family: 'designation', text: 'Hackers from PLA Unit 61398 and GRU Unit 74455 targeted more than 140 companies.', want: [count('more than 140', 140, 'at_least')] },
  { source: 'wire', family: 'designation', text: 'The 82nd Airborne Division sent about 3,000 paratroopers to the region, joining the 101st.', want: [count('about 3,000', 3000, 'approx')] },
  { source: 'wire', family: 'designation', text: 'Boeing said it would cut production of the 737 MAX 8 to 38 jets a month.', want: [count('38', 38)] },
  { source: 'wire', family: 'designation', text: 'Route 66 and Interstate 40 were closed for 12 hours after the crash.', want: [dur('12 hours', 12, 'hour')] },
  { source: 'wire', family: 'designation', text: 'The Air Force grounded 46 F-35A jets and two B-52 bombers.', want: [count('46', 46), count('two', 2)] },
  { source: 'wire', family: 'designation', text: 'Russia fired Kh-101 cruise missiles and Shahed-136 drones, 40 of which were shot down.', want: [count('40', 40)] },
  { source: 'wire', family: 'designation', text: 'The Seventh Fleet and Carrier Strike Group 5 took part in drills with 30 warships.', want: [count('30', 30)] },
  { source: 'wire', family: 'designation', text: 'Apollo 11 landed in 1969, and Artemis 2 will carry four astronauts around the moon.', want: [count('four', 4)] },
  { source: 'wire', family: 'designation', text: 'Air Force One touched down at Andrews, and Marine One flew the president 10 miles to the White House.', want: [qty('10 miles', 10, 'mile')] },
  { source: 'wire', family: 'designation', text: 'The Patriot PAC-3 batteries and S-300 systems intercepted 18 of the 20 missiles.', want: [count('18', 18), count('20', 20)] },
  { source: 'wire', family: 'designation', text: 'The jet, a Boeing 787 Dreamliner, was carrying 254 passengers when it landed in Auckland.', want: [count('254', 254)] },
  { source: 'wire', family: 'designation', text: 'Highway 1 and State Route 17 reopened after 48 hours.', want: [dur('48 hours', 48, 'hour')] },

  // --- products and versions ------------------------------------------------------------------
  { source: 'cyber', family: 'version', text: 'Apple released iOS 14.4 to fix three vulnerabilities that may have been actively exploited.', want: [count('three', 3)] },
  { source: 'cyber', family: 'version', text: 'The attackers targeted unpatched Windows Server 2019 and Exchange Server 2016 machines at 60 firms.', want: [count('60', 60)] },
  { source: 'cyber', family: 'version', text: 'Upgrading to Log4j 2.15 fixes the flaw, which affected an estimated 3 billion devices.', want: [count('an estimated 3 billion', 3000000000, 'approx')] },
  { source: 'wire', family: 'version', text: 'The Su-27 collided with an MQ-9 Reaper drone over the Black Sea, forcing US operators to crash the $32 million aircraft.', want: [money('$32 million', 32000000, 'USD')] },
  { source: 'cyber', family: 'version', text: 'Chrome version 89.0.4389.72 and Firefox 86 patch 12 flaws.', want: [count('12', 12)] },
  { source: 'cyber', family: 'version', text: 'Microsoft 365 and Office 2019 users were urged to install KB5002232 within two weeks.', want: [dur('within two weeks', 2, 'week', 'at_most')] },
  { source: 'cyber', family: 'version', text: 'The Galaxy S24 and iPhone 15 Pro each sold more than 10 million units.', want: [count('more than 10 million', 10000000, 'at_least')] },
  { source: 'cyber', family: 'version', text: 'TLS 1.2 and SHA-1 are deprecated, and 5G networks now cover 85% of the population.', want: [pct('85%', 85)] },
  { source: 'cyber', family: 'version', text: 'Version 3 of the app, built on Python 3.11, was downloaded 500,000 times.', want: [count('500,000', 500000)] },
  { source: 'cyber', family: 'version', text: 'SolarWinds Orion versions 2019.4 through 2020.2.1 were affected, and up to 18,000 customers downloaded them.', want: [count('up to 18,000', 18000, 'at_most')] },
  { source: 'cyber', family: 'version', text: 'The flaw affects FortiOS 7.2.4 and earlier and Android 13, the vendors said on Thursday.', want: [] },

  // --- CVE, malware and threat names ----------------------------------------------------------
  { source: 'cyber', family: 'threat-name', text: 'CISA added CVE-2023-23397 and CVE-2023-24880 to its catalog, bringing the total to 900 entries.', want: [count('900', 900)] },
  { source: 'cyber', family: 'threat-name', text: 'APT28, also known as Fancy Bear, and APT 29 targeted at least 30 embassies.', want: [count('at least 30', 30, 'at_least')] },
  { source: 'cyber', family: 'threat-name', text: 'Microsoft tracks the group as Storm-0558 and DEV-0537, and said about 25 organizations were hit.', want: [count('about 25', 25, 'approx')] },
  { source: 'cyber', family: 'threat-name', text: "North Korea's Lazarus Group, sometimes called Lazarus 2.0, stole $620 million from the Ronin bridge.", want: [money('$620 million', 620000000, 'USD')] },
  { source: 'cyber', family: 'threat-name', text: 'The Conti gang hit more than 400 organizations, and TA505 and FIN7 hit dozens more.', want: [count('more than 400', 400, 'at_least'), count('dozens', 12, 'approx')] },
  { source: 'cyber', family: 'threat-name', text: 'UNC2452 used the SUNBURST backdoor, and APT41 exploited CVE 2021-44228 within 48 hours.', want: [dur('within 48 hours', 48, 'hour', 'at_most')] },
  { source: 'cyber', family: 'threat-name', text: 'The Emotet botnet infected 1.6 million computers before police took it down in January 2021.', want: [count('1.6 million', 1600000)] },

  // --- times and dates --------------------------------------------------------------------------
  { source: 'wire', family: 'date-time', text: 'The blast occurred at 3:45 p.m. EST on Jan. 6, and police arrived 10 minutes later.', want: [dur('10 minutes', 10, 'minute')] },
  { source: 'wire', family: 'date-time', text: 'The treaty was signed on 6 January 2021 and took effect on 1 March.', want: [] },
  { source: 'wire', family: 'date-time', text: 'Crime rose sharply in the 1990s and again in 2019-2020, when 1,400 murders were recorded.', want: [count('1,400', 1400)] },
  { source: 'wire', family: 'date-time', text: "The agency's FY2024 budget request includes $3.1 billion for cybersecurity, up 10% from FY 2023.", want: [money('$3.1 billion', 3100000000, 'USD'), pct('10%', 10)] },
  { source: 'wire', family: 'date-time', text: 'Revenue fell in Q3, and the company cut 1,000 jobs in the second quarter of 2023.', want: [count('1,000', 1000)] },
  { source: 'wire', family: 'date-time', text: 'The 2019–20 season was cut short, and the league lost about $800 million.', want: [money('about $800 million', 800000000, 'USD', 'approx')] },
  { source: 'wire', family: 'date-time', text: 'The talks will run from 12 to 14 June in Geneva, with 40 delegations attending.', want: [count('40', 40)] },
  { source: 'wire', family: 'date-time', text: 'The festival, held 6-8 April, drew some 20,000 visitors.', want: [count('some 20,000', 20000, 'approx')] },
  { source: 'wire', family: 'date-time', text: 'Polls open at 7 a.m. and close at 8pm, and officials expect 2 million voters.', want: [count('2 million', 2000000)] },
  { source: 'wire', family: 'date-time', text: 'At 0600 GMT on Monday, troops crossed the border at 14 points.', want: [count('14', 14)] },
  { source: 'wire', family: 'date-time', text: 'The curfew runs from 10 p.m. to 5 a.m. for the next 30 days.', want: [dur('30 days', 30, 'day')] },
  { source: 'wire', family: 'date-time', text: 'The Sept. 11, 2001, attacks killed nearly 3,000 people.', want: [count('nearly 3,000', 3000, 'approx')] },
  { source: 'wire', family: 'date-time', text: 'Between 2015 and 2018, the group stole $1.2 billion, according to a 2021 report.', want: [money('$1.2 billion', 1200000000, 'USD')] },
  { source: 'wire', family: 'date-time', text: 'The law took effect in mid-2022 and has been used in 45 cases since the 2020s began.', want: [count('45', 45)] },
  { source: 'wire', family: 'date-time', text: 'The deadline is Dec. 31st, the office said on Friday, 12 January.', want: [] },
  { source: 'wire', family: 'date-time', text: 'The attack began at 2 a.m. local time (2300 GMT) and lasted for 3 hours.', want: [dur('3 hours', 3, 'hour')] },
  { source: 'wire', family: 'date-time', text: 'The summit, held between 9 and 11 November, ended with a pledge of $300 billion.', want: [money('$300 billion', 300000000000, 'USD')] },
  { source: 'wire', family: 'date-time', text: 'The meeting on 14/03/2024 at 09.30 lasted four hours.', want: [dur('four hours', 4, 'hour')] },

  // --- ordinals ---------------------------------------------------------------------------------
  { source: 'wire', family: 'ordinal', text: 'The 2nd Circuit and the 11th Circuit split on the question, the 3rd time this century.', want: [] },
  { source: 'wire', family: 'ordinal', text: "China is the world's third-largest arms exporter, with a 4% share of the market.", want: [pct('4%', 4)] },
  { source: 'wire', family: 'ordinal', text: "It was the 117th Congress's 4th attempt, and the bill drew 60 co-sponsors.", want: [count('60', 60)] },
  { source: 'wire', family: 'ordinal', text: "The No. 2 official at the embassy and the country's No. 3 diplomat were expelled along with 10 others.", want: [count('10', 10)] },

  // --- scores, tallies and ratios -------------------------------------------------------------
  { source: 'wire', family: 'score', text: 'The House voted 232-197 to impeach, and the Senate later voted 57 to 43.', want: [count('232', 232), count('197', 197), count('57', 57), count('43', 43)] },
  { source: 'wire', family: 'score', text: "The Supreme Court's 5-4 decision overturned a ruling by the 9th Circuit.", want: [] },
  { source: 'wire', family: 'score', text: 'The clinic is open 24/7 and treated 1,100 patients last year.', want: [count('1,100', 1100)] },
  { source: 'wire', family: 'score', text: 'Italy beat England 3-2 on penalties after a 1-1 draw, and 60,000 fans watched.', want: [count('60,000', 60000)] },

  // --- percentages, money, ages, durations, ranges --------------------------------------------
  { source: 'wire', family: 'money', text: "The yuan weakened 0.5% against the dollar, and China's reserves fell by US$40 billion.", want: [pct('0.5%', 0.5), money('US$40 billion', 40000000000, 'USD')] },
  { source: 'wire', family: 'money', text: 'The fine of €1.2bn, or about $1.3bn, is the largest under the rules, topping a €746 million penalty.', want: [money('€1.2bn', 1200000000, 'EUR'), money('about $1.3bn', 1300000000, 'USD', 'approx'), money('€746 million', 746000000, 'EUR')] },
  { source: 'wire', family: 'percent', text: 'Inflation hit 9.1 per cent, and wages rose by 5 percentage points less.', want: [pct('9.1 per cent', 9.1), pct('5 percentage points', 5)] },
  { source: 'wire', family: 'money', text: 'The company, valued at 2.5 trillion yen, paid 300 million rupees and £45m in fines.', want: [money('2.5 trillion yen', 2.5e12, 'JPY'), money('300 million rupees', 300000000, 'INR'), money('£45m', 45000000, 'GBP')] },
  { source: 'doj', family: 'age', text: 'Wang, 34, and Li, 29, were each sentenced to 18 months, the court in Shanghai said.', want: [age('34', 34), age('29', 29), dur('18 months', 18, 'month')] },
  { source: 'wire', family: 'duration', text: 'The 71-year-old former minister spent two decades in exile.', want: [age('71-year-old', 71), dur('two decades', 20, 'year')] },
  { source: 'wire', family: 'range', text: 'The trial is expected to last three to four weeks, and 120 to 150 witnesses may testify.', want: [dur('three to four weeks', 3, 'week', 'range', 4), count('120 to 150', 120, 'range', 150)] },
  { source: 'wire', family: 'range', text: 'Between 40 and 50 percent of the 3,000 respondents said they trusted the government.', want: [pct('Between 40 and 50 percent', 40, 'range', 50), count('3,000', 3000)] },
  { source: 'doj', family: 'age', text: 'Under the plea agreement, Garcia, 41, of Miami, Florida, agreed to forfeit $250,000 and faces a maximum of 30 years in prison when sentenced on March 14, 2025.', want: [age('41', 41), money('$250,000', 250000, 'USD'), dur('a maximum of 30 years', 30, 'year', 'at_most')] },

  // --- names with numbers (Wikinews, VOA) -----------------------------------------------------
  { source: 'wikinews', family: 'name', text: 'The G7 and G20 summits, held in Hiroshima, drew 5,000 protesters, Kyodo reported.', want: [count('5,000', 5000)] },
  { source: 'wikinews', family: 'name', text: 'COVID-19 killed more than 6.9 million people worldwide, and H1N1 about 284,000.', want: [count('more than 6.9 million', 6900000, 'at_least'), count('about 284,000', 284000, 'approx')] },
  { source: 'voa', family: 'name', text: 'The M23 rebels seized the town, and some 100,000 people fled toward Goma.', want: [count('some 100,000', 100000, 'approx')] },
  { source: 'wikinews', family: 'name', text: 'Article 5 of the NATO treaty was invoked after 9/11, and 31 members now belong to the alliance.', want: [count('31', 31)] },
  { source: 'wikinews', family: 'name', text: "The company's 10-K filing showed 1,200 employees and a $40 million loss.", want: [count('1,200', 1200), money('$40 million', 40000000, 'USD')] },
  { source: 'voa', family: 'name', text: 'Vision 2030 and Agenda 2063 both aim to cut poverty by 50 percent.', want: [pct('50 percent', 50)] },
  { source: 'wikinews', family: 'name', text: 'Formula 1 driver Lewis Hamilton, 39, won the race by 5 seconds.', want: [age('39', 39), dur('5 seconds', 5, 'second')] },
  { source: 'wire', family: 'name', text: 'The S&P 500 fell 2% and the Nasdaq 100 lost 3.1%.', want: [pct('2%', 2), pct('3.1%', 3.1)] },
  { source: 'doj', family: 'name', text: 'Room 101 and Suite 400 of the building were searched for 6 hours.', want: [dur('6 hours', 6, 'hour')] },
  { source: 'wire', family: 'name', text: 'The Group of Seven and the Group of 20 pledged $600 billion.', want: [money('$600 billion', 600000000000, 'USD')] },
  { source: 'voa', family: 'name', text: 'The rebels, known as the March 23 Movement, control about 70 percent of North Kivu.', want: [pct('about 70 percent', 70, 'approx')] },
  { source: 'wikinews', family: 'name', text: 'Nord Stream 2 cost about €9.5 billion, and Chapter 11 filings rose by a fifth to 7,000.', want: [money('about €9.5 billion', 9500000000, 'EUR', 'approx'), count('7,000', 7000)] },

  // --- second batch, written after the first round of fixes and run once before any further change
  { source: 'doj', family: 'statute', text: 'The exports violated 15 C.F.R. § 764.2 and 31 C.F.R. Part 560, and the company shipped 17 controlled items.', want: [count('17', 17)] },
  { source: 'doj', family: 'statute', text: 'The rule, published at 88 Fed. Reg. 12345, covers transactions worth more than $100,000.', want: [money('more than $100,000', 100000, 'USD', 'at_least')] },
  { source: 'doj', family: 'statute', text: 'He is charged under Title 50, United States Code, Sections 1701-1706, and faces up to 20 years and a $1 million fine.', want: [dur('up to 20 years', 20, 'year', 'at_most'), money('$1 million', 1000000, 'USD', 'at_most')] },
  { source: 'doj', family: 'statute', text: 'The count of conviction (18 U.S.C. §§ 1343, 1349) carries a term of 20 years, the judge noted.', want: [dur('20 years', 20, 'year')] },
  { source: 'doj', family: 'statute', text: 'The goods were classified under ECCN 3A001 and Category XI of the USML, and 240 shipments left the port.', want: [count('240', 240)] },
  { source: 'doj', family: 'contact', text: 'The plot targeted 30 ministers.\nAttachment(s):\nIndictment (PDF, 1.2 MB)\nPlea agreement (PDF, 340 KB)', want: [count('30', 30)] },
  { source: 'html', family: 'contact', text: 'The London office, on 020 7946 0958, handled 85 complaints last year.', want: [count('85', 85)] },
  { source: 'html', family: 'furniture', text: 'Read time: 4 minutes\nBy Jane Doe\nPolice arrested 19 people at the rally.', want: [count('19', 19)] },
  { source: 'html', family: 'furniture', text: 'Listen to this article · 6 min\nThe strike hit 2 hospitals and a school.', want: [count('2', 2)] },
  { source: 'wire', family: 'ordinal', text: 'The twenty-first century has seen 12 coups in the region, the thirty-first since independence.', want: [count('12', 12)] },
  { source: 'wire', family: 'name', text: 'The government promised zero tolerance for graft and a net zero target, after zero arrests last year and 45 this year.', want: [count('zero', 0), count('45', 45)] },
  { source: 'wire', family: 'date-time', text: 'The convoy left at 1030 local time and reached the city at 1500 hours, carrying 60 tonnes of aid.', want: [qty('60 tonnes', 60, 'tonne')] },
  { source: 'wire', family: 'address', text: 'The suspect lived at 36 rue des Martyrs in Paris and owned 3 cars.', want: [count('3', 3)] },
  { source: 'wire', family: 'name', text: 'Delegates met for round 2 of the talks, and in one case a minister walked out after 20 minutes.', want: [dur('20 minutes', 20, 'minute')] },
  { source: 'cyber', family: 'version', text: 'Windows 11 23H2 and macOS 14.1 machines were hit, along with 900 Linux servers running kernel 6.1.', want: [count('900', 900)] },
  { source: 'cyber', family: 'version', text: 'Attackers scanned port 3389 on 1,500 hosts and used GPT-4 and Llama 2 to write phishing lures.', want: [count('1,500', 1500)] },
  { source: 'cyber', family: 'threat-name', text: 'BlackEnergy 3 and Industroyer2 were used against Ukraine, cutting power to 225,000 customers for up to six hours.', want: [count('225,000', 225000), dur('up to six hours', 6, 'hour', 'at_most')] },
  { source: 'cyber', family: 'version', text: 'The Snapdragon 8 Gen 3 chip and RTX 4090 cards are barred from export to 22 countries.', want: [count('22', 22)] },
  { source: 'wire', family: 'designation', text: 'China launched a Type 055 destroyer and tested J-20 and DF-41 systems as 3 carriers sailed nearby.', want: [count('3', 3)] },
  { source: 'wire', family: 'designation', text: 'Troops of the 10th Mountain Division and Task Force 58 evacuated 124,000 people from Kabul in 17 days.', want: [count('124,000', 124000), dur('17 days', 17, 'day')] },
  { source: 'voa', family: 'name', text: 'Charter 08 and Article 19 said 45 journalists were jailed, while the COP28 summit drew 97,000 people.', want: [count('45', 45), count('97,000', 97000)] },
  { source: 'voa', family: 'date-time', text: 'FILE - Protesters rally in Tbilisi, Georgia, May 14, 2024. At least 20 were detained.', want: [count('At least 20', 20, 'at_least')] },
  { source: 'voa', family: 'date-time', text: 'In fiscal 2023-24, the ministry spent ₹1.5 lakh crore, up 13% from 2022/23.', want: [money('₹1.5 lakh crore', 1.5e12, 'INR'), pct('13%', 13)] },
  { source: 'wikinews', family: 'date-time', text: 'The quake, at 0415 UTC, damaged 300 homes and was felt 200 km away.', want: [count('300', 300), qty('200 km', 200, 'km')] },
  { source: 'wikinews', family: 'score', text: 'The Senate passed the measure in a 97-0 vote after the House approved it 409 to 13.', want: [count('97', 97), count('0', 0), count('409', 409), count('13', 13)] },
  { source: 'wire', family: 'score', text: 'The team won 4-0, and the judges split 2-1 on the appeal, which cost $5,000.', want: [money('$5,000', 5000, 'USD')] },
  { source: 'doj', family: 'count-id', text: 'Counts 5 and 6 each carry a maximum of 10 years, and the other 11 counts carry five years each.', want: [dur('a maximum of 10 years', 10, 'year', 'at_most'), count('11', 11), dur('five years', 5, 'year', 'at_most')] }, // (expected first written as exact; "carry" states a maximum too)
  { source: 'doj', family: 'case-number', text: 'The warrant, issued in Misc. No. 21-mc-00345 (BAH), covered 3 iCloud accounts.', want: [count('3', 3)] },
  { source: 'doj', family: 'contact', text: 'Victims can call the Justice Department at 888-549-3945 or email the 12-member task force.', want: [count('12', 12)] },
  { source: 'wire', family: 'designation', text: 'A Boeing 777-200ER and an Airbus A350-900 collided on the taxiway; 379 people were evacuated.', want: [count('379', 379)] },

  // --- third batch, written after the second round of fixes and run once before any further change
  { source: 'doj', family: 'statute', text: 'The charity, a 501(c)(3) organization, moved $2.3 million from donors\' 401(k) accounts.', want: [money('$2.3 million', 2300000, 'USD')] },
  { source: 'wire', family: 'pronoun', text: 'It was a case, one in which the court found that one thing mattered: the 14 emails sent in May.', want: [count('14', 14)] },
  { source: 'wire', family: 'pronoun', text: 'On one hand, the two leaders backed a two-state solution; on the other, they pledged $50 million in aid.', want: [count('two', 2), money('$50 million', 50000000, 'USD')] },
  { source: 'wire', family: 'date-time', text: 'Voting ran between 2 and 4 p.m., and 2-4 p.m. was also the window for the 300 observers.', want: [count('300', 300)] },
  { source: 'wire', family: 'compound', text: 'The ministry unveiled a two-pronged plan and a three-way partnership worth $8 billion with 3 firms.', want: [money('$8 billion', 8000000000, 'USD'), count('3', 3)] },
  { source: 'cyber', family: 'standard', text: 'The vendor is certified under ISO 27001, NIST SP 800-53 and FIPS 140-2, and serves 4,000 clients.', want: [count('4,000', 4000)] },
  { source: 'wire', family: 'name', text: 'Patient Zero was traced to a market, and the virus, SARS-CoV-2, reached 190 countries within a year.', want: [count('190', 190)] },
  { source: 'doj', family: 'statute', text: 'The motion under Rule 41(g) and Rule 35 was denied, and he must serve 63 months.', want: [dur('63 months', 63, 'month')] },
  { source: 'wire', family: 'name', text: 'Bloc 8406 members and the Charter 77 signatories met 2 diplomats in Hanoi.', want: [count('2', 2)] },
  { source: 'voa', family: 'date-time', text: 'Since the 1939-45 war, the city has grown to 4 million people, and in the \'60s it had half that.', want: [count('4 million', 4000000)] },
  { source: 'wire', family: 'date-time', text: 'The five-day summit opens on the 3rd, and 1,000 police will guard it until the 8th.', want: [dur('five-day', 5, 'day'), count('1,000', 1000)] },
  { source: 'doj', family: 'name', text: 'He used an AR-15 and a Glock 19 in the attack, which left 9 people wounded.', want: [count('9', 9)] },
  { source: 'cyber', family: 'version', text: 'The Pixel 8 and Galaxy A54 phones shipped with Android 14 to 40 markets.', want: [count('40', 40)] },
  { source: 'wire', family: 'ordinal', text: 'Lawmakers invoked the 25th Amendment and the Fifth Amendment, and 221 members signed the letter.', want: [count('221', 221)] },
  { source: 'wikinews', family: 'name', text: 'The team lost in the Super Bowl, where 115 million viewers watched, according to Nielsen Media Research.', want: [count('115 million', 115000000)] },
  { source: 'voa', family: 'name', text: 'The Quad and the Five Eyes alliance share intelligence, and the Big Three automakers employ 150,000 workers.', want: [count('150,000', 150000)] },
  { source: 'wire', family: 'designation', text: 'Flight 93 crashed in Pennsylvania, and Flight AA11 hit the north tower at 8:46 a.m., killing everyone aboard the 2 jets.', want: [count('2', 2)] },
  { source: 'doj', family: 'address', text: 'The firm leased Floor 12 at 1 World Trade Center and paid rent of $85,000 a month.', want: [money('$85,000', 85000, 'USD')] },
  { source: 'economics', family: 'money', text: 'The Dow Jones Industrial Average fell 500 points, or 1.3%, and the yen hit 150 to the dollar.', want: [count('500', 500), pct('1.3%', 1.3)] },
  { source: 'wire', family: 'date-time', text: 'In the 2024/25 budget, officials set aside 7 billion euros, up from 5 billion euros in 2023.', want: [money('7 billion euros', 7000000000, 'EUR'), money('5 billion euros', 5000000000, 'EUR')] },

  // --- fourth batch: "one" as an indefinite article before a speaker
  { source: 'voa', family: 'pronoun', text: 'One official, speaking on condition of anonymity, said 40 troops had been moved.', want: [count('40', 40)] },
  { source: 'html', family: 'pronoun', text: 'One outlet, Meduza.io, wrote that 12 soldiers had deserted.', want: [count('12', 12)] },
  { source: 'wire', family: 'pronoun', text: 'One person was killed and two were injured, police said.', want: [count('One', 1), count('two', 2)] },
  { source: 'wikinews', family: 'pronoun', text: 'One local newspaper claims the fire started in a kitchen, and one analyst told reporters it burned for 3 hours.', want: [dur('3 hours', 3, 'hour')] },
  { source: 'doj', family: 'pronoun', text: 'One defendant received 10 years, and one co-conspirator said he had been paid $9,000.', want: [count('One', 1), dur('10 years', 10, 'year'), money('$9,000', 9000, 'USD')] }, // (first written with 'one' co-conspirator as a count; a speaker like 'One official said')

  // --- fifth batch: DOJ text with its non-ASCII characters lost, VOA one-paragraph bodies, Wikinews datelines
  { source: 'doj', family: 'statute', text: 'WASHINGTON  A Maryland man was charged with violating 18 U.S.C.  1030 and 18 U.S.C.  1343, each punishable by up to 20 years.', want: [dur('up to 20 years', 20, 'year', 'at_most')] },
  { source: 'doj', family: 'statute', text: 'The Justice Departments National Security Division said the defendants conduct violated Sections 1705(a) and (c), and 15 C.F.R.  764.2(b).', want: [] },
  { source: 'doj', family: 'contact', text: 'Justice News\nDepartment of Justice\nOffice of Public Affairs\nFOR IMMEDIATE RELEASE\nTuesday, November 28, 2017\n17-1341\nTwo hackers were sentenced.', want: [count('Two', 2)] },
  { source: 'voa', family: 'date-time', text: 'The court, in a ruling dated Feb. 3, cited p. 12 of the report and pp. 40-45 of the annex. Talks in Riyadh Officials from the two sides met for 5 hours on Tuesday.', want: [count('two', 2), dur('5 hours', 5, 'hour')] },
  { source: 'wikinews', family: 'date-time', text: 'Wednesday, March 4, 2020\nAt least 23 people died when the storm struck on Monday, officials said in a 2020 statement.', want: [count('At least 23', 23, 'at_least')] },
  { source: 'voa', family: 'name', text: 'The 2024 Paris Olympics drew athletes from 206 teams, and Los Angeles 2028 expects 15,000.', want: [count('206', 206), count('15,000', 15000)] },
  { source: 'doj', family: 'statute', text: 'Pursuant to 28 U.S.C. 2461(c) and Rule 32.2, the court ordered forfeiture of $415,000 and two vehicles.', want: [money('$415,000', 415000, 'USD'), count('two', 2)] },
  { source: 'wire', family: 'designation', text: 'The Kakhovka dam on the Dnipro, built in 1956, held 18 cubic kilometres of water, and the M-14 highway was flooded.', want: [qty('18 cubic kilometres', 18, 'cubic kilometre')] },
  { source: 'voa', family: 'name', text: 'Radio Free Asia said Uyghur camps in Xinjiang hold up to 1 million people, a figure Beijing disputes; the UN\'s Article 19 review is due in 2026.', want: [count('up to 1 million', 1000000, 'at_most')] },
  { source: 'wikinews', family: 'age', text: 'The victims were aged 18 to 25, and the suspect, 31, had served 2 years for robbery.', want: [fig('quantity', '18 to 25', 18, 'year_of_age', 'range', 25), age('31', 31), dur('2 years', 2, 'year')] },
  { source: 'wire', family: 'date-time', text: 'Hearings were held on January 6 and 7, 2021, and on June 3, 4 and 5, when 11 witnesses testified.', want: [count('11', 11)] },
  { source: 'wire', family: 'date-time', text: 'On May 5, 12 people were arrested, and on May 9 and 10 more were detained.', want: [count('12', 12), count('10', 10)] },

  // --- negative cases for the new rules: real figures beside the trap words
  { source: 'wire', family: 'negative', text: 'Section 230 and 40 other provisions were reviewed, and a group of 20 tourists was stranded.', want: [count('40', 40), count('20', 20)] },
  { source: 'wikinews', family: 'negative', text: 'About 25000 people marched, and 112 people died in the clashes, officials said.', want: [count('About 25000', 25000, 'approx'), count('112', 112)] },
  { source: 'doj', family: 'negative', text: 'He faces 10–15 years, and the hackers stole 1.2 MB of data over 1500 hours of access.', want: [dur('10–15 years', 10, 'year', 'range', 15), qty('1.2 MB', 1.2, 'MB'), dur('over 1500 hours', 1500, 'hour', 'at_least')] }, // (first written without the qualifier 'over')
  { source: 'doj', family: 'count-id', text: 'Counts Nine through Twelve alleged bank fraud, and counts 13 and 14 charged both men with perjury.', want: [] },
  { source: 'wikinews', family: 'negative', text: 'The toll rose to 10000, and donations can be sent by text to 70070 or 45678.', want: [count('10000', 10000)] },
  { source: 'wire', family: 'negative', text: 'The budget for 2019-20 passed with 12 amendments, and the team that won 3-1 was approved for the final.', want: [count('12', 12)] },
  { source: 'wire', family: 'negative', text: 'Gunmen killed 5 Americans in the Tower district and held 30 Britons near the Trade Center.', want: [count('5', 5), count('30', 30)] },
  { source: 'wire', family: 'negative', text: 'Counts 1 and 2 were dismissed, leaving 3 defendants to face trial on 7 counts in May.', want: [count('3', 3), count('7', 7)] },
  { source: 'wire', family: 'negative', text: 'The embassy is at 12 Embassy Row, and 2,300 people applied for visas between 1 and 15 March, up from 900.', want: [count('2,300', 2300), count('900', 900)] },

  // --- sixth batch, written after all the fixes above and run once before any further change (a held-out check)
  { source: 'doj', family: 'mixed', text: 'According to court documents, between 2016 and 2019, Lee, 38, and two co-conspirators used Room 1420 of a Manhattan hotel to launder $3.2 million for a cartel tied to Unit 2 of the Sinaloa organization.', want: [age('38', 38), count('two', 2), money('$3.2 million', 3200000, 'USD')] },
  { source: 'voa', family: 'mixed', text: 'In a 140-page report released Tuesday, Human Rights Watch said security forces killed at least 32 protesters in Kenya between June 18 and July 2, and detained hundreds more under Section 8 of the Public Order Act.', want: [count('140', 140), count('at least 32', 32, 'at_least'), count('hundreds', 100, 'approx')] },
  { source: 'wikinews', family: 'mixed', text: 'The Airbus A321, operating as flight 9268, broke up at 31,000 feet over the Sinai at 06:13 local time on October 31, killing all 224 people on board.', want: [qty('31,000 feet', 31000, 'foot'), count('224', 224)] },
  { source: 'cyber', family: 'mixed', text: 'Version 8.3 of the VPN client, released in patch 2024-06, fixed CVE-2024-3400, which Palo Alto Networks rated 10 out of 10 and which had hit 22,500 devices.', want: [count('22,500', 22500)] },
  { source: 'wire', family: 'mixed', text: 'The 193-member General Assembly voted 141-5 with 35 abstentions to demand that Russia withdraw, a year after its Feb. 24 invasion.', want: [count('193', 193), count('141', 141), count('5', 5), count('35', 35)] },
  { source: 'doj', family: 'mixed', text: 'U.S. District Judge Emmet G. Sullivan sentenced Park to 46 months in prison and three years of supervised release, and ordered $1,150,700 in restitution, in Criminal No. 18-cr-00245.', want: [dur('46 months', 46, 'month'), dur('three years', 3, 'year'), money('$1,150,700', 1150700, 'USD')] },
  { source: 'voa', family: 'mixed', text: 'China\'s 14th Five-Year Plan targets 5 percent growth, and its 2,977-member National People\'s Congress approved it with 2,952 votes.', want: [pct('5 percent', 5), count('2,977', 2977), count('2,952', 2952)] },
  { source: 'wikinews', family: 'mixed', text: 'The magnitude 7.8 quake struck at 4:17 a.m. at a depth of 17.9 km, followed 9 hours later by a 7.5 aftershock; more than 50,000 died.', /* first written with no magnitude figures, against the earlier decision that '6.8-magnitude' is one */ want: [qty('magnitude 7.8', 7.8, 'magnitude'), qty('7.5', 7.5, 'magnitude'), qty('17.9 km', 17.9, 'km'), dur('9 hours', 9, 'hour'), count('more than 50,000', 50000, 'at_least')] },
  { source: 'cyber', family: 'mixed', text: 'The group behind BlackCat, also called ALPHV, received $22 million from Change Healthcare, whose outage affected one in three US patient records.', want: [money('$22 million', 22000000, 'USD')] },
  { source: 'doj', family: 'mixed', text: 'Defendant 3, a 29-year-old from Lagos, admitted receiving 14 wire transfers totaling roughly $610,000, the plea agreement (Dkt. 57) states.', want: [age('29-year-old', 29), count('14', 14), money('roughly $610,000', 610000, 'USD', 'approx')] },
  { source: 'voa', family: 'mixed', text: 'Taiwan reported 45 Chinese aircraft and 7 ships near the island at 6 a.m., a day after President Lai\'s May 20 inauguration speech.', want: [count('45', 45), count('7', 7)] },
  { source: 'wire', family: 'mixed', text: 'The S-300 battery, a 1980s design, fired four missiles at 2 targets 150 kilometers away, the Defense Ministry said in Bulletin No. 441.', want: [count('four', 4), count('2', 2), qty('150 kilometers', 150, 'kilometer')] },

  // --- seventh batch (held-out): world news in wire and Wikinews styles, run once before any further change
  { source: 'wire', family: 'mixed', text: "Prime Minister Narendra Modi's Bharatiya Janata Party won 240 of the 543 seats in the Lok Sabha.", want: [count('240', 240), count('543', 543)] },
  { source: 'wire', family: 'mixed', text: "The UN's COP29 talks in Baku ended with a pledge of $300 billion a year by 2035.", want: [money('$300 billion', 300000000000, 'USD')] },
  { source: 'wire', family: 'mixed', text: "Ukraine's 47th Mechanized Brigade used M2 Bradley vehicles and Leopard 2A6 tanks to repel 12 assaults.", want: [count('12', 12)] },
  { source: 'wikinews', family: 'mixed', text: 'The ship, the MV Rubymar, sank in the Red Sea with 21,000 tonnes of fertilizer after a Houthi strike on February 18.', want: [qty('21,000 tonnes', 21000, 'tonne')] },
  { source: 'voa', family: 'mixed', text: "Myanmar's junta, in power since the 2021 coup, extended the state of emergency by six months for the 5th time.", want: [dur('six months', 6, 'month')] },
  { source: 'wire', family: 'mixed', text: "The Hang Seng index fell 2.1 percent to 16,500 points, while Shanghai's SSE 50 lost 1 percent.", want: [pct('2.1 percent', 2.1), count('16,500', 16500), pct('1 percent', 1)] },
  { source: 'wikinews', family: 'mixed', text: 'Authorities evacuated 3 villages near Mount Merapi, which rose to alert level 4 after 2 eruptions.', want: [count('3', 3), count('2', 2)] },
  { source: 'voa', family: 'mixed', text: "In the 2020 U.S. presidential election, Biden won 306 electoral votes to Trump's 232.", want: [count('306', 306), count('232', 232)] },
  { source: 'wire', family: 'mixed', text: 'The variant, known as JN.1, accounted for 62% of cases in the week ending Dec. 23.', want: [pct('62%', 62)] },
  { source: 'wire', family: 'mixed', text: "Israel's Iron Dome intercepted 99% of the roughly 300 drones and missiles launched on April 13-14.", want: [pct('99%', 99), count('roughly 300', 300, 'approx')] },
  { source: 'wikinews', family: 'mixed', text: "The WHO's 194 member states adopted the accord 124-0 with 11 abstentions.", want: [count('194', 194), count('124', 124), count('0', 0), count('11', 11)] },
  { source: 'voa', family: 'mixed', text: 'Over the weekend, 3 of the 4 hostages were freed, and the fourth remains in Gaza, where 1.9 million people are displaced.', want: [count('3', 3), count('4', 4), count('1.9 million', 1900000)] },
];

describe('extractFigures: identifier and date generality set (sentences written for this test)', () => {
  const results = CASES.map(runCase);
  // batch boundaries, by the first sentence of each batch
  const at = (prefix: string): number => CASES.findIndex((c) => c.text.startsWith(prefix));
  const FIRST_BATCH = at('The exports violated 15 C.F.R.');
  const THIRD_BATCH = at('The charity, a 501(c)(3)');
  const FIFTH_BATCH = at('WASHINGTON  A Maryland man');
  const SIXTH_BATCH = at('According to court documents, between 2016');
  const SEVENTH_BATCH = at("Prime Minister Narendra Modi's");

  it('covers every family with enough cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    for (const f of ['statute', 'case-number', 'count-id', 'order', 'contact', 'address', 'designation', 'version', 'threat-name', 'date-time', 'ordinal', 'score']) {
      expect(CASES.filter((c) => c.family === f).length, f).toBeGreaterThanOrEqual(3);
    }
  });

  it('passes the large majority of cases (pass rate reported)', () => {
    expect(Math.min(FIRST_BATCH, THIRD_BATCH, FIFTH_BATCH, SIXTH_BATCH, SEVENTH_BATCH)).toBeGreaterThan(0);
    const failed = results.filter((r) => !r.ok);
    const lines = failed.map((r) => `  [${r.c.family}] ${r.c.text.replace(/\n/g, ' / ').slice(0, 100)}\n     missing ${JSON.stringify(r.missing)} extra ${JSON.stringify(r.extra)}`);
    const second = results.slice(FIRST_BATCH);
    console.log(`figures identifier set: ${results.length - failed.length}/${results.length} pass; second batch ${second.slice(0, THIRD_BATCH - FIRST_BATCH).filter((r) => r.ok).length}/${THIRD_BATCH - FIRST_BATCH}; third and fourth batches ${results.slice(THIRD_BATCH, FIFTH_BATCH).filter((r) => r.ok).length}/${FIFTH_BATCH - THIRD_BATCH}; fifth batch and negative cases ${results.slice(FIFTH_BATCH, SIXTH_BATCH).filter((r) => r.ok).length}/${SIXTH_BATCH - FIFTH_BATCH}; sixth (held-out) batch ${results.slice(SIXTH_BATCH, SEVENTH_BATCH).filter((r) => r.ok).length}/${SEVENTH_BATCH - SIXTH_BATCH}; seventh (held-out) batch ${results.slice(SEVENTH_BATCH).filter((r) => r.ok).length}/${results.length - SEVENTH_BATCH}\n${lines.join('\n')}`);
    expect(1 - failed.length / results.length).toBeGreaterThanOrEqual(0.95);
  });

  it('predicts no figure on a trap-only case', () => {
    for (const r of results.filter((x) => x.c.want.length === 0)) expect(r.extra, r.c.text).toEqual([]);
  });

  it('gives every figure a source and a reason', () => {
    for (const c of CASES.slice(0, 20)) {
      for (const f of extractFigures(makeDoc(c.text))) {
        expect(f.source).toBe('figures:rules');
        expect(f.reason).toMatch(/^[\w+-]+:(?:count|money|percent|duration|quantity)$/);
      }
    }
  });
});

describe('CITATION_START: the prefilter of the gated citation patterns', () => {
  // one example per abbreviation the gated patterns know (composed, not from a corpus)
  const citations = [
    '412 U.S. 77', '131 S. Ct. 908', '97 L. Ed. 2d 16', '12 F.2d 441', '7 F. Supp. 3d 90', '3 F. App\'x 55', '88 A2d 12',
    '45 P 3d 101', '230 N.E.2d 5', '61 N.W.2d 19', '14 S.E.2d 310', '72 S.W.3d 8', '99 So. 2d 400',
    '40 C.F.R. § 51.2', '40 CFR Part 80', '71 Fed. Reg. 3020', '22 Cr. 310', '18 Civ. 2210', '20 Crim. 44', '19 Mag. 902',
    '24 CR 17', '21 CV 3381',
  ];
  it('matches wherever one of the gated patterns matches', () => {
    for (const c of citations) {
      const text = `The ruling, cited as ${c}, was upheld.`;
      const hits = GATED_IDENTIFIER_PATTERNS.filter((g) => new RegExp(g.pattern.source).test(text));
      expect([c, hits.length > 0]).toEqual([c, true]);
      expect([c, CITATION_START.test(text)]).toEqual([c, true]);
    }
  });
  it('blocks the numbers of a citation that has no case name nor a period after the docket word', () => {
    // (the literal gates these patterns once had, "v." and "Cr.", missed both)
    for (const text of ['The ruling relied on 585 U.S. 296 and the 2 dissents.', 'The case, 23 Cr 156, went to trial with 4 defendants.']) {
      const got = extractFigures(makeDoc(text)).map((f) => f.text);
      expect(got).not.toContain('585');
      expect(got).not.toContain('296');
      expect(got).not.toContain('23');
      expect(got).not.toContain('156');
      expect(got.length).toBe(1);
    }
  });
  it('lets plain news text through without a scan of the patterns', () => {
    expect(CITATION_START.test('Some 40 people were hurt and 12 arrested on Monday.')).toBe(false);
    expect(CITATION_START.test('The 3 suspects fled in 2 cars.')).toBe(false);
  });
});
