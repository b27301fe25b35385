/**
 * Words for the people or things of a place ("Pakistani exporters", "người
 * Việt"): adjectives, never places themselves, so the scanners skip them.
 */
export const demonyms = {
  en: [
    'Afghan', 'American', 'Arab', 'Asian', 'Australian', 'Bangladeshi', 'British', 'Cambodian', 'Canadian', 'Chinese',
    'Dutch', 'Egyptian', 'Emirati', 'English', 'European', 'Filipino', 'French', 'German', 'Indian', 'Indonesian',
    'Iranian', 'Iraqi', 'Israeli', 'Italian', 'Japanese', 'Korean', 'Laotian', 'Lao', 'Malaysian',
    'Nepali', 'Pakistani', 'Palestinian', 'Russian', 'Saudi', 'Singaporean', 'Spanish', 'Sri Lankan', 'Thai',
    'Turkish', 'Ukrainian', 'Vietnamese', 'Western', 'Eastern', 'African', 'Latin', 'Qatari', 'Omani', 'Kuwaiti',
    'Uzbek', 'Kazakh', 'Afghani', 'Bruneian', 'Burmese', 'Persian', 'Greek', 'Swiss', 'Swedish', 'Norwegian',
    'Danish', 'Finnish', 'Polish', 'Czech', 'Hungarian', 'Brazilian', 'Mexican', 'Argentine', 'Nigerian', 'Kenyan'
  ],
  vi: ['người Việt', 'người Việt Nam', 'người Pakistan', 'người Trung Quốc', 'người Mỹ', 'người Nhật', 'người Hàn', 'người Ấn', 'người Anh', 'người Pháp', 'người Nga', 'người Đức', 'người Lào', 'người Thái']
} as const
