import { expect, test, type Page } from '@playwright/test'
import { openRoute } from './helpers'
import { answerWithMouse, heading, progress } from './quiz-helpers'

/** Actors started, not created: a render React throws away makes an actor that never runs. */
const actorsStarted = (page: Page) => page.evaluate(() => window.__capActorCount ?? 0)

test('one quiz actor for ten questions, Back and Forward; a reload lands on the same question with every answer', async ({
  page,
}) => {
  await openRoute(page, '/quiz?longueur=complete')
  await page.getByRole('button', { name: 'Commencer' }).click()
  const visited: string[] = []
  for (let i = 0; i < 10; i++) {
    await expect(page).toHaveURL(/quiz\/\?question=[a-z-]+$/)
    // The address follows each move once the next question is painted.
    if (i > 0) await expect(page).not.toHaveURL(visited.at(-1) as string)
    await expect.poll(() => progress(page)).toEqual([i + 1, expect.any(Number)])
    visited.push(page.url())
    await answerWithMouse(page, 0)
  }
  await expect(page).not.toHaveURL(visited.at(-1) as string)
  await page.goBack()
  await expect(page).toHaveURL(visited.at(-1) as string)
  await expect(page.locator('fieldset input').first()).toBeChecked()
  await page.goBack()
  await expect(page).toHaveURL(visited.at(-2) as string)
  await page.goForward()
  await expect(page).toHaveURL(visited.at(-1) as string)
  expect(await progress(page)).toEqual([10, expect.any(Number)])
  expect(await actorsStarted(page)).toBe(1)

  const answers = await page.evaluate(
    () => JSON.parse(localStorage.getItem('cap-relation-client') ?? '{}').state.quiz.answers,
  )
  expect(Object.keys(answers)).toHaveLength(10)
  await page.reload()
  await expect(page).toHaveURL(visited.at(-1) as string)
  await expect(heading(page)).toBeVisible()
  expect(await progress(page)).toEqual([10, expect.any(Number)])
  await expect(page.locator('fieldset input').first()).toBeChecked()
  const reloaded = await page.evaluate(
    () => JSON.parse(localStorage.getItem('cap-relation-client') ?? '{}').state.quiz.answers,
  )
  expect(reloaded).toEqual(answers)
  expect(await actorsStarted(page)).toBe(1)
})
