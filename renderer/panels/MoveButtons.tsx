/** Two buttons that move a stage, lane or persona one place earlier or later. */
export function MoveButtons(props: {
  earlier: string;
  later: string;
  index: number;
  count: number;
  onMove(toIndex: number): void;
}) {
  const { index, count, onMove } = props;
  return (
    <div className="js-inspector-actions">
      <button
        type="button"
        className="js-button"
        disabled={index <= 0}
        onClick={() => onMove(index - 1)}
      >
        {props.earlier}
      </button>
      <button
        type="button"
        className="js-button"
        disabled={index < 0 || index >= count - 1}
        onClick={() => onMove(index + 1)}
      >
        {props.later}
      </button>
    </div>
  );
}
