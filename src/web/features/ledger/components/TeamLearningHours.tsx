import { ShortfallList } from './ShortfallList';

/** Jam Pelajaran of the caller's team (their reports and subtree), for the supervisor's pages. */
export function TeamLearningHours() {
  return <ShortfallList team />;
}
