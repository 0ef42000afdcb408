// The quantity limit as text (the import and the web forms check it before any float) agrees
// with what a JSON number carries exactly: every quantity it accepts round-trips through a
// double, and the values that did not round-trip before are refused.
import { describe, expect, it } from 'vitest';
import { MAX_QUANTITY, MAX_QUANTITY_TEXT, isQuantityText, trimDecimal } from './quantity.ts';

describe('quantities as text', () => {
  it('accepts what round-trips through a JSON number, up to the maximum', () => {
    for (const text of ['0', '0.0001', '12.5', '007', MAX_QUANTITY_TEXT, '99999999999.9931', '12345678901.2345']) {
      expect(isQuantityText(text), text).toBe(true);
      expect(trimDecimal(String(JSON.parse(JSON.stringify(Number(text)))))).toBe(trimDecimal(text.replace(/^0+(?=\d)/, '')));
    }
    expect(String(MAX_QUANTITY)).toBe(MAX_QUANTITY_TEXT);
  });

  it('refuses what is larger, finer or not a plain decimal', () => {
    for (const text of ['9007199254740.9931', '999999999999999.9999', '100000000000', '1.00001', '1.000000000000000001', '-1', '1e3', '', '.5'])
      expect(isQuantityText(text), text).toBe(false);
  });

  it('trims a numeric text as people read it', () => {
    expect(['12000.0000', '0.5000', '12000', '0.0000', '10'].map(trimDecimal)).toEqual(['12000', '0.5', '12000', '0', '10']);
  });
});
