import { franc } from 'franc'
import type { Lang } from '../lang.js'

/** franc's ISO 639-3 codes for the languages factline handles; converted here and nowhere else. */
const francCodes: Readonly<Record<Lang, string>> = { en: 'eng', vi: 'vie' }

/**
 * Letters only Vietnamese uses among the languages handled: the horn and breve
 * vowels, đ, and vowels carrying a tone mark (dot below, hook above, tilde...).
 * Precomposed (NFC) forms; text is normalized before it is tested.
 */
const vietnameseLetter =
  /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu

const letter = /\p{L}/gu

/** Below this many letters franc's trigram statistics are not worth trusting. */
const minLettersForFranc = 40

/** Vietnamese prose has a fifth or more of its letters marked; an English text quoting names, a few in a hundred. */
const clearlyVietnamese = 0.1

/** franc reads at most this many characters of a block: enough to decide, bounded in time. */
const sampleLength = 600

/**
 * Detects the language of a text among `allowed`. franc decides long texts;
 * short ones (and franc's `und`) are decided by Vietnamese letters, the one
 * signal that survives a four-word line; with neither, `fallback` wins.
 */
export function detectLanguage(text: string, allowed: readonly Lang[], fallback: Lang): Lang {
  if (allowed.length === 1) return allowed[0]!
  const sample = text.length > sampleLength ? text.slice(0, sampleLength) : text
  const normalized = sample.normalize('NFC')
  const letters = normalized.match(letter)?.length ?? 0
  if (letters === 0) return fallback
  const vietnamese = normalized.match(vietnameseLetter)?.length ?? 0

  // Past these shares of Vietnamese letters the text decides itself; franc is asked only in between
  // (an English sentence with Vietnamese names, Vietnamese written without its marks).
  if (allowed.includes('vi') && vietnamese / letters >= clearlyVietnamese) return 'vi'
  if (allowed.includes('en') && vietnamese === 0 && fallback === 'en') return 'en'
  if (letters >= minLettersForFranc) {
    const code = franc(normalized, { only: allowed.map((lang) => francCodes[lang]), minLength: 1 })
    const found = allowed.find((lang) => francCodes[lang] === code)
    if (found) return found
  }
  if (allowed.includes('vi') && vietnamese / letters >= 0.04) return 'vi'
  if (allowed.includes('en') && vietnamese === 0) return 'en'
  return fallback
}
