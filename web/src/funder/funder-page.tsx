import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { useSession } from '../auth/session';
import { thisMonth } from '../dates';
import { FunderOverviewDocument } from '../generated/graphql';
import { useFormats } from '../i18n/format';
import { setParam, useLocation } from '../router';
import { DataTable } from '../ui/data-table';
import { DownloadButtons } from '../ui/download-buttons';
import { Loading, Problems } from '../ui/problems';
import { useApi } from '../ui/use-api';
import { PlaceMix } from './place-mix';
import { PlaceOutcomes } from './place-outcomes';

/** A funder's places: what it pays per place and per kind of stream, and each place's financing mix per month. */
export default function FunderPage() {
  const { t } = useTranslation();
  const f = useFormats();
  const { me } = useSession();
  const { params } = useLocation();
  const current = Number(thisMonth().slice(0, 4));
  const chosen = Number(params.get('jaar'));
  const year = chosen >= 2000 && chosen <= 2100 ? chosen : current;
  const from = `${year}-01`;
  const to = year === current ? thisMonth() : `${year}-12`;
  const funderId = me?.organisationId ?? '';
  const overview = useApi(
    () => request(FunderOverviewDocument, { funderId, from, to }),
    [funderId, from, to],
  );
  const data = overview.data?.funderOverview;
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : f.percent(value);
  return (
    <>
      <h1>{t('funder.title')}</h1>
      {data && (
        <p className="lead">
          {t('funder.lead', { funder: data.funder.name, from: f.month(from), to: f.month(to) })}
        </p>
      )}
      <div className="toolbar">
        <label htmlFor="year">{t('funder.year')}</label>
        <select id="year" value={year} onChange={(event) => setParam('jaar', event.target.value)}>
          {[current - 2, current - 1, current].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <DownloadButtons
          name="funder-overview"
          params={{ funderId, from, to }}
          what={t('funder.downloadWhat')}
        />
      </div>
      <Problems problems={overview.problems} />
      {overview.loading && !data && <Loading />}
      {data && (
        <>
          <section aria-labelledby="places">
            <h2 id="places">{t('funder.places.title')}</h2>
            <DataTable
              caption={t('funder.places.caption')}
              hideCaption
              rows={data.places}
              rowKey={(row) => row.place.id}
              columns={[
                { header: t('funder.places.place'), cell: (row) => row.place.name },
                { header: t('funder.places.paid'), cell: (row) => f.money(row.amountCents), numeric: true },
                {
                  header: t('funder.places.funding'),
                  cell: (row) => f.money(row.fundingCents),
                  numeric: true,
                },
                { header: t('funder.places.costs'), cell: (row) => f.money(row.costsCents), numeric: true },
                {
                  header: t('funder.places.occupancy'),
                  cell: (row) => percent(row.occupancy),
                  numeric: true,
                },
                { header: t('funder.places.coverage'), cell: (row) => percent(row.coverage), numeric: true },
              ]}
              footer={[t('funder.total'), f.money(data.totalCents), '', '', '', '']}
            />
          </section>
          <section aria-labelledby="kinds">
            <h2 id="kinds">{t('funder.kinds.title')}</h2>
            <DataTable
              caption={t('funder.kinds.caption')}
              hideCaption
              rows={data.kinds}
              rowKey={(row) => row.kind}
              columns={[
                { header: t('funder.kinds.kind'), cell: (row) => t(`fundingKinds.${row.kind}`) },
                { header: t('funder.kinds.amount'), cell: (row) => f.money(row.amountCents), numeric: true },
              ]}
            />
          </section>
          {data.places.map((row) => (
            <PlaceMix key={row.place.id} placeId={row.place.id} name={row.place.name} from={from} to={to} />
          ))}
          {data.places.map((row) => (
            <PlaceOutcomes
              key={row.place.id}
              placeId={row.place.id}
              name={row.place.name}
              from={from}
              to={to}
            />
          ))}
        </>
      )}
    </>
  );
}
