import { useLanguage } from '../i18n/language';

/** One button that switches to the other language; its text is in that language. */
export function LanguageSwitch() {
  const { language, texts, setLanguage } = useLanguage();
  const { switchTo, switchLabel, otherCode } = texts.ui.language;
  return (
    <button
      type="button"
      className="button button--quiet"
      lang={otherCode}
      aria-label={switchLabel}
      onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
      data-testid="language-switch"
    >
      {switchTo}
    </button>
  );
}
