import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LAYOUT,
  personaDash,
  personaInitials,
  scoreY,
  type EmotionCurveLayout,
} from '../../../shared/layout';
import { SCORE_MAX, SCORE_MIN } from '../../../shared/model';
import { useEditor } from '../../store';
import { faceIcon, formatScore } from '../icons';
import type { CurveNode as CurveNodeType } from '../nodeTypes';

const FACE_SIZE = 14;

/** SVG path data of a curve, relative to the node's origin. */
function pathOf(curve: EmotionCurveLayout, top: number): string {
  const [first] = curve.points;
  if (!first) return '';
  const p = (x: number, y: number) => `${x} ${y - top}`;
  return [
    `M ${p(first.x, first.y)}`,
    ...curve.segments.map(
      (s) => `C ${p(s.c1.x, s.c1.y)} ${p(s.c2.x, s.c2.y)} ${p(s.to.x, s.to.y)}`,
    ),
  ].join(' ');
}

/**
 * The emotion lane's curves (one per persona, in its colour and dash pattern) with a face
 * and the score at every point (and the persona's initials when there are several curves), over faint guides at each score level. Passive: clicks go to the cells.
 */
export const CurveNode = memo(function CurveNode({
  data,
  width = 0,
  height = 0,
}: NodeProps<CurveNodeType>) {
  const { t } = useTranslation();
  const { curves, points, top } = data;
  const personas = useEditor((s) => s.doc?.personas);
  const rtl = useEditor((s) => s.doc?.direction === 'rtl');
  const gridStart = rtl ? 0 : LAYOUT.laneHeaderWidth;
  const gridEnd = rtl ? width - LAYOUT.laneHeaderWidth : width;
  const nameOf = (id: string | null) =>
    personas?.find((p) => p.id === id)?.name ?? t('editor.curve.defaultPersona');
  const indexOf = (id: string | null) => personas?.findIndex((p) => p.id === id) ?? -1;
  // With two curves or more, points carry their persona's initials: colour is not enough.
  const marked = curves.length > 1;
  const levels: number[] = [];
  for (let score = SCORE_MIN; score <= SCORE_MAX; score += 1) levels.push(score);
  return (
    <svg className="js-curves" width={width} height={height} aria-hidden={curves.length === 0}>
      {levels.map((score) => {
        const y = scoreY(score, top, data.height) - top;
        return (
          <line
            key={score}
            className={score === 0 ? 'js-curve-guide js-curve-guide--zero' : 'js-curve-guide'}
            x1={gridStart}
            x2={gridEnd}
            y1={y}
            y2={y}
          />
        );
      })}
      {curves.map((curve) => (
        <path
          key={curve.personaId ?? ''}
          className="js-curve"
          role="img"
          aria-label={t('editor.curve.label', { name: nameOf(curve.personaId) })}
          data-persona-id={curve.personaId ?? ''}
          d={pathOf(curve, top)}
          stroke={curve.color}
          strokeDasharray={personaDash(indexOf(curve.personaId))}
        />
      ))}
      {points.map((point) => {
        const Face = faceIcon(point.score, point.scored);
        const y = point.y - top;
        return (
          <g
            key={point.cardId}
            className="js-curve-point"
            data-card-id={point.cardId}
            data-score={point.scored ? point.score : ''}
          >
            <circle
              cx={point.x}
              cy={y}
              r={LAYOUT.emotionDotRadius}
              fill={point.scored ? point.color : 'var(--js-surface)'}
              stroke={point.color}
              strokeWidth={2}
            />
            <Face
              x={point.x + LAYOUT.emotionDotRadius + 3}
              y={y - FACE_SIZE / 2}
              width={FACE_SIZE}
              height={FACE_SIZE}
              color={point.color}
            />
            {marked && (
              <text
                className="js-curve-initials"
                x={point.x}
                y={y - LAYOUT.emotionDotRadius - 4}
                fill={point.color}
                textAnchor="middle"
              >
                {personaInitials(nameOf(point.personaId))}
              </text>
            )}
            {point.scored && (
              <text
                className="js-curve-score"
                x={point.x + LAYOUT.emotionDotRadius + FACE_SIZE + 5}
                y={y + 4}
                fill={point.color}
              >
                {formatScore(point.score)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
});
