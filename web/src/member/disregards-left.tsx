import { useTranslation } from 'react-i18next';
import type { MemberYearQuery } from '../generated/graphql';

type Statement = MemberYearQuery['benefitYear']['statements'][number];

/** Months used and left of each disregard that applied up to the month, as a bar with the numbers in words. */
export function DisregardsLeft({ statements, month }: { statements: Statement[]; month: string }) {
  const { t } = useTranslation();
  const latest = new Map<string, { used: number; left: number | null }>();
  for (const statement of statements) {
    if (statement.month > month) continue;
    for (const rule of statement.appliedRules) {
      if (rule.monthsUsed !== null && rule.monthsUsed !== undefined) {
        latest.set(rule.code, { used: rule.monthsUsed, left: rule.monthsLeft ?? null });
      }
    }
  }
  if (!latest.size) return <p>{t('member.left.none')}</p>;
  return (
    <ul className="bars">
      {[...latest].map(([code, { used, left }]) => {
        const name = t(`rules.${code}`, { defaultValue: code });
        const id = `rule-${code}`;
        return (
          <li key={code}>
            <span id={id} className="bar-label">
              {name}
            </span>
            {left === null ? (
              <span>{t('member.left.noLimit', { used })}</span>
            ) : (
              <>
                <meter aria-labelledby={id} min={0} max={used + left} value={used} />
                <span>{t('member.left.usedOf', { used, total: used + left, left })}</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
