import { expect, test } from 'vitest';
import { personaInitials } from '../../../shared/model/initials';

test('persona initials come from the words of the name, not from digits or punctuation', () => {
  expect(personaInitials('Olena, 34')).toBe('O');
  expect(personaInitials('Anna Kowalska')).toBe('AK');
  expect(personaInitials('  maria  de la Cruz ')).toBe('MD');
  expect(personaInitials('ناهید رضایی')).toBe('نر');
  expect(personaInitials('Łukasz Żak')).toBe('ŁŻ');
  expect(personaInitials('34')).toBe('');
});
