/**
 * Preload hook (`node --require scripts/module-list-hook.js …`): when the process exits, writes the files of every
 * CommonJS module it loaded, one per line, to the file named by MLJOB_MODULE_LIST. Used by `scripts/bench-cli.js`
 * and the CLI's module-set test to see what each `mljob` command loads.
 */
'use strict';
const fs = require('fs');

const target = process.env.MLJOB_MODULE_LIST;
if (target) {
  process.on('exit', () => {
    fs.writeFileSync(target, Object.keys(require.cache).filter((file) => file !== __filename).join('\n') + '\n');
  });
}
