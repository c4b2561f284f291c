import { z } from 'zod';

type AnySchema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & Record<string, unknown>;

/** A copy of `schema` with another definition: the same kind, its checks and refinements kept. */
function withDef(schema: AnySchema, def: Def): AnySchema {
  return new schema._zod.constr(def);
}

/** The kinds that wrap one schema in `innerType`. */
const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'catch',
  'readonly',
  'nonoptional',
]);

/**
 * The same schema with every object in it strict: a key the schema does not name is refused
 * (`unrecognized_keys`, naming the keys) instead of dropped. Objects inside arrays, tuples, records,
 * unions, optionals, defaults and pipes are reached; an intersection is left as it is (each side
 * would refuse the other's keys), and so is a lazy schema. Checks and refinements stay.
 *
 * For input Lotsen must not take silently, such as a request body with a field Lotsen does not know
 * (a personal identity number, say): the sender is told instead of the field vanishing. Reading
 * stored rows keeps the lenient schema.
 *
 * @example
 * ```ts
 * refuseUnknownKeys(LeaderSchema).safeParse({ ...leader, personnummer: '...' }).success; // false
 * ```
 */
export function refuseUnknownKeys<S extends z.core.$ZodType>(schema: S): S {
  return strictCopy(schema, new Map()) as S;
}

function strictCopy(schema: AnySchema, seen: Map<AnySchema, AnySchema>): AnySchema {
  const known = seen.get(schema);
  if (known) return known;
  const copy = copyOf(schema, (inner) => strictCopy(inner, seen));
  seen.set(schema, copy);
  return copy;
}

/** One level of the copy; `strict` makes the schemas inside strict. */
function copyOf(schema: AnySchema, strict: (inner: AnySchema) => AnySchema): AnySchema {
  const def = schema._zod.def as Def;
  const list = (items: unknown) => (items as AnySchema[]).map(strict);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      const strictShape = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, strict(v)]));
      return withDef(schema, { ...def, shape: strictShape, catchall: z.never() });
    }
    case 'array':
      return withDef(schema, { ...def, element: strict(def.element as AnySchema) });
    case 'tuple':
      return withDef(schema, {
        ...def,
        items: list(def.items),
        rest: def.rest ? strict(def.rest as AnySchema) : def.rest,
      });
    case 'record':
      return withDef(schema, { ...def, valueType: strict(def.valueType as AnySchema) });
    case 'union':
      return withDef(schema, { ...def, options: list(def.options) });
    case 'pipe':
      return withDef(schema, {
        ...def,
        in: strict(def.in as AnySchema),
        out: strict(def.out as AnySchema),
      });
    default:
      return WRAPPERS.has(def.type)
        ? withDef(schema, { ...def, innerType: strict(def.innerType as AnySchema) })
        : schema;
  }
}
