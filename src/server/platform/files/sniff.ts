import { open } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

/**
 * What a file is, judged from its bytes (never from its name or the client's content type). Evidence may be a PDF,
 * an image (JPEG, PNG, WebP, GIF, HEIC/HEIF from phone cameras), an Office document (OOXML: DOCX, XLSX, PPTX
 * without macros; legacy DOC, XLS, PPT) or UTF-8 text/CSV. Anything else — executables, archives, scripts in
 * binary containers, macro-enabled documents — is refused.
 */
export interface SniffedType {
  /** the content type the file is stored and served with */
  contentType: string;
  /** a short name of the format */
  format:
    | 'pdf'
    | 'jpeg'
    | 'png'
    | 'gif'
    | 'webp'
    | 'heic'
    | 'heif'
    | 'docx'
    | 'xlsx'
    | 'pptx'
    | 'doc'
    | 'xls'
    | 'ppt'
    | 'text'
    | 'csv';
}

/** Random access to the bytes of a file (a staged upload on disk, or a buffer in tests). */
export interface ByteSource {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

export function bufferSource(data: Buffer): ByteSource {
  return {
    size: data.length,
    read: async (offset, length) =>
      data.subarray(Math.max(0, offset), Math.min(data.length, Math.max(0, offset) + length)),
  };
}

/** Runs `fn` with random access to a file on disk. */
export async function withFileSource<T>(path: string, fn: (src: ByteSource) => Promise<T>): Promise<T> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return await fn({
      size,
      async read(offset, length) {
        const start = Math.max(0, offset);
        const len = Math.max(0, Math.min(length, size - start));
        const buf = Buffer.alloc(len);
        let done = 0;
        while (done < len) {
          const { bytesRead } = await handle.read(buf, done, len - done, start + done);
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return buf.subarray(0, done);
      },
    });
  } finally {
    await handle.close();
  }
}

const startsWith = (buf: Buffer, bytes: readonly number[], at = 0) =>
  buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);
const ascii = (buf: Buffer, start: number, end: number) => buf.subarray(start, end).toString('latin1');

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

/** ISO-BMFF `ftyp` box of HEIC/HEIF images (iPhone and many Android cameras). */
function sniffHeif(head: Buffer): SniffedType | null {
  if (head.length < 16 || ascii(head, 4, 8) !== 'ftyp') return null;
  const boxSize = head.readUInt32BE(0);
  if (boxSize < 16 || boxSize > 4096) return null;
  const brands = [ascii(head, 8, 12)];
  for (let at = 16; at + 4 <= Math.min(boxSize, head.length); at += 4) brands.push(ascii(head, at, at + 4));
  if (brands.some((b) => HEIC_BRANDS.has(b))) return { contentType: 'image/heic', format: 'heic' };
  if (HEIF_BRANDS.has(brands[0]!)) return { contentType: 'image/heif', format: 'heif' };
  return null;
}

// ───── ZIP (Office Open XML) ─────

const OOXML: Array<{ main: string; types: RegExp; result: SniffedType }> = [
  {
    main: 'word/document.xml',
    types:
      /application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.(document|template)\.main\+xml/,
    result: {
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      format: 'docx',
    },
  },
  {
    main: 'xl/workbook.xml',
    types: /application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.(sheet|template)\.main\+xml/,
    result: {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      format: 'xlsx',
    },
  },
  {
    main: 'ppt/presentation.xml',
    types:
      /application\/vnd\.openxmlformats-officedocument\.presentationml\.(presentation|slideshow|template)\.main\+xml/,
    result: {
      contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      format: 'pptx',
    },
  },
];

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const MAX_CENTRAL_DIRECTORY = 4 * 1024 * 1024;
const MAX_CONTENT_TYPES = 256 * 1024;

