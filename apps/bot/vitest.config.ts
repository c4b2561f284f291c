import { lotsenProject } from '../../config/vitest.js';

export default lotsenProject({ name: '@lotsen/bot' });
