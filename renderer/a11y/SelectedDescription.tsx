import { useTranslation } from 'react-i18next';

/** The id selected cards point `aria-describedby` at. */
export const SELECTED_DESCRIPTION_ID = 'js-selected-card-description';

/**
 * "Selected", once for the whole canvas: an `article` may not carry `aria-selected`, so a
 * selected card says so through its description instead (read after its name).
 */
export function SelectedDescription() {
  const { t } = useTranslation();
  return (
    <span id={SELECTED_DESCRIPTION_ID} hidden>
      {t('a11y.selectedCard')}
    </span>
  );
}
