import type { OrgEntry } from './types.ts';
import type { Anchor } from '../nlp/regex.ts';

function tg(name: string, aliases: string, country?: string, exactCase = ''): OrgEntry {
  const list = (s: string): readonly string[] => (s === '' ? [] : s.split('|'));
  return { name, type: 'threat_group', aliases: list(aliases), ...(country ? { country } : {}), exactCase: list(exactCase) };
}

/**
 * Named hacker, criminal and militant groups (general knowledge). The country is the
 * state a group is publicly linked to; it is NOT used as a stated affiliation.
 */
export const THREAT_GROUPS: readonly OrgEntry[] = [
  tg('Lazarus Group', 'Lazarus|Hidden Cobra|Guardians of Peace', 'North Korea'),
  tg('Kimsuky', 'Velvet Chollima|Thallium', 'North Korea'),
  tg('Andariel', 'Silent Chollima', 'North Korea'),
  tg('BlueNoroff', 'APT38|Stardust Chollima', 'North Korea'),
  tg('Hafnium', 'Silk Typhoon', 'China'),
  tg('Fancy Bear', 'APT28|Sofacy|Sednit|Strontium|Forest Blizzard|Pawn Storm', 'Russia'),
  tg('Cozy Bear', 'APT29|Nobelium|The Dukes|Midnight Blizzard', 'Russia'),
  tg('Sandworm', 'Sandworm Team|Voodoo Bear|Seashell Blizzard|Unit 74455', 'Russia'),
  tg('Turla', 'Venomous Bear|Secret Blizzard', 'Russia'),
  tg('Gamaredon', 'Primitive Bear|Aqua Blizzard', 'Russia'),
  tg('Equation Group', ''),
  tg('Shadow Brokers', 'The Shadow Brokers'),
  tg('Charming Kitten', 'APT35|Phosphorus|Mint Sandstorm', 'Iran'),
  tg('OilRig', 'APT34|Helix Kitten', 'Iran'),
  tg('MuddyWater', 'Static Kitten|Mango Sandstorm', 'Iran'),
  tg('Volt Typhoon', 'Bronze Silhouette', 'China'),
  tg('Salt Typhoon', '', 'China'),
  tg('Winnti', 'APT41|Wicked Panda|Barium|Double Dragon', 'China'),
  tg('Scattered Spider', 'UNC3944|Octo Tempest'),
  tg('Lapsus$', 'LAPSUS$|Lapsus'),
  tg('REvil', 'Sodinokibi'),
  tg('DarkSide', ''),
  tg('Conti', ''),
  tg('LockBit', ''),
  tg('BlackCat', 'ALPHV'),
  tg('Cl0p', 'Clop|TA505'),
  tg('Ryuk', ''),
  tg('Black Basta', ''),
  tg('BlackMatter', ''),
  tg('Ragnar Locker', 'RagnarLocker'),
  tg('Vice Society', ''),
  tg('Rhysida', ''),
  tg('BlackSuit', ''),
  tg('RansomHub', ''),
  tg('Maze', ''),
  tg('Evil Corp', ''),
  tg('Anonymous', ''),
  tg('Killnet', ''),
  tg('Ghostwriter', 'UNC1151'),
  tg('Cyber Army of Russia', ''),
  tg('Hezbollah', 'Hizbollah|Hizballah'),
  tg('Hamas', 'Harakat al-Muqawama al-Islamiya'),
  tg('Palestinian Islamic Jihad', 'Islamic Jihad'),
  tg('Houthis', 'Houthi|Ansar Allah|Ansarallah|Houthi rebels|Houthi movement'),
  tg('Islamic State', 'ISIS|ISIL|Daesh|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria'),
  tg('al-Qaeda', 'Al-Qaeda|al Qaeda|Al Qaeda|al-Qaida|Al-Qaida|al Qaida'),
  tg('Taliban', 'the Taliban'),
  tg('Boko Haram', ''),
  tg('al-Shabaab', 'Al-Shabaab|al Shabaab|Al Shabaab|al-Shabab|Al-Shabab'),
  tg("Kurdistan Workers' Party", 'PKK|Kurdistan Workers Party'),
  tg("People's Protection Units", 'YPG|Peoples Protection Units'),
  tg('Syrian Democratic Forces', 'SDF'),
  tg('Wagner Group', 'Wagner|PMC Wagner'),
  tg('Kataib Hezbollah', "Kata'ib Hezbollah"),
  tg('Hayat Tahrir al-Sham', 'HTS'),
  tg('Lashkar-e-Taiba', 'LeT'),
  tg('Jaish-e-Mohammed', 'JeM'),
  tg('Popular Mobilization Forces', 'PMF|Popular Mobilisation Forces|Hashd al-Shaabi'),
  // armed and criminal groups of other regions (general knowledge, not from any article)
  tg('Revolutionary Armed Forces of Colombia', 'FARC|FARC-EP', 'Colombia'),
  tg('ELN', 'National Liberation Army of Colombia|Ejército de Liberación Nacional', 'Colombia', 'ELN'),
  tg('Clan del Golfo', 'Gulf Clan', 'Colombia'),
  tg('Sinaloa Cartel', '', 'Mexico'),
  tg('Jalisco New Generation Cartel', 'CJNG', 'Mexico'),
  tg('Tren de Aragua', '', 'Venezuela'),
  tg('MS-13', 'Mara Salvatrucha'),
  tg('Tehrik-i-Taliban Pakistan', 'TTP|Pakistani Taliban|Tehreek-e-Taliban Pakistan', 'Pakistan'),
  tg('Baloch Liberation Army', 'BLA', 'Pakistan', 'BLA'),
  tg('Islamic State Khorasan Province', 'ISIS-K|ISKP|IS-K', 'Afghanistan'),
  tg('Islamic State West Africa Province', 'ISWAP', 'Nigeria'),
  tg('Jama\'at Nusrat al-Islam wal-Muslimin', 'JNIM', 'Mali'),
  tg('M23', 'March 23 Movement', 'Democratic Republic of the Congo', 'M23'),
  tg('Proud Boys', ''),
  tg('Oath Keepers', ''),
  tg('Shining Path', 'Sendero Luminoso', 'Peru'),
  tg('Africa Corps', '', 'Russia'),
  tg('Mustang Panda', '', 'China'),
  tg('Storm-0558', '', 'China'),
];

