/** A valid `training_input` block (a CUSTOM-tier package job) for the provider tests' jobs, in Terraform's snake_case. */
export const TRAINING_INPUT = {
  scale_tier: 'CUSTOM',
  master_type: 'n1-standard-8',
  region: 'us-central1',
  runtime_version: '2.11',
  python_version: '3.7',
  python_module: 'trainer.task',
  package_uris: ['gs://my-bucket/trainer-0.1.tar.gz'],
};
