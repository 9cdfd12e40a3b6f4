/** A stable number for a name (FNV-1a): splits never depend on file order or on a random seed. */
export function stableHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Which of `parts` equal parts a name falls in. */
export const partOf = (name: string, parts: number): number => stableHash(name) % parts;

/** The share of real ham that `npm run fit` trains on (one part in this many); the rest only measures. */
export const HAM_TRAINING_PARTS = { spamassassin: 2, list: 3 } as const;
export const isTrainingHam = (id: string, parts: number): boolean => partOf(id, parts) === 0;
