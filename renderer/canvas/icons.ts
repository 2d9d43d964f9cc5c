import {
  Brain,
  CalendarDays,
  CircleQuestionMark,
  Eye,
  FaceAngry,
  FaceExpressionless,
  FaceGrinning,
  FaceNeutral,
  FaceSlightlyFrowning,
  FaceSlightlySmiling,
  Flag,
  Footprints,
  Gauge,
  Globe,
  Handshake,
  Heart,
  Lightbulb,
  Mail,
  Mailbox,
  Megaphone,
  MessageCircle,
  MessageSquare,
  Monitor,
  Package,
  Phone,
  Server,
  Shapes,
  Smartphone,
  Store,
  TriangleExclamationPoint,
  Type,
  Users,
  Workflow,
  Wrench,
  type LucideIcon,
} from 'lucide-react';
import type { Channel, LaneKind } from '../../shared/model';
import type { EvidenceStatus } from '../../shared/layout';

/** The icon of each lane kind, on lane headers and in the inspector. */
export const LANE_KIND_ICONS: Record<LaneKind, LucideIcon> = {
  actions: Footprints,
  touchpoints: Handshake,
  channels: Globe,
  thoughts: Brain,
  emotions: Heart,
  painPoints: TriangleExclamationPoint,
  opportunities: Lightbulb,
  kpis: Gauge,
  owners: Users,
  physicalEvidence: Package,
  frontstage: Monitor,
  backstage: Server,
  support: Wrench,
  text: Type,
};

export const CHANNEL_ICONS: Record<Channel, LucideIcon> = {
  web: Globe,
  mobileApp: Smartphone,
  email: Mail,
  phone: Phone,
  chat: MessageCircle,
  sms: MessageSquare,
  social: Users,
  advertising: Megaphone,
  store: Store,
  inPerson: Handshake,
  mail: Mailbox,
  event: CalendarDays,
  partner: Workflow,
  other: Shapes,
};

export const EVIDENCE_ICONS: Record<EvidenceStatus, LucideIcon> = {
  observed: Eye,
  assumed: CircleQuestionMark,
  proposed: Lightbulb,
};

export const SEVERITY_ICON = TriangleExclamationPoint;
export const PRIORITY_ICON = Flag;

/** A face for an emotion score (−2…+2); an unscored point has a blank face. */
export function faceIcon(score: number, scored: boolean): LucideIcon {
  if (!scored) return FaceExpressionless;
  if (score <= -2) return FaceAngry;
  if (score < 0) return FaceSlightlyFrowning;
  if (score === 0) return FaceNeutral;
  return score >= 2 ? FaceGrinning : FaceSlightlySmiling;
}

/** A score as people read it: `+2`, `0`, `−1` (a real minus sign). */
export function formatScore(score: number): string {
  if (score > 0) return `+${score}`;
  return score < 0 ? `\u2212${-score}` : '0';
}
