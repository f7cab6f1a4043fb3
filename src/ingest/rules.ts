import type { RemovalReason } from '../types/index.ts';

/**
 * The cleaning rules, as data (STYLE habit 3). Each rule has an id (recorded in
 * `doc.removed[].rule` when it fires), the reason code it removes for, and a pattern
 * tested against a whole unit (a paragraph or line, whitespace-normalised). The code
 * that applies them is `clean.ts`; a new kind of page furniture is one more entry here.
 *
 * Every pattern is anchored and built from bounded or possessive-free simple classes, so
 * a match is linear in the unit length (no nested quantifiers over the same characters).
 */

/** Where in the article a rule may fire. */
export type RuleZone =
  /** anywhere */
  | 'any'
  /** between the headline and the first body paragraph */
  | 'pre-body';

export interface UnitRule {
  readonly id: string;
  readonly reason: RemovalReason;
  readonly zone: RuleZone;
  /** Tested against the unit's whole text. */
  readonly match: RegExp;
  /** The unit must have at most this many words (a body paragraph is never furniture). */
  readonly maxWords: number;
  /** Why the rule exists, with an example it removes. */
  readonly why: string;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
/** "Tuesday, November 10, 2009", "10 Nov 2009", "2009-11-10", "11/10/2009" */
const DATE = `(?:(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
/** "10:32 AM EST", "- 14:05 GMT" */
const TIME = '(?:\\s*(?:[-|,•·]|at)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?';
/** A capitalised name word: "Kelvin", "O'Neill", "J.", "de" is not one. */
const NAME = "\\p{Lu}[\\p{L}'’.-]*";

export const UNIT_RULES: readonly UnitRule[] = [
  // --- bylines and credits -------------------------------------------------------
  {
    id: 'byline',
    reason: 'byline',
    zone: 'any',
    match: new RegExp(`^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eport(?:ed|ing) by|[Ss]tory by|[Pp]osted by|[Ee]dited by)\\s+${NAME}(?:(?:\\s+|,\\s*|\\s+(?:and|&)\\s+)(?:${NAME}|de|van|von|da|al|bin))*(?:\\s*[,|–—-]\\s*[\\p{L} ]{1,40})?$`, 'u'),
    maxWords: 10,
    why: '"by Kelvin", "By Jane Doe and John Roe, Reuters": a byline line, not article text',
  },
  {
    id: 'contributor-credit',
    reason: 'byline',
    zone: 'any',
    match: /^[^.!?]{1,120}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/i,
    maxWords: 20,
    why: '"Tobias Mudzingwa contributed to this report." credits a reporter',
  },
  // --- source and credit lines -----------------------------------------------------
  {
    id: 'sources-line',
    reason: 'source-list',
    zone: 'any',
    match: /^(?:sources?|via|references?|with (?:information|reporting) from|fontes?)\s*:\s*\S.*$/i,
    maxWords: 30,
    why: '"Sources: The Verge | CNBC | Ars Technica" lists where the article came from',
  },
  {
    id: 'photo-credit',
    reason: 'caption',
    zone: 'any',
    match: /^(?:photo(?:graph)?s?|image|picture|pic|video|illustration|featured image|cover image|credits?|photo credits?|image credits?|(?:photo|image) source)\s*(?::|by\b)\s*\S.*$/i,
    maxWords: 30,
    why: '"Photo: Reuters", "Image credit: Getty" credit a picture, which is not body',
  },
  {
    id: 'photo-credit-agency',
    reason: 'caption',
    zone: 'any',
    match: /^(?:\([^()]{0,60}\)\s*)?(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock|Xinhua|Bloomberg)(?:\s*(?:photo|\/\s*[\p{L} .]{1,40}))?$/iu,
    maxWords: 8,
    why: '"AFP / John Smith", "Getty Images": a bare picture credit',
  },
  {
    id: 'pull-quote-attribution',
    reason: 'caption',
    zone: 'any',
    match: /^[—–―]\s*\p{Lu}[^.!?]*$/u,
    maxWords: 15,
    why: '"—Testimony from the chief internal police investigator": the credit line of a pull quote, not a sentence',
  },
  // --- share, subscribe, cookies -------------------------------------------------------
  {
    id: 'share-button',
    reason: 'share',
    zone: 'any',
    match: /^(?:share(?: (?:this|the) (?:article|story|page|post))?(?: on \w+)?(?:\s*:\s*[\p{L}+ |•·,]{1,80})?|tweet|e-?mail|print|facebook|twitter|x|google\+?|linkedin|digg|reddit|stumbleupon|pinterest|whatsapp|telegram|tumblr|flipboard|copy (?:the )?link|comments?|\d+ comments?)$/iu,
    maxWords: 14,
    why: '"Share", "Facebook", "Share this article: Twitter | Facebook": the labels of share buttons',
  },
  {
    id: 'subscribe-line',
    reason: 'share',
    zone: 'any',
    match: /^(?:(?:subscribe|sign up|register|join)\b.*\b(?:newsletter|updates|inbox|alerts|channel|free|now|today|here)\b.*|follow us\b.*|get (?:the latest|our|breaking)\b.*\b(?:news|newsletter|updates|alerts|app)\b.*|download (?:our|the) app\b.*|(?:we|this (?:site|website|page)) uses? cookies\b.*|.*\bsubscribe to (?:our|the) (?:newsletter|channel|podcast)\b.*|.*\bsign up for (?:our|the) (?:\w+ )?newsletter\b.*)$/i,
    maxWords: 30,
    why: '"Subscribe to our newsletter", "Follow us on Twitter", "This site uses cookies"',
  },
  // --- page furniture -------------------------------------------------------------------
  {
    id: 'press-office-furniture',
    reason: 'furniture',
    zone: 'pre-body',
    match: /^(?:justice news|department of justice|office of public affairs|u\.?s\.? department of justice|for immediate release|press release|news release|media release|news|latest news|breaking news|home|menu|skip to (?:main )?content)$/i,
    maxWords: 6,
    why: '"Justice News", "FOR IMMEDIATE RELEASE": the press office\'s page header',
  },
  {
    id: 'release-number',
    reason: 'furniture',
    zone: 'any',
    match: /^(?:(?:press )?release (?:no\.?|number|#)\s*:?\s*)?\d{2,4}-(?:[A-Z]{2,4}-)?\d{2,5}$/i,
    maxWords: 4,
    why: '"09-1212", "Press Release Number: 09-314": a release number',
  },
  {
    id: 'updated-line',
    reason: 'metadata',
    zone: 'any',
    match: new RegExp(`^(?:updated|last updated|published|posted|first published|modified|last modified)\\s*(?::|on)?\\s*${DATE}${TIME}(?:\\s*[|•·]\\s*[^|•·]{1,40})*$`, 'i'),
    maxWords: 12,
    why: '"Updated September 15, 2014": when the page was edited',
  },
  {
    id: 'dateline-only',
    reason: 'metadata',
    zone: 'any',
    match: new RegExp(`^${DATE}${TIME}$`, 'i'),
    maxWords: 8,
    why: '"Tuesday, November 10, 2009" alone on a line is the publication date',
  },
  {
    id: 'meta-field',
    reason: 'metadata',
    zone: 'any',
    match: /^(?:author|authors|writer|reporter|editor|date|dated|published|language|url|link|permalink|site|publisher|copyright|license|licence|category|section|reading time|word count|read time)\s*:\s*\S.*$/i,
    maxWords: 15,
    why: '"Author: Maria Keller", "Reading time: 3 min": a field of the capture\'s metadata block',
  },
  {
    id: 'bare-url',
    reason: 'markup',
    zone: 'any',
    match: /^(?:https?:\/\/|www\.)\S+$/i,
    maxWords: 1,
    why: '"https://example.com/story/123" alone on a line: a link target, not text',
  },
  {
    id: 'separator',
    reason: 'markup',
    zone: 'any',
    match: /^(?:[*_=~•·#-]\s*){3,}$/,
    maxWords: 20,
    why: '"* * *", "---": a visual separator',
  },
  {
    id: 'advert',
    reason: 'furniture',
    zone: 'any',
    match: /^(?:advertisement|sponsored(?: content)?|ad|story continues below(?: advertisement)?|continue reading(?: (?:the|this) (?:main )?(?:story|article))?|scroll to continue|article continues (?:below|after (?:this )?advertisement))$/i,
    maxWords: 8,
    why: '"Advertisement", "Story continues below": page furniture between paragraphs',
  },
  {
    id: 'click-here-promo',
    reason: 'related-block',
    zone: 'any',
    match: /^.*\b(?:click here|click the link|tap here)\b.*$/i,
    maxWords: 35,
    why: '"For the press release announcing the sanctions click here.": a link promo',
  },
  {
    id: 'inline-related',
    reason: 'related-block',
    zone: 'any',
    match: /^(?:see (?:too|also)|related(?: (?:articles?|stories|news|content|coverage|links?))?|read (?:more|also|next)|also read|more (?:news|stories)|watch|listen|recommended|don'?t miss)\s*[:|»›>–—-]\s*\S.*$/i,
    maxWords: 30,
    why: '"Read more: Another headline", "See also: ..." points to another article',
  },
  {
    id: 'inline-tags',
    reason: 'metadata',
    zone: 'any',
    match: /^(?:tags?|topics?|keywords?|categor(?:y|ies)|filed under|posted in|component\(s\)|components?)\s*:\s*\S.*$/i,
    maxWords: 40,
    why: '"Tags: China, Hacking": the page\'s own index terms',
  },
];

/**
 * A label that opens a metadata block: the label and the short value lines after it go
 * ("Component(s):" / "Criminal Division", "Press Release Number:" / "09-1212").
 */
export const LABEL_BLOCK = {
  id: 'label-block',
  reason: 'metadata' as RemovalReason,
  match: /^(?:component\(s\)|components?|topic\(s\)|topics?|tags?|attachment\(s\)|attachments?|press release number|release number|related (?:content|links?|documents?)|keywords?|categor(?:y|ies)|filed under|posted in|information|contact|media contact|press contacts?|more information|useful links|resources)\s*:?$/i,
  /** A value line: short and not a sentence. */
  maxValueWords: 10,
  why: '"Component(s):" followed by "Criminal Division": the page\'s metadata table',
} as const;

/**
 * A marker that opens a block of links to other articles ("See too", "Related"). The
 * marker goes, and so do the units after it that look like promotions: headline-like
 * lines, link lists, and teasers; in the article's tail everything after it goes.
 */
export const RELATED_BLOCK = {
  id: 'related-block',
  reason: 'related-block' as RemovalReason,
  match: /^(?:see (?:too|also)|related(?: (?:articles?|stories|news|content|coverage|posts?|reading|links?|topics?))?|read (?:more|also|next)|more (?:news|stories|articles|coverage|on this(?: story| topic)?|from [\p{L} ]{1,40})|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|recommended(?: (?:for you|articles?|stories|reading))?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|latest (?:news|stories|articles)|top stories|also read|also on [\p{L} ]{1,30}|don'?t miss|leia (?:também|mais)|veja (?:também|mais))\s*:?$/iu,
  /** A unit that reads like a promotion of other content. */
  promo: /\b(?:other news|more news|other articles|read (?:more|also)|click|access (?:other|more)|check out|learn more|find out more|see (?:also|more)|also on|on our (?:site|website|channel|page))\b/i,
  /** A unit is in the tail when at most this many units follow it. */
  tailUnits: 3,
  why: '"See too" followed by "Access other news about ... on Showmetech, such as ..."',
} as const;

/**
 * Sentence-level rules for the end of a paragraph: a credit glued onto the last body
 * paragraph ("... drop all charges against him. Tobias Mudzingwa contributed to this report.").
 */
export interface TailSentenceRule {
  readonly id: string;
  readonly reason: RemovalReason;
  /** Tested against the last sentence of a paragraph. */
  readonly match: RegExp;
  readonly why: string;
}

export const TAIL_SENTENCE_RULES: readonly TailSentenceRule[] = [
  {
    id: 'contributor-credit-tail',
    reason: 'byline',
    match: /^[\p{Lu}][^.!?"“”]{0,120}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/u,
    why: '"Tobias Mudzingwa contributed to this report." at the end of the last paragraph',
  },
  {
    id: 'sources-tail',
    reason: 'source-list',
    match: /^(?:Sources?|Via)\s*:\s*[^.!?]{1,200}$/,
    why: '"Sources: AP, Reuters" glued to the last paragraph',
  },
];

/**
 * Words that English machine translation sometimes leaves in capitals at a sentence start
 * ("THE China denies ..."). A real acronym ("NATO", "US", "IT") is never in this list.
 */
export const SHOUTED_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'THE', 'AN', 'THIS', 'THAT', 'THESE', 'THOSE', 'IN', 'ON', 'AT', 'FOR', 'WITH', 'FROM',
  'AFTER', 'BEFORE', 'DURING', 'ACCORDING', 'ALTHOUGH', 'HOWEVER', 'MEANWHILE', 'BUT',
  'AND', 'WHILE', 'WHEN', 'SINCE', 'ALSO', 'THERE', 'THEY', 'WE', 'HE', 'SHE', 'ITS',
  'THEIR', 'OUR', 'YOUR', 'MANY', 'SOME', 'MOST', 'SEVERAL', 'OTHER', 'EVEN', 'STILL',
]);
