import { appBuild } from '../../config/tsup.js';

// The shared app build (config/tsup.ts) from the bot's entry point.
export default appBuild(['src/index.ts']);
