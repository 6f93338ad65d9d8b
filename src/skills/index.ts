/** The public surface of the skills feature: the only file other features import. */
export { MatchConsent, MunicipalityNeighbour, ParticipantAvailability } from './consent.entity';
export { configureCredentials, erasePassport } from './credential.service';
export { SkillObservation, WorkshopSkill } from './observation.entity';
export { Skill } from './skill.entity';
export { Daypart, MatchConsentScope, SkillLevel } from './skills.enums';
export { handleSkillsRoute } from './skills.http';
export { Vacancy } from './vacancy.entity';
