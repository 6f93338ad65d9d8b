import { foundNode, guardedNode, publicNode, staffOfOwnOrganisation } from '../auth';
import type { FeatureModule } from '../shared/module';
import { MatchConsent, MunicipalityNeighbour, ParticipantAvailability } from './consent.entity';
import { CredentialSigningKey, SkillCredential } from './credential.entity';
import { SkillCredentialResolver } from './credential.resolver';
import { MatchConsentResolver, VacancyResolver } from './matching.resolver';
import { findVacancy } from './matching.service';
import { SkillObservation, WorkshopSkill } from './observation.entity';
import { Placement } from './placement.entity';
import { NeighbourResolver } from './neighbours.resolver';
import { PlacementResolver } from './placement.resolver';
import { Skill } from './skill.entity';
import { createSkillsLoaders } from './skills.loaders';
import {
  ParticipantSkillsResolver,
  SkillObservationResolver,
  SkillResolver,
  WorkshopSkillResolver,
  WorkshopSkillsResolver,
} from './skills.resolver';
import { Vacancy } from './vacancy.entity';

/** The skills feature as the application sees it: see src/modules.ts. */
export const skillsModule: FeatureModule = {
  name: 'skills',
  entities: [
    Skill,
    SkillObservation,
    WorkshopSkill,
    MatchConsent,
    ParticipantAvailability,
    MunicipalityNeighbour,
    Vacancy,
    SkillCredential,
    CredentialSigningKey,
    Placement,
  ],
  resolvers: [
    SkillResolver,
    ParticipantSkillsResolver,
    WorkshopSkillsResolver,
    SkillObservationResolver,
    WorkshopSkillResolver,
    VacancyResolver,
    MatchConsentResolver,
    SkillCredentialResolver,
    PlacementResolver,
    NeighbourResolver,
  ],
  loaders: createSkillsLoaders,
  nodes: [
    publicNode(Skill),
    foundNode(Vacancy, findVacancy),
    guardedNode(SkillObservation, staffOfOwnOrganisation),
    guardedNode(MatchConsent, staffOfOwnOrganisation),
    guardedNode(Placement, staffOfOwnOrganisation),
  ],
};
