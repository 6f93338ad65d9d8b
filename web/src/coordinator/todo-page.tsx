import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { addDays, today } from '../dates';
import { MissingRegistrationsDocument } from '../generated/graphql';
import { useFormats } from '../i18n/format';
import { Link } from '../router';
import { Loading, Problems } from '../ui/problems';
import { useApi } from '../ui/use-api';
import { PlacePicker } from './place-picker';
import { usePlaces } from './use-places';

/** Sessions of the last four weeks without any attendance registered: a to-do list with links to the rosters. */
export default function TodoPage() {
  const { t } = useTranslation();
  const f = useFormats();
  const { places, place } = usePlaces();
  const placeId = place?.id ?? '';
  const to = today();
  const from = addDays(to, -27);
  const missing = useApi(
    () => (placeId ? request(MissingRegistrationsDocument, { placeId, from, to }) : Promise.resolve(null)),
    [placeId, from, to],
  );
  const items = missing.data?.missingRegistrations ?? [];
  return (
    <section>
      <h1>{t('coordinator.todo.title')}</h1>
      <p>{t('coordinator.todo.intro', { from: f.date(from, 'short'), to: f.date(to, 'short') })}</p>
      <div className="toolbar">
        <PlacePicker places={places} place={place} />
      </div>
      <Problems problems={missing.problems} />
      {missing.loading && !missing.data && <Loading />}
      {missing.data && items.length === 0 && <p>{t('coordinator.todo.none')}</p>}
      {items.length > 0 && (
        <ul className="todo">
          {items.map((o) => (
            <li key={o.id}>
              <Link href={`/rooster?werkplaats=${o.workshop.id}&datum=${o.date}`}>
                {t('coordinator.todo.item', {
                  workshop: o.workshop.name,
                  date: f.date(o.date, 'weekday'),
                  time: `${o.startTime}–${o.endTime}`,
                  count: o.bookedCount,
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
