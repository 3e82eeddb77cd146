import { useMessages } from '@/ui/use-locale'
import { shellMessages } from './messages'
import { links } from '@/ui/links'
import { href } from '@/ui/router'

export function AppFooter() {
  const t = useMessages(shellMessages)
  return (
    <footer className="site-footer">
      <p>{t.footerPrivacy}</p>
      <nav aria-label={t.footerNav}>
        <ul>
          <li>
            <a href={links.glossary()}>{t.navGlossary}</a>
          </li>
          <li>
            <a href={href('/a-propos')}>{t.navAbout}</a>
          </li>
          <li>
            <a href={href('/integrer')}>{t.navEmbed}</a>
          </li>
          <li>
            <a href={href('/classe')}>{t.navClassroom}</a>
          </li>
        </ul>
      </nav>
      <p className="site-footer__small">
        {t.footerLicence} <a href="./licences.txt">{t.footerThirdParty}</a>
      </p>
    </footer>
  )
}
