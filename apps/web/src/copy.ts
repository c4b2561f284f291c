import type { UiLanguage } from '@lotsen/domain';

/*
 * The words of the web pages, in Swedish and English (klarspråk: what a parent reading on a phone
 * understands). Labels of records (services, districts, needs) come from the API in both languages;
 * these are the page's own words.
 */

/** The page's own words in one language. */
export interface Copy {
  readonly lang: UiLanguage;
  readonly groupsTitle: string;
  readonly groupsIntro: string;
  readonly filters: string;
  readonly area: string;
  readonly anyArea: string;
  readonly ageBand: string;
  readonly anyAge: string;
  readonly need: string;
  readonly anyNeed: string;
  readonly term: string;
  readonly anyTerm: string;
  readonly show: string;
  readonly found: (n: number) => string;
  readonly none: string;
  readonly forWhom: string;
  readonly years: (min: number, max: number) => string;
  readonly where: string;
  readonly placeOnRequest: string;
  readonly starts: string;
  readonly meetings: (count: number) => string;
  readonly placesLeft: string;
  readonly ofSeats: (left: number, max: number) => string;
  readonly howToStart: string;
  readonly contact: string;
  readonly website: string;
  readonly askForContact: string;
  readonly language: string;
  readonly planned: string;
  readonly ongoing: string;
  readonly addToShortlist: string;
  readonly makeShortlist: string;
  readonly shortlistHelp: string;
  readonly shortlistTitle: string;
  readonly shortlistIntro: string;
  readonly shortlistEmpty: string;
  readonly printHint: string;
  readonly backToAll: string;
  readonly askLotsen: string;
  readonly askLotsenText: string;
  readonly otherLanguage: string;
  readonly example: string;
  readonly weekdays: Readonly<Record<string, string>>;
  readonly accessRoutes: Readonly<Record<string, string>>;
  readonly youngAlone: string;
  readonly languageNames: Readonly<Record<string, string>>;
  readonly termName: (season: 'spring' | 'autumn', year: number) => string;
  readonly unavailable: string;
}

const sv: Copy = {
  lang: 'sv',
  groupsTitle: 'Stödgrupper för barn, unga och föräldrar i Stockholm',
  groupsIntro:
    'Grupper som pågår eller startar snart, med platser kvar. Det är gratis. Ni kan fråga om en plats även om gruppen har börjat.',
  filters: 'Välj grupper',
  area: 'Område',
  anyArea: 'Alla områden',
  ageBand: 'Barnets ålder',
  anyAge: 'Alla åldrar',
  need: 'Vad handlar det om?',
  anyNeed: 'Allt',
  term: 'Termin',
  anyTerm: 'Alla terminer',
  show: 'Visa grupper',
  found: (n) => (n === 1 ? '1 grupp' : `${n} grupper`),
  none: 'Inga grupper med platser kvar passar just nu. Välj färre saker, eller fråga Lotsen.',
  forWhom: 'För',
  years: (min, max) => `${min}–${max} år`,
  where: 'Var',
  placeOnRequest: 'adressen får ni när ni tar kontakt',
  starts: 'Start',
  meetings: (count) => `${count} träffar`,
  placesLeft: 'Platser kvar',
  ofSeats: (left, max) => `${left} av ${max}`,
  howToStart: 'Så börjar ni',
  contact: 'Kontakt',
  website: 'Webbplats',
  askForContact: 'Fråga Lotsen hur ni når gruppen',
  language: 'Språk',
  planned: 'Startar snart',
  ongoing: 'Pågår',
  addToShortlist: 'Lägg i listan',
  makeShortlist: 'Gör en lista av valda grupper',
  shortlistHelp:
    'För personal: välj grupper och gör en lista att skriva ut eller skicka till en familj. Länken innehåller bara gruppernas namn, inget om barnet.',
  shortlistTitle: 'Grupper att titta på',
  shortlistIntro: 'Grupperna någon har valt åt er. Kontakta gruppen direkt, eller fråga Lotsen.',
  shortlistEmpty: 'Inga grupper är valda.',
  printHint: 'Skriv ut sidan med webbläsarens utskrift, eller skicka länken.',
  backToAll: 'Alla grupper',
  askLotsen: 'Fråga Lotsen',
  askLotsenText:
    'Osäker på vilken grupp som passar? Fråga Lotsen i chatten, du behöver inte säga vem du är.',
  otherLanguage: 'In English',
  example:
    'Exempeldata: grupperna på sidan är påhittade, för att visa hur Lotsen fungerar. De finns inte på riktigt.',
  weekdays: {
    mon: 'måndagar',
    tue: 'tisdagar',
    wed: 'onsdagar',
    thu: 'torsdagar',
    fri: 'fredagar',
    sat: 'lördagar',
    sun: 'söndagar',
  },
  accessRoutes: {
    direct_intake: 'Kontakta gruppen direkt.',
    self_referral: 'Anmäl er själva till gruppen.',
    staff_referral: 'Be er socialsekreterare, skolkurator eller BVC om en plats.',
    aid_decision: 'Ansök hos socialtjänsten i ert område.',
  },
  youngAlone: 'Från 13 år kan den unga ta kontakt själv.',
  languageNames: { sv: 'svenska', en: 'engelska', ar: 'arabiska', so: 'somaliska', fi: 'finska' },
  termName: (season, year) => `${season === 'spring' ? 'Våren' : 'Hösten'} ${year}`,
  unavailable: 'Grupperna kan inte visas just nu. Försök igen om en stund, eller fråga Lotsen.',
};

