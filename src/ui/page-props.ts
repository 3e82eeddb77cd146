/** What the router hands every page. */
export interface PageProps {
  params: Readonly<Record<string, string>>
  query: URLSearchParams
}
