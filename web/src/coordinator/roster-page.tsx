import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, request } from '../api/client';
import { isDate, today } from '../dates';
import {
  type AttendanceStatus,
  RecordAttendanceBulkDocument,
  RosterDocument,
  type RosterQuery,
} from '../generated/graphql';
import { useFormats } from '../i18n/format';
import { Link, setParam, useLocation } from '../router';
import { Loading, Problems } from '../ui/problems';
import { useApi } from '../ui/use-api';

type Occurrence = RosterQuery['workshopRoster']['occurrences'][number];
const STATUSES: AttendanceStatus[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

/** A day's roster of a workshop: mark everyone present, absent or excused and save them all at once. */
export default function RosterPage() {
  const { t } = useTranslation();
  const f = useFormats();
  const { params } = useLocation();
  const workshopId = params.get('werkplaats') ?? '';
  const chosen = params.get('datum');
  const date = isDate(chosen) ? chosen : today();
  const roster = useApi(() => request(RosterDocument, { workshopId, date }), [workshopId, date]);
  const data = roster.data?.workshopRoster;
  if (!workshopId) {
    return (
      <p>
        <Link href="/plek">{t('coordinator.roster.pick')}</Link>
      </p>
    );
  }
  return (
    <>
      <h1>{t('coordinator.roster.title', { workshop: data?.workshop.name ?? '' })}</h1>
      <div className="toolbar">
        <label htmlFor="date">{t('coordinator.roster.date')}</label>
        <input
          id="date"
          type="date"
          value={date}
          onChange={(event) => isDate(event.target.value) && setParam('datum', event.target.value)}
        />
        <span>{f.date(date)}</span>
      </div>
      <Problems problems={roster.problems} />
      {roster.loading && !data && <Loading />}
      {data && data.occurrences.length === 0 && <p>{t('coordinator.roster.none')}</p>}
      {data?.occurrences.map((occurrence) => (
        <OccurrenceRoster key={occurrence.id} occurrence={occurrence} onSaved={roster.reload} />
      ))}
    </>
  );
}

function OccurrenceRoster({ occurrence, onSaved }: { occurrence: Occurrence; onSaved(): void }) {
  const { t } = useTranslation();
  const booked = occurrence.bookings.filter((b) => b.status === 'BOOKED');
  const waitlist = occurrence.bookings.filter((b) => b.status === 'WAITLISTED');
  const recorded = new Map(occurrence.attendance.map((a) => [a.participant.id, a.status]));
  const [marks, setMarks] = useState<Map<string, AttendanceStatus>>(() => new Map(recorded));
  const [problems, setProblems] = useState<ApiProblem[] | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(
    () => setMarks(new Map(occurrence.attendance.map((a) => [a.participant.id, a.status]))),
    [occurrence],
  );

  const markAll = (status: AttendanceStatus) =>
    setMarks(new Map(booked.map((b) => [b.participant.id, status])));
  const save = async () => {
    setBusy(true);
    setSaved(null);
    setProblems(null);
    try {
      const entries = booked
        .filter((b) => marks.has(b.participant.id))
        .map((b) => ({ participantId: b.participant.id, status: marks.get(b.participant.id)! }));
      const { recordAttendanceBulk: result } = await request(RecordAttendanceBulkDocument, {
        input: { occurrenceId: occurrence.id, entries },
      });
      if (result.errors.length) {
        setProblems(result.errors);
        return;
      }
      const count = (status: AttendanceStatus) => result.attendance.filter((a) => a.status === status).length;
      setSaved(
        t('coordinator.roster.saved', {
          present: count('PRESENT'),
          absent: count('ABSENT'),
          excused: count('EXCUSED'),
        }),
      );
      onSaved();
    } catch (error) {
      setProblems((error as { problems?: ApiProblem[] }).problems ?? [{ code: 'UNKNOWN' }]);
    } finally {
      setBusy(false);
    }
  };

  const heading = `${occurrence.startTime}–${occurrence.endTime}`;
  if (occurrence.cancelled) {
    return (
      <section>
        <h2>{heading}</h2>
        <p>{t('coordinator.week.cancelled')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby={`occ-${occurrence.id}`}>
      <h2 id={`occ-${occurrence.id}`}>
        {heading}{' '}
        <span className="muted">
          {t('coordinator.week.booked', { booked: occurrence.bookedCount, capacity: occurrence.capacity })}
        </span>
      </h2>
      {booked.length === 0 ? (
        <p>{t('coordinator.roster.nobody')}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="toolbar">
            <button type="button" onClick={() => markAll('PRESENT')}>
              {t('coordinator.roster.allPresent')}
            </button>
          </div>
          <table>
            <caption className="visually-hidden">
              {t('coordinator.roster.caption', { time: heading })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('coordinator.roster.name')}</th>
                <th scope="col">{t('coordinator.roster.attendance')}</th>
              </tr>
            </thead>
            <tbody>
              {booked.map((booking) => {
                const person = booking.participant;
                return (
                  <tr key={booking.id}>
                    <th scope="row" id={`name-${occurrence.id}-${person.id}`}>
                      {person.displayName}
                    </th>
                    <td>
                      <fieldset className="choices" aria-labelledby={`name-${occurrence.id}-${person.id}`}>
                        {STATUSES.map((status) => (
                          <label key={status} className="choice">
                            <input
                              type="radio"
                              name={`att-${occurrence.id}-${person.id}`}
                              value={status}
                              checked={marks.get(person.id) === status}
                              onChange={() => setMarks(new Map(marks).set(person.id, status))}
                            />
                            {t(`attendance.${status}`)}
                          </label>
                        ))}
                      </fieldset>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Problems problems={problems} />
          <p>
            <button type="submit" className="primary" disabled={busy || marks.size === 0}>
              {t('coordinator.roster.save')}
            </button>{' '}
            <span role="status">{saved}</span>
          </p>
        </form>
      )}
      {waitlist.length > 0 && (
        <>
          <h3>{t('coordinator.roster.waitlist')}</h3>
          <ol>
            {waitlist.map((b) => (
              <li key={b.id}>{b.participant.displayName}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
