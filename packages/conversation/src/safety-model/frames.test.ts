import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexWords, normalizeText } from '../normalize.js';
import { findConcepts } from './frames.js';

function concepts(text: string) {
  const normalized = normalizeText(text);
  return findConcepts(normalized, indexWords(normalized));
}

describe('findConcepts', () => {
  it.each([
    'tog typ 20 alvedon',
    'I took 15 paracetamol',
    'swallowed 10 of my sleeping pills',
    'tog 12 st',
    'tog 3 g alvedon',
    'tog 4000mg',
    'svalde 30 tabletter',
  ])('reads a number in digits as a quantity in "%s"', (text) => {
    expect(concepts(text).has('quantity')).toBe(true);
  });

  it.each([
    'jag är 15 år och tar 2 alvedon',
    'min 15-åring tar alvedon',
    'jag är 15 och tar alvedon',
    'he is 12 years old and takes pills',
    'tog 500 mg alvedon',
    'tog 2 alvedon',
    'vi är 20 i klassen',
    'buss 173 till Skärholmen',
  ])('reads no quantity in "%s"', (text) => {
    expect(concepts(text).has('quantity')).toBe(false);
  });

  it('never reads an age as a quantity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('år', '-åring', '-årig', ' years', ' year old', 'yo'),
        fc.constantFrom('alvedon', 'tabletter', 'pills', 'medicin'),
        (age, unit, substance) => {
          expect(concepts(`${age}${unit} tar ${substance}`).has('quantity')).toBe(false);
          expect(concepts(`${age}${unit} ${substance}`).has('quantity')).toBe(false);
        },
      ),
    );
  });
});
