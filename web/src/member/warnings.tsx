import { useTranslation } from 'react-i18next';
import type { StatementLinesFragment } from '../generated/graphql';
import { useFormats } from '../i18n/format';

type Warning = StatementLinesFragment['warnings'][number];

/** The text key of a warning: the volunteer warning has a second wording when age, not the amount, is the cause. */
function keyOf(warning: Warning): string {
  if (warning.code === 'VOLUNTEER_ALLOWANCE_ABOVE_LIMIT') {
    if (warning.minAge != null) return 'warnings.VOLUNTEER_ALLOWANCE_UNDER_AGE';
    if (warning.limitPeriod === 'YEAR') return 'warnings.VOLUNTEER_ALLOWANCE_ABOVE_YEAR_LIMIT';
  }
  return `warnings.${warning.code}`;
}

/** Warnings of a statement, worded in the app's language from their code and parameters (never the API's text). */
export function Warnings({ warnings }: { warnings: Warning[] }) {
  const { t } = useTranslation();
  const f = useFormats();
  if (!warnings.length) return null;
  const params = (w: Warning) => ({
    rule: w.ruleCode ? t(`rules.${w.ruleCode}`, { defaultValue: w.ruleCode }) : '',
    months: w.maxMonths ?? '',
    age: w.minAge ?? '',
    amount: w.amountCents != null ? f.money(w.amountCents) : '',
    limit: w.limitCents != null ? f.money(w.limitCents) : '',
    month: w.month ? f.month(w.month) : '',
    costSharers: w.costSharers ?? '',
    previous: w.previousCostSharers ?? '',
  });
  return (
    <ul className="warnings" aria-label={t('member.warningsLabel')}>
      {warnings.map((warning, index) => (
        <li key={`${warning.code}-${index}`}>
          <strong>{t('member.warning')}: </strong>
          {warning.partner && `${t('member.partnerPrefix')} `}
          {t(keyOf(warning), { ...params(warning), defaultValue: t('warnings.UNKNOWN') })}
        </li>
      ))}
    </ul>
  );
}
