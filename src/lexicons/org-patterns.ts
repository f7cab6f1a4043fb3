import type { OrgSuffixEntry } from './types.ts';
import type { ActorType } from '../types/index.ts';
import type { Anchor } from '../nlp/regex.ts';

/**
 * Words that, as the LAST word of a capitalised name, say what kind of body it is:
 * "Mabna Institute" -> other_org, "Falinoos Company" -> company, "High Court" -> agency.
 */
function s(words: string, type: ActorType): readonly OrgSuffixEntry[] {
  return words.split('|').map((word) => ({ word, type }));
}

export const ORG_SUFFIXES: readonly OrgSuffixEntry[] = [
  ...s('Inc|Inc.|Incorporated|Corp|Corp.|Corporation|Ltd|Ltd.|Limited|LLC|L.L.C.|LLP|PLC|plc|Plc|Co.|Co|Company|Companies|Brokerage|GmbH|AG|S.A.|SA|N.V.|NV|B.V.|S.p.A.|Pty|Pte|Bhd|Berhad|Ltda|Ltda.|FZE|FZCO|FZC|DMCC|SARL|SAS|SRL|Srl|SpA|Oy|Oyj|ASA|AB|JSC|PJSC|OJSC|CJSC|OOO|Tbk|Kft|Holdings|Holding|Bank|Banking|Airlines|Airways|Air|Technologies|Technology|Systems|Industries|Enterprises|Enterprise|Partners|Capital|Securities|Investments|Trading|Electronics|Motors|Pharmaceuticals|Pharma|Telecom|Telecommunications|Communications|Networks|Software|Labs|Laboratories|Solutions|Services|Shipping|Petroleum|Oil|Gas|Energy|Mining|Aerospace|Group|Consulting|Ventures|Club', 'company'),
  ...s('Ministry|Department|Agency|Office|Bureau|Court|Commission|Committee|Council|Police|Directorate|Administration|Authority|Parliament|Senate|Congress|Assembly|Tribunal|Army|Navy|Forces|Command|Guard|Guards|Corps|Procuracy|Prosecutor|Inspectorate|Secretariat|Cabinet|Legislature|Judiciary|Service|Division|Section|Unit|Embassy|Consulate|Mission|Municipality|Prefecture|Gendarmerie|Constabulary|Coast Guard|Customs|Task Force|Board|Offices|Agencies|Ministries|Departments|Commissions|Courts|Divisions|Sections|Units|Bureaus|Prosecution|Procuratorate|Prosecutors|Force|Squad|Brigade|Regiment|Battalion|Cell|Branch', 'agency'),
  ...s('Cartel|Gang|Mafia|Militia|Militias', 'threat_group'),
  ...s('University|College|School|Institute|Institution|Foundation|Association|Party|Union|Federation|Society|Centre|Center|Fund|Trust|Coalition|Alliance|Movement|Front|Organization|Organisation|Watch|International|Church|League|Initiative|Project|Academy|Chamber|Forum|Caucus|Campaign|Guild|Syndicate|Brotherhood|Institutes|Hospital|Clinic|Museum|Orchestra|House', 'other_org'),
  ...s('Times|Post|News|Journal|Herald|Tribune|Gazette|Television|TV|Radio|Broadcasting|Press|Daily|Magazine|Weekly|Chronicle|Telegraph|Channel|Media|Examiner|Inquirer|Dispatch|Courier', 'media'),
];

/**
 * Newspaper words that name an outlet only after a place ("the Kisumu Star", "the Harare
 * Mirror", "the Accra Sentinel"); elsewhere they are ordinary names ("Gold Star", "Election
 * Monitor", "Microsoft Sentinel").
 */
export const PLACE_MEDIA_WORDS: ReadonlySet<string> = new Set(['Star', 'Mirror', 'Sentinel', 'Observer', 'Monitor', 'Globe', 'Bulletin', 'Sun']);

/**
 * Industry words closing a firm's name ("Brentmoor Logistics", "Clearview AI"); unlike
 * ORG_SUFFIXES they count only after coined words ("Generative AI", "Ministry of the Armed
 * Forces Logistics" name no firm), see names.ts industryFirm.
 */
export const INDUSTRY_SUFFIXES: ReadonlySet<string> = new Set(['Logistics', 'AI', 'Robotics', 'Analytics', 'Biotech', 'Therapeutics', 'Semiconductor', 'Semiconductors', 'Chemicals', 'Dynamics', 'Freight']);

