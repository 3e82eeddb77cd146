import type { Channel } from '@/content/vocabulary'
import { useLocalized } from '@/ui/use-locale'
import { CHANNEL_LABELS } from '@/ui/vocabulary-messages'
import { ChannelIcon } from './channel-icon'

/** A job's channels, each as an icon and its name (the icon is decorative). */
export function ChannelList({ channels }: { channels: readonly Channel[] }) {
  const l = useLocalized()
  return (
    <ul className="channel-list">
      {channels.map((channel) => (
        <li key={channel}>
          <ChannelIcon channel={channel} />
          {l(CHANNEL_LABELS[channel])}
        </li>
      ))}
    </ul>
  )
}
