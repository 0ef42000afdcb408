import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('writes one text whatever the order of the keys, leaving out undefined properties', () => {
    expect(canonicalJson({ b: [{ y: 1, x: 2 }], a: 'é', c: undefined })).toBe('{"a":"é","b":[{"x":2,"y":1}]}');
    expect(canonicalJson({ a: 'é', b: [{ x: 2, y: 1 }] })).toBe(canonicalJson({ b: [{ y: 1, x: 2 }], a: 'é' }));
  });

  it('sorts keys by code unit, writes undefined and null elements as null and a date as its ISO string', () => {
    expect(canonicalJson({ b: 1, B: 2, é: 3, a: 4, '10': 5, '9': 6 })).toBe('{"10":5,"9":6,"B":2,"a":4,"b":1,"é":3}');
    expect(canonicalJson([undefined, null, 'x', 1.5, true])).toBe('[null,null,"x",1.5,true]');
    expect(canonicalJson({ at: new Date('2015-01-22T10:00:00Z') })).toBe('{"at":"2015-01-22T10:00:00.000Z"}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('gives the text sealed audit events were hashed over (a change here breaks `entente audit verify`)', () => {
    // The fields of an event as the sealer reads them back from JSONB, and the text before this function was shared.
    const fields = {
      seq: '7',
      id: '42',
      occurred_at: '2015-01-22T10:00:00.000Z',
      actor_user_id: null,
      action: 'fund.transaction.post',
      after: { kind: 'deposit', amount: { minor: '1000000', currency: 'USD' }, lines: [{ z: 1, a: [2, { c: null, b: 'ب' }] }] },
      related: [{ entity: 'fund', id: 'f1' }],
    };
    const text =
      '{"action":"fund.transaction.post","actor_user_id":null,"after":{"amount":{"currency":"USD","minor":"1000000"},"kind":"deposit","lines":[{"a":[2,{"b":"ب","c":null}],"z":1}]},"id":"42","occurred_at":"2015-01-22T10:00:00.000Z","related":[{"entity":"fund","id":"f1"}],"seq":"7"}';
    expect(canonicalJson(fields)).toBe(text);
  });
});
