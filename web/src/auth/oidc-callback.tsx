import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../router';
import { finishSignIn } from './oidc';
import { useSession } from './session';

/** /inloggen/terug: where the identity provider sends the browser back after signing in. */
export default function OidcCallback() {
  const { t } = useTranslation();
  const session = useSession();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    finishSignIn().then(
      async (token) => {
        await session.signIn(token);
        navigate('/', { replace: true });
      },
      () => setFailed(true),
    );
    // Once per visit of this page.
  }, []);
  return (
    <section>
      <h1>{t('signIn.title')}</h1>
      {failed ? <p role="alert">{t('signIn.failed')}</p> : <p role="status">{t('common.loading')}</p>}
    </section>
  );
}
