import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  docm,
  docx,
  ELF_HEAD,
  GIF_HEAD,
  heifHead,
  JPEG_HEAD,
  ole2,
  PDF_SMALL,
  PE_HEAD,
  PNG_1x1,
  WEBP_HEAD,
  zip,
} from '../../../../test/file-samples.js';
import { AppError } from '../errors.js';
import { sniff, sniffBuffer, withFileSource } from './sniff.js';
import { LocalFileStorage, newStorageKey } from './storage.js';
import { attachmentDisposition, cleanFilename, stageUpload } from './upload.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'kinerja-files-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('sniff: the type comes from the content', () => {
  it('when the bytes are a PDF, PNG, JPEG, GIF or WebP, then that type is recognised', async () => {
    expect(await sniffBuffer(PDF_SMALL)).toEqual({ contentType: 'application/pdf', format: 'pdf' });
    expect(await sniffBuffer(PNG_1x1)).toEqual({ contentType: 'image/png', format: 'png' });
    expect(await sniffBuffer(JPEG_HEAD)).toEqual({ contentType: 'image/jpeg', format: 'jpeg' });
    expect(await sniffBuffer(GIF_HEAD)).toEqual({ contentType: 'image/gif', format: 'gif' });
    expect(await sniffBuffer(WEBP_HEAD)).toEqual({ contentType: 'image/webp', format: 'webp' });
  });

  it('when a phone camera wrote HEIC or HEIF (ftyp box), then it is accepted as an image', async () => {
    expect(await sniffBuffer(heifHead('heic', ['mif1', 'heic']))).toMatchObject({ format: 'heic' });
    expect(await sniffBuffer(heifHead('mif1', ['mif1', 'heic']))).toMatchObject({ format: 'heic' });
    expect(await sniffBuffer(heifHead('mif1', ['mif1']))).toMatchObject({
      contentType: 'image/heif',
      format: 'heif',
    });
    // An MP4 video has an ftyp box too, with other brands: refused.
    expect(await sniffBuffer(heifHead('isom', ['isom', 'iso2', 'mp41']))).toBeNull();
  });

  it('when a ZIP holds [Content_Types].xml with the WordprocessingML main part, then it is a DOCX', async () => {
    expect(await sniffBuffer(docx(), 'laporan.docx')).toEqual({
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      format: 'docx',
    });
  });

  it('when ExcelJS writes a workbook, then it is recognised as an XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Realisasi').addRow(['indikator', 'nilai']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await sniffBuffer(data)).toMatchObject({ format: 'xlsx' });
  });

  it('when a ZIP is not an Office document, or carries macros, then it is refused', async () => {
    expect(await sniffBuffer(zip({ 'setup.exe': ELF_HEAD, 'readme.txt': 'hi' }), 'laporan.docx')).toBeNull();
    expect(await sniffBuffer(zip({ 'word/document.xml': '<w:document/>' }))).toBeNull();
    expect(await sniffBuffer(docx('application/xml'))).toBeNull();
    expect(await sniffBuffer(docm(), 'laporan.docx')).toBeNull();
  });

  it('when an OLE2 compound file holds WordDocument or Workbook, then it is a legacy DOC or XLS', async () => {
    expect(await sniffBuffer(ole2(['WordDocument', '1Table']))).toEqual({
      contentType: 'application/msword',
      format: 'doc',
    });
    expect(await sniffBuffer(ole2(['Workbook']))).toMatchObject({ format: 'xls' });
    expect(await sniffBuffer(ole2(['PowerPoint Document']))).toMatchObject({ format: 'ppt' });
  });

  it('when an OLE2 file is not an Office document (e.g. an MSI installer) or has macros, then it is refused', async () => {
    expect(await sniffBuffer(ole2(['\u4840\u3f3f\u4577']), 'laporan.doc')).toBeNull();
    expect(await sniffBuffer(ole2(['WordDocument', 'Macros']), 'laporan.doc')).toBeNull();
  });

  it('when an executable is renamed to .pdf or .jpg, then it is refused', async () => {
    expect(await sniffBuffer(ELF_HEAD, 'laporan.pdf')).toBeNull();
    expect(await sniffBuffer(PE_HEAD, 'foto.jpg')).toBeNull();
  });

  it('when a file is UTF-8 text, then it is text (CSV by name), and with a NUL or bad UTF-8 it is refused', async () => {
    expect(await sniffBuffer(Buffer.from('Laporan: 12 kunjungan\r\nCatatan — selesai\n'))).toEqual({
      contentType: 'text/plain',
      format: 'text',
    });
    expect(await sniffBuffer(Buffer.from('\ufeffbulan;nilai\nJanuari;12,5\n'), 'data.CSV')).toEqual({
      contentType: 'text/csv',
      format: 'csv',
    });
    expect(await sniffBuffer(Buffer.from('abc\u0000def'))).toBeNull();
    expect(await sniffBuffer(Buffer.from([0x68, 0x61, 0x6c, 0xe9, 0x20, 0x6f]))).toBeNull();
    expect(await sniffBuffer(Buffer.alloc(0))).toBeNull();
  });

  it('when text is longer than one read chunk and a multi-byte character spans two chunks, then it is still text', async () => {
    const data = Buffer.concat([Buffer.alloc(64 * 1024 - 1, 0x61), Buffer.from('é and more')]);
    expect(await sniffBuffer(data)).toMatchObject({ format: 'text' });
    const withNulLate = Buffer.concat([Buffer.alloc(200_000, 0x61), Buffer.from([0])]);
    expect(await sniffBuffer(withNulLate)).toBeNull();
  });

  it('when the file is on disk, then it is read with random access', async () => {
    const path = join(tempDir(), 'x.docx');
    writeFileSync(path, docx());
    expect(await withFileSource(path, (src) => sniff(src))).toMatchObject({ format: 'docx' });
  });
});

