import { useEffect, useRef, type KeyboardEvent } from 'react';
import { CSS_FONT_WEIGHT, type TextBlock } from '../../../shared/layout';
import { focusCanvas } from '../focusCanvas';

interface Props {
  /** The accessible name: "Stage name" or "Lane name". */
  label: string;
  value: string;
  block: TextBlock;
  originX: number;
  originY: number;
  /** Focus and select the text when it first shows (a stage or lane just added). */
  focusNow: boolean;
  /** The field's own focus event (selects the stage or lane). */
  onFocus(): void;
  /** Called once the requested focus was given. */
  onFocused(): void;
  onChange(value: string): void;
  onDone(): void;
}

/**
 * A header's name as a text field, laid over the drawn name: see-through until it has the
 * focus (the layout's lines show the name as every export draws it), an ordinary field while
 * typing. Enter or Esc gives the focus back to the map.
 */
export function HeaderNameField(props: Props) {
  const { block, originX, originY } = props;
  const ref = useRef<HTMLInputElement>(null);
  const { focusNow, onFocused } = props;

  useEffect(() => {
    if (!focusNow || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    ref.current.select();
    onFocused();
  }, [focusNow, onFocused]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    focusCanvas();
  };

  return (
    <input
      ref={ref}
      type="text"
      dir="auto"
      // Not a Tab stop: inside the map Tab walks the cells (rename from the side panel, or here
      // by a click or Add stage / Add lane), and Shift+Tab into the map lands on the map.
      tabIndex={-1}
      className="js-header-field nodrag nopan"
      aria-label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      onKeyDown={onKeyDown}
      onFocus={props.onFocus}
      onBlur={props.onDone}
      style={{
        left: block.x - originX - 4,
        top: block.y - originY - 2,
        width: block.width + 8,
        height: Math.max(block.height, block.style.lineHeight) + 4,
        fontSize: block.style.fontSize,
        fontWeight: CSS_FONT_WEIGHT[block.style.weight],
        textAlign: block.align,
      }}
    />
  );
}
