/**
 * A light stemmer for folded Swedish and English words (see `normalizeText`), shared by the safety
 * frames and the safety classifier. It only strips common endings, so that "skadar", "skadade" and
 * "skadat" meet in "skad", and "hurting", "hurts" and "hurt" in "hurt". Messages mix the two
 * languages, so both suffix lists apply to every word; a stem is never shorter than three letters.
 */

// Longest first, so that "arna" wins over "a". Swedish endings, then English ones.
const SUFFIXES: readonly string[] = [
  'heterna',
  'hetens',
  'arnas',
  'ernas',
  'ornas',
  'heten',
  'heter',
  'andet',
  'andes',
  'ingar',
  'ingen',
  'ande',
  'arna',
  'erna',
  'orna',
  'aste',
  'ning',
  'ings',
  'ing',
  'ast',
  'are',
  'ade',
  'het',
  'ies',
  'ied',
  'ly',
  'ad',
  'at',
  'ar',
  'er',
  'or',
  'en',
  'et',
  'na',
  'ed',
  'es',
  'a',
  'e',
  's',
  't',
];

/** The stem of one folded word: `"skadade"` → `"skad"`, `"pills"` → `"pill"`. */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      return word.slice(0, word.length - suffix.length);
    }
  }
  return word;
}
