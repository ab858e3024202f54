import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import './types.js';

const HELD = Symbol('uploadSlotHeld');
type Holder = FastifyRequest & { [HELD]?: string };

/**
 * Bounds the uploads (multipart requests: imports and evidence files) one user has in flight: the
 * `uploadsPerUser`+1-th at the same time answers 429 before a byte of it is read. Counted in this process; the
 * slot is given back when the response is sent or the client goes away.
 */
export function registerUploadSlots(app: FastifyInstance, uploadsPerUser: number) {
  const inFlight = new Map<string, number>();
  const release = (request: Holder) => {
    const userId = request[HELD];
    if (userId === undefined) return;
    delete request[HELD];
    const left = (inFlight.get(userId) ?? 1) - 1;
    if (left > 0) inFlight.set(userId, left);
    else inFlight.delete(userId);
  };

  app.addHook('preHandler', async (request: Holder) => {
    if (!request.actor || !request.isMultipart()) return;
    const userId = request.actor.userId;
    const held = inFlight.get(userId) ?? 0;
    if (held >= uploadsPerUser) {
      throw new AppError('RATE_LIMITED', 'upload.tooManyInFlight', null, {
        max: uploadsPerUser,
        retryAfterSeconds: 5,
      });
    }
    inFlight.set(userId, held + 1);
    request[HELD] = userId;
  });
  app.addHook('onResponse', async (request: Holder) => release(request));
  app.addHook('onRequestAbort', async (request: Holder) => release(request));
}
