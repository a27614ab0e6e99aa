import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import type { ErrorDetail } from '../../../lib/api/errors';
import { placeServerFieldErrors } from '../../../lib/employer-field-errors';
import { useCreateJob } from '../api/create-job';
import type { MyOrganization } from '../../../lib/organizations/my-organizations';
import type { Job } from '../api/get-organization-jobs';
import { usePublishJob } from '../api/publish-job';
import { useUpdateJob } from '../api/update-job';
import { BasicsFieldset } from './basics-fieldset';
import { ConditionsFieldset } from './conditions-fieldset';
import { ConversionTrackFieldset } from './conversion-track-fieldset';
import { postingErrorKey } from './error-message';
import { LanguageRequirementsFieldset } from './language-requirements-fieldset';
import { LeaveGuard } from './leave-guard';
import { PublishConfirmModal } from './publish-confirm-modal';
import { ReadinessPanel } from './readiness-panel';
import { ReadinessShortcut } from './readiness-shortcut';
import { SalaryFieldset } from './salary-fieldset';
import { SkillsFieldset } from './skills-fieldset';
import { TextsFieldset } from './texts-fieldset';
import { UnplacedErrors } from './unplaced-errors';
import { usePostingReadiness } from './use-posting-readiness';
import {
  createBody,
  emptyPosting,
  formValuesOf,
  placePostingError,
  postingSchema,
  updateBody,
  type PostingFormValues,
} from './posting-schema';
import classes from './postings.module.css';

export type EditorNotice = 'created' | 'saved' | 'published';

interface PostingEditorProps {
  organization: MyOrganization;
  /** The saved posting; without it the editor writes a new draft. */
  job?: Job;
  notice?: EditorNotice | null;
}

/** The posting form with the live sponsorship readiness beside it (under it on phones). */
export function PostingEditor({ organization, job, notice: initialNotice = null }: PostingEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const creation = useCreateJob();
  const update = useUpdateJob();
  const publication = usePublishJob();
  const [notice, setNotice] = useState<EditorNotice | null>(initialNotice);
  const [formError, setFormError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<ErrorDetail[]>([]);
  const [awaitingConfirmation, setAwaitingConfirmation] = useState<Job | null>(null);
  const form = useForm<PostingFormValues>({
    resolver: zodResolver(postingSchema),
    defaultValues: job ? formValuesOf(job) : emptyPosting(organization.country),
  });
  const values = form.watch();
  const dirty = form.formState.isDirty;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const leaving = useRef(false);
  const readiness = usePostingReadiness(values, organization, job?.id, dirty);
  const closed = job?.status === 'closed';
  const codeCheck = readiness.assessment?.requirements.find((requirement) => requirement.id === 'e7-occupation-code');
  const e7Code = codeCheck && codeCheck.value === values.occupationCode.trim() ? codeCheck.met : null;

  const startSubmit = () => {
    setFormError(null);
    setUnplaced([]);
    setNotice(null);
  };

  const showError = (error: unknown) => {
    const placement = placeServerFieldErrors(error, form.setError, placePostingError);
    if (placement && placement.unplaced.length === 0) return;
    setFormError(error);
    setUnplaced(placement?.unplaced ?? []);
  };

  const save = (formValues: PostingFormValues): Promise<Job> =>
    job ? update.mutateAsync({ id: job.id, body: updateBody(formValues) }) : creation.mutateAsync(createBody(organization.id, formValues));

  const settle = (saved: Job, next: EditorNotice) => {
    if (!job) {
      leaving.current = true;
      void navigate(`/postings/${saved.id}/edit`, { replace: true, state: { notice: next } });
      return;
    }
    form.reset(formValuesOf(saved));
    setNotice(next);
  };

  const publish = async (saved: Job) => {
    try {
      const published = await publication.mutateAsync(saved.id);
      setAwaitingConfirmation(null);
      settle(published, 'published');
    } catch (error) {
      setAwaitingConfirmation(null);
      setFormError(error);
    }
  };

  const onSave = form.handleSubmit(async (formValues) => {
    startSubmit();
    try {
      settle(await save(formValues), job ? 'saved' : 'created');
    } catch (error) {
      showError(error);
    }
  });

  const onPublish = form.handleSubmit(async (formValues) => {
    startSubmit();
    try {
      const saved = job && !dirty ? job : await save(formValues);
      if (job && dirty) form.reset(formValuesOf(saved));
      if (saved.visaWarnings.some((warning) => warning.severity === 'error')) {
        setAwaitingConfirmation(saved);
        return;
      }
      await publish(saved);
    } catch (error) {
      showError(error);
    }
  });

  const draft = !job || job.status === 'draft';
  const busy = creation.isPending || update.isPending || publication.isPending;

  return (
    <div className={classes.editorLayout}>
      <form onSubmit={onSave} noValidate aria-labelledby="posting-editor-heading" className={classes.editorForm}>
        <ReadinessShortcut assessment={readiness.assessment} />
        <div role="status" className={classes.notices}>
          {notice ? (
            <Alert color="teal" variant="light" mb="md">
              {t(`postings.editor.notice.${notice}`)}{' '}
              {notice === 'published' && job ? (
                <Anchor component={Link} to={`/postings/${job.id}/applicants`} fw={600} underline="always">
                  {t('postings.editor.notice.applicants')}
                </Anchor>
              ) : null}
            </Alert>
          ) : null}
        </div>
        {closed ? (
          <Alert color="gray" variant="light" mb="md">
            {t('postings.editor.closedNotice')}
          </Alert>
        ) : null}
        <ErrorAlert error={formError} messageKey={postingErrorKey(formError)} />
        <UnplacedErrors details={unplaced} />
        <fieldset disabled={closed} className={classes.bareFieldset}>
          <Stack gap="lg">
            <TextsFieldset form={form} />
            <BasicsFieldset form={form} e7Code={e7Code} />
            <SalaryFieldset form={form} />
            {values.employmentType === 'internship' ? <ConversionTrackFieldset form={form} /> : null}
            <LanguageRequirementsFieldset form={form} />
            <SkillsFieldset form={form} />
            <ConditionsFieldset form={form} />
            <Group gap="sm" className={classes.actions}>
              <Button type="submit" variant={draft ? 'default' : 'filled'} size="md" loading={creation.isPending || update.isPending} disabled={busy}>
                {t(draft ? 'postings.editor.saveDraft' : 'postings.editor.saveChanges')}
              </Button>
              {draft ? (
                <Button type="button" size="md" onClick={() => void onPublish()} loading={publication.isPending} disabled={busy}>
                  {t('postings.editor.publish')}
                </Button>
              ) : null}
              <Anchor component={Link} to="/postings" fw={600}>
                {t('postings.editor.backToList')}
              </Anchor>
            </Group>
          </Stack>
        </fieldset>
      </form>
      <aside className={classes.editorAside} aria-labelledby="readiness-heading">
        <ReadinessPanel
          assessment={readiness.assessment}
          source={readiness.source}
          checking={readiness.checking}
          error={readiness.error}
          onRetry={readiness.retry}
        />
      </aside>
      <LeaveGuard dirty={dirtyRef} leaving={leaving} />
      <PublishConfirmModal
        job={awaitingConfirmation}
        publishing={publication.isPending}
        onConfirm={(saved) => void publish(saved)}
        onCancel={() => {
          setAwaitingConfirmation(null);
          if (!job && awaitingConfirmation) settle(awaitingConfirmation, 'created');
        }}
      />
    </div>
  );
}
