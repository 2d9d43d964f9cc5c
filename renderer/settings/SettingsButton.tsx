import { Settings } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsDialog } from './SettingsDialog';

/** The toolbar's Settings button and its dialog. */
export function SettingsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // The dialog leaves the page rather than closing, so focus goes back by hand.
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="js-tool js-tool--icon"
        aria-label={t('settings.open')}
        title={t('settings.open')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <Settings aria-hidden size={16} />
      </button>
      {open && <SettingsDialog onClose={close} />}
    </>
  );
}
