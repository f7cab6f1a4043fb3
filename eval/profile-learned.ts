/**
 * CPU cost of the `rules-learned` booster (src/extract/claims/learned.ts) against `rules.extract`
 * on the corpus articles: each article is ingested and run through `rules` once, then rounds
 * alternate `rules.extract` over every document and `addLearnedClaims` over every document (on the
 * rules' own actors, figures and claims), timed with process.cpuUsage; medians over the rounds
 * after one warm-up round (the host is shared: differences under ~5% are noise; use >= 15 rounds
 * under load). Session 7 round 2, corpora (50 documents, 41 rounds, old and new code interleaved
 * in one process): addLearnedClaims 0.79 -> 0.58 ms/doc (median ratio 0.70), rules.extract 6.7
 * ms/doc at the time, identical claims.
 *
 *   npx tsx eval/profile-learned.ts [--rounds 7] [--dir corpora]
 */
import { corpusIds, readArticle } from '../src/cli/commands/validate.ts';
import { addLearnedClaims, sentenceModel } from '../src/extract/claims/learned.ts';
import { createRules } from '../src/extract/rules.ts';
import { processArticle } from '../src/pipeline/process.ts';
import type { Doc, ExtractionRecord } from '../src/types/index.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? dflt) : dflt);
const ROUNDS = Number(opt('--rounds', '7'));
const DIR = opt('--dir', 'corpora');

const rules = createRules();
const docs: { doc: Doc; record: ExtractionRecord }[] = [];
for (const id of corpusIds(DIR)) {
  const raw = readArticle(DIR, id);
  if (!raw) continue;
  let doc: Doc | null = null;
  const out = processArticle(raw, { ...rules, extract: (d) => ((doc = d), rules.extract(d)) });
  if (out.record && doc) docs.push({ doc, record: out.record });
}
const model = sentenceModel();

function cpuMs(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const rulesMs: number[] = [];
const learnedMs: number[] = [];
let added = 0;
for (let r = -1; r < ROUNDS; r++) {
  if (r === 0) {
    rulesMs.length = 0;
    learnedMs.length = 0;
  }
  rulesMs.push(cpuMs(() => { for (const d of docs) rules.extract(d.doc); }));
  learnedMs.push(cpuMs(() => {
    added = 0;
    for (const { doc, record } of docs) added += addLearnedClaims(doc, record.actors, record.figures, record.claims, model).length - record.claims.length;
  }));
}
const n = docs.length;
const mr = median(rulesMs);
const ml = median(learnedMs);
process.stdout.write(
  `${n} documents, ${ROUNDS} rounds, ${added} learned claims\n` +
    `rules.extract      median ${mr.toFixed(0)} ms (${(mr / n).toFixed(2)} ms/doc)  rounds ${rulesMs.map((x) => x.toFixed(0)).join(' ')}\n` +
    `addLearnedClaims   median ${ml.toFixed(0)} ms (${(ml / n).toFixed(2)} ms/doc, ${((100 * ml) / mr).toFixed(1)}% of rules)  rounds ${learnedMs.map((x) => x.toFixed(0)).join(' ')}\n`,
);
