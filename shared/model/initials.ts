/**
 * A persona's initials for a badge: the first letter of the first two words of the name that
 * start with a letter, upper-cased ("Anna Kowalska" → "AK", "Olena, 34" → "O", "ناهید رضایی"
 * → "نر"). Digits and punctuation are not words: an age after a comma is no initial.
 */
export function personaInitials(name: string): string {
  const words = name.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  return words
    .slice(0, 2)
    .map((word) => [...word][0] ?? '')
    .join('')
    .toLocaleUpperCase();
}
