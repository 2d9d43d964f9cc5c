import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BadgeLayout, CardLayout } from '../../../shared/layout';
import { CHANNEL_ICONS, EVIDENCE_ICONS, PRIORITY_ICON, SEVERITY_ICON } from '../icons';
import { TextBlockView } from './TextBlockView';

/** The row of small squares under a card's text: channel, severity, priority, votes, evidence. */
export function CardBadges({ card }: { card: CardLayout }) {
  return card.badges.map((badge) => <Badge key={badge.kind} badge={badge} card={card} />);
}

/** One badge: a named image (its name is read out and shown as a tooltip). */
function BadgeBox(props: {
  className: string;
  style: CSSProperties;
  label: string;
  children: ReactNode;
}) {
  return (
    <span
      className={`js-badge ${props.className}`}
      style={props.style}
      role="img"
      aria-label={props.label}
      title={props.label}
    >
      {props.children}
    </span>
  );
}

function Badge({ badge, card }: { badge: BadgeLayout; card: CardLayout }) {
  const { t } = useTranslation();
  const place = {
    left: badge.x - card.x,
    top: badge.y - card.y,
    width: badge.width,
    height: badge.height,
  };
  switch (badge.kind) {
    case 'channel': {
      const Icon = CHANNEL_ICONS[badge.value];
      return (
        <BadgeBox
          className="js-badge--channel"
          style={place}
          label={t(`editor.channels.${badge.value}`)}
        >
          <Icon aria-hidden size={14} />
        </BadgeBox>
      );
    }
    case 'severity':
      return (
        <BadgeBox
          className="js-badge--filled"
          style={{ ...place, background: badge.color }}
          label={t('editor.badges.severity', { value: t(`editor.severities.${badge.value}`) })}
        >
          <SEVERITY_ICON aria-hidden size={12} />
        </BadgeBox>
      );
    case 'priority':
      return (
        <BadgeBox
          className="js-badge--filled"
          style={{ ...place, background: badge.color }}
          label={t('editor.badges.priority', { value: t(`editor.priorities.${badge.value}`) })}
        >
          <PRIORITY_ICON aria-hidden size={12} />
        </BadgeBox>
      );
    case 'votes':
      return (
        <BadgeBox
          className="js-badge--votes"
          style={place}
          label={t('editor.badges.votes', { count: badge.value })}
        >
          <TextBlockView block={badge.text} originX={badge.x} originY={badge.y} />
        </BadgeBox>
      );
    case 'evidence': {
      const Icon = EVIDENCE_ICONS[badge.value];
      return (
        <BadgeBox
          className={`js-badge--evidence js-badge--${badge.value}`}
          style={place}
          label={t('editor.badges.evidence', { value: t(`editor.evidence.${badge.value}`) })}
        >
          <Icon aria-hidden size={13} />
        </BadgeBox>
      );
    }
  }
}
