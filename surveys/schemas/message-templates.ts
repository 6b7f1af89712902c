import * as v from 'valibot'
import { problemText, templateProblems } from '../domain/template-check.ts'
import { LOCALES } from '../i18n/locales.ts'
import { IsoDate } from './assessments.ts'

/** The message kinds an assessment words for itself. */
export const TEMPLATE_KINDS = ['invitation', 'reminder'] as const

export const TemplateKind = v.picklist(TEMPLATE_KINDS)
export const TemplateLanguage = v.picklist(LOCALES)

const problemsOf = (field: 'subject' | 'body') => (input: { subject: string; body: string }) =>
  templateProblems(input)[field].map(problemText)

/**
 * `PUT …/templates/:kind/:language`, and the text a preview or test send renders: a subject and
 * a body whose placeholders are known and whose body holds `{link}`.
 */
export const MessageTemplateBody = v.pipe(
  v.object({
    subject: v.pipe(
      v.string('Write a subject.'),
      v.trim(),
      v.nonEmpty('Write a subject.'),
      v.maxLength(300, 'Keep the subject under 300 characters.'),
    ),
    body: v.pipe(
      v.string('Write the message.'),
      v.trim(),
      v.nonEmpty('Write the message.'),
      v.maxLength(20_000, 'Keep the message under 20,000 characters.'),
    ),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    for (const field of ['subject', 'body'] as const) {
      for (const message of problemsOf(field)(dataset.value)) {
        addIssue({
          message,
          path: [
            {
              type: 'object',
              origin: 'value',
              input: dataset.value,
              key: field,
              value: dataset.value[field],
            },
          ],
        })
      }
    }
  }),
)
export type MessageTemplateBody = v.InferOutput<typeof MessageTemplateBody>

/** A preview or test send: which kind and language, and the text as it stands in the editor. */
export const TemplateTrial = v.object({
  kind: TemplateKind,
  language: TemplateLanguage,
  template: MessageTemplateBody,
  deadline: v.optional(IsoDate),
})
export type TemplateTrial = v.InferOutput<typeof TemplateTrial>

/** `PUT …/reminder-schedule`: days after the invitation, the maximum count and the gap. */
export const ReminderScheduleBody = v.pipe(
  v.object({
    days: v.pipe(
      v.array(
        v.pipe(
          v.number('Days are whole numbers.'),
          v.integer('Days are whole numbers.'),
          v.minValue(1, 'A reminder comes at least a day after the invitation.'),
          v.maxValue(365, 'At most 365 days after the invitation.'),
        ),
      ),
      v.maxLength(10, 'At most 10 scheduled reminders.'),
      v.transform((days) => [...new Set(days)].sort((a, b) => a - b)),
    ),
    maxReminders: v.pipe(
      v.number(),
      v.integer('A whole number.'),
      v.minValue(0, 'Zero or more.'),
      v.maxValue(10, 'At most 10 reminders.'),
    ),
    minGapDays: v.pipe(
      v.number(),
      v.integer('A whole number.'),
      v.minValue(1, 'At least 1 day.'),
      v.maxValue(90, 'At most 90 days.'),
    ),
  }),
)
export type ReminderScheduleBody = v.InferOutput<typeof ReminderScheduleBody>
