import { mergeMantineTheme, DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrast, cssVariablesResolver, readableOn, theme } from './theme';

describe('theme contrast (WCAG AA)', () => {
  const merged = mergeMantineTheme(DEFAULT_THEME, theme);
  const { light } = cssVariablesResolver(merged);

  it('when a colour is filled, then white text on it reaches 4.5:1', () => {
    const filled = Object.entries(light).filter(([k]) => k.endsWith('-filled'));
    expect(filled.length).toBeGreaterThan(10);
    for (const [name, value] of filled)
      expect([name, contrast(value, '#ffffff') >= 4.5]).toEqual([name, true]);
  });

  it('when a colour is the light variant, then its text on the pale background reaches 4.5:1', () => {
    for (const [name, shades] of Object.entries(merged.colors)) {
      const value = light[`--mantine-color-${name}-light-color`];
      if (!value) continue;
      expect([name, contrast(value, shades[2]!) >= 4.5]).toEqual([name, true]);
    }
  });

  it('when no candidate is dark enough, then shade 9 is darkened until it is', () => {
    const yellow = readableOn('#fff3bf', ['#e67700']);
    expect(contrast(yellow, '#fff3bf')).toBeGreaterThanOrEqual(4.6);
    expect(yellow).not.toBe('#e67700');
    expect(readableOn('#ffffff', ['#aaaaaa', '#087f5b'])).toBe('#087f5b');
  });
});

describe('coloured text', () => {
  const { light } = cssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme));
  it('when a colour is used for text or links, then it reaches 4.5:1 on white and on light grey', () => {
    const texts = Object.entries(light).filter(([k]) => k.endsWith('-text') || k.endsWith('-anchor'));
    expect(texts.length).toBeGreaterThan(10);
    for (const [name, value] of texts)
      expect([name, contrast(value, '#f1f3f5') >= 4.5 && contrast(value, '#ffffff') >= 4.5]).toEqual([
        name,
        true,
      ]);
    expect(contrast(light['--mantine-color-placeholder']!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
