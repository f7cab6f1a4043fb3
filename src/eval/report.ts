import type { Claim, GoldClaim } from '../types/index.ts';
import type { ExtractorResult } from './summary.ts';
import { DOC_COLUMNS, fmt, METRIC_ROWS } from './table.ts';
import { actorKey, normaliseSnippet, tokenF1 } from './normalize.ts';
import type { ClaimPair, DocEval } from './types.ts';

/**
 * The HTML evaluation report: one self-contained page (inline CSS and JS, no network).
 * The score table, the per-document table, and per article and system the cleaned text
 * with gold and predicted actors, figures and claims marked by status — matched
 * (green), wrong slot (amber), missed (red), spurious (violet). A click on a claim (in
 * the text or in the list) shows its slots side by side with the gold.
 *
 * Everything is rendered here as HTML; the script only switches what is visible.
 * Deep links: `report.html#doc=<id>&sys=<name>&claim=<id>`.
 */

export interface ReportRun {
  readonly result: ExtractorResult;
  readonly evals: readonly DocEval[];
}

export interface ReportInput {
  readonly title: string;
  readonly subtitle: string;
  readonly runs: readonly ReportRun[];
}

type Status = 'ok' | 'wrong' | 'missed' | 'spurious';
const STATUS_RANK: Readonly<Record<Status, number>> = { missed: 4, wrong: 3, spurious: 2, ok: 1 };
const STATUS_TEXT: Readonly<Record<Status, string>> = { ok: 'matched', wrong: 'wrong slot', missed: 'missed', spurious: 'spurious' };

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A safe id fragment. */
const slug = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, '_');

