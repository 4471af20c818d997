import { Command } from 'commander';
import { closestName } from '../../model/closest-name';
import { CliIo } from '../cli-io';
import { allRuleDocs } from '../rule-docs';
import { UsageError } from '../usage-error';

/** `mljob explain [RULE_ID]`: what a rule checks, why, and its source; without an id, the list of rules. */
export function registerExplain(program: Command, io: CliIo): void {
  program
    .command('explain')
    .description('explain a rule: what it checks, why, and the document it is based on (no id: list every rule)')
    .argument('[rule-id]', 'a rule id such as MLJ-ACCEL-003')
    .action((ruleId: string | undefined) => {
      const docs = allRuleDocs();
      if (!ruleId) {
        const width = Math.max(...docs.map((doc) => doc.id.length));
        for (const doc of docs) io.out(`${doc.id.padEnd(width)}  ${doc.severity.padEnd(7)}  ${doc.summary}\n`);
        return;
      }
      const doc = docs.find((candidate) => candidate.id.toLowerCase() === ruleId.toLowerCase());
      if (!doc) {
        const meant = closestName(ruleId, docs.map((candidate) => candidate.id));
        throw new UsageError(`unknown rule id "${ruleId}"${meant ? ` (did you mean ${meant}?)` : ''}; run \`mljob explain\` for the list`);
      }
      io.out(`${doc.id} (${doc.kind}, ${doc.severity})\n\n${doc.summary}\n\nWhy: ${doc.rationale}\n\nSource: ${doc.source}\n`);
    });
}
