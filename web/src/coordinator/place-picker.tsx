import { useTranslation } from 'react-i18next';
import { setParam } from '../router';
import type { PlaceItem } from './use-places';

/** A select for the place, shown only when the organisation runs more than one. */
export function PlacePicker({ places, place }: { places: PlaceItem[]; place: PlaceItem | null }) {
  const { t } = useTranslation();
  if (places.length < 2) return null;
  return (
    <>
      <label htmlFor="place">{t('coordinator.place')}</label>
      <select id="place" value={place?.id ?? ''} onChange={(event) => setParam('plek', event.target.value)}>
        {places.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </>
  );
}
