import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './downloads.ts';

describe('attachmentDisposition', () => {
  it('names a plain ASCII file once', () => {
    expect(attachmentDisposition('fund-1-iati.xml')).toBe('attachment; filename="fund-1-iati.xml"');
    expect(attachmentDisposition('a (b) c.csv')).toBe('attachment; filename="a (b) c.csv"');
  });

  it("adds RFC 5987's UTF-8 form, with an ASCII fallback, for any other name", () => {
    expect(attachmentDisposition('briefing – Anbar.txt')).toBe(`attachment; filename="briefing _ Anbar.txt"; filename*=UTF-8''briefing%20%E2%80%93%20Anbar.txt`);
    expect(attachmentDisposition('بيان.pdf')).toBe(`attachment; filename="____.pdf"; filename*=UTF-8''%D8%A8%D9%8A%D8%A7%D9%86.pdf`);
    // A quote or a backslash would end or escape the quoted name: the fallback has `_`, the UTF-8 form the character.
    expect(attachmentDisposition('say "hi"\\.txt')).toBe(`attachment; filename="say _hi__.txt"; filename*=UTF-8''say%20%22hi%22%5C.txt`);
    // ' ( ) * are not RFC 5987 attr-chars, though encodeURIComponent keeps them.
    expect(attachmentDisposition("été (v2)'*.txt")).toBe(`attachment; filename="_t_ (v2)'*.txt"; filename*=UTF-8''%C3%A9t%C3%A9%20%28v2%29%27%2A.txt`);
  });

  it('never throws and never lets a control character or broken Unicode into the header', () => {
    expect(attachmentDisposition('a\r\nSet-Cookie: x=1.txt')).toBe('attachment; filename="a__Set-Cookie: x=1.txt"');
    expect(attachmentDisposition('bad\ud800.txt')).toBe(`attachment; filename="bad_.txt"; filename*=UTF-8''bad%EF%BF%BD.txt`);
    expect(attachmentDisposition('')).toBe('attachment; filename="file"');
    // A right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf".
    expect(attachmentDisposition('invoice\u202Efdp.exe')).toBe('attachment; filename="invoice_fdp.exe"');
    // An Arabic name keeps its letters; only the controls go.
    expect(attachmentDisposition('\u2067تقرير\u2069.pdf')).toBe(`attachment; filename="_______.pdf"; filename*=UTF-8''_%D8%AA%D9%82%D8%B1%D9%8A%D8%B1_.pdf`);
    // A %XX in the quoted name is decoded by some browsers: the UTF-8 form says what it is.
    expect(attachmentDisposition('100%41.txt')).toBe(`attachment; filename="100%41.txt"; filename*=UTF-8''100%2541.txt`);
    expect(attachmentDisposition('100%.txt')).toBe('attachment; filename="100%.txt"');
    for (const name of ['\u0000', '\udfff\ud800', '\u0085x', '"'.repeat(300)])
      expect(attachmentDisposition(name)).toMatch(/^attachment; filename="[\x20-\x7e]*"(; filename\*=UTF-8''[!#$&+\-.^_`|~%0-9A-Za-z]+)?$/);
  });
});