/** Heads that open a name and take "of ...": "Ministry of State Security", "University of Tehran". */
export const ORG_PREFIXES: readonly OrgSuffixEntry[] = [
  ...s('Ministry|Department|Office|Bureau|Court|Council|Commission|Committee|Embassy|Consulate|Directorate|Administration|Agency|Service|House|Chamber|Federal Court|Supreme Court|High Court|Court of Appeal|Court of Appeals|Secretary', 'agency'),
  ...s('University|Institute|Academy|Association|Federation|Society|Union|League|Party|Bank', 'other_org'),
  // movements and fronts named by their aim: "Front for the Renewal of X", "Movement for
  // Fair Wages", "Centre for Coastal Studies"
  ...s('Alliance|Front|Movement|Coalition|Centre|Center|Foundation|Organization|Organisation|Network|Forum', 'other_org'),
  ...s('District|Government', 'agency'),
];

/** Capitalised words after a body's name that make the phrase a building or place ("Legislative Council Complex"). */
export const BUILDING_WORDS: ReadonlySet<string> = new Set([
  'Complex', 'Building', 'Buildings', 'Tower', 'Towers', 'Headquarters', 'Compound', 'Square', 'Hall', 'Plaza',
  'Station', 'Airport', 'Bridge', 'Stadium', 'Arena', 'Centre', 'Center', 'Campus', 'Street', 'Avenue', 'Road',
]);

/**
 * Last words of geographic names: a capitalised run ending in one is a place, never an
 * actor ("Second Thomas Shoal", "Strait of Hormuz", "Gaza Strip", "Idlib Province").
 */
export const PLACE_END_WORDS: ReadonlySet<string> = new Set([
  'Avenue', 'Street', 'Road', 'Boulevard', 'Square', 'Lane', 'Prospekt', 'Highway', 'Bridge', 'Shoal', 'Reef', 'Reefs',
  'Island', 'Islands', 'Strait', 'Straits', 'Sea', 'Bay', 'Gulf', 'River', 'Lake', 'Mountain', 'Mountains', 'Peninsula',
  'Desert', 'Canal', 'Valley', 'Strip', 'Oblast', 'Governorate', 'Province', 'Coast', 'Heights', 'Plateau',
]);

/**
 * A web address used as an outlet's name ("the news site oe24.at reported", "according to
 * Meduza.io"): dotted name parts ending in one of these top-level domains. Only taken as
 * media with a reporting context (see MEDIA_REPORT_VERBS and MEDIA_HEAD_NOUNS in
 * media.ts): a bare web address is a platform, not an actor.
 */
export const WEB_TLDS: ReadonlySet<string> = new Set(
  ('com net org info news tv io ru ua at de ch fr it es pl cz sk hu ro bg rs hr ba ge am az kz kg uz by lt lv ee fi se no ' +
    'dk nl be pt gr tr il ir in pk bd lk np af cn hk tw jp kr sg my id ph th vn au nz za ng ke gh ug tz et eg ma dz tn ly ' +
    'br ar cl co pe ve ec bo mx cu ca us uk ie').split(' '),
);

/** Single capitalised words that name a country's institution when used alone ("Parliament voted"). */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(['Parliament', 'Senate', 'Congress', 'Duma', 'Knesset', 'Bundestag', 'Majlis']);

/**
 * Single capitalised body words that, right after a country's name or adjective, name
 * that country's body: "the Pakistan Army", "the Chinese Embassy", "a former member of
 * the U.S. Cabinet", "American University". (Bodies with a longer name, "Indian Air
 * Force", are found by their suffix; "Parliament" alone is an INSTITUTION_WORD.)
 */
export const COUNTRY_BODY_WORDS: ReadonlyMap<string, ActorType> = new Map<string, ActorType>([
  ['Army', 'agency'], ['Navy', 'agency'], ['Police', 'agency'], ['Cabinet', 'agency'], ['Embassy', 'agency'],
  ['Consulate', 'agency'], ['Judiciary', 'agency'], ['Legislature', 'agency'], ['Gendarmerie', 'agency'],
  ['University', 'other_org'], ['Church', 'other_org'],
  ['Airlines', 'company'], ['Airways', 'company'], ['Railways', 'company'],
]);

/**
 * Plural kinds before a list of names ("retailers including A, B and C", "outlets such as
 * X and Y"): each unclassified name in the list is of that kind.
 */
export const LIST_KIND_NOUNS: ReadonlyMap<string, ActorType> = new Map<string, ActorType>([
  ...'companies firms retailers banks businesses brands chains stores merchants manufacturers makers carriers airlines insurers lenders automakers corporations conglomerates contractors suppliers processors exchanges startups'
    .split(' ').map((w): [string, ActorType] => [w, 'company']),
  ...'newspapers outlets broadcasters publications dailies tabloids'.split(' ').map((w): [string, ActorType] => [w, 'media']),
  ...'universities charities nonprofits foundations parties unions ngos'.split(' ').map((w): [string, ActorType] => [w, 'other_org']),
]);

