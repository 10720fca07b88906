import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { en } from './en';
import { nl } from './nl';
import type { Language, Texts } from './texts';

const STORAGE_KEY = 'rizoom.language';
const TEXTS: Readonly<Record<Language, Texts>> = { nl, en };

/** The stored choice; Dutch unless the user chose English before (or storage is unavailable). */
export function storedLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

interface LanguageState {
  readonly language: Language;
  readonly texts: Texts;
  readonly setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({
  language: 'nl',
  texts: nl,
  setLanguage: () => {},
});

/** Holds the interface language, remembers it, and keeps `<html lang>` in step. */
export function LanguageProvider({ children }: { readonly children: ReactNode }) {
  const [language, setState] = useState<Language>(storedLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    setState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  return (
    <LanguageContext.Provider value={{ language, texts: TEXTS[language], setLanguage }}>
      {children}
    </LanguageContext.Provider>
  );
}

/** Everything the interface says, in the chosen language. */
export function useTexts(): Texts {
  return useContext(LanguageContext).texts;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}
