import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, ApiError, request } from '../api/client';
import { today } from '../dates';
import {
  BookDocument,
  EnrolDocument,
  RegisterParticipantDocument,
  WorkshopSlotsDocument,
} from '../generated/graphql';
import { Link } from '../router';
import { Loading, Problems } from '../ui/problems';
import { useApi } from '../ui/use-api';
import { PlacePicker } from './place-picker';
import { usePlaces } from './use-places';

/** Register someone with just a name; optionally enrol them in a workshop and book a weekly session. */
export default function RegisterPage() {
  const { t } = useTranslation();
  const { places, place, loading } = usePlaces();
  const [name, setName] = useState('');
  const [workshopId, setWorkshopId] = useState('');
  const [slotId, setSlotId] = useState('');
  const [startDate, setStartDate] = useState(today());
  const [problems, setProblems] = useState<ApiProblem[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const slots = useApi(
    () => (workshopId ? request(WorkshopSlotsDocument, { workshopId }) : Promise.resolve(null)),
    [workshopId],
  );
  const workshops = place?.workshops.filter((w) => !w.archived) ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!place) return;
    setBusy(true);
    setProblems(null);
    setDone(null);
    try {
      const registered = (
        await request(RegisterParticipantDocument, {
          input: { organisationId: place.organisation.id, displayName: name.trim() },
        })
      ).registerParticipant;
      if (!registered.participant) return setProblems(registered.errors);
      const person = registered.participant;
      let message = t('coordinator.register.registered', { name: person.displayName });
      if (workshopId) {
        const enrolled = (
          await request(EnrolDocument, { input: { participantId: person.id, workshopId, startDate } })
        ).enrol;
        if (!enrolled.enrolment) {
          setDone(message);
          return setProblems(enrolled.errors);
        }
        const workshop = workshops.find((w) => w.id === workshopId)?.name ?? '';
        message = t('coordinator.register.enrolled', { name: person.displayName, workshop });
        if (slotId) {
          const booked = (
            await request(BookDocument, { input: { enrolmentId: enrolled.enrolment.id, slotId } })
          ).book;
          if (booked.errors.length) {
            setDone(message);
            return setProblems(booked.errors);
          }
          message = t('coordinator.register.booked', { name: person.displayName, workshop });
        }
      }
      setDone(message);
      setName('');
    } catch (error) {
      setProblems(error instanceof ApiError ? error.problems : [{ code: 'UNKNOWN' }]);
    } finally {
      setBusy(false);
    }
  };

  if (loading && !place) return <Loading />;
  return (
    <section className="narrow">
      <h1>{t('coordinator.register.title')}</h1>
      <p>{t('coordinator.register.intro')}</p>
      <div className="toolbar">
        <PlacePicker places={places} place={place} />
      </div>
      <form onSubmit={(event) => void submit(event)} className="form">
        <label htmlFor="name">{t('coordinator.register.name')}</label>
        <input
          id="name"
          value={name}
          required
          maxLength={200}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor="workshop">{t('coordinator.register.workshop')}</label>
        <select
          id="workshop"
          value={workshopId}
          onChange={(event) => {
            setWorkshopId(event.target.value);
            setSlotId('');
          }}
        >
          <option value="">{t('coordinator.register.noWorkshop')}</option>
          {workshops.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
        {workshopId && (
          <>
            <label htmlFor="start">{t('coordinator.register.start')}</label>
            <input id="start" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
            <label htmlFor="slot">{t('coordinator.register.slot')}</label>
            <select id="slot" value={slotId} onChange={(event) => setSlotId(event.target.value)}>
              <option value="">{t('coordinator.register.noSlot')}</option>
              {slots.data?.workshop?.sessionSlots.map((slot) => (
                <option key={slot.id} value={slot.id}>
                  {t(`weekdays.${slot.weekday}`)} {slot.startTime}–{slot.endTime}
                </option>
              ))}
            </select>
          </>
        )}
        <Problems problems={problems} />
        <p>
          <button type="submit" className="primary" disabled={busy || !name.trim()}>
            {t('coordinator.register.submit')}
          </button>
        </p>
        <p role="status">{done}</p>
      </form>
      <p>
        <Link href="/plek">{t('coordinator.register.toWeek')}</Link>
      </p>
    </section>
  );
}