/** Lowercase heads after a country adjective that name a ministry: "the Indian foreign ministry". */
export const MINISTRY_WORDS: ReadonlySet<string> = new Set(['ministry', 'foreign', 'defence', 'defense', 'interior', 'finance', 'justice', 'health', 'education', 'information', 'trade', 'economy', 'energy', 'environment', 'culture', 'labour', 'labor', 'transport', 'agriculture', 'emergencies', 'emergency']);

/** Words that never make a capitalised phrase an actor on their own (headline caps, sentence starts). */
export const NAME_STOPWORDS: readonly string[] = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her',
  'Their', 'Our', 'My', 'Your', 'In', 'On', 'At', 'For', 'From', 'By', 'With', 'Of', 'To', 'And', 'But', 'Or', 'As',
  'After', 'Before', 'During', 'Since', 'Until', 'While', 'When', 'Where', 'Why', 'How', 'What', 'Who', 'Which',
  'If', 'Although', 'Though', 'Because', 'Also', 'However', 'Meanwhile', 'Today', 'Yesterday', 'Tomorrow', 'Now',
  'Then', 'There', 'Here', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Every', 'No', 'Not', 'One', 'Two',
  'Three', 'According', 'Under', 'Over', 'About', 'Against', 'Among', 'Between', 'Through', 'Into', 'Despite',
  'Following', 'Including', 'Last', 'Next', 'First', 'Second', 'Third', 'Other', 'Another', 'Such', 'Mr', 'Mrs',
  'Ms', 'Dr', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb',
  'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Updated', 'Read', 'See', 'Click',
  'Photo', 'Video', 'Image', 'Source', 'Sources', 'Related', 'More', 'Share', 'Background', 'Overview', 'Summary',
  'Later', 'Earlier', 'Still', 'Yet', 'Instead', 'Otherwise', 'Thus', 'Hence', 'Therefore', 'Moreover', 'Furthermore',
  'Separately', 'Additionally', 'Finally', 'Nevertheless', 'Nonetheless', 'Indeed', 'Again', 'Once', 'Soon', 'Even',
  'Only', 'Just', 'So', 'Too', 'Asked', 'Given', 'Without', 'Unlike', 'Like', 'Besides', 'Beyond', 'Around', 'Amid',
  'Across', 'Along', 'Toward', 'Towards', 'Upon', 'Via', 'Per', 'Whether', 'Unless', 'Whatever', 'Whoever', 'Both',
  'Either', 'Neither', 'Few', 'Several', 'Much', 'Less', 'Fewer', 'Any', 'None', 'Nobody', 'Everyone', 'Someone',
  'Anyone', 'Everything', 'Nothing', 'Something', 'Please', 'Yes', 'Thanks', 'Hello', 'Dear', 'Above', 'Below',
  'Inside', 'Outside', 'Within', 'Toward', 'Ahead', 'Behind', 'Near', 'Off', 'Out', 'Up', 'Down', 'Back', 'Away',
];

/**
 * Patterns of agency names that run over lowercase words or a place name, which the
 * capitalised-run rules would cut: US prosecutors' offices and federal courts named by
 * their district ("U.S. Attorney's Office for the Southern District of New York",
 * "Eastern District of Virginia", "U.S. District Court for the District of Columbia").
 * `alias` is the named group kept as an extra alias (the district alone).
 */
export interface AgencyPattern {
  readonly id: string;
  readonly source: string;
  readonly country: string;
  /** A word every match contains: texts without it skip the regex (speed). */
  readonly requires: string;
  /**
   * Where every match starts, read off a literal it holds (see anchoredMatches): the pattern is
   * tried only there instead of at every position of the text (speed; the same matches). The
   * anchor's literals then gate the text, and `requires` is not read (TextScan).
   */
  readonly anchor?: Anchor;
  /** The parent body (default "Department of Justice"); null: none. */
  readonly parent?: string | null;
  /** Canonical name built from the named groups (default: the match as written). */
  readonly canonical?: (groups: Readonly<Record<string, string | undefined>>) => string;
  /**
   * The body's country is named right before the match ("the U.S. Mission to the United
   * Nations", "Russia's Mission to NATO"): it opens the name (a possessive stays outside) and
   * is the affiliation; a match with no country there is dropped.
   */
  readonly leadCountry?: boolean;
  /** A match written in lowercase needs "the" right before ("the state of New York", not "the southern state of Utah"). */
  readonly lowerNeedsThe?: boolean;
  /** Words right before a match that make it a place, not an actor ("in the State of Ohio"). */
  readonly notAfter?: ReadonlySet<string>;
}

/** "in the State of Ohio", "Secretary of State of Georgia": a place, or part of a title. */
const STATE_NOT_AFTER: ReadonlySet<string> = new Set(['in', 'across', 'throughout', 'within', 'outside', 'near', 'of', 'around', 'inside']);

