import type { Qualifier } from '../types/index.ts';

/** Number words and their values ("four" -> 4, "twenty" -> 20). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Scale words after a number ("5.31 million", "€1.2bn", "two hundred"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mn', 1e6], ['m', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12], ['k', 1e3],
  // South Asian scales: "Rs 10 crore" = 100,000,000 rupees
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/**
 * Vague multiples (SPEC: value, qualifier `approx`): "dozens" 12, "thousands" 1000.
 * "decades" is a duration (10 years). Listed with their multi-word forms first.
 */
export interface VagueMultiple {
  readonly phrase: string;
  readonly value: number;
  /** Set for durations: "decades" -> year (value in that unit). */
  readonly unit?: string;
}
export const VAGUE_MULTIPLES: readonly VagueMultiple[] = [
  { phrase: 'hundreds of billions', value: 100000000000 },
  { phrase: 'tens of billions', value: 10000000000 },
  { phrase: 'several hundred thousand', value: 100000 },
  { phrase: 'several hundred million', value: 100000000 },
  { phrase: 'several hundred billion', value: 100000000000 },
  { phrase: 'several tens of thousands', value: 10000 },
  { phrase: 'several dozen', value: 12 },
  { phrase: 'a few dozen', value: 12 },
  { phrase: 'several thousand', value: 1000 },
  { phrase: 'several hundred', value: 100 },
  { phrase: 'several million', value: 1000000 },
  { phrase: 'several billion', value: 1000000000 },
  { phrase: 'a few thousand', value: 1000 },
  { phrase: 'a few hundred', value: 100 },
  { phrase: 'a few million', value: 1000000 },
  { phrase: 'hundreds of thousands', value: 100000 },
  { phrase: 'tens of thousands', value: 10000 },
  { phrase: 'hundreds of millions', value: 100000000 },
  { phrase: 'tens of millions', value: 10000000 },
  { phrase: 'dozens', value: 12 },
  { phrase: 'scores', value: 20 },
  { phrase: 'hundreds', value: 100 },
  { phrase: 'thousands', value: 1000 },
  { phrase: 'millions', value: 1000000 },
  { phrase: 'billions', value: 1000000000 },
  { phrase: 'decades', value: 10, unit: 'year' },
  { phrase: 'decade-long', value: 10, unit: 'year' },
];

/** Money words with the amount implied: "multimillion dollar" -> 1000000 USD, approx. */
export const VAGUE_MONEY: readonly { readonly phrase: string; readonly value: number }[] = [
  { phrase: 'multimillion', value: 1e6 },
  { phrase: 'multi-million', value: 1e6 },
  { phrase: 'multibillion', value: 1e9 },
  { phrase: 'multi-billion', value: 1e9 },
];

/** Fractions that state a share ("nearly half of", "two-thirds of"): percent values. */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 50], ['a half', 50], ['one half', 50], ['a third', 33.33], ['one third', 33.33], ['one-third', 33.33],
  ['two-thirds', 66.67], ['two thirds', 66.67], ['a quarter', 25], ['one quarter', 25], ['one-quarter', 25],
  ['three-quarters', 75], ['three quarters', 75],
]);

/** Fixed counting phrases: "a dozen" 12, "half a dozen" 6, "a hundred" 100. */
export const COUNT_PHRASES: ReadonlyMap<string, number> = new Map([
  ['half a dozen', 6], ['a dozen', 12], ['a hundred', 100], ['a thousand', 1000], ['a million', 1e6], ['a billion', 1e9],
  ['one dozen', 12], ['two dozen', 24], ['three dozen', 36], ['a couple of dozen', 24], ['a decade', 1],
  ['half a million', 5e5], ['half a billion', 5e8], ['a half million', 5e5], ['a quarter million', 2.5e5],
  ['a quarter of a million', 2.5e5],
]);

