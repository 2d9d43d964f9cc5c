import { useTranslation } from 'react-i18next';
import type { BadgeLayout, CardLayout } from '../../../shared/layout';
import { CHANNEL_ICONS, EVIDENCE_ICONS, PRIORITY_ICON, SEVERITY_ICON } from '../icons';
import { TextBlockView } from './TextBlockView';

/** The row of small squares under a card's text: channel, severity, priority, votes, evidence. */
export function CardBadges({ card }: { card: CardLayout }) {
  return card.badges.map((badge) => <Badge key={badge.kind} badge={badge} card={card} />);
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
      const label = t(`editor.channels.${badge.value}`);
      return (
        <span className="js-badge js-badge--channel" style={place} role="img" aria-label={label} title={label}>
          <Icon aria-hidden size={14} />
        </span>
      );
    }
    case 'severity': {
      const label = t('editor.badges.severity', { value: t(`editor.severities.${badge.value}`) });
      return (
        <span className="js-badge js-badge--filled" style={{ ...place, background: badge.color }} role="img" aria-label={label} title={label}>
          <SEVERITY_ICON aria-hidden size={12} />
        </span>
      );
    }
    case 'priority': {
      const label = t('editor.badges.priority', { value: t(`editor.priorities.${badge.value}`) });
      return (
        <span className="js-badge js-badge--filled" style={{ ...place, background: badge.color }} role="img" aria-label={label} title={label}>
          <PRIORITY_ICON aria-hidden size={12} />
        </span>
      );
    }
    case 'votes': {
      const label = t('editor.badges.votes', { count: badge.value });
      return (
        <span className="js-badge js-badge--votes" style={place} role="img" aria-label={label} title={label}>
          <TextBlockView block={badge.text} originX={badge.x} originY={badge.y} />
        </span>
      );
    }
    case 'evidence': {
      const Icon = EVIDENCE_ICONS[badge.value];
      const label = t('editor.badges.evidence', { value: t(`editor.evidence.${badge.value}`) });
      return (
        <span className={`js-badge js-badge--evidence js-badge--${badge.value}`} style={place} role="img" aria-label={label} title={label}>
          <Icon aria-hidden size={13} />
        </span>
      );
    }
  }
}
