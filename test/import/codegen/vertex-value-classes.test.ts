import { bootDiskTypeCode, computeMachineTypeCode, vertexAcceleratorCode } from '../../../src/import/codegen/vertex-value-classes';
import { printExpr } from '../../../src/import/codegen/expr';

const code = (built: { expr: Parameters<typeof printExpr>[0] }): string => printExpr(built.expr, '', 0);

describe('the Vertex value classes as code', () => {
  test('the library\'s named constants and factories where it has them, the generic factory otherwise', () => {
    expect(code(computeMachineTypeCode('n1-standard-8'))).toBe('ComputeMachineType.N1_STANDARD_8');
    expect(code(computeMachineTypeCode('n2-highmem-32'))).toBe("ComputeMachineType.of('n2-highmem-32')");
    expect(code(bootDiskTypeCode('pd-ssd'))).toBe('BootDiskType.PD_SSD');
    expect(code(bootDiskTypeCode('hyperdisk-extreme'))).toBe("BootDiskType.of('hyperdisk-extreme')");
    expect(code(vertexAcceleratorCode('NVIDIA_TESLA_T4', 2))).toBe('VertexAccelerator.nvidiaTeslaT4(2)');
    expect(code(vertexAcceleratorCode('TPU_V3', 32))).toBe('VertexAccelerator.tpuV3(32)');
    expect(code(vertexAcceleratorCode('NVIDIA_H200_141GB', 8))).toBe("VertexAccelerator.of('NVIDIA_H200_141GB', 8)");
  });

  test('each built value is the object the code makes', () => {
    expect(vertexAcceleratorCode('NVIDIA_TESLA_V100', 4).value).toEqual({ type: 'NVIDIA_TESLA_V100', count: 4 });
    expect(computeMachineTypeCode('e2-standard-4').value).toMatchObject({ name: 'e2-standard-4' });
  });
});
