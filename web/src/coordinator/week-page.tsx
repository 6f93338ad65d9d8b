import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { addDays, isDate, mondayOf, today } from '../dates';
import { PlaceWeekDocument } from '../generated/graphql';
import { useFormats } from '../i18n/format';
import { Link, setParam, useLocation } from '../router';
import { Loading, Problems } from '../ui/problems';
import { useApi } from '../ui/use-api';
import { PlacePicker } from './place-picker';
import { usePlaces } from './use-places';

/** The week of a place: workshops × days, with booked / capacity and the waitlist per session. */
export default function WeekPage() {
  const { t } = useTranslation();
  const f = useFormats();
  const { params } = useLocation();
  const { places, place, problems, loading } = usePlaces();
  const chosen = params.get('week');
  const weekStart = mondayOf(isDate(chosen) ? chosen : today());
  const days = Array.from({ length: 7 }, (_, index) => addDays(weekStart, index));
  const placeId = place?.id ?? '';
  const week = useApi(
    () => (placeId ? request(PlaceWeekDocument, { placeId, weekStart }) : Promise.resolve(null)),
    [placeId, weekStart],
  );
  const workshops = week.data?.placeWeek.workshops ?? [];
  const usedDays = days.filter(
    (day, index) => index < 5 || workshops.some((w) => w.occurrences.some((o) => o.date === day)),
  );
  return (
    <>
      <h1>{t('coordinator.week.title', { place: place?.name ?? '' })}</h1>
      <Problems problems={problems ?? week.problems} />
      {loading && !place && <Loading />}
      <div className="toolbar">
        <PlacePicker places={places} place={place} />
        <button type="button" onClick={() => setParam('week', addDays(weekStart, -7))}>
          {t('coordinator.week.previous')}
        </button>
        <span aria-live="polite">
          {t('coordinator.week.range', {
            from: f.date(weekStart, 'short'),
            to: f.date(addDays(weekStart, 6), 'short'),
          })}
        </span>
        <button type="button" onClick={() => setParam('week', addDays(weekStart, 7))}>
          {t('coordinator.week.next')}
        </button>
      </div>
      {week.data && (
        <div className="table-wrap">
          <table className="grid">
            <caption>{t('coordinator.week.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coordinator.week.workshop')}</th>
                {usedDays.map((day) => (
                  <th scope="col" key={day}>
                    {f.date(day, 'weekday')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {workshops.map((row) => (
                <tr key={row.workshop.id}>
                  <th scope="row">{row.workshop.name}</th>
                  {usedDays.map((day) => (
                    <td key={day}>
                      {row.occurrences
                        .filter((o) => o.date === day)
                        .map((o) => (
                          <Link
                            key={o.id}
                            className={o.cancelled ? 'session cancelled' : 'session'}
                            href={`/rooster?werkplaats=${row.workshop.id}&datum=${day}`}
                          >
                            <span className="time">
                              {o.startTime}–{o.endTime}
                            </span>
                            {o.cancelled ? (
                              <span>{t('coordinator.week.cancelled')}</span>
                            ) : (
                              <span>
                                {t('coordinator.week.booked', {
                                  booked: o.bookedCount,
                                  capacity: o.capacity,
                                })}
                                {o.waitlistCount > 0 &&
                                  ` · ${t('coordinator.week.waitlist', { count: o.waitlistCount })}`}
                              </span>
                            )}
                          </Link>
                        ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
