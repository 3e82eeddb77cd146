import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// Lazy pages and their content load on demand; on a busy CI machine that can take over a second.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  if (typeof window === 'undefined') return
  cleanup()
  localStorage.clear()
  window.location.hash = ''
})
