import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { useSession } from '../auth/session';
import { isMonth, thisMonth } from '../dates';
import { MemberMonthDocument, MemberYearDocument } from '../generated/graphql';
import { useFormats } from '../i18n/format';
import { setParam, useLocation } from '../router';
import { DataTable } from '../ui/data-table';
import { Loading, Problems } from '../ui/problems';
import { useApi } from '../ui/use-api';
import { DisregardsLeft } from './disregards-left';
import { ForecastForm } from './forecast';
import { StatementLines } from './statement-lines';

const BarChart = lazy(() => import('../ui/bar-chart'));

/** "Mijn geld": a member's month, what is left of their disregards, and their year. */
export default function MemberPage() {
  const { t } = useTranslation();
  const f = useFormats();
  const { me } = useSession();
  const { params } = useLocation();
  const chosen = params.get('maand');
  const month = isMonth(chosen) ? chosen : thisMonth();
  const memberId = me?.memberId ?? '';
  const year = Number(month.slice(0, 4));
  const monthData = useApi(() => request(MemberMonthDocument, { memberId, month }), [memberId, month]);
  const yearData = useApi(() => request(MemberYearDocument, { memberId, year }), [memberId, year]);

  const statements = useMemo(() => yearData.data?.benefitYear.statements ?? [], [yearData.data]);
  const labels = useMemo(() => statements.map((s) => f.month(s.month, 'short')), [statements, f]);
  const series = useMemo(
    () => [
      { label: t('member.year.earnings'), values: statements.map((s) => s.earningsCents), color: '#0b6e4f' },
      { label: t('member.year.benefit'), values: statements.map((s) => s.benefitCents), color: '#8fb8de' },
    ],
    [statements, t],
  );

  if (!memberId) return <p>{t('member.noMember')}</p>;
  const name = monthData.data?.member?.displayName;
  return (
    <>
      <h1>{t('member.title')}</h1>
      {name && <p className="lead">{t('member.hello', { name })}</p>}
      <div className="toolbar">
        <label htmlFor="month">{t('member.month')}</label>
        <input
          id="month"
          type="month"
          value={month}
          onChange={(event) => isMonth(event.target.value) && setParam('maand', event.target.value)}
        />
      </div>

      <section aria-labelledby="this-month">
        <h2 id="this-month">{t('member.thisMonth', { month: f.month(month) })}</h2>
        <Problems problems={monthData.problems} />
        {monthData.loading && !monthData.data && <Loading />}
        {monthData.data && <StatementLines statement={monthData.data.benefitStatement} />}
      </section>

      <section aria-labelledby="forecast">
        <h2 id="forecast">{t('forecast.title')}</h2>
        <ForecastForm memberId={memberId} month={month} />
      </section>

      <section aria-labelledby="left">
        <h2 id="left">{t('member.left.title')}</h2>
        {yearData.data && <DisregardsLeft statements={statements} month={month} />}
      </section>

      <section aria-labelledby="year">
        <h2 id="year">{t('member.year.title', { year })}</h2>
        <Problems problems={yearData.problems} />
        {yearData.data && (
          <>
            <Suspense fallback={<Loading />}>
              <BarChart labels={labels} series={series} money={f.money} locale={f.locale} />
            </Suspense>
            <DataTable
              caption={t('member.year.caption', { year })}
              rows={statements}
              rowKey={(row) => row.month}
              columns={[
                { header: t('member.year.month'), cell: (row) => f.month(row.month) },
                {
                  header: t('member.year.earnings'),
                  cell: (row) => f.money(row.earningsCents),
                  numeric: true,
                },
                { header: t('member.year.benefit'), cell: (row) => f.money(row.benefitCents), numeric: true },
                {
                  header: t('member.year.total'),
                  cell: (row) => f.money(row.totalIncomeCents),
                  numeric: true,
                },
              ]}
              footer={[
                t('member.year.totals'),
                f.money(yearData.data.benefitYear.totals.earningsCents),
                f.money(yearData.data.benefitYear.totals.benefitCents),
                f.money(yearData.data.benefitYear.totals.totalIncomeCents),
              ]}
            />
          </>
        )}
      </section>
    </>
  );
}
