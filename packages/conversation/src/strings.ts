import { AGE_OF_INDEPENDENT_CONSENT } from '@lotsen/domain';
import type { SafetyCategory } from './config.js';
import type { ReferralRequestFailure } from './events.js';
import type { ChatLanguage, Role } from './messages.js';
import { REFERRAL_RETRY_MINUTES } from './state.js';

/** Who is spoken to: "ni" (a parent, the family) or "du" (a young person). */
type Audience = Exclude<Role, 'staff'>;

/** What parent and youth cards say, as a person would say it. */
export interface FamilyStrings {
  /** The ages fact when the catalogue does not know them. */
  readonly agesAsk: (who: Audience) => string;
  /** The label of an offer known only from a survey and never confirmed, with the survey's year. */
  readonly unconfirmed: (year: number | undefined) => string;
  /** A match reason in everyday words, by its code; undefined: the catalogue's own words do. */
  readonly reason: (code: string, who: Audience) => string | undefined;
  /** How to get in touch: the service's own contact. */
  readonly contactService: (parts: string) => string;
  /** How to get in touch: through the organisation that runs it. */
  readonly contactProvider: (provider: string, parts: string) => string;
  /** The city's own contact route, with where it comes from. */
  readonly contactCity: (
    phone: string,
    service: string,
    district: string | undefined,
    source: string,
    who: Audience,
  ) => string;
  /**
   * The label of a service only for adults in a child's answer (`forParent`), in view on the card:
   * support for the parent, not for the child.
   */
  readonly forParent: (who: Audience) => string;
  /** The button that opens a card's details. */
  readonly moreButton: string;
  /** Asking costs nothing: no name needed. */
  readonly noNameNeeded: (who: Audience) => string;
}

/**
 * The oldest age Stockholm's youth clinics take, as the catalogue's youth clinic entries give it
 * (`ages.max`); young people's answers say it in words.
 */
const YOUTH_CLINIC_MAX_AGE = 22;

/**
 * Everything the bot says, in Swedish and English. Flows never hold text of their own, so that a
 * translator works in one file. Crisis contacts are not here: they are configuration.
 */
export interface Strings {
  readonly disclosure: string;
  readonly anonymousPrivacy: string;
  readonly staffIntro: string;
  readonly askRole: string;
  readonly roleParent: string;
  readonly roleYoung: string;
  readonly roleStaff: string;
  readonly anonymousStaffNote: string;
  readonly parentMenu: string;
  readonly youngMenu: string;
  readonly menuAboutGroups: string;
  readonly menuFindNearby: string;
  readonly menuParentSupport: string;
  readonly menuOwnRights: string;
  readonly menuFindYoung: string;
  readonly menuTalkNow: string;
  readonly askAge: (role: Role) => string;
  readonly badAge: string;
  readonly askDistrict: (role: Role) => string;
  readonly pickDistrict: string;
  readonly unknownDistrict: string;
  /** Says back what was said where a place or a time goes and could not be placed. */
  readonly didNotUnderstand: (words: readonly string[]) => string;
  /** Several children named at once: which to start with. */
  readonly whichChildFirst: (ages: readonly number[]) => string;
  /** A button for one of several children. */
  readonly childButton: (age: number) => string;
  /** After results for one child: the others can be searched for next. */
  readonly otherChildOffer: (ages: readonly number[]) => string;
  /** How results are narrowed to a start window ("till våren"), with how many start then. */
  readonly startWindowResults: (from: string, to: string, startingThen: number) => string;
  readonly askNeeds: (role: Role) => string;
  readonly unknownNeeds: string;
  readonly askFamilyLanguage: string;
  readonly familyLanguageSwedish: string;
  readonly familyLanguageSkip: string;
  readonly resultsIntro: (shown: number, total: number) => string;
  readonly resultsIntroSelfContact: (role: Role) => string;
  readonly moreResults: string;
  readonly noMoreResults: string;
  readonly newSearch: string;
  readonly checkReferral: string;
  readonly howToContactButton: (role: Role) => string;
  readonly referButton: string;
  readonly youthClinicIntro: string;
  readonly ownSafety: string;
  readonly protectionRoute: string;
  /**
   * For staff, when a child has witnessed or lived with violence at home: individual crisis support
   * first, protection assessed by social services, group support only after (domain brief: Trappan).
   */
  readonly violenceFirst: string;
  /** The line that leads staff's results for violence at home: why individual support comes first. */
  readonly violenceResultsLead: string;
  readonly facts: {
    readonly ages: string;
    readonly agesUnknown: string;
    readonly agesValue: (min: number, max: number) => string;
    /**
     * A band the catalogue infers from the name or kind (`agesInferred`), said as an inference:
     * "troligen 13–19 år (av gruppens namn)".
     */
    readonly agesInferred: (
      min: number,
      max: number,
      /** What it follows from: the name (of a group or not), or the kind, by its label. */
      from: { readonly name: 'group' | 'other' } | { readonly kind: string },
    ) => string;
    readonly where: string;
    readonly access: string;
    readonly placesLeft: string;
    readonly nextStart: string;
    /** Staff cards: when the entry was last confirmed, or that it never was (issue 16). */
    readonly confirmed: string;
    readonly neverConfirmed: (year: number | undefined) => string;
    readonly contact: string;
    readonly service: string;
    readonly age: string;
    readonly district: string;
    readonly needs: string;
    readonly familyLanguage: string;
    readonly consent: string;
  };
  readonly locality: {
    readonly own_district: string;
    readonly neighbour_district: string;
    readonly city_wide: string;
    readonly county_wide: string;
  };
  readonly askConsent: (service: string) => string;
  readonly consentGuardians: string;
  readonly consentOneGuardian: string;
  readonly consentYoungPerson: string;
  readonly consentNone: string;
  readonly consentMissing: string;
  readonly consentUnder15: string;
  readonly consentOneGuardianNote: string;
  readonly draftTitle: string;
  readonly draftText: string;
  readonly draftConsent: (givenBy: string) => string;
  readonly sendReferral: string;
  readonly cancelReferral: string;
  /** Said when the staff member sends the draft; the app answers with the outcome right after. */
  readonly referralSending: string;
  readonly referralCreated: (shortId: string, referralId: string) => string;
  readonly referralNotSent: (failure: ReferralRequestFailure) => string;
  /** The suggested action after a referral whose answer did not come, and what can be typed. */
  readonly retryReferral: string;
  /** Said when the staff member sends the last referral again. */
  readonly referralResending: string;
  /** Said when there is no referral to send again (none sent, or sent too long ago). */
  readonly nothingToRetry: string;
  /** Said when someone other than its sender asks to send a referral again. */
  readonly retryBySenderOnly: string;
  readonly referralCancelled: string;
  readonly referralNeedsResults: string;
  readonly pickServiceToRefer: string;
  readonly referralNotForService: string;
  readonly staffOnlyReferral: string;
  readonly staffOnlyStatus: string;
  readonly askReference: string;
  readonly badReference: string;
  readonly statusRequested: (shortId: string) => string;
  readonly statusAnswer: (shortId: string, label: string) => string;
  readonly statusNotFound: (shortId: string) => string;
  readonly statusNotChecked: (failure: ReferralRequestFailure) => string;
  readonly aboutGroups: string;
  readonly howToContactGeneral: string;
  readonly howToContactService: (name: string) => string;
  readonly viaSocialServices: string;
  /** Card texts for parents and young people: everyday words, no legal references (issue 14). */
  readonly family: FamilyStrings;
  readonly parentSupportIntro: string;
  readonly ownRights: (age: number | undefined) => string;
  readonly consentRuleForParents: string;
  readonly under13: string;
  readonly talkToPerson: string;
  readonly staffTalkToPerson: string;
  readonly outsideOfficeHours: (number: string) => string;
  readonly help: (role: Role | null) => string;
  readonly whatIKnowNothing: string;
  readonly whatIKnowIntro: string;
  readonly whatIKnowFooter: (minutes: number) => string;
  readonly knownRole: (role: Role) => string;
  readonly knownAge: (age: number) => string;
  readonly knownDistrict: (name: string) => string;
  readonly knownDistrictCandidates: (names: string) => string;
  readonly knownNeeds: (labels: string) => string;
  readonly knownFamilyLanguage: (code: string) => string;
  readonly knownFamilyLanguageSkipped: string;
  readonly knownReferral: (service: string) => string;
  readonly knownSentReferral: (
    service: string,
    age: number,
    district: string,
    needs: string,
    minutes: number,
  ) => string;
  readonly knownChatLanguage: string;
  readonly forgotten: string;
  readonly startedOver: string;
  readonly languageSwitched: string;
  readonly askChatLanguage: string;
  readonly expired: (minutes: number) => string;
  readonly scrubbed: (kinds: readonly ('identity' | 'phone' | 'email')[]) => string;
  readonly scrubbedStaff: string;
  readonly notUnderstood: string;
  readonly understood: (summary: string) => string;
  readonly dangerLine: string;
  readonly thanks: string;
  readonly startOverButton: string;
  readonly helpButton: string;
  readonly whatIKnowButton: string;
  readonly otherLanguageButton: string;
  readonly crisisTitle: string;
  readonly crisisText: Readonly<Record<SafetyCategory, string>>;
  readonly crisisStopped: string;
  /** The safety question, asked when the safety check is unsure, with the crisis contacts. */
  readonly safetyQuestion: string;
  readonly safetyQuestionText: string;
  readonly safetyYesButton: string;
  readonly safetyNoButton: string;
  /** After a clear "no" to the safety question, before going on with what was asked. */
  readonly safetyNoThanks: string;
}

