import { lotsenProject } from '../../config/vitest.js';

export default lotsenProject({
  name: '@lotsen/api',
  include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
});
