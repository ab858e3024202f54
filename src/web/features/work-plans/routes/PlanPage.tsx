import { Alert, Anchor, Button, Grid, Group, SegmentedControl, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { StatusChip } from '../../../components/StatusChip';
import { downloadUrl } from '../../../lib/api-client';
import { useUser } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { DialogueSection, FeedbackSection } from '../../feedback';
import { ProgressSection } from '../../progress';
import { useWorkPlan } from '../api/get-work-plan';
import { useComments } from '../api/list-comments';
import { useVersions } from '../api/list-versions';
import { useAssessorPlan } from '../api/use-assessor-plan';
import { AmendModal } from '../components/AmendModal';
import { AnnexSection } from '../components/AnnexSection';
import { BehavioursSection } from '../components/BehavioursSection';
import { ChangesPanel } from '../components/ChangesPanel';
import { DialoguePanel } from '../components/DialoguePanel';
import { PlanDocument } from '../components/PlanDocument';
import { PlanInfoCard } from '../components/PlanInfoCard';
import { ResultsSection } from '../components/ResultsSection';
import { ReviewPanel } from '../components/ReviewPanel';
import { SubmitPanel } from '../components/SubmitPanel';
import { VersionsPanel } from '../components/VersionsPanel';
import { revisionLabel } from '../format';
import type { WorkPlanView } from '../types';

/** The assessor's last "return" comment, shown on top of a returned plan. */
function ReturnedAlert({ plan }: { plan: WorkPlanView }) {
  const { t } = useTranslation();
  const comments = useComments(plan.id);
  const last = [...(comments.data?.items ?? [])].reverse().find((c) => c.kind === 'return');
  return (
    <Alert color="orange" title={t('plan.returnedTitle')} data-testid="plan-returned">
      <Text size="sm">{t('plan.returnedText')}</Text>
      {last?.body ? (
        <Text
          size="sm"
          mt="xs"
          fs="italic"
          style={{ whiteSpace: 'pre-wrap' }}
          data-testid="plan-return-comment"
        >
          “{last.body}” — {last.authorName}
        </Text>
      ) : null}
    </Alert>
  );
}

/** An older version: point to the one in force. */
function OldVersionAlert({ plan }: { plan: WorkPlanView }) {
  const { t } = useTranslation();
  const versions = useVersions(plan.id);
  const current = versions.data?.items.find((v) => v.isCurrent);
  return (
    <Alert color="gray" data-testid="plan-old-version">
      <Text size="sm">
        {t('plan.oldVersion')}{' '}
        {current && current.id !== plan.id ? (
          <Anchor component={Link} to={`/plans/${current.id}`} size="sm" fw={600}>
            {t('plan.openCurrent', { label: revisionLabel(current.revision, t) })}
          </Anchor>
        ) : null}
      </Text>
    </Alert>
  );
}

/** An approved plan with a change in progress: point to the draft version. */
function OpenAmendmentAlert({ plan }: { plan: WorkPlanView }) {
  const { t } = useTranslation();
  const versions = useVersions(plan.id);
  const open = versions.data?.items.find(
    (v) => !v.isCurrent && v.status !== 'approved' && v.revision > plan.revision,
  );
  if (!open) return null;
  return (
    <Alert color="grape" variant="light" data-testid="plan-open-amendment">
      <Text size="sm">
        {t('plan.openAmendment', {
          label: revisionLabel(open.revision, t),
          status: t(`status.${open.status}`),
        })}{' '}
        <Anchor component={Link} to={`/plans/${open.id}`} size="sm" fw={600}>
          {t('plan.openAmendmentLink')}
        </Anchor>
      </Text>
    </Alert>
  );
}

const TABS = ['plan', 'progress', 'feedback', 'dialogue'] as const;
type PlanTab = (typeof TABS)[number];

function PlanEditor({ plan }: { plan: WorkPlanView }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  // monitoring (Realisasi, Umpan Balik, Dialog Kinerja) starts once the plan is approved
  const monitored = plan.status === 'approved';
  const requested = params.get('tab');
  const tab: PlanTab = monitored && TABS.includes(requested as PlanTab) ? (requested as PlanTab) : 'plan';
  const setTab = (next: string | null) => {
    const value = TABS.includes(next as PlanTab) ? (next as PlanTab) : 'plan';
    setParams(
      (p) => {
        const copy = new URLSearchParams(p);
        if (value === 'plan') copy.delete('tab');
        else copy.set('tab', value);
        return copy;
      },
      { replace: true },
    );
  };
  const [view, setView] = useState<'edit' | 'preview'>('edit');
  const [amending, setAmending] = useState(false);
  const { state: assessor } = useAssessorPlan(plan, plan.can.edit);
  const isOwner = user.employeeId === plan.employeeId;
  const reviewing = plan.can.review;
  const changes: 'last' | 'previous' | null =
    plan.status === 'returned' && (isOwner || plan.can.edit) ? 'last' : reviewing ? 'previous' : null;

  return (
    <>
      <PageHeader
        title={t('plan.title', { year: plan.cycleYear })}
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <Text span size="sm">
              {plan.employee.name}
            </Text>
            <StatusChip status={plan.status} testId="plan-status" />
            <Text span size="sm" data-testid="plan-revision-label">
              {revisionLabel(plan.revision, t)}
            </Text>
            <Text span size="sm">
              · {t(`terms.approach.${plan.approach}`)}
            </Text>
          </Group>
        }
        actions={
          <>
            <Button
              component={Link}
              to={isOwner ? '/plans/mine' : reviewing ? '/plans/inbox' : '/plans/mine'}
              variant="default"
            >
              {isOwner ? t('plan.backMine') : t('plan.backInbox')}
            </Button>
            <Button
              component="a"
              href={downloadUrl(`/work-plans/${plan.id}/document.pdf`)}
              target="_blank"
              rel="noopener"
              variant="light"
              data-testid="plan-pdf"
            >
              {t('plan.pdf')}
            </Button>
            {plan.can.amend ? (
              <Button
                variant="light"
                color="grape"
                onClick={() => setAmending(true)}
                data-testid="plan-amend"
              >
                {t('plan.amend.button')}
              </Button>
            ) : null}
          </>
        }
      />
      {monitored ? (
        <Tabs value={tab} onChange={setTab} keepMounted={false} mb="md">
          <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
            <Tabs.Tab value="plan" data-testid="tab-plan">
              {t('plan.tabs.plan')}
            </Tabs.Tab>
            <Tabs.Tab value="progress" data-testid="tab-progress">
              {t('plan.tabs.progress')}
            </Tabs.Tab>
            <Tabs.Tab value="feedback" data-testid="tab-feedback">
              {t('plan.tabs.feedback')}
            </Tabs.Tab>
            <Tabs.Tab value="dialogue" data-testid="tab-dialogue">
              {t('plan.tabs.dialogue')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="progress" pt="md">
            <ProgressSection planId={plan.id} />
          </Tabs.Panel>
          <Tabs.Panel value="feedback" pt="md">
            <FeedbackSection plan={plan} />
          </Tabs.Panel>
          <Tabs.Panel value="dialogue" pt="md">
            <DialogueSection plan={plan} />
          </Tabs.Panel>
        </Tabs>
      ) : null}
      <Stack gap="md" display={tab === 'plan' ? undefined : 'none'}>
        <SegmentedControl
          value={view}
          onChange={(v) => setView(v === 'preview' ? 'preview' : 'edit')}
          data={[
            {
              value: 'edit',
              label: plan.can.edit || plan.can.editBehaviours ? t('plan.view.edit') : t('plan.view.read'),
            },
            { value: 'preview', label: t('plan.view.preview') },
          ]}
          aria-label={t('plan.view.label')}
          data-testid="plan-preview-toggle"
          style={{ alignSelf: 'flex-start' }}
        />
        {plan.ended && plan.endDate ? (
          <Alert color="gray" data-testid="plan-ended">
            <Text size="sm">
              {t('planSpans.endedAlert', { date: formatDate(plan.endDate, i18n.language) })}
            </Text>
          </Alert>
        ) : null}
        {!plan.isCurrent && plan.status === 'approved' ? <OldVersionAlert plan={plan} /> : null}
        {plan.isCurrent && plan.status === 'approved' ? <OpenAmendmentAlert plan={plan} /> : null}
        {plan.status === 'returned' ? <ReturnedAlert plan={plan} /> : null}
        {plan.status === 'submitted' && !reviewing && isOwner ? (
          <Alert color="blue" data-testid="plan-waiting">
            {t('plan.waitingApproval', { name: plan.assessor?.name ?? '' })}
          </Alert>
        ) : null}
        {plan.amendsId && plan.status !== 'approved' ? (
          <Alert color="grape" variant="light" data-testid="plan-amendment">
            <Text size="sm">{t('plan.amendmentDraft', { reason: plan.amendmentReason ?? '' })}</Text>
          </Alert>
        ) : null}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: view === 'preview' ? 12 : 8 }}>
            <Stack gap="lg">
              {reviewing ? <ReviewPanel plan={plan} /> : null}
              {plan.can.edit || plan.can.submit ? <SubmitPanel plan={plan} assessor={assessor} /> : null}
              {changes ? <ChangesPanel plan={plan} against={changes} /> : null}
              {view === 'preview' ? (
                <PlanDocument plan={plan} />
              ) : (
                <>
                  <PlanInfoCard plan={plan} />
                  <ResultsSection plan={plan} assessor={assessor} />
                  <BehavioursSection plan={plan} />
                  <AnnexSection plan={plan} />
                </>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: view === 'preview' ? 12 : 4 }}>
            <Stack gap="md">
              <DialoguePanel plan={plan} />
              <VersionsPanel planId={plan.id} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      <AmendModal planId={plan.id} opened={amending} onClose={() => setAmending(false)} />
    </>
  );
}

/**
 * One SKP: the editor for its owner (draft/returned), the review page for its assessor (submitted), a read-only
 * view otherwise. What is shown follows `plan.can`.
 */
export function PlanPage() {
  const { id = '' } = useParams();
  const query = useWorkPlan(id);
  return (
    <QueryState query={query} notFound>
      {(plan) => <PlanEditor key={plan.id} plan={plan} />}
    </QueryState>
  );
}

export default PlanPage;
