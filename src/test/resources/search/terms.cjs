// For SpanishSearchParityTest: runs the query rules of templates/search.js under Node. Reads
// {"script": path of search.js, "meta": an index's meta.json, "words": [...]} on standard input
// and writes one JSON line per word: [the query terms search.js makes of it, its Spanish stem].
'use strict';
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const search = require(input.script);
const stem = search.stemmers['snowball-spanish'];
const out = input.words.map((w) => JSON.stringify([search.terms(w, input.meta), stem(w)]));
process.stdout.write(out.join('\n') + '\n');
