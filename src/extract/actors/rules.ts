/**
 * Small word lists the actor rules consult (data only).
 */

/** Nouns after a country adjective that make it stand for the state: "Chinese hackers" -> China. */
export const STATE_NOUNS: ReadonlySet<string> = new Set([
  'government', 'governments', 'authorities', 'administration', 'regime', 'officials', 'official', 'state', 'military',
  'army', 'navy', 'forces', 'troops', 'soldiers', 'intelligence', 'agents', 'spies', 'hackers', 'diplomats',
  'diplomat', 'embassy', 'ministry', 'president', 'leader', 'leadership', 'premier', 'minister', 'police', 'side',
  'warplanes', 'drones', 'missiles', 'navy', 'coast', 'counterpart', 'counterparts', 'envoy', 'ambassador',
  'delegation', 'parliament', 'lawmakers', 'prosecutors', 'courts', 'court', 'judiciary', 'cyberattacks',
  'cyber', 'state-sponsored', 'spokesman', 'spokesperson', 'spokeswoman', 'foreign', 'defense', 'defence',
  'security', 'border', 'air', 'naval', 'nuclear', 'sanctions', 'response', 'strikes',
  'attack', 'attacks', 'operatives', 'agencies', 'agency', 'interference',
  'nation', 'prime', 'vice', 'king', 'crown', 'supreme', 'state-run', 'state-owned',
  // a de facto government and state vessels: "the Malian junta", "the Philippine vessel had intruded"
  'junta', 'vessel', 'vessels', 'warship', 'warships', 'coastguard',
  // the state's own acts: "all the signs of a Russian operation", "the Russian invasion"
  'operation', 'operations', 'invasion', 'aggression', 'occupation', 'sabotage', 'meddling', 'disinformation',
  'propaganda', 'espionage', 'involvement', 'shelling', 'bombers', 'jets',
]);

/** Words that turn a country form into its government: "US government", "government of United States". */
export const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(['government', 'authorities', 'administration', 'regime', 'junta']);

/** A capital after one of these is a place, not a metonym: "in Beijing", "from Washington". */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'from', 'to', 'near', 'outside', 'inside', 'into', 'across', 'around', 'via', 'through', 'toward',
  'towards', 'within', 'of', 'between', 'visit', 'visited', 'visiting', 'arrived', 'flew', 'traveled', 'travelled',
  'capital', 'city', 'downtown', 'central', 'streets', 'based',
]);
