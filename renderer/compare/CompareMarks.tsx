import { createContext, useContext, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compareDecorations,
  OUTLINE_WIDTH,
  type Decoration,
  type MarkedKind,
} from '../../shared/compare';
import type { MapLayout } from '../../shared/layout';
import { useCompareView } from './useCompareView';
import './compare.css';

type Decorations = ReadonlyMap<string, Decoration>;
const NONE: Decorations = new Map();
const Context = createContext<Decorations>(NONE);

const key = (kind: MarkedKind, id: string): string => `${kind}\u0000${id}`;

/**
 * Hands the compare decorations (`shared/compare`, the same rule the exports draw) to the
 * card and header nodes. Outside a compare the value is one unchanging empty map, so that
 * nodes do not re-render.
 */
export function CompareMarksProvider({
  layout,
  children,
}: {
  layout: MapLayout;
  children: ReactNode;
}) {
  const view = useCompareView();
  const value = useMemo(
    () =>
      view ? new Map(compareDecorations(layout, view).map((d) => [key(d.kind, d.id), d])) : NONE,
    [layout, view],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** A marked node's compare decoration, the id of its description and its extra class. */
export interface CompareMarkProps {
  decoration: Decoration | undefined;
  descriptionId: string | undefined;
  className: string;
}

/** For a card or header node: how the compare marks it (nothing outside a compare). */
export function useCompareMark(kind: MarkedKind, id: string): CompareMarkProps {
  const decoration = useContext(Context).get(key(kind, id));
  const descriptionId = useId();
  if (!decoration) return { decoration, descriptionId: undefined, className: '' };
  const ghost = decoration.style.ghost ? ' is-ghost' : '';
  return {
    decoration,
    descriptionId,
    className: ` js-compare js-compare--${decoration.mark.status}${ghost}`,
  };
}

/** `aria-describedby` from several optional ids. */
export function describedBy(...ids: (string | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => id !== undefined);
  return list.length > 0 ? list.join(' ') : undefined;
}

/**
 * The status badge in the node's top end corner (the status symbol, as the exports and the
 * legend draw it, so colour is not the only sign)
 * and the text a screen reader hears as the node's description: "Added", "Removed", or
 * "Moved: > card … moved from Interest to Purchase".
 */
export function CompareBadge({ mark }: { mark: CompareMarkProps }) {
  const { t } = useTranslation();
  const { decoration, descriptionId } = mark;
  if (!decoration || !descriptionId) return null;
  const { status, lines } = decoration.mark;
  const word = t(`compare.status.${status}`);
  const description =
    status === 'added' || status === 'removed'
      ? word
      : t('compare.described', { status: word, details: lines.join('; ') });
  const { rect, badge, style } = decoration;
  return (
    <>
      <span
        className="js-compare-outline"
        style={{
          borderColor: style.color,
          borderStyle: style.ghost ? 'dashed' : 'solid',
          borderWidth: OUTLINE_WIDTH,
        }}
        aria-hidden
      />
      <span
        className="js-compare-badge"
        style={{
          background: style.color,
          left: badge.cx - badge.r - rect.x,
          top: badge.cy - badge.r - rect.y,
          width: 2 * badge.r,
          height: 2 * badge.r,
        }}
        title={lines.join('\n')}
        aria-hidden
      >
        {style.symbol}
      </span>
      <span id={descriptionId} className="js-visually-hidden">
        {description}
      </span>
    </>
  );
}
