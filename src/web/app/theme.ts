import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's teal with the two darkest shades deepened: the primary colour (shade 8) carries white text at 5.0:1.
 */
const teal: MantineColorsTuple = [
  '#e6fcf5',
  '#c3fae8',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#12b886',
  '#0ca678',
  '#087f5b',
  '#066649',
];

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 8,
  colors: { teal },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  components: {
    Button: { defaultProps: { size: 'sm' } },
    // a table that scrolls sideways on a phone can be scrolled by keyboard (axe: scrollable-region-focusable)
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
  },
});

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** The colour darkened towards black by `amount` (0–1), as `#rrggbb`. */
function darken(hex: string, amount: number): string {
  return `#${[1, 3, 5]
    .map((i) =>
      Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - amount))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The first of `candidates` (then shade 9 darkened step by step) that reaches AA (4.5:1, with a margin) on `bg`. */
export function readableOn(bg: string, candidates: string[]): string {
  for (const c of candidates) if (contrast(c, bg) >= 4.6) return c;
  const last = candidates[candidates.length - 1] ?? '#000000';
  let amount = 0.05;
  while (contrast(darken(last, amount), bg) < 4.6 && amount < 1) amount += 0.05;
  return darken(last, amount);
}

/**
 * Every colour's variants reach WCAG AA in the light scheme (axe-core checks them in the browser journeys): filled
 * backgrounds dark enough for white text, the light variant's text dark enough on its pale background, coloured
 * text on white and light grey; placeholders; secondary ("dimmed") text one shade darker than Mantine's default (3.3:1 on white).
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // placeholders (and the file input's empty label) at 4.5:1 while still lighter than typed text
    '--mantine-color-placeholder': '#6b7177',
  };
  for (const [name, shades] of Object.entries(t.colors)) {
    if (name === 'dark' || name === 'gray' || !shades || shades.length < 10) continue;
    const palette = [...shades];
    const filled = readableOn('#ffffff', palette.slice(name === t.primaryColor ? 8 : 6));
    light[`--mantine-color-${name}-filled`] = filled;
    // coloured text also sits on the light grey of table stripes and panels (gray 1)
    const text = readableOn('#f1f3f5', palette.slice(6));
    light[`--mantine-color-${name}-text`] = text;
    if (name === t.primaryColor) light['--mantine-color-anchor'] = text;
    light[`--mantine-color-${name}-outline`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.12);
    // the light variant's background is translucent: on a tinted panel (a confirmation summary) it comes out darker
    // than shade 1, so its text is measured against shade 2
    light[`--mantine-color-${name}-light-color`] = readableOn(palette[2]!, palette.slice(9));
  }
  return { variables: {}, light, dark: {} };
};