/**
 * Naming patterns of threat groups (regex sources, applied to the cleaned text).
 * Each must match the whole name; `group` 0 is the name.
 * "APT 40" is a name, and the figures extractor treats these spans as names too.
 */
export interface ThreatPattern {
  readonly id: string;
  readonly source: string;
  /** A word every match contains, if any: texts without it skip the regex (speed). */
  readonly requires?: string;
  /** Where every match starts, read off the literals it holds (see anchoredMatches): the pattern is tried only there (speed; the same matches). */
  readonly anchor?: Anchor;
}

/** The prefixes of vendors' numbered names: Mandiant's UNC2452, Proofpoint's TA505, FIN7, Microsoft's DEV-0537 and Storm-0558, Recorded Future's TAG-22. */
const VENDOR_NUMBER_PREFIXES: readonly string[] = ['UNC', 'TA', 'FIN', 'DEV-', 'Storm-', 'TAG-'];

/** Vendor naming schemes: CrowdStrike animals, Microsoft weather, Mandiant/Proofpoint numbers. */
export const THREAT_NAME_SUFFIXES: readonly string[] = [
  'Panda', 'Bear', 'Kitten', 'Chollima', 'Spider', 'Jackal', 'Buffalo', 'Tiger', 'Leopard', 'Crane',
  'Typhoon', 'Tempest', 'Sleet', 'Blizzard', 'Sandstorm', 'Hail', 'Tsunami', 'Cyclone', 'Flood', 'Dust', 'Rain',
];

export const THREAT_PATTERNS: readonly ThreatPattern[] = [
  { id: 'apt-number', requires: 'APT', source: String.raw`\bAPT[ -]?\d{1,3}\b` },
  { id: 'advanced-persistent-threat-number', requires: 'Advanced Persistent Threat', source: String.raw`\bAdvanced Persistent Threat[ -]?\d{1,3}\b` },
  { id: 'vendor-number', anchor: { literals: VENDOR_NUMBER_PREFIXES, before: [], atLiteral: true }, source: String.raw`\b(?:${VENDOR_NUMBER_PREFIXES.join('|')})\d{2,4}\b` },
  {
    id: 'vendor-animal-weather',
    source: String.raw`\b[A-Z][a-z]+ (?:${THREAT_NAME_SUFFIXES.join('|')})\b`,
  },
];

/** Words that, after a capitalised name, say it names a group: "the REvil ransomware gang". */
export const THREAT_GROUP_HEADS: readonly string[] = [
  'ransomware gang', 'ransomware group', 'ransomware operation', 'ransomware cartel', 'hacking group',
  'hacker group', 'hackers group', 'hacking collective', 'hacker collective', 'cybercrime group',
  'cybercriminal group', 'cyber-espionage group', 'cyberespionage group', 'espionage group', 'threat group',
  'threat actor', 'APT group', 'militant group', 'militia', 'rebel group', 'terrorist group', 'armed group',
  'gang', 'cartel', 'crime ring', 'hacking ring', 'syndicate', 'guerrilla group', 'guerrilla movement', 'guerrillas',
  'insurgent group', 'insurgents', 'jihadist group', 'extremist group', 'paramilitary group', 'rebels', 'militants',
  'ransomware crew', 'hacking crew', 'hacker crew', 'extortion group', 'extortion gang', 'spy group', 'spying group',
];

/** Phrases that introduce a group's name: "the group called Hafnium", "a group known as X". */
export const THREAT_GROUP_INTROS: readonly string[] = [
  'group called', 'group named', 'group known as', 'gang called', 'gang known as', 'group dubbed',
  'hackers known as', 'hackers called', 'collective known as', 'group, known as', 'group, called',
  // how threat researchers name what they follow: "the extortion operation known as X", "a
  // group they track as X", "a crew that calls itself X" (not "the flaw, tracked as CVE-..." nor
  // "the charity, which calls itself X": a group word comes first)
  'operation known as', 'operation called', 'crew known as', 'crew called', 'actor known as', 'gang, known as',
  'operation, known as', 'group they track as', 'group it tracks as', 'group tracked as', 'group, tracked as',
  'actor tracked as', 'cluster tracked as', 'group that calls itself', 'crew that calls itself', 'gang that calls itself',
  'group calling itself', 'crew calling itself', 'gang calling itself', 'persona calling itself', 'collective calling itself',
];
