import { RuntimeVersionFact } from './catalog-types';
import { READ_CONFIRMATIONS, SERVICE_SHUTDOWN, SOURCES } from './sources';

/** Python 2.7 and 3.5 (runtime 1.4–1.14). */
const PY27_35 = ['2.7', '3.5'];
/** Python 3.7 only (runtime 2.1 and later). */
const PY37 = ['3.7'];

/**
 * The runtime versions of `trainingInput.runtimeVersion`, with their Python versions, GPU/TPU support and dates.
 *
 * - Python: 1.0–1.2 take 2.7; 1.4–1.14 take 2.7 and 3.5; 1.15 takes 2.7 and 3.7; 2.1 and later take 3.7 only.
 *   Since Jan 13 2020 `runtimeVersion` and `pythonVersion` are required, so no runtime has a default Python.
 * - TPU: `tpu` says whether TPU training is (still) offered on the runtime; 1.6–1.9, 1.11 and 1.12 had TPU support
 *   for a while only (dates in the notes); 1.10 never had it.
 * - GPU: no runtime is documented as CPU-only.
 * - End of support: 1.2–1.9 left training on Mar 17 2020. For the others no date was found; `endOfSupport` is then
 *   the shutdown of AI Platform Training (Jan 31 2025), an upper bound, and is unconfirmed.
 * - Batch prediction takes runtime 2.1 or earlier (TensorFlow models only).
 *
 * Not listed: 1.3 (the retirement table skips it; it probably never existed) and 2.0 (no release found). 2.2–2.10
 * are not shown by any source found and are unconfirmed; 2.11 is in the TPU guide.
 */
export const RUNTIME_VERSIONS: RuntimeVersionFact[] = [
  runtime('1.0', ['2.7'], { released: '2017-03-08', tpu: false, note: 'Announced cut-off Jan 13 2020 was delayed.' }),
  runtime('1.1', ['2.7'], { tpu: false, note: 'Listed in the Dec 10 2019 retirement table; release date not found.' }),
  runtime('1.2', ['2.7'], { released: '2017-06-27', tpu: false, endOfSupport: '2020-03-17' }),
  runtime('1.4', PY27_35, { released: '2017-12-14', tpu: false, endOfSupport: '2020-03-17', note: 'First runtime with Python 3 (3.5).' }),
  runtime('1.5', PY27_35, { released: '2018-03-13', tpu: false, endOfSupport: '2020-03-17' }),
  runtime('1.6', PY27_35, { released: '2018-03-20', tpu: false, endOfSupport: '2020-03-17', note: 'TPU support May 14 2018 – Jun 13 2018.' }),
  runtime('1.7', PY27_35, { released: '2018-04-26', tpu: false, endOfSupport: '2020-03-17', note: 'TPU support May 14 2018 – Aug 24 2018.' }),
  runtime('1.8', PY27_35, { released: '2018-05-16', tpu: false, endOfSupport: '2020-03-17', note: 'TPU support May 29 2018 – Oct 26 2018.' }),
  runtime('1.9', PY27_35, { released: '2018-08-06', tpu: false, endOfSupport: '2020-03-17', note: 'TPU support ended Mar 8 2019.' }),
  runtime('1.10', PY27_35, { released: '2018-08-31', tpu: false, note: 'Never supported TPUs.' }),
  runtime('1.11', PY27_35, {
    released: '2018-12-19',
    tpu: false,
    note: 'First released Oct 5 2018, rolled back Oct 11 (CuDNN GPU bug), re-released Dec 19 2018. TPU support Dec 19 2018 – Jun 6 2019.',
  }),
  runtime('1.12', PY27_35, { released: '2018-12-19', tpu: false, note: 'TPU support Dec 19 2018 – Nov 27 2019.' }),
  runtime('1.13', PY27_35, { released: '2019-03-06', tpu: true, note: 'TPU support from Jun 18 2019.' }),
  runtime('1.14', PY27_35, { released: '2019-07-19', tpu: true, note: 'TPU support from Sep 9 2019.' }),
  runtime('1.15', ['2.7', '3.7'], {
    released: '2019-12-19',
    tpu: true,
    note: 'First runtime with Python 3.7 (no 3.5). TPU support from Jan 28 2020. GPU training failed Jan 7 – Feb 5 2020.',
  }),
  runtime('2.1', PY37, {
    released: '2020-03-09',
    tpu: true,
    source: SOURCES.tensorflow2,
    note:
      'First TF2 runtime, Python 3.7 only; TF_CONFIG says chief instead of master. TPU support from May 21 2020. ' +
      'By the 12-month policy support likely ended about Mar 9 2021.',
  }),
  unverified('2.2', 'A maintainer said in mid-2020 that 2.2 did not yet support Cloud TPU training; TPU assumed later.'),
  unverified('2.3'),
  unverified('2.4'),
  unverified('2.5'),
  unverified('2.6'),
  unverified('2.7'),
  unverified('2.8'),
  unverified('2.9', 'Seen only in a user script; the first research pass recalled no 2.9.'),
  unverified('2.10', 'The first research pass recalled no 2.10.'),
  runtime('2.11', PY37, {
    tpu: true,
    source: SOURCES.usingTpus,
    note: 'Used with BASIC_TPU in the TPU guide. Release date not found.',
  }),
];

/** Options of one runtime entry. */
interface RuntimeOptions {
  readonly released?: string;
  readonly tpu: boolean;
  readonly endOfSupport?: string;
  readonly source?: string;
  readonly note?: string;
}

/** A runtime shown by a release note or a guide. */
function runtime(version: string, pythonVersions: string[], options: RuntimeOptions): RuntimeVersionFact {
  const endKnown = options.endOfSupport !== undefined;
  const notes = [
    options.note,
    endKnown ? undefined : 'End of support: the service shutdown, an upper bound (no per-version date found).',
  ].filter((n): n is string => n !== undefined);
  return {
    version,
    pythonVersions,
    tpu: options.tpu,
    gpu: true,
    ...(options.released ? { released: options.released } : {}),
    endOfSupport: options.endOfSupport ?? SERVICE_SHUTDOWN,
    batchPrediction: isAtMost21(version),
    source: options.source ?? SOURCES.trainingReleaseNotes,
    read: READ_CONFIRMATIONS,
    ...(endKnown ? {} : { unconfirmedFields: ['endOfSupport'] }),
    note: notes.join(' '),
  };
}

/** A runtime after 2.1 that no source found shows: everything about it is unconfirmed. */
function unverified(version: string, note?: string): RuntimeVersionFact {
  return {
    ...runtime(version, PY37, { tpu: true, source: SOURCES.tensorflow2 }),
    confirmed: false,
    note:
      'Existence not confirmed (no release note found after Aug 2020). Python 3.7 per the TF2 guide (2.1 and later); ' +
      'TPU support assumed so that no valid job is rejected; end of support: the service shutdown (upper bound).' +
      (note ? ` ${note}` : ''),
  };
}

/** Whether a `major.minor` version is 2.1 or earlier (batch prediction's limit). */
function isAtMost21(version: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  return major < 2 || (major === 2 && minor <= 1);
}
