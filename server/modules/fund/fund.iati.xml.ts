// A small XML writer for the fund's IATI file: a tree of elements is built first, then written
// with every text and attribute escaped here, in one place — no value is ever concatenated
// into markup. Characters XML 1.0 cannot carry (control characters, lone surrogates) are
// dropped rather than written, so the file always parses.

/** An element: its name, its attributes (undefined ones are left out) and its children, text or elements. */
export interface XmlElement {
  name: string;
  attrs?: Record<string, string | number | undefined>;
  children?: (XmlElement | string | undefined | false)[];
}

/** An element; children that are undefined or false are left out, so optional parts read inline. */
export const el = (name: string, attrs?: XmlElement['attrs'], ...children: XmlElement['children'] & unknown[]): XmlElement => ({ name, attrs, children });

/** Every character XML 1.0 does not allow (its `Char` production), lone surrogates included. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeText(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: also its quote, and the white space a parser would otherwise normalise away. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

function write(node: XmlElement, depth: number, out: string[]): void {
  if (!NAME.test(node.name)) throw new Error(`not an XML name: ${node.name}`);
  const pad = '  '.repeat(depth);
  let open = `<${node.name}`;
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    if (value === undefined) continue;
    if (!NAME.test(key)) throw new Error(`not an XML name: ${key}`);
    open += ` ${key}="${escapeAttribute(String(value))}"`;
  }
  const children = (node.children ?? []).filter((c): c is XmlElement | string => c !== undefined && c !== false);
  if (!children.length) {
    out.push(`${pad}${open}/>`);
  } else if (children.every((c) => typeof c === 'string')) {
    out.push(`${pad}${open}>${children.map((c) => escapeText(c as string)).join('')}</${node.name}>`);
  } else {
    out.push(`${pad}${open}>`);
    for (const child of children) {
      if (typeof child === 'string') out.push(`${pad}  ${escapeText(child)}`);
      else write(child, depth + 1, out);
    }
    out.push(`${pad}</${node.name}>`);
  }
}

/** The document: the XML declaration, then the root element, indented. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}
