/**
 * The platform's signing keys and the revocation bits of issued credentials, in SQL (tables
 * `credential_signing_key` and `skill_credential`). The newest key that is not retired signs; every key that ever
 * signed stays published, so that credentials issued before a key change keep verifying.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JWK } from 'jose';
import { generateSigningKey, type SigningKey } from './credential.jwt';

/** The one status list in use; a second one starts when this one is full. */
export const STATUS_LIST_ID = 1;

const LOCK_KEY = "hashtext('meedoen.skill-credentials')";

/** Serialises key creation and status index allocation for the rest of the transaction. */
export async function lockCredentials(em: EntityManager): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(${LOCK_KEY})`);
}

interface KeyRow {
  kid: string;
  private_jwk: JWK;
  public_jwk: JWK;
}

/** The current signing key, created on first use (call inside a transaction, after {@link lockCredentials}). */
export async function currentSigningKey(em: EntityManager): Promise<SigningKey> {
  const [row]: KeyRow[] = await em.execute(
    `select kid, private_jwk, public_jwk from credential_signing_key
      where retired_at is null order by created_at desc limit 1`,
  );
  if (row) return { kid: row.kid, privateJwk: row.private_jwk, publicJwk: row.public_jwk };
  const key = await generateSigningKey();
  await em.execute(
    `insert into credential_signing_key (id, created_at, updated_at, kid, private_jwk, public_jwk)
     values (gen_random_uuid(), now(), now(), ?, ?::jsonb, ?::jsonb)`,
    [key.kid, JSON.stringify(key.privateJwk), JSON.stringify(key.publicJwk)],
  );
  return key;
}

/**
 * Retires every signing key in use and makes a new one (call inside a transaction, after {@link lockCredentials}).
 * Retired keys sign nothing more but stay published, so everything they signed keeps verifying.
 */
export async function rotateSigningKey(
  em: EntityManager,
): Promise<{ id: string; kid: string; retired: string[] }> {
  const retired: { kid: string }[] = await em.execute(
    `update credential_signing_key set retired_at = now(), updated_at = now()
      where retired_at is null returning kid`,
  );
  const key = await currentSigningKey(em);
  const [row]: { id: string }[] = await em.execute('select id from credential_signing_key where kid = ?', [
    key.kid,
  ]);
  return { id: row.id, kid: key.kid, retired: retired.map((row) => row.kid) };
}

/** Public parts of every key that ever signed, newest first. */
export async function publishedKeys(em: EntityManager): Promise<{ publicJwk: JWK }[]> {
  const rows: { public_jwk: JWK }[] = await em.execute(
    'select public_jwk from credential_signing_key order by created_at desc',
  );
  return rows.map((row) => ({ publicJwk: row.public_jwk }));
}

/** The next free index in the status list (call after {@link lockCredentials}). */
export async function nextStatusIndex(em: EntityManager): Promise<number> {
  const [row]: { next: number }[] = await em.execute(
    'select coalesce(max(status_index), -1)::int + 1 as next from skill_credential where status_list = ?',
    [STATUS_LIST_ID],
  );
  return row.next;
}

/** Indexes of revoked credentials in a status list. */
export async function revokedIndexes(em: EntityManager, list: number): Promise<number[]> {
  const rows: { status_index: number }[] = await em.execute(
    'select status_index from skill_credential where status_list = ? and revoked_at is not null',
    [list],
  );
  return rows.map((row) => row.status_index);
}
