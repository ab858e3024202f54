import { constants } from 'node:zlib';
import type { FastifyCompressOptions } from '@fastify/compress';

/**
 * The response types worth compressing: text, JSON, JavaScript, XML and SVG. Not PDF, XLSX, images or archives
 * (already compressed: a second pass costs CPU and saves nothing), not `application/octet-stream` (evidence
 * files of any kind) and not event streams (each event must reach the client at once).
 */
export const COMPRESSIBLE_TYPES =
  /^(?:text\/(?!event-stream)|application\/(?:json|javascript|xml|[\w.-]+\+(?:json|xml))(?:;|$)|image\/svg\+xml)/i;

/**
 * Brotli quality 4 (zlib's default is 11): measured on an 80 KB API answer, quality 4 takes ≈1 ms and lands within
 * ≈10 % of quality 11's size, which takes ≈100 ms (`docs/performance.md`). gzip level 6 for clients without br.
 */
export const BROTLI_QUALITY = 4;

/**
 * `@fastify/compress` for every text response of ≥ 1 KB the client accepts compressed (br first, then gzip), on
 * the fly. Built web assets are not compressed here: they are compressed once at build time and served as
 * `.br`/`.gz` files (`preCompressed`), which the plugin leaves alone (their Content-Encoding is already set).
 * Request bodies are not decompressed (a compressed upload would slip past the size limits).
 */
export const compressOptions: FastifyCompressOptions = {
  global: true,
  globalDecompression: false,
  encodings: ['br', 'gzip'],
  threshold: 1024,
  customTypes: COMPRESSIBLE_TYPES,
  brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
  zlibOptions: { level: 6 },
};
