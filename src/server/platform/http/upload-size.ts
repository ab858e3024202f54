import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

/**
 * Room for the multipart framing around the file (boundaries, part headers) and the small form fields sent with
 * it: a file exactly at the limit must still get through.
 */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * A multipart upload whose declared Content-Length is already above the file limit is refused with 413 before a
 * byte of its body is read (issue 12: it used to be refused only after the whole upload). The connection is closed
 * afterwards so the client stops sending. Uploads without a Content-Length (chunked) are still cut at the limit
 * while they stream (`stageUpload`).
 */
export function registerUploadSize(app: FastifyInstance, maxUploadBytes: number) {
  const limit = maxUploadBytes + MULTIPART_OVERHEAD_BYTES;
  const maxMb = Math.round((maxUploadBytes / (1024 * 1024)) * 10) / 10;
  app.addHook('onRequest', async (request, reply) => {
    const declared = request.headers['content-length'];
    if (declared === undefined || !/^\d+$/.test(declared) || Number(declared) <= limit) return;
    if (!request.headers['content-type']?.toLowerCase().startsWith('multipart/')) return;
    void reply.header('connection', 'close');
    throw new AppError('PAYLOAD_TOO_LARGE', 'upload.tooLarge', { maxBytes: maxUploadBytes }, { maxMb });
  });
}
