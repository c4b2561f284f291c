import { describe, expect, it } from 'vitest';
import type { SafetyCategory } from './config.js';
import type { Role } from './messages.js';
import { detectSafetyConcern } from './safety.js';

const category = (text: string, role?: Role) => detectSafetyConcern(text, role)?.category;

describe('detectSafetyConcern', () => {
  it.each<[string, SafetyCategory]>([
    // Suicide and self-harm, Swedish and English, everyday phrasings and typos
    ['jag vill inte leva längre', 'suicide_self_harm'],
    ['orkar inte leva', 'suicide_self_harm'],
    ['jag tänker ta livet av mig', 'suicide_self_harm'],
    ['hon har skurit sig', 'suicide_self_harm'],
    ['han pratar om självmord', 'suicide_self_harm'],
    ['sjalvmordstankar', 'suicide_self_harm'],
    ['självmords tankar', 'suicide_self_harm'],
    ['I want to die', 'suicide_self_harm'],
    ["I don't want to live anymore", 'suicide_self_harm'],
    ['she is suicidal', 'suicide_self_harm'],
    ['he talks about sucide', 'suicide_self_harm'],
    ['self-harm', 'suicide_self_harm'],
    // Violence and sexual abuse against a child
    ['pappa slår barnen', 'child_abuse'],
    ['styvpappan misshandlar honom', 'child_abuse'],
    ['styvpappan mishandlar honom', 'child_abuse'],
    ['dottern blir slagen', 'child_abuse'],
    ['hon blir slagen av sin pappa', 'child_abuse'],
    ['misstänkta sexuella övergrepp', 'child_abuse'],
    ['hon har blivit våldtagen', 'child_abuse'],
    ['my dad beats my little brother', 'child_abuse'],
    ['he touched me inappropriately', 'child_abuse'],
    ['child abuse', 'child_abuse'],
    // Threats to kill
    ['han har hotat att döda mig', 'threat_to_kill'],
    ['pappa sa att han ska ta livet av mamma', 'threat_to_kill'],
    ['han sa att han ska ta livet av mig', 'threat_to_kill'],
    ['she received death threats', 'threat_to_kill'],
    ['he threatened to kill us', 'threat_to_kill'],
    // Honour-related threats
    ['jag ska giftas bort', 'honour'],
    ['de vill skicka mig till hemlandet', 'honour'],
    ['tvångsgifte', 'honour'],
    ['my parents are forcing me to marry', 'honour'],
    ['they will take me abroad to marry', 'honour'],
    // Acute danger
    ['han står utanför dörren', 'acute_danger'],
    ['jag vågar inte gå hem', 'acute_danger'],
    ['han har en kniv', 'acute_danger'],
    ['we are in danger', 'acute_danger'],
    ['scared to go home', 'acute_danger'],
  ])('"%s" is %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    'pappa dricker',
    'mamma mår psykiskt dåligt',
    'vi har skilt oss',
    'han slår mamma',
    'slå upp i katalogen',
    'det är ingen fara',
    'hon har inga självmordstankar',
    'no suicidal thoughts',
    'we are not in danger',
    'inga tecken på övergrepp',
    'hedersrelaterat förtryck',
    'Vad är gruppstöd?',
    'substance abuse',
  ])('"%s" is not a crisis', (text) => {
    expect(category(text)).toBeUndefined();
  });

  it('reads "slår mig" by who writes: abuse of a child from a young person, not from a parent', () => {
    expect(category('han slår mig', 'young')).toBe('child_abuse');
    expect(category('han slår mig')).toBe('child_abuse');
    expect(category('min man slår mig', 'parent')).toBeUndefined();
    expect(category('pappa slår', 'young')).toBe('child_abuse');
    expect(category('pappa slår', 'staff')).toBeUndefined();
  });

  it('errs towards help when a negation is not clear ("inte" before a verb phrase)', () => {
    expect(category('jag tänker inte ta livet av mig')).toBe('suicide_self_harm');
    expect(category('han slår inte barnen')).toBeUndefined();
  });

  it('reports every category found, the most urgent first', () => {
    expect(detectSafetyConcern('han slår barnen och hotar att döda mamma')).toEqual({
      category: 'threat_to_kill',
      categories: ['threat_to_kill', 'child_abuse'],
    });
  });

  it('finds nothing in empty text', () => {
    expect(detectSafetyConcern('')).toBeUndefined();
    expect(detectSafetyConcern('   ')).toBeUndefined();
  });
});
