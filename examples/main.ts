// The examples app that `cdktf synth` runs (see cdktf.json): one stack per example.
import { App } from 'cdktf';
import { MlJobContainerStack } from './ml-job-container';
import { MlJobTensorStack } from './ml-job-tensor';
import { MlJobTrainingStack } from './ml-job-training';

const app = new App();
new MlJobTrainingStack(app, 'ml-job-training');
new MlJobTensorStack(app, 'ml-job-tensor');
new MlJobContainerStack(app, 'ml-job-container');
app.synth();
