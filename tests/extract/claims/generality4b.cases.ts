import { art as artOf, claim, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';
import { ARTICLE_TAGS, type ArticleTag } from './generality2.cases.ts';

/**
 * Claims generality set 4, writer B (held out). Invented whole news articles (headline and
 * body, with the page furniture a real outlet prints: bylines, datelines, "Related" blocks,
 * "Updated" lines, copyright and contact lines) in five styles the earlier sets lack:
 * business and regulatory news (competition fines, consumer-protection suits, short-seller
 * reports and class actions, whistle-blowers), sports integrity (doping, match fixing),
 * local crime and court reporting (police and prosecutors, defence lawyers, jury verdicts),
 * cyber-incident trade press (a vendor's researchers attributing an intrusion, the victim's
 * statement) and state statements translated into English (foreign-ministry briefings,
 * "so-called", "smear", counter-accusations). Names of people, companies and groups are
 * invented; countries, capitals, real agencies and international bodies are real.
 *
 * Annotated by reading, under SPEC §2 and GUIDELINES §5-6 (hard cases and "Clarified
 * later" included), BEFORE any extractor was run on the texts. Same format as
 * generality2.cases.ts: actors as lists of accepted names, evidence a verbatim snippet of
 * the headline or body, `optional` for items an annotator could defensibly leave out, a
 * `note` wherever a decision is doubtful.
 */

/** Tags of set 2, plus the styles this set adds. */
export const SET4_B_TAGS = [
  ...ARTICLE_TAGS,
  'business-regulatory', // competition and consumer regulators, securities fraud, class actions, short sellers, whistle-blowers
  'sports', // doping, match fixing, federation discipline
  'local-court', // police say, prosecutors allege, defence lawyers reply, jury verdicts
  'trade-press', // security-vendor research attributing an intrusion, the victim's statement
  'state-statement', // foreign-ministry briefings and state-agency statements in translation
] as const;
export type Set4BTag = (typeof SET4_B_TAGS)[number];

const acc = claim('accusation');
const den = claim('denial');
const art = artOf<Set4BTag>;

// Accepted names of recurring real actors.
const USA = ['United States', 'US', 'U.S.', 'Washington', 'American'];
const CHINA = ['China', 'Beijing', 'Chinese'];
const RUSSIA = ['Russia', 'Moscow', 'Kremlin', 'Russian'];
const UK = ['United Kingdom', 'UK', 'U.K.', 'Britain', 'British'];

// ── article 1
const EC = ['European Commission', 'Commission', 'European Union', 'EU'];
const VELTRANE = ['Veltrane Systems', 'Veltrane'];
const VERHAEGEN = ['Ilse Verhaegen', 'Verhaegen'];
const AALBERS = ['Pieter Aalbers', 'Aalbers'];
const THORVIG = ['Mads Thorvig', 'Thorvig'];
// ── article 2
const GREYHOLLOW = ['Greyhollow Research', 'Greyhollow'];
const NORVANE = ['Norvane Energy Inc', 'Norvane Energy', 'Norvane'];
const WHITLOCK = ['Dana Whitlock', 'Whitlock'];
const TRASK = ['Owen Trask', 'Trask'];
const POLLARD = ['Pollard Reyes'];
// ── article 3
const FTC = ['Federal Trade Commission', 'FTC'];
const BRIGHTBASKET = ['Brightbasket Inc.', 'Brightbasket Inc', 'Brightbasket'];
const OYELARAN = ['Samuel Oyelaran', 'Oyelaran'];
const MAALOUF = ['Trevor Maalouf', 'Maalouf'];
const DUNMORE = ['Keisha Dunmore', 'Dunmore'];
const FENWICK = ['Gerald Fenwick', 'Fenwick'];
// ── article 4
const ITA = ['International Testing Agency', 'ITA'];
const ORELLANA = ['Matías Orellana', 'Orellana'];
const BERASATEGUI = ['Iñaki Berasategui', 'Berasategui'];
const NUTRIVEL = ['Nutrivel'];
const SOLARA = ['Equipo Solara', 'Solara'];
const UCI = ['Union Cycliste Internationale', 'UCI'];
const WADA = ['World Anti-Doping Agency', 'WADA'];
// ── article 5
const PORTUGAL = ['Portugal', 'Portuguese', 'Portuguese prosecutors'];
const LEAL = ['Augusto Leal', 'Leal'];
const MTEO = ['Marcus Teo', 'Marcus'];
const DTEO = ['Daniel Teo', 'Daniel', 'Teo'];
const COUTO = ['Filipa Couto', 'Couto'];
const LINEMARK = ['Linemark Integrity', 'Linemark'];
const RIBAFRIA = ['SC Ribafria', 'Ribafria'];
const FPF = ['Portuguese Football Federation', 'FPF'];
const BARROS = ['Hélder Barros', 'Barros'];
// ── article 6
const WETHERALL = ['Janice Wetherall', 'Wetherall'];
const BRADFORD = ['Bradford Crown Court'];
const GALE = ['Simon Gale', 'Gale'];
const PENNINE = ['Pennine Care Homes Ltd', 'Pennine Care Homes', 'Pennine'];
const RAO = ['Anjali Rao', 'Rao'];
const HIRST = ['Mark Hirst', 'Hirst'];
// ── article 7
const TULLY = ['Raymond Tully', 'Tully'];
const PELLETIER = ['Gary Pelletier', 'Pelletier'];
const PLG = ['Pelletier Land Group'];
const RUTKOWSKI = ['Denise Rutkowski', 'Rutkowski'];
const KOSTELNIK = ['Brian Kostelnik', 'Kostelnik'];
// ── article 8
const KOZAK = ['Walter Kozak', 'Kozak'];
const KINGS_BENCH = ["Manitoba Court of King's Bench", "Court of King's Bench"];
const MIREAULT = ['Leanne Mireault', 'Mireault'];
const ACHTERBERG = ['Daniel Achterberg', 'Achterberg'];
const FONTAINE = ['Corinne Fontaine', 'Fontaine'];
const WPG_POLICE = ['Winnipeg police', 'Winnipeg Police Service'];
// ── article 9
const CORVEX = ['Corvex Labs', 'Corvex'];
const HERON = ['Quiet Heron'];
const HALVORSEN = ['Halvorsen Freight', 'Halvorsen'];
const MSS = ['Ministry of State Security', 'MSS'];
const BRANDT = ['Anneliese Brandt', 'Brandt'];
const CHINA_EMB = [...CHINA, 'Chinese Embassy', 'Chinese Embassy in Oslo'];
const TUNDRASEC = ['Tundrasec'];
// ── article 10
const KRAKEN = ['Kraken Nine'];
const ZUIDERHAVEN = ['Zuiderhaven Zorggroep', 'Zuiderhaven'];
const MEDILINK = ['Medilink Services', 'Medilink'];
const VAN_EERDEN = ['Joost van Eerden', 'van Eerden', 'Van Eerden'];
const WRONA = ['Tomasz Wrona', 'Wrona'];
const NIGHTJAR = ['Nightjar Intelligence', 'Nightjar'];
// ── article 11
const FANG = ['Fang Yuzhi', 'Fang'];
const BIS = ['Security Information Service', 'Czech Security Information Service'];
const CZECH = ['Czech Republic', 'Czech', 'Czechia'];
const COMMERCE = ['US Commerce Department', 'Commerce Department', 'Department of Commerce'];
const LITHUANIA = ['Lithuania', 'Lithuanian'];
// ── article 12
const VOLNOV = ['Arkady Volnov', 'Volnov'];
const ESTONIA = ['Estonia', 'Estonian', 'Tallinn', 'Estonian Foreign Ministry'];
const TALVIK = ['Margus Talvik', 'Talvik'];
const KAPO = ['Estonian Internal Security Service', 'Internal Security Service', 'KAPO'];

export const SET4_B_CASES: readonly ClaimCase[] = [
  // ───────────────────────────── business and regulatory ─────────────────────────────
  art(
    'b4-eu-port-software-fine',
    ['business-regulatory', 'headline', 'sanction-reason', 'according-to', 'quote-paragraph', 'title-then-name', 'coref-description', 'denial-verb', 'denial-phrase', 'no-cue', 'negative'],
    'EU fines port software maker Veltrane €412 million for shutting out rivals',
    `By Harriet Okonkwo, Brussels correspondent
Published 09:14 GMT, Tuesday

BRUSSELS — The European Commission on Tuesday fined Veltrane Systems, a Rotterdam-based maker of port-logistics software, €412 million, saying the company had abused its dominant position by tying container terminals to exclusive contracts and degrading the data links to competing products.

The decision closes a four-year investigation opened after a complaint by Kessmark, a smaller Danish rival, and by two terminal operators in Hamburg and Antwerp. It is the largest antitrust fine the Commission has imposed on a European software company.

"For almost a decade, Veltrane made it technically and commercially impossible for terminals to switch," Competition Commissioner Ilse Verhaegen told a news conference. "Customers that tried were told their support would be downgraded. That is not competition on the merits. It is a textbook foreclosure strategy."

According to the Commission, Veltrane deliberately throttled the interface through which its terminal software exchanged data with rival scheduling tools, adding delays of up to 40 seconds per transaction from 2016 onwards. Internal documents seized during a 2022 inspection show that managers referred to the slowdown as "Project Molasses," the Commission said.

Veltrane said it disagreed with the decision and would appeal to the General Court in Luxembourg.

"Our contracts were freely negotiated, and our customers chose us because our software works," chief executive Pieter Aalbers said in a statement. "The Commission has mistaken engineering trade-offs for misconduct."

The company also rejected any suggestion that the interface had been slowed on purpose, saying the delays were caused by security checks that regulators in several member states had required.

Kessmark welcomed the fine. Its founder, Mads Thorvig, said the decision "confirms what every terminal operator in northern Europe already knew" and that the company would seek damages in national courts.

Shares in Veltrane fell 6.2 percent in Amsterdam. The fine is equal to about 9 percent of the company's annual turnover, just under the legal ceiling of 10 percent.

The Commission did not accuse the terminal operators that signed the exclusive contracts of any wrongdoing, noting that many had been under "considerable commercial pressure" when they did so.

Separately, the Netherlands Authority for Consumers and Markets (ACM) is examining whether Veltrane broke national rules in a 2021 tender at the port of Rotterdam. The ACM declined to comment on the inquiry.

Related:
EU opens probe into cloud contracts of German software group
Regulators accuse chip supplier of bundling graphics drivers

Updated 11:02 GMT with share price and Kessmark reaction.`,
    [
      acc('EU fines port software maker Veltrane €412 million for shutting out rivals', [EC], [VELTRANE]),
      acc('saying the company had abused its dominant position by tying container terminals to exclusive contracts and degrading the data links to competing products', [EC], [VELTRANE]),
      acc('Veltrane made it technically and commercially impossible for terminals to switch', [VERHAEGEN], [VELTRANE]),
      acc('Customers that tried were told their support would be downgraded.', [VERHAEGEN], [VELTRANE], undefined, true),
      acc('That is not competition on the merits. It is a textbook foreclosure strategy.', [VERHAEGEN], [VELTRANE]),
      acc('According to the Commission, Veltrane deliberately throttled the interface', [EC], [VELTRANE]),
      acc('Internal documents seized during a 2022 inspection show that managers referred to the slowdown as "Project Molasses," the Commission said.', [EC], [VELTRANE], undefined, true),
      den('Veltrane said it disagreed with the decision', [VELTRANE], []),
      den('Our contracts were freely negotiated, and our customers chose us because our software works', [AALBERS], []),
      den('The Commission has mistaken engineering trade-offs for misconduct.', [AALBERS], [EC]),
      den('rejected any suggestion that the interface had been slowed on purpose', [VELTRANE], []),
      acc('said the decision "confirms what every terminal operator in northern Europe already knew"', [THORVIG], [VELTRANE], undefined, true),
    ],
    'the Commission fining "for shutting out rivals" gives its reason (accusation); the headline "EU" and the body "European Commission" are accepted as one claimant; "disagreed with the decision" is taken as a denial with no named accuser (the decision\'s maker is not named in that sentence); Kessmark\'s complaint is named without its allegation (no claim); Thorvig endorsing the decision is optional; "did not accuse ... of any wrongdoing", the ACM "examining whether", "declined to comment", the "Related" teaser ("Regulators accuse chip supplier ...") and the "considerable commercial pressure" clause (no doer, no wrong asserted) give no claims.',
  ),
  art(
    'b4-short-seller-battery-maker',
    ['business-regulatory', 'headline', 'document-subject', 'cue-verb', 'quote-after', 'coref-description', 'denial-phrase', 'two-claims', 'multi-target', 'negative'],
    'Norvane Energy shares plunge after short seller alleges phantom customers',
    `NEW YORK, March 11 (Harbourline) - Shares of Norvane Energy Inc tumbled 31% on Wednesday, wiping out about $1.9 billion of market value, after short seller Greyhollow Research published a report alleging that the Nevada-based maker of grid batteries had booked sales to shell customers controlled by people close to its own executives.

The 68-page report claims that at least four of Norvane's ten largest customers in 2023 were companies registered at addresses linked to chief financial officer Dana Whitlock or her relatives, and that about $140 million of reported revenue "never existed outside a spreadsheet."

"This is not aggressive accounting. It is a round-tripping scheme dressed up as a growth story," Greyhollow founder Owen Trask wrote. The firm disclosed that it holds a short position in Norvane, meaning it profits if the stock falls.

Norvane called the report "a pack of distortions published by a firm that stands to profit from the panic it creates." In a statement, the company said its revenue had been audited by an independent accounting firm and that all of its customer relationships were "at arm's length."

Whitlock did not respond to emails and phone calls seeking comment. A spokesperson for the audit firm, Baird Lanning LLP, declined to comment, citing client confidentiality.

Late on Wednesday, Norvane disclosed that it had received a subpoena from the U.S. Securities and Exchange Commission in January requesting documents related to its sales practices. The company said it was cooperating fully and that the subpoena "does not mean the SEC has concluded that any violation occurred." An SEC spokesperson declined to comment.

At least two law firms announced class actions on behalf of shareholders within hours of the report. A complaint filed in federal court in Manhattan by the firm Pollard Reyes alleges that Norvane and its top executives made materially false statements about customer demand and concealed related-party transactions from investors.

Analysts were divided. "If even half of this is right, the numbers do not hold up," said Rita Castellanos of Brightwater Securities, who rates the stock neutral. Others noted that Greyhollow's last two campaigns, against a shipping company and an online furniture retailer, had been followed by sharp rebounds in the targets' shares.

Norvane, which listed on the Nasdaq in 2021 through a merger with a blank-cheque company, reported revenue of $512 million last year and employs about 1,900 people.

(Reporting by Tomas Lindqvist in New York; Editing by Ana Ferraz)`,
    [
      acc('Norvane Energy shares plunge after short seller alleges phantom customers', [GREYHOLLOW], [NORVANE]),
      acc('published a report alleging that the Nevada-based maker of grid batteries had booked sales to shell customers controlled by people close to its own executives', [GREYHOLLOW], [NORVANE]),
      acc("The 68-page report claims that at least four of Norvane's ten largest customers in 2023 were companies registered at addresses linked to chief financial officer Dana Whitlock or her relatives", [GREYHOLLOW], [NORVANE, WHITLOCK]),
      acc('about $140 million of reported revenue "never existed outside a spreadsheet."', [GREYHOLLOW], [NORVANE]),
      acc('It is a round-tripping scheme dressed up as a growth story', [TRASK], [NORVANE]),
      den('Norvane called the report "a pack of distortions', [NORVANE], [GREYHOLLOW]),
      den('all of its customer relationships were "at arm\'s length."', [NORVANE], []),
      acc('alleges that Norvane and its top executives made materially false statements about customer demand', [POLLARD], [NORVANE]),
      acc('concealed related-party transactions from investors', [POLLARD], [NORVANE]),
    ],
    'the headline\'s "short seller" is Greyhollow (named in the lead), "alleges" by the claimant itself stays asserted; the report tying the shell customers to the CFO\'s addresses makes Whitlock a co-target (doubtful: she may be read as only a detail of the accusation against Norvane); "the report" Norvane rejects is Greyhollow\'s, so Greyhollow is the denial\'s target; "a firm that stands to profit from the panic it creates" imputes a motive, not a wrong (no counter-accusation); the unnamed "top executives" are no target; the subpoena, "does not mean the SEC has concluded that any violation occurred", class actions announced without their allegation, "declined to comment", the short-position disclosure and the analyst\'s hypothetical give no claims.',
  ),
  art(
    'b4-ftc-subscription-whistleblower',
    ['business-regulatory', 'headline', 'cue-verb', 'document-subject', 'two-claims', 'title-speaker', 'coref-description', 'coref-pronoun', 'quote-paragraph', 'denial-phrase', 'no-cue', 'negative'],
    'FTC says meal-kit seller Brightbasket trapped customers in unwanted subscriptions',
    `By Lorna Feeney, consumer affairs reporter
June 3, 2025 · 6 min read

WASHINGTON — The Federal Trade Commission sued Brightbasket Inc. on Monday, accusing the meal-kit delivery company of signing up hundreds of thousands of customers for recurring subscriptions without their clear consent and then making it all but impossible for them to cancel.

In a complaint filed in federal court in Chicago, the agency said Brightbasket charged customers' cards for weekly boxes they had never ordered and hid the cancellation option behind six screens, a chatbot and a mandatory phone call to a line that was staffed only during business hours.

"Brightbasket built a maze and then charged people rent for being lost in it," said Samuel Oyelaran, director of the FTC's Bureau of Consumer Protection.

The complaint also names the company's co-founder and former chief executive, Trevor Maalouf, who the FTC says personally signed off on the cancellation flow in 2021 despite warnings from his own customer-care staff. If the court finds against him, Maalouf could be held individually liable for refunds.

The case draws in part on information from a former Brightbasket operations manager, Keisha Dunmore, who filed a whistle-blower complaint with the agency in 2023. In an interview, Dunmore said she had been instructed to "park" complaints from customers who reported unauthorized charges so that they would not appear in monthly reports to the board.

"We had a dashboard that literally hid the angry customers," she said. "Everyone upstairs knew."

Brightbasket said in a statement that it "strongly disagrees with the FTC's characterization of our business" and that its sign-up pages "met or exceeded industry standards for disclosure." The company said it had simplified its cancellation process last year.

Gerald Fenwick, a lawyer for Maalouf, said his client "never directed anyone to mislead a single customer" and would fight the case. Fenwick did not address Dunmore's account directly, but said that "former employees with an axe to grind" had given regulators "a one-sided picture."

Brightbasket, which is based in Chicago, says it has about 1.3 million active subscribers. The FTC is seeking refunds for consumers and civil penalties, but did not say how much.

The lawsuit is the agency's third this year under the Restore Online Shoppers' Confidence Act, a 2010 law that requires online sellers to get a customer's express consent before charging recurring fees.

Read more:
Regulators blame gym chain for "click-to-cancel" failures
How to cancel a subscription you never signed up for`,
    [
      acc('FTC says meal-kit seller Brightbasket trapped customers in unwanted subscriptions', [FTC], [BRIGHTBASKET]),
      acc('accusing the meal-kit delivery company of signing up hundreds of thousands of customers for recurring subscriptions without their clear consent', [FTC], [BRIGHTBASKET]),
      acc('then making it all but impossible for them to cancel', [FTC], [BRIGHTBASKET]),
      acc("the agency said Brightbasket charged customers' cards for weekly boxes they had never ordered", [FTC], [BRIGHTBASKET]),
      acc('hid the cancellation option behind six screens', [FTC], [BRIGHTBASKET]),
      acc('Brightbasket built a maze and then charged people rent for being lost in it', [OYELARAN], [BRIGHTBASKET]),
      acc('who the FTC says personally signed off on the cancellation flow in 2021 despite warnings from his own customer-care staff', [FTC], [MAALOUF]),
      acc('Dunmore said she had been instructed to "park" complaints from customers who reported unauthorized charges', [DUNMORE], [BRIGHTBASKET]),
      acc('We had a dashboard that literally hid the angry customers', [DUNMORE], [BRIGHTBASKET]),
      acc('"Everyone upstairs knew."', [DUNMORE], [BRIGHTBASKET], undefined, true),
      den(`it "strongly disagrees with the FTC's characterization of our business"`, [BRIGHTBASKET], [FTC]),
      den('its sign-up pages "met or exceeded industry standards for disclosure."', [BRIGHTBASKET], []),
      den('his client "never directed anyone to mislead a single customer"', [FENWICK], []),
      den('said that "former employees with an axe to grind" had given regulators "a one-sided picture."', [FENWICK], [DUNMORE]),
    ],
    '"accusing ... of A and then B" gives two claims (GUIDELINES "alleged A and B"), as does "said Brightbasket charged ... and hid ..."; Oyelaran speaks for the FTC\'s bureau; the whistle-blower\'s "had been instructed" has no stated instructor, taken as her employer Brightbasket (doubtful: could be targets []); the lawyer is the claimant of the denials he conveys; Fenwick\'s rebuttal of "former employees" targets Dunmore, named in the same sentence (doubtful: a plural description, could be []); "could be held individually liable" (hypothetical), the whistle-blower complaint named without its content, the remedy sought and the "Read more" teaser ("Regulators blame gym chain ...") give no claims.',
  ),
  // ───────────────────────────── sports integrity ─────────────────────────────
  art(
    'b4-cycling-epo-contamination',
    ['sports', 'headline', 'passive', 'sanction-reason', 'denial-verb', 'denial-phrase', 'hedged', 'counter-accusation', 'quote-paragraph', 'coref-pronoun', 'title-then-name', 'negative'],
    'Dauphiné stage winner Matías Orellana provisionally suspended over EPO finding',
    `CYCLING

By Sophie Lindahl
Published 14:20, 22 July

The International Testing Agency (ITA) has provisionally suspended Chilean rider Matías Orellana after an out-of-competition sample collected in Girona last month returned an adverse analytical finding for erythropoietin (EPO).

Orellana, 27, won the ninth stage of this year's Critérium du Dauphiné and had been expected to lead the Spanish-registered Equipo Solara team at the Vuelta a España next month. In a two-paragraph statement, the ITA said the rider "is alleged to have committed an anti-doping rule violation" and had the right to request the analysis of his B sample.

Orellana denied ever taking banned substances. "I have never used EPO or anything else that is forbidden, and I will prove it," he wrote on Instagram on Tuesday evening. "I have been tested more than 40 times this season."

His team went further. Equipo Solara's general manager, Iñaki Berasategui, told reporters at the team hotel in Pamplona that the positive test was "almost certainly" caused by a contaminated recovery drink supplied by Nutrivel, a sports-nutrition company based in Valencia.

"We believe the batch was contaminated at the factory," Berasategui said. "We have sent the sealed tubs we still have to an independent laboratory."

Nutrivel rejected the suggestion. "Our products are made in a certified facility and every batch is screened for prohibited substances before it leaves," the company said in a statement. "It is irresponsible to point the finger at a supplier before a single test has been carried out."

The case is the third EPO positive in professional cycling this season. Two years ago, Equipo Solara was fined 50,000 Swiss francs by the Union Cycliste Internationale (UCI) for failing to file accurate whereabouts information for two of its riders.

The UCI said it had "full confidence" in the ITA's procedures and would not comment further on an ongoing case. Under the World Anti-Doping Code, a first violation involving EPO can lead to a ban of up to four years.

Orellana's former coach, Rodrigo Paz, said the rider had been under "enormous pressure" to deliver results since signing a three-year contract last winter. Paz stressed that he was not accusing the team of anything.

The World Anti-Doping Agency (WADA), asked about the case, said that contamination claims "are raised in a large share of EPO cases and are rarely substantiated," without referring to Orellana by name.

Related
Former world champion banned for four years over blood passport
Team doctor charged in Italian doping investigation

© 2026 Velopress Media. All rights reserved.`,
    [
      acc('Dauphiné stage winner Matías Orellana provisionally suspended over EPO finding', [], [ORELLANA]),
      acc('has provisionally suspended Chilean rider Matías Orellana after an out-of-competition sample collected in Girona last month returned an adverse analytical finding', [ITA], [ORELLANA]),
      acc('the ITA said the rider "is alleged to have committed an anti-doping rule violation"', [ITA], [ORELLANA]),
      den('Orellana denied ever taking banned substances.', [ORELLANA], []),
      den('I have never used EPO or anything else that is forbidden', [ORELLANA], []),
      acc('the positive test was "almost certainly" caused by a contaminated recovery drink supplied by Nutrivel', [BERASATEGUI], [NUTRIVEL], 'hedged'),
      den('the positive test was "almost certainly" caused by a contaminated recovery drink supplied by Nutrivel', [BERASATEGUI], [], 'hedged', true),
      acc('We believe the batch was contaminated at the factory', [BERASATEGUI], [NUTRIVEL], 'hedged'),
      den('Nutrivel rejected the suggestion.', [NUTRIVEL], []),
      den('Our products are made in a certified facility and every batch is screened for prohibited substances before it leaves', [NUTRIVEL], []),
      den('It is irresponsible to point the finger at a supplier before a single test has been carried out.', [NUTRIVEL], []),
      acc('was fined 50,000 Swiss francs by the Union Cycliste Internationale (UCI) for failing to file accurate whereabouts information for two of its riders', [UCI], [SOLARA]),
      den('contamination claims "are raised in a large share of EPO cases and are rarely substantiated,"', [WADA], [], undefined, true),
    ],
    'a provisional suspension that states its ground (the EPO finding) is labelled like a sanction with a reason; the headline names no suspending body (claimants []); the ITA\'s own "is alleged to have committed" frames its own charge (certainty left open: GUIDELINES makes a speaker\'s "As alleged" asserted, but the wording is an allegation); the team\'s contamination story is an accusation against the supplier and, optionally, a denial on the rider\'s behalf; "point the finger ... before a single test" is the "should not be made without evidence" denial; WADA\'s general scepticism rebuts the contamination claim without naming anyone (optional); the coach\'s "enormous pressure", "he was not accusing the team", the UCI\'s "full confidence" and the "Related" teasers ("Team doctor charged ...") give no claims.',
  ),
  art(
    'b4-portugal-match-fixing',
    ['sports', 'headline', 'cue-verb', 'document-subject', 'according-to', 'helping', 'multi-target', 'hedged', 'coref-description', 'denial-verb', 'denial-phrase', 'sanction-reason', 'negative'],
    'Portuguese prosecutors charge 14 over fixed second-division matches',
    `By Miguel Sarmento
LISBON, Oct 14 (Iberia Sports Wire)

Portuguese prosecutors on Tuesday charged 14 people, including the president of second-division club SC Ribafria and three of its players, with fixing the results of at least six league matches during the 2023-24 season to profit from bets placed with Asian bookmakers.

The indictment, filed at a court in Porto, accuses Ribafria president Augusto Leal of acting as the go-between for the players and a betting syndicate run by two Singaporean brothers, Marcus and Daniel Teo, who are said to have paid up to €25,000 per match for agreed scorelines.

According to the prosecution, the players were told before kick-off how many goals to concede and in which half, and collected their payments in cash in the car park of a motorway service station near Coimbra.

Leal, 58, has denied all the charges. His lawyer, Filipa Couto, said on Tuesday that her client "never spoke to a gambler in his life" and that the case rested "on the word of two players who have every reason to lie." She said the defence would ask the court to throw out the indictment.

The Teo brothers, who are not in custody, could not be reached for comment. Portugal has issued European arrest warrants for both.

The investigation began in March 2024 after Linemark Integrity, a company that monitors betting markets for football leagues, flagged unusual volumes of bets on matches involving Ribafria. Linemark said at the time that the betting patterns were "consistent with the manipulation of results," but did not name any club or player.

One of the charged players, goalkeeper Rui Nogueira, admitted his part in the scheme in an interview with the Lisbon sports daily Meio-Campo last year and has been cooperating with investigators.

The Portuguese Football Federation (FPF) said it had opened disciplinary proceedings against the four Ribafria defendants and would "not hesitate to apply the harshest sanctions" if the charges were proved.

Ribafria, which was relegated at the end of last season, said in a statement that the club itself was "a victim" and that the conduct alleged against "a few individuals" did not reflect its values.

In a separate case, the federation's disciplinary council last month banned a former referee, Hélder Barros, for ten years for accepting gifts from a club official in return for favourable match reports. Barros has appealed.

Match fixing carries a prison sentence of up to eight years in Portugal.

Topics: Football · Liga Portugal 2 · Match fixing · Betting`,
    [
      acc('Portuguese prosecutors charge 14 over fixed second-division matches', [PORTUGAL], []),
      acc('charged 14 people, including the president of second-division club SC Ribafria and three of its players, with fixing the results of at least six league matches', [PORTUGAL], [LEAL]),
      acc('accuses Ribafria president Augusto Leal of acting as the go-between for the players and a betting syndicate run by two Singaporean brothers', [PORTUGAL], [LEAL, MTEO, DTEO]),
      acc('who are said to have paid up to €25,000 per match for agreed scorelines', [], [MTEO, DTEO], 'hedged'),
      acc('According to the prosecution, the players were told before kick-off how many goals to concede and in which half', [PORTUGAL], []),
      den('Leal, 58, has denied all the charges.', [LEAL], []),
      den('her client "never spoke to a gambler in his life"', [COUTO], []),
      den('the case rested "on the word of two players who have every reason to lie."', [COUTO], []),
      acc('the betting patterns were "consistent with the manipulation of results,"', [LINEMARK], [], 'hedged'),
      den('the club itself was "a victim"', [RIBAFRIA], [], undefined, true),
      acc('banned a former referee, Hélder Barros, for ten years for accepting gifts from a club official in return for favourable match reports', [FPF], [BARROS]),
    ],
    '"Portuguese prosecutors" stand for Portugal (country adjective on officials) and the indictment they filed is credited to them; "the president of ... SC Ribafria" in the lead is Leal, named in the next sentence (resolved forward; the club itself is not accused); the three players and the 14 are unnamed; acting as go-between for a syndicate run by the Teos makes the brothers co-targets (helping); "who are said to" is an agentless hedged relative clause (claimants []); "the players were told" leaves the teller implicit (targets []); Linemark names no one; the club calling itself "a victim" distances it from the scheme (optional denial); "the federation\'s disciplinary council" is taken as the FPF; the goalkeeper\'s admission, the arrest warrants (no crime stated in that sentence), the disciplinary proceedings with a conditional threat, "could not be reached" and "Barros has appealed" give no claims.',
  ),
  // ───────────────────────────── local crime and courts ─────────────────────────────
  art(
    'b4-care-home-fraud-verdict',
    ['local-court', 'headline', 'conviction', 'coref-description', 'coref-pronoun', 'unnamed-claimant', 'quote-paragraph', 'title-then-name', 'denial-verb', 'denial-phrase', 'no-cue', 'negative'],
    'Care home manager guilty of stealing £180,000 from residents with dementia',
    `By Chloe Pritchard, Court Reporter
Thursday 6 March 2025, 4:51 pm
Share this article: Facebook · X · WhatsApp · Email

A former care home manager who drained the bank accounts of residents with dementia to pay for foreign holidays and a hot tub has been found guilty of fraud.

Janice Wetherall, 52, of Calder Road, Todmorden, was convicted by a jury at Bradford Crown Court on Wednesday of 11 counts of fraud by abuse of position after a three-week trial.

Prosecutors said Wetherall used her role as manager of Larkfield House in Hebden Bridge to take control of the finances of residents who had no close family, moving more than £180,000 into her own accounts between 2019 and 2022.

Opening the case last month, prosecutor Simon Gale told jurors that Wetherall had “treated the residents’ savings as her personal piggy bank”. He said she forged signatures on cheques and told junior staff that the withdrawals were for “comfort items” for residents.

Among the victims was an 89-year-old retired schoolteacher whose account was emptied of nearly £40,000 in the months before her death. Her nephew, who sat through the trial, said the family had only discovered the losses when they tried to pay for her funeral.

Giving evidence, Wetherall denied taking any money dishonestly. She told the court that residents had given her “gifts” for helping them and that the home’s owner, Pennine Care Homes Ltd, had known about the arrangements.

Her barrister, Anjali Rao, told jurors in her closing speech that the prosecution case was “built on assumptions” and that no resident had ever complained.

Pennine Care Homes said it had no knowledge of the transfers and that it had “been deceived alongside the families”. The company has since introduced new financial safeguarding checks at its four homes.

Speaking after the verdict, Detective Constable Mark Hirst, of West Yorkshire Police, said: “Wetherall preyed on some of the most vulnerable people in our community, people who trusted her completely.

“Her lies only unravelled because a bank cashier had the courage to ask questions.”

Judge Margaret Ellery adjourned sentencing until 11 April and granted Wetherall conditional bail, but told her that a prison sentence was “almost inevitable”.

The Care Quality Commission, which regulates care homes in England, said it was reviewing its most recent inspection of Larkfield House, which rated the home “good” in 2021.

MORE FROM THE COURTS
Man denies arson attack on Halifax takeaway
Driver jailed after killing cyclist on A646`,
    [
      acc('Care home manager guilty of stealing £180,000 from residents with dementia', [], [WETHERALL]),
      acc('A former care home manager who drained the bank accounts of residents with dementia to pay for foreign holidays and a hot tub has been found guilty of fraud.', [], [WETHERALL]),
      acc('was convicted by a jury at Bradford Crown Court on Wednesday of 11 counts of fraud by abuse of position', [BRADFORD], [WETHERALL]),
      acc('Prosecutors said Wetherall used her role as manager of Larkfield House in Hebden Bridge to take control of the finances of residents', [], [WETHERALL]),
      acc('Wetherall had “treated the residents’ savings as her personal piggy bank”', [GALE], [WETHERALL]),
      acc('He said she forged signatures on cheques', [GALE], [WETHERALL]),
      acc('told junior staff that the withdrawals were for “comfort items” for residents', [GALE], [WETHERALL], undefined, true),
      den('Wetherall denied taking any money dishonestly', [WETHERALL], []),
      den('residents had given her “gifts” for helping them', [WETHERALL], []),
      acc('the home’s owner, Pennine Care Homes Ltd, had known about the arrangements', [WETHERALL], [PENNINE], undefined, true),
      den('the prosecution case was “built on assumptions”', [RAO], []),
      den('Pennine Care Homes said it had no knowledge of the transfers', [PENNINE], []),
      acc('it had “been deceived alongside the families”', [PENNINE], [WETHERALL], undefined, true),
      acc('Wetherall preyed on some of the most vulnerable people in our community', [HIRST], [WETHERALL]),
      acc('Her lies only unravelled because a bank cashier had the courage to ask questions.', [HIRST], [WETHERALL], undefined, true),
    ],
    'the headline and the lead describe Wetherall before she is named (resolved forward); "a jury at Bradford Crown Court" is taken as the named court convicting (doubtful: an annotator may read the court as a place and give []); unattributed "Prosecutors" give no claimants; the defendant saying the owner "had known about the arrangements" she calls gifts implicates Pennine only by implication (optional); "been deceived" leaves the deceiver implicit but can only mean Wetherall (optional); the second paragraph of Hirst\'s quote carries his claim (optional); the victims\' narration, the nephew\'s discovery, the judge\'s warning, the CQC review and the "MORE FROM THE COURTS" teasers ("Man denies arson attack ...") give no claims.',
  ),
  art(
    'b4-councilman-bribery-charges',
    ['local-court', 'headline', 'passive', 'unnamed-claimant', 'document-subject', 'according-to', 'two-claims', 'quote-paragraph', 'title-then-name', 'coref-description', 'coref-pronoun', 'denial-phrase', 'multi-target', 'no-cue', 'negative'],
    'Harmon Falls councilman charged with taking $60,000 in bribes for zoning votes',
    `By Dwayne Hollis, Staff Writer
Posted Nov 13, 2025 at 5:32 PM | Updated Nov 13, 2025 at 8:10 PM

HARMON FALLS, Ohio — A three-term member of the Harmon Falls City Council was arrested at his home early Thursday, and prosecutors say he took more than $60,000 in cash and free home renovations from a developer in exchange for his votes on a disputed rezoning plan.

Councilman Raymond Tully, 61, faces charges of bribery, tampering with records and engaging in a pattern of corrupt activity, according to a criminal complaint filed in Summit County Common Pleas Court. The developer, Gary Pelletier, owner of Pelletier Land Group, was charged with bribery.

"This was a straightforward transaction: money for votes," Summit County Prosecutor Denise Rutkowski said at a news conference. "Mr. Tully sold his seat at the council table, and Mr. Pelletier bought it."

According to the complaint, Pelletier's company paid for a new roof, a deck and kitchen cabinets at Tully's house on Birch Street over 18 months, while Tully voted three times in favor of rezoning 40 acres of farmland for a warehouse project that neighbors had opposed. Investigators also say Tully received cash in envelopes left in his mailbox and described the payments in text messages as "consulting."

Police Chief Aaron Whitby said the investigation began last year after a contractor who worked on the house contacted the department. He declined to name the contractor.

Tully's attorney, Brian Kostelnik, said his client "is not guilty and will be vindicated." He said Tully had paid for the renovations himself and had "every receipt."

"My client has served this city honestly for 12 years," Kostelnik said. "The prosecutor chose to try this case at a press conference because she knows it would not survive a courtroom."

Pelletier's lawyer, Sandra Fiorentino, declined to comment. No one answered the phone at Pelletier Land Group's office on Thursday.

Tully was released on a $50,000 bond after an arraignment Thursday afternoon, at which he pleaded not guilty. Pelletier is expected to turn himself in Friday.

Mayor Lisa Ambrose called on Tully to resign. "Whatever happens in court, the council cannot do its work under this cloud," she said.

The warehouse project, which supporters say would bring about 300 jobs, is on hold.

Staff writer Ken Arbogast contributed to this report.
Contact Dwayne Hollis at 330-555-0148.`,
    [
      acc('Harmon Falls councilman charged with taking $60,000 in bribes for zoning votes', [], [TULLY]),
      acc('prosecutors say he took more than $60,000 in cash and free home renovations from a developer in exchange for his votes', [], [TULLY]),
      acc('faces charges of bribery, tampering with records and engaging in a pattern of corrupt activity, according to a criminal complaint', [], [TULLY]),
      acc('The developer, Gary Pelletier, owner of Pelletier Land Group, was charged with bribery.', [], [PELLETIER]),
      acc('This was a straightforward transaction: money for votes', [RUTKOWSKI], [TULLY, PELLETIER], undefined, true),
      acc('Mr. Tully sold his seat at the council table', [RUTKOWSKI], [TULLY]),
      acc('and Mr. Pelletier bought it', [RUTKOWSKI], [PELLETIER]),
      acc("According to the complaint, Pelletier's company paid for a new roof, a deck and kitchen cabinets at Tully's house", [], [PLG, TULLY]),
      acc('Investigators also say Tully received cash in envelopes left in his mailbox', [], [TULLY]),
      den('his client "is not guilty and will be vindicated."', [KOSTELNIK], []),
      den('He said Tully had paid for the renovations himself', [KOSTELNIK], []),
      den('My client has served this city honestly for 12 years', [KOSTELNIK], [], undefined, true),
      den('The prosecutor chose to try this case at a press conference because she knows it would not survive a courtroom.', [KOSTELNIK], [RUTKOWSKI]),
      den('at which he pleaded not guilty', [TULLY], []),
    ],
    'the headline and lead describe Tully before naming him (resolved forward); the lead\'s arrest clause states no crime, the "prosecutors say" clause does (unnamed prosecutors: claimants []); the complaint\'s issuer is not named and the court where it was filed is a place (claimants []); Rutkowski\'s "sold ... and ... bought" names two targets with different content (two claims, clause evidence); the company paying for renovations while Tully voted accuses both sides of the exchange (targets the company and Tully; doubtful whether Pelletier himself should be added); a not-guilty plea is a denial; "The prosecutor" is Rutkowski, so she is the target of the rebuttal; the arrest, "declined to comment", the chief\'s account of how the case began, the bond and the mayor\'s call to resign give no claims.',
  ),
  art(
    'b4-landlord-fire-acquittal',
    ['local-court', 'conviction', 'two-claims', 'quote-after', 'title-then-name', 'coref-pronoun', 'coref-description', 'denial-phrase', 'hedged', 'no-cue', 'negative'],
    'Jury acquits Winnipeg landlord of manslaughter in fatal rooming-house fire',
    `By Priya Natarajan · Prairie Post
Posted: Feb 20, 2026 6:05 PM CT | Last Updated: 2 hours ago

A Manitoba jury has found landlord Walter Kozak not guilty of manslaughter in the deaths of three tenants who were killed when fire swept through his rooming house on Selkirk Avenue in January 2024.

The jury, which deliberated for two days at the Manitoba Court of King's Bench in Winnipeg, did convict Kozak, 66, on one count of failing to comply with the city's fire prevention bylaw, an offence that carries a maximum fine of $50,000.

Crown prosecutor Leanne Mireault had argued that Kozak knowingly removed working smoke detectors from the building's upper floor after tenants complained about false alarms, and that he ignored two written orders from the Winnipeg Fire Paramedic Service to repair a broken fire door.

"He decided that peace and quiet was worth more than their lives," Mireault told jurors in her closing address last week.

Kozak's lawyer, Daniel Achterberg, told the court the detectors had been taken down by tenants themselves and that his client had hired a contractor to fix the door weeks before the fire. The defence also relied on a fire investigator's finding that the blaze most likely started when a space heater tipped over in a second-floor room.

Speaking outside the courthouse, Achterberg said the verdict showed that "a tragedy is not the same thing as a crime." He did not take questions.

Relatives of the victims wept as the verdict was read. Corinne Fontaine, whose brother Louis died in the fire, said she believed the landlord had "got away with it."

"Everyone on that street knew that building was a death trap, and he knew it too," she said.

The Winnipeg Fire Paramedic Service said in an emailed statement that it would "review the findings of the trial." A spokesperson declined to say whether inspections of rooming houses would change.

Winnipeg police, who laid the charges in June 2024, said they respected the jury's decision.

Sentencing on the bylaw conviction is set for March 27.

With files from Marc Bélanger`,
    [
      acc("did convict Kozak, 66, on one count of failing to comply with the city's fire prevention bylaw", [KINGS_BENCH], [KOZAK]),
      acc("had argued that Kozak knowingly removed working smoke detectors from the building's upper floor", [MIREAULT], [KOZAK]),
      acc('he ignored two written orders from the Winnipeg Fire Paramedic Service to repair a broken fire door', [MIREAULT], [KOZAK]),
      acc('He decided that peace and quiet was worth more than their lives', [MIREAULT], [KOZAK]),
      den('told the court the detectors had been taken down by tenants themselves', [ACHTERBERG], []),
      den('his client had hired a contractor to fix the door weeks before the fire', [ACHTERBERG], []),
      den("The defence also relied on a fire investigator's finding that the blaze most likely started when a space heater tipped over", [ACHTERBERG], [], undefined, true),
      den('the verdict showed that "a tragedy is not the same thing as a crime."', [ACHTERBERG], []),
      acc('she believed the landlord had "got away with it."', [FONTAINE], [KOZAK], 'hedged'),
      acc('Everyone on that street knew that building was a death trap, and he knew it too', [FONTAINE], [KOZAK]),
      acc('Winnipeg police, who laid the charges in June 2024', [WPG_POLICE], [KOZAK], undefined, true),
    ],
    'an acquittal (headline and lead) is neither an accusation nor a denial (no claim; an annotator might record the charge it presupposes, but none is stated as anyone\'s claim); the bylaw conviction by the jury sitting at the named Court of King\'s Bench is credited to the court (doubtful, as in the care-home case: could be []); the prosecutor\'s "argued that A, and that B" is two claims; the defence\'s investigator finding is optional ("The defence" resolved to the named lawyer); the relative "got away with it" is hedged by "believed"; police "who laid the charges" with the charge stated only earlier is optional; the fire service review and "declined to say" give no claims.',
  ),
  // ───────────────────────────── cyber trade press ─────────────────────────────
  art(
    'b4-quiet-heron-shipping-intrusion',
    ['trade-press', 'headline', 'is-behind', 'attribution', 'helping', 'multi-target', 'multi-claimant', 'hedged', 'coref-description', 'coref-metonym', 'title-then-name', 'denial-verb', 'denial-phrase', 'counter-accusation', 'passive', 'negative'],
    "Researchers tie Halvorsen Freight breach to 'Quiet Heron' spies; shipper disputes data theft",
    `ThreatDesk › Threat Intelligence › Breaches

By Ilan Sorensen | March 2, 2026 | 5 min read

Researchers at threat-intelligence firm Corvex Labs say a state-sponsored hacking group they track as Quiet Heron was behind a months-long intrusion at Halvorsen Freight, the Oslo-based shipping and logistics group that disclosed a "cybersecurity incident" in January.

In a report published Monday, Corvex said the attackers got in by exploiting an unpatched flaw in a VPN appliance in August 2025 and then moved through Halvorsen's network for at least five months, quietly copying shipping manifests and email archives tied to the company's defence-logistics contracts.

Corvex assesses "with moderate confidence" that Quiet Heron works on behalf of China's Ministry of State Security, citing overlaps in infrastructure and tooling with earlier campaigns that the U.S. and U.K. governments have publicly attributed to the ministry.

"This wasn't smash-and-grab ransomware. It was patient collection by an operator who knew exactly which mailboxes mattered," said Anneliese Brandt, Corvex's head of threat research. "The target selection lines up neatly with Beijing's interest in NATO's northern supply routes."

The report lists 14 indicators of compromise, including two domains registered through a reseller in Hong Kong, and a detection rule for a previously undocumented backdoor that Corvex calls FELTPEN. The backdoor hides its traffic inside ordinary-looking requests to a cloud storage service.

Halvorsen confirmed that an unauthorized party had accessed parts of its IT environment but disputed Corvex's account of what was taken. "We have found no evidence that customer data or classified material was exfiltrated," the company said in a statement emailed to ThreatDesk. "We do not speculate on attribution, and we would caution against drawing conclusions from partial information."

Norway's National Security Authority (NSM) said it was aware of the report and was assisting the company, but declined to comment on attribution.

The Chinese Embassy in Oslo rejected the findings. "China firmly opposes and combats all forms of cyberattacks," an embassy spokesperson said. "Certain companies keep fabricating so-called Chinese hacking stories to sell their products."

This is not the first time Quiet Heron has been linked to attacks on the shipping sector. Last year, researchers at Finnish security firm Tundrasec attributed a breach at a Baltic port operator to the same group and said the intruders had likely logged in with credentials bought from an initial-access broker.

Halvorsen said it had reset all employee credentials, replaced the affected VPN appliances and brought in an outside incident-response firm, which it did not name.

Related coverage
Ransomware gang claims attack on Dutch port software supplier
CISA warns of actively exploited flaw in VPN gateways

Update, March 3, 09:40 UTC: Adds comment from the Chinese Embassy in Oslo.`,
    [
      acc("Researchers tie Halvorsen Freight breach to 'Quiet Heron' spies", [CORVEX], [HERON]),
      den('shipper disputes data theft', [HALVORSEN], []),
      acc('say a state-sponsored hacking group they track as Quiet Heron was behind a months-long intrusion at Halvorsen Freight', [CORVEX], [HERON]),
      acc('Corvex said the attackers got in by exploiting an unpatched flaw in a VPN appliance', [CORVEX], [HERON]),
      acc(`Corvex assesses "with moderate confidence" that Quiet Heron works on behalf of China's Ministry of State Security`, [CORVEX], [HERON, MSS], 'hedged'),
      acc('earlier campaigns that the U.S. and U.K. governments have publicly attributed to the ministry', [USA, UK], [MSS]),
      acc('It was patient collection by an operator who knew exactly which mailboxes mattered', [BRANDT], [HERON]),
      acc("The target selection lines up neatly with Beijing's interest in NATO's northern supply routes.", [BRANDT], [CHINA], 'hedged', true),
      acc('Halvorsen confirmed that an unauthorized party had accessed parts of its IT environment', [HALVORSEN], [], undefined, true),
      den("disputed Corvex's account of what was taken", [HALVORSEN], [CORVEX]),
      den('We have found no evidence that customer data or classified material was exfiltrated', [HALVORSEN], []),
      den('we would caution against drawing conclusions from partial information', [HALVORSEN], [], undefined, true),
      den('The Chinese Embassy in Oslo rejected the findings.', [CHINA_EMB], []),
      den('China firmly opposes and combats all forms of cyberattacks', [CHINA_EMB], [], undefined, true),
      den('Certain companies keep fabricating so-called Chinese hacking stories to sell their products.', [CHINA_EMB], []),
      acc('Certain companies keep fabricating so-called Chinese hacking stories to sell their products.', [CHINA_EMB], [], undefined, true),
      acc('This is not the first time Quiet Heron has been linked to attacks on the shipping sector.', [], [HERON], undefined, true),
      acc('researchers at Finnish security firm Tundrasec attributed a breach at a Baltic port operator to the same group', [TUNDRASEC], [HERON]),
      acc('the intruders had likely logged in with credentials bought from an initial-access broker', [TUNDRASEC], [HERON], 'hedged', true),
    ],
    'the headline\'s "Researchers" are Corvex\'s and "shipper" is Halvorsen (resolved forward); "the attackers", "an operator" and "the same group" are Quiet Heron; working "on behalf of" the MSS makes the ministry a co-target (helping); "state-sponsored" names no state; the embassy speaks for China (its unnamed spokesperson too); "Certain companies ... fabricating" rebuts the findings (denial, no named accuser) and optionally counter-accuses unnamed companies; the victim confirming access by "an unauthorized party" names no doer (optional, targets []); the agentless "has been linked to" is optional; the IOC narration, NSM "declined to comment", remediation steps and the "Related coverage" teasers ("Ransomware gang claims attack ...") give no claims.',
  ),
  art(
    'b4-hospital-ransomware-supplier-blame',
    ['trade-press', 'headline', 'cue-verb', 'title-then-name', 'coref-description', 'coref-pronoun', 'denial-verb', 'denial-phrase', 'hedged', 'counter-accusation', 'two-claims', 'negative'],
    'Kraken Nine ransomware crew claims attack on Dutch hospital group, which blames IT supplier',
    `InfoSec Ledger | Ransomware | Healthcare

By Marta Kowalczyk
12 February 2026

The ransomware operation known as Kraken Nine has claimed responsibility for last week's attack on Zuiderhaven Zorggroep, which runs four hospitals in the south of the Netherlands, and has posted what it says are 300 gigabytes of patient records and staff files on its leak site.

Zuiderhaven said on Tuesday that the attackers had entered its network through a remote-maintenance account belonging to Medilink Services, a Utrecht-based firm that maintains its radiology systems, and blamed the supplier for failing to enforce multi-factor authentication on that account.

"Our contract required MFA on all remote access. Medilink did not implement it on this account," Zuiderhaven's chief information officer, Joost van Eerden, told reporters in Tilburg.

Medilink denied that its account was the way in. In a statement, the company said its own investigation, carried out with the incident-response firm Saltmarsh Security, had found "no indication" that its systems or credentials had been used, and that it had "complied fully with its contractual obligations."

The hospital group said urgent care had continued throughout the outage but that about 1,400 planned operations had been postponed. It has reported the incident to the police and to the Dutch Data Protection Authority.

Researchers at Nightjar Intelligence, which analysed a sample of the leaked files, said at least some of them appeared to be genuine, including scanned passports of staff. Nightjar's lead analyst, Tomasz Wrona, said the gang had "almost certainly" been inside the network for weeks before launching the encryption, and that it had probably bought its access from a broker rather than breaking in itself.

"Hospitals are chosen because they cannot afford to stay down," Wrona said. "Kraken Nine knows that and sets its ransom demands accordingly."

On its leak site, Kraken Nine accused Zuiderhaven of "lying to its patients" about how much data had been taken. The group did not say how much it had demanded.

Zuiderhaven has not said whether it will pay. The Dutch government advises organisations not to pay ransoms.

Kraken Nine first appeared in 2024 and has since listed more than 90 victims on its site, according to Nightjar, most of them in healthcare and local government.

More in Ransomware
Police seize servers behind ransomware-as-a-service platform
Insurer blames phishing email for week-long claims outage

This article was updated on 13 February to include Medilink's statement.`,
    [
      acc('which blames IT supplier', [ZUIDERHAVEN], [MEDILINK]),
      acc('the attackers had entered its network through a remote-maintenance account belonging to Medilink Services', [ZUIDERHAVEN], [KRAKEN], undefined, true),
      acc('blamed the supplier for failing to enforce multi-factor authentication on that account', [ZUIDERHAVEN], [MEDILINK]),
      acc('Medilink did not implement it on this account', [VAN_EERDEN], [MEDILINK]),
      den('Medilink denied that its account was the way in.', [MEDILINK], []),
      den('had found "no indication" that its systems or credentials had been used', [MEDILINK], []),
      den('it had "complied fully with its contractual obligations."', [MEDILINK], []),
      acc('the gang had "almost certainly" been inside the network for weeks before launching the encryption', [WRONA], [KRAKEN], 'hedged'),
      acc('it had probably bought its access from a broker rather than breaking in itself', [WRONA], [KRAKEN], 'hedged', true),
      acc('Kraken Nine knows that and sets its ransom demands accordingly.', [WRONA], [KRAKEN], undefined, true),
      acc('Kraken Nine accused Zuiderhaven of "lying to its patients"', [KRAKEN], [ZUIDERHAVEN]),
      acc('has since listed more than 90 victims on its site, according to Nightjar', [NIGHTJAR], [KRAKEN], undefined, true),
    ],
    'a ransomware crew claiming an attack is a claim of responsibility (no claim), but the crew accusing its victim of lying is an accusation by a threat group; the headline\'s "hospital group ... blames IT supplier" resolves to Zuiderhaven and Medilink; the victim blaming a supplier for a security failing (not a crime) is an accusation of fault (GUIDELINES: "responsible for a harmful act"); "the attackers"/"the gang" are Kraken Nine; Medilink\'s three statements (denied / "no indication" / "complied fully") are three denials with other content; Wrona\'s pricing remark and Nightjar\'s victim count are optional; reporting to the police, the government\'s advice not to pay and the "More in Ransomware" teasers ("Insurer blames phishing email ...") give no claims.',
  ),
  // ───────────────────────────── state statements ─────────────────────────────
  art(
    'b4-mfa-briefing-transcript',
    ['state-statement', 'state-media', 'is-behind', 'denial-phrase', 'counter-accusation', 'coref-description', 'hedged', 'according-to', 'unnamed-claimant', 'negative'],
    "Foreign Ministry Spokesperson Fang Yuzhi's Regular Press Conference on April 9, 2026",
    `Home > Spokesperson's Remarks
2026-04-09 19:30   Font size: Large Medium Small   Print

Huaxia Daily: The Kenyan foreign minister will begin a visit to China tomorrow. Could you share more information about the agenda?

Fang Yuzhi: At the invitation of the Chinese side, the Kenyan foreign minister will pay an official visit to China from April 10 to 13. China stands ready to work with Kenya to deliver more benefits to the two peoples.

Nordic Radio: The Czech Security Information Service said in its annual report published yesterday that Chinese intelligence officers posing as academics tried to recruit at least three Czech civil servants last year. What is your comment?

Fang Yuzhi: I have noted the relevant report. China always conducts exchanges with other countries on the basis of mutual respect and equality. The so-called "recruitment" of Czech officials is pure fabrication with ulterior motives. Certain agencies in the Czech Republic have repeatedly hyped up the so-called "China espionage threat" to smear China and serve their own political agenda. We urge the Czech side to stop making groundless accusations and to do more things that are conducive to the sound development of bilateral relations.

Pacific Wire: According to a Pacific Wire report, the US Commerce Department is preparing to add 12 Chinese companies to its Entity List for allegedly supplying drone components to Russia. What is China's response?

Fang Yuzhi: China firmly opposes the US abusing export controls and wielding "long-arm jurisdiction" to suppress Chinese companies. Normal trade between Chinese and Russian companies does not target any third party and should not be subject to interference. The US keeps pouring weapons into the battlefield while pointing fingers at others. This is typical double standards. China will take necessary measures to firmly safeguard the legitimate rights and interests of Chinese companies.

Global Dispatch: Lithuania's foreign minister said on Monday that China was behind a series of cyberattacks on Lithuanian government websites in March. What's your response?

Fang Yuzhi: China is a staunch defender of cybersecurity and one of the main victims of cyberattacks. We have noted that the Lithuanian side made this accusation without presenting any evidence. Tracing the source of cyberattacks is a complex technical issue, and labelling others without facts is irresponsible.

Global Dispatch: Does that mean China rules out any involvement by Chinese hackers?

Fang Yuzhi: I have made China's position very clear. China has never engaged in, and will never support, any hacking activities.

Share to: Weibo | WeChat
Source: Ministry of Foreign Affairs of the People's Republic of China`,
    [
      acc('Chinese intelligence officers posing as academics tried to recruit at least three Czech civil servants last year', [BIS], [CHINA]),
      den('The so-called "recruitment" of Czech officials is pure fabrication with ulterior motives.', [FANG], []),
      acc('Certain agencies in the Czech Republic have repeatedly hyped up the so-called "China espionage threat" to smear China', [FANG], [CZECH]),
      den('We urge the Czech side to stop making groundless accusations', [FANG], [CZECH], undefined, true),
      acc('is preparing to add 12 Chinese companies to its Entity List for allegedly supplying drone components to Russia', [[...COMMERCE, ...USA]], [], 'hedged', true),
      acc('China firmly opposes the US abusing export controls and wielding "long-arm jurisdiction" to suppress Chinese companies.', [FANG], [USA]),
      den('Normal trade between Chinese and Russian companies does not target any third party', [FANG], []),
      acc('The US keeps pouring weapons into the battlefield while pointing fingers at others.', [FANG], [USA], undefined, true),
      acc("Lithuania's foreign minister said on Monday that China was behind a series of cyberattacks on Lithuanian government websites in March.", [LITHUANIA], [CHINA]),
      den('China is a staunch defender of cybersecurity and one of the main victims of cyberattacks.', [FANG], [], undefined, true),
      den('the Lithuanian side made this accusation without presenting any evidence', [FANG], [LITHUANIA]),
      den('labelling others without facts is irresponsible', [FANG], []),
      den('China has never engaged in, and will never support, any hacking activities.', [FANG], []),
    ],
    'a briefing transcript: the named spokesperson is the claimant of every answer (her statements speak for China; "China firmly opposes ..." keeps Fang as claimant, China is accepted only leniently through her affiliation); the questions relay other states\' accusations, which are claims of those states ("Chinese intelligence officers" acting for the state stand for China; an unnamed foreign minister stands for Lithuania); "Certain agencies in the Czech Republic" stand for the Czech state; the urging to "stop making groundless accusations" rejects the accusation but is framed as a demand (optional); the Commerce Department plan is future and relayed by an outlet with "allegedly" (optional, hedged, reported_by Pacific Wire, no named target); "double standards" and "victims of cyberattacks" are optional; the Kenya exchange, the "necessary measures" warning and the follow-up question give no claims.',
  ),
  art(
    'b4-expelled-diplomats-provocation',
    ['state-statement', 'state-media', 'headline', 'sanction-reason', 'coref-metonym', 'coref-pronoun', 'coref-description', 'title-then-name', 'denial-phrase', 'counter-accusation', 'quote-before', 'no-cue', 'negative'],
    "Expulsion of Russian diplomats from Tallinn is 'another provocation' — Foreign Ministry",
    `MOSCOW, May 14. /Sever News Agency/. Moscow regards the expulsion of two Russian diplomats from Estonia as "another provocation in a long chain of unfriendly steps by the Tallinn regime" and will respond accordingly, Russian Foreign Ministry spokesman Arkady Volnov said at a briefing on Thursday.

On Tuesday, the Estonian Foreign Ministry declared two employees of the Russian embassy personae non gratae, saying they had engaged in "activities incompatible with their diplomatic status," including attempts to gather information on the deployment of NATO troops in the east of the country.

"The so-called evidence that Tallinn refers to has not been shown to anyone. These are invented accusations, a typical product of the spy mania that the Estonian authorities cultivate to justify their Russophobic course," Volnov said.

The diplomat noted that Russian-speaking residents of Estonia "face systematic discrimination, the closure of Russian-language schools and the persecution of dissenters, about which the so-called defenders of human rights in Europe prefer to keep silent."

According to him, the Estonian security services "are openly engaged in intimidating journalists who work for Russian media outlets."

Volnov did not specify what measures Moscow would take in response.

Earlier, Estonian Foreign Minister Margus Talvik said the two diplomats had 72 hours to leave the country and that Tallinn "will not tolerate hostile intelligence activity on its soil."

In its annual review published in April, the Estonian Internal Security Service (KAPO) said Russian intelligence services had stepped up attempts to recruit Estonian citizens through social media, offering payments for photographs of military facilities. Moscow has repeatedly dismissed such claims as groundless.

Relations between Russia and Estonia have deteriorated sharply since February 2022. In 2023 the two countries downgraded their diplomatic relations to the level of charges d'affaires.

Also read:
Russian envoy accuses Baltic states of "rewriting history"
Moscow summons Latvian charge d'affaires over monument demolition`,
    [
      acc("Expulsion of Russian diplomats from Tallinn is 'another provocation'", [RUSSIA], [ESTONIA], undefined, true),
      acc('"another provocation in a long chain of unfriendly steps by the Tallinn regime"', [VOLNOV], [ESTONIA], undefined, true),
      acc('declared two employees of the Russian embassy personae non gratae, saying they had engaged in "activities incompatible with their diplomatic status,"', [ESTONIA], [RUSSIA]),
      den('The so-called evidence that Tallinn refers to has not been shown to anyone.', [VOLNOV], [ESTONIA]),
      den('These are invented accusations', [VOLNOV], [ESTONIA]),
      acc('the spy mania that the Estonian authorities cultivate to justify their Russophobic course', [VOLNOV], [ESTONIA], undefined, true),
      acc('Russian-speaking residents of Estonia "face systematic discrimination, the closure of Russian-language schools and the persecution of dissenters', [VOLNOV], [ESTONIA]),
      acc('the Estonian security services "are openly engaged in intimidating journalists who work for Russian media outlets."', [VOLNOV], [ESTONIA]),
      acc('Tallinn "will not tolerate hostile intelligence activity on its soil."', [TALVIK], [RUSSIA], undefined, true),
      acc('Russian intelligence services had stepped up attempts to recruit Estonian citizens through social media', [KAPO], [RUSSIA]),
      den('Moscow has repeatedly dismissed such claims as groundless.', [RUSSIA], []),
    ],
    'calling the expulsion "another provocation" and "unfriendly steps" criticises a state act without naming a wrong (optional accusation; claimants: the headline\'s unattributed Foreign Ministry is Russia, the lead\'s quote is Volnov\'s); the expulsion gives its reason (accusation; unnamed embassy employees acting for the state stand for Russia; the Estonian Foreign Ministry is accepted as Estonia); "These are invented accusations ... that the Estonian authorities cultivate" names the accuser in the same statement (target Estonia); the "Russophobic course" clause is optional; "The diplomat" and "him" are Volnov; discrimination of a minority and intimidating journalists are accusations against the state; Talvik\'s warning presupposes the spying (optional, GUIDELINES "warnings that presuppose a wrong"); "such claims" dismissed names no accuser; "did not specify", the history of relations and the "Also read" teasers ("Russian envoy accuses Baltic states ...") give no claims.',
  ),
];

