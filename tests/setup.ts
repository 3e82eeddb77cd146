import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// Lazy pages and their content load on demand: on a busy two-core machine that can take many
// seconds. A generous wait is a hang guard, not a speed check (the project's timeout is 60 s).
configure({ asyncUtilTimeout: 30_000 })

afterEach(() => {
  if (typeof window === 'undefined') return
  cleanup()
  localStorage.clear()
  window.location.hash = ''
})
