import { describe, expect, test } from 'vitest';
import { PERSONA_DASHES, personaDash, personaInitials } from '../../../../shared/layout';

describe('what tells persona curves apart besides colour', () => {
  test('each of the first personas has its own dash pattern; the default curve is solid', () => {
    const dashes = PERSONA_DASHES.map((_, i) => personaDash(i));
    expect(new Set(dashes).size).toBe(PERSONA_DASHES.length);
    expect(personaDash(-1)).toBe('');
    expect(personaDash(PERSONA_DASHES.length)).toBe(personaDash(0));
  });

  test('initials: two at most, in any script', () => {
    expect(personaInitials('Anna Berg')).toBe('AB');
    expect(personaInitials('  ola  ')).toBe('O');
    expect(personaInitials('Анна Мария Петрова')).toBe('АМ');
    expect(personaInitials('سارا احمدی')).toBe('سا');
    expect(personaInitials('')).toBe('');
  });
});
