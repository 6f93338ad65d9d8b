import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/** Loads rows by id in one statement per batch; a missing id yields null. */
export function byIdLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Rows by `key`, each group in the rows' order: the one grouping helper. */
export function groupRows<K, T>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Groups `rows` by `key` in the order of `keys`; a key without rows yields an empty list. */
export function groupBy<K, T>(keys: readonly K[], rows: T[], key: (row: T) => K): T[][] {
  const groups = groupRows(rows, key);
  return keys.map((k) => groups.get(k) ?? []);
}
