#!/usr/bin/env node
/**
 * `npm run synth` (and `node scripts/cdktf.js ARGS…`): this repository's cdktf CLI with the quiet tool environment of
 * every script (no checkpoint call, an empty Terraform CLI configuration), which `cdktf` run bare does not set.
 */
'use strict';
require('./tool-env').quietToolEnv();
const { spawnSync } = require('child_process');
const path = require('path');

const cli = path.dirname(require.resolve('cdktf-cli/package.json'));
const bin = path.join(cli, require('cdktf-cli/package.json').bin.cdktf);
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status === null ? 1 : result.status);
