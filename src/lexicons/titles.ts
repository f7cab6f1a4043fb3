import type { ActorType } from '../types/index.ts';

/**
 * Person titles and role words that precede a name. A capitalised name right after one
 * of these is a person ("Secretary of State Antony Blinken", "Judge Erick Garcia",
 * "journalist Blessed Mhlanga"). `body` is the canonical name of the agency the office
 * belongs to (used for the affiliation when that agency is in the document). A title
 * alone names no country: "Interior Minister X" gets no affiliation unless the text
 * states one.
 */
export interface PersonTitle {
  readonly title: string;
  readonly body?: string;
}

function t(titles: string, extra: Omit<PersonTitle, 'title'> = {}): readonly PersonTitle[] {
  return titles.split('|').map((title) => ({ title, ...extra }));
}

/** Capitalised titles (matched with their case as written, also in ALL CAPS headlines). */
export const PERSON_TITLES: readonly PersonTitle[] = [
  ...t('President|Vice President|Prime Minister|Deputy Prime Minister|Premier|Chancellor|Supreme Leader|Foreign Minister|Defense Minister|Defence Minister|Interior Minister|Finance Minister|Justice Minister|Minister|Deputy Minister|State Minister|Minister of State|Cabinet Secretary|Chief Secretary|Chief Executive|Vice Premier|Vice Chancellor|Crown Prince|King|Queen|Prince|Princess|Emir|Sheikh|Sultan|Ayatollah|Pope|Speaker|House Speaker|Senate Majority Leader|Senate Minority Leader|Majority Leader|Minority Leader|Press Secretary|White House Press Secretary|National Security Adviser|National Security Advisor|Ambassador|Envoy|Special Envoy|Consul|Consul General'),
  ...t('Secretary of State|Deputy Secretary of State|Assistant Secretary of State|Under Secretary of State', { body: 'Department of State' }),
  ...t('Defense Secretary|Secretary of Defense|Deputy Secretary of Defense', { body: 'Department of Defense' }),
  ...t('Homeland Security Secretary|Secretary of Homeland Security', { body: 'Department of Homeland Security' }),
  ...t('Treasury Secretary|Secretary of the Treasury|Treasury Under Secretary|Under Secretary of the Treasury', { body: 'Department of the Treasury' }),
  ...t('Commerce Secretary|Secretary of Commerce|Under Secretary of Commerce|Assistant Secretary of Commerce|Assistant Secretary for Export Enforcement', { body: 'Department of Commerce' }),
  ...t('Attorney General|Deputy Attorney General|Acting Attorney General|Associate Attorney General|Assistant Attorney General|Acting Assistant Attorney General|Principal Deputy Assistant Attorney General|Deputy Assistant Attorney General|U.S. Attorney|US Attorney|United States Attorney|Acting U.S. Attorney|Acting United States Attorney|Assistant U.S. Attorney|Assistant U.S. Attorneys|Assistant United States Attorney|Assistant United States Attorneys|Special Assistant U.S. Attorney|Trial Attorney|Trial Attorneys|Senior Trial Attorney|Senior Counsel|Special Counsel', { body: 'Department of Justice' }),
  ...t('FBI Director|Director of the FBI|FBI Deputy Director|Special Agent in Charge|Acting Special Agent in Charge|Assistant Director in Charge|Assistant Director|Special Agent|Special Agents', { body: 'Federal Bureau of Investigation' }),
  ...t('CIA Director', { body: 'Central Intelligence Agency' }),
  ...t('Director of National Intelligence'),
  ...t('Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|Senate Majority Whip|Governor|Gov.|Lt. Gov.|Lieutenant Governor|Mayor|Deputy Mayor|Lawmaker|MP|MEP|Legislator|Councillor|Councilman|Councilwoman'),
  ...t('Judge|Chief Judge|U.S. District Judge|US District Judge|United States District Judge|District Judge|Senior U.S. District Judge|Senior District Judge|U.S. Magistrate Judge|Magistrate Judge|Chief Justice|Justice|Associate Justice|Circuit Judge|Prosecutor|Chief Prosecutor|Public Prosecutor|Prosecutor General|Prosecutor-General|Procurator General|Attorney|Solicitor General|District Attorney|Inspector General|Commissioner|Police Commissioner|Police Chief|Sheriff'),
  ...t('General|Gen.|Lieutenant General|Lt. Gen.|Major General|Maj. Gen.|Brigadier General|Brig. Gen.|Colonel|Col.|Lieutenant Colonel|Lt. Col.|Major|Maj.|Captain|Capt.|Lieutenant|Lt.|Sergeant|Sgt.|Admiral|Adm.|Vice Admiral|Rear Admiral|Commander|Cmdr.|Marshal|Field Marshal|Corporal|Cpl.|Private|Pvt.|Detective|Det.|Inspector|Chief Inspector|Superintendent|Officer|Agent'),
  // ranks of armed forces and police forces written before a name ("Brigadier Tarek X", "Detective
  // Constable Mark X", "Wing Commander X"): general knowledge of ranks, not of names
  ...t('Brigadier|Brig.|Brigadier-General|Major-General|Lieutenant-General|Lieutenant-Colonel|Commodore|Air Commodore|Air Marshal|Air Vice-Marshal|Air Chief Marshal|Wing Commander|Squadron Leader|Group Captain|Flight Lieutenant|Second Lieutenant|First Lieutenant|Warrant Officer|Staff Sergeant|Master Sergeant|Sergeant Major|Petty Officer|Lance Corporal|Ensign|Constable|Police Constable|Detective Constable|Detective Sergeant|Detective Inspector|Detective Chief Inspector|Detective Superintendent|Detective Chief Superintendent|Chief Superintendent|Chief Constable|Deputy Chief Constable|Assistant Chief Constable|Police Sergeant|Police Inspector'),
  ...t('Director|Deputy Director|Director General|Director-General|Secretary General|Secretary-General|Under-Secretary-General|High Commissioner|Special Rapporteur|Chairman|Chairwoman|Chair|Chairperson|Vice Chairman|CEO|Chief Executive Officer|President and CEO|Founder|Co-founder|Executive Director|Managing Director|Spokesperson|Spokesman|Spokeswoman|Spokesmen'),
  ...t('Honorable|The Honorable|Hon.|Mme|Mme.|Mlle|M.|Herr|Frau|Señor|Señora|Mr.|Mrs.|Ms.|Miss|Mr|Mrs|Ms|Dr.|Dr|Prof.|Professor|Sir|Dame|Lord|Lady|Rev.|Reverend|Father|Sister|Brother|Imam|Rabbi|Cardinal|Bishop|Archbishop|Sheikha'),
];

