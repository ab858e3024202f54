// The public entry of the feedback feature: what the rest of the web app may use.
export { useFeedback } from './api/list-feedback';
export { DialogueSection } from './components/DialogueSection';
export { FeedbackSection } from './components/FeedbackSection';
export { MyActionsCard } from './components/MyActionsCard';
