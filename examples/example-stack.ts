// The stack every example starts from: a relative local state path (so synth output is identical on every machine)
// and a Google provider.
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { LocalBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/** A stack with a local backend and a Google provider for `project` (default `my-ml-project`). */
export class ExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string, project = 'my-ml-project') {
    super(scope, id);
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });
    new GoogleProvider(this, 'google', { project });
  }
}