/** The entries of a ZIP file from its central directory (null when it is not a well-formed, non-ZIP64 zip). */
async function zipEntries(src: ByteSource): Promise<ZipEntry[] | null> {
  const tailLength = Math.min(src.size, 22 + 65535);
  const tail = await src.read(src.size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return null; // ZIP64
  if (cdSize > MAX_CENTRAL_DIRECTORY || cdOffset + cdSize > src.size) return null;
  const cd = await src.read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    if (at + 46 + nameLength > cd.length) return null;
    entries.push({
      method: cd.readUInt16LE(at + 10),
      compressedSize: cd.readUInt32LE(at + 20),
      uncompressedSize: cd.readUInt32LE(at + 24),
      localHeaderOffset: cd.readUInt32LE(at + 42),
      name: cd.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function zipEntryText(src: ByteSource, entry: ZipEntry): Promise<string | null> {
  if (entry.uncompressedSize > MAX_CONTENT_TYPES || entry.compressedSize > MAX_CONTENT_TYPES) return null;
  const local = await src.read(entry.localHeaderOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) return null;
  const dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const data = await src.read(dataStart, entry.compressedSize);
  if (data.length < entry.compressedSize) return null;
  try {
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method === 8)
      return inflateRawSync(data, { maxOutputLength: MAX_CONTENT_TYPES }).toString('utf8');
  } catch {
    return null;
  }
  return null;
}

async function sniffOoxml(src: ByteSource): Promise<SniffedType | null> {
  const entries = await zipEntries(src);
  if (!entries) return null;
  const names = new Set(entries.map((e) => e.name));
  // Macros (VBA projects) are never needed as evidence.
  if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name))) return null;
  const contentTypes = entries.find((e) => e.name === '[Content_Types].xml');
  if (!contentTypes) return null;
  const kind = OOXML.find((k) => names.has(k.main));
  if (!kind) return null;
  const xml = await zipEntryText(src, contentTypes);
  if (!xml || !kind.types.test(xml) || /macroEnabled/i.test(xml)) return null;
  return kind.result;
}

// ───── OLE2 compound files (legacy DOC, XLS, PPT) ─────

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_OLE_SECTORS = 100_000;

/** The names of the entries in an OLE2 compound file's directory, or null when it cannot be read. */
async function oleDirectoryNames(src: ByteSource): Promise<string[] | null> {
  const header = await src.read(0, 512);
  if (header.length < 512) return null;
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const fatSectorCount = header.readUInt32LE(0x2c);
  const firstDirSector = header.readUInt32LE(0x30);
  let difatSector = header.readUInt32LE(0x44);
  if (fatSectorCount > MAX_OLE_SECTORS) return null;
  const sectorOffset = (s: number) => (s + 1) * sectorSize;

  // The FAT's own sectors: 109 in the header, more in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++)
    fatSectors.push(header.readUInt32LE(0x4c + i * 4));
  let guard = 0;
  while (fatSectors.length < fatSectorCount && difatSector < END_OF_CHAIN && guard++ < MAX_OLE_SECTORS) {
    const sector = await src.read(sectorOffset(difatSector), sectorSize);
    if (sector.length < sectorSize) return null;
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatSectorCount; i++)
      fatSectors.push(sector.readUInt32LE(i * 4));
    difatSector = sector.readUInt32LE(sectorSize - 4);
  }
  const fatCache = new Map<number, Buffer>();
  const next = async (s: number): Promise<number | null> => {
    const index = Math.floor(s / perSector);
    const fatSector = fatSectors[index];
    if (fatSector === undefined) return null;
    let buf = fatCache.get(fatSector);
    if (!buf) {
      buf = await src.read(sectorOffset(fatSector), sectorSize);
      if (buf.length < sectorSize) return null;
      fatCache.set(fatSector, buf);
    }
    return buf.readUInt32LE((s % perSector) * 4);
  };

  const names: string[] = [];
  let s = firstDirSector;
  const seen = new Set<number>();
  while (s < END_OF_CHAIN) {
    if (seen.has(s) || seen.size > 10_000) return null;
    seen.add(s);
    const sector = await src.read(sectorOffset(s), sectorSize);
    if (sector.length < sectorSize) return null;
    for (let at = 0; at + 128 <= sectorSize; at += 128) {
      const nameLength = sector.readUInt16LE(at + 64);
      const type = sector[at + 66];
      if (type === 0 || nameLength < 2 || nameLength > 64) continue;
      names.push(sector.subarray(at, at + nameLength - 2).toString('utf16le'));
    }
    const n = await next(s);
    if (n === null) return null;
    s = n;
  }
  return names;
}

