import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThreads, isOverdue } from './rules.js';
import { dialogueSchema, feedbackSchema } from './schemas.js';

const id = () => crypto.randomUUID();

describe('buildThreads', () => {
  it('when items arrive out of order, then roots and replies come oldest first, each reply under its root', () => {
    const items = [
      { id: 'r2', replyTo: null, seq: 4 },
      { id: 'a', replyTo: 'r1', seq: 3 },
      { id: 'r1', replyTo: null, seq: 1 },
      { id: 'b', replyTo: 'r1', seq: 2 },
      { id: 'c', replyTo: 'a', seq: 5 }, // a reply to a reply joins the root's thread
      { id: 'orphan', replyTo: 'gone', seq: 6 },
    ];
    expect(buildThreads(items).map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ['r1', ['b', 'a', 'c']],
      ['r2', []],
    ]);
  });

  it('when any set of replies is grouped, then every reply to a present root appears exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.nat(), { maxLength: 30 }), (roots, picks) => {
        const items = [
          ...Array.from({ length: roots }, (_, i) => ({ id: `r${i}`, replyTo: null, seq: i })),
          ...picks.map((p, i) => ({ id: `x${i}`, replyTo: `r${p % roots}`, seq: roots + i })),
        ];
        const threads = buildThreads(items);
        expect(threads).toHaveLength(roots);
        expect(threads.flatMap((t) => t.replies).length).toBe(picks.length);
        for (const t of threads) for (const r of t.replies) expect(r.replyTo).toBe(t.root.id);
      }),
    );
  });
});

describe('feedback and dialogue schemas', () => {
  const paths = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
    r.success ? [] : r.error!.issues.map((i) => i.path.join('.'));

  it('when a root item lacks a period or a kind, or names both a result and a behaviour, then it is refused', () => {
    expect(paths(feedbackSchema.safeParse({ text: 'Bagus' }))).toEqual(['periodId', 'kind']);
    expect(
      paths(
        feedbackSchema.safeParse({
          periodId: id(),
          kind: 'strength',
          resultId: id(),
          behaviour: 'akuntabel',
          text: 'x',
        }),
      ),
    ).toEqual(['behaviour']);
    expect(
      feedbackSchema.safeParse({ periodId: id(), kind: 'improvement', behaviour: 'loyal', text: 'x' })
        .success,
    ).toBe(true);
    expect(paths(feedbackSchema.safeParse({ periodId: id(), kind: 'praise', text: 'x' }))).toEqual(['kind']);
  });

  it('when a reply carries a kind, a result or a behaviour, then it is refused (it inherits them)', () => {
    expect(feedbackSchema.safeParse({ replyTo: id(), text: 'Terima kasih' }).success).toBe(true);
    expect(paths(feedbackSchema.safeParse({ replyTo: id(), text: 'x', kind: 'strength' }))).toEqual(['kind']);
  });

  it('when an action is due before the dialogue, then it is refused', () => {
    const base = { heldOn: '2026-05-10', topics: 'Capaian triwulan I' };
    const action = { description: 'Pelatihan', ownerEmployeeId: id() };
    expect(
      dialogueSchema.safeParse({ ...base, actions: [{ ...action, dueDate: '2026-06-01' }] }).success,
    ).toBe(true);
    expect(
      paths(dialogueSchema.safeParse({ ...base, actions: [{ ...action, dueDate: '2026-05-09' }] })),
    ).toEqual(['actions.0.dueDate']);
    expect(paths(dialogueSchema.safeParse({ ...base, heldOn: '2026-02-30' }))).toEqual(['heldOn']);
  });

  it('when an open action is past its due date, then it is overdue; done or due today, it is not', () => {
    expect(isOverdue({ dueDate: '2026-05-01', doneAt: null }, '2026-05-02')).toBe(true);
    expect(isOverdue({ dueDate: '2026-05-02', doneAt: null }, '2026-05-02')).toBe(false);
    expect(isOverdue({ dueDate: '2026-05-01', doneAt: new Date() }, '2026-05-02')).toBe(false);
  });
});
