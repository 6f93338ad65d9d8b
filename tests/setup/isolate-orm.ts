import 'reflect-metadata';

/**
 * MikroORM keeps entity metadata on `globalThis`, and Jest copies the globals of its own process (where the
 * global set-up ran MikroORM) into every test file's sandbox. Metadata from another realm breaks discovery
 * (`instanceof Map` fails), so each test file starts with its own.
 */
for (const key of Object.keys(globalThis)) {
  if (key.startsWith('mikro-orm-')) delete (globalThis as Record<string, unknown>)[key];
}