/** Qualifier phrases before a number, longest first where one is a prefix of another. */
export const QUALIFIER_PHRASES: readonly { readonly phrase: string; readonly qualifier: Qualifier }[] = [
  { phrase: 'almost exactly', qualifier: 'approx' },
  { phrase: 'nearly exactly', qualifier: 'approx' },
  { phrase: 'at most', qualifier: 'at_most' },
  { phrase: 'within', qualifier: 'at_most' },
  { phrase: 'a minimum', qualifier: 'at_least' },
  { phrase: 'more than approximately', qualifier: 'at_least' },
  { phrase: 'at least approximately', qualifier: 'at_least' },
  { phrase: 'no fewer than', qualifier: 'at_least' },
  { phrase: 'not less than', qualifier: 'at_least' },
  { phrase: 'no less than', qualifier: 'at_least' },
  { phrase: 'in excess of', qualifier: 'at_least' },
  { phrase: 'upwards of', qualifier: 'at_least' },
  { phrase: 'at least', qualifier: 'at_least' },
  { phrase: 'more than', qualifier: 'at_least' },
  { phrase: 'exceeding', qualifier: 'at_least' },
  { phrase: 'topping', qualifier: 'at_least' },
  { phrase: 'greater than', qualifier: 'at_least' },
  { phrase: 'just over', qualifier: 'at_least' },
  { phrase: 'over', qualifier: 'at_least' },
  { phrase: 'a minimum of', qualifier: 'at_least' },
  { phrase: 'minimum of', qualifier: 'at_least' },
  { phrase: 'no more than', qualifier: 'at_most' },
  { phrase: 'not more than', qualifier: 'at_most' },
  { phrase: 'up to', qualifier: 'at_most' },
  { phrase: 'less than', qualifier: 'at_most' },
  { phrase: 'fewer than', qualifier: 'at_most' },
  { phrase: 'as many as', qualifier: 'at_most' },
  { phrase: 'as much as', qualifier: 'at_most' },
  { phrase: 'a maximum of', qualifier: 'at_most' },
  { phrase: 'maximum of', qualifier: 'at_most' },
  { phrase: 'under', qualifier: 'at_most' },
  { phrase: 'below', qualifier: 'at_most' },
  { phrase: 'just under', qualifier: 'at_most' },
  { phrase: 'an estimated', qualifier: 'approx' },
  { phrase: 'approximately', qualifier: 'approx' },
  { phrase: 'roughly', qualifier: 'approx' },
  { phrase: 'around', qualifier: 'approx' },
  { phrase: 'about', qualifier: 'approx' },
  { phrase: 'nearly', qualifier: 'approx' },
  { phrase: 'almost', qualifier: 'approx' },
  { phrase: 'some', qualifier: 'approx' },
  { phrase: 'close to', qualifier: 'approx' },
  { phrase: 'estimated', qualifier: 'approx' },
  { phrase: 'approx.', qualifier: 'approx' },
  { phrase: 'circa', qualifier: 'approx' },
];

/**
 * Words a few tokens before a figure that bound it without touching it:
 * "a maximum sentence of five years" -> at_most (text stays "five years").
 */
export const DISTANT_QUALIFIERS: readonly { readonly pattern: string; readonly qualifier: Qualifier }[] = [
  // "carries a maximum penalty of 10 years in prison and a $250,000 fine": both bounded
  // (a period inside an abbreviation such as "U.S.C." does not end the clause)
  // (nor does one before a digit or lowercase word: "18 U.S.C. 1030(b) is 10 years"; matched
  // case-sensitively, so spell both cases of a first letter)
  { pattern: String.raw`\b(?:[Mm]aximum|[Mm]ax\.?|[Uu]p\s+to|[Aa]s\s+much\s+as)\b(?:[^.;:]|\.(?=\S|\s+[\d\p{Ll}§(])){0,110}$`, qualifier: 'at_most' },
  { pattern: String.raw`\b[Mm]inimum\b(?:[^.;:]|\.(?=\S|\s+[\d\p{Ll}§(])){0,60}$`, qualifier: 'at_least' },
];

/** Words right after a figure that bound it: "two years mandatory minimum", "five or more". */
export const POST_QUALIFIERS: readonly { readonly phrase: string; readonly qualifier: Qualifier }[] = [
  { phrase: 'mandatory minimum', qualifier: 'at_least' },
  { phrase: 'minimum', qualifier: 'at_least' },
  { phrase: 'or more', qualifier: 'at_least' },
  { phrase: 'or longer', qualifier: 'at_least' },
  { phrase: 'maximum', qualifier: 'at_most' },
  { phrase: 'or less', qualifier: 'at_most' },
  { phrase: 'or fewer', qualifier: 'at_most' },
  { phrase: 'at most', qualifier: 'at_most' },
];

