import type { SafetyCategory } from '../config.js';

/**
 * The phrases of the safety check, per category, in the pattern syntax of `compilePhrase`. The check
 * runs on every message before anything else; a hit stops the flow and shows a crisis card.
 *
 * The lists lean towards showing help: a card shown once too often costs a moment, one missed can cost
 * far more. Only rules marked `negatable` are silenced by a negation just before them ("inga
 * självmordstankar", "not in danger"); "jag vill inte leva" is itself a phrase of the list.
 */
export interface SafetyRule {
  readonly category: SafetyCategory;
  readonly phrases: readonly string[];
  /** A negation up to three words before the phrase (in the same clause) silences it. */
  readonly negatable?: boolean;
  /** On overlap with another category's phrase, this rule's category is the one that counts. */
  readonly wins?: boolean;
  /** Single words that also match when misspelt. */
  readonly typos?: readonly string[];
}

/** When several categories match, the first of these is the card's category. */
export const SAFETY_PRIORITY: readonly SafetyCategory[] = [
  'suicide_self_harm',
  'threat_to_kill',
  'acute_danger',
  'child_abuse',
  'honour',
];

export const SAFETY_RULES: readonly SafetyRule[] = [
  {
    category: 'suicide_self_harm',
    phrases: [
      'självmordsförsök*',
      'försökt ta livet av sig|mig',
      'ta|tar|tog livet av mig|sig|mej',
      'ta mitt|sitt liv',
      'vill dö',
      'vill bara dö',
      'vill inte leva',
      'vill inte leva längre',
      'orkar inte leva',
      'orkar inte längre leva',
      'vill inte finnas',
      'inte vill leva',
      'önskar att jag var död',
      'bättre om jag var död',
      'bättre död',
      'döda mig|sig själv',
      'skär|skära|skurit|skar mig|sig',
      'skadar|skada|skadat mig|sig själv',
      'självskad*',
      'överdos*',
      'hoppa framför ~ tåget|tunnelbanan|bilen|bil|tåg',
      'kill|killing|killed myself|himself|herself|themselves',
      'want|wants|wanna|wanted to die',
      'do|does not want to live',
      'no reason to live',
      'end my|her|his life',
      'end it all',
      'take my|her|his own life',
      'hurt|hurting|harm|harming myself|herself|himself',
      'self harm*',
      'selfharm*',
      'cut|cuts|cutting myself|herself|himself',
      'overdose*',
      'better off dead',
    ],
    typos: ['självmordsförsök', 'självskadebeteende'],
  },
  {
    category: 'suicide_self_harm',
    negatable: true,
    phrases: ['självmord*', 'suicid*', 'suicide*', 'suicidal'],
    typos: ['självmord', 'självmordstankar', 'suicide', 'suicidal'],
  },
  {
    category: 'threat_to_kill',
    wins: true,
    phrases: [
      'han|hon|hen|pappa|mamma|pappan|mamman|styvpappa|styvpappan|dom|de|mannen|exet ~~ ska|kommer|tänker|sa|säger|hotar|hotat|hotade ~~~ ta livet av mig|oss|dig|henne|honom|barnen|mamma',
      'he|she|dad|mum|mom|they|stepdad ~~ will|gonna|going|said|says|threatened|threatens ~~~ kill me|us|her|him|you|mum|mom|the',
    ],
  },
  {
    category: 'threat_to_kill',
    phrases: [
      'hotar|hotat|hotade ~~ döda|mörda',
      'hotar|hotat|hotade ~~ slå ihjäl',
      'hotar|hotat|hotade ~~ ta livet av',
      'hot om att döda',
      'dödshot*',
      'mordhot*',
      'ska|kommer|tänker ~ döda|mörda',
      'slå|slår ihjäl',
      'threaten* ~~ kill|murder',
      'going|gonna|wants to kill',
      'will kill',
      'kill me|us|her|him|you|mum|mom|my',
      'kill the kids|children',
      'death threat*',
      'murder*',
    ],
    typos: ['dödshot'],
  },
  {
    category: 'acute_danger',
    negatable: true,
    phrases: ['i fara', 'livsfara', 'in danger'],
  },
  {
    category: 'acute_danger',
    phrases: [
      'akut fara',
      'akut läge',
      'det är akut',
      'rädd för mitt|våra|hans|hennes|deras liv',
      'rädd att han|hon ~~ skada|skadar|döda',
      'kniv*',
      'vapen',
      'pistol',
      'han|hon|pappa|mamma|styvpappa|mannen är här nu',
      'står utanför dörren',
      'vågar inte gå hem',
      'rädd för att gå hem',
      'rädd att gå hem',
      'låst in mig|oss|henne|honom',
      'rymt|sprungit|rymmer hemifrån',
      'medvetslös',
      'andas inte',
      'blöder',
      'scared|afraid for my|our|her|his life|lives',
      'knife',
      'gun',
      'weapon',
      'is here now',
      'outside the door',
      'scared|afraid to go home',
      'locked me|us|her|him in',
      'ran away from home',
      'unconscious',
      'not breathing',
      'bleeding',
      'emergency',
    ],
  },
  {
    category: 'child_abuse',
    phrases: [
      'sexuellt våld',
      'våldtäkt*',
      'våldtagen',
      'våldtog*',
      'sexuellt utnyttjad*',
      'utnyttjad* sexuellt',
      'tafsar|tafsade|tafsat',
      'rör|rörde ~ mig|henne|honom ~~ konstigt|olämpligt|underlivet',
      'tar|tog på mig|henne|honom ~~ konstigt|olämpligt|där|underlivet',
      'incest',
      'grooming',
      'groomad',
      'sexual abuse',
      'sexually abused|assaulted',
      'sexual violence|assault',
      'rape*',
      'molest*',
      'touches|touched me|her|him ~~ inappropriately|there',
      'physically abused',
      'abused by',
      'abuses the|my|her|him|me|us',
    ],
    typos: ['våldtäkt'],
  },
  {
    // Nouns that staff also use to rule something out ("inga tecken på övergrepp").
    category: 'child_abuse',
    negatable: true,
    phrases: [
      'barnmisshandel',
      'child abuse',
      'sexuella|sexuellt övergrepp',
      'övergrepp',
      'blåmärken',
      'bruises',
    ],
    typos: ['övergrepp', 'barnmisshandel'],
  },
  {
    category: 'honour',
    phrases: [
      'giftas bort',
      'gifta bort',
      'tvinga* ~~ gifta',
      'vill att jag ska gifta mig',
      'bestämt vem jag ska gifta mig med',
      'tvångsgift*',
      'tvångsäktenskap*',
      'barnäktenskap',
      'skickas|skicka|skickar|skickad|tas|tvingas ~~ till hemlandet',
      'skickas|skicka|skickar|skickad|tas|tvingas ~~ utomlands|utlandet',
      'hedersmord',
      'hot* ~~ heder*',
      'heder* ~~ hot*',
      'forced marriage',
      'forced to marry',
      'forc* ~~ marry',
      'married off',
      'marry me|her off',
      'make me|her marry',
      'taken|sent|send|take ~~ abroad',
      'sent back home',
      'honour|honor killing',
      'honour|honor ~~ threat*',
      'threat* ~~ honour|honor',
    ],
    typos: ['tvångsgifte', 'tvångsäktenskap', 'hedersmord'],
  },
];

