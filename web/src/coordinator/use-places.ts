import { request } from '../api/client';
import { useSession } from '../auth/session';
import { OrganisationPlacesDocument, type OrganisationPlacesQuery } from '../generated/graphql';
import { useLocation } from '../router';
import { useApi } from '../ui/use-api';

export type PlaceItem = OrganisationPlacesQuery['places']['edges'][number]['node'];

/** The places of the signed-in staff member's organisation, and the one chosen in the address (?plek=). */
export function usePlaces() {
  const { me } = useSession();
  const { params } = useLocation();
  const organisationId = me?.organisationId ?? null;
  const loaded = useApi(() => request(OrganisationPlacesDocument, { organisationId }), [organisationId]);
  const places = loaded.data?.places.edges.map((edge) => edge.node) ?? [];
  const chosen = params.get('plek');
  const place = places.find((p) => p.id === chosen) ?? places[0] ?? null;
  return { ...loaded, places, place };
}
