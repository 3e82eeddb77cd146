/** Hands a file made on this device to the browser to save. Nothing leaves the device. */
export function downloadBlob(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** A text (a CSV, a session file) as a file to save. */
export function downloadFile(name: string, text: string, type: string) {
  downloadBlob(name, new Blob([text], { type }))
}
