/** What every L2 job construct shares: identity, labels and project. */
export interface MlJobBaseProps {
  /**
   * The project.
   *
   * @default - the provider's project
   */
  readonly project?: string;
  /**
   * Labels; the only thing that changes without replacing the job.
   *
   * @default - none
   */
  readonly labels?: { [key: string]: string };
  /**
   * An explicit job id. Ids are never reusable: with an explicit id, any change of the spec needs a new id by hand.
   *
   * @default - `jobIdPrefix` plus a hash of the spec, so a changed spec gets a new id and an unchanged one keeps it
   */
  readonly jobId?: string;
  /**
   * The prefix of the derived job id.
   *
   * @default - the construct id, made into a valid job id
   */
  readonly jobIdPrefix?: string;
  /**
   * A salt (or version) mixed into the derived job id: change it to give the job a new id.
   *
   * The derived id hashes the spec as synthesized, where a reference to another resource (a bucket's URL, a key's
   * id, a variable) is its `${…}` expression, not its value. When a referenced value changes, or is known only at
   * apply, Terraform replaces the job but the id stays the same, and the create fails with ALREADY_EXISTS (`mljob plan`
   * says so in MLJ-PLAN-003). Set the salt to something that changes with the referenced value, such as the model or data
   * version. Only for derived ids: with an explicit `jobId`, change the id itself.
   *
   * @default - no salt: the id depends on the spec alone
   */
  readonly jobIdSalt?: string;
}
