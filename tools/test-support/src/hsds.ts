// Test support only: validates export output against the official HSDS 3.0 JSON Schemas with Ajv 8.
// The schemas are a reference input from outside the repository (references.ts); Ajv is a root
// devDependency, so nothing outside tests may import this file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { reference } from './references.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module.
const addFormats = formatsModule.default;

/** Where `openapi.json` says the list item schema lives; registered under that URL so its `$ref` resolves. */
const SERVICE_LIST_URL =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/service_list.json';

function readJson(dir: string, ...path: string[]): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, ...path), 'utf8')) as Record<string, unknown>;
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

/** Builds Ajv (strict off for the schemas' Frictionless keywords, formats on) over the schemas in `dir`. */
function buildValidators(dir: string): HsdsValidators {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.json') && file !== 'openapi.json' && file !== 'datapackage.json') {
      ajv.addSchema(readJson(dir, file), file);
    }
  }
  const compiled = ajv.compile(readJson(dir, 'compiled', 'service_with_definitions.json'));
  const listItem = readJson(dir, 'compiled', 'service_list.json');
  ajv.addSchema(listItem, SERVICE_LIST_URL);
  const openapi = readJson(dir, 'openapi.json') as {
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

/**
 * Validators over the official HSDS 3.0 schemas, built on first use, so a test file may create them
 * before knowing whether the schemas are there. Use them only in tests skipped with
 * `skipIf(!reference('hsdsSchema').present)`; used without the schemas, they throw the notice that
 * says how to provide them.
 */
export function hsdsValidators(): HsdsValidators {
  let built: HsdsValidators | undefined;
  const get = (): HsdsValidators => {
    if (built) return built;
    const schemas = reference('hsdsSchema');
    if (!schemas.present) throw new Error(schemas.notice);
    built = buildValidators(schemas.path);
    return built;
  };
  return {
    object: (file, value) => get().object(file, value),
    compiledService: (value) => get().compiledService(value),
    serviceListItem: (value) => get().serviceListItem(value),
    servicesPage: (value) => get().servicesPage(value),
    get pageProperties() {
      return get().pageProperties;
    },
  };
}
