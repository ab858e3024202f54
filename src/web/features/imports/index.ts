// The public entry of the imports feature: what the rest of the web app may use.
export { ImportReportTable } from './components/ImportReportTable';
