/**
 * Test support: the text of a PDF, via pdfjs-dist (a devDependency, loaded only when called). Items are
 * joined with spaces and whitespace is normalised, so `toContain('19671110 199203 1 001')` works.
 */
export async function extractPdfText(buffer: Uint8Array): Promise<string> {
  const pages = await extractPdfPages(buffer);
  return pages.join(' ').trim();
}

/** The text of each page (same normalisation as `extractPdfText`). */
export async function extractPdfPages(buffer: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of (and may detach) the array it is given: hand it a copy.
  const data = new Uint8Array(buffer.byteLength);
  data.set(buffer);
  const doc = await pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const parts = content.items.map((item) => ('str' in item ? item.str : ''));
      pages.push(parts.join(' ').replace(/\s+/g, ' ').trim());
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
