/** One changed field of a catalogue entry: its dotted path, and the value before and after. */
export interface FieldChange {
  readonly path: string;
  /** Absent when the field was added. */
  readonly before?: unknown;
  /** Absent when the field was removed. */
  readonly after?: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON values, whatever the order of keys (jsonb keeps its own order). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((value, i) => same(value, b[i]))
    );
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a).filter((k) => a[k] !== undefined);
  return (
    keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length &&
    keys.every((k) => same(a[k], b[k]))
  );
}

/**
 * The fields that differ between two versions of an entry, field by field: objects are compared
 * key by key (`contact.phone`), lists and other values as a whole (`languages`), so that a reader
 * of the history sees exactly what an editor changed.
 */
export function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (same(before, after)) return [];
  if (!isPlainObject(before) || !isPlainObject(after)) {
    return [
      {
        path,
        ...(before === undefined ? {} : { before }),
        ...(after === undefined ? {} : { after }),
      },
    ];
  }
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) =>
    fieldChanges(before[key], after[key], path === '' ? key : `${path}.${key}`),
  );
}
