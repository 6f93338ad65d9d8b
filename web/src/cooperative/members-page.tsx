import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { useSession } from '../auth/session';
import { isMonth, thisMonth } from '../dates';
import { CooperativeOverviewDocument } from '../generated/graphql';
import { useFormats } from '../i18n/format';
import { setParam, useLocation } from '../router';
import { DataTable } from '../ui/data-table';
import { Loading, Problems } from '../ui/problems';
import { useApi } from '../ui/use-api';

/** The cooperative's members in a month: earnings, benefit, the share of the norm they earned, warnings. */
export default function MembersPage() {
  const { t } = useTranslation();
  const f = useFormats();
  const { me } = useSession();
  const { params } = useLocation();
  const chosen = params.get('maand');
  const month = isMonth(chosen) ? chosen : thisMonth();
  const cooperativeId = me?.organisationId ?? '';
  const overview = useApi(
    () => request(CooperativeOverviewDocument, { cooperativeId, month }),
    [cooperativeId, month],
  );
  const data = overview.data?.cooperativeOverview;
  const money = (cents: number | null | undefined) => (cents == null ? '–' : f.money(cents));
  return (
    <>
      <h1>{t('cooperative.title')}</h1>
      <div className="toolbar">
        <label htmlFor="month">{t('member.month')}</label>
        <input
          id="month"
          type="month"
          value={month}
          onChange={(event) => isMonth(event.target.value) && setParam('maand', event.target.value)}
        />
      </div>
      <Problems problems={overview.problems} />
      {overview.loading && !data && <Loading />}
      {data && (
        <DataTable
          caption={t('cooperative.caption', { month: f.month(month) })}
          rows={data.members}
          rowKey={(row) => row.member.id}
          columns={[
            { header: t('cooperative.member'), cell: (row) => row.member.displayName },
            { header: t('member.year.earnings'), cell: (row) => money(row.earningsCents), numeric: true },
            { header: t('member.year.benefit'), cell: (row) => money(row.benefitCents), numeric: true },
            {
              header: t('cooperative.earnedShare'),
              cell: (row) => (row.earnedShare == null ? '–' : f.percent(row.earnedShare)),
              numeric: true,
            },
            {
              header: t('cooperative.warnings'),
              cell: (row) =>
                row.warnings
                  .map((w) => t(`cooperative.warningShort.${w.code}`, { defaultValue: w.code }))
                  .join(', ') || '–',
            },
          ]}
          footer={[
            t('member.year.totals'),
            f.money(data.totalEarningsCents),
            f.money(data.totalBenefitCents),
            '',
            '',
          ]}
        />
      )}
    </>
  );
}
