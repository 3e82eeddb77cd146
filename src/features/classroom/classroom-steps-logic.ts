/** The class session's steps, in order, and where each one leads. The URL holds the step (`?etape=`). */

export const CLASSROOM_STEPS = ['preparer', 'projeter', 'vrai-ou-faux', 'codes', 'tableau'] as const
export type ClassroomStep = (typeof CLASSROOM_STEPS)[number]

export const STEP_PARAM = 'etape'

/** The step a URL asks for; the set-up when it asks for none or for one that does not exist. */
export function readStep(query: URLSearchParams): ClassroomStep {
  const value = query.get(STEP_PARAM)
  return CLASSROOM_STEPS.find((step) => step === value) ?? 'preparer'
}

/** The step after this one: the warm-up comes after the link only when the session plays it. */
export function nextStep(step: ClassroomStep, warmUp: boolean): ClassroomStep | undefined {
  if (step === 'projeter' && !warmUp) return 'codes'
  return CLASSROOM_STEPS[CLASSROOM_STEPS.indexOf(step) + 1]
}

/** The step before this one, skipping the warm-up when the session does not play it. */
export function previousStep(step: ClassroomStep, warmUp: boolean): ClassroomStep | undefined {
  if (step === 'codes' && !warmUp) return 'projeter'
  return CLASSROOM_STEPS[CLASSROOM_STEPS.indexOf(step) - 1]
}
