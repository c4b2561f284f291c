import { describe, expect, it } from 'vitest';
import { fromUri, toUri } from './uri.js';

describe('toUri', () => {
  it('keeps a plain URI exactly as written', () => {
    for (const uri of [
      'https://example.se',
      'https://example.se/a/b?x=1&y=2#top',
      'mailto:a@example.se',
    ]) {
      expect(toUri(uri)).toBe(uri);
    }
  });

  it('percent-encodes an IRI into an ASCII URI', () => {
    expect(toUri('https://exempel.se/föräldrastöd?fråga=ja och nej|kanske#del 2')).toBe(
      'https://exempel.se/f%C3%B6r%C3%A4ldrast%C3%B6d?fr%C3%A5ga=ja%20och%20nej%7Ckanske#del%202',
    );
  });

  it('turns a non-ASCII host into punycode', () => {
    expect(toUri('https://bäst.se/')).toBe('https://xn--bst-qla.se/');
  });
});

describe('fromUri', () => {
  it('gives back the value as written when it still encodes to the URI', () => {
    const written = 'https://exempel.se/stöd';
    expect(fromUri(toUri(written), written)).toBe(written);
  });

  it('prefers the URI when someone edited it after export', () => {
    expect(fromUri('https://exempel.se/annat', 'https://exempel.se/stöd')).toBe(
      'https://exempel.se/annat',
    );
  });
});
