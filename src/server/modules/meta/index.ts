import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { metaViewSchema } from '../../../domain/auth/view.js';
import type { Deps } from '../../platform/deps.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/demo-accounts.js';

/** Public facts the login page needs: whether this is a demo (and then its accounts), whether SSO is offered, how large an upload may be. */
export function metaRoutes(app: FastifyInstance, deps: Deps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/meta',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['meta'],
        summary: 'Public information for the sign-in page',
        response: { 200: metaViewSchema },
      },
    },
    async () => ({
      name: 'Kinerja',
      demo: deps.config.demo,
      demoPassword: deps.config.demo ? DEMO_PASSWORD : null,
      demoAccounts: deps.config.demo
        ? DEMO_ACCOUNTS.map(({ username, role, description }) => ({ username, role, description }))
        : [],
      sso: { enabled: deps.config.oidc !== undefined, label: deps.config.oidc?.label ?? 'SSO' },
      // one multipart limit (KINERJA_MAX_UPLOAD_MB) guards both kinds of upload today
      maxUploadBytes: { evidence: deps.config.maxUploadBytes, imports: deps.config.maxUploadBytes },
    }),
  );
}
