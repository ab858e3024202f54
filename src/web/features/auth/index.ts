// The public entry of the auth feature: what the rest of the web app may use.
export { LoginPage } from './routes/LoginPage';