/**
 * Lowercase role words that precede a name in news prose ("journalist Blessed
 * Mhlanga", "the secretary Antony Blinken", "spokesperson Zhao Lijian"). Also used
 * after a name in appositions ("Zhao Lijian, spokesperson for ...").
 */
export const ROLE_WORDS: readonly string[] = [
  'journalist', 'reporter', 'correspondent', 'editor', 'photographer', 'columnist', 'blogger', 'broadcaster',
  'lawyer', 'attorney', 'prosecutor', 'judge', 'magistrate', 'justice', 'defendant', 'plaintiff', 'witness',
  'activist', 'dissident', 'campaigner', 'politician', 'lawmaker', 'legislator', 'senator', 'congressman',
  'congresswoman', 'spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'minister', 'president', 'premier',
  'leader', 'official', 'officer', 'agent', 'analyst', 'expert', 'researcher', 'scientist', 'professor', 'student',
  'businessman', 'businesswoman', 'entrepreneur', 'executive', 'hacker', 'director', 'chairman', 'chairwoman',
  'founder', 'engineer', 'employee', 'dealer', 'exporter', 'trader', 'banker', 'diplomat', 'ambassador', 'envoy',
  'commander', 'general', 'colonel', 'soldier', 'veteran', 'governor', 'mayor', 'king', 'prince', 'cleric',
  'candidate', 'opponent', 'critic', 'economist', 'historian', 'author', 'writer', 'actor', 'singer', 'artist',
  'fiancée', 'fiancee', 'fiancé', 'wife', 'husband', 'widow', 'son', 'daughter', 'brother', 'sister', 'father',
  'mother', 'colleague', 'client', 'co-defendant', 'co-conspirator', 'accomplice', 'associate', 'victim',
  'citizen', 'national', 'resident', 'native', 'commentator', 'adviser', 'advisor', 'aide', 'deputy', 'chief',
  'head', 'boss', 'ceo', 'founder', 'owner', 'operator', 'manager', 'consultant', 'contractor', 'informant',
  'rapper', 'musician', 'player', 'coach', 'monarch', 'dictator', 'strongman', 'general-secretary', 'successor',
  'predecessor', 'rival', 'ally', 'deputy', 'aide', 'partner', 'girlfriend', 'boyfriend', 'friend', 'nephew', 'niece',
  'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter', 'spokesperson', 'lawmaker', 'defender', 'representative',
  // occupations and kin news writes in appositions ("X, a retired nurse, ...", "teacher X")
  'nurse', 'teacher', 'doctor', 'physician', 'surgeon', 'farmer', 'priest', 'pastor', 'midwife', 'lecturer', 'academic',
  'pharmacist', 'accountant', 'translator', 'interpreter', 'poet', 'novelist', 'filmmaker', 'footballer', 'athlete',
  'cyclist', 'shopkeeper', 'fisherman', 'grandmother', 'grandfather', 'stepson', 'stepdaughter', 'spouse', 'sibling',
];

