// The public entry of the development feature (issue 14): the plan page is reached by its route.
export { DevelopmentPlanPage } from './routes/DevelopmentPlanPage';
