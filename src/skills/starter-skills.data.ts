/**
 * The starter vocabulary: about forty skills that the kitchen, crafts, services, green and technical workshops of
 * participation places practise, plus the work habits every employer asks about. Written for Meedoen; an
 * administrator can import a full taxonomy (CompetentNL, ESCO) next to it with the CSV import. Codes are stable:
 * observations, vacancies and credentials refer to them.
 */
export interface SkillDefinition {
  /** Stable code, `<group>.<name>` in lower case. */
  code: string;
  labelNl: string;
  labelEn: string;
  group: string;
  /** Code in an external taxonomy (CompetentNL, ESCO), when linked; the starter set links none. */
  externalCode: string | null;
}

/** Groups of the starter set, in the order a list shows them. */
export const STARTER_GROUPS = ['kitchen', 'crafts', 'services', 'green', 'technical', 'work-habits'] as const;

/** The date from which the starter vocabulary is valid. */
export const STARTER_VALID_FROM = '2026-01-01';

const rows: [string, string, string][] = [
  ['kitchen.food-hygiene', 'Hygiënisch werken met eten', 'Handling food hygienically'],
  ['kitchen.knife-skills', 'Snijden met een mes', 'Knife skills'],
  ['kitchen.cooking-recipe', 'Koken volgens een recept', 'Cooking from a recipe'],
  [
    'kitchen.mise-en-place',
    'Werkplek klaarzetten (mise-en-place)',
    'Preparing the workstation (mise en place)',
  ],
  ['kitchen.dishwashing', 'Afwassen en de keuken schoonmaken', 'Dishwashing and cleaning the kitchen'],
  ['kitchen.serving', 'Gasten bedienen', 'Serving guests'],
  ['kitchen.cash-register', 'Afrekenen aan de kassa', 'Operating the till'],
  ['kitchen.stock', 'Voorraad bijhouden en aanvullen', 'Keeping and restocking supplies'],
  ['crafts.measuring', 'Meten en aftekenen', 'Measuring and marking out'],
  ['crafts.hand-tools', 'Werken met handgereedschap', 'Using hand tools'],
  ['crafts.power-tools', 'Werken met elektrisch gereedschap', 'Using power tools'],
  ['crafts.woodwork', 'Hout bewerken', 'Woodworking'],
  ['crafts.sewing', 'Naaien met de naaimachine', 'Sewing with a sewing machine'],
  ['crafts.repair-textiles', 'Kleding en stof herstellen', 'Mending clothes and textiles'],
  ['crafts.upcycling', 'Van oud materiaal iets nieuws maken', 'Making new things from used material'],
  ['crafts.finishing', 'Afwerken: schuren, lakken, verven', 'Finishing: sanding, varnishing, painting'],
  ['services.cleaning', 'Schoonmaken van ruimtes', 'Cleaning rooms'],
  ['services.odd-jobs', 'Kleine klussen in huis en buurt', 'Small jobs in homes and the neighbourhood'],
  ['services.moving-goods', 'Spullen tillen, sjouwen en verhuizen', 'Lifting, carrying and moving goods'],
  ['services.order-picking', 'Orders verzamelen en inpakken', 'Picking and packing orders'],
  ['services.reception', 'Mensen ontvangen aan de balie', 'Receiving people at a front desk'],
  ['services.laundry', 'Was doen en strijken', 'Doing laundry and ironing'],
  ['green.planting', 'Planten en zaaien', 'Planting and sowing'],
  ['green.weeding', 'Onkruid wieden en perken bijhouden', 'Weeding and keeping flower beds'],
  ['green.mowing', 'Gras maaien en snoeien', 'Mowing and pruning'],
  ['green.garden-tools', 'Werken met tuingereedschap', 'Using garden tools'],
  ['technical.bicycle-repair', 'Fietsen repareren', 'Repairing bicycles'],
  ['technical.electrical-basics', 'Eenvoudig elektrisch werk', 'Basic electrical work'],
  ['technical.painting', 'Schilderen van muren en kozijnen', 'Painting walls and frames'],
  ['technical.computer-basics', 'Werken met een computer', 'Using a computer'],
  ['technical.device-repair', 'Apparaten nakijken en repareren', 'Checking and repairing appliances'],
  ['work-habits.punctuality', 'Op tijd komen en afspraken nakomen', 'Punctuality and keeping appointments'],
  ['work-habits.teamwork', 'Samenwerken in een team', 'Working in a team'],
  ['work-habits.instructions', 'Instructies opvolgen', 'Following instructions'],
  ['work-habits.customer-contact', 'Klantcontact', 'Customer contact'],
  ['work-habits.safe-working', 'Veilig werken', 'Working safely'],
  ['work-habits.dutch-at-work', 'Nederlands spreken op het werk', 'Speaking Dutch at work'],
  ['work-habits.asking-help', 'Om hulp vragen als het nodig is', 'Asking for help when needed'],
  ['work-habits.planning', 'Eigen werk plannen', 'Planning your own work'],
  ['work-habits.tidiness', 'Netjes en ordelijk werken', 'Working neatly and orderly'],
];

/** The starter skills, grouped by the part of their code before the dot. */
export const STARTER_SKILLS: readonly SkillDefinition[] = rows.map(([code, labelNl, labelEn]) => ({
  code,
  labelNl,
  labelEn,
  group: code.slice(0, code.indexOf('.')),
  externalCode: null,
}));
