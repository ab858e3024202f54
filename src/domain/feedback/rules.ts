/** Continuous feedback: how items form threads. Pure: the server presents with it, the web may regroup with it. */

export interface FeedbackItemLike {
  id: string;
  replyTo: string | null;
  /** insertion order */
  seq: number;
}

export interface Thread<T> {
  root: T;
  replies: T[];
}

/**
 * Groups items into threads: each root with its replies, roots and replies oldest first. A reply to a reply joins
 * the thread of its root; a reply whose root is missing (not in the list) is left out.
 */
export function buildThreads<T extends FeedbackItemLike>(items: readonly T[]): Array<Thread<T>> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const rootOf = (item: T): T | undefined => {
    let cur: T | undefined = item;
    for (let depth = 0; cur && cur.replyTo && depth < 100; depth++) cur = byId.get(cur.replyTo);
    return cur && !cur.replyTo ? cur : undefined;
  };
  const threads = new Map<string, Thread<T>>();
  const sorted = [...items].sort((a, b) => a.seq - b.seq);
  for (const item of sorted) if (!item.replyTo) threads.set(item.id, { root: item, replies: [] });
  for (const item of sorted) {
    if (!item.replyTo) continue;
    const root = rootOf(item);
    if (root) threads.get(root.id)?.replies.push(item);
  }
  return [...threads.values()];
}

/** An action is overdue when it is open and its due date (YYYY-MM-DD) is before today. */
export const isOverdue = (action: { dueDate: string; doneAt: unknown }, today: string) =>
  !action.doneAt && action.dueDate < today;
