import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toMermaid } from '../test/graph.js';
import { referralMachine } from './machine.js';
import { REFERRAL_STATUS_MAPPING } from './mapping.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the state diagram of the machine as it is', () => {
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block).toBe(toMermaid(referralMachine));
  });

  it('shows the FHIR status of every state as REFERRAL_STATUS_MAPPING has it', () => {
    for (const [status, mapping] of Object.entries(REFERRAL_STATUS_MAPPING)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${status}\``));
      expect(row, status).toBeDefined();
      expect(row!.split('|')[2]!.trim()).toBe(`\`${mapping.fhirTaskStatus}\``);
    }
  });
});
