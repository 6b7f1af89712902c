import { LOCALE_NAMES, type Locale } from '#surveys/i18n/locales'

/** The names of a person's columns, in the page's own words. */
export interface PersonLabels {
  name: string
  email: string
  group: string
  language: string
}

/** The first heads of a table of people (contacts, invitations): name, email, group, language. */
export function PersonHeads(props: { labels: PersonLabels }) {
  const t = props.labels
  return (
    <>
      <th scope="col">{t.name}</th>
      <th scope="col">{t.email}</th>
      <th scope="col">{t.group}</th>
      <th scope="col">{t.language}</th>
    </>
  )
}

/**
 * A person's first cells in a stacked table: the name heads the row (the card's title on a
 * phone), then email, group (already in the reader's words) and language, each labelled.
 */
export function PersonCells(props: {
  labels: PersonLabels
  name: string
  email: string
  group: string
  language: Locale
}) {
  const t = props.labels
  return (
    <>
      <th scope="row">{props.name}</th>
      <td class="email" data-label={t.email}>
        {props.email}
      </td>
      <td data-label={t.group}>{props.group}</td>
      <td data-label={t.language}>{LOCALE_NAMES[props.language]}</td>
    </>
  )
}
