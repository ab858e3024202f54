import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/seed/demo-accounts.js';
import { seedDemo } from '../../server/seed/demo.js';
import { MAX_SYNTHETIC_EMPLOYEES, seedSynthetic } from '../../server/seed/synthetic.js';
import { describeDatabase, EXIT_OK, parse, progressBar, seconds, UsageError, type Command } from '../io.js';

const positiveInt = (name: string, raw: string, max: number): number => {
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new UsageError(`--${name} must be a whole number from 1 to ${max} (got "${raw}")`, 'seed');
  }
  return Number(raw);
};

export const seedCommand: Command = {
  name: 'seed',
  summary: 'Seed demo or synthetic data into an empty database',
  help: `Usage: kinerja seed --demo
       kinerja seed --synthetic --employees N [--seed S]

Seeds an empty organisation; refuses when the database already holds units or employees.

Options:
  --demo           Pemerintah Kabupaten Kemuning: ~80 employees in ~20 units, one Plt, the demo accounts
                   (${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}) and an account per employee
                   (username = NIP), all with the password "${DEMO_PASSWORD}". For demonstrations only.
  --synthetic      A generated kabupaten for load tests: N employees in about N/16 units, with a full
                   supervisor chain and valid NIPs. No accounts are created (see create-admin).
  --employees N    Size of the synthetic organisation (1–${MAX_SYNTHETIC_EMPLOYEES}).
  --seed S         Seed of the generator (default 2026): the same N and S always give the same data.

Examples:
  kinerja seed --demo
  kinerja seed --synthetic --employees 10000`,
  async run(ctx, args) {
    const { values, positionals } = parse('seed', args, {
      demo: { type: 'boolean' },
      synthetic: { type: 'boolean' },
      employees: { type: 'string' },
      seed: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, 'seed');
    if (Boolean(values.demo) === Boolean(values.synthetic)) {
      throw new UsageError('choose exactly one of --demo and --synthetic', 'seed');
    }
    const { io } = ctx;
    if (values.demo) {
      if (values.employees || values.seed)
        throw new UsageError('--employees and --seed go with --synthetic', 'seed');
      const database = await ctx.database();
      const startedAt = performance.now();
      const r = await seedDemo(database);
      io.out(
        `Seeded the Kemuning demo into ${describeDatabase(ctx.config)}: ${r.units} units, ${r.employees} employees, ` +
          `${r.users} accounts (${seconds(startedAt)}).`,
      );
      io.out(`Demo accounts (password "${DEMO_PASSWORD}"):`);
      for (const a of DEMO_ACCOUNTS) io.out(`  ${a.username.padEnd(14)} ${a.description}`);
      return EXIT_OK;
    }
    if (!values.employees) throw new UsageError('--synthetic needs --employees N', 'seed');
    const employees = positiveInt('employees', values.employees, MAX_SYNTHETIC_EMPLOYEES);
    const seed = values.seed === undefined ? undefined : positiveInt('seed', values.seed, 2 ** 32 - 1);
    const database = await ctx.database();
    const startedAt = performance.now();
    const bar = progressBar(io, 'Seeding employees');
    try {
      const r = await seedSynthetic(database, {
        employees,
        ...(seed === undefined ? {} : { seed }),
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.stop();
      io.out(
        `Seeded a synthetic kabupaten into ${describeDatabase(ctx.config)}: ${r.units} units, ` +
          `${r.employees} employees (${seconds(startedAt)}).`,
      );
    } finally {
      bar.stop();
    }
    return EXIT_OK;
  },
};
