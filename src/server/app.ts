import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { systemClock, type Clock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/client.js';
import type { Deps } from './platform/deps.js';
import { compressOptions } from './platform/http/compression.js';
import { clientErrorHandler, errorHandler, frameworkErrorHandler } from './platform/http/error-handler.js';
import { registerUploadSize } from './platform/http/upload-size.js';
import { registerUploadSlots } from './platform/http/upload-slots.js';
import { validatorCompiler } from './platform/http/validation.js';
import { registerWebApp } from './platform/http/web-app.js';
import { authRoutes, oidcRoutes, registerAuthentication } from './modules/auth/index.js';
import { orgRoutes } from './modules/org/index.js';
import { auditRoutes } from './modules/audit/index.js';
import { metaRoutes } from './modules/meta/index.js';
import { cycleRoutes } from './modules/cycles/index.js';
import { libraryRoutes } from './modules/library/index.js';
import { workPlanRoutes } from './modules/work-plans/index.js';
import { progressRoutes } from './modules/progress/index.js';
import { developmentRoutes } from './modules/development/index.js';
import { improvementRoutes } from './modules/improvement/index.js';
import { recognitionRoutes } from './modules/recognition/index.js';
import { evaluationRoutes } from './modules/evaluations/index.js';
import { feedbackRoutes } from './modules/feedback/index.js';
import { notificationRoutes } from './modules/notifications/index.js';
import { monitoringRoutes } from './modules/monitoring/index.js';
import { homeRoutes } from './modules/home/index.js';
import { trainingRoutes } from './modules/trainings/index.js';
import { ledgerRoutes } from './modules/ledger/index.js';
import { followUpDashboardRoutes } from './modules/follow-up-dashboard/index.js';

export interface AppOptions {
  database: Database;
  config: Config;
  clock?: Clock;
  /** pino options, or false for no logs (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Directory of the built web app; served with an SPA fallback when it exists. */
  webDir?: string | undefined;
}

export const API_PREFIX = '/api/v1';

const trustHops = (hops: number) => (hops > 0 ? (_address: string, hop: number) => hop < hops : false);

/** Builds the Fastify app without listening: `main.ts` listens, tests inject requests. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const deps: Deps = {
    database: options.database,
    config: options.config,
    clock: options.clock ?? systemClock,
  };
  const app = Fastify({
    logger: options.logger ?? false,
    // A number of hops: the client is the X-Forwarded-For entry that many hops from the right, not the left-most.
    // (hop 0 is the socket's peer): what Fastify does for a numeric trustProxy, which its types do not accept.
    trustProxy: trustHops(options.config.trustedProxyHops),
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    ajv: { customOptions: { coerceTypes: false } },
    // the router's and Node's refusals in the error envelope too (issue 11)
    frameworkErrors: (error, request, reply) => {
      void frameworkErrorHandler(error, request, reply);
    },
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // before every route, so each gets its onSend hook (issue 12: API answers and assets were sent uncompressed)
  await app.register(compress, compressOptions);
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: options.config.maxUploadBytes, files: 1, fields: 20, parts: 25 },
    throwFileSizeLimit: true,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Kinerja API',
        version: '1.0.0',
        description:
          'Performance management for ASN (PNS and PPPK). Sign in with POST /api/v1/auth/login (session cookie; ' +
          'send x-csrf-token on writes) or use a personal API token as `Authorization: Bearer <token>`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'kinerja_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAuthentication(app, deps);
  registerUploadSize(app, options.config.maxUploadBytes);
  registerUploadSlots(app, options.config.uploadsPerUser);

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  r.get(
    '/api/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'Health: the database is reachable and migrated',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => {
      await options.database.checkHealth();
      return { status: 'ok' as const };
    },
  );

  await app.register(
    async (api) => {
      authRoutes(api, deps);
      oidcRoutes(api, deps);
      orgRoutes(api, deps);
      auditRoutes(api, deps);
      metaRoutes(api, deps);
      cycleRoutes(api, deps);
      libraryRoutes(api, deps);
      workPlanRoutes(api, deps);
      progressRoutes(api, deps);
      feedbackRoutes(api, deps);
      notificationRoutes(api, deps);
      monitoringRoutes(api, deps);
      homeRoutes(api, deps);
      evaluationRoutes(api, deps);
      developmentRoutes(api, deps);
      trainingRoutes(api, deps);
      ledgerRoutes(api, deps);
      improvementRoutes(api, deps);
      recognitionRoutes(api, deps);
      followUpDashboardRoutes(api, deps);
    },
    { prefix: API_PREFIX },
  );

  await registerWebApp(app, options.webDir);
  return app;
}
