#!/usr/bin/env node
/** Writes docs/RULES.md from the compiled rule metadata (run after the build): api/platform rules, policy packs. */
'use strict';
require('./tool-env').quietToolEnv();
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const { API_RULES } = require(path.join(ROOT, 'lib', 'rules', 'all-rules'));
const { POLICY_PACKS } = require(path.join(ROOT, 'lib', 'policy', 'packs', 'all-packs'));
const { renderRulesDoc } = require(path.join(ROOT, 'lib', 'policy', 'rules-doc'));

fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'docs', 'RULES.md'), renderRulesDoc());
const packRules = POLICY_PACKS.reduce((n, pack) => n + pack.rules.length, 0);
console.log(`docs/RULES.md: ${API_RULES.length} rules, ${POLICY_PACKS.length} policy packs with ${packRules} rules`);
