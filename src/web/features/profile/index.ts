/** Public entry of the profile feature (used by the app frame). */
export { MfaGraceBanner } from './components/MfaGraceBanner';