/**
 * Violence verbs. With a child as the object ("slår barnen", "hits my son") or the writer when a
 * young person writes ("slår mig"), the safety check shows the child-abuse card; with an adult as the
 * object ("slår mamma") it is violence the child witnesses, a need the catalogue can answer.
 */
export const VIOLENCE_VERBS: readonly string[] = [
  'slår',
  'slog',
  'slagit',
  'slå',
  'misshandlar',
  'misshandlade',
  'misshandlat',
  'misshandla',
  'sparkar',
  'sparkade',
  'sparkat',
  'örfilar',
  'örfilade',
  'knuffar',
  'hits',
  'hit',
  'hitting',
  'beats',
  'beat',
  'beating',
  'kicks',
  'kicked',
];

/** Violence verbs that must have a person after them to count ("slå upp" is "look up"). */
export const VIOLENCE_VERBS_NEEDING_OBJECT: readonly string[] = [
  'slå',
  'hit',
  'beat',
  'misshandla',
];

/** Words after a verb that make it something else: "slår upp", "slog ihop", "hit the road". */
export const VIOLENCE_PARTICLES: readonly string[] = [
  'upp',
  'ner',
  'ihop',
  'igen',
  'pa',
  'av',
  'in',
  'i',
  'sig',
  'ut',
  'the',
  'a',
  'it',
];

/** Passive violence: the victim is named before ("dottern blir slagen", "she was hit"). */
export const VIOLENCE_PASSIVE_PHRASES: readonly string[] = [
  'blir|blev|blivit|är|var slagen|slagna|misshandlad|misshandlade|sparkad',
  'utsatt|utsatts|utsätts för våld|misshandel',
  'is|was|gets|got|been|being hit|beaten|kicked|abused',
];

/** Typo-tolerant spellings of the violence verbs. */
export const VIOLENCE_TYPOS: readonly string[] = ['misshandlar', 'misshandlade'];

/**
 * A clear "no" to the safety question: a first word of refusal, or a sentence saying no one is in
 * danger. Anything else (a "yes", a hedge, another subject) is not a clear "no" and gets the full
 * crisis card.
 */
export const SAFETY_ANSWER_NO_FIRST_WORDS: readonly string[] = [
  'nej',
  'nä',
  'nää',
  'näe',
  'nix',
  'nope',
  'no',
  'nah',
  'nay',
];

/** Sentences that say no one is in danger now. */
export const SAFETY_ANSWER_NO_PHRASES: readonly string[] = [
  'ingen fara',
  'inte i fara',
  'ingen är i fara',
  'ingen av oss är i fara',
  'vi är trygga',
  'jag är trygg',
  'allt är lugnt',
  'det är lugnt',
  'not in danger',
  'nobody is in danger',
  'no one is in danger',
  'noone is in danger',
  'we are safe',
  'i am safe',
  'everyone is safe',
  'all good',
  'everything is fine',
];

/** Words that make an answer to the safety question unsure ("nej men…", "vet inte"). */
export const SAFETY_ANSWER_HEDGES: readonly string[] = [
  'men',
  'fast',
  'kanske',
  'typ',
  'vet inte',
  'inte säker',
  'inte just nu',
  'inte än',
  'än så länge',
  'snart',
  'but',
  'maybe',
  'perhaps',
  'not sure',
  'do not know',
  'dont know',
  'idk',
  'yet',
  'for now',
  'soon',
  'ja',
  'jo',
  'yes',
  'yeah',
];
