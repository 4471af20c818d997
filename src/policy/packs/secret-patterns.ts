/**
 * Heuristics for secrets written into job arguments and labels. They aim at few false positives: well-known
 * credential formats anywhere in a string, and `name=value` pairs whose name ends in a secret word and whose value
 * looks like a literal secret (not a reference, a path, a number, a boolean or a placeholder).
 */

/** Credential formats recognisable on their own, with what to call them in a message. */
const CREDENTIAL_FORMATS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/, 'a private key'],
  [/\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/, 'a Google API key'],
  [/\bya29\.[0-9A-Za-z_-]{20,}/, 'a Google OAuth access token'],
  [/\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/, 'a GitHub token'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/, 'a Slack token'],
  [/\bhf_[A-Za-z0-9]{30,}\b/, 'a Hugging Face token'],
  [/\bsk-[A-Za-z0-9_-]{32,}\b/, 'an API secret key'],
];

/** A URL with a password in it: `scheme://user:password@host`. */
const URL_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:([^\s@/]+)@/i;

/** A name that ends in a secret word: `password`, `db_password`, `--api-key`, `client_secret`, `auth_token`. */
const SECRET_NAME = /(?:^|[^a-z0-9])?(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|credentials?)$/i;

/** Names of things that end in a secret word but are not secrets (tokenizer special tokens, limits). */
const NOT_SECRET_NAME = /(?:^|[_-])(?:pad|eos|bos|unk|sep|cls|mask|start|end|special|max|min|num|n|sos|null|blank|split|vocab)[_-]?token$/i;

/** `name=value` or `name: value`, with an optional leading `-`/`--`. */
const ASSIGNMENT = /^-{0,2}([A-Za-z0-9_.-]+)\s*[=:]\s*(.+)$/s;

/**
 * What kind of secret `text` holds, or undefined. `text` is one argument, one label key or value, or one command
 * word; the message built from the answer must never repeat the secret itself.
 */
export function secretIn(text: string): string | undefined {
  for (const [pattern, kind] of CREDENTIAL_FORMATS) {
    if (pattern.test(text)) return kind;
  }
  const url = URL_PASSWORD.exec(text);
  if (url && looksLiteral(url[1], 3)) return 'a password in a URL';
  const assignment = ASSIGNMENT.exec(text.trim());
  if (assignment) return secretAssignment(assignment[1], assignment[2]);
  return undefined;
}

/**
 * What kind of secret the value of a flag holds when the flag and its value are separate arguments
 * (`['--db-password', 'hunter22']`), or undefined.
 */
export function secretInFlagPair(flag: string, value: string): string | undefined {
  const match = /^--?([A-Za-z0-9_.-]+)$/.exec(flag.trim());
  return match ? secretAssignment(match[1], value) : undefined;
}

/** What kind of secret the pair `name`/`value` is (a label, an assignment), or undefined. */
export function secretAssignment(name: string, value: string): string | undefined {
  if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) return undefined;
  const password = /(?:password|passwd|pwd)$/i.test(name);
  return looksLiteral(value.trim(), password ? 4 : 8) ? `a literal value for "${name}"` : undefined;
}

/** True when `value` looks like a literal secret rather than a reference, a path, a flag or a placeholder. */
function looksLiteral(value: string, minLength: number): boolean {
  const text = value.replace(/^["']|["']$/g, '');
  if (text.length < minLength) return false;
  // References resolved elsewhere: shell or Terraform variables, templates, Secret Manager names, files, URLs.
  if (/^(?:\$|%|<|\{\{|#\{|@)/.test(text)) return false;
  if (/\/secrets\/|^sm:\/\/|^[a-z][a-z0-9+.-]*:\/\/|^(?:\.{0,2}\/|~\/)/i.test(text)) return false;
  if (/\.(?:json|pem|key|txt|p12|env)$/i.test(text)) return false;
  if (/^-/.test(text)) return false;
  if (/^(?:true|false|yes|no|none|null|nil|undefined|-?\d+(?:\.\d+)?)$/i.test(text)) return false;
  if (/^[*x•.#_-]+$/i.test(text) || /^(?:redacted|hidden|placeholder|example|dummy)$/i.test(text)) return false;
  return true;
}
