import { claim, type ClaimCase, type ExpectedClaim } from './generality.cases.ts';
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

void ARTICLE_TAGS;

const acc = claim('accusation');
const den = claim('denial');
const art = (id: string, tags: readonly ArticleTag[], headline: string, text: string, claims: readonly ExpectedClaim[], note?: string): ClaimCase => ({
  id,
  tags,
  headline,
  text,
  claims,
  ...(note ? { note } : {}),
});

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
    ['doj', 'narration-leadin', 'according-to', 'document-subject', 'hedged', 'coref-description', 'coref-pronoun', 'quote-paragraph', 'title-then-name', 'denial-phrase', 'passive', 'unnamed-claimant', 'headline', 'negative', 'multi-target'],
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
    ['doj', 'conviction', 'according-to', 'coref-description', 'coref-pronoun', 'quote-runon', 'title-then-name', 'denial-phrase', 'passive', 'unnamed-claimant', 'headline', 'negative', 'multi-target', 'no-cue'],
    'Former Ship-Repair Executive Sentenced to Nine Years for Bribing Navy Supply Officers',
    `U.S. Attorney's Office, Southern District of California

SAN DIEGO – The former vice president of a Virginia-based ship maintenance contractor was sentenced today to nine years in federal prison for bribing U.S. Navy supply officers with cash, luxury hotel stays and concert tickets in exchange for steering more than $60 million in repair work to his employer.

U.S. District Judge Anita Ramaswamy also ordered Gerald Voss, 63, of Chesapeake, Virginia, to forfeit $4.2 million and to pay $11.7 million in restitution to the Navy. A jury convicted Voss in October of bribery, conspiracy and honest services wire fraud after a four-week trial.

According to court documents and trial testimony, between 2017 and 2021 Voss paid at least three Navy logistics officers, including Lieutenant Commander Shane Delacroix and Chief Petty Officer Marisol Fenwick, to pass him internal cost estimates and to approve inflated invoices for hull and propulsion repairs at the Navy's facilities in San Diego and Norfolk. The payments were disguised as "consulting fees" to a landscaping business owned by Delacroix's brother-in-law.

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
      acc('According to court documents and trial testimony, between 2017 and 2021 Voss paid at least three Navy logistics officers', [], [['Gerald Voss', 'Voss'], ['Shane Delacroix', 'Delacroix'], ['Marisol Fenwick', 'Fenwick']]),
      acc("Gerald Voss treated the Navy's maintenance budget as his personal piggy bank and corrupted the very officers entrusted to protect it", [['Tamsin Alvarado', 'Alvarado']], [['Gerald Voss', 'Voss']]),
      acc('Every dollar he skimmed was a dollar not spent keeping sailors safe at sea.', [['Tamsin Alvarado', 'Alvarado']], [['Gerald Voss', 'Voss']], undefined, true),
      den('arguing that her client had been "scapegoated" for practices that were "common and tolerated across the industry."', [['Patricia Lindgren-Moss', 'Lindgren-Moss']], []),
      den('told the court he "never intended to hurt the Navy or anyone serving in it."', [['Gerald Voss', 'Voss']], [], undefined, true),
      acc('saying the evidence had shown "a sustained, deliberate and greedy scheme" that lasted four years', [['Anita Ramaswamy', 'Ramaswamy']], [['Gerald Voss', 'Voss']]),
    ],
    '"The former vice president" is Voss (named in the next sentence); the sentence states its crime (like a conviction, no named court: no claimants); the forfeiture order, the pleas, the bare sentences of Delacroix and Fenwick, the civil settlement without a stated allegation and the NCIS line are no claims; the officers paid to do wrong are co-targets (hired doers); the payments-disguised sentence is narration (no attribution of its own); the judge\'s finding is an accusation (set 2 decision); Voss\'s "never intended" denies intent only (optional); asking for a lighter sentence is a demand.',
  ),
  // ───────────────────────────── VOA-style international stories ─────────────────────────────
  art(
    'h3b-voa-guyana-border-incursion',
    ['voa', 'no-cue', 'headline', 'title-then-name', 'quote-before', 'coref-metonym', 'coref-pronoun', 'state-media', 'denial-phrase', 'denial-verb', 'counter-accusation', 'hedged', 'negative', 'cue-verb'],
    'Guyana says Venezuelan soldiers crossed border, fired on gold-mining camp',
    `GEORGETOWN, GUYANA — Guyana’s government said Wednesday that a group of Venezuelan soldiers crossed the Cuyuni River into Guyanese territory and fired on a gold-mining camp, wounding two workers, in what officials called the most serious violation of the country’s border in more than a year.

The country’s foreign minister, speaking at a news conference in the capital, said about 15 uniformed men arrived in two boats shortly after dawn on Tuesday and ordered the miners off the riverbank before opening fire. “They came armed, they came in uniform, and they came knowing exactly which side of the river they were on,” the minister said.

Foreign Minister Roxanne Pereira-Ali said Guyana had delivered a formal protest note to Caracas and briefed the Organization of American States and the U.N. Security Council. She said her government “will not be intimidated into surrendering a single square mile.”

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
    ['voa', 'headline', 'title-then-name', 'quote-paragraph', 'coref-metonym', 'coref-pronoun', 'counter-accusation', 'hedged', 'denial-phrase', 'condemn', 'helping', 'unnamed-claimant', 'two-claims', 'negative', 'scattered-denial', 'multi-target', 'no-cue'],
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
];
