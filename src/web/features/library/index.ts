// The public entry of the library feature: what the rest of the web app may use.
export { LibraryDrawer } from './components/LibraryDrawer';
export type { IndicatorTemplate } from './types';
