import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { PlaceFinancingDocument } from '../generated/graphql';
import { useFormats } from '../i18n/format';
import { DataTable } from '../ui/data-table';
import { Loading, Problems } from '../ui/problems';
import { useApi } from '../ui/use-api';

const BarChart = lazy(() => import('../ui/bar-chart'));

/** Colours with at least 3:1 contrast on white; the table below each chart carries the same numbers. */
const COLORS = ['#0b6e4f', '#1d4ed8', '#b45309', '#7c3aed', '#be123c', '#0f766e', '#4d7c0f', '#a21caf'];
const GAP_COLOR = '#9ca3af';

/** One place's financing per month: who paid what, stacked, and the gap between costs and funding. */
export function PlaceMix(props: { placeId: string; name: string; from: string; to: string }) {
  const { t } = useTranslation();
  const f = useFormats();
  const { placeId, from, to } = props;
  const loaded = useApi(() => request(PlaceFinancingDocument, { placeId, from, to }), [placeId, from, to]);
  const months = useMemo(() => loaded.data?.placeFinancing.months ?? [], [loaded.data]);
  const streams = useMemo(() => {
    const seen = new Map<string, { id: string; label: string }>();
    for (const month of months) {
      for (const s of month.streams) {
        if (!seen.has(s.stream.id))
          seen.set(s.stream.id, { id: s.stream.id, label: `${s.stream.name} (${s.funder.name})` });
      }
    }
    return [...seen.values()];
  }, [months]);
  const amount = (month: (typeof months)[number], streamId: string) =>
    month.streams.filter((s) => s.stream.id === streamId).reduce((sum, s) => sum + s.amountCents, 0);
  const gap = (month: (typeof months)[number]) => Math.max(0, month.costsCents - month.fundingCents);
  const labels = useMemo(() => months.map((m) => f.month(m.month, 'short')), [months, f]);
  const series = useMemo(
    () => [
      ...streams.map((s, index) => ({
        label: s.label,
        values: months.map((m) => amount(m, s.id)),
        color: COLORS[index % COLORS.length],
      })),
      { label: t('funder.mix.gap'), values: months.map(gap), color: GAP_COLOR },
    ],
    [streams, months, t],
  );
  const headingId = `mix-${placeId}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('funder.mix.title', { place: props.name })}</h2>
      <Problems problems={loaded.problems} />
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.data && (
        <>
          <Suspense fallback={<Loading />}>
            <BarChart labels={labels} series={series} stacked money={f.money} locale={f.locale} />
          </Suspense>
          <DataTable
            caption={t('funder.mix.caption', { place: props.name })}
            rows={months}
            rowKey={(row) => row.month}
            columns={[
              { header: t('funder.mix.month'), cell: (row) => f.month(row.month) },
              ...streams.map((s) => ({
                header: s.label,
                cell: (row: (typeof months)[number]) => f.money(amount(row, s.id)),
                numeric: true,
              })),
              { header: t('funder.mix.costs'), cell: (row) => f.money(row.costsCents), numeric: true },
              { header: t('funder.mix.gap'), cell: (row) => f.money(gap(row)), numeric: true },
            ]}
          />
        </>
      )}
    </section>
  );
}
