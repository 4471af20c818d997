/**
 * The one place the library imports zod from.
 *
 * zod is a build-time dependency only: `npm run build` (`scripts/bundle-zod.js`) replaces the compiled `lib/zod.js`
 * with zod bundled into that one file, its license on top. The package then carries the code zod runs, not its
 * TypeScript sources, tests and second module format (6 MB of the 8 MB tarball when zod was a bundled dependency).
 * No zod type may appear in an exported signature: jsii rejects them, and consumers have no zod to type-check against.
 *
 * @internal
 */
export { z } from 'zod';
