import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';
import { PERIOD_ACTIONS } from '../../domain/cycles/status';

// The server's source, as text: the audit action codes are read from it, so a new action without a label fails here.
const server = import.meta.glob<string>(['../../server/**/*.ts', '!../../server/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * The codes written to the audit log: every dotted literal on a line that names an `action` (as in
 * `action: 'unit.update'`, `action: done ? 'dialogue_action.done' : 'dialogue_action.reopen'`, `statusAudit('…')`),
 * and the codes built from a template (`period.${action}`), expanded from the values they take.
 */
const TEMPLATE_EXPANSIONS: Record<string, readonly string[]> = {
  'period.': PERIOD_ACTIONS,
  'indicator_template.': ['adopt', 'decline'],
};

function actionCodes(): { codes: Set<string>; unknownTemplates: string[] } {
  const codes = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const text of Object.values(server)) {
    for (const line of text.split('\n')) {
      if (!/\baction\b|statusAudit\(/.test(line)) continue;
      for (const m of line.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)) codes.add(m[1]!);
      for (const m of line.matchAll(/`([a-z_.]+\.)\$\{/g)) {
        const expansions = TEMPLATE_EXPANSIONS[m[1]!];
        if (!expansions) unknownTemplates.push(m[1]!);
        else for (const e of expansions) codes.add(`${m[1]}${e}`);
      }
    }
  }
  return { codes, unknownTemplates };
}

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, path: string): unknown =>
  path.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

describe('audit action labels', () => {
  const { codes, unknownTemplates } = actionCodes();

  it('when the server source is scanned, then it finds the action codes it writes', () => {
    expect(Object.keys(server).length).toBeGreaterThan(50);
    for (const known of [
      'unit.update',
      'auth.login',
      'work_plan.submit',
      'period.lock',
      'employee.import.create',
    ])
      expect(codes).toContain(known);
    // a code built from a template needs its values listed above (and labels for each)
    expect(unknownTemplates).toEqual([]);
  });

  it('when an action code is written by the server, then it has an Indonesian and an English label', () => {
    const missing = [...codes].flatMap((code) =>
      (['id', 'en'] as const)
        .filter(
          (lang) => typeof lookup((lang === 'id' ? id : en) as Tree, `auditActions.${code}`) !== 'string',
        )
        .map((lang) => `${lang}:${code}`),
    );
    expect(missing).toEqual([]);
  });
});
