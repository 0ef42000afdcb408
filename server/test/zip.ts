// Test helper: ZIP files built byte by byte, so that tests can make workbooks part by part,
// in any order, and files that lie (a part stating one size and unpacking to another).
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** The unpacked size the headers state; the real one unless a test wants a lie. */
  statedSize?: number;
  /** Already deflated bytes to store as the part's data (with `statedSize`), e.g. a bomb. */
  deflated?: Buffer;
}

export function zipFile(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
    const packed = part.deflated ?? deflateRawSync(raw);
    const size = part.statedSize ?? raw.length;
    const crc = part.deflated ? 0 : crc32(raw);
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A workbook as Excel saves one: the worksheet stored before the shared-string table.
 * `sheetData` is the XML inside <sheetData>; `sharedStrings` is a list of texts or raw <si> XML.
 */
export function workbook(opts: {
  sheetData: string;
  sharedStrings?: string[] | { xml: string };
  styles?: string;
  date1904?: boolean;
  extraParts?: ZipPart[];
  replace?: ZipPart[];
}): Buffer {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const sst =
    opts.sharedStrings === undefined
      ? undefined
      : Array.isArray(opts.sharedStrings)
        ? `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}" count="${opts.sharedStrings.length}">${opts.sharedStrings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`
        : opts.sharedStrings.xml;
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook xmlns="${ns}" xmlns:r="${rel}"><workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Other" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${rel}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    },
    // The second tab comes first in the ZIP: the reader must follow the workbook's order.
    {
      name: 'xl/worksheets/sheet2.xml',
      data: `<?xml version="1.0"?><worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>second tab</t></is></c></row></sheetData></worksheet>`,
    },
    { name: 'xl/worksheets/sheet1.xml', data: `<?xml version="1.0"?><worksheet xmlns="${ns}"><sheetData>${opts.sheetData}</sheetData></worksheet>` },
    ...(opts.styles ? [{ name: 'xl/styles.xml', data: opts.styles }] : []),
    ...(sst !== undefined ? [{ name: 'xl/sharedStrings.xml', data: sst }] : []),
    ...(opts.extraParts ?? []),
  ];
  return zipFile(parts.map((p) => opts.replace?.find((r) => r.name === p.name) ?? p));
}
