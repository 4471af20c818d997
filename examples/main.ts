// The examples app that `cdktf synth` runs (see cdktf.json): one stack per example.
import { App } from 'cdktf';
import { addExampleStacks } from './example-stacks';

const app = new App();
addExampleStacks(app);
app.synth();
