import { compareVersions } from '../../catalog/compare-versions';
import { VertexPrebuiltImageFact } from '../../catalog/vertex/vertex-catalog-types';
import { VERTEX_SOURCES } from '../../catalog/vertex/vertex-sources';
import { Violation } from '../rule';
import { knownString, show } from '../values';
import { CustomJobRule } from './custom-job-rule';
import { usedPools } from './worker-pools';

/** A Python package runs on a prebuilt training container from Google's list, with the `latest` tag. */
export const EXECUTOR_IMAGE: CustomJobRule = {
  id: 'MLJ-VERTEX-015',
  severity: 'warning',
  kind: 'platform',
  summary: 'pythonPackageSpec.executorImageUri is a prebuilt training container (us-, europe- or asia-docker.pkg.dev/vertex-ai/training/…:latest) that the list still offers.',
  rationale: 'The API says the executor must be an image from the prebuilt list and that only the latest tag is supported; images past their end of availability stop working. The list changes, so this warns.',
  source: VERTEX_SOURCES.prebuiltContainers,
  check(job, ctx) {
    const violations: Violation[] = [];
    const images = ctx.catalog.prebuiltImages;
    for (const entry of usedPools(job)) {
      const uri = knownString(entry.pool.pythonPackageSpec?.executorImageUri);
      if (!uri) continue;
      const path = `${entry.path}.pythonPackageSpec.executorImageUri`;
      const image = ctx.catalog.prebuiltImage(uri);
      if (!image) {
        const legacy = /^gcr\.io\/cloud-aiplatform\/training\/([^:]+)/.exec(uri);
        violations.push({
          path,
          message: `${path} is ${show(uri)}, which is not a prebuilt training container; a Python package must run on one (use containerSpec for your own image).`,
          fix: legacy ? `Use ${images.defaultRegistry}/${legacy[1]}:latest.` : `Use an image of ${images.defaultRegistry}, e.g. tf-cpu.2-17.py310:latest.`,
        });
        continue;
      }
      if (!images.families.includes(image.family)) {
        violations.push({ path, message: `${path} names the image ${show(image.image)}, whose family the catalog (${ctx.catalog.data.version}) does not list among the prebuilt training containers.` });
        continue;
      }
      if (image.tag !== images.tag) {
        violations.push({ path, message: `${path} has ${image.tag === undefined ? 'no tag' : `the tag ${show(image.tag)}`}; only the "${images.tag}" tag of prebuilt containers is supported.`, fix: `Use ${image.registry}/${image.image}:${images.tag}.` });
      }
      const fact = image.fact;
      if (fact?.endOfAvailability && fact.endOfAvailability < ctx.today) {
        const newer = newestAvailable(images.images, fact, ctx.today);
        violations.push({
          path,
          message: `${path} is ${image.image}, available only until ${fact.endOfAvailability}.`,
          fix: newer
            ? `Move to a newer framework version of the prebuilt list, e.g. ${image.registry}/${newer.image}:${images.tag}.`
            : `The catalog (${ctx.catalog.data.version}) lists no newer ${fact.framework} ${fact.accelerator.toUpperCase()} image still available: check the prebuilt list, or run your own image with containerSpec.`,
        });
      } else if (!fact && image.family.startsWith('tf-')) {
        violations.push({ path, message: `${path} names ${show(image.image)}, a TensorFlow image the catalog (${ctx.catalog.data.version}) does not list; check the prebuilt container list.` });
      }
    }
    return violations;
  },
};

/**
 * The newest listed image of the same framework and accelerator as `past` that is still available on `today` (no end
 * of availability, or one not yet reached), or undefined: what the fix of an image past its end suggests.
 */
function newestAvailable(images: readonly VertexPrebuiltImageFact[], past: VertexPrebuiltImageFact, today: string): VertexPrebuiltImageFact | undefined {
  let newest: VertexPrebuiltImageFact | undefined;
  for (const candidate of images) {
    if (candidate.framework !== past.framework || candidate.accelerator !== past.accelerator) continue;
    if (candidate.endOfAvailability !== undefined && candidate.endOfAvailability < today) continue;
    if (!newest || compareVersions(candidate.frameworkVersion, newest.frameworkVersion) > 0) newest = candidate;
  }
  return newest;
}
