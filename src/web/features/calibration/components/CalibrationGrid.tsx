import { Anchor, Badge, Box, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PREDICATE_COLORS, PREDICATE_MARKERS } from '../../evaluations';
import { predicateFor, type CalibrationPerson, type CalibrationView, type Rating } from '../types';

/** Rows: Rating Hasil Kerja, best first; columns: Rating Perilaku Kerja, worst first (the regulation's matrix). */
const RESULT_ROWS: readonly Rating[] = ['above', 'meets', 'below'];
const BEHAVIOUR_COLUMNS: readonly Rating[] = ['below', 'meets', 'above'];

/** A person on the board: the name (a link to the evaluation when allowed) and a Draf/Final marker in words. */
export function BoardPerson({ person, canOpen }: { person: CalibrationPerson; canOpen: boolean }) {
  const { t } = useTranslation();
  const name =
    canOpen && person.evaluationId ? (
      <Anchor component={Link} to={`/evaluations/${person.evaluationId}`} size="sm" fw={500}>
        {person.name}
      </Anchor>
    ) : (
      <Text span size="sm" fw={500}>
        {person.name}
      </Text>
    );
  return (
    <Box
      component="li"
      data-testid={`calibration-person-${person.employeeId}`}
      data-status={person.status}
      style={{ overflowWrap: 'anywhere', listStyle: 'none' }}
    >
      {name}{' '}
      <Badge
        size="xs"
        radius="sm"
        variant={person.status === 'final' ? 'filled' : 'outline'}
        color={person.status === 'final' ? 'dark' : 'gray'}
        style={{ verticalAlign: 'middle' }}
      >
        {t(`calibration.personStatus.${person.status}`)}
      </Badge>
    </Box>
  );
}

/**
 * The 3×3 board: each cell tinted with its predicate's colour and labelled with the predicate (and a shape
 * marker, so it reads without colour), listing the people whose two ratings put them there.
 */
export function CalibrationGrid({ view }: { view: CalibrationView }) {
  const { t } = useTranslation();
  const cellOf = (result: Rating, behaviour: Rating) =>
    view.cells.find((c) => c.resultRating === result && c.behaviourRating === behaviour);
  return (
    <Box style={{ overflowX: 'auto' }}>
      <table
        data-testid="calibration-grid"
        style={{
          width: '100%',
          minWidth: 300,
          tableLayout: 'fixed',
          borderCollapse: 'separate',
          borderSpacing: 4,
        }}
      >
        <caption style={{ captionSide: 'top', textAlign: 'start' }}>
          <Text size="sm" fw={600}>
            {t('calibration.grid.caption')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('calibration.grid.axes')}
          </Text>
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ width: '18%' }}>
              <VisuallyHidden>{t('calibration.grid.corner')}</VisuallyHidden>
            </th>
            {BEHAVIOUR_COLUMNS.map((b) => (
              <th key={b} scope="col">
                <Text size="xs" fw={600}>
                  <VisuallyHidden>{t('calibration.grid.behaviourAxis')}: </VisuallyHidden>
                  {t(`calibration.ratingsShort.${b}`)}
                </Text>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {RESULT_ROWS.map((r) => (
            <tr key={r}>
              <th scope="row" style={{ textAlign: 'start', verticalAlign: 'top' }}>
                <Text size="xs" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  <VisuallyHidden>{t('calibration.grid.resultAxis')}: </VisuallyHidden>
                  {t(`calibration.ratingsShort.${r}`)}
                </Text>
              </th>
              {BEHAVIOUR_COLUMNS.map((b) => {
                const cell = cellOf(r, b);
                const predicate = cell?.predicate ?? predicateFor(r, b);
                const people = cell?.people ?? [];
                const color = PREDICATE_COLORS[predicate];
                return (
                  <td
                    key={b}
                    data-testid={`calibration-cell-${r}-${b}`}
                    data-predicate={predicate}
                    data-count={people.length}
                    style={{
                      background: `var(--mantine-color-${color}-light)`,
                      border: `1px solid var(--mantine-color-${color}-outline)`,
                      borderRadius: 6,
                      padding: 6,
                      verticalAlign: 'top',
                    }}
                  >
                    <Stack gap={4}>
                      <Text
                        size="xs"
                        fw={700}
                        c={`var(--mantine-color-${color}-light-color)`}
                        style={{ overflowWrap: 'anywhere', lineHeight: 1.25 }}
                      >
                        <span aria-hidden="true">{PREDICATE_MARKERS[predicate]} </span>
                        {t(`calibration.predicates.${predicate}`)}
                        {' · '}
                        <span data-testid={`calibration-cell-count-${r}-${b}`}>
                          {t('calibration.grid.people', { count: people.length })}
                        </span>
                      </Text>
                      {people.length > 0 ? (
                        <Stack component="ul" gap={2} m={0} p={0}>
                          {people.map((p) => (
                            <BoardPerson key={p.employeeId} person={p} canOpen={view.can.openEvaluations} />
                          ))}
                        </Stack>
                      ) : null}
                    </Stack>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}
