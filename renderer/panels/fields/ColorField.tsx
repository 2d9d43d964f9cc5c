import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../../store';

/**
 * A colour of the document (`#rrggbb`), or none (`null`: the default of its kind). Dragging
 * in the picker is one undo step: the caller's operations share a key; leaving seals it.
 */
export function ColorField({
  label,
  value,
  fallback,
  onChange,
  clearable = true,
}: {
  label: string;
  /** Offers "Default" to remove the colour (not for colours a map always has). */
  clearable?: boolean;
  value: string | undefined;
  /** Shown in the picker when there is no colour of its own. */
  fallback: string;
  onChange(color: string | null): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const store = useEditorStore();
  return (
    <div className="js-field js-field--inline">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="color"
        value={value ?? fallback}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => store.getState().sealHistory()}
      />
      {value !== undefined && clearable && (
        <button type="button" className="js-button js-button--small" onClick={() => onChange(null)}>
          {t('panels.resetColor')}
        </button>
      )}
    </div>
  );
}
