export { ledgerRoutes } from './ledger.routes.js';
/** The TPP table in force (settings key `tpp_rates`), e.g. for a payroll integration. */
export { tppRates, forgetTppRates } from './use-cases/tpp-settings.js';
/** A test changing the table through the database forgets the cached copy with this. */
export { TPP_KEY } from './use-cases/tpp-settings.js';
