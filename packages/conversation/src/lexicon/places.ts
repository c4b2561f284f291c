/**
 * Rules for reading place names out of free text. The names themselves (districts, areas, aliases)
 * come from the catalogue through `findDistricts`; these lists only say when to trust a match.
 */

/** Words before a place: after these, a misspelt place name is accepted ("bor i Skärholmn"). Folded. */
export const PLACE_CUES: readonly string[] = [
  'i',
  'in',
  'fran',
  'from',
  'pa',
  'nara',
  'near',
  'at',
  'bor',
  'lives',
  'living',
  'omradet',
  'stadsdelen',
  'district',
  'area',
  'runt',
  'around',
  'kring',
];

/**
 * Aliases that are also everyday words ("city", "dalen"): they count only after a place cue, so that
 * "across the city" is not a district.
 */
export const AMBIGUOUS_PLACE_NAMES: readonly string[] = ['city', 'dalen', 'lunda', 'solhem'];

/**
 * Everyday words one typo away from a place name ("lista" is one edit from "Kista", "väntar" from
 * "Vantör", "sover" from "Söder"): never read as a misspelt place. Folded.
 */
export const NOT_PLACES: readonly string[] = [
  'lista',
  'listan',
  'vista',
  'vantar',
  'sover',
  'sober',
  'galen',
  'dagen',
  'talen',
  'fasta',
  'faste',
  'under',
  'order',
  'older',
  'sodra',
  'borta',
  'bromsa',
  'kista',
  'norra',
  'extra',
  'skola',
  'skolan',
  'sista',
  'basta',
  'farsan',
  'farsa',
  'barnen',
  'barnet',
  'mamma',
  'pappa',
  'hemma',
  'varje',
  'stora',
  'grupp',
  'grupper',
  'gruppen',
];

/**
 * Capitalised names after a place word that are places but not districts of the city, or not places
 * at all ("in English"): never said back as a place the bot did not understand. Folded.
 */
export const NOT_DISTRICT_NAMES: readonly string[] = [
  'stockholm',
  'stockholms',
  'stockholms stad',
  'sverige',
  'sweden',
  'staden',
  'city',
  'teams',
  'chatten',
  'chat',
  'bris',
  'jesus',
  'god',
  'gud',
];
