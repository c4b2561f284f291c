// Lotsen web chat: finds phone numbers and web addresses in a message, so that each becomes a link a
// phone can follow (tel:, https:). Plain JavaScript, no build step; the page loads it before chat.js,
// and the unit tests (linkify.test.ts) load the very same file.
//
// Swedish numbers are written many ways: "08-508 000 00", "0850800000", "070-123 45 67",
// "+46 8 508 000 00", "+46 (0)8-508 000 00", "020-50 50 50", and the short service numbers (112,
// 1177, 116 111, 90101, 114 14). A run of digit groups is cut where a whole number ends, so that two
// numbers written one after the other ("08-508 40 000 116 111") stay two links.
(() => {
  'use strict';

  /** National numbers have 7–10 digits with the leading 0 (+46 numbers the same without it). */
  const MIN_DIGITS = 7;
  const MAX_DIGITS = 10;
  /** Short numbers that are a service, not part of a longer one. Written with or without spaces. */
  const SHORT = /^(?:112|1177|11414|116111|116000|11313|90101|90000)$/;

  // A candidate: "+46" or a leading 0, then digits, single spaces or hyphens between them; or a
  // short number; or a web address. No lookbehind: Safari before 16.4 would refuse the whole script.
  const CANDIDATE =
    /(\+46[\s-]?(?:\(0\)[\s-]?)?\d(?:[\s-]?\d)*|0\d(?:[\s-]?\d)*|1\d(?:[\s-]?\d)*|9\d{4})|(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|(?:[a-z0-9-]+\.)+(?:se|nu|com|org|net|eu|stockholm)(?:\/[^\s<>"]*)?)/giu;

  const digitsOf = (text) => text.replace(/\D/g, '');

  /** The longest prefix of whole digit groups that is one phone number, as [text, digits] or null. */
  function phonePrefix(run) {
    const international = run.startsWith('+46');
    // Groups are separated by spaces; a hyphen (after the area code) binds its neighbours.
    const groups = run.split(/\s+/u);
    let best = null;
    let text = '';
    for (let i = 0; i < groups.length; i++) {
      text = i === 0 ? groups[0] : `${text} ${groups[i]}`;
      let digits = digitsOf(text);
      if (international) digits = `0${digits.slice(2).replace(/^0/, '')}`;
      if (SHORT.test(digits) && !international && !text.startsWith('0')) best = [text, digits];
      else if (digits.startsWith('0') && digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS)
        best = [text, digits];
      if (digits.length > MAX_DIGITS) break;
    }
    return best;
  }

  /** Trailing punctuation ends a sentence, not an address ("se bris.se."). */
  function trimAddress(address) {
    let end = address.length;
    while (end > 0 && /[.,;:!?)'»”]/u.test(address[end - 1])) end -= 1;
    return address.slice(0, end);
  }

  /**
   * Splits `text` into plain strings and links ({ text, href }). A phone number's href is `tel:` and
   * its digits (+46 for a Swedish number written with it, the number as dialled at home otherwise);
   * a web address's href is https.
   */
  function linkify(text) {
    const parts = [];
    let last = 0;
    CANDIDATE.lastIndex = 0;
    let m;
    while ((m = CANDIDATE.exec(text)) !== null) {
      const start = m.index;
      const before = start > 0 ? text[start - 1] : '';
      // Inside a word or a longer number (an id, a time, "3:112") it is not a link.
      if (/[\p{L}\p{N}_:/.@-]/u.test(before) && !(m[2] && before === '(')) {
        CANDIDATE.lastIndex = start + 1;
        continue;
      }
      let found = null;
      if (m[1]) {
        const prefix = phonePrefix(m[1]);
        if (prefix) {
          const [shown, digits] = prefix;
          const next = text[start + shown.length] ?? '';
          if (!/[\p{L}\p{N}]/u.test(next)) {
            const href = m[1].startsWith('+46') ? `tel:+46${digits.slice(1)}` : `tel:${digits}`;
            found = { text: shown, href };
          }
        }
      } else {
        const shown = trimAddress(m[2]);
        if (shown.includes('.') && !/^\d/.test(shown)) {
          const href = /^https?:\/\//i.test(shown)
            ? shown.replace(/^http:/i, 'https:')
            : `https://${shown}`;
          found = { text: shown, href };
        }
      }
      if (!found) {
        CANDIDATE.lastIndex = start + 1;
        continue;
      }
      if (start > last) parts.push(text.slice(last, start));
      parts.push(found);
      last = start + found.text.length;
      CANDIDATE.lastIndex = last;
    }
    if (last < text.length) parts.push(text.slice(last));
    return parts;
  }

  globalThis.LotsenLinkify = { linkify };
})();
