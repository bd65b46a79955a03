// The loader worker: parsing and validating a large graph blocks for seconds, so it runs
// here, behind Comlink. Cancelling terminates the worker.
import { expose } from 'comlink';
import { loadClaimsBlobs, loadGraphBlobs, loadGraphUrl } from './graphLoader';

const api = { load: loadGraphBlobs, loadUrl: loadGraphUrl, loadClaims: loadClaimsBlobs };
export type GraphLoaderApi = typeof api;

expose(api);
