/** Source of time; tests pass a fixed clock. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Source of identifiers. */
export interface IdGenerator {
  next(prefix: string): string;
}
