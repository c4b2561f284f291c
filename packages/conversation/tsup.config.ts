// The shared build of every published package (config/tsup.ts), with the fixture runner as its own
// entry (@lotsen/conversation/testing), off the main one.
import { packageBuildWith } from '../../config/tsup.js';

export default packageBuildWith(['src/index.ts', 'src/testing.ts']);
