import Ajv from 'ajv';
import * as draft04 from 'ajv/lib/refs/json-schema-draft-04.json';
import * as sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';

// @microsoft/jest-sarif ships the SARIF 2.1.0 schema, but its matcher module cannot load here: its compiled code
// requires tslib, which it does not declare as a dependency. Validate with the schema and ajv (its own validator,
// configured as it does: draft-04 meta-schema, formats checked), offline.
const ajv = new Ajv({ schemaId: 'auto', validateSchema: false, allErrors: true });
ajv.addMetaSchema(draft04);
const validate = ajv.compile(sarifSchema);

/** The schema violations of a SARIF log, as `dataPath message` lines; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.dataPath} ${error.message}`);
}
