// One text for one value, whatever the order its keys were built in: what the audit chain's
// hashes (audit.service.ts) and the Idempotency-Key's request hash (idempotency.service.ts) are
// taken over. Every sealed audit event's hash depends on this text: change it only with a way
// to verify the events sealed before.

/**
 * JSON with every object's keys sorted (by UTF-16 code unit, as `<` compares them), no spaces,
 * properties whose value is undefined left out, undefined elsewhere and null as `null`, a Date
 * as its ISO string in quotes. Written as plain loops: the audit sealer runs it over every event.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    const v = object[key];
    if (v === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}
