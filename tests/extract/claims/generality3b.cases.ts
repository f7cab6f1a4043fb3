import { art as artOf, claim, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';
import { ARTICLE_TAGS, type ArticleTag } from './generality2.cases.ts';

/**
 * Claims held-out set 3, part B (session 4): ARTICLES written blind. Invented whole news
 * articles in three styles — US Justice Department / U.S. Attorney's Office releases,
 * VOA-style international stories, Wikinews-style geopolitics — with the claims a careful
 * annotator finds in them under SPEC §2 and GUIDELINES §5-6 (hard cases and "Clarified
 * later" included). Names of people, companies and groups are invented; countries,
 * capitals, real agencies and international bodies are real. Annotated by reading, BEFORE
 * any extractor was run on the texts; no extractor output was looked at.
 *
 * Format as generality2.cases.ts: an actor is a list of accepted names; `evidence` is a
 * verbatim snippet occurring once in headline + blank line + body; `optional` marks items
 * an annotator could defensibly record or leave out.
 */


const acc = claim('accusation');
const den = claim('denial');
const art = artOf<ArticleTag>;

// Accepted names of recurring real actors.
const USA = ['United States', 'US', 'U.S.', 'Washington', 'American'];
const RUSSIA = ['Russia', 'Moscow', 'Kremlin', 'Russian', 'Russian Federation'];
const CHINA = ['China', 'Beijing', 'Chinese', "People's Republic of China"];
const IRAN = ['Iran', 'Tehran', 'Iranian', 'Islamic Republic'];
const DOJ = ['Department of Justice', 'Justice Department', 'U.S. Department of Justice'];

export const HELDOUT_B_CASES: readonly ClaimCase[] = [
  // ───────────────────────────── Justice Department releases ─────────────────────────────
  art(
    'h3b-doj-bribery-dpa',
    ['doj', 'according-to', 'document-subject', 'hedged', 'coref-description', 'coref-pronoun', 'title-then-name', 'quote-after', 'helping', 'passive', 'denial-phrase', 'two-claims', 'headline', 'negative', 'multi-target', 'no-cue'],
    'Norwegian Offshore Equipment Maker to Pay More Than $214 Million to Resolve Foreign Bribery Case; Two Former Executives Indicted',
    `FOR IMMEDIATE RELEASE
Tuesday, March 3

Office of Public Affairs

WASHINGTON – Hallvik Marine Systems ASA, a Norway-based maker of offshore drilling equipment, has entered into a deferred prosecution agreement and will pay more than $214 million to resolve charges that it paid bribes to procurement officials at Brazil's state-controlled oil company to win contracts worth more than $1.1 billion, the Justice Department announced today.

According to the criminal information filed in the Eastern District of New York, between 2014 and 2020 Hallvik funneled roughly $38 million in bribes through a São Paulo consulting firm, Rota Azul Consultoria Ltda., which passed portions of the money to at least four managers at the oil company. The company admitted the facts set out in the information as part of the agreement and agreed to cooperate with ongoing investigations in the United States and abroad.

In a separate indictment unsealed today in Brooklyn, two former Hallvik executives, Tor-Erik Lindqvist, 61, of Bergen, Norway, and Paulo Zanetti Reis, 54, of Rio de Janeiro, were charged with conspiracy to violate the Foreign Corrupt Practices Act (FCPA) and conspiracy to commit money laundering. Lindqvist, who ran the company's Latin America division, allegedly signed off on inflated "commission" payments to Rota Azul knowing they would be passed on to oil company officials, while Zanetti Reis is alleged to have handed cash to one of those officials in a parking garage in Rio de Janeiro.

"For six years, Hallvik treated bribery as a line item in its sales budget," said Acting Assistant Attorney General Renata Olufemi of the Justice Department's Criminal Division. "Today's resolution holds the company to account, and the charges against its former executives make clear that individuals will answer for corporate crime, wherever they live."

U.S. Attorney Marcus Feldt for the Eastern District of New York said the scheme had "corrupted a procurement process that was supposed to serve the Brazilian public," adding that his office had worked closely with Brazilian and Norwegian authorities.

Under the agreement, Hallvik will pay a criminal penalty of $141 million and administrative forfeiture of $73.2 million. The department gave the company partial credit for its cooperation but said it had not voluntarily disclosed the misconduct and had been slow to discipline the employees involved.

In a statement, Hallvik's chief executive, Ingrid Saether, said the company "has zero tolerance for corruption" and that the conduct "does not reflect the company we are today."

A lawyer for Lindqvist, Conrad Ashworth, said his client "never authorized a single improper payment and looks forward to proving that in court." Zanetti Reis, who is believed to be in Brazil, could not be reached for comment.

The FBI's New York Field Office investigated the case. Brazil's Federal Police and Norway's National Authority for Investigation and Prosecution of Economic and Environmental Crime (Økokrim) provided significant assistance.

The charges in the indictment are merely allegations, and the defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.

Updated March 3
Topic(s): Foreign Corruption
Component(s): Criminal Division
Press Release Number: 26-211`,
    [
      acc('Two Former Executives Indicted', [], [['Tor-Erik Lindqvist', 'Lindqvist'], ['Paulo Zanetti Reis', 'Zanetti Reis', 'Reis']], undefined, true),
      acc('will pay more than $214 million to resolve charges that it paid bribes to procurement officials', [DOJ], [['Hallvik Marine Systems ASA', 'Hallvik', 'Hallvik Marine Systems']], undefined, true),
      acc('According to the criminal information filed in the Eastern District of New York, between 2014 and 2020 Hallvik funneled roughly $38 million in bribes', [], [['Hallvik Marine Systems ASA', 'Hallvik', 'Hallvik Marine Systems'], ['Rota Azul Consultoria Ltda.', 'Rota Azul', 'Rota Azul Consultoria']], 'asserted'),
      acc('were charged with conspiracy to violate the Foreign Corrupt Practices Act (FCPA) and conspiracy to commit money laundering', [], [['Tor-Erik Lindqvist', 'Lindqvist'], ['Paulo Zanetti Reis', 'Zanetti Reis', 'Reis']], 'asserted'),
      acc('allegedly signed off on inflated "commission" payments to Rota Azul', [], [['Tor-Erik Lindqvist', 'Lindqvist']], 'hedged'),
      acc('Zanetti Reis is alleged to have handed cash to one of those officials', [], [['Paulo Zanetti Reis', 'Zanetti Reis', 'Reis']], 'hedged'),
      acc('"For six years, Hallvik treated bribery as a line item in its sales budget," said Acting Assistant Attorney General Renata Olufemi', [['Renata Olufemi', 'Olufemi']], [['Hallvik Marine Systems ASA', 'Hallvik', 'Hallvik Marine Systems']]),
      acc('said the scheme had "corrupted a procurement process that was supposed to serve the Brazilian public,"', [['Marcus Feldt', 'Feldt']], [['Hallvik Marine Systems ASA', 'Hallvik', 'Hallvik Marine Systems']]),
      acc('said it had not voluntarily disclosed the misconduct', [DOJ], [['Hallvik Marine Systems ASA', 'Hallvik', 'Hallvik Marine Systems']], undefined, true),
      den('his client "never authorized a single improper payment and looks forward to proving that in court."', [['Conrad Ashworth', 'Ashworth']], []),
    ],
    'the DPA "to resolve charges" sits between a plea and a charge announced by officials (optional, as set 2 treats forfeiture agreements); the criminal information\'s issuer is unnamed (no claimants), a court district is a place; Rota Azul, the conduit that passed on the bribes, is a helper (co-target); "allegedly" / "is alleged to" are the release\'s own hedges; the company\'s admission, the CEO\'s "zero tolerance" and "holds the company to account" are no claims; "not voluntarily disclosed the misconduct" presupposes the misconduct (optional); "the department" is the Justice Department.',
  ),
  art(
    'h3b-doj-crypto-laundering-indictment',
    ['doj', 'according-to', 'document-subject', 'hedged', 'coref-description', 'coref-pronoun', 'quote-paragraph', 'title-then-name', 'denial-phrase', 'passive', 'unnamed-claimant', 'headline', 'negative', 'multi-target'],
    'Six Charged with Laundering Proceeds of Cryptocurrency "Romance" Scams That Cost Victims More Than $80 Million',
    `U.S. Attorney's Office
Central District of California

LOS ANGELES – A federal indictment unsealed today charges six people with laundering money stolen from hundreds of Americans who were lured into fake cryptocurrency investments by strangers they met on dating apps or through "wrong number" text messages.

The indictment names Zhou Minghao, 37, a Chinese national living in Irvine; his wife, Lisa Tran, 35; Diego Armendariz, 44, of Whittier; Kevin Phan, 29, of Garden Grove; and two Cambodian nationals, Sokha Chea and Vuthy Kim, who remain at large. Zhou and Tran were arrested Wednesday at their home; Armendariz and Phan surrendered to federal agents this morning.

As alleged in the indictment, the defendants opened dozens of bank accounts in the names of shell companies and used them to receive victims' wire transfers, which were converted into cryptocurrency within hours and sent to wallets controlled by scam compounds in Sihanoukville, Cambodia. Chea and Kim allegedly managed the operation from Cambodia and recruited the U.S.-based defendants through a group chat that advertised "easy money for business owners."

Victims were typically contacted by someone posing as a successful investor who, over weeks or months, built a friendship or romance and then steered them to a trading website that showed fabricated profits. One victim, a 71-year-old retired teacher in Pasadena, lost her entire savings of $1.3 million.

"These defendants were the American end of an industrial-scale fraud machine," said U.S. Attorney Celeste Navarro. "They knew the money was stolen, and they took their cut anyway. People lost their homes and their retirements so that this network could keep growing."

Akira Feldman, the Assistant Director in Charge of the FBI's Los Angeles Field Office, said the compounds in Southeast Asia "are staffed in part by trafficking victims who are forced to run these scams under threat of violence." He urged anyone who has been contacted by a stranger offering investment advice to report it at ic3.gov.

Phan is also charged with making a false statement to a federal agent, for telling investigators in 2024 that he had never met Zhou.

An attorney for Armendariz, Rosa Quintero-Blake, said in an email that her client "ran a legitimate import business, was himself deceived by people he believed were customers, and will be vindicated." Attorneys for the other defendants did not respond to requests for comment.

A seventh person, Brandon Oyelaran, 26, of Long Beach, pleaded guilty in January to a related charge and is cooperating with investigators.

If convicted, each defendant faces a statutory maximum sentence of 20 years in federal prison on the money laundering conspiracy count.

The FBI and the U.S. Secret Service are investigating the case, with assistance from the Treasury Department's Financial Crimes Enforcement Network.

An indictment contains allegations that a defendant has committed a crime. Every defendant is presumed innocent unless and until proven guilty beyond a reasonable doubt.

Contact: Public Affairs, (213) 894-6947
Updated March 5`,
    [
      acc('Six Charged with Laundering Proceeds of Cryptocurrency "Romance" Scams', [], [['Zhou Minghao', 'Zhou'], ['Lisa Tran', 'Tran'], ['Diego Armendariz', 'Armendariz'], ['Kevin Phan', 'Phan'], ['Sokha Chea', 'Chea'], ['Vuthy Kim', 'Kim']], undefined, true),
      acc('A federal indictment unsealed today charges six people with laundering money stolen from hundreds of Americans', [], [['Zhou Minghao', 'Zhou'], ['Lisa Tran', 'Tran'], ['Diego Armendariz', 'Armendariz'], ['Kevin Phan', 'Phan'], ['Sokha Chea', 'Chea'], ['Vuthy Kim', 'Kim']], 'asserted'),
      acc('The indictment names Zhou Minghao, 37, a Chinese national living in Irvine', [], [['Zhou Minghao', 'Zhou'], ['Lisa Tran', 'Tran'], ['Diego Armendariz', 'Armendariz'], ['Kevin Phan', 'Phan'], ['Sokha Chea', 'Chea'], ['Vuthy Kim', 'Kim']], undefined, true),
      acc('As alleged in the indictment, the defendants opened dozens of bank accounts in the names of shell companies', [], [['Zhou Minghao', 'Zhou'], ['Lisa Tran', 'Tran'], ['Diego Armendariz', 'Armendariz'], ['Kevin Phan', 'Phan'], ['Sokha Chea', 'Chea'], ['Vuthy Kim', 'Kim']], 'asserted'),
      acc('Chea and Kim allegedly managed the operation from Cambodia', [], [['Sokha Chea', 'Chea'], ['Vuthy Kim', 'Kim']], 'hedged'),
      acc('These defendants were the American end of an industrial-scale fraud machine', [['Celeste Navarro', 'Navarro']], [['Zhou Minghao', 'Zhou'], ['Lisa Tran', 'Tran'], ['Diego Armendariz', 'Armendariz'], ['Kevin Phan', 'Phan'], ['Sokha Chea', 'Chea'], ['Vuthy Kim', 'Kim']]),
      acc('They knew the money was stolen, and they took their cut anyway.', [['Celeste Navarro', 'Navarro']], [['Zhou Minghao', 'Zhou'], ['Lisa Tran', 'Tran'], ['Diego Armendariz', 'Armendariz'], ['Kevin Phan', 'Phan'], ['Sokha Chea', 'Chea'], ['Vuthy Kim', 'Kim']]),
      acc('People lost their homes and their retirements so that this network could keep growing.', [['Celeste Navarro', 'Navarro']], [['Zhou Minghao', 'Zhou'], ['Lisa Tran', 'Tran'], ['Diego Armendariz', 'Armendariz'], ['Kevin Phan', 'Phan'], ['Sokha Chea', 'Chea'], ['Vuthy Kim', 'Kim']], undefined, true),
      acc('"are staffed in part by trafficking victims who are forced to run these scams under threat of violence."', [['Akira Feldman', 'Feldman']], [], undefined, true),
      acc('Phan is also charged with making a false statement to a federal agent', [], [['Kevin Phan', 'Phan']], 'asserted'),
      den('her client "ran a legitimate import business, was himself deceived by people he believed were customers, and will be vindicated."', [['Rosa Quintero-Blake', 'Quintero-Blake']], []),
    ],
    '"six people" / "the defendants" / "These defendants" are the six named in the next paragraph (the indictment\'s issuer is unnamed: no claimants); "The indictment names ..." is an identification that an annotator may read as the charge (optional); "As alleged in the indictment" covers its sentence only, the next sentence carries its own "allegedly"; the victim narration, the FBI urging, the plea and the arrests are no claims; the compounds\' operators are unnamed (FBI claim optional, targets empty); Cambodia is a place, not accused.',
  ),
  art(
    'h3b-doj-transnational-repression-verdict',
    ['doj', 'conviction', 'according-to', 'helping', 'coref-description', 'coref-metonym', 'coref-pronoun', 'quote-paragraph', 'title-then-name', 'denial-phrase', 'scattered-denial', 'unnamed-claimant', 'headline', 'negative', 'multi-target'],
    'Jury Convicts Two Men of Acting as Illegal Agents of China in Campaign to Force Dissident Home',
    `BROOKLYN, N.Y. – A federal jury in Brooklyn today convicted two men of acting as illegal agents of the People's Republic of China and conspiring to stalk a U.S. resident whom Chinese authorities wanted returned to face charges at home, following a three-week trial.

Wu Jianguo, 58, of Flushing, New York, and Harold Tsang, 49, of Fort Lee, New Jersey, were found guilty on all counts, including acting as agents of a foreign government without notice to the Attorney General, interstate stalking and conspiracy to commit interstate stalking.

According to the evidence presented at trial, the two men worked at the direction of officers of China's Ministry of Public Security (MPS) as part of an operation that Beijing calls "Sky Net" and presents as an anti-corruption drive. The target of their campaign, a former municipal official from Hubei province identified in court papers as John Doe-1, fled to the United States in 2016.

Prosecutors said the defendants followed John Doe-1 to his home in Pennsylvania, left notes on his door warning that his relatives in China would "suffer" if he did not go back, and delivered a video in which his elderly mother begged him to return. Chinese police detained his sister in Wuhan for several weeks in 2019, according to testimony at trial.

"The defendants brought the Chinese government's campaign of intimidation to a quiet street in Pennsylvania," said Assistant Attorney General for National Security Lydia Kranz. "Beijing does not get to hunt its critics on American soil, and those who do its bidding here will be prosecuted."

"This verdict should send a message to anyone who would act as a proxy for a foreign regime," said Special Agent in Charge Owen Castellanos of the FBI's Newark Field Office.

During the trial, Wu's attorney, Daniel Persky, told jurors that his client was a retired restaurant owner who had agreed "as a favor to an old friend" to deliver a letter and "had no idea he was part of anything sinister." Tsang's lawyer argued that the government had not proven that Tsang knew he was dealing with Chinese officials.

The Chinese Embassy in Washington did not respond to a request for comment. In earlier cases, the embassy has called U.S. accusations of transnational repression "groundless smears" and said China's efforts to return fugitives comply with international law.

Sentencing is scheduled for June 18. Wu and Tsang each face up to 10 years in prison on the foreign agent charge and up to five years on each stalking count. A third defendant, Li Qiang, pleaded guilty before trial and testified for the government.

The FBI's Newark Field Office investigated the case.`,
    [
      acc('Jury Convicts Two Men of Acting as Illegal Agents of China', [], [['Wu Jianguo', 'Wu'], ['Harold Tsang', 'Tsang'], CHINA]),
      acc("A federal jury in Brooklyn today convicted two men of acting as illegal agents of the People's Republic of China and conspiring to stalk a U.S. resident", [], [['Wu Jianguo', 'Wu'], ['Harold Tsang', 'Tsang'], CHINA]),
      acc('were found guilty on all counts, including acting as agents of a foreign government without notice to the Attorney General', [], [['Wu Jianguo', 'Wu'], ['Harold Tsang', 'Tsang']]),
      acc("According to the evidence presented at trial, the two men worked at the direction of officers of China's Ministry of Public Security (MPS)", [], [['Wu Jianguo', 'Wu'], ['Harold Tsang', 'Tsang'], ['Ministry of Public Security', 'MPS', ...CHINA]]),
      acc('Prosecutors said the defendants followed John Doe-1 to his home in Pennsylvania', [], [['Wu Jianguo', 'Wu'], ['Harold Tsang', 'Tsang']]),
      acc('Chinese police detained his sister in Wuhan for several weeks in 2019, according to testimony at trial.', [], [CHINA], undefined, true),
      acc("The defendants brought the Chinese government's campaign of intimidation to a quiet street in Pennsylvania", [['Lydia Kranz', 'Kranz']], [['Wu Jianguo', 'Wu'], ['Harold Tsang', 'Tsang'], CHINA]),
      acc('Beijing does not get to hunt its critics on American soil', [['Lydia Kranz', 'Kranz']], [CHINA], undefined, true),
      den('"had no idea he was part of anything sinister."', [['Daniel Persky', 'Persky']], []),
      den('Tsang\'s lawyer argued that the government had not proven that Tsang knew he was dealing with Chinese officials.', [], []),
      den('the embassy has called U.S. accusations of transnational repression "groundless smears"', [[...CHINA, 'Chinese Embassy']], [USA]),
      den("said China's efforts to return fugitives comply with international law", [[...CHINA, 'Chinese Embassy']], []),
    ],
    'jury, "Prosecutors" and "testimony" are unnamed (no claimants); acting as agents of China makes China a co-target (on behalf of / at the direction of), but "a foreign government" in the second sentence is left to the conviction\'s persons; the MPS is accepted for China either way; a detention for pressure stated only "according to testimony" is optional; "does not get to hunt its critics" is half warning (optional); the FBI line, "did not respond", the plea and the sentencing date are no claims; the unnamed lawyer\'s rebuttal is a denial with no claimant; the embassy\'s "U.S. accusations" names its accuser.',
  ),
  art(
    'h3b-doj-navy-bribery-sentencing',
    ['doj', 'conviction', 'narration-leadin', 'according-to', 'coref-description', 'coref-pronoun', 'quote-runon', 'title-then-name', 'denial-phrase', 'passive', 'unnamed-claimant', 'headline', 'negative', 'multi-target', 'no-cue'],
    'Former Ship-Repair Executive Sentenced to Nine Years for Bribing Navy Supply Officers',
    `U.S. Attorney's Office, Southern District of California

SAN DIEGO – The former vice president of a Virginia-based ship maintenance contractor was sentenced today to nine years in federal prison for bribing U.S. Navy supply officers with cash, luxury hotel stays and concert tickets in exchange for steering more than $60 million in repair work to his employer.

U.S. District Judge Anita Ramaswamy also ordered Gerald Voss, 63, of Chesapeake, Virginia, to forfeit $4.2 million and to pay $11.7 million in restitution to the Navy. A jury convicted Voss in October of bribery, conspiracy and honest services wire fraud after a four-week trial.

According to court documents and evidence presented at trial:

Between 2017 and 2021, Voss paid at least three Navy logistics officers, including Lieutenant Commander Shane Delacroix and Chief Petty Officer Marisol Fenwick, to pass him internal cost estimates and to approve inflated invoices for hull and propulsion repairs at the Navy's facilities in San Diego and Norfolk. The payments were disguised as "consulting fees" to a landscaping business owned by Delacroix's brother-in-law.

Delacroix and Fenwick pleaded guilty in 2023 and were sentenced to 46 months and 30 months in prison, respectively. Voss's former employer, Tidewater Hullcraft Services, paid $8 million that year to settle a related civil case and was not charged.

"Gerald Voss treated the Navy's maintenance budget as his personal piggy bank and corrupted the very officers entrusted to protect it," said U.S. Attorney Tamsin Alvarado. "Every dollar he skimmed was a dollar not spent keeping sailors safe at sea."

Special Agent in Charge Lamar Whitfield of the Naval Criminal Investigative Service (NCIS) Southwest Field Office said the case "shows that NCIS will follow the money, no matter how long it takes."

At the sentencing hearing, Voss's attorney, Patricia Lindgren-Moss, asked for a sentence of three years, arguing that her client had been "scapegoated" for practices that were "common and tolerated across the industry." She said he plans to appeal. Voss, who did not testify at trial, told the court he "never intended to hurt the Navy or anyone serving in it."

Judge Ramaswamy rejected the request, saying the evidence had shown "a sustained, deliberate and greedy scheme" that lasted four years.

NCIS and the Defense Criminal Investigative Service investigated the case. Assistant U.S. Attorneys Felipe Oduya and Carla Brandstetter prosecuted it.

Updated March 5
Component(s): USAO - California, Southern`,
    [
      acc('Former Ship-Repair Executive Sentenced to Nine Years for Bribing Navy Supply Officers', [], [['Gerald Voss', 'Voss']]),
      acc('was sentenced today to nine years in federal prison for bribing U.S. Navy supply officers', [], [['Gerald Voss', 'Voss']]),
      acc('A jury convicted Voss in October of bribery, conspiracy and honest services wire fraud', [], [['Gerald Voss', 'Voss']]),
      acc('Between 2017 and 2021, Voss paid at least three Navy logistics officers', [], [['Gerald Voss', 'Voss'], ['Shane Delacroix', 'Delacroix'], ['Marisol Fenwick', 'Fenwick']]),
      acc('The payments were disguised as "consulting fees" to a landscaping business', [], [['Gerald Voss', 'Voss']], undefined, true),
      acc("Gerald Voss treated the Navy's maintenance budget as his personal piggy bank and corrupted the very officers entrusted to protect it", [['Tamsin Alvarado', 'Alvarado']], [['Gerald Voss', 'Voss']]),
      acc('Every dollar he skimmed was a dollar not spent keeping sailors safe at sea.', [['Tamsin Alvarado', 'Alvarado']], [['Gerald Voss', 'Voss']], undefined, true),
      den('arguing that her client had been "scapegoated" for practices that were "common and tolerated across the industry."', [['Patricia Lindgren-Moss', 'Lindgren-Moss']], []),
      den('told the court he "never intended to hurt the Navy or anyone serving in it."', [['Gerald Voss', 'Voss']], [], undefined, true),
      acc('saying the evidence had shown "a sustained, deliberate and greedy scheme" that lasted four years', [['Anita Ramaswamy', 'Ramaswamy']], [['Gerald Voss', 'Voss']]),
    ],
    '"The former vice president" is Voss (named in the next sentence); the sentence states its crime (like a conviction, no named court: no claimants); the forfeiture order, the pleas, the bare sentences of Delacroix and Fenwick, the civil settlement without a stated allegation and the NCIS line are no claims; the officers paid to do wrong are co-targets (hired doers); the colon lead-in "According to court documents and evidence presented at trial:" covers the paragraph under it (no named issuer: no claimants); who disguised the payments is left to context (optional, Voss); the judge\'s finding is an accusation (set 2 decision); Voss\'s "never intended" denies intent only (optional); asking for a lighter sentence is a demand.',
  ),
  // ───────────────────────────── VOA-style international stories ─────────────────────────────
  art(
    'h3b-voa-guyana-border-incursion',
    ['voa', 'no-cue', 'headline', 'title-then-name', 'title-speaker', 'quote-before', 'coref-metonym', 'coref-pronoun', 'state-media', 'denial-phrase', 'denial-verb', 'counter-accusation', 'hedged', 'negative', 'cue-verb'],
    'Guyana says Venezuelan soldiers crossed border, fired on gold-mining camp',
    `GEORGETOWN, GUYANA — Guyana’s government said Wednesday that a group of Venezuelan soldiers crossed the Cuyuni River into Guyanese territory and fired on a gold-mining camp, wounding two workers, in what officials called the most serious violation of the country’s border in more than a year.

The country’s foreign minister, speaking at a news conference in the capital, said about 15 uniformed men arrived in two boats shortly after dawn on Tuesday and ordered the miners off the riverbank before opening fire. “They came armed, they came in uniform, and they came knowing exactly which side of the river they were on,” the minister said.

Foreign Minister Roxanne Pereira-Ali said Guyana had delivered a formal protest note to Caracas and briefed the Organization of American States and the U.N. Security Council. She said her government “will not be intimidated into surrendering a single square mile.” Officers of the Guyana Defence Force believe the soldiers likely belonged to a Venezuelan army battalion based in the mining town of El Dorado, she added.

Venezuela’s foreign ministry rejected the account in a statement read on state television channel VTV, calling it “a fabrication designed to justify the presence of foreign troops in our region.” The statement said Venezuelan forces had been conducting “a routine operation against illegal mining” on Venezuelan soil and had “at no time” entered territory administered by Guyana.

Venezuela has claimed the Essequibo region, which makes up about two-thirds of Guyana’s territory, since the 19th century. In 2023, Caracas held a referendum on creating a Venezuelan state in the area, and the International Court of Justice ordered it to refrain from any action that would change the situation on the ground. Guyana has repeatedly accused Venezuela of sending military aircraft over the disputed territory, which Caracas denies.

The United States, which has held joint military exercises with Guyana, said it was “deeply concerned” by the reports. A State Department spokesperson, Melanie Craddock, said any incursion “would be a flagrant violation of Guyana’s sovereignty and of international law.”

The two wounded miners were flown to a hospital in Georgetown and are in stable condition. The Guyana Gold and Diamond Miners Association said its members in the area had seen Venezuelan patrol boats on the river “almost weekly” since January and accused the government in Caracas of “treating our members like poachers on their own land.”

Some local officials in the Cuyuni-Mazaruni region said it was not yet clear whether the men were regular soldiers or members of one of the armed gangs, known as “sindicatos,” that control illegal mines on the Venezuelan side of the river.

Related: Venezuela, Guyana leaders agree not to use force in Essequibo dispute

Related: Brazil reinforces northern border amid Essequibo tensions

VOA’s Latin America Division contributed to this report.`,
    [
      acc('Guyana says Venezuelan soldiers crossed border, fired on gold-mining camp', ['Guyana'], [['Venezuela', 'Venezuelan', 'Caracas']]),
      acc('a group of Venezuelan soldiers crossed the Cuyuni River into Guyanese territory and fired on a gold-mining camp', [['Guyana', 'Guyanese']], [['Venezuela', 'Venezuelan', 'Caracas']]),
      acc('ordered the miners off the riverbank before opening fire', [['Roxanne Pereira-Ali', 'Pereira-Ali']], [['Venezuela', 'Venezuelan', 'Caracas']], undefined, true),
      acc('“They came armed, they came in uniform, and they came knowing exactly which side of the river they were on,” the minister said.', [['Roxanne Pereira-Ali', 'Pereira-Ali']], [['Venezuela', 'Venezuelan', 'Caracas']]),
      acc('Officers of the Guyana Defence Force believe the soldiers likely belonged to a Venezuelan army battalion', [['Guyana Defence Force', 'Guyana', 'Guyanese', 'Roxanne Pereira-Ali', 'Pereira-Ali']], [['Venezuela', 'Venezuelan', 'Caracas']], 'hedged'),
      den('Venezuela’s foreign ministry rejected the account in a statement read on state television channel VTV', [['Venezuela', 'Venezuelan', 'Caracas']], []),
      acc('calling it “a fabrication designed to justify the presence of foreign troops in our region.”', [['Venezuela', 'Venezuelan', 'Caracas']], [['Guyana', 'Guyanese']], undefined, true),
      den('had “at no time” entered territory administered by Guyana', [['Venezuela', 'Venezuelan', 'Caracas']], []),
      acc('Guyana has repeatedly accused Venezuela of sending military aircraft over the disputed territory', ['Guyana'], [['Venezuela', 'Venezuelan', 'Caracas']]),
      den('which Caracas denies', [['Venezuela', 'Venezuelan', 'Caracas']], []),
      acc('had seen Venezuelan patrol boats on the river “almost weekly” since January', [['Guyana Gold and Diamond Miners Association']], [['Venezuela', 'Venezuelan', 'Caracas']], undefined, true),
      acc('accused the government in Caracas of “treating our members like poachers on their own land.”', [['Guyana Gold and Diamond Miners Association']], [['Venezuela', 'Venezuelan', 'Caracas']]),
    ],
    '"The country’s foreign minister" is Pereira-Ali, named only in the next paragraph (title then name; accepted as the quote\'s speaker); the arrival of the boats is narration, the order and the firing are the allegation (optional: the same allegation as the lead, restated); "will not be intimidated" is no claim; the unnamed foreign ministry is Venezuela and VTV only broadcasts it; "a fabrication designed to justify ..." imputes a motive to Guyana (counter-accusation, optional); "a routine operation against illegal mining" targets no one; the ICJ order is a demand; the State Department\'s "would be a flagrant violation" is a hypothetical (no claim); the patrol-boat sightings are optional; the officials unsure who fired make no claim; the "Related:" teasers are not the story.',
  ),
  art(
    'h3b-voa-congo-drone-market',
    ['voa', 'headline', 'title-then-name', 'pronoun-speaker', 'description', 'quote-paragraph', 'coref-metonym', 'coref-pronoun', 'counter-accusation', 'hedged', 'denial-phrase', 'condemn', 'helping', 'unnamed-claimant', 'two-claims', 'negative', 'scattered-denial', 'multi-target', 'no-cue'],
    'Congo blames Rwanda for drone strike on market near Uvira; Kigali denies involvement',
    `KINSHASA, CONGO — Congo’s government on Sunday accused neighboring Rwanda of carrying out a drone strike on a crowded market outside the eastern town of Uvira that killed at least 19 people, an allegation Kigali swiftly dismissed.

Congo’s communications minister said in a televised address that two drones “launched from Rwandan territory” struck the Kiliba market at about 11 a.m. on Saturday, when it was packed with traders selling cassava and fish. “This is not a stray shell or an accident of war. It is a deliberate massacre of civilians by the Rwandan army,” he said.

The minister, Didier Lukusa Mbala, later told VOA that Congolese soldiers had recovered fragments of both drones and that the government would present them to the U.N. Security Council. He did not say what the fragments showed.

In Kigali, government spokesperson Claudine Mukeshimana wrote on X that Rwanda “has no drones operating in the DRC” and that Kinshasa was “once again blaming Rwanda for its own failures.” She suggested that the strike may have been carried out by the Congolese army, whose drones, she said, “have repeatedly hit civilians” in areas held by rebels.

The U.N. peacekeeping mission in Congo, MONUSCO, said its staff had visited the market and documented at least 19 deaths, including seven children, but it did not say who was responsible. The mission’s chief, Hélène Barroux-Diallo, condemned “this horrific attack on people who were simply trying to earn a living” and called for an independent investigation.

A group of U.N. experts reported last year that Rwanda had deployed surface-to-air missiles and several thousand troops in eastern Congo in support of the Alliance for the Liberation of Kivu (ALK), a rebel group that controls large parts of North and South Kivu provinces. Rwanda denies backing the rebels and says its concern is Hutu militants operating in Congo, some of whom took part in the 1994 genocide against the Tutsi.

The Bukavu-based rights group Voix des Lacs said it had documented four drone strikes on civilian sites in South Kivu since January and that debris recovered from two of them matched drones previously photographed at Rwandan army bases near the border.

The ALK, which has fought government forces and allied militias since 2022, said it had no fighters within 30 kilometers of Kiliba.

Congo has asked the Security Council to hold an emergency meeting this week.

VOA’s Central Africa Service contributed to this report.`,
    [
      acc('Congo blames Rwanda for drone strike on market near Uvira', [['Democratic Republic of the Congo', 'Congo', 'DRC', 'Kinshasa', 'Congolese']], [['Rwanda', 'Kigali', 'Rwandan']]),
      den('Kigali denies involvement', [['Rwanda', 'Kigali', 'Rwandan']], []),
      acc('accused neighboring Rwanda of carrying out a drone strike on a crowded market outside the eastern town of Uvira', [['Democratic Republic of the Congo', 'Congo', 'DRC', 'Kinshasa', 'Congolese']], [['Rwanda', 'Kigali', 'Rwandan']]),
      den('an allegation Kigali swiftly dismissed', [['Rwanda', 'Kigali', 'Rwandan']], [['Democratic Republic of the Congo', 'Congo', 'DRC', 'Kinshasa', 'Congolese']]),
      acc('two drones “launched from Rwandan territory” struck the Kiliba market', [['Didier Lukusa Mbala', 'Lukusa Mbala', 'Didier Lukusa']], [['Rwanda', 'Kigali', 'Rwandan']]),
      acc('It is a deliberate massacre of civilians by the Rwandan army', [['Didier Lukusa Mbala', 'Lukusa Mbala', 'Didier Lukusa']], [['Rwanda', 'Kigali', 'Rwandan']]),
      den('Rwanda “has no drones operating in the DRC”', [['Claudine Mukeshimana', 'Mukeshimana']], [['Democratic Republic of the Congo', 'Congo', 'DRC', 'Kinshasa', 'Congolese']]),
      den('Kinshasa was “once again blaming Rwanda for its own failures.”', [['Claudine Mukeshimana', 'Mukeshimana']], [['Democratic Republic of the Congo', 'Congo', 'DRC', 'Kinshasa', 'Congolese']]),
      acc('She suggested that the strike may have been carried out by the Congolese army', [['Claudine Mukeshimana', 'Mukeshimana']], [['Democratic Republic of the Congo', 'Congo', 'DRC', 'Kinshasa', 'Congolese']], 'hedged'),
      acc('“have repeatedly hit civilians” in areas held by rebels', [['Claudine Mukeshimana', 'Mukeshimana']], [['Democratic Republic of the Congo', 'Congo', 'DRC', 'Kinshasa', 'Congolese']]),
      acc('condemned “this horrific attack on people who were simply trying to earn a living”', [['Hélène Barroux-Diallo', 'Barroux-Diallo']], []),
      acc('Rwanda had deployed surface-to-air missiles and several thousand troops in eastern Congo in support of the Alliance for the Liberation of Kivu (ALK)', [['United Nations', 'U.N.', 'UN']], [['Rwanda', 'Kigali', 'Rwandan'], ['Alliance for the Liberation of Kivu', 'ALK']]),
      den('Rwanda denies backing the rebels', [['Rwanda', 'Kigali', 'Rwandan']], []),
      acc('some of whom took part in the 1994 genocide against the Tutsi', [['Rwanda', 'Kigali', 'Rwandan']], [], undefined, true),
      acc('debris recovered from two of them matched drones previously photographed at Rwandan army bases near the border', [['Voix des Lacs']], [['Rwanda', 'Kigali', 'Rwandan']], 'hedged', true),
      den('said it had no fighters within 30 kilometers of Kiliba', [['Alliance for the Liberation of Kivu', 'ALK']], [], undefined, true),
    ],
    '"Congo’s communications minister" is Lukusa Mbala, named in the next paragraph; "he" in the quote is the same; the denial in the lead clause names Congo as the accuser in the same sentence (targets Congo); Mukeshimana\'s two denials are one sentence naming Kinshasa (both target Congo); "may have been carried out" is hedged, "whose drones ... have repeatedly hit civilians" is a second, asserted claim; MONUSCO documenting deaths "but did not say who was responsible" is no claim, its chief\'s condemnation names no doer (targets empty); "A group of U.N. experts" is the UN; supporting the ALK is helping (both targets); the Hutu militants are unnamed (optional); the debris match is an implied attribution (optional, hedged); the ALK\'s "no fighters" is an implicit denial (optional); the Security Council request is a demand.',
  ),
  art(
    'h3b-voa-moldova-vote-buying',
    ['voa', 'headline', 'title-then-name', 'reported-speech', 'is-behind', 'quote-paragraph', 'coref-metonym', 'coref-description', 'coref-pronoun', 'counter-accusation', 'denial-phrase', 'denial-verb', 'arrest-charge', 'passive', 'conviction', 'hedged', 'negative', 'no-cue', 'cue-verb'],
    'Moldova says Russia funneled millions to buy votes ahead of parliamentary poll',
    `Related: Moldova expels Russian diplomat accused of recruiting police officers

CHISINAU, MOLDOVA — Moldovan police said Thursday they had uncovered a network that paid more than 130,000 voters to back pro-Russian candidates in next month’s parliamentary elections, and accused Moscow of bankrolling the scheme through a Russian state bank and cryptocurrency transfers.

At a news conference in the capital, the national police chief said investigators had traced about $24 million in payments since March to a network run by associates of Vadim Coltea, a fugitive businessman who lives in Moscow and was convicted in absentia in 2023 of organizing a $300 million bank fraud. Investigators said Coltea personally approved the payment lists, which regional coordinators received through a messaging app.

“Every ruble we have traced leads back to Russia,” said the chief, Marin Ursachi. “This is not politics. This is a foreign state trying to purchase a parliament.”

Police detained 14 people in raids in Chisinau, Balti and the autonomous region of Gagauzia on Wednesday. Prosecutors said six of them would be charged with illegal financing of a political party and passive voter corruption. Moldova’s Intelligence and Security Service (SIS) said separately that it suspected Russian military intelligence was behind a wave of hoax bomb threats against polling stations during local elections last autumn.

At her weekly briefing in Moscow, Russian Foreign Ministry spokesperson Yelena Rudakova called the accusations “absurd” and part of “a Russophobic campaign” by the Moldovan leadership to “cover up its own unpopularity.”

“Moldova’s authorities are the ones who have shut down opposition parties and television channels and thrown their opponents in jail,” Rudakova said. “They should look in the mirror before pointing at Russia.”

Coltea, in a video posted on social media, said he had “never paid anyone to vote for anything” and called the case “a political order from the presidency” aimed at sidelining the opposition.

Moldova’s pro-Western government has accused Russia of meddling in previous votes, including a 2024 referendum on joining the European Union that passed narrowly. Moscow has denied interfering in any of them.

An EU spokesperson, Teodor Brandt, said the bloc stood by Moldova “in the face of Russia’s hybrid attacks” and would send additional experts to help protect the vote. He declined to comment on the specific findings of the police investigation.

Election observers from the Organization for Security and Co-operation in Europe are expected to arrive next week.`,
    [
      acc('Moldova says Russia funneled millions to buy votes ahead of parliamentary poll', [['Moldova', 'Moldovan', 'Chisinau']], [RUSSIA]),
      acc('Moldovan police said Thursday they had uncovered a network that paid more than 130,000 voters to back pro-Russian candidates', [['Moldova', 'Moldovan', 'Chisinau']], [], undefined, true),
      acc('accused Moscow of bankrolling the scheme through a Russian state bank and cryptocurrency transfers', [['Moldova', 'Moldovan', 'Chisinau']], [RUSSIA]),
      acc('investigators had traced about $24 million in payments since March to a network run by associates of Vadim Coltea', [['Marin Ursachi', 'Ursachi']], [['Vadim Coltea', 'Coltea']], undefined, true),
      acc('was convicted in absentia in 2023 of organizing a $300 million bank fraud', [], [['Vadim Coltea', 'Coltea']]),
      acc('Investigators said Coltea personally approved the payment lists', [], [['Vadim Coltea', 'Coltea']]),
      acc('Every ruble we have traced leads back to Russia', [['Marin Ursachi', 'Ursachi']], [RUSSIA]),
      acc('This is a foreign state trying to purchase a parliament.', [['Marin Ursachi', 'Ursachi']], [RUSSIA]),
      acc('Prosecutors said six of them would be charged with illegal financing of a political party and passive voter corruption.', [], [], undefined, true),
      acc('it suspected Russian military intelligence was behind a wave of hoax bomb threats against polling stations', [['Intelligence and Security Service', 'SIS', 'Moldova', 'Moldovan']], [RUSSIA], 'hedged'),
      den('called the accusations “absurd”', [['Yelena Rudakova', 'Rudakova']], []),
      acc('part of “a Russophobic campaign” by the Moldovan leadership', [['Yelena Rudakova', 'Rudakova']], [['Moldova', 'Moldovan', 'Chisinau']], undefined, true),
      acc('Moldova’s authorities are the ones who have shut down opposition parties and television channels and thrown their opponents in jail', [['Yelena Rudakova', 'Rudakova']], [['Moldova', 'Moldovan', 'Chisinau']]),
      den('said he had “never paid anyone to vote for anything”', [['Vadim Coltea', 'Coltea']], []),
      acc('called the case “a political order from the presidency” aimed at sidelining the opposition', [['Vadim Coltea', 'Coltea']], [['Moldova', 'Moldovan', 'Chisinau']]),
      acc('Moldova’s pro-Western government has accused Russia of meddling in previous votes', [['Moldova', 'Moldovan', 'Chisinau']], [RUSSIA]),
      den('Moscow has denied interfering in any of them.', [RUSSIA], []),
      acc('“in the face of Russia’s hybrid attacks”', [['Teodor Brandt', 'Brandt', 'European Union', 'EU']], [RUSSIA], undefined, true),
    ],
    '"Moldovan police" stand for Moldova (country adjective on officials); "the national police chief" is Ursachi, named in the next paragraph; the network is unnamed (its vote-paying claim optional, no targets); the in-absentia conviction (appositive, no named court) and "Investigators said" give no claimants; the raids are arrests without a charge, the prosecutors\' future charge of unnamed detainees is optional; Rudakova\'s "Russophobic campaign" is part of her denial but also imputes a campaign to Moldova (optional); "look in the mirror" adds nothing; "a political order from the presidency" calls the state\'s case politically motivated (accusation against Moldova); the EU line presupposes Russia\'s attacks (optional; spokesperson or EU accepted); "declined to comment" and the observers are no claims; the "Related:" teaser is not the story.',
  ),
  art(
    'h3b-voa-iran-bahai-arrests',
    ['voa', 'headline', 'condemn', 'two-claims', 'title-then-name', 'coref-metonym', 'coref-description', 'coref-pronoun', 'state-media', 'helping', 'denial-phrase', 'counter-accusation', 'unnamed-claimant', 'hedged', 'negative', 'multi-target', 'cue-noun'],
    'UN experts condemn Iran’s arrests of Baha’i women; Tehran calls them spies',
    `GENEVA — A group of United Nations human rights experts on Tuesday condemned the arrest of 11 Baha’i women by Iranian security forces in the southern city of Shiraz and said the detentions were part of a “systematic campaign of persecution” against the country’s largest non-Muslim religious minority.

Among those detained last month are Shirin Moshtagh, a 62-year-old retired nurse, her daughter-in-law Nava Ettehadi, and Parisa Roshan-Zamir, a music teacher who had already served four years in prison for teaching children about the faith.

In their joint statement, the experts, who include the U.N. special rapporteur on the situation of human rights in Iran, said the women had been held incommunicado for weeks and that at least two of them had been denied medication for chronic illnesses.

The spokesperson for Iran’s judiciary, Mahmoud Pirzadeh, told reporters in Tehran that the women had been arrested “for espionage on behalf of the Zionist regime” and for “propaganda against the system,” not because of their beliefs. He gave no details of the alleged espionage.

State broadcaster IRIB aired a report on Sunday night saying the women had “organized secret classes to recruit children” and had received instructions from “centers abroad.” The report showed footage of books and laptops it said had been seized from their homes.

Rouhiyeh Sabet, who represents the Baha’i community at the U.N. in Geneva, said the accusations were “recycled lies” that the Islamic Republic “has used for four decades to justify persecuting people for what they believe.” She said none of the women had ever been involved in politics.

Iranian officials have long accused Baha’is of spying for Israel, where the faith’s administrative center is located. Baha’is in Iran are barred from universities and many public-sector jobs, and rights groups say more than 200 were executed in the years after the 1979 revolution. The Iranian government does not recognize the Baha’i faith as a religion and describes it as a political sect.

The experts urged Tehran to release the women immediately and to drop all charges. Germany’s foreign ministry summoned Iran’s ambassador in Berlin on Wednesday.

The experts did not accuse any individual official by name.`,
    [
      acc('UN experts condemn Iran’s arrests of Baha’i women', [['United Nations', 'UN', 'U.N.']], [IRAN]),
      acc('Tehran calls them spies', [IRAN], [['Shirin Moshtagh', 'Moshtagh'], ['Nava Ettehadi', 'Ettehadi'], ['Parisa Roshan-Zamir', 'Roshan-Zamir']], undefined, true),
      acc('condemned the arrest of 11 Baha’i women by Iranian security forces in the southern city of Shiraz', [['United Nations', 'UN', 'U.N.']], [IRAN]),
      acc('said the detentions were part of a “systematic campaign of persecution”', [['United Nations', 'UN', 'U.N.']], [IRAN]),
      acc('had already served four years in prison for teaching children about the faith', [], [['Parisa Roshan-Zamir', 'Roshan-Zamir']], undefined, true),
      acc('said the women had been held incommunicado for weeks and that at least two of them had been denied medication for chronic illnesses', [['United Nations', 'UN', 'U.N.']], [IRAN]),
      acc('the women had been arrested “for espionage on behalf of the Zionist regime”', [['Mahmoud Pirzadeh', 'Pirzadeh']], [['Shirin Moshtagh', 'Moshtagh'], ['Nava Ettehadi', 'Ettehadi'], ['Parisa Roshan-Zamir', 'Roshan-Zamir'], ['Israel', 'Zionist regime']]),
      acc('and for “propaganda against the system,”', [['Mahmoud Pirzadeh', 'Pirzadeh']], [['Shirin Moshtagh', 'Moshtagh'], ['Nava Ettehadi', 'Ettehadi'], ['Parisa Roshan-Zamir', 'Roshan-Zamir']]),
      den('not because of their beliefs', [['Mahmoud Pirzadeh', 'Pirzadeh']], [], undefined, true),
      acc('saying the women had “organized secret classes to recruit children”', [['IRIB']], [['Shirin Moshtagh', 'Moshtagh'], ['Nava Ettehadi', 'Ettehadi'], ['Parisa Roshan-Zamir', 'Roshan-Zamir']]),
      acc('had received instructions from “centers abroad.”', [['IRIB']], [['Shirin Moshtagh', 'Moshtagh'], ['Nava Ettehadi', 'Ettehadi'], ['Parisa Roshan-Zamir', 'Roshan-Zamir']], undefined, true),
      den('said the accusations were “recycled lies”', [['Rouhiyeh Sabet', 'Sabet']], []),
      acc('“has used for four decades to justify persecuting people for what they believe.”', [['Rouhiyeh Sabet', 'Sabet']], [IRAN]),
      den('She said none of the women had ever been involved in politics.', [['Rouhiyeh Sabet', 'Sabet']], [], undefined, true),
      acc('Iranian officials have long accused Baha’is of spying for Israel', [IRAN], [['Israel']]),
      acc('rights groups say more than 200 were executed in the years after the 1979 revolution', [], [], undefined, true),
    ],
    '"A group of United Nations human rights experts" / "the experts" are the UN; the women are resolved to the three named (eight are unnamed), so the headline\'s "them" is optional; Roshan-Zamir\'s earlier sentence states its crime with no court (optional: a background clause); Pirzadeh\'s sentence holds two charges and a denial of persecution ("not because of their beliefs", optional); spying "on behalf of the Zionist regime" makes Israel a co-target (the description resolves to Israel, named later); IRIB alleging itself is the claimant; "the accusations were recycled lies" denies the state\'s accusations (Sabet) and the relative clause accuses the Islamic Republic; "Iranian officials ... accused Baha’is" targets Israel only (Baha’is are a community, not an actor); the unnamed executions (optional); the urging, the summoning without a reason, the exclusion from universities as narration and "did not accuse" are no claims.',
  ),

  // ───────────────────────────── Wikinews-style geopolitics ─────────────────────────────
  art(
    'h3b-wn-baltic-gps-jamming',
    ['wikinews', 'joint-statement', 'multi-claimant', 'attribution', 'pronoun-speaker', 'according-to', 'document-subject', 'coref-metonym', 'coref-pronoun', 'coref-description', 'title-then-name', 'quote-after', 'denial-phrase', 'counter-accusation', 'hedged', 'headline', 'negative', 'no-cue', 'unnamed-claimant'],
    'Eight Baltic Sea states accuse Russia of jamming satellite navigation over the sea',
    `Thursday, March 5

STOCKHOLM (Wikinews) — The foreign ministers of Denmark, Estonia, Finland, Germany, Latvia, Lithuania, Poland and Sweden on Wednesday issued a joint statement accusing Russia of deliberately interfering with satellite navigation signals over the Baltic Sea, saying the disruption had put "thousands of civilian flights" at risk.

According to the statement, the interference originates mainly from the Kaliningrad exclave and from military sites near Saint Petersburg, and has grown markedly since 2023. The ministers said the jamming was "a clear breach of the Convention on International Civil Aviation" and called on Moscow to "cease these dangerous and irresponsible activities immediately."

Finland's transport agency, Traficom, said more than 1,800 flights in Finnish airspace had reported GNSS interference in January alone. An Estonian regional airline, Nordaero, suspended flights to the city of Tartu for a month last year after two of its aircraft had to turn back.

Estonian Foreign Minister Kaarel Vahtra told reporters there was "no doubt whatsoever" about the source. "This is not an accident and it is not a side effect of exercises. It is a tool of hybrid pressure, switched on and off on purpose," he said. Sweden's Armed Forces last year attributed similar disruptions to Russian electronic warfare systems based in Kaliningrad.

In Moscow, foreign ministry spokesperson Larisa Voronina dismissed the statement as "yet another fake" and said the eight governments "have no evidence and never had any." She said Russia takes the measures it considers necessary to protect its territory from drone attacks, and accused NATO of "turning the Baltic into a military lake."

Separately, Finnish police said on Tuesday they suspected that a tanker which damaged an undersea power cable between Finland and Estonia on Christmas Day belonged to a "shadow fleet" carrying Russian oil in defiance of sanctions. The vessel's owner, a company registered in the United Arab Emirates, has denied wrongdoing.

The International Civil Aviation Organization (ICAO) said it was "aware of the concerns" and would discuss them at its council session in June.

Sources

"Baltic ministers blame Moscow for GPS chaos" — Nordic Daily, March 4

"Finnish airline pilots warn of 'daily' jamming" — Helsinki Courier, February 27`,
    [
      acc('Eight Baltic Sea states accuse Russia of jamming satellite navigation over the sea', [['Denmark', 'Danish'], ['Estonia', 'Estonian'], ['Finland', 'Finnish'], ['Germany', 'German'], ['Latvia', 'Latvian'], ['Lithuania', 'Lithuanian'], ['Poland', 'Polish'], ['Sweden', 'Swedish']], [RUSSIA]),
      acc('issued a joint statement accusing Russia of deliberately interfering with satellite navigation signals over the Baltic Sea', [['Denmark', 'Danish'], ['Estonia', 'Estonian'], ['Finland', 'Finnish'], ['Germany', 'German'], ['Latvia', 'Latvian'], ['Lithuania', 'Lithuanian'], ['Poland', 'Polish'], ['Sweden', 'Swedish']], [RUSSIA]),
      acc('According to the statement, the interference originates mainly from the Kaliningrad exclave', [['Denmark', 'Danish'], ['Estonia', 'Estonian'], ['Finland', 'Finnish'], ['Germany', 'German'], ['Latvia', 'Latvian'], ['Lithuania', 'Lithuanian'], ['Poland', 'Polish'], ['Sweden', 'Swedish']], [RUSSIA]),
      acc('The ministers said the jamming was "a clear breach of the Convention on International Civil Aviation"', [['Denmark', 'Danish'], ['Estonia', 'Estonian'], ['Finland', 'Finnish'], ['Germany', 'German'], ['Latvia', 'Latvian'], ['Lithuania', 'Lithuanian'], ['Poland', 'Polish'], ['Sweden', 'Swedish']], [RUSSIA]),
      acc('called on Moscow to "cease these dangerous and irresponsible activities immediately."', [['Denmark', 'Danish'], ['Estonia', 'Estonian'], ['Finland', 'Finnish'], ['Germany', 'German'], ['Latvia', 'Latvian'], ['Lithuania', 'Lithuanian'], ['Poland', 'Polish'], ['Sweden', 'Swedish']], [RUSSIA], undefined, true),
      acc('told reporters there was "no doubt whatsoever" about the source', [['Kaarel Vahtra', 'Vahtra']], [RUSSIA], undefined, true),
      acc('It is a tool of hybrid pressure, switched on and off on purpose', [['Kaarel Vahtra', 'Vahtra']], [RUSSIA]),
      acc("Sweden's Armed Forces last year attributed similar disruptions to Russian electronic warfare systems", [['Swedish Armed Forces', "Sweden's Armed Forces", 'Armed Forces', 'Sweden', 'Swedish']], [RUSSIA]),
      den('dismissed the statement as "yet another fake"', [['Larisa Voronina', 'Voronina']], []),
      den('said the eight governments "have no evidence and never had any."', [['Larisa Voronina', 'Voronina']], [['Denmark', 'Danish'], ['Estonia', 'Estonian'], ['Finland', 'Finnish'], ['Germany', 'German'], ['Latvia', 'Latvian'], ['Lithuania', 'Lithuanian'], ['Poland', 'Polish'], ['Sweden', 'Swedish']]),
      acc('accused NATO of "turning the Baltic into a military lake."', [['Larisa Voronina', 'Voronina']], [['NATO']]),
      acc('they suspected that a tanker which damaged an undersea power cable between Finland and Estonia on Christmas Day belonged to a "shadow fleet"', [['Finland', 'Finnish', 'Finnish police']], [], 'hedged'),
      den("The vessel's owner, a company registered in the United Arab Emirates, has denied wrongdoing.", [], []),
    ],
    'the joint statement is credited to the eight states whose ministers issued it, "the eight governments" resolves to them; "According to the statement" frames an accusation without a cue (where the jamming comes from); the call to "cease" presupposes the act (optional, as set 2 treats urgings); Vahtra\'s "no doubt about the source" names no one (Russia by context, optional); the Traficom and airline figures are narration; "takes the measures it considers necessary" neither denies nor accuses; "Finnish police" stand for Finland, the tanker is a vessel and its owner unnamed (targets and the denial\'s claimants empty); the ICAO line and the "Sources" headlines are no claims.',
  ),
  art(
    'h3b-wn-nicaragua-clergy-sanctions',
    ['wikinews', 'sanction-reason', 'multi-claimant', 'joint-statement', 'coref-description', 'coref-metonym', 'title-then-name', 'quote-after', 'state-media', 'counter-accusation', 'denial-phrase', 'conviction', 'headline', 'negative', 'cue-noun'],
    'Canada, UK and Australia sanction Nicaraguan officials over crackdown on clergy',
    `Friday, March 6

OTTAWA (Wikinews) — Canada, the United Kingdom and Australia on Thursday imposed coordinated sanctions on nine Nicaraguan officials they hold responsible for the arrest, expulsion and stripping of citizenship of Catholic priests and other critics of the government in Managua.

Among those listed are the head of the national police, Commissioner General Ernesto Valdivia Rocha, two judges of the Managua appeals court, and the director of the Interior Ministry's migration service, Lesbia Arauz Mejía. The measures freeze any assets the officials hold in the three countries and bar them from entering.

Canadian Foreign Minister Élise Bouchard-Kane said in a statement that the officials had "persecuted people for their faith and for their opinions, and have turned the justice system into an instrument of fear." The British Foreign Office said the nine were responsible for "serious human rights violations," including the arbitrary detention of at least 40 members of the clergy since 2022.

The UK also added two Managua-based companies, Inversiones Tisma and Grupo Coyolar, to its sanctions list. The Foreign Office did not give a reason for those two designations.

In a communiqué read on the state-run Canal 4 television channel, the Nicaraguan government called the sanctions "illegal coercive measures" and said the priests had been "tried in accordance with the law for crimes against the independence and sovereignty of the nation."

Bishop Fermín Castellón of Estelí was sentenced in 2023 to 26 years in prison for treason and spreading false news, charges the Holy See called unjust. He was stripped of his citizenship and flown to Rome in January. Speaking to Wikinews by telephone, he said the government "has turned the prisons into parishes."

The Inter-American Commission on Human Rights has documented what it describes as "a pattern of persecution against the Catholic Church" by Nicaraguan authorities, including the closure of a Jesuit university and the confiscation of church property.

The United States, which has sanctioned hundreds of Nicaraguan officials since 2018, said it welcomed the move.

Sources

"Nicaragua: tres países sancionan a funcionarios" — Confidencial Centroamérica, March 5`,
    [
      acc('Canada, UK and Australia sanction Nicaraguan officials over crackdown on clergy', ['Canada', ['United Kingdom', 'UK'], 'Australia'], [['Nicaragua', 'Nicaraguan', 'Managua']]),
      acc('imposed coordinated sanctions on nine Nicaraguan officials they hold responsible for the arrest, expulsion and stripping of citizenship of Catholic priests', ['Canada', ['United Kingdom', 'UK', 'British'], 'Australia'], [['Nicaragua', 'Nicaraguan', 'Managua']]),
      acc('Among those listed are the head of the national police, Commissioner General Ernesto Valdivia Rocha', ['Canada', ['United Kingdom', 'UK', 'British'], 'Australia'], [['Ernesto Valdivia Rocha', 'Valdivia Rocha', 'Valdivia'], ['Lesbia Arauz Mejía', 'Arauz Mejía', 'Arauz']], undefined, true),
      acc('had "persecuted people for their faith and for their opinions, and have turned the justice system into an instrument of fear."', [['Élise Bouchard-Kane', 'Bouchard-Kane']], [['Nicaragua', 'Nicaraguan', 'Managua']]),
      acc('The British Foreign Office said the nine were responsible for "serious human rights violations,"', [['United Kingdom', 'UK', 'British', 'Foreign Office', 'British Foreign Office']], [['Nicaragua', 'Nicaraguan', 'Managua']]),
      acc('called the sanctions "illegal coercive measures"', [['Nicaragua', 'Nicaraguan', 'Managua']], ['Canada', ['United Kingdom', 'UK', 'British'], 'Australia']),
      den('said the priests had been "tried in accordance with the law', [['Nicaragua', 'Nicaraguan', 'Managua']], []),
      acc('for crimes against the independence and sovereignty of the nation."', [['Nicaragua', 'Nicaraguan', 'Managua']], [], undefined, true),
      acc('was sentenced in 2023 to 26 years in prison for treason and spreading false news', [], [['Fermín Castellón', 'Castellón']]),
      den('charges the Holy See called unjust', [['Holy See', 'Vatican']], []),
      acc('he said the government "has turned the prisons into parishes."', [['Fermín Castellón', 'Castellón']], [['Nicaragua', 'Nicaraguan', 'Managua']], undefined, true),
      acc('"a pattern of persecution against the Catholic Church" by Nicaraguan authorities', [['Inter-American Commission on Human Rights']], [['Nicaragua', 'Nicaraguan', 'Managua']]),
    ],
    'sanctions with a stated reason ("they hold responsible for ...") are accusations; "Nicaraguan officials", "the officials", "the nine" are state agents standing for Nicaragua (the named ones are listed only in the next sentence, whose list entry is optional with the named as targets); the asset-freeze sentence, the two companies listed "without a reason", and the US "sanctioned ... welcomed" are no claims; calling the sanctions illegal accuses the three states; the priests are unnamed (their "crimes" optional, no targets); the bishop\'s sentence states its crime (no court named: no claimants); "charges ... called unjust" rejects the accusation (denial, Holy See a country-like entity); "prisons into parishes" is figurative (optional); Canal 4 only broadcasts.',
  ),
  art(
    'h3b-wn-seimas-balloon-resolution',
    ['wikinews', 'headline', 'document-subject', 'coref-metonym', 'coref-pronoun', 'coref-description', 'title-then-name', 'helping', 'denial-phrase', 'counter-accusation', 'sanction-reason', 'hedged', 'negative', 'no-cue', 'multi-target'],
    'Lithuanian parliament declares Belarus balloon flights a "hybrid attack"',
    `Wednesday, March 4

VILNIUS (Wikinews) — Lithuania's parliament, the Seimas, on Tuesday adopted a resolution declaring that helium balloons carrying contraband cigarettes from Belarus amount to "a deliberate hybrid attack" by the regime in Minsk, after the balloons forced the closure of Vilnius International Airport on eleven nights since October.

The resolution, passed by 98 votes to 4 with 9 abstentions, states that the Belarusian authorities "knowingly tolerate and facilitate" the launches and calls on the government to keep border crossings closed to freight until they stop. It also says Minsk is acting "in coordination with the Russian Federation", but stops short of accusing Moscow of directing the campaign.

Interior Minister Rūta Kavaliauskienė told lawmakers before the vote that smuggling gangs had launched more than 900 balloons since the autumn, and that launches on this scale "could not happen without the knowledge of the Belarusian border service." Lithuanian officials believe the flights are also used to map the country's air defences, she said.

Belarus's foreign ministry spokesperson, Andrei Kuzmenich, called the resolution "another anti-Belarusian provocation" and said Vilnius was "inventing threats to justify militarising the border." He said Belarusian border guards had detained several smugglers in recent weeks and that Minsk had offered joint investigations, which Lithuania had "arrogantly ignored."

Opposition lawmaker Dainius Žemaitis, one of the four who voted against, said he did not dispute that the balloons came from Belarus, but that a parliamentary declaration "changes nothing" and the government should have acted months ago.

The European Union has previously sanctioned Belarusian officials for what it called the "instrumentalisation of migrants" at its borders with Lithuania, Latvia and Poland in 2021.

Airport operator Lietuvos oro uostai said 212 flights had been cancelled or diverted because of the balloons since October.`,
    [
      acc('Lithuanian parliament declares Belarus balloon flights a "hybrid attack"', [['Seimas', 'Lithuanian parliament', 'Lithuania', 'Lithuanian']], [['Belarus', 'Belarusian', 'Minsk']]),
      acc('amount to "a deliberate hybrid attack" by the regime in Minsk', [['Seimas', 'Lithuania', 'Lithuanian']], [['Belarus', 'Belarusian', 'Minsk']]),
      acc('states that the Belarusian authorities "knowingly tolerate and facilitate" the launches', [['Seimas', 'Lithuania', 'Lithuanian']], [['Belarus', 'Belarusian', 'Minsk']]),
      acc('It also says Minsk is acting "in coordination with the Russian Federation"', [['Seimas', 'Lithuania', 'Lithuanian']], [['Belarus', 'Belarusian', 'Minsk'], RUSSIA]),
      acc('smuggling gangs had launched more than 900 balloons since the autumn', [['Rūta Kavaliauskienė', 'Kavaliauskienė']], [], undefined, true),
      acc('"could not happen without the knowledge of the Belarusian border service."', [['Rūta Kavaliauskienė', 'Kavaliauskienė']], [['Belarus', 'Belarusian', 'Minsk']]),
      acc("Lithuanian officials believe the flights are also used to map the country's air defences", [['Lithuania', 'Lithuanian', 'Rūta Kavaliauskienė', 'Kavaliauskienė']], [], 'hedged', true),
      den('called the resolution "another anti-Belarusian provocation"', [['Andrei Kuzmenich', 'Kuzmenich']], []),
      acc('said Vilnius was "inventing threats to justify militarising the border."', [['Andrei Kuzmenich', 'Kuzmenich']], [['Lithuania', 'Lithuanian', 'Vilnius']], undefined, true),
      acc('has previously sanctioned Belarusian officials for what it called the "instrumentalisation of migrants"', [['European Union', 'EU']], [['Belarus', 'Belarusian', 'Minsk']]),
    ],
    'the Seimas adopting the resolution is the claimant (the resolution speaks for it; Lithuania accepted by affiliation); acting "in coordination with" Russia names Russia as a co-actor (both targets), but "stops short of accusing Moscow of directing" is a negated accusation (no claim); the call to keep crossings closed is a demand; the smuggling gangs are unnamed (optional); "Lithuanian officials believe" is reported by the minister, and who does the mapping is left implicit (optional, hedged, targets empty); Kuzmenich\'s "inventing threats" is a counter-accusation of fabrication (optional); the detained smugglers and the "arrogantly ignored" offer are no claims; Žemaitis "did not dispute" is no accusation; sanctioning "for what it called" gives the reason; the airport statistic is narration.',
  ),
  art(
    'h3b-wn-thai-cambodia-landmines',
    ['wikinews', 'headline', 'according-to', 'title-then-name', 'quote-after', 'coref-pronoun', 'coref-description', 'denial-verb', 'denial-phrase', 'counter-accusation', 'multi-claimant', 'hedged', 'negative', 'scattered-denial', 'cue-verb'],
    'Thailand accuses Cambodia of planting new landmines after soldier loses leg',
    `Thursday, March 5

BANGKOK (Wikinews) — The Royal Thai Army said on Wednesday that a Thai soldier lost his left leg when he stepped on a landmine during a patrol near the disputed Ta Moan Thom temple, and accused Cambodian forces of laying fresh mines in the area in breach of the Ottawa Convention, to which both countries are parties.

According to army spokesperson Colonel Prasert Thongkham, the device was a PMN-2 anti-personnel mine "in new condition, with no rust and no soil build-up," of a type the Thai military does not stock. "Somebody put this mine there in the last few weeks, and it was not us," Prasert said. Two other mines were found and defused nearby.

Cambodia's Ministry of National Defence rejected the accusation on Wednesday evening. Its spokesperson, Lieutenant General Chea Sovannary, said the mines were "remnants of decades of civil war" and that Cambodian troops "have never laid and will never lay" landmines. She accused Thai soldiers of straying off agreed patrol routes into Cambodian territory.

Thai Foreign Minister Suchada Wongsakul said Thailand would lodge a complaint with the convention's implementation support unit in Geneva and summon Cambodia's ambassador. Cambodia said it would in turn present evidence that Thai troops had fired on Cambodian positions during a clash in February in which one Cambodian soldier was killed. Each side has accused the other of starting that clash.

The Cambodian Mine Action Centre, a government agency, said the area had not been cleared since the 1990s and was likely still contaminated with mines laid by several armed factions. It did not say who laid the mines found on Wednesday.

The two countries fought a series of deadly border skirmishes near the Preah Vihear temple between 2008 and 2011. In 2013 the International Court of Justice ruled that the area immediately around Preah Vihear belongs to Cambodia.

Malaysia, which chairs the Association of Southeast Asian Nations (ASEAN) this year, urged both sides to "exercise maximum restraint."

Sources

"Thai soldier maimed by 'new' mine, army says" — Bangkok Herald, March 4`,
    [
      acc('Thailand accuses Cambodia of planting new landmines after soldier loses leg', [['Thailand', 'Thai']], [['Cambodia', 'Cambodian']]),
      acc('accused Cambodian forces of laying fresh mines in the area in breach of the Ottawa Convention', [['Royal Thai Army', 'Thailand', 'Thai']], [['Cambodia', 'Cambodian']]),
      acc('the device was a PMN-2 anti-personnel mine "in new condition, with no rust and no soil build-up," of a type the Thai military does not stock', [['Prasert Thongkham', 'Prasert', 'Thongkham']], [['Cambodia', 'Cambodian']], undefined, true),
      acc('"Somebody put this mine there in the last few weeks, and it was not us," Prasert said.', [['Prasert Thongkham', 'Prasert', 'Thongkham']], [['Cambodia', 'Cambodian']], undefined, true),
      den('and it was not us', [['Prasert Thongkham', 'Prasert', 'Thongkham']], [], undefined, true),
      den("Cambodia's Ministry of National Defence rejected the accusation on Wednesday evening.", [['Ministry of National Defence', 'Cambodia', 'Cambodian']], []),
      den('said the mines were "remnants of decades of civil war"', [['Chea Sovannary', 'Sovannary']], []),
      den('Cambodian troops "have never laid and will never lay" landmines', [['Chea Sovannary', 'Sovannary']], []),
      acc('She accused Thai soldiers of straying off agreed patrol routes into Cambodian territory.', [['Chea Sovannary', 'Sovannary']], [['Thailand', 'Thai']]),
      acc('present evidence that Thai troops had fired on Cambodian positions during a clash in February', [['Cambodia', 'Cambodian']], [['Thailand', 'Thai']]),
      acc('Each side has accused the other of starting that clash.', [['Thailand', 'Thai']], [['Cambodia', 'Cambodian']]),
      acc('Each side has accused the other of starting that clash.', [['Cambodia', 'Cambodian']], [['Thailand', 'Thai']]),
    ],
    'the Royal Thai Army speaks for Thailand (army or country accepted); the spokesperson\'s "According to" sentence states no wrong by itself but points to Cambodia (optional), and his quote both accuses an unnamed "somebody" (Cambodia by context, optional) and denies Thai involvement ("it was not us", an optional denial); "Thai soldiers", "Thai troops" and "Cambodian forces" stand for their states; "Each side has accused the other" is one accusation per side (Clarified later); the complaint and the summoning state no new wrong; the Mine Action Centre says mines were laid by unnamed factions and "did not say who laid" the new ones (no claim); the ICJ ruling, the ASEAN urging and the "Sources" headline are no claims.',
  ),
];
