import { appBuild } from '../../config/tsup.js';

// The shared app build (config/tsup.ts) from the server's entry point.
export default appBuild(['src/server.ts']);
