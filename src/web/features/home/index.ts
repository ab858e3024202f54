// The public entry of the home feature: what the rest of the web app may use.
export { HomePage } from './routes/HomePage';
