import { RegionFact } from './catalog-types';
import { READ_CONFIRMATIONS, READ_FIRST_PASS, SOURCES } from './sources';

/**
 * The regions of AI Platform Training (legacy `ml.googleapis.com`) and of its batch prediction.
 *
 * The training list is the 22-region list Google's own client code validates against (google/caliban
 * `valid_regions`); every region in it is also on the older regions page or in a release note that added it.
 * Batch prediction: 18 regions were added by dated release notes; the four older ones (us-central1, us-east1,
 * europe-west1, asia-east1) are inferred as the base set, so their `batchPrediction` is unconfirmed.
 *
 * Regional endpoints (`REGION-ml.googleapis.com`) serve online prediction only and are not listed here. Vertex AI
 * regions are not AI Platform regions and are not listed either.
 */
export const REGIONS: RegionFact[] = [
  // On the older regions page (and in the base set of batch prediction, inferred).
  base('us-central1'),
  base('us-east1'),
  base('europe-west1'),
  base('asia-east1'),
  onRegionsPage('us-west1', 'Training added Aug 27 2018; batch prediction added Oct 4 2019.'),
  onRegionsPage('europe-west4', 'Training added Aug 27 2018; batch prediction added Oct 4 2019.'),
  onRegionsPage('us-east4', 'P4 GPUs added Oct 4 2019; batch prediction added Oct 4 2019.'),
  onRegionsPage('asia-southeast1', 'P4/T4 GPUs and batch prediction added Jun 19 2019.'),
  onRegionsPage('asia-northeast1', 'T4 GPUs and batch prediction added Mar 27 2020.'),
  // Added by release notes.
  added('us-west2', 'Training (P4 GPUs) and batch prediction added Oct 4 2019.'),
  added('europe-north1', 'Training (no GPUs) and batch prediction added Oct 4 2019.'),
  added('europe-west2', 'T4 GPUs and batch prediction added Mar 27 2020.'),
  added('asia-south1', 'T4 GPUs and batch prediction added Mar 27 2020.'),
  added('asia-northeast3', 'T4 GPUs and batch prediction added Mar 27 2020.'),
  added('us-west3', 'Training (no GPUs) and batch prediction added Mar 27 2020.'),
  added('europe-west3', 'Training (no GPUs) and batch prediction added Mar 27 2020.'),
  added('europe-west6', 'Training (no GPUs) and batch prediction added Mar 27 2020.'),
  added('asia-east2', 'Training (no GPUs) and batch prediction added Mar 27 2020.'),
  added('asia-northeast2', 'Training (no GPUs) and batch prediction added Mar 27 2020.'),
  added('northamerica-northeast1', 'P4 GPUs and batch prediction added May 13 2020.'),
  added('southamerica-east1', 'T4 GPUs and batch prediction added May 13 2020.'),
  added('australia-southeast1', 'P4/P100 GPUs and batch prediction added May 13 2020.'),
];

/** A region of the older regions page whose batch prediction support predates the release notes (inferred). */
function base(id: string): RegionFact {
  return {
    id,
    training: true,
    batchPrediction: true,
    source: SOURCES.regions,
    read: READ_FIRST_PASS,
    unconfirmedFields: ['batchPrediction'],
    note:
      'Batch prediction: inferred as the base set before Jun 2019 (no release note adds it); from May 2020 batch ' +
      'prediction ran in every training region.',
  };
}

/** A region of the older regions page whose batch prediction was added by a release note. */
function onRegionsPage(id: string, note: string): RegionFact {
  return { id, training: true, batchPrediction: true, source: SOURCES.regions, read: READ_FIRST_PASS, note };
}

/** A region added by a release note (training in the AI Platform release notes, also in google/caliban). */
function added(id: string, note: string): RegionFact {
  return { id, training: true, batchPrediction: true, source: SOURCES.trainingReleaseNotes, read: READ_CONFIRMATIONS, note };
}
