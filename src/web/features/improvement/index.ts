// The public entry of the improvement feature: the banner shown on Evaluasi Saya and the home page.
export { ImprovementBanner } from './components/ImprovementBanner';
export { ImprovementSettingsCard } from './components/ImprovementSettingsCard';