/** Role words that, after a name and a comma, say the name is an organisation, with its type. */
export const ORG_APPOSITION_HEADS: readonly { readonly word: string; readonly type: ActorType }[] = [
  { word: 'company', type: 'company' }, { word: 'firm', type: 'company' }, { word: 'bank', type: 'company' },
  { word: 'airline', type: 'company' }, { word: 'carrier', type: 'company' }, { word: 'manufacturer', type: 'company' },
  { word: 'maker', type: 'company' }, { word: 'startup', type: 'company' }, { word: 'subsidiary', type: 'company' },
  { word: 'contractor', type: 'company' }, { word: 'exporter', type: 'company' }, { word: 'broadcaster', type: 'media' },
  { word: 'newspaper', type: 'media' }, { word: 'news agency', type: 'media' }, { word: 'outlet', type: 'media' },
  { word: 'group', type: 'other_org' }, { word: 'organization', type: 'other_org' },
  { word: 'organisation', type: 'other_org' }, { word: 'watchdog', type: 'other_org' }, { word: 'party', type: 'other_org' },
  { word: 'charity', type: 'other_org' }, { word: 'nonprofit', type: 'other_org' }, { word: 'non-profit', type: 'other_org' },
  { word: 'think tank', type: 'other_org' }, { word: 'university', type: 'other_org' }, { word: 'institute', type: 'other_org' },
  { word: 'agency', type: 'agency' }, { word: 'ministry', type: 'agency' }, { word: 'department', type: 'agency' },
  { word: 'business', type: 'company' }, { word: 'corporation', type: 'company' }, { word: 'conglomerate', type: 'company' },
  { word: 'retailer', type: 'company' }, { word: 'chain', type: 'company' }, { word: 'processor', type: 'company' },
  { word: 'website', type: 'media' }, { word: 'news site', type: 'media' }, { word: 'daily', type: 'media' },
  { word: 'broadcaster', type: 'media' }, { word: 'magazine', type: 'media' },
  // two-word heads whose last word is also a person's role ("the mobile operator Kyivstar")
  { word: 'mobile operator', type: 'company' }, { word: 'telecom operator', type: 'company' },
  { word: 'telecoms operator', type: 'company' }, { word: 'network operator', type: 'company' },
  { word: 'pipeline operator', type: 'company' }, { word: 'grid operator', type: 'company' },
  { word: 'satellite operator', type: 'company' }, { word: 'port operator', type: 'company' },
  { word: 'defence contractor', type: 'company' }, { word: 'defense contractor', type: 'company' },
  { word: 'security firm', type: 'company' }, { word: 'cybersecurity firm', type: 'company' },
  { word: 'rights group', type: 'other_org' }, { word: 'human rights group', type: 'other_org' },
  { word: 'advocacy group', type: 'other_org' }, { word: 'lobby group', type: 'other_org' },
  { word: 'campaign group', type: 'other_org' }, { word: 'pressure group', type: 'other_org' },
  { word: 'watchdog group', type: 'other_org' }, { word: 'opposition group', type: 'other_org' },
  { word: 'monitoring group', type: 'other_org' }, { word: 'research group', type: 'other_org' },
  // armed groups and political blocs: "X (XPF), a militia that ...", "X, a banned outfit", "the opposition X bloc"
  { word: 'militia', type: 'threat_group' }, { word: 'outfit', type: 'threat_group' },
  { word: 'rebel group', type: 'threat_group' }, { word: 'armed group', type: 'threat_group' },
  { word: 'militant group', type: 'threat_group' }, { word: 'insurgent group', type: 'threat_group' },
  { word: 'faction', type: 'other_org' }, { word: 'bloc', type: 'other_org' }, { word: 'movement', type: 'other_org' },
  { word: 'coalition', type: 'other_org' },
];

