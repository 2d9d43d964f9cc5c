import { useId, useState } from 'react';
import { useEditorStore } from '../../store';

/**
 * A list of short texts (a persona's goals, needs …) edited as lines of a text box. The lines
 * are kept as typed while the field has the focus; empty lines are dropped.
 */
export function ListField({
  label,
  items,
  onChange,
}: {
  label: string;
  items: readonly string[];
  onChange(items: string[]): void;
}) {
  const id = useId();
  const store = useEditorStore();
  const joined = items.join('\n');
  const [draft, setDraft] = useState(joined);
  const [editing, setEditing] = useState(false);
  return (
    <div className="js-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        dir="auto"
        rows={Math.max(2, Math.min(6, items.length + 1))}
        value={editing ? draft : joined}
        onFocus={() => {
          setDraft(joined);
          setEditing(true);
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(
            event.target.value
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line !== ''),
          );
        }}
        onBlur={() => {
          setEditing(false);
          store.getState().sealHistory();
        }}
      />
    </div>
  );
}
