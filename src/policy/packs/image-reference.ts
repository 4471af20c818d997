/** A container image reference split the way Docker resolves it. */
export interface ImageReference {
  /** The registry host, lowercase (`gcr.io`, `us-docker.pkg.dev`, `docker.io` for Docker Hub). */
  readonly host: string;
  /** Host and repository path without tag or digest (`gcr.io/my-project/trainer`). */
  readonly repository: string;
}

/**
 * Splits an image reference (`gcr.io/p/trainer:1.0`, `tensorflow/tensorflow@sha256:…`, `ubuntu`). As in Docker, the
 * first path component is a registry host only if it has a dot or a port or is `localhost`; otherwise the image is
 * on Docker Hub (`docker.io`, with `library/` for single-name images).
 */
export function parseImageReference(image: string): ImageReference {
  const withoutDigest = image.split('@')[0];
  const slash = withoutDigest.indexOf('/');
  const first = slash < 0 ? '' : withoutDigest.slice(0, slash);
  const hasHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const host = hasHost ? first.toLowerCase() : 'docker.io';
  let path = hasHost ? withoutDigest.slice(slash + 1) : withoutDigest;
  // A tag follows the last colon of the last path component (a colon before it is the host's port).
  const lastSlash = path.lastIndexOf('/');
  const colon = path.indexOf(':', lastSlash + 1);
  if (colon >= 0) path = path.slice(0, colon);
  if (!hasHost && !path.includes('/')) path = `library/${path}`;
  return { host, repository: `${host}/${path}` };
}
