import { appBuild } from '../../config/tsup.js';

// The shared app build (config/tsup.ts) from the server's entry point and the development identity provider's.
export default appBuild(['src/server.ts', 'src/dev-idp-server.ts']);
