import { useState } from 'preact/hooks'
import { commonText } from '#surveys/i18n/common'
import { invitationsText } from '#surveys/i18n/invitations'
import { Empty, ErrorState, Loading } from '../../../shared/components/states.tsx'
import { useLocale } from '../../../shared/locale.tsx'
import type { AssessmentTabProps } from '../../assessment-types.ts'
import { InvitationsTable } from '../../invitations/invitations-table.tsx'
import { InviteForm } from '../../invitations/invite-form.tsx'
import { OutboxTable } from '../../invitations/outbox-table.tsx'
import { RatesTable } from '../../invitations/rates-table.tsx'
import { RemindNow } from '../../invitations/remind-now.tsx'
import { ReminderSchedule } from '../../invitations/reminder-schedule.tsx'
import { TemplateEditor } from '../../invitations/template-editor.tsx'
import { TimelineTable } from '../../invitations/timeline-table.tsx'
import { type InvitationsData, useInvitations } from '../../invitations/use-invitations.ts'

/**
 * Invitations by email: invite contacts, remind non-responders, who was invited, response rates
 * and their timeline, the outbox; the message templates and the reminder schedule.
 */
export function InvitationsTab({ assessment }: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = invitationsText[locale]
  const common = commonText[locale]
  const data = useInvitations(assessment.id, assessment.organisationId)
  const [message, setMessage] = useState<string>()
  const open = assessment.status === 'draft' || assessment.status === 'open'
  /** A change's sentence, announced; the lists and the outbox reload to show it. */
  const announce = (sentence: string) => {
    setMessage(sentence)
    data.reload()
  }
  return (
    <div class="stack">
      <div>
        <h2>{t.title}</h2>
        <p class="lead">{t.lead}</p>
      </div>
      <div role="status" aria-live="polite">
        {message && <p class="notice">{message}</p>}
      </div>
      {data.state === 'loading' && <Loading label={common.loading} />}
      {data.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={data.reload} />
      )}
      {data.state === 'ready' && (
        <>
          {open ? (
            <>
              <InviteForm
                locale={locale}
                assessmentId={assessment.id}
                groups={data.data.groups}
                contacts={data.data.contacts}
                onInvited={announce}
              />
              {data.data.invitations.length > 0 && (
                <RemindNow
                  locale={locale}
                  assessmentId={assessment.id}
                  rules={data.data.schedule}
                  onReminded={announce}
                />
              )}
            </>
          ) : (
            <p class="notice">{t.closed}</p>
          )}
          <InvitationSections data={data.data} assessmentId={assessment.id} />
          {open && (
            <>
              <TemplateEditor locale={locale} assessmentId={assessment.id} onNotice={announce} />
              <ReminderSchedule
                locale={locale}
                assessmentId={assessment.id}
                rules={data.data.schedule}
                onSaved={announce}
              />
            </>
          )}
        </>
      )}
    </div>
  )
}

function InvitationSections(props: { data: InvitationsData; assessmentId: string }) {
  const { locale } = useLocale()
  const t = invitationsText[locale]
  const { groups, invitations, rates, timeline, outbox } = props.data
  const names = new Map(groups.map((group) => [group.key, group.names[locale]]))
  const groupName = (key: string) => names.get(key) ?? key
  if (invitations.length === 0) {
    return (
      <Empty title={t.none}>
        <p>{t.noneBody}</p>
      </Empty>
    )
  }
  return (
    <>
      <section class="stack" aria-labelledby="invited-title">
        <h3 id="invited-title">{t.listTitle}</h3>
        <InvitationsTable locale={locale} invitations={invitations} groupName={groupName} />
      </section>
      <RatesTable locale={locale} rates={rates} groupName={groupName} />
      <TimelineTable locale={locale} timeline={timeline} groupName={groupName} />
      <OutboxTable locale={locale} assessmentId={props.assessmentId} messages={outbox} />
    </>
  )
}
