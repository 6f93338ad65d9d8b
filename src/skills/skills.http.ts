/**
 * Plain HTTP routes of the skills feature, outside GraphQL:
 * - `GET /.well-known/jwks.json`: the public keys credentials are signed with (no account needed);
 * - `GET /credentials/status/{list}`: the signed revocation status list (no account needed);
 * - `GET /participants/{id}/passport.pdf` and `GET /participants/{id}/passport`: the skills passport as PDF and
 *   as a printable page, with a bearer token of ADMIN or the organisation's staff (404 for anyone else).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth';
import { credentialJwks, statusListCredential } from './credential.service';
import { renderPassportPdf } from './passport.pdf';
import { passportView } from './passport.service';
import { renderPassportHtml } from './passport.view';

export interface SkillsHttpDeps {
  /** A fresh EntityManager for this request. */
  em(): EntityManager;
  /** The viewer of a bearer token; null without one. Throws for an invalid token (the caller answers 401). */
  viewer(req: IncomingMessage): Promise<Viewer | null>;
}

const PASSPORT = /^\/participants\/([^/]+)\/passport(\.pdf)?$/;
const STATUS = /^\/credentials\/status\/(\d{1,9})$/;

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
) {
  res.statusCode = status;
  res.setHeader('content-type', type);
  for (const [key, value] of Object.entries(extra)) res.setHeader(key, value);
  res.end(body);
}

const notFound = (res: ServerResponse) =>
  send(res, 404, 'application/json; charset=utf-8', JSON.stringify({ error: 'Not found.' }));

/** Answers the request when it is one of the routes above; false otherwise. */
export async function handleSkillsRoute(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  deps: SkillsHttpDeps,
): Promise<boolean> {
  const isRoute = pathname === '/.well-known/jwks.json' || STATUS.test(pathname) || PASSPORT.test(pathname);
  if (!isRoute) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'application/json; charset=utf-8', JSON.stringify({ error: 'Only GET.' }), {
      allow: 'GET, HEAD',
    });
    return true;
  }
  const publicHeaders = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=60' };
  if (pathname === '/.well-known/jwks.json') {
    send(
      res,
      200,
      'application/jwk-set+json',
      JSON.stringify(await credentialJwks(deps.em())),
      publicHeaders,
    );
    return true;
  }
  const status = STATUS.exec(pathname);
  if (status) {
    const jwt = await statusListCredential(deps.em(), Number(status[1]));
    if (jwt === null) notFound(res);
    else send(res, 200, 'application/vc+jwt', jwt, publicHeaders);
    return true;
  }
  const [, participantId, pdf] = PASSPORT.exec(pathname)!;
  let viewer: Viewer | null;
  try {
    viewer = await deps.viewer(req);
  } catch {
    viewer = null;
  }
  if (!viewer) {
    send(
      res,
      401,
      'application/json; charset=utf-8',
      JSON.stringify({ error: 'A valid bearer token is required.' }),
      {
        'www-authenticate': 'Bearer',
      },
    );
    return true;
  }
  const view = await passportView(deps.em(), viewer, decodeURIComponent(participantId));
  if (!view) {
    notFound(res);
    return true;
  }
  const privateHeaders = { 'cache-control': 'no-store' };
  if (pdf) {
    send(res, 200, 'application/pdf', await renderPassportPdf(view), {
      ...privateHeaders,
      'content-disposition': 'inline; filename="vaardighedenpaspoort.pdf"',
    });
  } else {
    send(res, 200, 'text/html; charset=utf-8', renderPassportHtml(view), {
      ...privateHeaders,
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
  }
  return true;
}
