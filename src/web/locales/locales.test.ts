import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const ID = flatten(id);
const EN = flatten(en);
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

// Every source file of the web app, as text, to find the keys the code asks for.
const sources = import.meta.glob<string>(
  ['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

describe('locale files', () => {
  it('when compared, then Indonesian and English have exactly the same keys', () => {
    const onlyId = [...ID.keys()].filter((k) => !EN.has(k));
    const onlyEn = [...EN.keys()].filter((k) => !ID.has(k));
    expect(onlyId).toEqual([]);
    expect(onlyEn).toEqual([]);
    expect(ID.size).toBeGreaterThan(100);
  });

  it('when read, then no text is empty', () => {
    const empty = [...ID, ...EN].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('when a text has placeholders, then both languages use the same ones', () => {
    const mismatched = [...ID.keys()].filter(
      (k) => JSON.stringify(variables(ID.get(k) ?? '')) !== JSON.stringify(variables(EN.get(k) ?? '')),
    );
    expect(mismatched).toEqual([]);
  });

  it('when the code asks for a literal key, then the key exists', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1] as string);
      // navigation labels are keys held in data
      for (const m of text.matchAll(/label: '([a-z]+\.[a-zA-Z.]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(200);
    const missing = [...used].filter((k) => !ID.has(k));
    expect(missing).toEqual([]);
  });
});
