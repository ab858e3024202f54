// The public entry of the assessment-settings feature: what the rest of the web app may use.
export { RequireSettingsAccess } from './components/RequireSettingsAccess';
