import { etagOf } from '../../src/emulator/stored-job';

describe('etagOf', () => {
  test('is 8 bytes of base64, like the service\'s etags', () => {
    for (const version of [1, 2, 1000, 2 ** 31]) expect(etagOf(version)).toMatch(/^[A-Za-z0-9+/]{11}=$/);
  });

  test('is the same for the same version and different for each version', () => {
    expect(etagOf(7)).toBe(etagOf(7));
    const etags = new Set(Array.from({ length: 5000 }, (_, i) => etagOf(i + 1)));
    expect(etags.size).toBe(5000);
  });
});
