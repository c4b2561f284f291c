// The shared build of every published package: config/tsup.ts.
export { packageBuild as default } from '../../config/tsup.js';
