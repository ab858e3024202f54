export { orgRoutes } from './org.routes.js';
export { importEmployees } from './use-cases/import-employees.js';
export { type ImportOptions, type ImportReport } from './use-cases/import-report.js';
export { importUnits } from './use-cases/import-units.js';
export { actingOn, findEmployeeRow, standsFor, subtreeUnitIds, type StandIn } from './org.repository.js';
export { readSheet, type SheetRow } from './use-cases/import-file.js';
export { moveEmployee } from './use-cases/employees.js';
export { findUnit } from './org.repository.js';
