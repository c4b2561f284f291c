import type { LocalizedText } from '@lotsen/domain';

// Fixed texts the HSDS export writes where HSDS expects words and our data has a fact. Swedish goes in
// the HSDS field, English in `x_lotsen.en`. The import never reads these back: the facts travel in
// structured fields, so rewording a text here changes no round trip.

/** Names of the catchment areas that are not a district. */
export const AREA_NAMES = {
  city: { sv: 'Stockholms stad', en: 'City of Stockholm' },
  county: { sv: 'Stockholms län', en: 'Stockholm County' },
} as const satisfies Record<'city' | 'county', LocalizedText>;

/** A location that stands for "somewhere in this district". */
export function districtVenueText(district: LocalizedText): {
  name: LocalizedText;
  description: LocalizedText;
} {
  return {
    name: district,
    description: {
      sv: `Träffas i stadsdelsområdet ${district.sv}. Katalogen har ingen gatuadress; fråga verksamheten.`,
      en: `Meets in the ${district.en} district. The catalogue holds no street address; ask the service.`,
    },
  };
}

/** A location whose address must not be published. */
export const CONFIDENTIAL_VENUE_TEXT = {
  name: { sv: 'Skyddad adress', en: 'Protected address' },
  description: {
    sv: 'Adressen publiceras inte, för att skydda dem som deltar. Verksamheten lämnar den vid kontakt.',
    en: 'The address is not published, to protect those who take part. The service gives it on contact.',
  },
} as const satisfies Record<'name' | 'description', LocalizedText>;

/** The `option` of a cost option. */
export const COST_OPTION_TEXT = {
  free: { sv: 'Kostnadsfritt', en: 'Free of charge' },
  fee: { sv: 'Avgift', en: 'Fee' },
} as const satisfies Record<'free' | 'fee', LocalizedText>;

/** The `lotsen-needs` taxonomy's description. */
export const NEEDS_TAXONOMY_TEXT = {
  sv: 'Lotsens behov: de situationer som stödet till barn, unga och föräldrar i Stockholm riktar sig till.',
  en: "Lotsen's needs: the situations that support for children, young people and parents in Stockholm is for.",
} as const satisfies LocalizedText;

/** A readable summary of the session facts, e.g. "12–15 träffar. Högst 5 tillfällen." */
export function sessionSummary(
  count: { min: number; max: number } | undefined,
  cap: number | undefined,
): LocalizedText | undefined {
  const sv: string[] = [];
  const en: string[] = [];
  if (count) {
    const n = count.min === count.max ? `${count.min}` : `${count.min}–${count.max}`;
    const one = count.max === 1;
    sv.push(`${n} ${one ? 'träff' : 'träffar'}`);
    en.push(`${n} ${one ? 'meeting' : 'meetings'}`);
  }
  if (cap !== undefined) {
    sv.push(`Högst ${cap} ${cap === 1 ? 'tillfälle' : 'tillfällen'}`);
    en.push(`At most ${cap} ${cap === 1 ? 'session' : 'sessions'}`);
  }
  if (sv.length === 0) return undefined;
  return { sv: `${sv.join('. ')}.`, en: `${en.join('. ')}.` };
}

let languageNames: Intl.DisplayNames | undefined;

/** The Swedish name of a language ("arabiska" for `ar`), or the code when the runtime does not know it. */
export function swedishLanguageName(code: string): string {
  try {
    languageNames ??= new Intl.DisplayNames(['sv'], { type: 'language', fallback: 'code' });
    return languageNames.of(code) ?? code;
  } catch {
    // A runtime without Swedish locale data, or a code Intl rejects: the code is still a usable name.
    return code;
  }
}
