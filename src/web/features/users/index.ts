// The public entry of the users feature: what the rest of the web app may use.
export { useUsers } from './api/list-users';