/** US states, the District of Columbia and territories (federal judicial districts are named after them). */
export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Columbia', 'Puerto Rico', 'Guam',
  'the Virgin Islands', 'the Northern Mariana Islands',
];

/** The words that may open a federal judicial district's name ("Southern District of New York"). */
const DISTRICT_SIDES: readonly string[] = ['Northern', 'Southern', 'Eastern', 'Western', 'Middle', 'Central'];
/** How "United States" is written before a federal body, word by word ("U.S. Attorney", "United States District Court"). */
const US_FORMS: readonly (readonly string[])[] = [['U.S.'], ['US'], ['United', 'States']];
/** Word sequences as a regex alternation, the words of one joined by whitespace. */
const wordsSource = (forms: readonly (readonly string[])[]): string => forms.map((f) => f.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(String.raw`\s+`)).join('|');
const DISTRICT = String.raw`(?<district>(?:(?:${wordsSource(DISTRICT_SIDES.map((w) => [w]))})\s+)?District\s+of\s+(?:${US_STATES.map((x) => x.replace(/ /g, '\\s+')).join('|')}))\b`;
const US = `(?:${wordsSource(US_FORMS)})`;
/** Kinds of federal court named with a district ("U.S. District Court for the District of Columbia"), and without. */
const DISTRICT_COURTS: readonly string[] = ['District', 'Bankruptcy'];
const FEDERAL_COURTS: readonly string[] = [...DISTRICT_COURTS, 'Appeals'];
/** Each US form followed by each of `words` (the court kinds before "Court"). */
const usThen = (words: readonly string[]): (readonly string[])[] => US_FORMS.flatMap((f) => words.map((w) => [...f, w]));

export const AGENCY_PATTERNS: readonly AgencyPattern[] = [
  { id: 'us-attorney-office-district', requires: 'Attorney', anchor: { literals: ['Attorney'], before: US_FORMS, atLiteral: false }, source: String.raw`\b${US}\s+Attorney(?:['’]s|s)?\s+Offices?\s+(?:for|of|in)\s+(?:the\s+)?${DISTRICT}`, country: 'United States' },
  { id: 'us-court-district', requires: 'Court', anchor: { literals: ['Court'], before: usThen(DISTRICT_COURTS), atLiteral: false }, source: String.raw`\b${US}\s+(?:${DISTRICT_COURTS.join('|')})\s+Court\s+(?:for|of|in)\s+(?:the\s+)?${DISTRICT}`, country: 'United States' },
  { id: 'us-attorney-office', requires: 'Attorney', anchor: { literals: ['Attorney'], before: US_FORMS, atLiteral: false }, source: String.raw`\b${US}\s+Attorney(?:['’]s|s)?\s+Offices?\b`, country: 'United States' },
  { id: 'us-court', requires: 'Court', anchor: { literals: ['Court'], before: usThen(FEDERAL_COURTS), atLiteral: false }, source: String.raw`\b${US}\s+(?:${FEDERAL_COURTS.join('|')})\s+Court\b`, country: 'United States' },
  { id: 'district', requires: 'District', anchor: { literals: ['District'], before: DISTRICT_SIDES.map((w) => [w]), atLiteral: true }, source: String.raw`\b${DISTRICT}`, country: 'United States' },
  // a state's mission to an international organisation, its country named before it: "the
  // U.S. Mission to the United Nations", "Russia's Permanent Mission to NATO"
  {
    id: 'mission-to-organisation', requires: 'Mission', country: '', parent: null, leadCountry: true,
    source: String.raw`\b(?:Permanent\s+)?Mission\s+to\s+(?:the\s+)?(?:United\s+Nations|UN|U\.N\.|European\s+Union|EU|NATO|OSCE|African\s+Union|World\s+Trade\s+Organization|WTO|Organization\s+of\s+American\s+States|OAS|IAEA)\b(?:\s+in\s+(?:Geneva|New\s+York|Vienna|Brussels|Nairobi))?`,
  },
  // a US state as a party (GUIDELINES: "forfeiture claims by ... the state of New York"):
  // "the State of Hawaii", "the Commonwealth of Virginia"
  {
    id: 'us-state', requires: 'of', source: String.raw`\b(?<kind>[Ss]tate|Commonwealth)\s+of\s+(?<short>${US_STATES.slice(0, 50).map((x) => x.replace(/ /g, '\\s+')).join('|')})\b`, country: 'United States',
    parent: null, notAfter: STATE_NOT_AFTER, lowerNeedsThe: true,
    canonical: (g) => `${g['kind'] === 'Commonwealth' ? 'Commonwealth' : 'State'} of ${(g['short'] ?? '').replace(/\s+/g, ' ')}`,
  },
];
