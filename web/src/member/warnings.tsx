import { useTranslation } from 'react-i18next';
import type { StatementLinesFragment } from '../generated/graphql';
import { useFormats } from '../i18n/format';

type Warning = StatementLinesFragment['warnings'][number];

/** Warnings of a statement, in the app's language, from their code and parameters. */
export function Warnings({ warnings }: { warnings: Warning[] }) {
  const { t } = useTranslation();
  const f = useFormats();
  if (!warnings.length) return null;
  const params = (warning: Warning): Record<string, string | number> => {
    const w = warning as Warning & Partial<Record<string, unknown>>;
    const out: Record<string, string | number> = {};
    if (typeof w.ruleCode === 'string') out.rule = t(`rules.${w.ruleCode}`, { defaultValue: w.ruleCode });
    if (typeof w.maxMonths === 'number') out.months = w.maxMonths;
    if (typeof w.minAge === 'number') out.age = w.minAge;
    if (typeof w.amountCents === 'number') out.amount = f.money(w.amountCents);
    if (typeof w.limitCents === 'number') out.limit = f.money(w.limitCents);
    if (typeof w.month === 'string') out.month = f.month(w.month);
    return out;
  };
  return (
    <ul className="warnings" aria-label={t('member.warningsLabel')}>
      {warnings.map((warning, index) => (
        <li key={`${warning.code}-${index}`}>
          <strong>{t('member.warning')}: </strong>
          {t(`warnings.${warning.code}`, { ...params(warning), defaultValue: t('warnings.UNKNOWN') })}
        </li>
      ))}
    </ul>
  );
}
