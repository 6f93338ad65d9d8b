import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config';
import { sendStatic, StaticFiles } from './static';

/** Paths the API itself answers; the web app never shadows them. */
const API_PATHS = new Set(['/graphql', '/healthz']);

/** The pages of the web app (see web/src/app.tsx): a reload on any of them gets the app. */
const APP_ROUTES = new Set([
  '/',
  '/inloggen',
  '/inloggen/terug',
  '/mijn-geld',
  '/plek',
  '/rooster',
  '/aanmelden',
  '/te-doen',
  '/financiering',
  '/leden',
  '/werkgever',
]);

/**
 * Handles a request for the web app or the query explorer; returns false when it is not one (the caller then
 * answers as before). The app's files come from the build folder; the app's pages get index.html, so that a
 * reload on /mijn-geld works.
 */
export type WebHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export function createWebHandler(config: Config): WebHandler {
  const files = new StaticFiles(config.web.distDir);
  void files.warm('/index.html');
  const issuerOrigin = config.oidc ? ` ${new URL(config.oidc.issuer).origin}` : '';
  const appHeaders = {
    // No inline scripts, nothing from elsewhere but the identity provider; the app is never framed.
    'content-security-policy':
      `default-src 'self'; connect-src 'self'${issuerOrigin}; img-src 'self' data:; ` +
      `style-src 'self' 'unsafe-inline'; form-action 'self'${issuerOrigin}; frame-ancestors 'none'; ` +
      `base-uri 'self'; object-src 'none'`,
    'referrer-policy': 'no-referrer',
  };
  const explorerHeaders = {
    // GraphiQL's editor starts workers from its own files and injects styles; still nothing from elsewhere.
    'content-security-policy':
      "default-src 'self'; worker-src 'self' blob:; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
      "font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
    'referrer-policy': 'no-referrer',
  };

  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = url.pathname;
    if (path === '/graphql') {
      const browser = String(req.headers.accept ?? '').includes('text/html');
      if (!browser || !config.web.explorer || url.searchParams.has('query')) return false;
      const page = await files.get('/explorer.html');
      if (!page) return false;
      sendStatic(req, res, page, { immutable: false, headers: explorerHeaders });
      return true;
    }
    if (API_PATHS.has(path) || path.startsWith('/export/')) return false;
    const asset = path !== '/' && /\.[a-z0-9]+$/i.test(path) ? await files.get(path) : null;
    if (asset) {
      sendStatic(req, res, asset, {
        immutable: path.startsWith('/assets/'),
        headers: path.endsWith('.html') ? appHeaders : {},
      });
      return true;
    }
    // Another path: the app (which says the page does not exist) for a browser, with status 404; the API's
    // JSON 404 for anything else.
    const known = APP_ROUTES.has(path);
    if (!known && !String(req.headers.accept ?? '').includes('text/html')) return false;
    const index = await files.get('/index.html');
    if (!index) return false;
    sendStatic(req, res, index, { immutable: false, headers: appHeaders, status: known ? 200 : 404 });
    return true;
  };
}
