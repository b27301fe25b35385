/**
 * Gazetteer names that are also common words or given names ("Jordan",
 * "Chad"; "Đức", "Nga" in Vietnamese names; "Anh" also means "you"): they
 * count as places only when they stand alone, never inside a longer
 * capitalized run and never as the first word of a sentence.
 */
export const ambiguous = {
  en: [
    // A brand that is also a common noun opening a sentence ("Visa fees rose").
    'Visa',
    // "Fed up with ...": the central bank's short name is also a verb's form.
    'Fed',
    'Jordan',
    'Chad',
    'Georgia',
    'Turkey',
    'Niger',
    'Mali',
    'Guinea',
    'Male',
    'Lima',
    'Sofia',
    'Santiago',
    'Washington',
    'Perth',
    'Nauru',
    'Dominica',
    'Korea',
    'America',
    'East',
    'West',
    'Gulf',
    'Pacific',
    'Commonwealth',
    'AP',
    'AU',
    'WB',
    'ECO',
    'NAM',
    'WHO',
    'Bali'
  ],
  vi: ['Anh', 'Ý', 'Pháp', 'Áo', 'Sát', 'Viên', 'Roma', 'Ma Cao']
} as const

/**
 * Ambiguous names that are given names, not common words: never inside a
 * longer capitalized run ("Trương Mỹ Lan"), but a sentence may open with
 * them ("Mỹ đứng số 1").
 */
export const sentenceSafe = {
  en: [],
  vi: ['Đức', 'Nga', 'Mỹ', 'Úc', 'Bỉ', 'Lào', 'Huế']
} as const
