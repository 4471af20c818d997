/**
 * `machineType` → `machine_type`: an API (camelCase) name in the snake_case of the protos, of gcloud's YAML readers
 * and of Terraform's regular names (`terraformName` adds Terraform's irregular ones).
 */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
