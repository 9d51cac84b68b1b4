/**
 * Remembers verified deliveries for as long as their timestamps are accepted; older ones fail the
 * timestamp check anyway. Bounded: past `capacity` entries the oldest is forgotten first.
 */
export interface ReplayGuard {
  /** Records the key; false when it was already recorded and has not expired. */
  admit(key: string, nowMs: number): boolean;
  /** Forgets a key, so a delivery that failed to be handled can be retried. */
  forget(key: string): void;
}

export function createReplayGuard(windowMs: number, capacity = 100_000): ReplayGuard {
  const expiries = new Map<string, number>();
  const prune = (nowMs: number) => {
    // Insertion order is expiry order, since every entry lives for the same window.
    for (const [key, expiresAt] of expiries) {
      if (expiresAt > nowMs && expiries.size < capacity) break;
      expiries.delete(key);
    }
  };
  return {
    admit(key, nowMs) {
      prune(nowMs);
      const expiresAt = expiries.get(key);
      if (expiresAt !== undefined && expiresAt > nowMs) return false;
      expiries.set(key, nowMs + windowMs);
      return true;
    },
    forget: (key) => {
      expiries.delete(key);
    },
  };
}