describe('local file storage', () => {
  it('when a file is put, then get returns the same bytes and remove deletes it', async () => {
    const storage = new LocalFileStorage(tempDir());
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from('halo '), Buffer.from('dunia')]));
    expect(await text(await storage.get(key))).toBe('halo dunia');
    await storage.remove(key);
    await expect(storage.get(key)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await storage.remove(key); // removing twice is fine
  });

  it('when a key would leave the store (../) or is not a generated key, then it is refused', async () => {
    const storage = new LocalFileStorage(tempDir());
    await expect(storage.put('../../etc/passwd', Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
    await expect(storage.get('ab/cd/../../../x-1234567890abcdef')).rejects.toThrow(/invalid storage key/);
    expect(newStorageKey()).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
  });
});

describe('stageUpload', () => {
  it('when an upload streams in, then its size and SHA-256 are computed on the way', async () => {
    const dataDir = tempDir();
    const data = Buffer.concat([PDF_SMALL, Buffer.alloc(100_000, 0x20)]);
    const staged = await stageUpload(Readable.from([data.subarray(0, 5000), data.subarray(5000)]), {
      dataDir,
      maxBytes: 1024 * 1024,
    });
    expect(staged.size).toBe(data.length);
    expect(staged.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    await staged.discard();
    expect(readdirSync(join(dataDir, 'tmp'))).toEqual([]);
  });

  it('when an upload is bigger than the limit, then it is refused with 413 and nothing is left behind', async () => {
    const dataDir = tempDir();
    const err = await stageUpload(Readable.from([Buffer.alloc(2000)]), { dataDir, maxBytes: 1000 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('PAYLOAD_TOO_LARGE');
    expect(readdirSync(join(dataDir, 'tmp'))).toEqual([]);
  });
});

describe('file names', () => {
  it('when a name has a path or control characters, then only a clean last segment is kept', () => {
    expect(cleanFilename('C:\\Users\\siti\\Laporan Mei.pdf')).toBe('Laporan Mei.pdf');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('a\u0000b\r\n.txt')).toBe('ab.txt');
    expect(cleanFilename('..')).toBe('berkas');
    expect(cleanFilename(undefined)).toBe('berkas');
  });

  it('when a name is not ASCII, then Content-Disposition has an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentDisposition('Laporan "Mei" — posyandu.pdf')).toBe(
      `attachment; filename="Laporan _Mei_ _ posyandu.pdf"; filename*=UTF-8''Laporan%20%22Mei%22%20%E2%80%94%20posyandu.pdf`,
    );
  });
});
