import type { Doc, ExtractionRecord, Extractor } from '../../types/index.ts';
import { findActorsBaseline } from './actors.ts';
import { findClaimsBaseline } from './claims.ts';
import { findFiguresBaseline } from './figures.ts';
import { splitSentencesRegex } from './sentences.ts';

/**
 * `baseline`: cue lexicons and regexes only, no NLP library (no wink-nlp, compromise
 * or natural). Regex sentences, capitalised-run actors, regex figures, and one claim
 * per cue sentence with the nearest actors around the cue as claimant and target.
 */
export const BASELINE_VERSION = '0.1.0';

export function createBaseline(): Extractor {
  return {
    name: 'baseline',
    version: BASELINE_VERSION,
    description: 'cue lexicons and regexes only: regex sentences, capitalised-run actors, regex figures, nearest-actor claims',
    extract: extractBaseline,
  };
}

export function extractBaseline(doc: Doc): ExtractionRecord {
  const text = doc.text;
  // Its own regex split even when ingest gave sentences: the baseline uses no NLP at all.
  const sentences = splitSentencesRegex(text);
  const actors = findActorsBaseline(text);
  const figures = findFiguresBaseline(text);
  const claims = findClaimsBaseline(text, sentences, actors, figures);
  return {
    doc: doc.id,
    extractor: `baseline@${BASELINE_VERSION}`,
    title: doc.title,
    text,
    actors,
    figures,
    claims,
    messages: [...doc.messages],
  };
}
