import { Flag } from 'lucide-react';
import { createContext, useContext, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compareDecorations,
  conflictFlags,
  OUTLINE_WIDTH,
  type ConflictFlag,
  type Decoration,
  type MarkedKind,
} from '../../shared/compare';
import type { MapLayout } from '../../shared/layout';
import type { JourneyMap } from '../../shared/model';
import { useCompareView } from './useCompareView';
import './compare.css';

interface Marks {
  decorations: ReadonlyMap<string, Decoration>;
  flags: ReadonlyMap<string, ConflictFlag>;
}
const NONE: Marks = { decorations: new Map(), flags: new Map() };
const Context = createContext<Marks>(NONE);

const key = (kind: MarkedKind, id: string): string => `${kind}\u0000${id}`;

/**
 * Hands the card and header nodes their marks: the compare decorations (`shared/compare`,
 * the same rule the exports draw) and the flags of merge conflicts in the map. With neither,
 * the value is one unchanging empty object, so that nodes do not re-render.
 */
export function CompareMarksProvider({
  layout,
  map,
  children,
}: {
  layout: MapLayout;
  map: JourneyMap;
  children: ReactNode;
}) {
  const view = useCompareView();
  const conflicts = map.conflicts;
  const value = useMemo((): Marks => {
    if (!view && !conflicts?.length) return NONE;
    const decorations = view ? compareDecorations(layout, view) : [];
    return {
      decorations: new Map(decorations.map((d) => [key(d.kind, d.id), d])),
      flags: new Map(conflictFlags({ ...map, conflicts }).map((f) => [key(f.kind, f.id), f])),
    };
    // `map` matters only through its conflicts (and the layout it was laid out into).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout, view, conflicts]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** A marked node's compare decoration and conflict flag, its description's id and class. */
export interface CompareMarkProps {
  decoration: Decoration | undefined;
  flag: ConflictFlag | undefined;
  descriptionId: string | undefined;
  className: string;
}

/** For a card or header node: how the compare and the map's conflicts mark it. */
export function useCompareMark(kind: MarkedKind, id: string): CompareMarkProps {
  const marks = useContext(Context);
  const decoration = marks.decorations.get(key(kind, id));
  const flag = marks.flags.get(key(kind, id));
  const descriptionId = useId();
  if (!decoration && !flag) return { decoration, flag, descriptionId: undefined, className: '' };
  const classes = [
    decoration ? `js-compare js-compare--${decoration.mark.status}` : '',
    decoration?.style.ghost ? 'is-ghost' : '',
    flag ? 'js-conflict' : '',
  ];
  return { decoration, flag, descriptionId, className: ` ${classes.join(' ').trim()}` };
}

/** `aria-describedby` from several optional ids. */
export function describedBy(...ids: (string | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => id !== undefined);
  return list.length > 0 ? list.join(' ') : undefined;
}

/**
 * The status badge in the node's top end corner (the status symbol, as the exports and the
 * legend draw it, so colour is not the only sign), a flag in the top start corner for a
 * merge conflict, and the text a screen reader hears as the node's description: "Added",
 * "Removed", "Moved: > card … moved from Interest to Purchase", "Merge conflict: their
 * version".
 */
export function CompareBadge({ mark }: { mark: CompareMarkProps }) {
  const { t } = useTranslation();
  const { decoration, flag, descriptionId } = mark;
  if (!descriptionId) return null;
  const words: string[] = [];
  if (decoration) {
    const { status, lines } = decoration.mark;
    const word = t(`compare.status.${status}`);
    words.push(
      status === 'added' || status === 'removed'
        ? word
        : t('compare.described', { status: word, details: lines.join('; ') }),
    );
  }
  if (flag) words.push(t(`compare.conflicts.flag.${flag.side}`));
  return (
    <>
      {decoration && <StatusBadge decoration={decoration} />}
      {flag && (
        <span
          className={`js-conflict-flag js-conflict-flag--${flag.side}`}
          title={t(`compare.conflicts.flag.${flag.side}`)}
          aria-hidden
        >
          <Flag size={12} strokeWidth={2.5} />
        </span>
      )}
      <span id={descriptionId} className="js-visually-hidden">
        {words.join('. ')}
      </span>
    </>
  );
}

function StatusBadge({ decoration }: { decoration: Decoration }) {
  const { rect, badge, style, mark } = decoration;
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
        title={mark.lines.join('\n')}
        aria-hidden
      >
        {style.symbol}
      </span>
    </>
  );
}