const en: Copy = {
  lang: 'en',
  groupsTitle: 'Support groups for children, young people and parents in Stockholm',
  groupsIntro:
    'Groups that are running or starting soon, with places left. They are free. You can ask for a place even if the group has started.',
  filters: 'Choose groups',
  area: 'Area',
  anyArea: 'All areas',
  ageBand: "Child's age",
  anyAge: 'All ages',
  need: 'What is it about?',
  anyNeed: 'Everything',
  term: 'Term',
  anyTerm: 'All terms',
  show: 'Show groups',
  found: (n) => (n === 1 ? '1 group' : `${n} groups`),
  none: 'No group with places left fits right now. Choose fewer things, or ask Lotsen.',
  forWhom: 'For',
  years: (min, max) => `${min}–${max} years`,
  where: 'Where',
  placeOnRequest: 'you get the address when you get in touch',
  starts: 'Starts',
  meetings: (count) => `${count} meetings`,
  placesLeft: 'Places left',
  ofSeats: (left, max) => `${left} of ${max}`,
  howToStart: 'How to start',
  contact: 'Contact',
  website: 'Website',
  askForContact: 'Ask Lotsen how to reach the group',
  language: 'Language',
  planned: 'Starting soon',
  ongoing: 'Running',
  addToShortlist: 'Add to the list',
  makeShortlist: 'Make a list of the chosen groups',
  shortlistHelp:
    'For staff: choose groups and make a list to print or send to a family. The link holds only the groups, nothing about the child.',
  shortlistTitle: 'Groups to look at',
  shortlistIntro: 'The groups someone chose for you. Contact the group directly, or ask Lotsen.',
  shortlistEmpty: 'No groups are chosen.',
  printHint: "Print the page with your browser's print, or send the link.",
  backToAll: 'All groups',
  askLotsen: 'Ask Lotsen',
  askLotsenText:
    'Not sure which group fits? Ask Lotsen in the chat; you do not have to say who you are.',
  otherLanguage: 'På svenska',
  example:
    'Example data: the groups on this page are made up, to show how Lotsen works. They do not exist.',
  weekdays: {
    mon: 'Mondays',
    tue: 'Tuesdays',
    wed: 'Wednesdays',
    thu: 'Thursdays',
    fri: 'Fridays',
    sat: 'Saturdays',
    sun: 'Sundays',
  },
  accessRoutes: {
    direct_intake: 'Contact the group directly.',
    self_referral: 'Sign up with the group yourselves.',
    staff_referral: 'Ask your social worker, school counsellor or child health centre for a place.',
    aid_decision: 'Apply to the social services in your area.',
  },
  youngAlone: 'From 13, the young person can get in touch on their own.',
  languageNames: { sv: 'Swedish', en: 'English', ar: 'Arabic', so: 'Somali', fi: 'Finnish' },
  termName: (season, year) => `${season === 'spring' ? 'Spring' : 'Autumn'} ${year}`,
  unavailable: 'The groups cannot be shown right now. Try again in a while, or ask Lotsen.',
};

/** The page's words in a language. */
export function copyFor(lang: UiLanguage): Copy {
  return lang === 'en' ? en : sv;
}
