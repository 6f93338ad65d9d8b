import { useTranslation } from 'react-i18next';
import type { StatementLinesFragment } from '../generated/graphql';
import { useFormats } from '../i18n/format';
import { Warnings } from './warnings';

/** The month's statement as lines of money, each with one plain sentence that says what it is. */
export function StatementLines({ statement: s }: { statement: StatementLinesFragment }) {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  // The cost-sharers' norm comes with the API's own reason (who counts and who does not), in both languages.
  const normText =
    s.normBasis.kind === 'COST_SHARERS'
      ? i18n.language === 'en'
        ? s.normBasis.explanationEn
        : s.normBasis.explanation
      : t('member.explain.norm');
  const rule = s.appliedRules.find((applied) => !applied.partner) ?? s.appliedRules[0];
  const lines: { key: string; label: string; cents: number; text: string; strong?: boolean }[] = [
    {
      key: 'earnings',
      label: t('member.lines.earnings'),
      cents: s.earningsCents,
      text:
        s.partnerEarningsCents > 0
          ? t('member.explain.earningsWithPartner', {
              own: f.money(s.memberEarningsCents),
              partner: f.money(s.partnerEarningsCents),
            })
          : s.earningsSources.length
            ? t('member.explain.earningsFrom')
            : t('member.explain.earnings'),
    },
    {
      key: 'disregard',
      label: t('member.lines.disregard'),
      cents: s.disregardCents,
      text: rule
        ? t('member.explain.disregard', {
            percent: f.percent(rule.percentage, 1),
            rule: t(`rules.${rule.code}`, { defaultValue: rule.code }),
            cap: f.money(rule.capCents),
          })
        : t('member.explain.noDisregard'),
    },
    ...(s.volunteerAllowanceCents > 0
      ? [
          {
            key: 'volunteer',
            label: t('member.lines.volunteer'),
            cents: s.volunteerAllowanceCents,
            text:
              s.volunteerAllowanceCountedCents > 0
                ? t('member.explain.volunteerCounted')
                : t('member.explain.volunteerFree'),
          },
        ]
      : []),
    {
      key: 'counted',
      label: t('member.lines.counted'),
      cents: s.countedIncomeCents,
      text: t('member.explain.counted'),
    },
    { key: 'norm', label: t('member.lines.norm'), cents: s.normCents, text: normText },
    {
      key: 'benefit',
      label: t('member.lines.benefit'),
      cents: s.benefitCents,
      text: t('member.explain.benefit'),
      strong: true,
    },
    {
      key: 'total',
      label: t('member.lines.total'),
      cents: s.totalIncomeCents,
      text: t('member.explain.total'),
      strong: true,
    },
  ];
  return (
    <>
      <Warnings warnings={s.warnings} />
      <dl className="lines">
        {lines.map((line) => (
          <div key={line.key} className={line.strong ? 'line strong' : 'line'} data-line={line.key}>
            <dt>{line.label}</dt>
            <dd className="amount">{f.money(line.cents)}</dd>
            <dd className="explain">{line.text}</dd>
            {line.key === 'earnings' && s.earningsSources.length > 0 && (
              <dd className="explain">
                <ul className="sources">
                  {s.earningsSources.map((source) => (
                    <li key={source.enterpriseId}>
                      {source.enterpriseKind === 'JOINT'
                        ? t('member.source.joint', {
                            name: source.enterpriseName,
                            amount: f.money(source.memberCents),
                            share: f.percent(source.shareBasisPoints / 10000, 2),
                          })
                        : t('member.source.own', {
                            name: source.enterpriseName,
                            amount: f.money(source.memberCents),
                          })}
                    </li>
                  ))}
                </ul>
              </dd>
            )}
          </div>
        ))}
      </dl>
      <p className="muted">
        {t('member.earnedShare', { share: f.percent(s.earnedShare) })}{' '}
        {t('member.paidOut', {
          paid: f.money(s.paidOutCents),
          reserved: f.money(s.holidayAllowanceReservedCents),
        })}
      </p>
    </>
  );
}