/**
 * Last words of person titles: a run of capitalised words whose last title word is
 * followed by a name gives a person, whatever the modifiers before it
 * ("Deputy Emergency Situations Minister Alexander Chupriyan", "Executive Assistant
 * Director Paul Abbate", "Presidential Spokesperson Harry Roque").
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'Minister', 'Secretary', 'Director', 'Attorney', 'Attorneys', 'Judge', 'Justice', 'Spokesperson', 'Spokesman',
  'Spokeswoman', 'Ambassador', 'President', 'Chairman', 'Chairwoman', 'Chair', 'Commissioner', 'Governor',
  'Prosecutor', 'Chief', 'Officer', 'Agent', 'Agents', 'Envoy', 'Adviser', 'Advisor', 'Premier', 'Chancellor',
  'Mayor', 'Senator', 'Representative', 'Congressman', 'Congresswoman', 'Leader', 'Speaker', 'Inspector',
  'Detective', 'Sergeant', 'Counsel', 'Administrator', 'Commander', 'General', 'Admiral', 'Colonel', 'Captain',
  'Lieutenant', 'Marshal', 'Rapporteur', 'Coordinator', 'Deputy', 'Head', 'CEO', 'Founder', 'Lawmaker', 'MP',
  'Sheriff', 'Superintendent', 'Magistrate', 'Cardinal', 'Bishop', 'Imam', 'Monarch', 'King', 'Queen', 'Prince',
  'Emir', 'Sheikh', 'Vice', 'Consul', 'Solicitor', 'Auditor', 'Comptroller', 'Ombudsman', 'Registrar',
  'Brigadier', 'Constable', 'Commodore',
]);

/** Verbs of saying and claiming: a short capitalised name right before or after one is a person ("Fu Cong blamed", "said Anto Nobilo"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'explained', 'wrote', 'writes',
  'argued', 'argues', 'asked', 'warned', 'warns', 'claimed', 'claims', 'insisted', 'responded', 'replied', 'announced',
  'announces', 'confirmed', 'declared', 'vowed', 'pledged', 'praised', 'criticized', 'criticised', 'dismissed',
  'described', 'testified', 'tweeted', 'blamed', 'blames', 'accused', 'accuses', 'denied', 'denies', 'rejected',
  'rejects', 'condemned', 'condemns', 'urged', 'urges', 'called', 'calls', 'acknowledged', 'admitted', 'recalled',
  'emphasized', 'emphasised', 'stressed', 'suggested', 'predicted', 'alleged', 'alleges', 'complained', 'countered',
]);

/**
 * Verbs of legal action and reporting whose object is a person more than anything else: a
 * short name-shaped run right after one is a person ("charges Oskel Varran with",
 * "Prosecutors say Oskel Varran wired"; a firm's name carries its suffix and is taken first).
 */
