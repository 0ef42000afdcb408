// Traffic Light Protocol 2.0 markings, shared by the server and the web app.
// Plain constants (no zod) so that the web bundle does not carry the schema library.
export const MARKINGS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type Marking = (typeof MARKINGS)[number];

/** Higher is more restricted; lowering a marking is a declassification. */
export const MARKING_RANK: Record<Marking, number> = {
  CLEAR: 0,
  GREEN: 1,
  AMBER: 2,
  'AMBER+STRICT': 3,
  RED: 4,
};
