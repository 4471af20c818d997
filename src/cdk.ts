/**
 * The one place the library imports CDK for Terraform from.
 *
 * cdktf was archived upstream on 2025-12-10; its community fork is `cdktn`. Keeping every import of the
 * framework behind this module makes a switch a one-file change.
 *
 * @internal
 */
export * from 'cdktf';
