import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { PlaceOutcomesDocument } from '../generated/graphql';
import { useFormats } from '../i18n/format';
import { DataTable } from '../ui/data-table';
import { DownloadButtons } from '../ui/download-buttons';
import { Loading, Problems } from '../ui/problems';
import { useApi } from '../ui/use-api';

/**
 * What a place achieved in the period, in people: how many took part, started, left, and moved on to paid work or
 * another good next step, per month. Small numbers are hidden from funders by the API (null), so nobody can be
 * recognised; the page says so instead of showing a number.
 */
export function PlaceOutcomes({
  placeId,
  name,
  from,
  to,
}: {
  placeId: string;
  name: string;
  from: string;
  to: string;
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const firstDay = `${from}-01`;
  const lastDay = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)), 0))
    .toISOString()
    .slice(0, 10);
  const result = useApi(
    () => request(PlaceOutcomesDocument, { placeId, from: firstDay, to: lastDay }),
    [placeId, firstDay, lastDay],
  );
  const data = result.data?.outcomes;
  const count = (value: number | null | undefined) =>
    value == null ? t('outcomes.hidden') : f.number(value);
  const id = `outcomes-${placeId}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('outcomes.title', { place: name })}</h2>
      <Problems problems={result.problems} />
      {result.loading && !data && <Loading />}
      {data && (
        <>
          <dl className="figures">
            {(
              [
                ['active', data.active],
                ['started', data.started],
                ['left', data.left],
                ['movedOnToWork', data.movedOnToWork],
                ['movedOnPositive', data.movedOnPositive],
              ] as const
            ).map(([key, value]) => (
              <div key={key} data-outcome={key}>
                <dt>{t(`outcomes.${key}`)}</dt>
                <dd>{count(value)}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">{t('outcomes.suppressed', { threshold: data.suppressionThreshold })}</p>
          <DataTable
            caption={t('outcomes.caption', { place: name })}
            rows={data.months}
            rowKey={(row) => row.month}
            columns={[
              { header: t('outcomes.month'), cell: (row) => f.month(row.month) },
              { header: t('outcomes.active'), cell: (row) => count(row.active), numeric: true },
              { header: t('outcomes.started'), cell: (row) => count(row.started), numeric: true },
              { header: t('outcomes.left'), cell: (row) => count(row.left), numeric: true },
              { header: t('outcomes.movedOnToWork'), cell: (row) => count(row.movedOnToWork), numeric: true },
            ]}
          />
          <DownloadButtons
            name="outcomes"
            params={{ placeId, from, to }}
            what={t('outcomes.downloadWhat', { place: name })}
          />
        </>
      )}
    </section>
  );
}
