// The public entry of the imports feature: what the rest of the web app may use.
export { ImportChoice, type ImportRun } from './components/ImportChoice';
export { ImportReportTable } from './components/ImportReportTable';
