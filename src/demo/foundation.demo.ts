import type { EntityManager } from '@mikro-orm/postgresql';
import { Municipality } from '../municipalities';
import { Organisation, OrganisationKind, tenantOf } from '../organisations';
import { Place } from '../places';
import { Workshop, WorkshopKind } from '../workshops';

/** Names of demo organisations that other demo seeders and the printed demo tokens refer to. */
export const DEMO = {
  maastrichtOperator: 'Stichting Ontmoetingshuis De Brug',
  maastrichtMunicipality: 'Gemeente Maastricht',
  doetinchemOperator: 'Leerwerkbedrijf Vakwerk Achterhoek',
  denHaagOperator: 'Wijkbedrijf Samen Schilderswijk',
} as const;

/** What the foundation demo created, for the seeders of later features to build on. */
export interface FoundationDemo {
  municipalities: Record<'maastricht' | 'doetinchem' | 'denHaag', Municipality>;
  organisations: Record<'maastricht' | 'doetinchem' | 'denHaag' | 'maastrichtMunicipality', Organisation>;
  places: Record<'maastricht' | 'doetinchem' | 'denHaag', Place>;
  workshops: Workshop[];
}

/**
 * Three invented places after real kinds of place: a meeting and development place in Maastricht (Eet, Maakt,
 * Doet), a learning-work company in Doetinchem with three trade labels, and a neighbourhood company in Den Haag.
 */
export function seedFoundation(em: EntityManager): FoundationDemo {
  const municipalities = {
    maastricht: em.create(Municipality, { name: 'Maastricht', code: 'GM0935' }),
    doetinchem: em.create(Municipality, { name: 'Doetinchem', code: 'GM0222' }),
    denHaag: em.create(Municipality, { name: "'s-Gravenhage", code: 'GM0518' }),
  };
  const organisations = {
    maastricht: em.create(Organisation, {
      name: DEMO.maastrichtOperator,
      kind: OrganisationKind.SOCIAL_ENTERPRISE,
      municipality: municipalities.maastricht,
    }),
    doetinchem: em.create(Organisation, {
      name: DEMO.doetinchemOperator,
      kind: OrganisationKind.SOCIAL_ENTERPRISE,
      municipality: municipalities.doetinchem,
    }),
    denHaag: em.create(Organisation, {
      name: DEMO.denHaagOperator,
      kind: OrganisationKind.SOCIAL_ENTERPRISE,
      municipality: municipalities.denHaag,
    }),
    maastrichtMunicipality: em.create(Organisation, {
      name: DEMO.maastrichtMunicipality,
      kind: OrganisationKind.MUNICIPALITY,
      municipality: municipalities.maastricht,
    }),
  };
  const places = {
    maastricht: em.create(Place, {
      name: 'De Brug',
      address: 'Voorbeeldstraat 12, Maastricht',
      description:
        'Meeting and development place: anyone may join the kitchen, the workshop or the odd-jobs team.',
      municipality: municipalities.maastricht,
      organisation: organisations.maastricht,
    }),
    doetinchem: em.create(Place, {
      name: 'Vakwerk',
      address: 'Ambachtsweg 3, Doetinchem',
      description: 'Learning-work company for young people who got stuck in school or work.',
      municipality: municipalities.doetinchem,
      organisation: organisations.doetinchem,
    }),
    denHaag: em.create(Place, {
      name: 'Buurtwerkplaats',
      address: 'Pleinweg 40, Den Haag',
      description: 'Neighbourhood company with language lessons, cooking groups and small jobs.',
      municipality: municipalities.denHaag,
      organisation: organisations.denHaag,
    }),
  };
  const workshop = (
    place: Place,
    name: string,
    kind: WorkshopKind,
    leermeester: string,
    skills: string[],
    defaultCapacity = 12,
  ) =>
    em.create(Workshop, {
      place,
      ...tenantOf(place),
      name,
      kind,
      leermeester,
      skills,
      defaultCapacity,
    });
  const workshops = [
    workshop(
      places.maastricht,
      'Eet',
      WorkshopKind.KITCHEN,
      'Ria Kok',
      ['hygiene (HACCP)', 'knife skills', 'serving guests'],
      14,
    ),
    workshop(places.maastricht, 'Maakt', WorkshopKind.CRAFTS, 'Jos Timmer', [
      'woodwork',
      'sewing',
      'upcycling',
    ]),
    workshop(
      places.maastricht,
      'Doet',
      WorkshopKind.SERVICES,
      'Fatima El Amrani',
      ['odd jobs', 'gardening', 'moving help'],
      10,
    ),
    workshop(places.doetinchem, 'Horeca', WorkshopKind.LEARNING, 'Henk Brouwer', [
      'kitchen assistant',
      'barista',
    ]),
    workshop(places.doetinchem, 'Techniek', WorkshopKind.LEARNING, 'Anja Smit', [
      'welding',
      'bicycle repair',
    ]),
    workshop(places.doetinchem, 'Groen', WorkshopKind.LEARNING, 'Gerrit Veld', [
      'landscaping',
      'machine safety',
    ]),
    workshop(places.denHaag, 'Taalcafé', WorkshopKind.LEARNING, 'Samira Haddou', ['Dutch conversation'], 20),
    workshop(places.denHaag, 'Kookgroep', WorkshopKind.KITCHEN, 'Kees de Wit', ['cooking for groups']),
    workshop(
      places.denHaag,
      'Klussen in de wijk',
      WorkshopKind.SERVICES,
      'Mo Bakker',
      ['painting', 'small repairs'],
      8,
    ),
  ];
  return { municipalities, organisations, places, workshops };
}
