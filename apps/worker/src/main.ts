import { READ_MODELS } from '../../read-models';
import { runWorker } from './run-worker';

runWorker(READ_MODELS);
