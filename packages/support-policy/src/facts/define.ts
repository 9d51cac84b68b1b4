/** One fact: what it means in plain words (POLICY.md shows it) and how it reads the situation. */
export interface FactDefinition<Situation, Value> {
  description: string;
  of(situation: Situation): Value;
}

/** The facts of one level, each defined once: its meaning and its one computation. */
export const defineFacts =
  <Situation>() =>
  <const Defs extends Record<string, FactDefinition<Situation, unknown>>>(defs: Defs): Defs =>
    defs;

/** The values a set of fact definitions produces, by fact name. */
export type FactValues<Defs> = {
  -readonly [K in keyof Defs]: Defs[K] extends FactDefinition<never, infer Value> ? Value : never;
};

/** The function that computes every fact of a level from its situation. */
export function factsFrom<
  Situation,
  Defs extends Record<string, FactDefinition<Situation, unknown>>,
>(defs: Defs): (situation: Situation) => FactValues<Defs> {
  const entries = Object.entries(defs);
  return (situation) => {
    const facts: Record<string, unknown> = {};
    for (const [name, fact] of entries) facts[name] = fact.of(situation);
    return facts as FactValues<Defs>;
  };
}

/** Each fact's plain-words meaning, by name. */
export const descriptionsOf = (defs: Record<string, { description: string }>) =>
  Object.fromEntries(Object.entries(defs).map(([name, fact]) => [name, fact.description]));
