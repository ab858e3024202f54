import type { UnitTreeItem } from './types';

/** Ids of each unit's children, from the flat tree-ordered list. */
export function childrenOf(items: readonly UnitTreeItem[]): Map<string | null, string[]> {
  const map = new Map<string | null, string[]>();
  for (const item of items) {
    const list = map.get(item.parentId) ?? [];
    list.push(item.id);
    map.set(item.parentId, list);
  }
  return map;
}

/** A unit and everything below it (a unit cannot become the child of its own descendant). */
export function subtreeIds(items: readonly UnitTreeItem[], rootId: string): Set<string> {
  const children = childrenOf(items);
  const result = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

/**
 * The rows to show: a unit is visible when every ancestor is expanded. With a search term, the matching units
 * and their ancestors are shown (all expanded).
 */
export function visibleUnits(
  items: readonly UnitTreeItem[],
  expanded: ReadonlySet<string>,
  term: string,
): UnitTreeItem[] {
  const byId = new Map(items.map((u) => [u.id, u]));
  const needle = term.trim().toLowerCase();
  if (needle) {
    const keep = new Set<string>();
    for (const u of items) {
      if (u.name.toLowerCase().includes(needle) || u.code.toLowerCase().includes(needle)) {
        let current: UnitTreeItem | undefined = u;
        while (current && !keep.has(current.id)) {
          keep.add(current.id);
          current = current.parentId ? byId.get(current.parentId) : undefined;
        }
      }
    }
    return items.filter((u) => keep.has(u.id));
  }
  return items.filter((u) => {
    let parentId = u.parentId;
    while (parentId) {
      if (!expanded.has(parentId)) return false;
      parentId = byId.get(parentId)?.parentId ?? null;
    }
    return true;
  });
}
