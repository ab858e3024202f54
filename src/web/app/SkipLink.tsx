import { useTranslation } from 'react-i18next';

/** The first focusable element: jumps keyboard users past the header and navigation. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main-content"
      className="skip-link"
      onClick={(event) => {
        const main = document.getElementById('main-content');
        if (main) {
          event.preventDefault();
          main.focus();
        }
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
