// Test support only: validates export output against the vendored HSDS 3.0 JSON Schemas with Ajv 8.
// Ajv is a root devDependency, so nothing outside tests may import this file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module.
const addFormats = formatsModule.default;

/** `shared/hsds-schema/v3.0`: the repo root is four levels up from `src/hsds/`, `shared/` beside it. */
export const HSDS_SCHEMA_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'shared',
  'hsds-schema',
  'v3.0',
);

/** Where `openapi.json` says the list item schema lives; registered under that URL so its `$ref` resolves. */
const SERVICE_LIST_URL =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/service_list.json';

function readJson(...path: string[]): Record<string, unknown> {
  return JSON.parse(readFileSync(join(HSDS_SCHEMA_DIR, ...path), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** One validation result: the Ajv errors, empty when the value is valid. */
export type SchemaErrors = ErrorObject[];

/** Validators for the HSDS objects the export writes. */
export interface HsdsValidators {
  /** Against a per-object schema file, e.g. `service.json` (cross-file `$ref`s resolved by file name). */
  object(file: string, value: unknown): SchemaErrors;
  /** Against `compiled/service_with_definitions.json`, the self-contained full service schema. */
  compiledService(value: unknown): SchemaErrors;
  /** Against `compiled/service_list.json`, the `GET /services` item schema. */
  serviceListItem(value: unknown): SchemaErrors;
  /** Against the `GET /services` 200 response of `openapi.json`: the `Page` envelope with service list items. */
  servicesPage(value: unknown): SchemaErrors;
  /** The exact property names of `components.schemas.Page` in `openapi.json`. */
  readonly pageProperties: readonly string[];
}

/** Builds Ajv (strict off for the schemas' Frictionless keywords, formats on) over the vendored schemas. */
export function hsdsValidators(): HsdsValidators {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(HSDS_SCHEMA_DIR)) {
    if (file.endsWith('.json') && file !== 'openapi.json' && file !== 'datapackage.json') {
      ajv.addSchema(readJson(file), file);
    }
  }
  const compiled = ajv.compile(readJson('compiled', 'service_with_definitions.json'));
  const listItem = readJson('compiled', 'service_list.json');
  ajv.addSchema(listItem, SERVICE_LIST_URL);
  const openapi = readJson('openapi.json') as {
    components: { schemas: { Page: { properties: Record<string, unknown> } } };
    paths: Record<
      string,
      { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }
    >;
  };
  const pageResponse =
    openapi.paths['/services']!.get.responses['200']!.content['application/json']!.schema;
  // `#/components/schemas/Page` resolves against the schema root, so the components ride along.
  const page = ajv.compile({ ...pageResponse, components: openapi.components });
  const cache = new Map<string, ValidateFunction>();
  const run = (validate: ValidateFunction, value: unknown): SchemaErrors =>
    validate(value) ? [] : [...(validate.errors ?? [])];
  return {
    object(file, value) {
      let validate = cache.get(file);
      if (!validate) {
        validate = ajv.getSchema(file);
        if (!validate) throw new Error(`No HSDS schema ${file}`);
        cache.set(file, validate);
      }
      return run(validate, value);
    },
    compiledService: (value) => run(compiled, value),
    serviceListItem: (value) => run(ajv.getSchema(SERVICE_LIST_URL)!, value),
    servicesPage: (value) => run(page, value),
    pageProperties: Object.keys(openapi.components.schemas.Page.properties),
  };
}
