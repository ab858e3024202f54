import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import id from '../locales/id.json';
import { setLanguageSource } from './api-client';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';
export const LANGUAGE_STORAGE_KEY = 'kinerja.language';

/** One language's texts (the shape of `locales/*.json`). */
export type Translation = Record<string, unknown>;

/**
 * Indonesian, the default, is bundled with the first screen; English is fetched only by those who use it (issue 12:
 * each locale file is ≈20 KB compressed, on a slow phone that is worth not sending twice).
 */
const loaders: Record<Language, () => Promise<Translation>> = {
  id: () => Promise.resolve(id),
  en: () => import('../locales/en.json').then((m) => m.default),
};

/** The texts of a language, fetched if needed. */
export const loadTranslation = (language: Language): Promise<Translation> => loaders[language]();

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** The current UI language, narrowed to the two we ship. */
export function currentLanguage(instance: I18n = i18next): Language {
  return isLanguage(instance.language) ? instance.language : DEFAULT_LANGUAGE;
}

/**
 * Creates and initialises an i18next instance synchronously with Indonesian and the `loaded` translations (a
 * language whose texts are not there yet shows Indonesian until `changeLanguage` fetches them). The app starts
 * with `startI18n`, which waits for the remembered language first.
 */
export function createI18n(
  language: Language = storedLanguage(),
  loaded: Partial<Record<Language, Translation>> = {},
): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    Object.entries({ ...loaded, id }).map(([lng, translation]) => [lng, { translation }]),
  );
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** The app's instance in the remembered language, its texts fetched first when that is not Indonesian. */
export async function startI18n(): Promise<I18n> {
  const language = storedLanguage();
  if (language === DEFAULT_LANGUAGE) return createI18n(language);
  try {
    return createI18n(language, { [language]: await loadTranslation(language) });
  } catch {
    // the texts could not be fetched (offline): Indonesian, still usable
    return createI18n(DEFAULT_LANGUAGE);
  }
}

/** Switches the language (fetching its texts the first time), remembers it, and tells the page and the API client. */
export async function changeLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loadTranslation(language));
  }
  await instance.changeLanguage(language);
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for this visit
  }
}

/** Keeps <html lang> and the API's Accept-Language in step with the instance. */
export function bindLanguage(instance: I18n): void {
  const apply = () => {
    if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage(instance);
  };
  setLanguageSource(() => currentLanguage(instance));
  apply();
  instance.on('languageChanged', apply);
}
