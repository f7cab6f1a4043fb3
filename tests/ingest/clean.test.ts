import { describe, expect, it } from 'vitest';
import type { Doc, RawFormat } from '../../src/types/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import { UNIT_RULES } from '../../src/ingest/rules.ts';

/**
 * Every cleaning rule with a positive example (the rule fires, the piece is gone) and a
 * negative one (a similar line that is article text stays). Articles are built around
 * the example so that the rule's zone (before the body, inside it, after it) is real.
 */
const HEAD = 'Officials accuse foreign hackers of attack on ministry servers';
const B1 = 'The ministry said on Monday that hackers working for a foreign government had broken into its servers and stolen files.';
const B2 = 'Investigators believe the attack began in March and lasted at least four months, according to a statement.';
const B3 = 'The government denied any involvement and called the accusations baseless, a spokesman said on Tuesday.';
const B4 = 'Experts said the stolen files included e-mails of senior staff and plans for new offices in the capital.';

interface Where {
  pre?: string[];
  mid?: string[];
  tail?: string[];
  /** Appended to the last body paragraph (same paragraph). */
  glued?: string;
}

function article({ pre = [], mid = [], tail = [], glued }: Where, head = HEAD): string {
  return [head, ...pre, B1, ...mid, B2, B3, glued ? `${B4} ${glued}` : B4, ...tail].join('\n\n');
}

