import { absoluteHref } from '@/ui/router'
import { links } from '@/ui/links'

/** The full address of the results of a code: what the QR codes and the copied link hold. */
export const resultsUrl = (code: string) => absoluteHref(links.results(code))
