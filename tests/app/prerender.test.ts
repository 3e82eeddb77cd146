import { describe, expect, it } from 'vitest'
import { diplomas, roles } from 'virtual:content'
import { pagesToBuild } from '@/app/prerender'

describe('pagesToBuild', () => {
  const pages = pagesToBuild()
  const paths = pages.map((page) => page.path)

  it('builds a public page for every diploma, from the diploma page’s module', () => {
    expect(paths).toContain('/formations/bts-ndrc')
    for (const diploma of diplomas) {
      const page = pages.find((p) => p.path === `/formations/${diploma.id}`)
      expect(page, diploma.id).toEqual({
        path: `/formations/${diploma.id}`,
        personal: false,
        file: 'src/features/guide/diploma-page.tsx',
      })
    }
  })

  it('still builds the guide, every job, and no page for a parameter itself', () => {
    expect(paths).toContain('/formations')
    for (const role of roles) expect(paths).toContain(`/metiers/${role.id}`)
    expect(paths.filter((path) => path.includes(':'))).toEqual([])
    expect(new Set(paths).size).toBe(paths.length)
  })
})