const list = (items: readonly string[], and: string) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

const sv: Strings = {
  disclosure:
    'Hej! Jag är Lotsen, en automatisk guide – inte en människa – och jag gör inga bedömningar. Jag hjälper dig att hitta stöd för barn, unga och föräldrar i Stockholm.',
  anonymousPrivacy:
    'Du behöver inte berätta vem du är, och skriv inte namn eller personnummer. Jag sparar inga meddelanden och glömmer allt efter 30 minuter.',
  staffIntro:
    'Beskriv barnets situation: ålder, stadsdel och vad det gäller. Till exempel: ”10-åring i Skärholmen vars pappa dricker”. Skriv aldrig namn eller personnummer.',
  askRole: 'Vem är du?',
  roleParent: 'Jag är förälder',
  roleYoung: 'Jag är ung, 13 år eller äldre',
  roleStaff: 'Jag jobbar med barn',
  anonymousStaffNote:
    'Som personal kan du söka och skicka remisser i Lotsen via Teams. Här kan jag visa vad som finns och hur familjer själva tar kontakt.',
  parentMenu: 'Vad vill du veta?',
  youngMenu: 'Vad vill du göra?',
  menuAboutGroups: 'Vad är gruppstöd?',
  menuFindNearby: 'Stöd nära oss',
  menuParentSupport: 'Stöd för mig som förälder',
  menuOwnRights: 'Vad får jag göra själv?',
  menuFindYoung: 'Hitta stöd nära mig',
  menuTalkNow: 'Prata med någon nu',
  askAge: (role) =>
    role === 'young'
      ? 'Hur gammal är du?'
      : role === 'parent'
        ? 'Hur gammalt är barnet?'
        : 'Hur gammalt är barnet?',
  badAge: 'Skriv åldern i år, till exempel ”10” eller ”10 år”.',
  askDistrict: (role) =>
    role === 'young'
      ? 'Var bor du? Stadsdel eller område räcker, till exempel Bredäng eller Hökarängen.'
      : role === 'parent'
        ? 'Var bor ni? Stadsdel eller område räcker, till exempel Rinkeby eller Söder.'
        : 'I vilken stadsdel bor barnet? Ett område räcker, till exempel Bredäng eller Söder.',
  pickDistrict: 'Platsen finns i flera stadsdelar. Vilken menar du?',
  whichChildFirst: (ages) =>
    `Du nämner flera barn (${ages.slice(0, -1).join(', ')} och ${ages[ages.length - 1]} år). Stödet skiljer sig med åldern, så vi tar ett barn i taget. Vilket barn vill du börja med?`,
  childButton: (age) => `Barnet som är ${age}`,
  otherChildOffer: (ages) =>
    `Vill du söka för ${ages.length > 1 ? 'de andra barnen' : `barnet som är ${ages[0]}`} också? Skriv ”den andra” eller tryck på knappen.`,
  didNotUnderstand: (words) => `Jag förstod inte ${words.map((w) => `”${w}”`).join(' eller ')}.`,
  startWindowResults: (from, to, n) =>
    n > 0
      ? `Grupper som startar mellan ${from} och ${to} visas först, sedan de som inte har något startdatum i katalogen.`
      : `Ingen grupp här har en start registrerad mellan ${from} och ${to}. Här är de som inte har något startdatum i katalogen – fråga när nästa grupp börjar.`,
  unknownDistrict:
    'Jag känner inte igen platsen. Skriv stadsdelen eller området, till exempel Skärholmen, Söder eller Vällingby.',
  askNeeds: (role) =>
    role === 'young'
      ? 'Vad handlar det om? Skriv med egna ord, till exempel ”pappa dricker” eller ”jag mår dåligt”.'
      : role === 'parent'
        ? 'Vad gäller det? Skriv med egna ord, till exempel ”pappan dricker” eller ”vi har skilt oss”.'
        : 'Vad gäller det? Till exempel: en förälder dricker eller mår psykiskt dåligt, våld i familjen, separation.',
  unknownNeeds:
    'Jag känner inte igen det. Välj ett av alternativen eller beskriv med andra ord, till exempel ”mamma mår psykiskt dåligt”.',
  askFamilyLanguage: 'Vilket språk talar familjen? Då kan jag visa stöd som ges på det språket.',
  familyLanguageSwedish: 'Svenska',
  familyLanguageSkip: 'Spelar ingen roll',
  resultsIntro: (shown, total) =>
    total > shown
      ? `Här är det som passar bäst (${shown} av ${total}). Varje kort säger varför.`
      : `Här är det som passar (${shown}). Varje kort säger varför.`,
  resultsIntroSelfContact: (role) =>
    role === 'young'
      ? 'Först det du kan kontakta själv, utan remiss eller utredning.'
      : 'Först det ni kan kontakta själva, utan remiss eller utredning.',
  moreResults: 'Visa fler',
  noMoreResults: 'Det finns inga fler träffar.',
  newSearch: 'Ny sökning',
  checkReferral: 'Kolla en remiss',
  howToContactButton: (role) => (role === 'young' ? 'Hur tar jag kontakt?' : 'Hur tar vi kontakt?'),
  referButton: 'Starta remiss',
  youthClinicIntro: `Ungdomsmottagningen kan du alltid gå till själv, upp till ${YOUTH_CLINIC_MAX_AGE} år – gratis, och du behöver ingen förälder med dig.`,
  ownSafety: 'Om du själv utsätts för våld eller hot kan du få stöd här:',
  protectionRoute:
    'Oro för att ett barn far illa bedöms alltid av socialtjänsten – aldrig med en grupp. Kontakta socialtjänsten i stadsdelen; vid akut fara ring 112, kvällar och helger socialjouren.',
  violenceFirst:
    'Ett barn som har sett eller hört våld hemma behöver oftast individuellt krisstöd först, till exempel Trappan-samtal – också när våldet inte är nytt. Om barnet behöver skydd bedömer socialtjänsten i sin egen utredning; ingen grupp är svaret på en skyddsfråga. Gruppstöd kan komma efter, när barnets trygghet är bedömd.',
  violenceResultsLead:
    'Först individuellt krisstöd. Grupper står sist: de passar först när socialtjänsten har bedömt barnets skydd.',
  facts: {
    ages: 'Ålder',
    agesUnknown: 'Anges inte – fråga verksamheten',
    agesValue: (min, max) => `${min}–${max} år`,
    agesInferred: (min, max, from) =>
      `troligen ${max >= 120 ? `${min} år och äldre` : `${min}–${max} år`} (${
        'kind' in from
          ? `av att det är en ${from.kind.toLowerCase()}`
          : from.name === 'group'
            ? 'av gruppens namn'
            : 'av namnet'
      })`,
    where: 'Var',
    access: 'Väg in',
    placesLeft: 'Platser kvar',
    nextStart: 'Nästa start',
    confirmed: 'Bekräftad',
    neverConfirmed: (year) =>
      `Aldrig – uppgiften kommer från en kartläggning${year ? ` ${year}` : ''}`,
    contact: 'Kontakt',
    service: 'Verksamhet',
    age: 'Ålder',
    district: 'Stadsdel',
    needs: 'Behov',
    familyLanguage: 'Familjens språk',
    consent: 'Samtycke',
  },
  locality: {
    own_district: 'I stadsdelen',
    neighbour_district: 'Grannstadsdel',
    city_wide: 'Hela staden',
    county_wide: 'Hela länet',
  },
  askConsent: (service) => `Remiss till ${service}. Vem har samtyckt till remissen?`,
  consentGuardians: 'Vårdnadshavarna',
  consentOneGuardian: 'En vårdnadshavare',
  consentYoungPerson: 'Den unga själv (15+)',
  consentNone: 'Inget samtycke än',
  consentMissing:
    'Utan samtycke skickar Lotsen ingen remiss. Prata med familjen först. Är du orolig för att barnet far illa ska du göra en orosanmälan till socialtjänsten.',
  consentUnder15: `Den unga är under ${AGE_OF_INDEPENDENT_CONSENT} år, så vårdnadshavarna behöver samtycka (SoL 3 kap. 6 a § gäller från ${AGE_OF_INDEPENDENT_CONSENT} år).`,
  consentOneGuardianNote:
    'Socialtjänsten avgör om stödet kan ges med en vårdnadshavares samtycke (FB 6 kap. 13 a §).',
  draftTitle: 'Remissutkast',
  draftText:
    'Utkastet innehåller inga namn eller personnummer: barnet får en pseudonym i Lotsen. Stämmer det?',
  draftConsent: (givenBy) =>
    ({
      guardians: 'Vårdnadshavarna',
      one_guardian: 'En vårdnadshavare',
      young_person: 'Den unga själv (15+)',
      parent_self_referral: 'Förälderns egen anmälan',
    })[givenBy] ?? givenBy,
  sendReferral: 'Skicka remissen',
  cancelReferral: 'Avbryt',
  referralSending: 'Jag skickar remissen till Lotsen…',
  referralCreated: (shortId, referralId) =>
    `Klart: remissen är registrerad i Lotsen med referensnummer ${shortId}. Spara hela numret för att kolla status senare: ${referralId}`,
  referralNotSent: (failure) =>
    ({
      not_connected:
        'Remissen har inte skickats: remisser är inte anslutna i den här installationen av Lotsen. Skicka den på det vanliga sättet.',
      not_registered:
        'Remissen har inte skickats: du är inte registrerad som personal i Lotsen. Be samordningsteamet att lägga till dig.',
      unavailable:
        'Remissen kunde inte skickas: Lotsen svarar inte just nu. Inget har registrerats – tryck på ”Försök igen” om en stund.',
      uncertain:
        'Jag fick inget svar från Lotsen, så jag vet inte om remissen registrerades. Tryck på ”Försök igen”: remissen registreras bara en gång, även om den redan har kommit fram.',
      refused:
        'Lotsen tog inte emot remissen, och inget har registrerats. Kontakta samordningsteamet.',
      other_district:
        'Du kan bara remittera barn i din egen stadsdel enligt Lotsens personalregister. Remissen har inte skickats.',
    })[failure],
  retryReferral: 'Försök igen',
  referralResending:
    'Jag skickar remissen till Lotsen igen. Den registreras bara en gång, även om den redan har kommit fram…',
  nothingToRetry: `Det finns ingen remiss att skicka igen: en remiss kan bara skickas igen i samma samtal, inom ${REFERRAL_RETRY_MINUTES} minuter efter att den skickades. Fråga samordningsteamet om den kom fram innan du gör en ny remiss.`,
  retryBySenderOnly:
    'Bara den som skickade remissen kan skicka den igen. Fråga samordningsteamet om den kom fram innan någon gör en ny remiss.',
  referralCancelled: 'Remissen är avbruten. Inget har skickats.',
  referralNeedsResults:
    'Först söker vi fram en verksamhet. Beskriv barnets ålder, stadsdel och vad det gäller.',
  pickServiceToRefer: 'Tryck på ”Starta remiss” på den verksamhet du vill remittera till.',
  referralNotForService:
    'Den här verksamheten tar inte emot remisser direkt: den kräver ett biståndsbeslut efter utredning av socialtjänsten.',
  staffOnlyReferral:
    'Remisser skickas av personal, i Lotsen i Teams. Du kan själv kontakta verksamheter med direktintag eller egen anmälan – vill du se vad som finns nära er?',
  staffOnlyStatus: 'Status för remisser kan bara personal se, i Lotsen i Teams.',
  askReference:
    'Vilket referensnummer har remissen? Klistra in det, det ser ut ungefär så här: 1b4e28ba-2fa1-11d2-883f-0016d3cca427.',
  badReference:
    'Det ser inte ut som ett referensnummer. Klistra in hela numret (36 tecken med bindestreck).',
  statusRequested: (shortId) => `Jag kollar status för remiss ${shortId}…`,
  statusAnswer: (shortId, label) => `Remiss ${shortId}: ${label}.`,
  statusNotFound: (shortId) =>
    `Jag hittar ingen remiss ${shortId} som du har behörighet att se. Kontrollera numret.`,
  statusNotChecked: (failure) =>
    ({
      not_connected:
        'Jag kan inte slå upp remisser: de är inte anslutna i den här installationen av Lotsen.',
      not_registered:
        'Jag kan inte visa status: du är inte registrerad som personal i Lotsen. Be samordningsteamet att lägga till dig.',
      unavailable:
        'Jag når inte Lotsen just nu, så jag kan inte visa status. Fråga igen om en stund.',
      uncertain:
        'Jag når inte Lotsen just nu, så jag kan inte visa status. Fråga igen om en stund.',
      refused: 'Lotsen lät mig inte slå upp remissen. Kontakta samordningsteamet.',
      other_district: 'Lotsen lät mig inte slå upp remissen. Kontakta samordningsteamet.',
    })[failure],
  aboutGroups:
    'Gruppstöd är träffar för barn och unga som lever med samma sak – till exempel en förälder som dricker eller mår psykiskt dåligt, våld i familjen eller en separation – ofta med en grupp för föräldrarna samtidigt. En grupp träffas oftast 10–20 gånger, med ett tema varje gång. Budskapet är: du är inte ensam, det är inte ditt fel, du har rätt att må bra. Gruppstöd är inte behandling eller terapi, inte akut krisstöd, och aldrig svaret när ett barn behöver skydd – det bedömer socialtjänsten. Många grupper är gratis, och till en del kan man komma utan utredning.',
  howToContactGeneral:
    'Det finns tre vägar in. Direktintag: ni kontaktar verksamheten direkt, utan utredning eller beslut. Egen anmälan: du, eller den unga själv, tar kontakt. Remiss eller bistånd: via socialtjänsten i er stadsdel. Du behöver inte säga ditt namn för att fråga hur det går till.',
  howToContactService: (name) => `Så tar ni kontakt med ${name}:`,
  viaSocialServices:
    'Ring socialtjänsten i er stadsdel och fråga efter mottagningen; de hjälper er vidare.',
  family: {
    agesAsk: (who) =>
      who === 'young' ? 'Fråga om åldern när du hör av dig' : 'Fråga om åldern när ni ringer',
    unconfirmed: (year) =>
      `Uppgiften kommer från en kartläggning${year ? ` ${year}` : ''} och har inte bekräftats.`,
    reason: (code, who) => {
      const young = who === 'young';
      switch (code) {
        case 'age_unknown':
          return young ? 'Fråga om åldern när du hör av dig' : 'Fråga om åldern när ni ringer';
        case 'access_direct':
          return young
            ? 'Du kan höra av dig direkt, utan remiss'
            : 'Ni kan höra av er direkt, utan remiss';
        case 'access_self_referral':
          return young ? 'Du kan själv ta kontakt' : 'Ni kan själva ta kontakt';
        case 'access_staff_referral':
          return young
            ? 'En vuxen på skolan eller socialtjänsten kan hjälpa dig att komma dit'
            : 'Socialtjänsten eller skolan kan hjälpa er att komma dit';
        case 'access_aid_decision':
          return young
            ? 'Du kommer dit genom socialtjänsten – en vuxen du litar på kan hjälpa dig att fråga'
            : 'Ni kommer dit genom att prata med socialtjänsten i er stadsdel';
        case 'no_planned_cohort':
          return 'Fråga när nästa grupp börjar';
        case 'neighbour_district':
          return young
            ? 'Finns i en stadsdel nära dig – fråga om du kan gå dit'
            : 'Finns i en stadsdel nära er – fråga er stadsdel om ni kan gå dit';
        default:
          return undefined;
      }
    },
    contactService: (parts) => `Kontakt: ${parts}`,
    contactProvider: (provider, parts) => `Kontakt via ${provider}: ${parts}`,
    contactCity: (phone, service, district, source, who) =>
      who === 'young'
        ? `Fråga socialtjänsten i ${district ?? 'din stadsdel'} hur du når ${service}. Ring Stockholms stad: ${phone} (källa: ${source})`
        : `Fråga socialtjänsten i ${district ?? 'er stadsdel'} hur ni når ${service}. Ring Stockholms stad: ${phone} (källa: ${source})`,
    forParent: (who) =>
      who === 'young'
        ? 'För vuxna, inte för dig själv – din förälder kan gå dit'
        : 'Stöd för dig som förälder, inte för barnet',
    moreButton: 'Mer om stödet',
    noNameNeeded: (who) =>
      who === 'young'
        ? 'Du behöver inte säga vem du är för att fråga.'
        : 'Ni behöver inte säga vem ni är för att fråga.',
  },
  parentSupportIntro:
    'Stöd för dig som förälder är lika viktigt som stödet till barnet. Här kan du prata anonymt:',
  ownRights: (age) => {
    const lines = ['Kort svar: ja, en del kan du göra utan dina föräldrar.'];
    if (age !== undefined) lines.push(`Du är ${age}.`);
    lines.push(
      '• I alla åldrar: ring eller chatta med BRIS på 116 111 (för dig under 18) – du behöver inte säga vem du är. Skolkuratorn och skolsköterskan kan du också prata med själv.',
    );
    if (age === undefined || age <= YOUTH_CLINIC_MAX_AGE) {
      lines.push(
        `• Ungdomsmottagningen: gratis, och du behöver ingen förälder med dig. De flesta tar emot från 12 eller 13 år, upp till ${YOUTH_CLINIC_MAX_AGE} år.`,
      );
    }
    const social =
      age !== undefined && age < AGE_OF_INDEPENDENT_CONSENT
        ? `• Socialtjänsten: innan du fyller ${AGE_OF_INDEPENDENT_CONSENT} behöver dina föräldrar oftast säga ja till stöd därifrån. När du är ${AGE_OF_INDEPENDENT_CONSENT} kan du få stöd, till exempel samtal, utan att de säger ja (SoL 3 kap. 6 a §).`
        : age !== undefined
          ? `• Socialtjänsten: eftersom du är ${AGE_OF_INDEPENDENT_CONSENT} eller äldre kan du få stöd därifrån, till exempel samtal, utan att dina föräldrar säger ja, om socialtjänsten tycker att det är bra för dig (SoL 3 kap. 6 a §). Fråga dem om dina föräldrar kommer att få veta.`
          : `• Socialtjänsten: från ${AGE_OF_INDEPENDENT_CONSENT} år kan du få stöd därifrån, till exempel samtal, utan att dina föräldrar säger ja, om socialtjänsten tycker att det är bra för dig (SoL 3 kap. 6 a §). Är du yngre behöver dina föräldrar oftast säga ja.`;
    lines.push(social);
    lines.push(
      'Ärligt: de du pratar med har tystnadsplikt. Men om en vuxen som jobbar med barn tror att du inte är trygg hemma måste hen säga till socialtjänsten – så att du får hjälp.',
    );
    return lines.join('\n');
  },
  consentRuleForParents: `En ung person från ${AGE_OF_INDEPENDENT_CONSENT} år kan få stöd från socialtjänsten utan vårdnadshavarnas samtycke, om det bedöms lämpligt (SoL 3 kap. 6 a §).`,
  under13:
    'Lotsen för unga är för dig som är 13 år eller äldre. Du kan alltid ringa eller chatta med BRIS på 116 111 – de finns för alla under 18. Prata också gärna med en vuxen du litar på, till exempel skolkuratorn.',
  talkToPerson:
    'Jag är en automatisk guide, inte en människa. Vill du prata med någon nu kan du vända dig hit:',
  staffTalkToPerson:
    'Jag är en automatisk guide, inte en människa. För ett enskilt ärende: kontakta mottagningen i stadsdelen eller samordnarna för gruppstöd.',
  outsideOfficeHours: (number) =>
    `Socialtjänstens kontor är stängda nu. Behöver ni prata med socialtjänsten i kväll, i natt eller i helgen, ring socialjouren på ${number}.`,
  help: (role) =>
    `Jag är Lotsen, en automatisk guide – inte en människa. ${
      role === 'staff'
        ? 'Beskriv barnets ålder, stadsdel och behov så visar jag stöd med skäl, och du kan starta en remiss eller kolla status på en.'
        : 'Jag berättar vad gruppstöd är, vad som finns nära er och hur man tar kontakt.'
    } Du kan skriva med egna ord när som helst, och de här orden fungerar alltid: ”hjälp”, ”börja om”, ”byt språk” (English), ”vad vet du om mig” och ”glöm mig”. Är någon i akut fara: ring 112.`,
  whatIKnowNothing: 'Jag vet ingenting om dig just nu.',
  whatIKnowIntro: 'Det här har jag sparat, och inget annat:',
  whatIKnowFooter: (minutes) =>
    `Jag sparar aldrig dina meddelanden. Allt glöms efter ${minutes} minuter utan aktivitet, eller direkt om du skriver ”glöm mig”.`,
  knownRole: (role) =>
    `Du är: ${role === 'staff' ? 'personal' : role === 'parent' ? 'förälder eller annan vuxen' : 'ung'}`,
  knownAge: (age) => `Ålder: ${age} år`,
  knownDistrict: (name) => `Stadsdel: ${name}`,
  knownDistrictCandidates: (names) => `Möjliga stadsdelar: ${names}`,
  knownNeeds: (labels) => `Behov: ${labels}`,
  knownFamilyLanguage: (code) => `Familjens språk: ${code}`,
  knownFamilyLanguageSkipped: 'Familjens språk: spelar ingen roll',
  knownReferral: (service) => `Påbörjad remiss till: ${service}`,
  knownSentReferral: (service, age, district, needs, minutes) =>
    `Skickad remiss till: ${service}, för ett barn på ${age} år i ${district} (${needs}); sparas i samtalet, högst ${minutes} minuter, så att du kan skicka den igen`,
  knownChatLanguage: 'Språk i chatten: svenska',
  forgotten: 'Klart – jag har glömt allt vi pratat om.',
  startedOver: 'Okej, vi börjar om.',
  languageSwitched: 'Nu pratar vi svenska.',
  askChatLanguage: 'Vilket språk vill du använda? / Which language do you want to use?',
  expired: (minutes) =>
    `Det har gått mer än ${minutes} minuter sedan ditt senaste meddelande, så jag har glömt vårt samtal och börjar om.`,
  scrubbed: (kinds) =>
    `Jag tog bort ${list(
      kinds.map((k) =>
        k === 'identity'
          ? 'ett personnummer'
          : k === 'phone'
            ? 'ett telefonnummer'
            : 'en e-postadress',
      ),
      'och',
    )} ur ditt meddelande och sparade det inte. Skriv aldrig namn, personnummer eller kontaktuppgifter här.`,
  scrubbedStaff: 'Lotsen använder inga namn eller personnummer: barnet får en pseudonym.',
  understood: (summary) => `Uppfattat: ${summary}.`,
  notUnderstood: 'Jag förstod inte riktigt. Beskriv gärna med egna ord, eller skriv ”hjälp”.',
  dangerLine: 'Är någon i akut fara: ring 112.',
  thanks: 'Varsågod! Skriv när som helst om du vill veta mer.',
  startOverButton: 'Börja om',
  helpButton: 'Hjälp',
  whatIKnowButton: 'Vad vet du om mig?',
  otherLanguageButton: 'English',
  crisisTitle: 'Få hjälp nu',
  crisisText: {
    acute_danger: 'Om någon är i fara just nu: ring 112.',
    suicide_self_harm:
      'Tankar på att skada sig eller inte vilja leva ska ingen vara ensam med. Ring 112 om det är akut, eller prata med Självmordslinjen eller 1177.',
    child_abuse:
      'När ett barn utsätts för våld eller övergrepp ska socialtjänsten få veta det. Vid akut fara: ring 112. Kvällar och helger: socialjouren.',
    threat_to_kill: 'Hot om att döda ska alltid tas på allvar. Ring 112 om hotet är akut.',
    honour:
      'Ingen får tvinga någon att gifta sig eller föra någon utomlands mot sin vilja. Ring 112 vid akut fara; socialtjänsten och Origo kan hjälpa.',
  },
  crisisStopped:
    'Jag är en automatisk guide, inte en människa, och kan inte bedöma situationen. Därför har jag stannat här. Kontakterna nedan finns för just det här.',
  safetyQuestion: 'Är du eller någon annan i fara just nu?',
  safetyQuestionText:
    'Jag är en automatisk guide och frågar för säkerhets skull. Svara ja eller nej. Behöver du hjälp nu finns kontakterna här.',
  safetyYesButton: 'Ja',
  safetyNoButton: 'Nej',
  safetyNoThanks: 'Tack för att du svarade. Då går vi vidare.',
};

