// The public entry of the employees feature: what the rest of the web app may use.
export { useEmployee } from './api/get-employee';
export { useEmployees } from './api/list-employees';
export { EmployeePicker } from './components/EmployeePicker';
export type { PersonRef } from './types';
