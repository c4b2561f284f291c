// The workspace's shared test support; tests import it as `@lotsen/test-support`.
export {
  DEFAULT_REFERENCE_DIR,
  REFERENCES,
  REFERENCE_DIR_SETTING,
  REPOSITORY_ROOT,
  missingReferences,
  reference,
  referenceDir,
} from './references.js';
export type { Reference, ReferenceName } from './references.js';
export { hsdsValidators } from './hsds.js';
export type { HsdsValidators, SchemaErrors } from './hsds.js';
