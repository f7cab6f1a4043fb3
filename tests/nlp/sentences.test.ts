import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/types/index.ts';
import { quoteMarks, segmentSentences } from '../../src/nlp/sentences.ts';

/** One body paragraph per string, joined as the cleaned document joins them. */
function doc(...paras: string[]): { text: string; paragraphs: Paragraph[] } {
  let text = '';
  const paragraphs: Paragraph[] = [];
  paras.forEach((p, i) => {
    if (i > 0) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + p.length, kind: i === 0 ? 'headline' : 'body' });
    text += p;
  });
  return { text, paragraphs };
}

function split(...paras: string[]): string[] {
  const d = doc(...paras);
  return segmentSentences(d.text, d.paragraphs).map((s) => d.text.slice(s.start, s.end));
}

describe('segmentSentences', () => {
  it('keeps the headline one sentence even when it holds a full stop', () => {
    expect(split('U.S. charges hackers. China denies it', 'Body text here.')).toEqual(['U.S. charges hackers. China denies it', 'Body text here.']);
  });

  it('never lets a sentence cross a paragraph boundary, even without a full stop', () => {
    expect(split('Title', 'First paragraph without a stop', 'Second one.')).toEqual(['Title', 'First paragraph without a stop', 'Second one.']);
  });

  it('does not split inside a quotation that closes later', () => {
    expect(split('T', 'He said "Stop. Now." and left. Then he came back.')).toEqual(['T', 'He said "Stop. Now." and left.', 'Then he came back.']);
    expect(split('T', 'She said: “We will respond. They will pay.” Officials agreed.')).toEqual([
      'T',
      'She said: “We will respond. They will pay.”',
      'Officials agreed.',
    ]);
  });

  it('splits after a quotation that ends a sentence', () => {
    expect(split('T', '"We did nothing wrong." The ministry denied it.')).toEqual(['T', '"We did nothing wrong."', 'The ministry denied it.']);
  });

  it('does not split after abbreviations, initials or inside decimals', () => {
    expect(split('T', 'Lt. Gen. Paul Nakasone of the U.S. Cyber Command spoke. It was No. 2 on the list.')).toEqual([
      'T',
      'Lt. Gen. Paul Nakasone of the U.S. Cyber Command spoke.',
      'It was No. 2 on the list.',
    ]);
    expect(split('T', 'The fine was $2.5 million, said Lanny A. Breuer. He left.')).toEqual(['T', 'The fine was $2.5 million, said Lanny A. Breuer.', 'He left.']);
  });

  it('still splits after an abbreviation that ends a sentence', () => {
    expect(split('T', 'The servers were in the U.S. The attack began in May.')).toEqual(['T', 'The servers were in the U.S.', 'The attack began in May.']);
  });

  it('keeps a quote and its attribution together when the attribution starts in lower case', () => {
    expect(split('T', '"Stop the attacks!" he said. The talks ended.')).toEqual(['T', '"Stop the attacks!" he said.', 'The talks ended.']);
  });

  it('pairs mixed quote styles, so a quote closed with a straight mark does not swallow what follows', () => {
    expect(split('T', 'It ignored “the clear concerns" of the council. Iran denied it. Officials met.')).toEqual([
      'T',
      'It ignored “the clear concerns" of the council.',
      'Iran denied it.',
      'Officials met.',
    ]);
  });

  it('does not split inside domain names or before a plain lower-case word', () => {
    expect(split('T', 'The article on oe24.at drew comments. The court ruled.')).toEqual(['T', 'The article on oe24.at drew comments.', 'The court ruled.']);
    expect(split('T', 'It could face U.N. sanctions again. Talks failed.')).toEqual(['T', 'It could face U.N. sanctions again.', 'Talks failed.']);
  });

  it('gives every sentence its paragraph index and kind, with offsets into the text', () => {
    const d = doc('Headline', 'One. Two.', 'Three.');
    const s = segmentSentences(d.text, d.paragraphs);
    expect(s.map((x) => [x.paragraph, x.kind])).toEqual([
      [0, 'headline'],
      [1, 'body'],
      [1, 'body'],
      [2, 'body'],
    ]);
    for (const x of s) expect(d.text.slice(x.start, x.end).trim()).toBe(d.text.slice(x.start, x.end));
  });
});

describe('quoteMarks', () => {
  it('finds every curly and straight double quote, with its direction', () => {
    const para = '"Stop," she said. He called it “a sham" and (“unfair”). „Nein" — "fine" 5\'2 ‘single’';
    const marks = quoteMarks(para);
    expect(marks.map((m) => para[m.pos])).toEqual(['"', '"', '“', '"', '“', '”', '„', '"', '"', '"']);
    // opening: at the start, after a space or bracket, and every “ „; closing otherwise
    expect(marks.map((m) => m.dir)).toEqual([1, -1, 1, -1, 1, -1, 1, -1, 1, -1]);
  });
  it('gives nothing for a paragraph without double quotes', () => {
    expect(quoteMarks("It's the ‘best’ plan, he said.")).toEqual([]);
  });
});
