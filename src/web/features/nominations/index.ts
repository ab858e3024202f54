// The public entry of the nominations feature: the section on an evaluation's page.
export { NominationSection } from './components/NominationSection';
