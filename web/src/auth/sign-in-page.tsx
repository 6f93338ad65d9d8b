import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { type SignInOptionsQuery, SignInOptionsDocument } from '../generated/graphql';
import { navigate } from '../router';
import { Loading, Problems } from '../ui/problems';
import { useApi } from '../ui/use-api';
import { homeOf, useSession } from './session';

type DemoAccount = SignInOptionsQuery['signInOptions']['demoAccounts'][number];

/** The sign-in page: the identity provider when configured; outside production, the demo users too. */
export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const options = useApi(() => request(SignInOptionsDocument, {}), []);
  const [busy, setBusy] = useState(false);

  if (session.me) {
    return (
      <section>
        <h1>{t('signIn.title')}</h1>
        <p>{t('signIn.signedInAs', { who: t(`roles.${session.me.role}`) })}</p>
        <p>
          <button type="button" onClick={() => navigate(homeOf(session.me))}>
            {t('signIn.continue')}
          </button>
        </p>
      </section>
    );
  }
  const signInAs = async (account: DemoAccount) => {
    setBusy(true);
    try {
      await session.signIn(account.token);
      navigate(homeOf(account));
    } finally {
      setBusy(false);
    }
  };
  const oidc = options.data?.signInOptions.oidc;
  const demo = options.data?.signInOptions.demoAccounts ?? [];
  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <Problems problems={options.problems} />
      {options.loading && !options.data && <Loading />}
      {oidc && (
        <p>
          <button
            type="button"
            className="primary"
            onClick={() => void import('./oidc').then((module) => module.startSignIn(oidc))}
          >
            {t('signIn.withProvider')}
          </button>
        </p>
      )}
      {demo.length > 0 && (
        <>
          <h2>{t('signIn.demoTitle')}</h2>
          <p>{t('signIn.demoIntro')}</p>
          <ul className="cards" aria-busy={busy}>
            {demo.map((account) => (
              <li key={account.key}>
                <button type="button" disabled={busy} onClick={() => void signInAs(account)}>
                  <strong>{account.memberName ?? t(`roles.${account.role}`)}</strong>
                  <span>
                    {account.memberName
                      ? t('signIn.memberOf', { organisation: account.organisationName })
                      : (account.organisationName ?? t('signIn.wholePlatform'))}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {options.data && !oidc && demo.length === 0 && <p>{t('signIn.none')}</p>}
    </section>
  );
}
