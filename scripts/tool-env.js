/**
 * The environment that scripts, tests and CI give cdktf and Terraform: `CHECKPOINT_DISABLE=1` (no checkpoint call
 * from cdktf's tools) and `TF_CLI_CONFIG_FILE` set to the null device (an empty Terraform CLI configuration, so a
 * machine without `~/.terraformrc` gets no "Unable to open CLI configuration file" warning). Values already set are
 * kept, except a `TF_CLI_CONFIG_FILE` that names no file (Terraform would only warn about it). Require it before cdktf's tools: `@cdktf/commons` reads `CHECKPOINT_DISABLE` when it is loaded.
 */
'use strict';
const fs = require('fs');
const os = require('os');

/**
 * Sets the two variables on `env` (default: this process's environment) where they are unset (`TF_CLI_CONFIG_FILE`
 * also where it names no file); returns `env`.
 */
function quietToolEnv(env = process.env) {
  if (!env.CHECKPOINT_DISABLE) env.CHECKPOINT_DISABLE = '1';
  if (!env.TF_CLI_CONFIG_FILE || !fs.existsSync(env.TF_CLI_CONFIG_FILE)) env.TF_CLI_CONFIG_FILE = os.devNull;
  return env;
}

module.exports = { quietToolEnv };
