import { links } from '@/ui/links'
import { href } from '@/ui/router'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { useMessages } from '@/ui/use-locale'
import { ChannelsIllustration } from './channels-illustration'
import { homeMessages } from './messages'
import './home.css'

export default function HomePage(_props: PageProps) {
  const t = useMessages(homeMessages)
  const explore = [
    { path: '/metiers', title: t.rolesTitle, text: t.rolesText },
    { path: '/formations', title: t.guideTitle, text: t.guideText },
    { path: '/secteur', title: t.sectorTitle, text: t.sectorText },
  ]
  return (
    <div className="page home">
      <section className="hero" aria-labelledby="page-title">
        <div className="hero__text">
          <p className="kicker">{t.kicker}</p>
          <PageHeading>{t.title}</PageHeading>
          <p className="lead">{t.lead}</p>
          <div className="start-choices" role="group" aria-label={t.startGroup}>
            <a className="button button--primary button--large" href={links.startQuiz('short')}>
              {t.startShort}
              <span className="button__hint">{t.startShortHint}</span>
            </a>
            <a className="button button--large" href={links.startQuiz('full')}>
              {t.startFull}
              <span className="button__hint">{t.startFullHint}</span>
            </a>
          </div>
          <p className="muted">{t.privacy}</p>
        </div>
        <ChannelsIllustration />
      </section>

      <section aria-labelledby="explore-title">
        <h2 id="explore-title">{t.exploreTitle}</h2>
        <ul className="card-grid">
          {explore.map((card) => (
            <li key={card.path} className="card card--link">
              <h3>
                <a href={href(card.path)}>{card.title}</a>
              </h3>
              <p>{card.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="staff-title" className="panel">
        <h2 id="staff-title">{t.staffTitle}</h2>
        <p>{t.staffText}</p>
        <p className="inline-links">
          <a href={href('/classe')}>{t.classroomLink}</a>
          <a href={href('/integrer')}>{t.embedLink}</a>
        </p>
      </section>
    </div>
  )
}
