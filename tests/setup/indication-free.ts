/** Words that would mean the platform asks for an indication, diagnosis, care category or BSN. */
export const INDICATION_WORDS =
  /indicati|diagnos|care_?category|carecategory|zorgcategorie|bsn|citizen_?service|burgerservice/i;