async function sniffOle(src: ByteSource): Promise<SniffedType | null> {
  const names = await oleDirectoryNames(src);
  if (!names) return null;
  const has = (n: string) => names.includes(n);
  // Macro storages (Word: Macros; Excel: _VBA_PROJECT_CUR; PowerPoint: VBA project streams).
  if (has('Macros') || has('_VBA_PROJECT_CUR') || has('VBA')) return null;
  if (has('WordDocument')) return { contentType: 'application/msword', format: 'doc' };
  if (has('Workbook') || has('Book')) return { contentType: 'application/vnd.ms-excel', format: 'xls' };
  if (has('PowerPoint Document')) return { contentType: 'application/vnd.ms-powerpoint', format: 'ppt' };
  return null;
}

// ───── text ─────

const TEXT_CHUNK = 64 * 1024;

/** UTF-8 (with or without BOM), no NUL and no control characters other than tab, line breaks and form feed. */
async function isPlainText(src: ByteSource): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let at = 0; at < src.size; at += TEXT_CHUNK) {
      const chunk = await src.read(at, TEXT_CHUNK);
      for (const b of chunk)
        if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
  } catch {
    return false;
  }
  return true;
}

/**
 * The type of a file from its content, or null when it is not an allowed kind. `filename` only picks between
 * text/plain and text/csv for text files; it never makes a file acceptable.
 */
export async function sniff(src: ByteSource, filename = ''): Promise<SniffedType | null> {
  if (src.size === 0) return null;
  const head = await src.read(0, 4096);
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { contentType: 'application/pdf', format: 'pdf' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { contentType: 'image/png', format: 'png' };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', format: 'jpeg' };
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a')
    return { contentType: 'image/gif', format: 'gif' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP')
    return { contentType: 'image/webp', format: 'webp' };
  const heif = sniffHeif(head);
  if (heif) return heif;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return sniffOoxml(src);
  if (startsWith(head, OLE_SIGNATURE)) return sniffOle(src);
  if (await isPlainText(src)) {
    return /\.csv$/i.test(filename)
      ? { contentType: 'text/csv', format: 'csv' }
      : { contentType: 'text/plain', format: 'text' };
  }
  return null;
}

type Format = SniffedType['format'];

/** The formats a file's extension promises (a phone may call a PNG ".jpg": any image fits an image name). */
const IMAGES: Format[] = ['jpeg', 'png', 'gif', 'webp', 'heic', 'heif'];
const PROMISED: Record<string, Format[]> = {
  jpg: IMAGES,
  jpeg: IMAGES,
  jpe: IMAGES,
  png: IMAGES,
  gif: IMAGES,
  webp: IMAGES,
  heic: IMAGES,
  heif: IMAGES,
  pdf: ['pdf'],
  docx: ['docx', 'doc'],
  doc: ['docx', 'doc'],
  xlsx: ['xlsx', 'xls'],
  xls: ['xlsx', 'xls'],
  pptx: ['pptx', 'ppt'],
  ppt: ['pptx', 'ppt'],
  txt: ['text', 'csv'],
  csv: ['text', 'csv'],
};

/**
 * The extension of `filename` when the content is not what that extension promises (`fake.jpg` holding text),
 * else null. Names without a known extension promise nothing; the content alone decides for them.
 */
export function extensionMismatch(filename: string, type: SniffedType): string | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  if (!ext) return null;
  const promised = PROMISED[ext];
  return promised && !promised.includes(type.format) ? ext : null;
}

/** Convenience for tests and small inputs. */
export const sniffBuffer = (data: Buffer, filename?: string) => sniff(bufferSource(data), filename);
