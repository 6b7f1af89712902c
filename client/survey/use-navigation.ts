import { useEffect, useState } from 'preact/hooks'
import { type Answers, type Item, isAnswered, type sectionsOf } from './model.ts'
import { usePageInUrl } from './page-in-url.ts'

type Section = ReturnType<typeof sectionsOf>[number]

/**
 * Which page is shown (0 = welcome, one per aspect, then review) and moving between them:
 * starting at the first open question, or going to a field named by the error summary and
 * focusing it once its page is drawn.
 */
export function useNavigation(sections: Section[], items: Item[], answers: Answers) {
  const reviewPage = sections.length + 1
  const [page, setPage] = usePageInUrl(reviewPage)
  const [focusTarget, setFocusTarget] = useState<string>()

  useEffect(() => {
    if (!focusTarget) return
    const target = document.getElementById(focusTarget)
    target?.focus()
    target?.scrollIntoView({ block: 'center' })
    setFocusTarget(undefined)
  }, [focusTarget])

  const goTo = (field: string) => {
    const index = sections.findIndex((s) => s.issues.some((i) => field.startsWith(`q-${i.id}-`)))
    if (index >= 0) setPage(index + 1)
    setFocusTarget(field)
  }

  const start = () => {
    const firstOpen = items.find((item) => !isAnswered(answers, item.key))
    const index = firstOpen ? sections.findIndex((s) => s.key === firstOpen.issue.aspect) : -1
    setPage(index >= 0 ? index + 1 : reviewPage)
  }

  return { page, setPage, reviewPage, goTo, start }
}
