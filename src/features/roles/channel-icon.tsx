import type { Channel } from '@/content/vocabulary'

/** Simple line drawings, one per channel; always shown next to the channel's name. */
const PATHS: Record<Channel, string> = {
  phone:
    'M5 4h3.5l1.5 4-2 1.5a11 11 0 0 0 6.5 6.5l1.5-2 4 1.5V19a1.5 1.5 0 0 1-1.5 1.5A15.5 15.5 0 0 1 3.5 5.5 1.5 1.5 0 0 1 5 4z',
  email: 'M3.5 6.5h17v11h-17zM3.5 7l8.5 6.5L20.5 7',
  chat: 'M4 5.5h16v10H10l-4.5 3.5v-3.5H4z',
  social:
    'M6 14.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM18 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM18 21a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM8.2 10.8l7.6-4M8.2 13.2l7.6 4',
  sms: 'M7.5 3h9v18h-9zM10.5 18h3M10 7.5h4M10 10.5h4',
  video: 'M3.5 7h12v10h-12zM15.5 11l5-3v8l-5-3',
  post: 'M4 10a4 4 0 0 1 8 0v9H4zM12 19h8v-9a4 4 0 0 0-4-4H8M15 6V3h3',
}

export function ChannelIcon({ channel }: { channel: Channel }) {
  return (
    <svg
      className="channel-icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      data-channel={channel}
    >
      <path d={PATHS[channel]} />
    </svg>
  )
}