/** Month names (a number next to one is a date). */
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/**
 * Lowercase words after which a number is an identifier, not a figure:
 * "section 230", "flight 752", "resolution 2231".
 */
export const IDENTIFIER_PREFIXES: ReadonlySet<string> = new Set([
  'section', 'sections', 'article', 'articles', 'chapter', 'page', 'pages', 'paragraph', 'clause', 'rule', 'title',
  'case', 'flight', 'route', 'version', 'phase', 'level', 'grade', 'category', 'type', 'model', 'number', 'no.', 'no',
  'port', 'ports', 'build', 'release', 'firmware', 'kernel', 'protocol', 'annex', 'schedule', 'appendix', 'table', 'figure',
  'nos.', 'room', 'suite', 'apartment', 'item', 'exhibit', 'docket', 'resolution', 'amendment', 'precinct', 'district',
  'ward', 'lot', 'gate', 'platform', 'terminal', 'highway', 'interstate', 'channel', 'unit', 'squad', 'brigade',
  'battalion', 'regiment', 'division', 'fleet', 'u.s.c.', '§', '#', 'tier', 'stage', 'act', 'bill', 'code', 'count', 'counts',
  // "versions 2019.4 through 2020.2.1", "option 4", "ext. 2207", "zip code 20530" (no verbs: "releases 40 prisoners")
  'versions', 'option', 'extension', 'ext.', 'ext', 'zip', 'postcode', 'round', 'episode', 'season',
  // abbreviations of references: "p. 12", "pp. 40-45", "vol. 3", "para. 7"
  'p.', 'pp.', 'vol.', 'volume', 'para.', 'paras.', 'fig.', 'art.', 'sec.', 'ch.', 'pt.', 'cl.'
]);

/** Words after which a following capitalised-number pair is a street address: "950 Pennsylvania Avenue". */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'Street', 'St.', 'Avenue', 'Ave.', 'Road', 'Rd.', 'Boulevard', 'Blvd.', 'Lane', 'Drive', 'Dr.', 'Way', 'Square',
  'Plaza', 'Place', 'Court', 'Highway', 'Parkway', 'Terrace', 'Alley', 'Quai', 'Rue', 'Strasse', 'Straße', 'Calle',
  'Avenida', 'Prospekt', 'Ulitsa', 'Marg', 'Ave', 'Blvd', 'Rd', 'Pkwy', 'Hwy', 'Pike', 'Circle',
  // buildings named by their address: "1 World Trade Center", "30 Rockefeller Plaza"
  'Center', 'Centre', 'Tower', 'Towers', 'Building', 'Row', 'Crescent', 'Embankment', 'Broadway',
]);

/** Words after a number that make it a time of day or a date part. */
export const TIME_WORDS: ReadonlySet<string> = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'est', 'edt', 'bst', "o'clock", 'hrs', 'h']);

/** "one" is a pronoun, not a count, before these ("one of the", "one another") and after these ("no one", "the one"). */
export const ONE_PRONOUN_AFTER: ReadonlySet<string> = new Set(['of', 'another', "'s", '’s', 'who', 'that', 'which', 'by', 'else', 'should', 'would', 'could', 'can', 'must', 'may', 'might', 'will', 'shall', 'has', 'is', 'was', 'does', 'did', 'needs', 'cannot']);
export const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set(['no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'someone', 'anyone', 'last', 'such', 'little', 'big', 'new', 'right', 'wrong', 'first', 'next', 'other',
  'second', 'third', 'another', 'latest', 'same', 'old', 'younger', 'older', 'eldest', 'youngest']);

/**
 * Speech verbs after "one <noun>": "One official said", "One news site, X, claims": "one" is an
 * indefinite article there ("an official"), not a count (unlike "One person was killed").
 */
export const ONE_SPEAKER_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'claims', 'claimed', 'noted', 'notes', 'added', 'adds', 'wrote', 'writes', 'argued',
  'argues', 'reported', 'reports', 'stated', 'states', 'suggested', 'suggests', 'explained', 'warned', 'insisted', 'recalled',
  'alleged', 'alleges', 'believes', 'believed', 'tweeted', 'posted', 'asked', 'described', 'describes', 'speculated', 'quipped',
]);

