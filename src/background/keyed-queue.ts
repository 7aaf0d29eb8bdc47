// Runs work for the same key one after another (work for other keys runs freely): a tab's scan
// messages arrive in quick succession, and each must build on what the one before stored.
export type KeyedQueue<K> = <T>(key: K, work: () => Promise<T>) => Promise<T>;

export function createKeyedQueue<K>(): KeyedQueue<K> {
  const tails = new Map<K, Promise<unknown>>();
  return (key, work) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    tails.set(key, next);
    const forget = () => {
      if (tails.get(key) === next) tails.delete(key);
    };
    next.then(forget, forget);
    return next;
  };
}
