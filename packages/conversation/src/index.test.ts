import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('the public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ActionValueSchema',
      'CHANNELS',
      'ConversationConfigSchema',
      'ConversationError',
      'ConversationStateSchema',
      'CrisisContactSchema',
      'DEFAULT_CONVERSATION_CONFIG',
      'INTENTS',
      'MAX_MESSAGE_ID_LENGTH',
      'MAX_SUGGESTED_ACTIONS',
      'REFERRAL_REQUEST_FAILURES',
      'REFERRAL_RETRY_MINUTES',
      'SAFETY_CATEGORIES',
      'SCRUB_PLACEHOLDERS',
      'STEPS',
      'assessSafety',
      'createConversationConfig',
      'createInitialState',
      'describeReferralCreated',
      'describeReferralFailure',
      'describeReferralStatus',
      'detectSafetyConcern',
      'guessLanguage',
      'handleTurn',
      'isConversationError',
      'isStateExpired',
      'languageFromLocale',
      'normalizeText',
      'parseConversationState',
      'parseIncomingMessage',
      'scrubPersonalData',
      'understand',
    ]);
  });

  it('imports no Microsoft SDK, so the core outlives botbuilder', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@lotsen/catalogue',
      '@lotsen/domain',
      'zod',
    ]);
    const dir = new URL('./', import.meta.url);
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    for (const file of sources) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      expect(text, file).not.toMatch(/from ['"](botbuilder|botframework|@microsoft\/)/);
    }
  });
});
