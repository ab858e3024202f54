export { orgRoutes } from './org.routes.js';
export { importEmployees, importUnits, type ImportReport, type ImportOptions } from './use-cases/import.js';
export { findEmployeeRow, subtreeUnitIds } from './org.repository.js';
export { readSheet, type SheetRow } from './use-cases/import-file.js';
