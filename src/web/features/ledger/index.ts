// The public entry of the ledger feature (learning hours, credit points, TPP): what the rest of the web app may use.
export { CreditPointsCard } from './components/CreditPointsCard';
export { LearningHoursCard } from './components/LearningHoursCard';
export { TeamLearningHours } from './components/TeamLearningHours';
