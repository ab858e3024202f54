import { createRequire } from 'node:module';
import type * as PdfMakeModule from 'pdfmake';
import type { TDocumentDefinitions, TDocumentInformation } from 'pdfmake/interfaces.js';

/**
 * A small pdfmake wrapper for the official documents: A4, Roboto embedded from the pdfmake package, and a
 * resource policy that lets a document read those four font files and nothing else — no URL, no other file.
 */

type PdfMake = typeof PdfMakeModule;

const require = createRequire(import.meta.url);

type RobotoFiles = { Roboto: { normal: string; bold: string; italics: string; bolditalics: string } };

let loaded: PdfMake | null = null;

function pdfmake(): PdfMake {
  if (loaded) return loaded;
  const instance = require('pdfmake') as PdfMake;
  const fonts = require('pdfmake/fonts/Roboto.js') as RobotoFiles;
  const fontFiles = new Set(Object.values(fonts.Roboto));
  instance.setFonts(fonts);
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((path) => fontFiles.has(path));
  loaded = instance;
  return instance;
}

/** The PDF metadata every Kinerja document carries. */
export interface PdfMetadata {
  title: string;
  subject: string;
  keywords?: string;
  /** the document's date (CreationDate and ModDate); also makes the output reproducible */
  createdAt: Date;
}

/** Fills the document information dictionary: title, author "Kinerja", subject, creation date. */
export function pdfInfo(meta: PdfMetadata): TDocumentInformation {
  return {
    title: meta.title,
    author: 'Kinerja',
    subject: meta.subject,
    ...(meta.keywords ? { keywords: meta.keywords } : {}),
    creator: 'Kinerja',
    producer: 'Kinerja (pdfmake)',
    creationDate: meta.createdAt,
    modDate: meta.createdAt,
  };
}

/** Renders a pdfmake document definition (A4 unless it says otherwise) to a PDF buffer. */
export async function renderPdf(docDefinition: TDocumentDefinitions): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    ...docDefinition,
    defaultStyle: { font: 'Roboto', ...docDefinition.defaultStyle },
  };
  return pdfmake().createPdf(definition).getBuffer();
}
