import * as fs from 'fs';
import * as path from 'path';
import { CDKTF_LOCK_PLATFORM, currentPlatform, installProvider } from '../../src/provider/install-provider';
import { PROVIDER_SOURCE } from '../../src/provider/provider-settings';
import { tempDir } from '../plan/plan-test-helpers';

describe('installProvider', () => {
  test("by default installs this machine's platform and linux_amd64, the platform cdktf deploy locks for", () => {
    // GIVEN
    const dir = tempDir('mljob-install-');
    // WHEN
    const result = installProvider({ dir, version: '9.9.9' });
    // THEN
    const platforms = fs.readdirSync(path.join(dir, ...PROVIDER_SOURCE.split('/'), '9.9.9')).sort();
    expect(platforms).toEqual([...new Set([currentPlatform(), CDKTF_LOCK_PLATFORM])].sort());
    expect(result.packageDirs.length).toBe(platforms.length);
  });

  test('the lock environment points terraform providers lock at the mirror, quoted for Terraform when it must be', () => {
    const plain = tempDir('mljob-install-');
    expect(installProvider({ dir: plain, version: '9.9.9', platforms: ['linux_amd64'] }).lockEnvironment).toEqual({ TF_CLI_ARGS_providers_lock: `-fs-mirror=${plain}` });
    const spaced = path.join(tempDir('mljob-install-'), 'my "mirror"');
    expect(installProvider({ dir: spaced, version: '9.9.9', platforms: ['linux_amd64'] }).lockEnvironment.TF_CLI_ARGS_providers_lock).toBe(`"-fs-mirror=${spaced.replace(/"/g, '\\"')}"`);
  });

  test('a platform that is not a Unix os_arch is refused', () => {
    expect(() => installProvider({ dir: tempDir('mljob-install-'), version: '9.9.9', platforms: ['windows_amd64'] })).toThrow(/not a Unix os_arch/);
  });
});