const en: Strings = {
  disclosure:
    "Hi! I'm Lotsen, an automated guide – not a person – and I make no assessments. I help you find support for children, young people and parents in Stockholm.",
  anonymousPrivacy:
    "You don't need to say who you are, and please don't write names or personal identity numbers. I keep no messages and forget everything after 30 minutes.",
  staffIntro:
    'Describe the child\'s situation: age, district and what it is about. For example: "10-year-old in Skärholmen whose dad drinks". Never write names or personal identity numbers.',
  askRole: 'Who are you?',
  roleParent: "I'm a parent",
  roleYoung: "I'm young, 13 or older",
  roleStaff: 'I work with children',
  anonymousStaffNote:
    'As staff you can search and send referrals in Lotsen in Teams. Here I can show what exists and how families get in touch themselves.',
  parentMenu: 'What would you like to know?',
  youngMenu: 'What would you like to do?',
  menuAboutGroups: 'What is group support?',
  menuFindNearby: 'Support near us',
  menuParentSupport: 'Support for me as a parent',
  menuOwnRights: 'What can I do on my own?',
  menuFindYoung: 'Find support near me',
  menuTalkNow: 'Talk to someone now',
  askAge: (role) => (role === 'young' ? 'How old are you?' : 'How old is the child?'),
  badAge: 'Write the age in years, for example "10" or "10 years".',
  askDistrict: (role) =>
    role === 'young'
      ? 'Where do you live? A district or area is enough, for example Bredäng or Hökarängen.'
      : role === 'parent'
        ? 'Where do you live? A district or area is enough, for example Rinkeby or Söder.'
        : 'Which district does the child live in? An area is enough, for example Bredäng or Söder.',
  pickDistrict: 'That place is in more than one district. Which one do you mean?',
  whichChildFirst: (ages) =>
    `You mention several children (${ages.slice(0, -1).join(', ')} and ${ages[ages.length - 1]} years old). Support differs by age, so let's take one child at a time. Which child would you like to start with?`,
  childButton: (age) => `The child who is ${age}`,
  otherChildOffer: (ages) =>
    `Would you like to search for ${ages.length > 1 ? 'the other children' : `the child who is ${ages[0]}`} too? Write "the other one" or tap the button.`,
  didNotUnderstand: (words) => `I didn't understand ${words.map((w) => `"${w}"`).join(' or ')}.`,
  startWindowResults: (from, to, n) =>
    n > 0
      ? `Groups starting between ${from} and ${to} come first, then those with no start date in the catalogue.`
      : `No group here has a start registered between ${from} and ${to}. Here are those with no start date in the catalogue – ask when the next group begins.`,
  unknownDistrict:
    "I don't recognise that place. Write the district or area, for example Skärholmen, Söder or Vällingby.",
  askNeeds: (role) =>
    role === 'young'
      ? 'What is it about? Use your own words, for example "my dad drinks" or "I feel low".'
      : role === 'parent'
        ? 'What is it about? Use your own words, for example "his dad drinks" or "we have divorced".'
        : 'What is it about? For example: a parent drinks or has mental illness, violence in the family, separation.',
  unknownNeeds:
    'I don\'t recognise that. Pick one of the options or describe it in other words, for example "mum has mental illness".',
  askFamilyLanguage:
    'Which language does the family speak? Then I can show support given in that language.',
  familyLanguageSwedish: 'Swedish',
  familyLanguageSkip: "Doesn't matter",
  resultsIntro: (shown, total) =>
    total > shown
      ? `Here is what fits best (${shown} of ${total}). Each card says why.`
      : `Here is what fits (${shown}). Each card says why.`,
  resultsIntroSelfContact: (role) =>
    role === 'young'
      ? 'First what you can contact yourself, without a referral or an investigation.'
      : 'First what you can contact yourselves, without a referral or an investigation.',
  moreResults: 'Show more',
  noMoreResults: 'There are no more matches.',
  newSearch: 'New search',
  checkReferral: 'Check a referral',
  howToContactButton: (role) =>
    role === 'young' ? 'How do I get in touch?' : 'How do we get in touch?',
  referButton: 'Start referral',
  youthClinicIntro: `You can always go to the youth clinic on your own, up to age ${YOUTH_CLINIC_MAX_AGE} – it's free, and you don't need a parent with you.`,
  ownSafety: 'If you yourself are subjected to violence or threats, you can get support here:',
  protectionRoute:
    'A concern that a child is at risk is always assessed by social services – never with a group. Contact the social services in the district; in acute danger call 112, and in the evening and at weekends the social services out-of-hours service (Socialjouren).',
  violenceFirst:
    "A child who has seen or heard violence at home usually needs individual crisis support first, for example Trappan talks – also when the violence is not recent. Whether the child needs protection is for social services to assess in their own investigation; no group is the answer to a protection question. Group support can come after, once the child's safety has been assessed.",
  violenceResultsLead:
    "Individual crisis support first. Groups come last: they fit only once social services have assessed the child's protection.",
  facts: {
    ages: 'Ages',
    agesUnknown: 'Not given – ask the provider',
    agesValue: (min, max) => `${min}–${max} years`,
    agesInferred: (min, max, from) =>
      `probably ${max >= 120 ? `${min} and older` : `${min}–${max}`} (${
        'kind' in from
          ? `as it is a ${from.kind.toLowerCase()}`
          : from.name === 'group'
            ? "from the group's name"
            : 'from its name'
      })`,
    where: 'Where',
    access: 'Way in',
    placesLeft: 'Places left',
    nextStart: 'Next start',
    confirmed: 'Confirmed',
    neverConfirmed: (year) => `Never – the entry comes from a survey${year ? ` in ${year}` : ''}`,
    contact: 'Contact',
    service: 'Service',
    age: 'Age',
    district: 'District',
    needs: 'Needs',
    familyLanguage: "Family's language",
    consent: 'Consent',
  },
  locality: {
    own_district: 'In the district',
    neighbour_district: 'Neighbouring district',
    city_wide: 'Whole city',
    county_wide: 'Whole county',
  },
  askConsent: (service) => `Referral to ${service}. Who has consented to the referral?`,
  consentGuardians: 'The guardians',
  consentOneGuardian: 'One guardian',
  consentYoungPerson: 'The young person (15+)',
  consentNone: 'No consent yet',
  consentMissing:
    'Without consent Lotsen sends no referral. Talk to the family first. If you are worried that the child is at risk, report it to social services.',
  consentUnder15: `The young person is under ${AGE_OF_INDEPENDENT_CONSENT}, so the guardians need to consent (a young person may consent alone from ${AGE_OF_INDEPENDENT_CONSENT}, Social Services Act 3:6 a).`,
  consentOneGuardianNote:
    "Social services decide whether the support can be given with one guardian's consent (Children and Parents Code 6:13 a).",
  draftTitle: 'Referral draft',
  draftText:
    'The draft holds no names or personal identity numbers: the child gets a pseudonym in Lotsen. Is this right?',
  draftConsent: (givenBy) =>
    ({
      guardians: 'The guardians',
      one_guardian: 'One guardian',
      young_person: 'The young person (15+)',
      parent_self_referral: "The parent's self-referral",
    })[givenBy] ?? givenBy,
  sendReferral: 'Send the referral',
  cancelReferral: 'Cancel',
  referralSending: "I'm sending the referral to Lotsen…",
  referralCreated: (shortId, referralId) =>
    `Done: the referral is registered in Lotsen with reference ${shortId}. Keep the whole number to check its status later: ${referralId}`,
  referralNotSent: (failure) =>
    ({
      not_connected:
        'The referral has not been sent: referrals are not connected in this installation of Lotsen. Please send it the usual way.',
      not_registered:
        'The referral has not been sent: you are not registered as Lotsen staff. Ask the coordination team to add you.',
      unavailable:
        'The referral could not be sent: Lotsen is not answering right now. Nothing has been registered – press "Try again" in a while.',
      uncertain:
        'Lotsen did not answer, so I don\'t know whether the referral was registered. Press "Try again": the referral is registered only once, even if it has already arrived.',
      refused:
        'Lotsen did not accept the referral, and nothing has been registered. Please contact the coordination team.',
      other_district:
        "You can only refer children in your own district, according to Lotsen's staff register. The referral has not been sent.",
    })[failure],
  retryReferral: 'Try again',
  referralResending:
    "I'm sending the referral to Lotsen again. It is registered only once, even if it has already arrived…",
  nothingToRetry: `There is no referral to send again: a referral can only be sent again in the same conversation, within ${REFERRAL_RETRY_MINUTES} minutes of being sent. Ask the coordination team whether it arrived before you make a new referral.`,
  retryBySenderOnly:
    'Only the person who sent the referral can send it again. Ask the coordination team whether it arrived before anyone makes a new referral.',
  referralCancelled: 'The referral is cancelled. Nothing has been sent.',
  referralNeedsResults:
    "First let's find a service. Describe the child's age, district and what it is about.",
  pickServiceToRefer: 'Press "Start referral" on the service you want to refer to.',
  referralNotForService:
    "This service doesn't take referrals directly: it needs an aid decision after an investigation by social services.",
  staffOnlyReferral:
    'Referrals are sent by staff, in Lotsen in Teams. You can contact services with direct intake or self-referral yourself – would you like to see what exists near you?',
  staffOnlyStatus: 'Only staff can see the status of referrals, in Lotsen in Teams.',
  askReference:
    "What is the referral's reference number? Paste it; it looks something like 1b4e28ba-2fa1-11d2-883f-0016d3cca427.",
  badReference:
    "That doesn't look like a reference number. Paste the whole number (36 characters with hyphens).",
  statusRequested: (shortId) => `I'm checking the status of referral ${shortId}…`,
  statusAnswer: (shortId, label) => `Referral ${shortId}: ${label}.`,
  statusNotFound: (shortId) =>
    `I can't find a referral ${shortId} that you may see. Please check the number.`,
  statusNotChecked: (failure) =>
    ({
      not_connected:
        "I can't look up referrals: they are not connected in this installation of Lotsen.",
      not_registered:
        "I can't show the status: you are not registered as Lotsen staff. Ask the coordination team to add you.",
      unavailable:
        "I can't reach Lotsen right now, so I can't show the status. Please ask again in a while.",
      uncertain:
        "I can't reach Lotsen right now, so I can't show the status. Please ask again in a while.",
      refused: "Lotsen didn't let me look up the referral. Please contact the coordination team.",
      other_district:
        "Lotsen didn't let me look up the referral. Please contact the coordination team.",
    })[failure],
  aboutGroups:
    'Group support means meetings for children and young people who live with the same thing – for example a parent who drinks or has mental illness, violence in the family, or a separation – often with a group for the parents at the same time. A group usually meets 10–20 times, with a theme each time. The message is: you are not alone, it is not your fault, you have a right to be well. Group support is not treatment or therapy, not acute crisis support, and never the answer when a child needs protection – social services assess that. Many groups are free, and some you can join without an investigation.',
  howToContactGeneral:
    "There are three ways in. Direct intake: you contact the service directly, without an investigation or decision. Self-referral: you, or the young person, get in touch. Referral or aid: through the social services in your district. You don't have to give your name to ask how it works.",
  howToContactService: (name) => `How to get in touch with ${name}:`,
  viaSocialServices:
    'Call the social services in your district and ask for the intake team; they will help you further.',
  family: {
    agesAsk: () => 'Ask about the ages when you get in touch',
    unconfirmed: (year) =>
      `This comes from a survey${year ? ` in ${year}` : ''} and has not been confirmed.`,
    reason: (code, who) => {
      const young = who === 'young';
      switch (code) {
        case 'age_unknown':
          return 'Ask about the ages when you get in touch';
        case 'access_direct':
          return 'You can get in touch directly, no referral needed';
        case 'access_self_referral':
          return young ? 'You can contact them yourself' : 'You can contact them yourselves';
        case 'access_staff_referral':
          return young
            ? 'An adult at school or social services can help you get there'
            : 'Social services or the school can help you get there';
        case 'access_aid_decision':
          return young
            ? 'You get there through social services – an adult you trust can help you ask'
            : 'You get there by talking to the social services in your district';
        case 'no_planned_cohort':
          return 'Ask when the next group starts';
        case 'neighbour_district':
          return young
            ? 'In a district near you – ask if you can go there'
            : 'In a district near you – ask your district if you can go there';
        default:
          return undefined;
      }
    },
    contactService: (parts) => `Contact: ${parts}`,
    contactProvider: (provider, parts) => `Contact through ${provider}: ${parts}`,
    contactCity: (phone, service, district, source) =>
      `Ask the social services in ${district ?? 'your district'} how to reach ${service}. Call the City of Stockholm: ${phone} (source: ${source})`,
    forParent: (who) =>
      who === 'young'
        ? 'For adults, not for you yourself – your parent can go'
        : 'Support for you as a parent, not for the child',
    moreButton: 'More about it',
    noNameNeeded: () => "You don't have to say who you are to ask.",
  },
  parentSupportIntro:
    'Support for you as a parent matters as much as support for the child. Here you can talk anonymously:',
  ownRights: (age) => {
    const lines = ['Short answer: yes, some things you can do without your parents.'];
    if (age !== undefined) lines.push(`You are ${age}.`);
    lines.push(
      "• At any age: call or chat with BRIS on 116 111 (for anyone under 18) – you don't have to say who you are. You can also talk to the school counsellor or school nurse on your own.",
    );
    if (age === undefined || age <= YOUTH_CLINIC_MAX_AGE) {
      lines.push(
        `• Youth clinic (ungdomsmottagning): free, and you don't need a parent with you. Most take you from 12 or 13, up to ${YOUTH_CLINIC_MAX_AGE}.`,
      );
    }
    const social =
      age !== undefined && age < AGE_OF_INDEPENDENT_CONSENT
        ? `• Social services: before you turn ${AGE_OF_INDEPENDENT_CONSENT}, your parents usually have to agree to support from them. Once you are ${AGE_OF_INDEPENDENT_CONSENT} you can get support, for example talks, without them agreeing (Social Services Act 3:6 a).`
        : age !== undefined
          ? `• Social services: as you are ${AGE_OF_INDEPENDENT_CONSENT} or older you can get support from them, for example talks, without your parents agreeing, if social services think it is good for you (Social Services Act 3:6 a). Ask them whether your parents will be told.`
          : `• Social services: from ${AGE_OF_INDEPENDENT_CONSENT} you can get support from them, for example talks, without your parents agreeing, if social services think it is good for you (Social Services Act 3:6 a). If you are younger, your parents usually have to agree.`;
    lines.push(social);
    lines.push(
      'Honestly: the people you talk to have a duty of confidentiality. But if an adult who works with children thinks you are not safe at home, they must tell social services – so that you get help.',
    );
    return lines.join('\n');
  },
  consentRuleForParents: `A young person aged ${AGE_OF_INDEPENDENT_CONSENT} or over can get support from social services without the guardians' consent, if it is judged suitable (Social Services Act 3:6 a).`,
  under13:
    "Lotsen for young people is for you if you are 13 or older. You can always call or chat with BRIS on 116 111 – they are there for everyone under 18. It's also good to talk to an adult you trust, for example the school counsellor.",
  talkToPerson:
    "I'm an automated guide, not a person. If you want to talk to someone now, you can turn here:",
  staffTalkToPerson:
    "I'm an automated guide, not a person. For an individual case: contact the district's intake team or the group support coordinators.",
  outsideOfficeHours: (number) =>
    `Social services' offices are closed now. If you need to talk to social services tonight or at the weekend, call the out-of-hours service (Socialjouren) on ${number}.`,
  help: (role) =>
    `I'm Lotsen, an automated guide – not a person. ${
      role === 'staff'
        ? "Describe the child's age, district and needs and I'll show support with reasons; you can start a referral or check the status of one."
        : 'I explain what group support is, what exists near you and how to get in touch.'
    } You can write in your own words at any time, and these always work: "help", "start over", "change language" (svenska), "what do you know about me" and "forget me". If anyone is in acute danger: call 112.`,
  whatIKnowNothing: "I don't know anything about you right now.",
  whatIKnowIntro: "This is what I've stored, and nothing else:",
  whatIKnowFooter: (minutes) =>
    `I never store your messages. Everything is forgotten after ${minutes} minutes without activity, or at once if you write "forget me".`,
  knownRole: (role) =>
    `You are: ${role === 'staff' ? 'staff' : role === 'parent' ? 'a parent or other adult' : 'a young person'}`,
  knownAge: (age) => `Age: ${age}`,
  knownDistrict: (name) => `District: ${name}`,
  knownDistrictCandidates: (names) => `Possible districts: ${names}`,
  knownNeeds: (labels) => `Needs: ${labels}`,
  knownFamilyLanguage: (code) => `Family's language: ${code}`,
  knownFamilyLanguageSkipped: "Family's language: doesn't matter",
  knownReferral: (service) => `Referral started to: ${service}`,
  knownSentReferral: (service, age, district, needs, minutes) =>
    `Referral sent to: ${service}, for a child of ${age} in ${district} (${needs}); kept in this conversation, at most ${minutes} minutes, so that you can send it again`,
  knownChatLanguage: 'Chat language: English',
  forgotten: "Done – I've forgotten everything we talked about.",
  startedOver: "OK, let's start over.",
  languageSwitched: "OK, we'll continue in English.",
  askChatLanguage: 'Which language do you want to use? / Vilket språk vill du använda?',
  expired: (minutes) =>
    `More than ${minutes} minutes have passed since your last message, so I've forgotten our conversation and am starting over.`,
  scrubbed: (kinds) =>
    `I removed ${list(
      kinds.map((k) =>
        k === 'identity'
          ? 'a personal identity number'
          : k === 'phone'
            ? 'a phone number'
            : 'an e-mail address',
      ),
      'and',
    )} from your message and did not store it. Never write names, personal identity numbers or contact details here.`,
  scrubbedStaff: 'Lotsen uses no names or personal identity numbers: the child gets a pseudonym.',
  understood: (summary) => `Got it: ${summary}.`,
  notUnderstood:
    'I didn\'t quite understand. Please describe it in your own words, or write "help".',
  dangerLine: 'If anyone is in acute danger: call 112.',
  thanks: "You're welcome! Write any time if you want to know more.",
  startOverButton: 'Start over',
  helpButton: 'Help',
  whatIKnowButton: 'What do you know about me?',
  otherLanguageButton: 'Svenska',
  crisisTitle: 'Get help now',
  crisisText: {
    acute_danger: 'If anyone is in danger right now: call 112.',
    suicide_self_harm:
      'No one should be alone with thoughts of self-harm or of not wanting to live. Call 112 if it is acute, or talk to the suicide helpline or 1177.',
    child_abuse:
      'When a child is subjected to violence or abuse, social services must know. In acute danger: call 112. Evenings and weekends: the out-of-hours service.',
    threat_to_kill:
      'Threats to kill must always be taken seriously. Call 112 if the threat is acute.',
    honour:
      'No one may force anyone to marry or take anyone abroad against their will. Call 112 in acute danger; social services and Origo can help.',
  },
  crisisStopped:
    "I'm an automated guide, not a person, and I can't assess the situation. That's why I've stopped here. The contacts below are there for exactly this.",
  safetyQuestion: 'Are you or someone else in danger right now?',
  safetyQuestionText:
    "I'm an automated guide and ask to be on the safe side. Please answer yes or no. If you need help now, the contacts are here.",
  safetyYesButton: 'Yes',
  safetyNoButton: 'No',
  safetyNoThanks: 'Thank you for answering. Let us go on.',
};

/** The name of a language (ISO 639) in the chat language: "ar" → "arabiska" / "Arabic". */
export function languageName(code: string, language: ChatLanguage): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The strings of a chat language. */
export function stringsFor(language: ChatLanguage): Strings {
  return language === 'en' ? en : sv;
}
