// The stack every example starts from: a relative local state path (so synth output is identical on every machine),
// a Google provider, and the mljobs provider that deploys the jobs (`mljob provider install`; README "Deploy").
// In your own app, import from 'cdktf-gcp-ml-jobs' instead of '../src'.
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { LocalBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { MljobsProvider, MljobsProviderWiring } from '../src';

/** A stack with a local backend and the Google and mljobs providers for `project` (default `my-ml-project`). */
export class ExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string, project = 'my-ml-project') {
    super(scope, id);
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });
    new GoogleProvider(this, 'google', { project });
    new MljobsProvider(this, 'mljobs', { project });
    // The L2 jobs wire themselves to it; this covers the bare MlEngineJob examples too.
    MljobsProviderWiring.addTo(this);
  }
}
