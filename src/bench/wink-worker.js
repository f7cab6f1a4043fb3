// Plain-JS worker thread for `claims bench`'s paired phase: wink-nlp alone (its full pipe,
// readDoc + sentences + entities, as the `wink` phase runs it) over the blocks of texts the
// main thread sends, one block at a time. It answers each block with the latency of each
// document. Plain JS: wink-nlp and its model are CommonJS packages
// and need no loader, so the thread starts as the pipeline's workers do, minus the extractor.
import { parentPort } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);

parentPort.on('message', (texts) => {
  const lat = new Float64Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const t = performance.now();
    const doc = nlp.readDoc(texts[i]);
    doc.sentences().out();
    doc.entities().out();
    lat[i] = performance.now() - t;
  }
  parentPort.postMessage(lat, [lat.buffer]);
});
parentPort.postMessage('ready');
