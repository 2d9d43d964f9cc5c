import { useEffect, useId, useRef } from 'react';
import { useEditorStore } from '../../store';

interface Props {
  label: string;
  value: string;
  /** Applies the new value (an operation through the store). */
  onChange(value: string): void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  maxLength?: number;
  /** Focus the field and select its text when it first shows (something just added). */
  focusNow?: boolean;
}

/**
 * A labelled text field bound to the document: every change is an operation, and typing in
 * one field is one undo step (the operations share a coalescing key; leaving the field seals
 * the step).
 */
export function TextField({
  label,
  value,
  onChange,
  multiline,
  rows = 3,
  placeholder,
  maxLength,
  focusNow = false,
}: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusNow || !input.current) return;
    input.current.focus();
    input.current.select();
  }, [focusNow]);
  const store = useEditorStore();
  const seal = () => store.getState().sealHistory();
  return (
    <div className="js-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          rows={rows}
          dir="auto"
          value={value}
          placeholder={placeholder}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          onBlur={seal}
        />
      ) : (
        <input
          ref={input}
          id={id}
          type="text"
          dir="auto"
          value={value}
          placeholder={placeholder}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          onBlur={seal}
        />
      )}
    </div>
  );
}
