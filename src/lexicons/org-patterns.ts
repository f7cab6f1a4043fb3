import type { OrgSuffixEntry } from './types.ts';
import type { ActorType } from '../types/index.ts';

/**
 * Words that, as the LAST word of a capitalised name, say what kind of body it is:
 * "Mabna Institute" -> other_org, "Falinoos Company" -> company, "High Court" -> agency.
 */
function s(words: string, type: ActorType): readonly OrgSuffixEntry[] {
  return words.split('|').map((word) => ({ word, type }));
}

export const ORG_SUFFIXES: readonly OrgSuffixEntry[] = [
  ...s('Inc|Inc.|Incorporated|Corp|Corp.|Corporation|Ltd|Ltd.|Limited|LLC|L.L.C.|LLP|PLC|plc|Plc|Co.|Co|Company|Companies|Brokerage|GmbH|AG|S.A.|SA|N.V.|NV|B.V.|S.p.A.|Pty|Holdings|Holding|Bank|Banking|Airlines|Airways|Air|Technologies|Technology|Systems|Industries|Enterprises|Enterprise|Partners|Capital|Securities|Investments|Trading|Electronics|Motors|Pharmaceuticals|Pharma|Telecom|Telecommunications|Communications|Networks|Software|Labs|Laboratories|Solutions|Services|Logistics|Shipping|Petroleum|Oil|Gas|Energy|Mining|Aerospace|Defense|Group|Consulting|Ventures|International Trading', 'company'),
  ...s('Ministry|Department|Agency|Office|Bureau|Court|Commission|Committee|Council|Police|Directorate|Administration|Authority|Parliament|Senate|Congress|Assembly|Tribunal|Army|Navy|Forces|Command|Guard|Guards|Corps|Procuracy|Prosecutor|Inspectorate|Secretariat|Cabinet|Legislature|Judiciary|Service|Division|Section|Unit|Embassy|Consulate|Mission|Municipality|Prefecture|Gendarmerie|Constabulary|Coast Guard|Customs|Task Force|Board', 'agency'),
  ...s('University|College|School|Institute|Institution|Foundation|Association|Party|Union|Federation|Society|Centre|Center|Fund|Trust|Coalition|Alliance|Movement|Front|Organization|Organisation|Watch|International|Church|Club|League|Initiative|Project|Academy|Chamber|Forum|Network|Caucus|Campaign|Guild|Syndicate|Brotherhood|Institutes|Hospital|Clinic|Museum|Orchestra|Team', 'other_org'),
  ...s('Times|Post|News|Journal|Herald|Tribune|Gazette|Television|TV|Radio|Broadcasting|Press|Daily|Magazine|Weekly|Chronicle|Observer|Telegraph|Express|Independent|Channel|Media|Review|Reporter|Standard|Mirror|Star|Sun|Examiner|Inquirer|Dispatch|Bulletin|Courier|Monitor', 'media'),
];

/** Heads that open a name and take "of ...": "Ministry of State Security", "University of Tehran". */
export const ORG_PREFIXES: readonly OrgSuffixEntry[] = [
  ...s('Ministry|Department|Office|Bureau|Court|Council|Commission|Committee|Embassy|Consulate|Directorate|Administration|Agency|Service|House|Chamber|Federal Court|Supreme Court|High Court|Court of Appeal|Court of Appeals|Secretary', 'agency'),
  ...s('University|Institute|Academy|Association|Federation|Society|Union|League|Party|Bank', 'other_org'),
  ...s('District', 'agency'),
];

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
}

const DISTRICT = String.raw`(?<district>(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})`;
const US = String.raw`(?:U\.S\.|US|United\s+States)`;

export const AGENCY_PATTERNS: readonly AgencyPattern[] = [
  { id: 'us-attorney-office-district', source: String.raw`\b${US}\s+Attorney(?:['’]s|s)?\s+Office\s+(?:for|of|in)\s+(?:the\s+)?${DISTRICT}`, country: 'United States' },
  { id: 'us-court-district', source: String.raw`\b${US}\s+(?:District|Bankruptcy)\s+Court\s+(?:for|of|in)\s+(?:the\s+)?${DISTRICT}`, country: 'United States' },
  { id: 'us-attorney-office', source: String.raw`\b${US}\s+Attorney(?:['’]s|s)?\s+Office\b`, country: 'United States' },
  { id: 'us-court', source: String.raw`\b${US}\s+(?:District|Bankruptcy|Appeals)\s+Court\b`, country: 'United States' },
  { id: 'district', source: String.raw`\b${DISTRICT}`, country: 'United States' },
];
