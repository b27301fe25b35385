/** Vietnamese words for counts (data only). */

/** Durations and their English unit: "50 năm" is counted in "year". */
export const durations: Readonly<Record<string, string>> = {
  năm: 'year', tháng: 'month', tuần: 'week', ngày: 'day', 'thập kỷ': 'decade', 'thập niên': 'decade',
  'thế kỷ': 'century', giờ: 'hour', phút: 'minute'
}

/** Syllables that follow numbers without being counted: function words, verbs, other figures' units. */
export const stop: readonly string[] = [
  'và', 'hoặc', 'của', 'với', 'trong', 'ngoài', 'trên', 'dưới', 'cho', 'tại', 'ở', 'từ', 'đến', 'tới', 'về', 'theo',
  'là', 'có', 'được', 'bị', 'đã', 'đang', 'sẽ', 'vẫn', 'cũng', 'này', 'đó', 'kia', 'nào', 'các', 'những', 'mỗi',
  'so', 'hơn', 'lần', 'gấp', 'phần', 'trăm', 'điểm', 'lên', 'xuống', 'tăng', 'giảm', 'đạt', 'khoảng', 'gần', 'như',
  'thì', 'mà', 'nên', 'vì', 'do', 'nhưng', 'rằng', 'vào', 'ra', 'qua', 'trước', 'sau', 'lại', 'nữa', 'thứ', 'chiếc'
]

/** Words after which a number names something: "lần 2", "khóa 15", "điều 5", "ngày 8". */
export const naming: readonly string[] = [
  'lần', 'khóa', 'khoá', 'kỳ', 'điều', 'khoản', 'số', 'thứ', 'ngày', 'tháng', 'năm', 'phiên', 'vòng', 'quý', 'trang', 'chương', 'phần', 'nhóm', 'đợt'
]

export const openers: readonly string[] = ['khoảng', 'gần', 'hơn', 'trên', 'có', 'các', 'những']

/** One-syllable nouns counted on their own: the syllable after them starts another word. */
export const singleNouns: ReadonlySet<string> = new Set([
  'người', 'nước', 'tỉnh', 'xã', 'huyện', 'trường', 'tàu', 'xe', 'tấn', 'ha', 'km', 'kg', 'lít', 'căn', 'ca', 'bộ', 'nhà', 'cây', 'con'
])
