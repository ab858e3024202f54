import { verifyAuditChain } from '../../server/platform/audit.js';
import { EXIT_FAILURE, EXIT_OK, parse, UsageError, type Command } from '../io.js';

const REASONS = {
  hash_mismatch: 'its contents do not match its hash (the entry was altered)',
  broken_link: 'it does not link to the entry before it (an entry was removed, inserted or altered)',
} as const;

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Verify the audit log (audit verify)',
  help: `Usage: kinerja audit verify

Walks the whole audit log in order and checks its hash chain. Prints OK and the number of entries, or the
first entry that does not verify (its seq, id and why) and exits with code 1.`,
  async run(ctx, args) {
    const { positionals } = parse('audit', args, {});
    if (positionals[0] !== 'verify' || positionals.length !== 1) {
      throw new UsageError(
        positionals[0] ? `unknown audit command "${positionals.join(' ')}"` : 'missing "verify"',
        'audit',
      );
    }
    const { db } = await ctx.database();
    const result = await verifyAuditChain(db);
    if (result.ok) {
      ctx.io.out(
        `OK: the audit chain is intact (${result.checked} ${result.checked === 1 ? 'entry' : 'entries'}).`,
      );
      return EXIT_OK;
    }
    const broken = result.firstBroken!;
    ctx.io.err(
      `BROKEN: audit entry seq ${broken.seq} (id ${broken.id}): ${broken.reason} — ${REASONS[broken.reason]}. ` +
        `${result.checked} entries before it verified.`,
    );
    return EXIT_FAILURE;
  },
};
