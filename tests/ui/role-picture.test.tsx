import { readdirSync } from 'node:fs'
import path from 'node:path'
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RolePicture } from '@/ui/role-picture'

const roleIds = readdirSync(path.resolve(__dirname, '../../content/roles'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''))

describe('job pictures', () => {
  it('draw a picture for every job in the content, hidden from screen readers', () => {
    expect(roleIds.length).toBeGreaterThan(10)
    for (const id of roleIds) {
      const { container, unmount } = render(<RolePicture roleId={id} />)
      const svg = container.querySelector('svg')
      expect(svg, id).not.toBeNull()
      expect(svg).toHaveAttribute('aria-hidden', 'true')
      expect(svg?.querySelector('.role-picture__symbol')?.getAttribute('d')).toMatch(/^M/)
      unmount()
    }
  })

  it('draw nothing for an unknown job rather than a wrong picture', () => {
    const { container } = render(<RolePicture roleId="inconnu" />)
    expect(container.querySelector('svg')).toBeNull()
  })
})
