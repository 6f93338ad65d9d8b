import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request, setApiToken } from './api/client';
import { homeOf, type Me, SessionContext, type SessionState, storedToken, storeToken } from './auth/session';
import { SignInPage } from './auth/sign-in-page';
import { MeDocument } from './generated/graphql';
import { Link, navigate, useLocation } from './router';
import { Header } from './ui/header';
import { Loading } from './ui/problems';

const MemberPage = lazy(() => import('./member/member-page'));
const WeekPage = lazy(() => import('./coordinator/week-page'));
const RosterPage = lazy(() => import('./coordinator/roster-page'));
const RegisterPage = lazy(() => import('./coordinator/register-page'));
const TodoPage = lazy(() => import('./coordinator/todo-page'));
const FunderPage = lazy(() => import('./funder/funder-page'));
const MembersPage = lazy(() => import('./cooperative/members-page'));
const OidcCallback = lazy(() => import('./auth/oidc-callback'));

function useSessionState(): SessionState & { ready: boolean } {
  const [token, setToken] = useState<string | null>(() => storedToken());
  const [me, setMe] = useState<Me | null>(null);
  const [ready, setReady] = useState(false);

  const load = useCallback(async (value: string | null) => {
    setApiToken(value);
    if (!value) {
      setMe(null);
      return;
    }
    try {
      const { me: viewer } = await request(MeDocument, {});
      setMe(
        viewer
          ? { ...viewer, organisationId: viewer.organisationId ?? null, memberId: viewer.memberId ?? null }
          : null,
      );
    } catch (error) {
      // An expired or foreign token: forget it and ask to sign in again.
      if (error instanceof ApiError) {
        storeToken(null);
        setApiToken(null);
        setToken(null);
        setMe(null);
        return;
      }
      throw error;
    }
  }, []);

  useEffect(() => {
    void load(token).finally(() => setReady(true));
    // Only the stored token at start; later changes go through signIn and signOut.
  }, []);

  return useMemo(
    () => ({
      token,
      me,
      ready,
      async signIn(value: string) {
        storeToken(value);
        setToken(value);
        await load(value);
      },
      signOut() {
        storeToken(null);
        setApiToken(null);
        setToken(null);
        setMe(null);
        navigate('/inloggen');
      },
    }),
    [token, me, ready, load],
  );
}

/** Replaces the address after rendering (navigating during a render would update another component). */
function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function Page({ path, me }: { path: string; me: Me | null }) {
  const { t } = useTranslation();
  if (path === '/inloggen/terug') return <OidcCallback />;
  if (path === '/inloggen' || !me) return <SignInPage />;
  switch (path) {
    case '/':
      return <Redirect to={homeOf(me)} />;
    case '/mijn-geld':
      return <MemberPage />;
    case '/plek':
      return <WeekPage />;
    case '/rooster':
      return <RosterPage />;
    case '/aanmelden':
      return <RegisterPage />;
    case '/te-doen':
      return <TodoPage />;
    case '/financiering':
      return <FunderPage />;
    case '/leden':
      return <MembersPage />;
    case '/werkgever':
      return (
        <section>
          <h1>{t('employer.title')}</h1>
          <p>{t('employer.intro')}</p>
          <p>
            <a href="/graphql">{t('employer.explorer')}</a>
          </p>
        </section>
      );
    default:
      return (
        <section>
          <h1>{t('notFound.title')}</h1>
          <p>
            <Link href={homeOf(me)}>{t('notFound.home')}</Link>
          </p>
        </section>
      );
  }
}

export function App() {
  const session = useSessionState();
  const { path } = useLocation();
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t(`titles.${path}`, { defaultValue: '' }) || t('app.name')} · Meedoen`;
  }, [path, t]);
  return (
    <SessionContext.Provider value={session}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        {session.ready ? (
          <Suspense fallback={<Loading />}>
            <Page path={path} me={session.me} />
          </Suspense>
        ) : (
          <Loading />
        )}
      </main>
    </SessionContext.Provider>
  );
}
