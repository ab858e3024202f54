// The public entry of the escalations feature (pages are loaded by the router).
export { EscalationStatusChip } from './components/EscalationStatusChip';
