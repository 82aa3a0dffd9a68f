import "server-only";

const tails = new Map<string, Promise<unknown>>();

/**
 * Runs writes to one card one after another within this process, so ratings of one card from
 * two tabs do not spin on version conflicts. Correctness does not depend on it: across
 * processes the (card, fromVersion) constraint still decides.
 */
export function serializeByCard<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
