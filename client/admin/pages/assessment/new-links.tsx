import { useEffect, useRef, useState } from 'preact/hooks'
import { linksText } from '#surveys/i18n/assessment-links'
import { CSV_CONTENT_TYPE } from '#surveys/reports/csv'
import { useLocale } from '../../../shared/locale.tsx'
import type { Group, NewLink } from '../../assessment-types.ts'
import { dataUrlBlob, downloadBlob, linksCsv, qrPng, qrSvg } from '../../downloads.ts'
import type { CreatedBatch } from './use-create-links.ts'

/**
 * Links just made, with the CSV of a batch and the QR code of a single link. Single-use links
 * are shown this once; an open link can be shown again from the list.
 */
export function NewLinks(props: { batch: CreatedBatch; groups: Group[] }) {
  const { locale } = useLocale()
  const t = linksText[locale]
  const { batch } = props
  const heading = useRef<HTMLHeadingElement>(null)
  const groupName = props.groups.find((g) => g.key === batch.group)?.names[locale] ?? batch.group
  useEffect(() => heading.current?.focus(), [batch])
  const [single] = batch.links
  return (
    <section class="card new-links" aria-labelledby="new-links-title">
      <h3 id="new-links-title" ref={heading} tabIndex={-1}>
        {batch.again ? t.openTitle : t.newTitle}
      </h3>
      {batch.kind === 'open' ? (
        <p class="notice">{t.openKept}</p>
      ) : (
        <p class="notice notice--warning">{t.newWarning}</p>
      )}
      {batch.kind === 'single-use' && batch.links.length > 1 && (
        <div class="button-row">
          <p class="new-links-count">{t.newCount(batch.links.length)}</p>
          <button
            type="button"
            class="button"
            onClick={() =>
              downloadBlob(
                `survey-links-${batch.group}.csv`,
                new Blob([linksCsv(batch.group, batch.links)], { type: CSV_CONTENT_TYPE }),
              )
            }
          >
            {t.downloadCsv}
          </button>
        </div>
      )}
      {batch.links.length === 1 && single && (
        <SingleLink link={single} group={batch.group} groupName={groupName} />
      )}
    </section>
  )
}

function SingleLink(props: {
  link: Pick<NewLink, 'id' | 'url'>
  group: string
  groupName: string
}) {
  const t = linksText[useLocale().locale]
  const { link } = props
  const [preview, setPreview] = useState<string | undefined>()
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    let live = true
    qrPng(link.url).then((png) => live && setPreview(png))
    return () => {
      live = false
    }
  }, [link.url])
  const name = `survey-qr-${props.group}-${link.id}`
  return (
    <div class="single-link">
      <div>
        <label for="new-link-url">{t.linkFor(props.groupName)}</label>
        <div class="copy-row">
          <input
            id="new-link-url"
            type="url"
            readOnly
            value={link.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            class="button button--secondary"
            onClick={async () => {
              await navigator.clipboard?.writeText(link.url)
              setCopied(true)
            }}
          >
            {t.copy}
          </button>
        </div>
        <p class="saved-note" role="status">
          {copied ? t.copied : ''}
        </p>
        <div class="button-row">
          <button
            type="button"
            class="button button--secondary"
            onClick={async () =>
              downloadBlob(
                `${name}.svg`,
                new Blob([await qrSvg(link.url)], { type: 'image/svg+xml' }),
              )
            }
          >
            {t.qrSvg}
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={async () => downloadBlob(`${name}.png`, dataUrlBlob(await qrPng(link.url)))}
          >
            {t.qrPng}
          </button>
        </div>
      </div>
      {preview && (
        <img
          class="qr-preview"
          src={preview}
          alt={t.qrAlt(props.groupName)}
          width="160"
          height="160"
        />
      )}
    </div>
  )
}
