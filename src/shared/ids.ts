const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are opaque to clients but UUIDs inside; anything else can never match a row. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
