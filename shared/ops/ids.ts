import { LIMITS } from '../model';

/**
 * Ids of new things travel in an operation's payload, so that applying an operation is
 * deterministic (and redo replays the same ids). The editor makes them with `newId`.
 */

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Something that says whether an id is already used. */
export type TakenIds = ReadonlySet<string> | ((id: string) => boolean);

function isTaken(taken: TakenIds | undefined, id: string): boolean {
  if (taken === undefined) return false;
  return typeof taken === 'function' ? taken(id) : taken.has(id);
}

/**
 * A fresh id such as `card-k3x9q2mz`: a readable prefix and 8 random base-36 characters
 * (36⁸ ≈ 2.8·10¹²), drawn again while `taken` says the id is used.
 */
export function newId(prefix: string, taken?: TakenIds): string {
  for (;;) {
    let suffix = '';
    for (let i = 0; i < 8; i += 1) suffix += ID_ALPHABET[Math.floor(Math.random() * 36)] ?? '0';
    const id = `${prefix}-${suffix}`;
    if (!isTaken(taken, id)) return id;
  }
}

/**
 * `base` if free, else `base-2`, `base-3` …: the deterministic way operations re-id things
 * that collide (pasted cards, duplicates). The result stays within the id length limit.
 */
export function uniqueId(base: string, taken: TakenIds): string {
  const stem = base.slice(0, LIMITS.ids - 8) || 'id';
  if (stem === base && !isTaken(taken, base)) return base;
  for (let n = 2; ; n += 1) {
    const id = `${stem}-${n}`;
    if (!isTaken(taken, id)) return id;
  }
}

/** The ids of a collection, for `newId`/`uniqueId`. */
export function idSet(items: readonly { readonly id: string }[]): Set<string> {
  return new Set(items.map((item) => item.id));
}
