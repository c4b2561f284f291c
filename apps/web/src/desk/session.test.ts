import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cookiesOf, createSealer } from './session.js';

const SECRET = 'a-development-secret-of-at-least-32-chars';

describe('the sealed session', () => {
  it('opens what it sealed, whatever the value', () => {
    const sealer = createSealer(SECRET);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(sealer.open(sealer.seal(value, 60))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('refuses a changed, foreign or expired seal', () => {
    let now = 1_000_000;
    const sealer = createSealer(SECRET, () => now);
    const sealed = sealer.seal({ token: 't' }, 60);
    const flipped = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'B' : 'A') + sealed.slice(-1);
    expect(sealer.open(flipped)).toBeUndefined();
    expect(createSealer(`${SECRET}-other`).open(sealed)).toBeUndefined();
    now += 61_000;
    expect(sealer.open(sealed)).toBeUndefined();
    expect(sealer.open('not base64 at all!')).toBeUndefined();
  });

  it('needs a secret long enough to be one', () => {
    expect(() => createSealer('short')).toThrow(/32 characters/);
  });

  it('reads cookies', () => {
    expect(cookiesOf('a=1; lotsen_desk=x.y=z')).toEqual({ a: '1', lotsen_desk: 'x.y=z' });
    expect(cookiesOf(undefined)).toEqual({});
  });
});
