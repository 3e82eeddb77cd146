/**
 * A small picture for each section of the questionnaire, drawn for this project (24-unit strokes,
 * as the app's icons): it tells at a glance that the subject changed. Decorative: the section's
 * name is written beside it.
 */
const PICTURES: Record<string, string> = {
  // Where you are: a person.
  profil: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  // What you enjoy: a star.
  interets: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
  // Real situations: two speech bubbles.
  situations:
    'M3 5h11a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2H8l-4 3v-3H3zM16 9h3a2 2 0 0 1 2 2v5h-1v3l-3-3h-4a2 2 0 0 1-2-2',
  // Working conditions: a clock.
  conditions: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
  // Technical: a wrench.
  technique:
    'M14.7 6.3a4 4 0 0 0 5 5l-8.4 8.4a2.1 2.1 0 0 1-3-3l8.4-8.4a4 4 0 0 0-2-2zM14.7 6.3l3-3',
  // Leading a team: two people.
  encadrement:
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2 20a7 7 0 0 1 14 0M16 4.3a3.5 3.5 0 0 1 0 6.4M18 13.5a7 7 0 0 1 4 6.5',
  // Selling: a price tag.
  vente: 'M3 12V4h8l10 10-8 8zM7.5 8.5h.01',
  // Languages: a globe.
  langues:
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18',
  // Banking and insurance: a shield.
  'banque-assurance': 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM9 12l2 2 4-4',
}

export function SectionPicture({ section }: { section: string }) {
  const path = PICTURES[section]
  if (!path) return null
  return (
    <svg className="section-picture" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={path} />
    </svg>
  )
}