export function buildHtmlReport(input: ReportInput): string {
  const systems = input.runs.map((r) => r.result.name);
  const docs = [...new Set(input.runs.flatMap((r) => r.evals.map((e) => e.doc)))].sort();
  const body = [
    `<header><h1>${esc(input.title)}</h1><p class="sub">${esc(input.subtitle)}</p></header>`,
    '<section id="scores"><h2>Scores (micro-averaged)</h2>',
    scoreTableHtml(input.runs),
    '</section>',
    '<section id="documents"><h2>Per document</h2><p class="hint">Click a document to read it with its marks.</p>',
    docTableHtml(input.runs, docs),
    '</section>',
    '<section id="viewer"><h2>Article</h2>',
    `<div class="controls"><label>system <select id="sys">${systems.map((s) => `<option value="${esc(s)}">${esc(s)}</option>`).join('')}</select></label>`,
    `<label>document <select id="doc">${docs.map((d) => `<option value="${esc(d)}">${esc(d)}</option>`).join('')}</select></label></div>`,
    LEGEND,
    ...input.runs.flatMap((r) => r.evals.map((e) => articleHtml(r.result.name, e))),
    '</section>',
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(input.title)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
<script>${SCRIPT}</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------

function scoreTableHtml(runs: readonly ReportRun[]): string {
  const head = `<tr><th>metric</th>${runs.map((r) => `<th>${esc(r.result.name)}</th>`).join('')}</tr>`;
  const rows = METRIC_ROWS.map((m) => {
    const label = m.label.replace(/\*\*/g, '');
    const strong = m.label.startsWith('**');
    return `<tr${strong ? ' class="headline"' : ''}><td>${esc(label)}</td>${runs.map((r) => `<td class="num">${fmt(m.get(r.result.micro))}</td>`).join('')}</tr>`;
  });
  return `<table class="scores" id="score-table"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

function docTableHtml(runs: readonly ReportRun[], docs: readonly string[]): string {
  const head1 = `<tr><th rowspan="2">document</th>${runs.map((r) => `<th colspan="${DOC_COLUMNS.length}">${esc(r.result.name)}</th>`).join('')}</tr>`;
  const head2 = `<tr>${runs.map(() => DOC_COLUMNS.map((c) => `<th>${esc(c.label)}</th>`).join('')).join('')}</tr>`;
  const rows = docs.map((doc) => {
    const cells = runs.map((r) => {
      const row = r.result.docs.find((d) => d.doc === doc);
      if (!row) return DOC_COLUMNS.map(() => '<td></td>').join('');
      if (row.failure !== null) return `<td class="num fail" colspan="${DOC_COLUMNS.length}" title="${esc(row.failure)}">failed: ${esc(clip(row.failure, 60))}</td>`;
      return DOC_COLUMNS.map((c) => `<td class="num">${fmt(c.get(row.scores))}</td>`).join('');
    });
    return `<tr><td><a href="#doc=${encodeURIComponent(doc)}" data-goto="${esc(doc)}">${esc(doc)}</a></td>${cells.join('')}</tr>`;
  });
  return `<table class="scores docs"><thead>${head1}${head2}</thead><tbody>${rows.join('')}</tbody></table>`;
}

const LEGEND = `<div class="legend">
<span class="seg ka s-ok">actor</span> <span class="seg kf s-ok">figure</span>
<span class="seg gc" style="--gc:var(--ok)">gold claim evidence (underline)</span>
<span class="seg pc" style="--pc:var(--ok)">predicted claim evidence (overline)</span> ·
<span class="sw ok"></span>matched <span class="sw wrong"></span>wrong slot <span class="sw missed"></span>missed <span class="sw spurious"></span>spurious
</div>`;

// ---------------------------------------------------------------------------
// One article for one system
// ---------------------------------------------------------------------------

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly layer: 'actor' | 'figure' | 'gclaim' | 'pclaim';
  readonly status: Status;
  readonly title: string;
  readonly claim?: string;
}

interface ClaimItem {
  readonly id: string;
  readonly status: Status;
  readonly gold: GoldClaim | null;
  readonly pred: Claim | null;
  readonly pair: ClaimPair | null;
  readonly goldSpan: { start: number; end: number } | null;
}

function articleHtml(system: string, e: DocEval): string {
  const goldName = new Map(e.located.actors.map((a) => [a.gold.id, a.gold.name]));
  const predName = new Map<string, string>();
  for (const a of e.pred.actors) if (!predName.has(a.id)) predName.set(a.id, a.name);
  const marks: Mark[] = [];

  // Actors
  const goldActorStatus = new Map<number, Status>();
  const predActorStatus = new Map<number, Status>();
  for (const p of e.actors.pairs) {
    goldActorStatus.set(p.gold, p.typeOk ? 'ok' : 'wrong');
    predActorStatus.set(p.pred, p.typeOk ? 'ok' : 'wrong');
  }
  e.located.actors.forEach((a, i) => {
    const status = goldActorStatus.get(i) ?? 'missed';
    for (const m of a.mentions) marks.push({ ...m, layer: 'actor', status, title: `gold actor ${a.gold.name} (${a.gold.type}) — ${STATUS_TEXT[status]}` });
  });
  e.pred.actors.forEach((a, i) => {
    const status = predActorStatus.get(i) ?? 'spurious';
    for (const m of a.mentions) marks.push({ start: m.start, end: m.end, layer: 'actor', status, title: `predicted actor ${a.name} (${a.type}) — ${STATUS_TEXT[status]} [${a.reason}]` });
  });

  // Figures
  const goldFigStatus = new Map<number, Status>();
  const predFigStatus = new Map<number, Status>();
  for (const p of e.figures.pairs) {
    const s: Status = p.strictOk && p.qualifierOk ? 'ok' : 'wrong';
    goldFigStatus.set(p.gold, s);
    predFigStatus.set(p.pred, s);
  }
  e.located.figures.forEach((f, i) => {
    if (!f.span) return;
    const status = goldFigStatus.get(i) ?? 'missed';
    marks.push({ ...f.span, layer: 'figure', status, title: `gold figure "${f.gold.text}" ${f.gold.kind} ${f.gold.value ?? ''} ${f.gold.qualifier} ${f.gold.unit ?? ''} — ${STATUS_TEXT[status]}` });
  });
  e.pred.figures.forEach((f, i) => {
    const status = predFigStatus.get(i) ?? 'spurious';
    marks.push({ start: f.start, end: f.end, layer: 'figure', status, title: `predicted figure "${f.text}" ${f.kind} ${f.value ?? ''} ${f.qualifier} ${f.unit ?? ''} — ${STATUS_TEXT[status]} [${f.reason}]` });
  });

  // Claims
  const items: ClaimItem[] = [];
  e.claims.pairs.forEach((p, n) => {
    const g = e.located.claims[p.gold];
    const c = e.pred.claims[p.pred];
    if (!g || !c) return;
    items.push({ id: `p${n}`, status: p.strictOk && p.certaintyOk ? 'ok' : 'wrong', gold: g.gold, pred: c, pair: p, goldSpan: g.span });
  });
  e.claims.missed.forEach((gi, n) => {
    const g = e.located.claims[gi];
    if (g) items.push({ id: `m${n}`, status: 'missed', gold: g.gold, pred: null, pair: null, goldSpan: g.span });
  });
  e.claims.spurious.forEach((pi, n) => {
    const c = e.pred.claims[pi];
    if (c) items.push({ id: `s${n}`, status: 'spurious', gold: null, pred: c, pair: null, goldSpan: null });
  });
  items.sort((a, b) => posOf(a) - posOf(b) || (a.id < b.id ? -1 : 1));
  for (const it of items) {
    const label = `${it.gold?.type ?? it.pred?.type ?? ''} "${it.gold?.cue ?? it.pred?.cue ?? ''}" — ${STATUS_TEXT[it.status]}`;
    if (it.goldSpan) marks.push({ ...it.goldSpan, layer: 'gclaim', status: it.status, title: `gold claim: ${label}`, claim: it.id });
    if (it.pred) marks.push({ start: it.pred.evidence.start, end: it.pred.evidence.end, layer: 'pclaim', status: it.status, title: `predicted claim: ${label}`, claim: it.id });
  }

  const s = e.scores;
  const counts = (ok: number, wrong: number, missed: number, spurious: number): string =>
    `<span class="sw ok"></span>${ok} <span class="sw wrong"></span>${wrong} <span class="sw missed"></span>${missed} <span class="sw spurious"></span>${spurious}`;
  const claimCounts = counts(
    items.filter((i) => i.status === 'ok').length,
    items.filter((i) => i.status === 'wrong').length,
    items.filter((i) => i.status === 'missed').length,
    items.filter((i) => i.status === 'spurious').length,
  );
  const summary = `<p class="docscores">actor F1 ${fmt(s.actors.detection.f1)} · figure strict F1 ${fmt(s.figures.strict.f1)} · claim F1 ${fmt(s.claims.detection.f1)} · <b>strict claim F1 ${fmt(s.claims.strict.f1)}</b> · ingest F1 ${fmt(s.ingest.f1)}</p>`;
  const failure = e.failure !== null ? `<p class="failure">The system failed on this document: ${esc(e.failure)}</p>` : '';
  const unlocated = e.located.claims.filter((c) => c.span === null).length + e.located.figures.filter((f) => f.span === null).length;
  const note = unlocated > 0 ? `<p class="note">${unlocated} gold item(s) could not be located in this cleaned text: counted as missed, listed under the text.</p>` : '';

  const list = items
    .map((it) => {
      const c = it.gold ?? it.pred;
      const where = it.goldSpan === null && it.gold !== null ? ' <i>(evidence not found in text)</i>' : '';
      return `<li class="claim-row s-${it.status}" data-claim="${it.id}" tabindex="0"><span class="sw ${it.status}"></span><b>${esc(STATUS_TEXT[it.status])}</b> ${esc(c?.type ?? '')} “${esc(c?.cue ?? '')}”: ${esc(clip(c?.content ?? '', 90))}${where}</li>`;
    })
    .join('');
  const panels = items.map((it) => slotPanel(it, goldName, predName, e)).join('');

  return `<article class="doc" data-sys="${esc(system)}" data-doc="${esc(e.doc)}" hidden>
<h3>${esc(e.doc)} <small>· ${esc(system)}</small></h3>
${summary}${failure}${note}
<div class="cols"><div class="text" id="text-${slug(system)}-${slug(e.doc)}">${renderText(e.text, marks)}</div>
<aside><h4>Claims ${claimCounts}</h4><ul class="claims">${list || '<li class="empty">no gold or predicted claims</li>'}</ul>
<div class="panels">${panels}<p class="panel-hint">Click a claim (in the list or the text) to compare its slots with the gold.</p></div></aside></div>
${unlocatedHtml(e)}${ingestHtml(e)}
</article>`;
}

function posOf(it: ClaimItem): number {
  return it.goldSpan?.start ?? it.pred?.evidence.start ?? Number.MAX_SAFE_INTEGER;
}

/** The text cut at every mark boundary; each piece carries the classes of the marks over it. */
function renderText(text: string, marks: readonly Mark[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    if (m.end <= m.start || m.start < 0 || m.end > text.length) continue;
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? 0;
    const b = points[i + 1] ?? 0;
    const piece = esc(text.slice(a, b));
    const over = marks.filter((m) => m.start <= a && m.end >= b && m.end > m.start);
    if (over.length === 0) {
      out += piece;
      continue;
    }
    const worst = (layer: Mark['layer']): Status | null => {
      let best: Status | null = null;
      for (const m of over) if (m.layer === layer && (best === null || STATUS_RANK[m.status] > STATUS_RANK[best])) best = m.status;
      return best;
    };
    const cls: string[] = ['seg'];
    const style: string[] = [];
    const actor = worst('actor');
    const fig = worst('figure');
    const gc = worst('gclaim');
    const pc = worst('pclaim');
    if (actor) cls.push('ka', `s-${actor}`);
    if (fig) cls.push('kf', `f-${fig}`);
    if (gc) {
      cls.push('gc');
      style.push(`--gc:var(--${gc})`);
    }
    if (pc) {
      cls.push('pc');
      style.push(`--pc:var(--${pc})`);
    }
    const claims = [...new Set(over.filter((m) => m.claim).map((m) => m.claim ?? ''))];
    const title = [...new Set(over.map((m) => m.title))].join('\n');
    out += `<span class="${cls.join(' ')}"${style.length ? ` style="${style.join(';')}"` : ''}${claims.length ? ` data-claims="${claims.join(' ')}"` : ''} title="${esc(title)}">${piece}</span>`;
  }
  return out;
}

function slotPanel(it: ClaimItem, goldName: ReadonlyMap<string, string>, predName: ReadonlyMap<string, string>, e: DocEval): string {
  const g = it.gold;
  const p = it.pred;
  const gIds = (ids: readonly string[]): string => (ids.length ? ids.map((id) => esc(goldName.get(id) ?? id)).join(', ') : '<i>none</i>');
  const mappedTo = new Map<string, string>();
  for (const pair of e.actors.pairs) {
    const pa = e.pred.actors[pair.pred];
    const ga = e.located.actors[pair.gold];
    if (pa && ga && !mappedTo.has(pa.id)) mappedTo.set(pa.id, ga.gold.name);
  }
  const pIds = (ids: readonly string[]): string =>
    ids.length
      ? ids
          .map((id) => {
            const name = predName.get(id) ?? id;
            const to = mappedTo.get(id);
            return to === undefined ? `${esc(name)} <i>(no gold actor)</i>` : to === name ? esc(name) : `${esc(name)} <i>→ ${esc(to)}</i>`;
          })
          .join(', ')
      : '<i>none</i>';
  const pair = it.pair;
  const row = (slot: string, gold: string, pred: string, ok: boolean | null, note = ''): string =>
    `<tr class="${ok === null ? '' : ok ? 'agree' : 'differ'}"><th>${slot}</th><td>${gold}</td><td>${pred}</td><td class="verdict">${ok === null ? '' : ok ? '✓' : '✗'}${note ? ` ${note}` : ''}</td></tr>`;
  const dash = '<i>—</i>';
  const rows = [
    row('type', g ? esc(g.type) : dash, p ? esc(p.type) : dash, g && p ? g.type === p.type : null),
    row(
      'claimants',
      g ? gIds(g.claimants) : dash,
      p ? pIds(p.claimants) : dash,
      pair ? pair.claimantsOk : null,
      pair && !pair.claimantsOk && pair.claimantsLenientOk ? '(lenient ✓)' : '',
    ),
    row('targets', g ? gIds(g.targets) : dash, p ? pIds(p.targets) : dash, pair ? pair.targetsOk : null, pair && !pair.targetsOk && pair.targetsLenientOk ? '(lenient ✓)' : ''),
    row('cue', g ? esc(g.cue) : dash, p ? esc(p.cue) : dash, g && p ? actorKey(g.cue) === actorKey(p.cue) : null),
    row('content', g ? esc(g.content) : dash, p ? esc(p.content) : dash, pair ? pair.contentF1 === 1 : null, pair ? `token F1 ${pair.contentF1.toFixed(2)}` : ''),
    row('certainty', g ? esc(g.certainty) : dash, p ? esc(p.certainty) : dash, pair ? pair.certaintyOk : null),
    row('reported_by', g ? gIds(g.reported_by) : dash, p ? pIds(p.reported_by) : dash, null),
    row('evidence', g ? esc(g.evidence) : dash, p ? esc(p.evidence.text) : dash, g && p ? normaliseSnippet(g.evidence) === normaliseSnippet(p.evidence.text) : null),
    row('rule', dash, p ? `${esc(p.reason)} <i>(${esc(p.source)})</i>` : dash, null),
  ];
  const heading = `${STATUS_TEXT[it.status]}: ${esc((g ?? p)?.type ?? '')} “${esc((g ?? p)?.cue ?? '')}”`;
  return `<div class="slots s-${it.status}" data-for="${it.id}" hidden><h4><span class="sw ${it.status}"></span>${heading}</h4>
<table><thead><tr><th>slot</th><th>gold</th><th>predicted</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>
${pair ? `<p class="f1">content token F1 ${tokenF1(p?.content ?? '', g?.content ?? '').toFixed(2)}</p>` : ''}</div>`;
}

function unlocatedHtml(e: DocEval): string {
  const figs = e.located.figures.filter((f) => f.span === null);
  const claims = e.located.claims.filter((c) => c.span === null);
  if (figs.length + claims.length === 0) return '';
  const items = [
    ...figs.map((f) => `<li>figure “${esc(f.gold.text)}” — ${f.context ? 'text not inside its context' : `context not found: “${esc(clip(f.gold.context, 120))}”`}</li>`),
    ...claims.map((c) => `<li>${esc(c.gold.type)} “${esc(c.gold.cue)}” — evidence not found: “${esc(clip(c.gold.evidence, 140))}”</li>`),
  ];
  return `<details class="unlocated" open><summary>${items.length} gold item(s) not found in this text</summary><ul>${items.join('')}</ul></details>`;
}

function ingestHtml(e: DocEval): string {
  const keep = e.located.keep.filter((k) => !k.span);
  const drop = e.located.drop.filter((d) => d.span);
  if (keep.length === 0 && drop.length === 0) return '';
  const li = (s: string, cls: string): string => `<li class="${cls}">${esc(clip(s, 140))}</li>`;
  return `<details class="ingest"><summary>ingest: ${keep.length} keep snippet(s) missing, ${drop.length} drop snippet(s) left in</summary><ul>${keep
    .map((k) => li(k.snippet, 'missed'))
    .join('')}${drop.map((d) => li(d.snippet, 'spurious')).join('')}</ul></details>`;
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}

// ---------------------------------------------------------------------------
// Inline CSS and script
// ---------------------------------------------------------------------------

const CSS = `
:root{--ok:#1a9850;--wrong:#e08e0b;--missed:#d73027;--spurious:#8e44ad;--ink:#1d1d1f;--muted:#6b7280;--line:#e5e7eb}
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0;padding:16px 24px;background:#fafafa}
h1{font-size:20px;margin:0}h2{font-size:16px;margin:24px 0 8px}h3{margin:8px 0}.sub,.hint,small{color:var(--muted)}
table.scores{border-collapse:collapse;background:#fff}table.scores th,table.scores td{border:1px solid var(--line);padding:2px 8px}
table.scores .num{text-align:right;font-variant-numeric:tabular-nums}tr.headline td{font-weight:700;background:#f3f7ff}
table.docs{font-size:12px}table.docs a{color:#1f4fbf;text-decoration:none}td.fail{color:var(--missed)}
#documents{max-height:360px;overflow:auto}
.controls{display:flex;gap:16px;margin:8px 0}.controls select{font:inherit}
.legend{font-size:12px;color:var(--muted);margin:4px 0 8px}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 3px 0 6px;vertical-align:middle}
.sw.ok{background:var(--ok)}.sw.wrong{background:var(--wrong)}.sw.missed{background:var(--missed)}.sw.spurious{background:var(--spurious)}
article.doc{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 16px 16px}
.cols{display:flex;gap:20px;align-items:flex-start}
.text{flex:3;white-space:pre-wrap;font:15px/1.9 Georgia,"Times New Roman",serif;max-width:80ch}
aside{flex:2;min-width:320px;position:sticky;top:8px}
.seg{box-shadow:inset 0 -3px 0 var(--gc,transparent),inset 0 3px 0 var(--pc,transparent);padding:2px 0}
.seg[data-claims]{cursor:pointer}
.seg.ka.s-ok{background:#d9f0df}.seg.ka.s-wrong{background:#fde9c4}.seg.ka.s-missed{background:#f9d3d0}.seg.ka.s-spurious{background:#eadcf3}
.seg.kf{outline:1.5px solid;outline-offset:-1px;font-weight:600}
.seg.kf.f-ok{outline-color:var(--ok)}.seg.kf.f-wrong{outline-color:var(--wrong)}.seg.kf.f-missed{outline-color:var(--missed)}.seg.kf.f-spurious{outline-color:var(--spurious)}
.seg.active{background-color:#fff3a8}
ul.claims{list-style:none;padding:0;margin:0;max-height:300px;overflow:auto;border:1px solid var(--line)}
.claim-row{padding:4px 6px;border-bottom:1px solid var(--line);cursor:pointer;font-size:13px}.claim-row:hover,.claim-row.active{background:#f0f4ff}
.slots table{border-collapse:collapse;width:100%;font-size:13px;margin-top:6px}.slots th,.slots td{border:1px solid var(--line);padding:3px 6px;vertical-align:top;text-align:left}
.slots tr.differ td{background:#fdeceb}.slots tr.agree td.verdict{color:var(--ok)}.slots tr.differ td.verdict{color:var(--missed);font-weight:700}
.panel-hint{color:var(--muted);font-size:12px}.failure{color:var(--missed);font-weight:600}.note{color:var(--wrong)}
details.ingest,details.unlocated{margin-top:12px;font-size:13px}details.ingest li.missed{color:var(--missed)}details.ingest li.spurious{color:var(--spurious)}
`;

const SCRIPT = `
(function(){
  var sysSel=document.getElementById('sys'),docSel=document.getElementById('doc');
  function current(){return document.querySelector('article.doc:not([hidden])');}
  function show(doc,sys,claim){
    if(doc)docSel.value=doc; if(sys)sysSel.value=sys;
    var arts=document.querySelectorAll('article.doc');
    for(var i=0;i<arts.length;i++){var a=arts[i];a.hidden=!(a.dataset.doc===docSel.value&&a.dataset.sys===sysSel.value);}
    if(claim)openClaim(claim,true);
  }
  function openClaim(id,scroll){
    var art=current(); if(!art)return;
    var ps=art.querySelectorAll('.slots');for(var i=0;i<ps.length;i++)ps[i].hidden=ps[i].dataset.for!==id;
    var rows=art.querySelectorAll('.claim-row');for(var j=0;j<rows.length;j++)rows[j].classList.toggle('active',rows[j].dataset.claim===id);
    var segs=art.querySelectorAll('.seg[data-claims]');
    for(var k=0;k<segs.length;k++)segs[k].classList.toggle('active',segs[k].dataset.claims.split(' ').indexOf(id)>=0);
    var hint=art.querySelector('.panel-hint');if(hint)hint.hidden=true;
    if(scroll){var first=art.querySelector('.seg.active');if(first)first.scrollIntoView({block:'center'});}
  }
  function fromHash(){
    var h={};location.hash.replace(/^#/,'').split('&').forEach(function(kv){var p=kv.split('=');if(p[0])h[p[0]]=decodeURIComponent(p[1]||'');});
    show(h.doc,h.sys,h.claim);
  }
  sysSel.addEventListener('change',function(){show();});
  docSel.addEventListener('change',function(){show();});
  document.addEventListener('click',function(e){
    var t=e.target;if(!(t instanceof Element))return;
    var go=t.closest('[data-goto]');
    if(go){e.preventDefault();show(go.getAttribute('data-goto'));document.getElementById('viewer').scrollIntoView();return;}
    var row=t.closest('[data-claim]');if(row){openClaim(row.getAttribute('data-claim'),true);return;}
    var seg=t.closest('.seg[data-claims]');if(seg){openClaim(seg.getAttribute('data-claims').split(' ')[0]);}
  });
  document.addEventListener('keydown',function(e){var t=e.target;if(e.key==='Enter'&&t instanceof Element&&t.matches('[data-claim]'))openClaim(t.getAttribute('data-claim'),true);});
  window.addEventListener('hashchange',fromHash);
  fromHash();
})();
`;
