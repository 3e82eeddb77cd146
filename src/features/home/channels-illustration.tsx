/** Decorative: the channels an adviser answers on. Hidden from assistive technologies. */
export function ChannelsIllustration() {
  return (
    <svg
      className="channels-illustration"
      viewBox="0 0 240 200"
      aria-hidden="true"
      focusable="false"
    >
      <circle className="ci-halo" cx="120" cy="100" r="92" />
      <g className="ci-bubble">
        <rect x="34" y="36" width="96" height="56" rx="14" />
        <path d="M56 92l-6 18 22-18z" />
      </g>
      <g className="ci-lines">
        <path d="M52 56h60M52 72h40" />
      </g>
      <g className="ci-bubble ci-bubble--alt">
        <rect x="112" y="104" width="96" height="52" rx="14" />
        <path d="M186 156l8 16-22-16z" />
      </g>
      <g className="ci-dots">
        <circle cx="140" cy="130" r="5" />
        <circle cx="160" cy="130" r="5" />
        <circle cx="180" cy="130" r="5" />
      </g>
      <g className="ci-headset">
        <path d="M150 60a26 26 0 0 1 52 0" />
        <rect x="144" y="56" width="12" height="22" rx="6" />
        <rect x="196" y="56" width="12" height="22" rx="6" />
      </g>
      <circle className="ci-spark" cx="214" cy="34" r="7" />
      <circle className="ci-spark" cx="26" cy="112" r="5" />
      <rect className="ci-spark" x="104" y="170" width="10" height="10" rx="3" />
      <g className="ci-mail">
        <rect x="40" y="126" width="52" height="36" rx="6" />
        <path d="M42 130l24 18 24-18" />
      </g>
    </svg>
  )
}
