// The public entry of the objections feature: what the rest of the web app may use.
export { useObjections } from './api/list-objections';
