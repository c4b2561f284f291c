import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONVERSATION_CONFIG,
  SAFETY_CATEGORIES,
  createConversationConfig,
} from './config.js';

describe('DEFAULT_CONVERSATION_CONFIG', () => {
  it('is valid and routes every category to 112 first', () => {
    expect(createConversationConfig({}).ok).toBe(true);
    for (const category of SAFETY_CATEGORIES) {
      expect(DEFAULT_CONVERSATION_CONFIG.crisisRouting[category][0]).toBe('emergency');
    }
  });

  it('holds the contacts the issue names', () => {
    const phones = Object.values(DEFAULT_CONVERSATION_CONFIG.crisisContacts).map((c) => c.phone);
    for (const number of ['112', '116 111', '90101', '1177']) expect(phones).toContain(number);
    expect(DEFAULT_CONVERSATION_CONFIG.crisisContacts.socialjouren).toBeDefined();
    expect(DEFAULT_CONVERSATION_CONFIG.idleTimeoutMinutes).toBe(30);
  });
});

describe('createConversationConfig', () => {
  it('replaces top-level fields and merges contacts, so one number can change', () => {
    const config = createConversationConfig({
      idleTimeoutMinutes: 20,
      crisisContacts: {
        socialjouren: {
          ...DEFAULT_CONVERSATION_CONFIG.crisisContacts.socialjouren!,
          phone: '08-000 00 00',
        },
      },
    });
    expect(config.ok).toBe(true);
    if (config.ok) {
      expect(config.value.idleTimeoutMinutes).toBe(20);
      expect(config.value.crisisContacts.socialjouren?.phone).toBe('08-000 00 00');
      expect(config.value.crisisContacts.bris?.phone).toBe('116 111');
    }
  });

  it('refuses routing to a contact that does not exist, with the path', () => {
    const config = createConversationConfig({
      crisisRouting: {
        ...DEFAULT_CONVERSATION_CONFIG.crisisRouting,
        honour: ['emergency', 'nobody'],
      },
    });
    expect(config.ok).toBe(false);
    if (!config.ok) {
      expect(config.error.code).toBe('INVALID_CONFIG');
      expect(config.error.issues).toEqual([
        { path: 'crisisRouting.honour.1', message: 'Unknown contact "nobody"' },
      ]);
    }
  });

  it('refuses office hours that end before they start, and input that is not an object', () => {
    const hours = createConversationConfig({
      officeHours: { startHour: 17, endHour: 8, weekdays: [1] },
    });
    expect(!hours.ok && hours.error.issues[0]?.path).toBe('officeHours.endHour');
    const notAnObject = createConversationConfig('nope');
    expect(!notAnObject.ok && notAnObject.error.code).toBe('INVALID_CONFIG');
  });
});
