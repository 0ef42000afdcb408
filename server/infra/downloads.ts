// How every download names its file. One helper for all of them, so that no module spells the
// header by hand: a name written straight into `filename="…"` breaks the header on a quote, and
// `encodeURIComponent` throws on broken Unicode, which would turn a download into a 500.

/**
 * `attachment` with the file's name: as `filename="…"` alone when the name is plain printable
 * ASCII without a quote, a backslash or a `%XX` (which some browsers decode there, RFC 6266
 * appendix D), and otherwise with an ASCII fallback (`_` for each character it cannot carry)
 * followed by RFC 5987's UTF-8 form, which every current browser prefers (RFC 6266 §4.3). Safe
 * for any string: control characters and the bidirectional controls that can disguise a name's
 * extension ("invoice\u202Efdp.exe" shown as "invoiceexe.pdf") become `_`, broken Unicode
 * U+FFFD, so that no stored name can make a download fail or pass for another.
 */
export function attachmentDisposition(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters never reach a header.
  const controls = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  const clean = (name.replace(controls, '_') as string & { toWellFormed(): string }).toWellFormed() || 'file';
  const ascii = clean.replace(/[^\u0020-\u007e]/g, '_').replace(/["\\]/g, '_');
  if (ascii === clean && !/%[0-9A-Fa-f]{2}/.test(clean)) return `attachment; filename="${ascii}"`;
  // RFC 5987's attr-char leaves out ' ( ) * as well, which encodeURIComponent keeps.
  const utf8 = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
