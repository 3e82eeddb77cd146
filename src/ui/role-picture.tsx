import './role-picture.css'
/**
 * A picture for each job, drawn for this project: a warm disc, a sand card and the job's own
 * symbol in 24-unit strokes (the app's icon style). A few hundred bytes each, inline, so there is
 * nothing to load. Decorative: the job's name is always written beside it.
 */
const SYMBOLS: Record<string, string> = {
  // A headset: answering customers.
  'conseiller-clientele':
    'M4 14v-2a8 8 0 0 1 16 0v2M4 14h3v5H4zM17 14h3v5h-3zM20 19a3 3 0 0 1-3 3h-4',
  // A wrench: technical support.
  'support-technique':
    'M14.7 6.3a4 4 0 0 0 5 5l-8.4 8.4a2.1 2.1 0 0 1-3-3l8.4-8.4a4 4 0 0 0-2-2zM14.7 6.3l3-3',
  // A lifebuoy: assistance.
  'charge-assistance':
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6',
  // A magnifier over a tick: quality.
  'charge-qualite': 'M10.5 18a7.5 7.5 0 1 0 0-15 7.5 7.5 0 0 0 0 15zM21 21l-5-5M7.5 10.5l2 2 4-4',
  // A shield with a coin: banking and insurance.
  'conseiller-banque-assurance':
    'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM12 8v8M14.5 9.5h-3.3a1.6 1.6 0 0 0 0 3.2h1.6a1.6 1.6 0 0 1 0 3.2H9.5',
  // An open hand: sign language.
  'conseiller-lsf':
    'M7 11V5.5a1.5 1.5 0 0 1 3 0V11M10 10V4a1.5 1.5 0 0 1 3 0v6M13 10V5a1.5 1.5 0 0 1 3 0v7M16 12v-2.5a1.5 1.5 0 0 1 3 0V15a7 7 0 0 1-7 7 7 7 0 0 1-6-3.5L3.5 14a1.5 1.5 0 0 1 2.6-1.5L7 14',
  // A globe: other languages.
  'conseiller-multilingue':
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18',
  // A board with a rising line: training.
  formateur: 'M3 4h18v12H3zM12 16v4M8 20h8M7 12l3-3 2 2 5-5',
  // A calendar: planning.
  planificateur: 'M4 5h16v16H4zM4 10h16M8 3v4M16 3v4M8 14h2M14 14h2M8 17h2',
  // A phone with a message: digital channels.
  'relation-client-digitale': 'M6 2h9v20H6zM9.5 18.5h2M13 7h8v6h-4l-3 2.5V13h-1z',
  // A target: running a floor.
  'responsable-plateau':
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM12 12h.01',
  // Two people: leading a team.
  superviseur:
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2 20a7 7 0 0 1 14 0M16 4.3a3.5 3.5 0 0 1 0 6.4M18 13.5a7 7 0 0 1 4 6.5',
  // A price tag: selling.
  televendeur: 'M3 12V4h8l10 10-8 8zM7.5 8.5h.01',
  // A document: written requests, behind the scenes.
  'back-office': 'M6 2h8l5 5v15H6zM14 2v5h5M9 12h7M9 15.5h7M9 19h4',
}

export function RolePicture({ roleId, className }: { roleId: string; className?: string }) {
  const symbol = SYMBOLS[roleId]
  if (!symbol) return null
  return (
    <svg
      className={className ? `role-picture ${className}` : 'role-picture'}
      viewBox="0 0 64 64"
      aria-hidden="true"
      focusable="false"
      data-role={roleId}
    >
      <rect className="role-picture__card" width="64" height="64" rx="16" />
      <circle className="role-picture__disc" cx="46" cy="18" r="12" />
      <path className="role-picture__symbol" d={symbol} transform="translate(14 14) scale(1.5)" />
    </svg>
  )
}
