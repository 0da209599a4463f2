/**
 * A worker process running the sample projection, for the fault tests: the real worker
 * (apps/worker) with a test list of projections, configured by the environment like the real one.
 */
import { runWorker } from '../../apps/worker/src/run-worker';
import { countsProjection } from './sample-counts.projection';

runWorker([countsProjection()], { pollIntervalMs: 200, lockRetryMs: 100 });