export const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'say', 'charges', 'charged', 'charging', 'accuse', 'accusing', 'indicted', 'sentenced', 'arrested', 'extradited',
  'convicted', 'detained', 'fined', 'jailed', 'deported', 'interrogated', 'questioned',
]);

/**
 * Verbs whose subject is a person: "Oskel Varran pleaded guilty", "Oskel Varran was
 * sentenced" (after "was"/"is"/"has been" for the participles).
 */
export const PERSON_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'pleaded', 'pleads', 'confessed', 'sentenced', 'arrested', 'extradited', 'convicted', 'indicted', 'detained', 'jailed', 'deported',
]);

/**
 * Frequent East Asian family names, written first ("Wang Yi", "Zhao Lijian", "Kim Jong Un",
 * "Nguyen Van An"): a run of two or three capitalised words starting with one of these is
 * a person when its other words are not ordinary words of the text.
 */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set([
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo',
  'He', 'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Tang', 'Song', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng',
  'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren',
  'Shen', 'Yao', 'Fu', 'Zhong', 'Jin', 'Cui', 'Tan', 'Fan', 'Shi', 'Xiong', 'Qin', 'Hou', 'Xue', 'Lei', 'Dai', 'Mo',
  'Kong', 'Bai', 'Qian', 'Qi', 'Mao', 'Xi', 'Hua', 'Geng', 'Mak', 'Lam', 'Chan', 'Wong', 'Leung', 'Cheung', 'Ng',
  'Kwok', 'Yip', 'Tsang', 'Fung', 'Lau', 'Chow', 'Lai', 'Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang',
  'Lim', 'Moon', 'Nguyen', 'Tran', 'Pham', 'Hoang', 'Phan', 'Vu', 'Dang', 'Bui', 'Ngo', 'Duong', 'Ly',
]);

/**
 * Role words of office: in "<body> <role> <Name>" the body is the person's affiliation
 * ("ASIO chief Mike Burgess", "Indian foreign ministry spokesperson Randhir Jaiswal").
 * Personal roles ("fiancée", "journalist") are not here: "Turkish fiancée X" states a
 * nationality, not whom X speaks for.
 */
export const OFFICE_ROLE_WORDS: ReadonlySet<string> = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'minister', 'secretary', 'chief', 'head', 'director', 'official',
  'officer', 'agent', 'ambassador', 'envoy', 'diplomat', 'commander', 'general', 'president', 'premier', 'leader',
  'prosecutor', 'judge', 'lawmaker', 'senator', 'governor', 'mayor', 'adviser', 'advisor', 'aide', 'deputy',
  'representative', 'chairman', 'chairwoman', 'executive', 'ceo', 'boss', 'investigator', 'negotiator',
]);

/**
 * Nouns for one unnamed person that an alias can introduce: "a person known only as
 * 'Hacker 3'", "a boy identified only as Ivan", "a suspect identified as 'John Doe 2'",
 * "an individual referred to as CC-1" ("a group known as X" is a threat group: threat-groups.ts).
 */
export const ALIAS_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'person', 'individual', 'man', 'woman', 'boy', 'girl', 'child', 'hacker', 'suspect', 'defendant',
  'co-conspirator', 'conspirator', 'accomplice', 'informant', 'victim', 'officer', 'agent', 'user',
  'teenager', 'soldier', 'resident', 'national', 'citizen', 'student', 'employee', 'official', 'source',
]);

/** Participles that introduce such an alias, before an optional "only" and "as". */
export const ALIAS_INTRO_VERBS: ReadonlySet<string> = new Set(['known', 'identified', 'referred', 'named', 'called', 'described']);
