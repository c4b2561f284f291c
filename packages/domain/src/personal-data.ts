/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer):
 * `YYMMDD-NNNC`, `YYMMDD+NNNC`, `YYYYMMDDNNNC` and the same without a separator, where `C` is a Luhn
 * check digit over the ten digits `YYMMDDNNN`. A coordination number adds 60 to the day.
 */
const IDENTITY_NUMBER_PATTERN =
  /(?<!\d)(?:(?:19|20)?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{3})(\d))(?!\d)/g;

function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    let d = tenDigits.charCodeAt(i) - 48;
    // Luhn doubles every second digit counting from the left for a ten-digit Swedish number.
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function plausibleDate(month: string, day: string): boolean {
  const m = Number(month);
  let d = Number(day);
  if (d > 60) d -= 60; // coordination number
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** One personal identity number found in a text, with where it stands. */
export interface IdentityNumberMatch {
  readonly index: number;
  readonly length: number;
}

/**
 * Finds Swedish personal identity and coordination numbers in free text. Only numbers whose date is
 * plausible and whose check digit is right count, so that dates, phone numbers and case numbers are
 * not mistaken for one.
 */
export function findPersonalIdentityNumbers(text: string): IdentityNumberMatch[] {
  const found: IdentityNumberMatch[] = [];
  for (const match of text.matchAll(IDENTITY_NUMBER_PATTERN)) {
    const [whole, yy, mm, dd, serial, check] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!plausibleDate(mm, dd)) continue;
    if (!luhnValid(`${yy}${mm}${dd}${serial}${check}`)) continue;
    found.push({ index: match.index, length: whole.length });
  }
  return found;
}

/** True when the text contains a valid Swedish personal identity or coordination number. */
export function containsPersonalIdentityNumber(text: string): boolean {
  return findPersonalIdentityNumbers(text).length > 0;
}
