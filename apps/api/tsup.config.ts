import { appBuild } from '../../config/tsup.js';

// The shared app build (config/tsup.ts) from the server's entry point, and the command that removes
// the example data (`npm run example-data:remove`).
export default appBuild(['src/server.ts', 'src/example-data-remove.ts']);
