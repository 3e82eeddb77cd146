/**
 * The folder the app is served from (`https://school.example/orientation/`), whatever page is
 * open: every built page names it in its `<base href>` (`../../` two folders down). The embed's
 * file and the tests, which have no `<base>`, are served from that folder itself.
 */
export function appRoot(): URL {
  if (typeof document === 'undefined') return new URL('http://localhost/')
  return new URL('./', document.baseURI)
}
