import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { interpolate } from './interpolate';
import { vi, type MessageKey } from './vi';

export type Language = 'vi' | 'en';
const catalogs: Record<Language, Record<MessageKey, string>> = { vi, en };

type I18n = { language: Language; setLanguage: (language: Language) => void; t: (key: MessageKey, vars?: Record<string, string | number>) => string };
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => (localStorage.getItem('language') === 'en' ? 'en' : 'vi'));
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem('language', next);
    document.documentElement.lang = next;
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, vars) => interpolate(catalogs[language][key] ?? key, vars) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
