// The public entry of the units feature: what the rest of the web app may use.
export { useUnitTree } from './api/get-unit-tree';
export { useUnits } from './api/list-units';
export { UnitSelect } from './components/UnitSelect';
