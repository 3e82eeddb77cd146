/**
 * Pure: a diploma's full name as it reads after its short name, without saying the kind twice
 * (« BTS NDRC — Négociation et digitalisation… », not « BTS NDRC — BTS Négociation… »). The
 * kind goes only when a capitalised title follows it, so an English « BTS in Negotiation… »
 * keeps its grammar.
 */
export function nameAfterShort(short: string, name: string): string {
  const kind = short.split(' ')[0] ?? ''
  if (!kind || !name.startsWith(`${kind} `)) return name
  const rest = name.slice(kind.length + 1)
  return /^\p{Lu}/u.test(rest) ? rest : name
}
