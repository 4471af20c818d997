import { builtString } from '../../../src/import/codegen/built';
import { printExpr } from '../../../src/import/codegen/expr';
import { vertexJobPlan, vertexL1Plan } from '../../../src/import/codegen/vertex-job-plan';

const container = { imageUri: 'gcr.io/p/t:1' };

describe('vertexJobPlan', () => {
  test('pools by role: the primary\'s task is the job\'s code, a pool with another task gets its own, an empty place is left out', () => {
    const plan = vertexJobPlan({
      displayName: 'd',
      jobSpec: {
        workerPoolSpecs: [
          { machineSpec: { machineType: 'n1-standard-8' }, replicaCount: 1, containerSpec: container },
          {},
          { machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 2, containerSpec: container },
          { machineSpec: { machineType: 'n1-standard-4' }, replicaCount: 1, containerSpec: { imageUri: 'gcr.io/p/eval:1' } },
        ],
      },
    }, { displayName: builtString('d') });
    if ('cannotExpress' in plan) throw new Error(plan.cannotExpress);
    const code = printExpr(plan.props.expr, '', 0);
    expect(plan.className).toBe('VertexCustomJob');
    expect(code).toContain("code: VertexTrainingCode.container({ imageUri: 'gcr.io/p/t:1' }),");
    expect(code).toContain('parameterServers: { machineType: ComputeMachineType.N1_STANDARD_4, replicaCount: 2 },');
    expect(code).toContain("code: VertexTrainingCode.container({ imageUri: 'gcr.io/p/eval:1' })");
    expect(code).not.toContain('workers:');
  });

  test('what the props cannot hold is cannotExpress, for the L1', () => {
    expect(vertexJobPlan({ jobSpec: { workerPoolSpecs: '${var.pools}' } }, {})).toEqual({ cannotExpress: 'jobSpec.workerPoolSpecs is not a list of pools' });
    expect(vertexJobPlan({ jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'e2-standard-4' } }] } }, {}))
      .toEqual({ cannotExpress: 'the primary pool (workerPoolSpecs[0]) has no container or Python package task' });
  });
});

describe('vertexL1Plan', () => {
  test('the job\'s own fields as the L1 props, what has not the declared type left out', () => {
    const plan = vertexL1Plan({ jobSpec: { workerPoolSpecs: [{ replicaCount: '${var.n}', machineSpec: { machineType: 'e2-standard-4' } }] } }, { displayName: builtString('d') });
    expect(plan.className).toBe('VertexAiCustomJob');
    expect(plan.props.value).toEqual({ displayName: 'd', jobSpec: { workerPoolSpecs: [{ machineSpec: { machineType: 'e2-standard-4' } }] } });
  });
});