/** Words glued to any number word by a hyphen in set phrases that count nothing: "a two-state solution", "a three-way race". */
export const NUMBER_WORD_IDIOM_TAILS: ReadonlySet<string> = new Set(['state', 'way', 'pronged', 'fold', 'faced', 'sided', 'track', 'tiered', 'party', 'horse', 'dimensional', 'edged', 'handed', 'speed']);

/** "one" and "zero" glued to these by a hyphen make a word, not a count: "one-time", "zero-day". */
export const NUMBER_WORD_COMPOUND_STARTS: ReadonlySet<string> = new Set(['zero', 'one']);

/**
 * Words that page furniture is made of. A line holding only these, numbers and
 * punctuation is furniture, and its numbers are no figures:
 * "Page 2 of 4", "1 2 3 4 Next", "2 comments | 5 min read", "Showing 1-10 of 250 results",
 * "Share 14", "Photo 1 of 8", "Updated 3/7/2024", "Press Release Number: 18-123".
 */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'page', 'pages', 'of', 'next', 'previous', 'prev', 'first', 'last', 'more', 'less', 'back', 'top', 'go', 'to',
  'comment', 'comments', 'reply', 'replies', 'view', 'views', 'like', 'likes', 'share', 'shares', 'shared', 'tweet',
  'tweets', 'retweets', 'result', 'results', 'showing', 'show', 'item', 'items', 'entries', 'min', 'mins', 'minute',
  'minutes', 'read', 'reads', 'updated', 'update', 'posted', 'published', 'modified', 'print', 'email', 'e-mail', 'photo',
  'photos', 'image', 'images', 'slide', 'slides', 'video', 'videos', 'gallery', 'press', 'release', 'number', 'no.',
  'no', 'phone', 'tel', 'tel.', 'fax', 'ext', 'ext.', 'am', 'pm', 'a.m.', 'p.m.', 'edt', 'est', 'gmt', 'utc', 'et',
  'listen', 'watch', 'save', 'download', 'pdf', 'file', 'size', 'kb', 'mb', 'attachment', 'attachments', 'vol', 'vol.',
  // "Read time: 4 minutes", "Listen to this article · 6 min"
  'time', 'this', 'article', 'story',
  'issue', 'edition', 'archive', 'archives', 'all', 'rights', 'reserved', 'copyright', 'and', 'or', 'by', 'on', 'at',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'today', 'yesterday', 'ago', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year',
  ...MONTHS.map((m) => m.toLowerCase()),
]);

/** A line starting with these is a teaser or navigation, not body text: "Related: 5 things to know". */
export const FURNITURE_LINE_STARTS: readonly string[] = ['related', 'read more', 'read also', 'also read', 'see also', 'see too', 'more:', 'watch:', 'listen:', 'recommended', 'most read', 'trending', 'popular'];

/** Lowercase person nouns an age may follow in commas: "The defendant, 52, pleaded ...". */
export const AGE_HOLDERS: ReadonlySet<string> = new Set([
  'defendant', 'suspect', 'man', 'woman', 'boy', 'girl', 'victim', 'driver', 'gunman', 'attacker', 'hacker', 'mother',
  'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'teenager', 'resident', 'officer', 'soldier',
  'journalist', 'reporter', 'lawyer', 'businessman', 'businesswoman', 'pilot', 'student', 'engineer', 'doctor', 'nurse',
  'accused', 'informant', 'employee', 'executive', 'citizen', 'national', 'native', 'dissident', 'activist', 'priest',
]);

/**
 * "one" in set phrases states no count: "just one example", "one reason", "at one point",
 * "at one time", "in one go", "in one fell swoop". Keys: the word after "one"; value: the word
 * that must come before it, or null for any.
 */
export const ONE_IDIOMS: ReadonlyMap<string, string | null> = new Map([
  ['example', null], ['instance', null], ['reason', null], ['point', 'at'], ['time', 'at'], ['stage', 'at'],
  ['case', 'in'], ['occasion', 'on'], ['hand', 'on'], ['thing', null], ['go', 'in'], ['stroke', 'in'], ['blow', 'in'], ['strike', 'in'], ['swoop', 'in'], ['fell', 'in'], ['sitting', 'in'],
  ['breath', 'in'], ['piece', 'in'], ['way', null], ['day', 'some'],
]);
