import { Sourced } from '../sourced';
import { READ_VERTEX, VERTEX_SOURCES } from './vertex-sources';

/** Regions where custom training runs: gcloud's client-side list, which Google keeps beside the service. */
export const VERTEX_TRAINING_REGIONS: Sourced & { readonly ids: string[] } = {
  ids: [
    'africa-south1', 'asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast2', 'asia-northeast3', 'asia-south1', 'asia-south2',
    'asia-southeast1', 'asia-southeast2', 'australia-southeast1', 'australia-southeast2', 'europe-central2', 'europe-north1',
    'europe-southwest1', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'europe-west6', 'europe-west8', 'europe-west9',
    'europe-west12', 'me-central1', 'me-central2', 'me-west1', 'northamerica-northeast1', 'northamerica-northeast2', 'southamerica-east1',
    'southamerica-west1', 'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-south1', 'us-west1', 'us-west2', 'us-west3', 'us-west4',
  ],
  source: VERTEX_SOURCES.gcloudRegions,
  read: READ_VERTEX,
};
