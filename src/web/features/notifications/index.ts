// The public entry of the notifications feature: what the rest of the web app may use.
export { NotificationBell } from './components/NotificationBell';
export { NotificationPreferences } from './components/NotificationPreferences';
