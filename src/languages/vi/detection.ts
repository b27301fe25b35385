import type { LanguageDetection } from '../types.js'

/** Vietnamese as a text shows it: franc's code, its own letters and marks. */
export const detection: LanguageDetection = {
  franc: 'vie',
  ownLetters: {
    /**
     * Letters only Vietnamese uses among the languages handled: the horn and breve
     * vowels, đ, and vowels carrying a tone mark (dot below, hook above, tilde...).
     * Precomposed (NFC) forms; text is normalized before it is tested.
     */
    letters:
      /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu,
    // Vietnamese prose has a fifth or more of its letters marked; an English text quoting names, a few in a hundred.
    clearly: 0.1,
    likely: 0.04
  },
  ownMarks: {
    /**
     * Marks no other language written in Latin letters puts on its letters as
     * Vietnamese does (dot below, hook above, horn), and its đ: French and
     * Spanish share its acute, grave and circumflex, so those do not count.
     * Decomposed (NFD), each mark is a character of its own.
     */
    marks: /[\u0323\u0309\u031b\u0111\u0110]/gu,
    // About one letter in ten has such a mark; past this share a text is Vietnamese without asking franc.
    clearly: 0.03
  }
}