function run(raw: string, format: RawFormat = 'txt'): Doc {
  return ingest({ id: 't', format, raw, origin: 't' });
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').toLowerCase();
const has = (d: Doc, s: string): boolean => squash(d.text).includes(squash(s));
const fired = (d: Doc, rule: string): boolean => d.removed.some((r) => r.rule === rule);

interface Case {
  readonly rule: string;
  readonly positive: Where;
  /** The piece that must be gone. */
  readonly gone: string;
  readonly negative: Where;
  /** The piece that must stay. */
  readonly kept: string;
}

const CASES: readonly Case[] = [
  { rule: 'byline', positive: { pre: ['by Kelvin'] }, gone: 'by Kelvin', negative: { mid: ['By the time police arrived, the hackers had already deleted the logs from the servers.'] }, kept: 'By the time police arrived' },
  { rule: 'contributor-credit', positive: { tail: ['Jane Roe and John Doe contributed to this report.'] }, gone: 'contributed to this report', negative: { mid: ['Outside experts contributed to the investigation, which took four months to finish.'] }, kept: 'Outside experts contributed' },
  { rule: 'sources-line', positive: { tail: ['Sources: The Verge | CNBC | Ars Technica'] }, gone: 'The Verge', negative: { mid: ['Sources close to the investigation said the hackers used stolen passwords to get in.'] }, kept: 'Sources close to the investigation' },
  { rule: 'photo-credit', positive: { mid: ['Photo: Reuters/John Smith'] }, gone: 'John Smith', negative: { mid: ['Photographs of the servers were shown to reporters at the briefing on Monday.'] }, kept: 'Photographs of the servers' },
  { rule: 'photo-credit-agency', positive: { mid: ['AFP / John Smith'] }, gone: 'John Smith', negative: { mid: ['AFP reported that the ministry had hired outside experts to check its systems.'] }, kept: 'AFP reported' },
  { rule: 'pull-quote-attribution', positive: { mid: ['—Testimony from the chief internal police investigator'] }, gone: 'Testimony from the chief', negative: { mid: ['— Officials said the attack was the worst in a decade, and that more would follow.'] }, kept: 'the worst in a decade' },
  { rule: 'share-button', positive: { pre: ['Share', 'Facebook', 'Twitter'] }, gone: 'Facebook', negative: { mid: ['Share prices of the company fell by 4 percent after the attack was disclosed.'] }, kept: 'Share prices' },
  { rule: 'subscribe-line', positive: { tail: ['Subscribe to our newsletter for the latest news.'] }, gone: 'newsletter', negative: { mid: ['Hackers sent e-mails asking staff to subscribe to a fake service, the report said.'] }, kept: 'asking staff to subscribe' },
  { rule: 'press-office-furniture', positive: { pre: ['FOR IMMEDIATE RELEASE'] }, gone: 'IMMEDIATE RELEASE', negative: { mid: ['The press release said the servers had been restored, and no data was lost in the attack.'] }, kept: 'The press release said' },
  { rule: 'release-number', positive: { tail: ['09-1212'] }, gone: '09-1212', negative: { mid: ['Between 2009-2012 the group stole data from 40 companies in 12 countries, officials said.'] }, kept: '2009-2012' },
  { rule: 'updated-line', positive: { tail: ['Updated September 15, 2014'] }, gone: 'Updated September', negative: { mid: ['Updated figures released on Monday showed that 40 companies were affected by the attack.'] }, kept: 'Updated figures' },
  { rule: 'dateline-only', positive: { pre: ['Tuesday, November 10, 2009'] }, gone: 'November 10, 2009', negative: { mid: ['On Tuesday, November 10, 2009, the indictment was unsealed in federal court in Atlanta.'] }, kept: 'the indictment was unsealed' },
  { rule: 'meta-field', positive: { tail: ['Author: Maria Keller'] }, gone: 'Maria Keller', negative: { mid: ['The author of the malware, a 24-year-old man, was arrested in Madrid last year.'] }, kept: 'The author of the malware' },
  { rule: 'bare-url', positive: { tail: ['https://news.example.com/2023/03/bank-hack?ref=rss'] }, gone: 'news.example.com', negative: { mid: ['The group published the files at www.example.org, where they stayed online for a week.'] }, kept: 'www.example.org' },
  { rule: 'separator', positive: { mid: ['* * *'] }, gone: '* * *', negative: { mid: ['Three stars (* * *) marked the files the hackers had opened, the report said.'] }, kept: 'Three stars (* * *)' },
  { rule: 'advert', positive: { mid: ['Advertisement'] }, gone: 'Advertisement', negative: { mid: ['Advertisement revenue of the company fell by 12 percent after the attack, it said.'] }, kept: 'Advertisement revenue' },
  { rule: 'click-here-promo', positive: { tail: ['For the full text of the indictment, click here.'] }, gone: 'click here', negative: { mid: ['Staff were tricked into clicking links in fake e-mails, investigators said on Monday.'] }, kept: 'tricked into clicking' },
  { rule: 'inline-related', positive: { mid: ['Read more: Hackers hit second ministry'] }, gone: 'second ministry', negative: { mid: ['Read more closely, the statement blames a foreign government for the attack on the servers.'] }, kept: 'Read more closely' },
  { rule: 'inline-tags', positive: { tail: ['Tags: China, Hacking, Microsoft'] }, gone: 'Tags:', negative: { mid: ["Tags on the stolen files showed that they came from the ministry's archive, the report said."] }, kept: 'Tags on the stolen files' },
  { rule: 'label-block', positive: { tail: ['Component(s):', 'Criminal Division', 'Press Release Number:'] }, gone: 'Criminal Division', negative: { tail: ['Information:', 'The ministry said the servers were restored on Friday and no data was lost.'] }, kept: 'servers were restored on Friday' },
  { rule: 'related-block', positive: { tail: ['See too', 'Access other news about security on our website, such as the report on leaked files.'] }, gone: 'Access other news', negative: { mid: ['Related', 'The ministry said a second attack on Friday was stopped before any files were taken.'] }, kept: 'a second attack on Friday' },
  { rule: 'unrelated-teaser', positive: { pre: ['Covid 19 anel inteligente'] }, gone: 'anel inteligente', negative: { pre: ['Ministry says foreign government hackers stole files from its servers'] }, kept: 'Ministry says foreign government hackers' },
  { rule: 'repeated-headline', positive: { pre: [HEAD] }, gone: `${HEAD} ${HEAD}`, negative: { mid: [`${HEAD} was the title of the report the ministry published on Friday.`] }, kept: 'was the title of the report' },
  { rule: 'trailing-fragment', positive: { tail: ['Joint Motion Containing DPA and Factual Statement'] }, gone: 'Joint Motion', negative: { mid: ['Ministry Response'] }, kept: 'Ministry Response' },
  { rule: 'repeated-paragraph', positive: { tail: [B2] }, gone: `${B2} ${B3} ${B4} ${B2}`, negative: { mid: ['Investigators believe the attack began in March, the ministry added.'] }, kept: 'the ministry added' },
  { rule: 'pull-quote-repeat', positive: { mid: ['“Hackers working for a foreign government had broken into its servers”'] }, gone: 'its servers” ', negative: { mid: ['"We will find those responsible and bring them to justice," the minister said.'] }, kept: 'bring them to justice' },
  { rule: 'contributor-credit-tail', positive: { glued: 'Jane Roe contributed to this report.' }, gone: 'Jane Roe', negative: { glued: '"Everyone contributed to this report," she said.' }, kept: 'Everyone contributed to this report' },
  { rule: 'sources-tail', positive: { glued: 'Sources: AP, Reuters' }, gone: 'AP, Reuters', negative: { glued: 'Sources said the attack was still going on.' }, kept: 'Sources said the attack' },
];

describe('cleaning rules: each with a positive and a negative example', () => {
  for (const c of CASES) {
    it(`${c.rule}: removes the positive example`, () => {
      const d = run(article(c.positive));
      expect(fired(d, c.rule), `rule ${c.rule} should fire; removed: ${JSON.stringify(d.removed.map((r) => r.rule))}`).toBe(true);
      expect(has(d, c.gone)).toBe(false);
      // The body around it is untouched.
      for (const b of [B1, B2, B3, B4]) expect(has(d, b)).toBe(true);
    });
    it(`${c.rule}: keeps the negative example`, () => {
      const d = run(article(c.negative));
      expect(has(d, c.kept)).toBe(true);
      expect(d.removed.filter((r) => r.rule === c.rule && squash(r.text).includes(squash(c.kept)))).toEqual([]);
    });
  }

  it('has a case for every whole-unit rule of rules.ts', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    for (const r of UNIT_RULES) expect(covered, `no test case for rule ${r.id}`).toContain(r.id);
  });

  it('has unique rule ids', () => {
    const ids = UNIT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('machine-translation casing repair', () => {
  it('drops a shouted article before a name used without one: "THE China denies" -> "China denies"', () => {
    const d = run(article({ mid: ['THE China denies the accusations, the foreign ministry said in a statement on Monday.'] }));
    expect(d.text).toContain('\n\nChina denies the accusations');
    expect(fired(d, 'shouted-article-before-name')).toBe(true);
  });

  it('lower-cases a shouted article before other names: "THE Microsoft Exchange is" -> "The Microsoft Exchange is"', () => {
    const d = run(article({ mid: ['THE Microsoft Exchange is a corporate e-mail system used by many companies and ministries.'] }));
    expect(d.text).toContain('The Microsoft Exchange is');
    expect(d.text).not.toContain('THE Microsoft');
  });

  it('repairs at a sentence start inside a paragraph too', () => {
    const d = run(article({ mid: ['The attack was reported on Monday. THE Russia denies any part in it, officials said.'] }));
    expect(d.text).toContain('on Monday. Russia denies any part');
  });

  it('leaves real acronyms and title-case headlines alone', () => {
    const d = run(article({ mid: ['NATO said the attack was serious. US officials agreed with the assessment on Monday.'] }, 'THE Hackers Who Hit The Ministry Servers'));
    expect(d.text.startsWith('THE Hackers Who Hit The Ministry Servers')).toBe(true);
    expect(d.text).toContain('NATO said the attack was serious. US officials agreed');
  });

  it('does not touch a shouted word in the middle of a sentence', () => {
    const d = run(article({ mid: ['Officials said THE group, as they called it, was behind the attack on the ministry.'] }));
    expect(d.text).toContain('Officials said THE group');
  });
});

describe('kinds and normalisation', () => {
  it('marks a kept line before the body as standfirst and a short line inside it as subhead', () => {
    const d = run(article({ pre: ['Ministry says foreign government hackers stole files from its servers'], mid: ['Ministry Response'] }));
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['headline', 'standfirst', 'body', 'subhead', 'body', 'body', 'body']);
  });

  it('normalises Unicode to NFC and folds whitespace, keeping curly and straight quotes', () => {
    const decomposed = 'Cafe\u0301 owners said “the   attack”\tcame from "abroad" and cost them a great deal of money.';
    const d = run(article({ mid: [decomposed] }));
    expect(d.text).toContain('Caf\u00e9 owners said “the attack” came from "abroad"');
    expect(d.text).toBe(d.text.normalize('NFC'));
  });

  it('joins a hard-wrapped paragraph of a text file into one', () => {
    const wrapped = [
      'The ministry said on Monday that hackers working for a foreign',
      'government had broken into its servers and stolen a large number',
      'of files, including e-mails of senior staff and plans for offices.',
    ].join('\n');
    const d = run(`${HEAD}\n\n${wrapped}\n\n${B2}`);
    expect(d.paragraphs).toHaveLength(3);
    expect(d.text).toContain('foreign government had broken');
  });

  it('with clean: false keeps the whole body (the ablation)', () => {
    const raw = article({ pre: ['by Kelvin'], tail: ['Sources: AP'] });
    const d = ingest({ id: 't', format: 'txt', raw, origin: 't' }, { clean: false });
    expect(d.text).toContain('by Kelvin');
    expect(d.text).toContain('Sources: AP');
    expect(d.removed).toEqual([]);
  });
});
