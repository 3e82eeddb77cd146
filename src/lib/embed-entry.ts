/**
 * The embed's own HTML file: the same app as `index.html`, under a name that a host's headers can
 * allow in frames (`frame-ancestors` cannot depend on the `?integre=1` query). The build writes it.
 */
export const EMBED_ENTRY = 'integre.html'
