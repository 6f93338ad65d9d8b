import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import {
  CreatePlaceDocument,
  CreateUserAccountDocument,
  ErrorCode,
  MeDocument,
  Role as GqlRole,
  UpdateUserAccountDocument,
  UserAccountsDocument,
} from '../generated/graphql';
import { makeMunicipality, makeOrganisation } from '../factories/foundation';
import { Role, startTestServer, topLevelErrors, unique, type TestServer } from '../setup/harness';

const AUDIENCE = 'meedoen-api';

/** A stand-in identity provider: openid-configuration and a JWKS whose keys a test can rotate. */
class FakeIssuer {
  private server: Server = createServer((req, res) => {
    if (req.url === '/.well-known/openid-configuration') {
      this.discoveries += 1;
      res.end(JSON.stringify({ issuer: this.issuer, jwks_uri: `${this.issuer}/keys` }));
    } else if (req.url === '/keys') {
      this.jwksFetches += 1;
      res.end(
        JSON.stringify({
          keys: this.published.map(({ kid, key }) => ({ ...key.export({ format: 'jwk' }), kid, use: 'sig' })),
        }),
      );
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  issuer = '';
  discoveries = 0;
  jwksFetches = 0;
  published: { kid: string; key: KeyObject }[] = [];
  private readonly privateKeys = new Map<string, KeyObject>();

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A new RSA key; published unless said otherwise. */
  addKey(kid: string, publish = true): void {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKeys.set(kid, privateKey);
    if (publish) this.published.push({ kid, key: publicKey });
  }

  /** A token for `subject`, signed with the private key named `key` (default: the one of `kid`). */
  sign(
    subject: string,
    options: { kid?: string; key?: string; audience?: string; issuer?: string; expiresIn?: number } = {},
  ) {
    const kid = options.kid ?? 'k1';
    return jwt.sign({}, this.privateKeys.get(options.key ?? kid)!, {
      algorithm: 'RS256',
      keyid: kid,
      subject,
      audience: options.audience ?? AUDIENCE,
      issuer: options.issuer ?? this.issuer,
      expiresIn: options.expiresIn ?? 300,
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const idp = new FakeIssuer();
let server: TestServer;
let organisationId: string;

async function status(token: string): Promise<number> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { role } }' }),
  });
  return response.status;
}

async function mapSubject(
  subject: string,
  fields: { role: GqlRole; organisationId?: string; disabled?: boolean },
) {
  const { createUserAccount } = await server.admin.request(CreateUserAccountDocument, {
    input: { issuer: idp.issuer, subject, displayName: unique('Medewerker'), ...fields },
  });
  expect(createUserAccount.errors).toEqual([]);
  return createUserAccount.userAccount!;
}

beforeAll(async () => {
  idp.addKey('k1');
  await idp.start();
  server = await startTestServer({
    env: { OIDC_ISSUER: idp.issuer, OIDC_AUDIENCE: AUDIENCE, OIDC_JWKS_COOLDOWN_SECONDS: '0' },
  });
  organisationId = (await makeOrganisation(server.orm)).id;
});
afterAll(async () => {
  await server.stop();
  await idp.stop();
});

describe('tokens of an external OpenID Connect issuer', () => {
  it('gives a mapped subject the role and organisation of its user account', async () => {
    const subject = unique('staff').replace(' ', '-');
    await mapSubject(subject, { role: GqlRole.OrgStaff, organisationId });
    const staff = server.client(idp.sign(subject));
    const { me } = await staff.request(MeDocument);
    expect(me).toEqual({ subject, role: 'ORG_STAFF', organisationId, memberId: null });
    expect(idp.discoveries).toBe(1);

    const municipality = await makeMunicipality(server.orm);
    const { createPlace } = await staff.request(CreatePlaceDocument, {
      input: { name: unique('Plek'), organisationId, municipalityId: municipality.id },
    });
    expect(createPlace.errors).toEqual([]);
  });

  it('refuses unknown subjects and disabled users with 401 UNAUTHENTICATED', async () => {
    expect(await topLevelErrors(server.client(idp.sign('nobody-we-know')), MeDocument, {})).toEqual([
      { code: 'UNAUTHENTICATED', message: expect.stringContaining('No user account') },
    ]);
    expect(await status(idp.sign('nobody-we-know'))).toBe(401);
    const subject = unique('gone').replace(' ', '-');
    await mapSubject(subject, { role: GqlRole.Admin, disabled: true });
    expect(await topLevelErrors(server.client(idp.sign(subject)), MeDocument, {})).toEqual([
      { code: 'UNAUTHENTICATED', message: 'This user account is disabled.' },
    ]);
  });

  it.each([
    ['another audience', () => idp.sign('x', { audience: 'someone-else' })],
    ['another issuer', () => idp.sign('x', { issuer: 'https://elsewhere.example' })],
    ['expired', () => idp.sign('x', { expiresIn: -120 })],
    [
      'signed with an unpublished key under a published kid',
      () => {
        idp.addKey('rogue', false);
        return idp.sign('x', { kid: idp.published[0].kid, key: 'rogue' });
      },
    ],
    ['signed with an unknown key', () => idp.sign('x', { kid: 'rogue' })],
    [
      'HS256 with the issuer name',
      () => jwt.sign({}, 'guess', { subject: 'x', audience: AUDIENCE, issuer: idp.issuer }),
    ],
    ['malformed', () => 'not.a.token'],
  ])('refuses a token %s', async (_what, make) => {
    const token = make();
    expect(await topLevelErrors(server.client(token), MeDocument, {})).toEqual([
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    ]);
    expect(await status(token)).toBe(401);
  });

  it('fetches the keys again when the issuer rotates them', async () => {
    const subject = unique('rotated').replace(' ', '-');
    await mapSubject(subject, { role: GqlRole.Admin });
    const before = idp.jwksFetches;
    idp.addKey('k2');
    idp.published = idp.published.filter((key) => key.kid !== 'k1');
    const { me } = await server.client(idp.sign(subject, { kid: 'k2' })).request(MeDocument);
    expect(me?.role).toBe('ADMIN');
    expect(idp.jwksFetches).toBe(before + 1);
    // Cached now: the next request fetches nothing.
    await server.client(idp.sign(subject, { kid: 'k2' })).request(MeDocument);
    expect(idp.jwksFetches).toBe(before + 1);
  });

  it('looks up the user account only after the query passed the limits', async () => {
    const deep = `{ places(first: 1) { edges { node { workshops { place { workshops { place { workshops { place { workshops { name } } } } } } } } } } }`;
    const { result, statements } = await server.countStatements(() =>
      fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${idp.sign('nobody-we-know', { kid: idp.published[0].kid })}`,
        },
        body: JSON.stringify({ query: deep }),
      }).then((response) => response.json()),
    );
    expect((result as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'QUERY_TOO_DEEP',
    );
    expect(statements).toEqual([]);
  });

  it('keeps local tokens working next to the issuer', async () => {
    const { me } = await server.client(server.token(Role.FUNDER, organisationId)).request(MeDocument);
    expect(me).toMatchObject({ role: 'FUNDER', organisationId });
  });
});

describe('user accounts', () => {
  it('lets an admin change a mapping, and checks that role and tenant fit', async () => {
    const subject = unique('changing').replace(' ', '-');
    const account = await mapSubject(subject, { role: GqlRole.OrgStaff, organisationId });
    const { updateUserAccount } = await server.admin.request(UpdateUserAccountDocument, {
      input: { id: account.id, role: GqlRole.Funder },
    });
    expect(updateUserAccount.userAccount).toMatchObject({
      role: 'FUNDER',
      organisation: { id: organisationId },
    });
    const { me } = await server.client(idp.sign(subject, { kid: idp.published[0].kid })).request(MeDocument);
    expect(me?.role).toBe('FUNDER');

    const wrong = await server.admin.request(UpdateUserAccountDocument, {
      input: { id: account.id, role: GqlRole.Member },
    });
    expect(wrong.updateUserAccount.errors.map((e) => e.field)).toEqual([
      ['input', 'organisationId'],
      ['input', 'memberId'],
    ]);
    const duplicate = await server.admin.request(CreateUserAccountDocument, {
      input: { issuer: idp.issuer, subject, role: GqlRole.Admin },
    });
    expect(duplicate.createUserAccount.errors).toEqual([
      expect.objectContaining({ code: ErrorCode.Conflict, field: ['input', 'subject'] }),
    ]);
    const { userAccounts } = await server.admin.request(UserAccountsDocument, {
      first: 100,
      role: GqlRole.Funder,
    });
    expect(userAccounts.edges.map((edge) => edge.node.subject)).toContain(subject);
  });

  it('keeps user accounts for admins', async () => {
    const staff = server.client(server.token(Role.ORG_STAFF, organisationId));
    expect(
      await topLevelErrors(staff, CreateUserAccountDocument, {
        input: { issuer: idp.issuer, subject: 'me-too', role: GqlRole.Admin },
      }),
    ).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect(await topLevelErrors(staff, UserAccountsDocument, { first: 10 })).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
  });
});
