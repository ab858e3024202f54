import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { competenceKind } from '../../../../domain/trainings/competences';
import { BERAKHLAK, type BehaviourValue } from '../../../../domain/work-plans/berakhlak';

const COLORS = { behaviour: 'blue', category: 'grape', tag: 'gray' } as const;

/** A competence as people read it: a BerAKHLAK value by its label, a category by its Indonesian name, a tag as is. */
export function useCompetenceLabel() {
  const { t } = useTranslation();
  return (c: string) => {
    const kind = competenceKind(c);
    if (kind === 'behaviour') return BERAKHLAK[c as BehaviourValue].label;
    if (kind === 'category') return t(`trainings.categories.${c}`);
    return c;
  };
}

/** The competences of a programme as badges, coloured (and ordered) by kind: values, categories, tags. */
export function CompetenceBadges({ competences }: { competences: readonly string[] }) {
  const label = useCompetenceLabel();
  const order = { behaviour: 0, category: 1, tag: 2 } as const;
  const sorted = [...competences].sort((a, b) => order[competenceKind(a)] - order[competenceKind(b)]);
  if (sorted.length === 0) return null;
  return (
    <Group gap={4} data-testid="training-competences">
      {sorted.map((c) => (
        <Badge
          key={c}
          size="sm"
          radius="sm"
          variant={competenceKind(c) === 'tag' ? 'outline' : 'light'}
          color={COLORS[competenceKind(c)]}
          tt="none"
        >
          {label(c)}
        </Badge>
      ))}
    </Group>
  );
}
