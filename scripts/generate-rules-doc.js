#!/usr/bin/env node
/** Writes docs/RULES.md from the compiled rule metadata (run after the build). */
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const { API_RULES } = require(path.join(ROOT, 'lib', 'rules', 'all-rules'));
const { renderRulesMarkdown } = require(path.join(ROOT, 'lib', 'rules', 'rules-markdown'));

fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'docs', 'RULES.md'), renderRulesMarkdown(API_RULES));
console.log(`docs/RULES.md: ${API_RULES.length} rules`);
