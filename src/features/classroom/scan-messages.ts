import { defineMessages } from '@/lib/messages'

const students = (count: number) => `${count} élève${count > 1 ? 's' : ''}`

/** The camera scan's strings: loaded with the scanner, not with the class page. */
export const scanMessages = defineMessages({
  fr: {
    title: 'Scanner les QR codes des élèves',
    text: 'Chaque élève montre à la caméra le QR code de sa page de résultats, l’un après l’autre. Chaque code reçu rejoint la liste ; un code déjà reçu n’est pas ajouté une seconde fois.',
    starting: 'Ouverture de la caméra…',
    ready: 'Caméra prête : montrez un QR code de résultats.',
    video: 'Image de la caméra',
    sound: 'Un son à chaque code reçu',
    stop: 'Arrêter la caméra',
    close: 'Fermer',
    received: (code: string, count: number) => `Reçu : ${code} (${students(count)})`,
    duplicate: (code: string) => `Déjà reçu : ${code}, il n’est pas ajouté une seconde fois.`,
    alreadyFlag: 'Déjà reçu',
    notOurs: 'Ce QR code n’est pas un lien de résultats du questionnaire : rien n’a été ajouté.',
    listFull: (code: string, max: number) =>
      `La liste est pleine (${max} codes au plus) : ${code} n’a pas été ajouté.`,
    logTitle: (count: number) =>
      `Pendant ce scan : ${count} QR code${count > 1 ? 's' : ''} lu${count > 1 ? 's' : ''}`,
    denied:
      'L’accès à la caméra a été refusé. Autorisez la caméra dans les réglages du navigateur, ou tapez et collez les codes dans la zone ci-dessus : rien n’est perdu.',
    noCamera:
      'Aucune caméra n’est disponible sur cet appareil. Tapez ou collez les codes dans la zone ci-dessus : rien n’est perdu.',
    readerFailed:
      'Le lecteur de QR codes n’a pas pu démarrer. Tapez ou collez les codes dans la zone ci-dessus : rien n’est perdu.',
  },
  en: {
    title: 'Scan the students’ QR codes',
    text: 'Each student shows the QR code of their results page to the camera, one after another. Each code received joins the list; a code already received is not added a second time.',
    starting: 'Opening the camera…',
    ready: 'Camera ready: show a results QR code.',
    video: 'Camera image',
    sound: 'A sound for each code received',
    stop: 'Stop the camera',
    close: 'Close',
    received: (code: string, count: number) =>
      `Received: ${code} (${count} student${count === 1 ? '' : 's'})`,
    duplicate: (code: string) => `Already received: ${code}, not added a second time.`,
    alreadyFlag: 'Already received',
    notOurs: 'This QR code is not a results link of the questionnaire: nothing was added.',
    listFull: (code: string, max: number) =>
      `The list is full (${max} codes at most): ${code} was not added.`,
    logTitle: (count: number) => `During this scan: ${count} QR code${count === 1 ? '' : 's'} read`,
    denied:
      'Access to the camera was refused. Allow the camera in the browser’s settings, or type and paste the codes in the box above: nothing is lost.',
    noCamera:
      'No camera is available on this device. Type or paste the codes in the box above: nothing is lost.',
    readerFailed:
      'The QR code reader could not start. Type or paste the codes in the box above: nothing is lost.',
  },
})
