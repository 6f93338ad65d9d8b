import { Migration } from '@mikro-orm/migrations';

export class Migration20261201203221 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "credential_signing_key" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kid" varchar(100) not null, "private_jwk" jsonb not null, "public_jwk" jsonb not null, "retired_at" timestamptz null, constraint "credential_signing_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "credential_signing_key" add constraint "credential_signing_key_kid_unique" unique ("kid");`);

    this.addSql(`create table "municipality_neighbour" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "municipality_id" uuid not null, "neighbour_id" uuid not null, constraint "municipality_neighbour_pkey" primary key ("id"));`);
    this.addSql(`create index "municipality_neighbour_neighbour_id_index" on "municipality_neighbour" ("neighbour_id");`);
    this.addSql(`alter table "municipality_neighbour" add constraint "municipality_neighbour_municipality_id_neighbour_id_unique" unique ("municipality_id", "neighbour_id");`);

    this.addSql(`create table "match_consent" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "participant_id" uuid not null, "organisation_id" uuid not null, "scope" text check ("scope" in ('SKILLS', 'SKILLS_AND_NAME', 'SKILLS_NAME_AND_CONTACT')) not null, "from_date" date not null, "withdrawn_on" date null, "employer_id" uuid null, constraint "match_consent_pkey" primary key ("id"));`);
    this.addSql(`create index "match_consent_organisation_id_index" on "match_consent" ("organisation_id");`);
    this.addSql(`create index "match_consent_employer_id_index" on "match_consent" ("employer_id");`);
    this.addSql(`create index "match_consent_participant_id_from_date_index" on "match_consent" ("participant_id", "from_date");`);

    this.addSql(`create table "participant_availability" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "participant_id" uuid not null, "organisation_id" uuid not null, "dayparts" text[] not null, constraint "participant_availability_pkey" primary key ("id"));`);
    this.addSql(`create index "participant_availability_organisation_id_index" on "participant_availability" ("organisation_id");`);
    this.addSql(`alter table "participant_availability" add constraint "participant_availability_participant_id_unique" unique ("participant_id");`);

    this.addSql(`create table "skill" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(100) not null, "label_nl" varchar(200) not null, "label_en" varchar(200) not null, "group" varchar(50) not null, "external_code" varchar(300) null, "valid_from" date not null, "valid_until" date null, constraint "skill_pkey" primary key ("id"));`);
    this.addSql(`alter table "skill" add constraint "skill_code_unique" unique ("code");`);
    this.addSql(`create index "skill_group_code_index" on "skill" ("group", "code");`);

    this.addSql(`create table "skill_credential" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "participant_id" uuid not null, "skill_id" uuid not null, "level" text check ("level" in ('WITH_HELP', 'INDEPENDENT', 'UNDER_PRESSURE', 'TEACHES_OTHERS')) not null, "status_list" int not null, "status_index" int not null, "revoked_at" timestamptz null, "organisation_id" uuid not null, constraint "skill_credential_pkey" primary key ("id"));`);
    this.addSql(`create index "skill_credential_participant_id_index" on "skill_credential" ("participant_id");`);
    this.addSql(`create index "skill_credential_skill_id_index" on "skill_credential" ("skill_id");`);
    this.addSql(`create index "skill_credential_organisation_id_index" on "skill_credential" ("organisation_id");`);
    this.addSql(`alter table "skill_credential" add constraint "skill_credential_status_list_status_index_unique" unique ("status_list", "status_index");`);

    this.addSql(`create table "vacancy" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "employer_id" uuid not null, "municipality_id" uuid not null, "title" varchar(200) not null, "hours_per_week" smallint not null, "dayparts" text[] not null, "start_date" date null, "learning_path" boolean not null default false, "required_skills" jsonb not null, "nice_to_have_skills" jsonb not null, "closed_on" date null, constraint "vacancy_pkey" primary key ("id"));`);
    this.addSql(`create index "vacancy_employer_id_index" on "vacancy" ("employer_id");`);
    this.addSql(`create index "vacancy_municipality_id_index" on "vacancy" ("municipality_id");`);

    this.addSql(`create table "placement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "participant_id" uuid not null, "vacancy_id" uuid not null, "organisation_id" uuid not null, "stage" text check ("stage" in ('PROPOSED', 'INTERVIEW', 'PLACED', 'NOT_PLACED')) not null default 'PROPOSED', "proposed_on" date not null, "interview_on" date null, "start_date" date null, "paid_work" boolean not null default false, "outcome" varchar(500) null, "confirmed_at" timestamptz null, constraint "placement_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_participant_id_index" on "placement" ("participant_id");`);
    this.addSql(`create index "placement_vacancy_id_index" on "placement" ("vacancy_id");`);
    this.addSql(`create index "placement_organisation_id_index" on "placement" ("organisation_id");`);

    this.addSql(`create table "skill_observation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "participant_id" uuid not null, "skill_id" uuid not null, "level" text check ("level" in ('WITH_HELP', 'INDEPENDENT', 'UNDER_PRESSURE', 'TEACHES_OTHERS')) not null, "observed_on" date not null, "workshop_id" uuid null, "organisation_id" uuid not null, "municipality_id" uuid null, constraint "skill_observation_pkey" primary key ("id"));`);
    this.addSql(`create index "skill_observation_skill_id_index" on "skill_observation" ("skill_id");`);
    this.addSql(`create index "skill_observation_workshop_id_index" on "skill_observation" ("workshop_id");`);
    this.addSql(`create index "skill_observation_organisation_id_index" on "skill_observation" ("organisation_id");`);
    this.addSql(`create index "skill_observation_municipality_id_index" on "skill_observation" ("municipality_id");`);
    this.addSql(`create index "skill_observation_participant_id_skill_id_observed_on_index" on "skill_observation" ("participant_id", "skill_id", "observed_on");`);

    this.addSql(`create table "workshop_skill" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "workshop_id" uuid not null, "skill_id" uuid not null, "level" text check ("level" in ('WITH_HELP', 'INDEPENDENT', 'UNDER_PRESSURE', 'TEACHES_OTHERS')) not null, "organisation_id" uuid not null, constraint "workshop_skill_pkey" primary key ("id"));`);
    this.addSql(`create index "workshop_skill_skill_id_index" on "workshop_skill" ("skill_id");`);
    this.addSql(`create index "workshop_skill_organisation_id_index" on "workshop_skill" ("organisation_id");`);
    this.addSql(`alter table "workshop_skill" add constraint "workshop_skill_workshop_id_skill_id_unique" unique ("workshop_id", "skill_id");`);

    this.addSql(`alter table "municipality_neighbour" add constraint "municipality_neighbour_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);
    this.addSql(`alter table "municipality_neighbour" add constraint "municipality_neighbour_neighbour_id_foreign" foreign key ("neighbour_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "match_consent" add constraint "match_consent_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "match_consent" add constraint "match_consent_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "match_consent" add constraint "match_consent_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "participant_availability" add constraint "participant_availability_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "participant_availability" add constraint "participant_availability_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "skill_credential" add constraint "skill_credential_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "skill_credential" add constraint "skill_credential_skill_id_foreign" foreign key ("skill_id") references "skill" ("id") on update cascade;`);
    this.addSql(`alter table "skill_credential" add constraint "skill_credential_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "vacancy" add constraint "vacancy_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "vacancy" add constraint "vacancy_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`);

    this.addSql(`alter table "placement" add constraint "placement_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_vacancy_id_foreign" foreign key ("vacancy_id") references "vacancy" ("id") on update cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "skill_observation" add constraint "skill_observation_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "skill_observation" add constraint "skill_observation_skill_id_foreign" foreign key ("skill_id") references "skill" ("id") on update cascade;`);
    this.addSql(`alter table "skill_observation" add constraint "skill_observation_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "skill_observation" add constraint "skill_observation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "skill_observation" add constraint "skill_observation_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "workshop_skill" add constraint "workshop_skill_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade;`);
    this.addSql(`alter table "workshop_skill" add constraint "workshop_skill_skill_id_foreign" foreign key ("skill_id") references "skill" ("id") on update cascade;`);
    this.addSql(`alter table "workshop_skill" add constraint "workshop_skill_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_actor_role_check";`);

    this.addSql(`alter table "organisation" drop constraint if exists "organisation_kind_check";`);

    this.addSql(`alter table "user_account" drop constraint if exists "user_account_role_check";`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_actor_role_check" check("actor_role" in ('ADMIN', 'ORG_STAFF', 'FUNDER', 'COOP_STAFF', 'MEMBER', 'EMPLOYER'));`);

    this.addSql(`alter table "organisation" add constraint "organisation_kind_check" check("kind" in ('SOCIAL_ENTERPRISE', 'MUNICIPALITY', 'CARE_OFFICE', 'COOPERATIVE', 'FUND', 'EMPLOYER', 'OTHER'));`);

    this.addSql(`alter table "user_account" add constraint "user_account_role_check" check("role" in ('ADMIN', 'ORG_STAFF', 'FUNDER', 'COOP_STAFF', 'MEMBER', 'EMPLOYER'));`);
    // The starter vocabulary (src/skills/starter-skills.data.ts as of this migration), valid from 2026-01-01.
    this.addSql(`insert into "skill" ("id", "created_at", "updated_at", "code", "label_nl", "label_en", "group", "valid_from") values
      (gen_random_uuid(), now(), now(), 'kitchen.food-hygiene', 'Hygiënisch werken met eten', 'Handling food hygienically', 'kitchen', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'kitchen.knife-skills', 'Snijden met een mes', 'Knife skills', 'kitchen', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'kitchen.cooking-recipe', 'Koken volgens een recept', 'Cooking from a recipe', 'kitchen', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'kitchen.mise-en-place', 'Werkplek klaarzetten (mise-en-place)', 'Preparing the workstation (mise en place)', 'kitchen', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'kitchen.dishwashing', 'Afwassen en de keuken schoonmaken', 'Dishwashing and cleaning the kitchen', 'kitchen', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'kitchen.serving', 'Gasten bedienen', 'Serving guests', 'kitchen', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'kitchen.cash-register', 'Afrekenen aan de kassa', 'Operating the till', 'kitchen', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'kitchen.stock', 'Voorraad bijhouden en aanvullen', 'Keeping and restocking supplies', 'kitchen', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'crafts.measuring', 'Meten en aftekenen', 'Measuring and marking out', 'crafts', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'crafts.hand-tools', 'Werken met handgereedschap', 'Using hand tools', 'crafts', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'crafts.power-tools', 'Werken met elektrisch gereedschap', 'Using power tools', 'crafts', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'crafts.woodwork', 'Hout bewerken', 'Woodworking', 'crafts', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'crafts.sewing', 'Naaien met de naaimachine', 'Sewing with a sewing machine', 'crafts', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'crafts.repair-textiles', 'Kleding en stof herstellen', 'Mending clothes and textiles', 'crafts', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'crafts.upcycling', 'Van oud materiaal iets nieuws maken', 'Making new things from used material', 'crafts', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'crafts.finishing', 'Afwerken: schuren, lakken, verven', 'Finishing: sanding, varnishing, painting', 'crafts', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'services.cleaning', 'Schoonmaken van ruimtes', 'Cleaning rooms', 'services', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'services.odd-jobs', 'Kleine klussen in huis en buurt', 'Small jobs in homes and the neighbourhood', 'services', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'services.moving-goods', 'Spullen tillen, sjouwen en verhuizen', 'Lifting, carrying and moving goods', 'services', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'services.order-picking', 'Orders verzamelen en inpakken', 'Picking and packing orders', 'services', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'services.reception', 'Mensen ontvangen aan de balie', 'Receiving people at a front desk', 'services', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'services.laundry', 'Was doen en strijken', 'Doing laundry and ironing', 'services', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'green.planting', 'Planten en zaaien', 'Planting and sowing', 'green', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'green.weeding', 'Onkruid wieden en perken bijhouden', 'Weeding and keeping flower beds', 'green', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'green.mowing', 'Gras maaien en snoeien', 'Mowing and pruning', 'green', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'green.garden-tools', 'Werken met tuingereedschap', 'Using garden tools', 'green', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'technical.bicycle-repair', 'Fietsen repareren', 'Repairing bicycles', 'technical', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'technical.electrical-basics', 'Eenvoudig elektrisch werk', 'Basic electrical work', 'technical', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'technical.painting', 'Schilderen van muren en kozijnen', 'Painting walls and frames', 'technical', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'technical.computer-basics', 'Werken met een computer', 'Using a computer', 'technical', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'technical.device-repair', 'Apparaten nakijken en repareren', 'Checking and repairing appliances', 'technical', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'work-habits.punctuality', 'Op tijd komen en afspraken nakomen', 'Punctuality and keeping appointments', 'work-habits', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'work-habits.teamwork', 'Samenwerken in een team', 'Working in a team', 'work-habits', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'work-habits.instructions', 'Instructies opvolgen', 'Following instructions', 'work-habits', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'work-habits.customer-contact', 'Klantcontact', 'Customer contact', 'work-habits', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'work-habits.safe-working', 'Veilig werken', 'Working safely', 'work-habits', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'work-habits.dutch-at-work', 'Nederlands spreken op het werk', 'Speaking Dutch at work', 'work-habits', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'work-habits.asking-help', 'Om hulp vragen als het nodig is', 'Asking for help when needed', 'work-habits', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'work-habits.planning', 'Eigen werk plannen', 'Planning your own work', 'work-habits', '2026-01-01'),
      (gen_random_uuid(), now(), now(), 'work-habits.tidiness', 'Netjes en ordelijk werken', 'Working neatly and orderly', 'work-habits', '2026-01-01');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "skill_credential" drop constraint "skill_credential_skill_id_foreign";`);

    this.addSql(`alter table "skill_observation" drop constraint "skill_observation_skill_id_foreign";`);

    this.addSql(`alter table "workshop_skill" drop constraint "workshop_skill_skill_id_foreign";`);

    this.addSql(`alter table "placement" drop constraint "placement_vacancy_id_foreign";`);

    this.addSql(`drop table if exists "credential_signing_key" cascade;`);

    this.addSql(`drop table if exists "municipality_neighbour" cascade;`);

    this.addSql(`drop table if exists "match_consent" cascade;`);

    this.addSql(`drop table if exists "participant_availability" cascade;`);

    this.addSql(`drop table if exists "skill" cascade;`);

    this.addSql(`drop table if exists "skill_credential" cascade;`);

    this.addSql(`drop table if exists "vacancy" cascade;`);

    this.addSql(`drop table if exists "placement" cascade;`);

    this.addSql(`drop table if exists "skill_observation" cascade;`);

    this.addSql(`drop table if exists "workshop_skill" cascade;`);

    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_actor_role_check";`);

    this.addSql(`alter table "organisation" drop constraint if exists "organisation_kind_check";`);

    this.addSql(`alter table "user_account" drop constraint if exists "user_account_role_check";`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_actor_role_check" check("actor_role" in ('ADMIN', 'ORG_STAFF', 'FUNDER', 'COOP_STAFF', 'MEMBER'));`);

    this.addSql(`alter table "organisation" add constraint "organisation_kind_check" check("kind" in ('SOCIAL_ENTERPRISE', 'MUNICIPALITY', 'CARE_OFFICE', 'COOPERATIVE', 'FUND', 'OTHER'));`);

    this.addSql(`alter table "user_account" add constraint "user_account_role_check" check("role" in ('ADMIN', 'ORG_STAFF', 'FUNDER', 'COOP_STAFF', 'MEMBER'));`);
  }

}
