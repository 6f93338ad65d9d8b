import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { type Language, LANGUAGES, setLanguage } from '../i18n';
import { Link, useLocation } from '../router';

/** Menu items per role: each kind of user sees only the pages of their work. */
const MENU: Record<string, { href: string; key: string }[]> = {
  MEMBER: [{ href: '/mijn-geld', key: 'nav.money' }],
  ORG_STAFF: [
    { href: '/plek', key: 'nav.week' },
    { href: '/aanmelden', key: 'nav.register' },
    { href: '/te-doen', key: 'nav.todo' },
  ],
  ADMIN: [
    { href: '/plek', key: 'nav.week' },
    { href: '/aanmelden', key: 'nav.register' },
    { href: '/te-doen', key: 'nav.todo' },
  ],
  FUNDER: [{ href: '/financiering', key: 'nav.funding' }],
  COOP_STAFF: [{ href: '/leden', key: 'nav.members' }],
};

export function Header() {
  const { t, i18n } = useTranslation();
  const { me, signOut } = useSession();
  const { path } = useLocation();
  const items = me ? (MENU[me.role] ?? []) : [];
  return (
    <header className="top">
      <div className="brand">
        <Link href="/">{t('app.name')}</Link>
      </div>
      {items.length > 0 && (
        <nav aria-label={t('nav.label')}>
          <ul>
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={path === item.href ? 'page' : undefined}>
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="tools">
        <div role="group" aria-label={t('language.label')} className="languages">
          {LANGUAGES.map((language: Language) => (
            <button
              key={language}
              type="button"
              lang={language}
              aria-pressed={i18n.language === language}
              onClick={() => setLanguage(language)}
            >
              {t(`language.${language}`)}
            </button>
          ))}
        </div>
        {me && (
          <button type="button" onClick={signOut}>
            {t('signIn.signOut')}
          </button>
        )}
      </div>
    </header>
  );
}
