// The public entry of the monitoring feature: what the rest of the web app may use.
export { useMonitoringAccess } from './api/get-completion';
